# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_goals_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QDoubleSpinBox, QFormLayout, QFrame, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
    QWizardPage)

class Ui_WizardGoalsPage(object):
    def setupUi(self, goalsPage):
        if not goalsPage.objectName():
            goalsPage.setObjectName(u"goalsPage")
        self.pageLayout = QVBoxLayout(goalsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.scrollArea = QScrollArea(goalsPage)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.contentsLayout = QVBoxLayout(self.scrollContents)
        self.contentsLayout.setObjectName(u"contentsLayout")
        self.guidanceLabel = QLabel(self.scrollContents)
        self.guidanceLabel.setObjectName(u"guidanceLabel")
        self.guidanceLabel.setWordWrap(True)
        self.guidanceLabel.setTextFormat(Qt.TextFormat.RichText)

        self.contentsLayout.addWidget(self.guidanceLabel)

        self.datesForm = QFormLayout()
        self.datesForm.setObjectName(u"datesForm")
        self.datesForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.startDateLabel = QLabel(self.scrollContents)
        self.startDateLabel.setObjectName(u"startDateLabel")
        self.startDateLabel.setWordWrap(False)

        self.datesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.startDateLabel)

        self.startDateField = QVBoxLayout()
        self.startDateField.setSpacing(2)
        self.startDateField.setObjectName(u"startDateField")
        self.startDateEdit = QDateEdit(self.scrollContents)
        self.startDateEdit.setObjectName(u"startDateEdit")
        self.startDateEdit.setCalendarPopup(True)
        self.startDateEdit.setDisplayFormat(u"d MMM yyyy")
        self.startDateEdit.setMinimumDate(QDate(2000, 1, 1))

        self.startDateField.addWidget(self.startDateEdit)

        self.startDateError = QLabel(self.scrollContents)
        self.startDateError.setObjectName(u"startDateError")
        self.startDateError.setWordWrap(True)

        self.startDateField.addWidget(self.startDateError)


        self.datesForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.startDateField)

        self.endDateLabel = QLabel(self.scrollContents)
        self.endDateLabel.setObjectName(u"endDateLabel")
        self.endDateLabel.setWordWrap(False)

        self.datesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.endDateLabel)

        self.endDateField = QVBoxLayout()
        self.endDateField.setSpacing(2)
        self.endDateField.setObjectName(u"endDateField")
        self.endDateEdit = QDateEdit(self.scrollContents)
        self.endDateEdit.setObjectName(u"endDateEdit")
        self.endDateEdit.setCalendarPopup(True)
        self.endDateEdit.setDisplayFormat(u"d MMM yyyy")
        self.endDateEdit.setMinimumDate(QDate(2000, 1, 1))

        self.endDateField.addWidget(self.endDateEdit)

        self.endDateError = QLabel(self.scrollContents)
        self.endDateError.setObjectName(u"endDateError")
        self.endDateError.setWordWrap(True)

        self.endDateField.addWidget(self.endDateError)


        self.datesForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.endDateField)

        self.hoursLabel = QLabel(self.scrollContents)
        self.hoursLabel.setObjectName(u"hoursLabel")
        self.hoursLabel.setWordWrap(False)

        self.datesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.hoursLabel)

        self.hoursField = QVBoxLayout()
        self.hoursField.setSpacing(2)
        self.hoursField.setObjectName(u"hoursField")
        self.hoursSpin = QDoubleSpinBox(self.scrollContents)
        self.hoursSpin.setObjectName(u"hoursSpin")
        self.hoursSpin.setDecimals(1)
        self.hoursSpin.setMaximum(200.000000000000000)
        self.hoursSpin.setSingleStep(0.500000000000000)

        self.hoursField.addWidget(self.hoursSpin)

        self.hoursError = QLabel(self.scrollContents)
        self.hoursError.setObjectName(u"hoursError")
        self.hoursError.setWordWrap(True)

        self.hoursField.addWidget(self.hoursError)


        self.datesForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.hoursField)


        self.contentsLayout.addLayout(self.datesForm)

        self.goalsGroup = QGroupBox(self.scrollContents)
        self.goalsGroup.setObjectName(u"goalsGroup")
        self.goalsLayout = QVBoxLayout(self.goalsGroup)
        self.goalsLayout.setObjectName(u"goalsLayout")
        self.goalsSummaryLabel = QLabel(self.goalsGroup)
        self.goalsSummaryLabel.setObjectName(u"goalsSummaryLabel")
        self.goalsSummaryLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.goalsSummaryLabel.setWordWrap(True)

        self.goalsLayout.addWidget(self.goalsSummaryLabel)

        self.goalsTable = QTableWidget(self.goalsGroup)
        if (self.goalsTable.columnCount() < 4):
            self.goalsTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.goalsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.goalsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.goalsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.goalsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.goalsTable.setObjectName(u"goalsTable")
        self.goalsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.goalsTable.setTabKeyNavigation(False)
        self.goalsTable.setAlternatingRowColors(True)
        self.goalsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.goalsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.goalsTable.setWordWrap(True)
        self.goalsTable.setMinimumSize(QSize(0, 120))
        self.goalsTable.horizontalHeader().setStretchLastSection(False)
        self.goalsTable.verticalHeader().setVisible(False)

        self.goalsLayout.addWidget(self.goalsTable)

        self.goalButtons = QHBoxLayout()
        self.goalButtons.setObjectName(u"goalButtons")
        self.addGoalButton = QPushButton(self.goalsGroup)
        self.addGoalButton.setObjectName(u"addGoalButton")

        self.goalButtons.addWidget(self.addGoalButton)

        self.removeGoalButton = QPushButton(self.goalsGroup)
        self.removeGoalButton.setObjectName(u"removeGoalButton")

        self.goalButtons.addWidget(self.removeGoalButton)

        self.goalButtonsSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.goalButtons.addItem(self.goalButtonsSpacer)

        self.suggestGoalsButton = QPushButton(self.goalsGroup)
        self.suggestGoalsButton.setObjectName(u"suggestGoalsButton")

        self.goalButtons.addWidget(self.suggestGoalsButton)


        self.goalsLayout.addLayout(self.goalButtons)

        self.goalsError = QLabel(self.goalsGroup)
        self.goalsError.setObjectName(u"goalsError")
        self.goalsError.setWordWrap(True)

        self.goalsLayout.addWidget(self.goalsError)

        self.goalEditor = QGroupBox(self.goalsGroup)
        self.goalEditor.setObjectName(u"goalEditor")
        self.goalForm = QFormLayout(self.goalEditor)
        self.goalForm.setObjectName(u"goalForm")
        self.goalForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.directionLabel = QLabel(self.goalEditor)
        self.directionLabel.setObjectName(u"directionLabel")
        self.directionLabel.setWordWrap(False)

        self.goalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.directionLabel)

        self.directionCombo = QComboBox(self.goalEditor)
        self.directionCombo.setObjectName(u"directionCombo")

        self.goalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.directionCombo)

        self.goalTitleLabel = QLabel(self.goalEditor)
        self.goalTitleLabel.setObjectName(u"goalTitleLabel")
        self.goalTitleLabel.setWordWrap(False)

        self.goalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.goalTitleLabel)

        self.goalTitleField = QVBoxLayout()
        self.goalTitleField.setSpacing(2)
        self.goalTitleField.setObjectName(u"goalTitleField")
        self.goalTitleEdit = QLineEdit(self.goalEditor)
        self.goalTitleEdit.setObjectName(u"goalTitleEdit")
        self.goalTitleEdit.setMaxLength(240)

        self.goalTitleField.addWidget(self.goalTitleEdit)

        self.goalTitleError = QLabel(self.goalEditor)
        self.goalTitleError.setObjectName(u"goalTitleError")
        self.goalTitleError.setWordWrap(True)

        self.goalTitleField.addWidget(self.goalTitleError)


        self.goalForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.goalTitleField)

        self.successMeasureLabel = QLabel(self.goalEditor)
        self.successMeasureLabel.setObjectName(u"successMeasureLabel")
        self.successMeasureLabel.setWordWrap(False)

        self.goalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.successMeasureLabel)

        self.successMeasureField = QVBoxLayout()
        self.successMeasureField.setSpacing(2)
        self.successMeasureField.setObjectName(u"successMeasureField")
        self.successMeasureEdit = QLineEdit(self.goalEditor)
        self.successMeasureEdit.setObjectName(u"successMeasureEdit")

        self.successMeasureField.addWidget(self.successMeasureEdit)

        self.successMeasureError = QLabel(self.goalEditor)
        self.successMeasureError.setObjectName(u"successMeasureError")
        self.successMeasureError.setWordWrap(True)

        self.successMeasureField.addWidget(self.successMeasureError)


        self.goalForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.successMeasureField)

        self.targetDateLabel = QLabel(self.goalEditor)
        self.targetDateLabel.setObjectName(u"targetDateLabel")
        self.targetDateLabel.setWordWrap(False)

        self.goalForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.targetDateLabel)

        self.targetDateField = QVBoxLayout()
        self.targetDateField.setSpacing(2)
        self.targetDateField.setObjectName(u"targetDateField")
        self.targetDateEdit = QDateEdit(self.goalEditor)
        self.targetDateEdit.setObjectName(u"targetDateEdit")
        self.targetDateEdit.setCalendarPopup(True)
        self.targetDateEdit.setDisplayFormat(u"d MMM yyyy")
        self.targetDateEdit.setMinimumDate(QDate(2000, 1, 1))

        self.targetDateField.addWidget(self.targetDateEdit)

        self.targetDateError = QLabel(self.goalEditor)
        self.targetDateError.setObjectName(u"targetDateError")
        self.targetDateError.setWordWrap(True)

        self.targetDateField.addWidget(self.targetDateError)


        self.goalForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.targetDateField)


        self.goalsLayout.addWidget(self.goalEditor)


        self.contentsLayout.addWidget(self.goalsGroup)

        self.contentsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentsLayout.addItem(self.contentsSpacer)

        self.scrollArea.setWidget(self.scrollContents)

        self.pageLayout.addWidget(self.scrollArea)

        self.pageMessage = QLabel(goalsPage)
        self.pageMessage.setObjectName(u"pageMessage")
        self.pageMessage.setWordWrap(True)

        self.pageLayout.addWidget(self.pageMessage)

