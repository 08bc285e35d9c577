# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QFrame,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, settingsDialog):
        if not settingsDialog.objectName():
            settingsDialog.setObjectName(u"settingsDialog")
        settingsDialog.resize(860, 660)
        self.dialogLayout = QVBoxLayout(settingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.organisationGroup = QGroupBox(settingsDialog)
        self.organisationGroup.setObjectName(u"organisationGroup")
        self.organisationForm = QFormLayout(self.organisationGroup)
        self.organisationForm.setObjectName(u"organisationForm")
        self.organisationForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(self.organisationGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.organisationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.organisationGroup)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(160)

        self.organisationForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(self.organisationGroup)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)

        self.organisationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.coordinatorEmailLabel = QLabel(self.organisationGroup)
        self.coordinatorEmailLabel.setObjectName(u"coordinatorEmailLabel")

        self.organisationForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.coordinatorEmailLabel)

        self.coordinatorEmailEdit = QLineEdit(self.organisationGroup)
        self.coordinatorEmailEdit.setObjectName(u"coordinatorEmailEdit")
        self.coordinatorEmailEdit.setMaxLength(254)

        self.organisationForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.coordinatorEmailEdit)

        self.coordinatorEmailError = QLabel(self.organisationGroup)
        self.coordinatorEmailError.setObjectName(u"coordinatorEmailError")
        self.coordinatorEmailError.setWordWrap(True)

        self.organisationForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.coordinatorEmailError)

        self.logoLabel = QLabel(self.organisationGroup)
        self.logoLabel.setObjectName(u"logoLabel")

        self.organisationForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.logoLabel)

        self.logoRow = QHBoxLayout()
        self.logoRow.setObjectName(u"logoRow")
        self.logoPreview = QLabel(self.organisationGroup)
        self.logoPreview.setObjectName(u"logoPreview")
        self.logoPreview.setMinimumSize(QSize(72, 72))
        self.logoPreview.setMaximumSize(QSize(72, 72))
        self.logoPreview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logoPreview.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.logoRow.addWidget(self.logoPreview)

        self.logoButtons = QVBoxLayout()
        self.logoButtons.setObjectName(u"logoButtons")
        self.chooseLogoButton = QPushButton(self.organisationGroup)
        self.chooseLogoButton.setObjectName(u"chooseLogoButton")

        self.logoButtons.addWidget(self.chooseLogoButton)

        self.removeLogoButton = QPushButton(self.organisationGroup)
        self.removeLogoButton.setObjectName(u"removeLogoButton")

        self.logoButtons.addWidget(self.removeLogoButton)


        self.logoRow.addLayout(self.logoButtons)

        self.logoInfo = QLabel(self.organisationGroup)
        self.logoInfo.setObjectName(u"logoInfo")
        self.logoInfo.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.logoInfo.sizePolicy().hasHeightForWidth())
        self.logoInfo.setSizePolicy(sizePolicy)

        self.logoRow.addWidget(self.logoInfo)


        self.organisationForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.logoRow)

        self.logoError = QLabel(self.organisationGroup)
        self.logoError.setObjectName(u"logoError")
        self.logoError.setWordWrap(True)

        self.organisationForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.logoError)

        self.dateOrderLabel = QLabel(self.organisationGroup)
        self.dateOrderLabel.setObjectName(u"dateOrderLabel")

        self.organisationForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.dateOrderLabel)

        self.dateOrderCombo = QComboBox(self.organisationGroup)
        self.dateOrderCombo.setObjectName(u"dateOrderCombo")
        self.dateOrderCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.organisationForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.dateOrderCombo)

        self.dateOrderHint = QLabel(self.organisationGroup)
        self.dateOrderHint.setObjectName(u"dateOrderHint")
        self.dateOrderHint.setWordWrap(True)

        self.organisationForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.dateOrderHint)

        self.retentionLabel = QLabel(self.organisationGroup)
        self.retentionLabel.setObjectName(u"retentionLabel")

        self.organisationForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.retentionLabel)

        self.retentionSpin = QSpinBox(self.organisationGroup)
        self.retentionSpin.setObjectName(u"retentionSpin")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.retentionSpin.sizePolicy().hasHeightForWidth())
        self.retentionSpin.setSizePolicy(sizePolicy1)
        self.retentionSpin.setMinimum(1)
        self.retentionSpin.setMaximum(240)
        self.retentionSpin.setValue(24)

        self.organisationForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.retentionSpin)

        self.retentionHint = QLabel(self.organisationGroup)
        self.retentionHint.setObjectName(u"retentionHint")
        self.retentionHint.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.retentionHint.setWordWrap(True)

        self.organisationForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.retentionHint)

        self.retentionError = QLabel(self.organisationGroup)
        self.retentionError.setObjectName(u"retentionError")
        self.retentionError.setWordWrap(True)

        self.organisationForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.retentionError)


        self.dialogLayout.addWidget(self.organisationGroup)

        self.listsRow = QHBoxLayout()
        self.listsRow.setObjectName(u"listsRow")
        self.ladderGroup = QGroupBox(settingsDialog)
        self.ladderGroup.setObjectName(u"ladderGroup")
        self.ladderLayout = QVBoxLayout(self.ladderGroup)
        self.ladderLayout.setObjectName(u"ladderLayout")
        self.ladderRow = QHBoxLayout()
        self.ladderRow.setObjectName(u"ladderRow")
        self.levelsTable = QTableWidget(self.ladderGroup)
        if (self.levelsTable.columnCount() < 2):
            self.levelsTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.levelsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.levelsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.levelsTable.setObjectName(u"levelsTable")
        self.levelsTable.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.SelectedClicked)
        self.levelsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.levelsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.levelsTable.setShowGrid(False)
        self.levelsTable.setColumnCount(2)
        self.levelsTable.horizontalHeader().setStretchLastSection(False)

        self.ladderRow.addWidget(self.levelsTable)

        self.ladderButtons = QVBoxLayout()
        self.ladderButtons.setObjectName(u"ladderButtons")
        self.addLevelButton = QPushButton(self.ladderGroup)
        self.addLevelButton.setObjectName(u"addLevelButton")

        self.ladderButtons.addWidget(self.addLevelButton)

        self.moveUpButton = QPushButton(self.ladderGroup)
        self.moveUpButton.setObjectName(u"moveUpButton")

        self.ladderButtons.addWidget(self.moveUpButton)

        self.moveDownButton = QPushButton(self.ladderGroup)
        self.moveDownButton.setObjectName(u"moveDownButton")

        self.ladderButtons.addWidget(self.moveDownButton)

        self.removeLevelButton = QPushButton(self.ladderGroup)
        self.removeLevelButton.setObjectName(u"removeLevelButton")

        self.ladderButtons.addWidget(self.removeLevelButton)

        self.ladderButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.ladderButtons.addItem(self.ladderButtonsSpacer)


        self.ladderRow.addLayout(self.ladderButtons)


        self.ladderLayout.addLayout(self.ladderRow)

        self.levelsError = QLabel(self.ladderGroup)
        self.levelsError.setObjectName(u"levelsError")
        self.levelsError.setWordWrap(True)

        self.ladderLayout.addWidget(self.levelsError)


        self.listsRow.addWidget(self.ladderGroup)

        self.categoriesGroup = QGroupBox(settingsDialog)
        self.categoriesGroup.setObjectName(u"categoriesGroup")
        self.categoriesLayout = QVBoxLayout(self.categoriesGroup)
        self.categoriesLayout.setObjectName(u"categoriesLayout")
        self.categoriesTable = QTableWidget(self.categoriesGroup)
        if (self.categoriesTable.columnCount() < 1):
            self.categoriesTable.setColumnCount(1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.categoriesTable.setHorizontalHeaderItem(0, __qtablewidgetitem2)
        self.categoriesTable.setObjectName(u"categoriesTable")
        self.categoriesTable.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.SelectedClicked)
        self.categoriesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.categoriesTable.setShowGrid(False)
        self.categoriesTable.setColumnCount(1)
        self.categoriesTable.horizontalHeader().setStretchLastSection(True)
        self.categoriesTable.verticalHeader().setVisible(False)

        self.categoriesLayout.addWidget(self.categoriesTable)

        self.categoriesError = QLabel(self.categoriesGroup)
        self.categoriesError.setObjectName(u"categoriesError")
        self.categoriesError.setWordWrap(True)

        self.categoriesLayout.addWidget(self.categoriesError)


        self.listsRow.addWidget(self.categoriesGroup)


        self.dialogLayout.addLayout(self.listsRow)

        self.noteLabel = QLabel(settingsDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.noteLabel)

        self.buttonBox = QDialogButtonBox(settingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.coordinatorEmailLabel.setBuddy(self.coordinatorEmailEdit)
        self.logoLabel.setBuddy(self.chooseLogoButton)
        self.dateOrderLabel.setBuddy(self.dateOrderCombo)
        self.retentionLabel.setBuddy(self.retentionSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.coordinatorEmailEdit)
        QWidget.setTabOrder(self.coordinatorEmailEdit, self.chooseLogoButton)
        QWidget.setTabOrder(self.chooseLogoButton, self.removeLogoButton)
        QWidget.setTabOrder(self.removeLogoButton, self.dateOrderCombo)
        QWidget.setTabOrder(self.dateOrderCombo, self.retentionSpin)
        QWidget.setTabOrder(self.retentionSpin, self.levelsTable)
        QWidget.setTabOrder(self.levelsTable, self.addLevelButton)
        QWidget.setTabOrder(self.addLevelButton, self.moveUpButton)
        QWidget.setTabOrder(self.moveUpButton, self.moveDownButton)
        QWidget.setTabOrder(self.moveDownButton, self.removeLevelButton)
        QWidget.setTabOrder(self.removeLevelButton, self.categoriesTable)

        self.retranslateUi(settingsDialog)
        self.buttonBox.rejected.connect(settingsDialog.reject)

        QMetaObject.connectSlotsByName(settingsDialog)
    # setupUi

    def retranslateUi(self, settingsDialog):
        settingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Organisation settings", None))
        self.organisationGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Organisation", None))
        self.nameLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Name:", None))
#if QT_CONFIG(tooltip)
        self.nameEdit.setToolTip(QCoreApplication.translate("SettingsDialog", u"Shown in the window title and on agreements and reports", None))
#endif // QT_CONFIG(tooltip)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"e.g. Northwind Logistics", None))
        self.nameError.setText("")
        self.coordinatorEmailLabel.setText(QCoreApplication.translate("SettingsDialog", u"Coordinator's &email:", None))
#if QT_CONFIG(tooltip)
        self.coordinatorEmailEdit.setToolTip(QCoreApplication.translate("SettingsDialog", u"Calendar invitations come from this address: the partners' replies go to it", None))
#endif // QT_CONFIG(tooltip)
        self.coordinatorEmailEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"e.g. mentoring@northwind.example", None))
        self.coordinatorEmailError.setText("")
        self.logoLabel.setText(QCoreApplication.translate("SettingsDialog", u"Logo:", None))
#if QT_CONFIG(accessibility)
        self.logoPreview.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Logo preview", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.chooseLogoButton.setToolTip(QCoreApplication.translate("SettingsDialog", u"A PNG, JPEG or SVG image of at most 5 MB; RevMentor keeps its own copy", None))
#endif // QT_CONFIG(tooltip)
        self.chooseLogoButton.setText(QCoreApplication.translate("SettingsDialog", u"C&hoose\u2026", None))
        self.removeLogoButton.setText(QCoreApplication.translate("SettingsDialog", u"Remove lo&go", None))
        self.logoInfo.setText(QCoreApplication.translate("SettingsDialog", u"No logo", None))
        self.logoError.setText("")
        self.dateOrderLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Dates in imported files:", None))
#if QT_CONFIG(tooltip)
        self.dateOrderCombo.setToolTip(QCoreApplication.translate("SettingsDialog", u"How the organisation writes dates: an import reads a date that fits both orders, such as 01/03/2024, this way", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.dateOrderCombo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Date order in imported files", None))
#endif // QT_CONFIG(accessibility)
        self.dateOrderHint.setText(QCoreApplication.translate("SettingsDialog", u"Used only when every date in a column fits both day first and month first (01/03/2024 is 1 March or 3 January). A column with a date like 13/05/2024 or 05/13/2024 is read the way that date shows, and the import says which order it used.", None))
        self.retentionLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Keep personal data:", None))
#if QT_CONFIG(tooltip)
        self.retentionSpin.setToolTip(QCoreApplication.translate("SettingsDialog", u"After this many months, people who left (archived) or whose programmes all closed are listed for erasure under People \u2192 Privacy", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.retentionSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Months to keep personal data after people leave", None))
#endif // QT_CONFIG(accessibility)
        self.retentionSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" months after people leave", None))
        self.retentionHint.setText(QCoreApplication.translate("SettingsDialog", u"Then they are listed for erasure under People \u2192 Privacy \u2192 People due for erasure; nothing is erased without asking.", None))
        self.retentionError.setText("")
        self.ladderGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Seniority ladder, most junior first", None))
        ___qtablewidgetitem = self.levelsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SettingsDialog", u"Level", None))
        ___qtablewidgetitem1 = self.levelsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SettingsDialog", u"People", None))
#if QT_CONFIG(accessibility)
        self.levelsTable.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Seniority levels, most junior first", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.levelsTable.setToolTip(QCoreApplication.translate("SettingsDialog", u"Double-click or press F2 to rename a level", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.addLevelButton.setToolTip(QCoreApplication.translate("SettingsDialog", u"Add a level above the selected one", None))
#endif // QT_CONFIG(tooltip)
        self.addLevelButton.setText(QCoreApplication.translate("SettingsDialog", u"&Add", None))
#if QT_CONFIG(tooltip)
        self.moveUpButton.setToolTip(QCoreApplication.translate("SettingsDialog", u"Move the selected level one step more junior", None))
#endif // QT_CONFIG(tooltip)
        self.moveUpButton.setText(QCoreApplication.translate("SettingsDialog", u"Move &up", None))
#if QT_CONFIG(tooltip)
        self.moveDownButton.setToolTip(QCoreApplication.translate("SettingsDialog", u"Move the selected level one step more senior", None))
#endif // QT_CONFIG(tooltip)
        self.moveDownButton.setText(QCoreApplication.translate("SettingsDialog", u"Move &down", None))
#if QT_CONFIG(tooltip)
        self.removeLevelButton.setToolTip(QCoreApplication.translate("SettingsDialog", u"Remove the selected level (only when nobody has it)", None))
#endif // QT_CONFIG(tooltip)
        self.removeLevelButton.setText(QCoreApplication.translate("SettingsDialog", u"Remo&ve", None))
        self.levelsError.setText("")
        self.categoriesGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Skill categories", None))
        ___qtablewidgetitem2 = self.categoriesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SettingsDialog", u"Shown as", None))
#if QT_CONFIG(accessibility)
        self.categoriesTable.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Skill category labels", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.categoriesTable.setToolTip(QCoreApplication.translate("SettingsDialog", u"Double-click or press F2 to rename how a category is shown", None))
#endif // QT_CONFIG(tooltip)
        self.categoriesError.setText("")
        self.noteLabel.setText(QCoreApplication.translate("SettingsDialog", u"Changes take effect everywhere when you press OK.", None))
    # retranslateUi