#if QT_CONFIG(shortcut)
        self.startDateLabel.setBuddy(self.startDateEdit)
        self.endDateLabel.setBuddy(self.endDateEdit)
        self.hoursLabel.setBuddy(self.hoursSpin)
        self.directionLabel.setBuddy(self.directionCombo)
        self.goalTitleLabel.setBuddy(self.goalTitleEdit)
        self.successMeasureLabel.setBuddy(self.successMeasureEdit)
        self.targetDateLabel.setBuddy(self.targetDateEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.startDateEdit, self.endDateEdit)
        QWidget.setTabOrder(self.endDateEdit, self.hoursSpin)
        QWidget.setTabOrder(self.hoursSpin, self.goalsTable)
        QWidget.setTabOrder(self.goalsTable, self.addGoalButton)
        QWidget.setTabOrder(self.addGoalButton, self.removeGoalButton)
        QWidget.setTabOrder(self.removeGoalButton, self.suggestGoalsButton)
        QWidget.setTabOrder(self.suggestGoalsButton, self.directionCombo)
        QWidget.setTabOrder(self.directionCombo, self.goalTitleEdit)
        QWidget.setTabOrder(self.goalTitleEdit, self.successMeasureEdit)
        QWidget.setTabOrder(self.successMeasureEdit, self.targetDateEdit)

        self.retranslateUi(goalsPage)

        QMetaObject.connectSlotsByName(goalsPage)
    # setupUi

    def retranslateUi(self, goalsPage):
        goalsPage.setTitle(QCoreApplication.translate("WizardGoalsPage", u"Step 2 of 5: Goals", None))
        self.guidanceLabel.setText(QCoreApplication.translate("WizardGoalsPage", u"<b>Agree what you both want out of it, up front.</b> Learning runs both ways here: add at least one goal for the mentee and one for the reverse mentor. A good goal is concrete and useful in the person's actual job (\u201crun our team's channel on Teams\u201d rather than \u201cunderstand social media\u201d), with a way to tell it worked and a date to aim for.", None))
        self.startDateLabel.setText(QCoreApplication.translate("WizardGoalsPage", u"&Starts on:", None))
        self.startDateEdit.setSpecialValueText(QCoreApplication.translate("WizardGoalsPage", u"Not set", None))
        self.startDateError.setText("")
        self.endDateLabel.setText(QCoreApplication.translate("WizardGoalsPage", u"&Ends on:", None))
        self.endDateEdit.setSpecialValueText(QCoreApplication.translate("WizardGoalsPage", u"Not set", None))
        self.endDateError.setText("")
        self.hoursLabel.setText(QCoreApplication.translate("WizardGoalsPage", u"Time each &month:", None))
        self.hoursSpin.setSpecialValueText(QCoreApplication.translate("WizardGoalsPage", u"Not set", None))
        self.hoursSpin.setSuffix(QCoreApplication.translate("WizardGoalsPage", u" hours", None))
#if QT_CONFIG(tooltip)
        self.hoursSpin.setToolTip(QCoreApplication.translate("WizardGoalsPage", u"Hours each partner can give a month", None))
#endif // QT_CONFIG(tooltip)
        self.hoursError.setText("")
        self.goalsGroup.setTitle(QCoreApplication.translate("WizardGoalsPage", u"Goals", None))
        self.goalsSummaryLabel.setText("")
        ___qtablewidgetitem = self.goalsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("WizardGoalsPage", u"Who learns", None))
        ___qtablewidgetitem1 = self.goalsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("WizardGoalsPage", u"Goal", None))
        ___qtablewidgetitem2 = self.goalsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("WizardGoalsPage", u"Success measure", None))
        ___qtablewidgetitem3 = self.goalsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("WizardGoalsPage", u"Target date", None))
#if QT_CONFIG(accessibility)
        self.goalsTable.setAccessibleName(QCoreApplication.translate("WizardGoalsPage", u"Goals", None))
#endif // QT_CONFIG(accessibility)
        self.addGoalButton.setText(QCoreApplication.translate("WizardGoalsPage", u"&Add goal", None))
        self.removeGoalButton.setText(QCoreApplication.translate("WizardGoalsPage", u"&Remove goal", None))
#if QT_CONFIG(tooltip)
        self.removeGoalButton.setToolTip(QCoreApplication.translate("WizardGoalsPage", u"Remove the selected goal (Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.suggestGoalsButton.setText(QCoreApplication.translate("WizardGoalsPage", u"S&uggest goals from matched skills", None))
#if QT_CONFIG(tooltip)
        self.suggestGoalsButton.setToolTip(QCoreApplication.translate("WizardGoalsPage", u"Add a goal for each skill one partner offers and the other wants to learn", None))
#endif // QT_CONFIG(tooltip)
        self.goalsError.setText("")
        self.goalEditor.setTitle(QCoreApplication.translate("WizardGoalsPage", u"Selected goal", None))
        self.directionLabel.setText(QCoreApplication.translate("WizardGoalsPage", u"&Who learns:", None))
        self.goalTitleLabel.setText(QCoreApplication.translate("WizardGoalsPage", u"&Goal:", None))
        self.goalTitleEdit.setPlaceholderText(QCoreApplication.translate("WizardGoalsPage", u"e.g. Post on LinkedIn every week without help", None))
        self.goalTitleError.setText("")
        self.successMeasureLabel.setText(QCoreApplication.translate("WizardGoalsPage", u"Su&ccess measure:", None))
        self.successMeasureEdit.setPlaceholderText(QCoreApplication.translate("WizardGoalsPage", u"How you will both know it worked", None))
        self.successMeasureError.setText("")
        self.targetDateLabel.setText(QCoreApplication.translate("WizardGoalsPage", u"&Target date:", None))
        self.targetDateEdit.setSpecialValueText(QCoreApplication.translate("WizardGoalsPage", u"Not set", None))
        self.targetDateError.setText("")
        self.pageMessage.setText("")
    # retranslateUi

