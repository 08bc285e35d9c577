# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, importDialog):
        if not importDialog.objectName():
            importDialog.setObjectName(u"importDialog")
        importDialog.resize(900, 600)
        self.dialogLayout = QVBoxLayout(importDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.stepLabel = QLabel(importDialog)
        self.stepLabel.setObjectName(u"stepLabel")
        self.stepLabel.setStyleSheet(u"font-weight: bold; font-size: 115%;")

        self.dialogLayout.addWidget(self.stepLabel)

        self.guidanceLabel = QLabel(importDialog)
        self.guidanceLabel.setObjectName(u"guidanceLabel")
        self.guidanceLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.guidanceLabel)

        self.pages = QStackedWidget(importDialog)
        self.pages.setObjectName(u"pages")
        self.importFilePage = QWidget()
        self.importFilePage.setObjectName(u"importFilePage")
        self.fileLayout = QFormLayout(self.importFilePage)
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileLabel = QLabel(self.importFilePage)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(self.importFilePage)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(self.importFilePage)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)


        self.fileLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileRow)

        self.enrolCheck = QCheckBox(self.importFilePage)
        self.enrolCheck.setObjectName(u"enrolCheck")

        self.fileLayout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.enrolCheck)

        self.programmeLabel = QLabel(self.importFilePage)
        self.programmeLabel.setObjectName(u"programmeLabel")

        self.fileLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.programmeLabel)

        self.programmeCombo = QComboBox(self.importFilePage)
        self.programmeCombo.setObjectName(u"programmeCombo")
        self.programmeCombo.setEnabled(False)
        self.programmeCombo.setEditable(True)

        self.fileLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.programmeCombo)

        self.roleLabel = QLabel(self.importFilePage)
        self.roleLabel.setObjectName(u"roleLabel")

        self.fileLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleRow = QHBoxLayout()
        self.roleRow.setObjectName(u"roleRow")
        self.roleCombo = QComboBox(self.importFilePage)
        self.roleCombo.setObjectName(u"roleCombo")
        self.roleCombo.setEnabled(False)

        self.roleRow.addWidget(self.roleCombo)

        self.roleLevelCombo = QComboBox(self.importFilePage)
        self.roleLevelCombo.setObjectName(u"roleLevelCombo")
        self.roleLevelCombo.setEnabled(False)

        self.roleRow.addWidget(self.roleLevelCombo)

        self.roleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.roleRow.addItem(self.roleSpacer)


        self.fileLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.roleRow)

        self.consentRow = QHBoxLayout()
        self.consentRow.setObjectName(u"consentRow")
        self.consentCheck = QCheckBox(self.importFilePage)
        self.consentCheck.setObjectName(u"consentCheck")
        self.consentCheck.setEnabled(False)

        self.consentRow.addWidget(self.consentCheck)

        self.consentDateEdit = QDateEdit(self.importFilePage)
        self.consentDateEdit.setObjectName(u"consentDateEdit")
        self.consentDateEdit.setEnabled(False)
        self.consentDateEdit.setCalendarPopup(True)

        self.consentRow.addWidget(self.consentDateEdit)

        self.consentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.consentRow.addItem(self.consentSpacer)


        self.fileLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.consentRow)

        self.fileProblemLabel = QLabel(self.importFilePage)
        self.fileProblemLabel.setObjectName(u"fileProblemLabel")
        self.fileProblemLabel.setStyleSheet(u"color: #b00020;")
        self.fileProblemLabel.setWordWrap(True)

        self.fileLayout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.fileProblemLabel)

        self.pages.addWidget(self.importFilePage)
        self.importMappingPage = QWidget()
        self.importMappingPage.setObjectName(u"importMappingPage")
        self.mappingLayout = QVBoxLayout(self.importMappingPage)
        self.mappingLayout.setObjectName(u"mappingLayout")
        self.profileRow = QHBoxLayout()
        self.profileRow.setObjectName(u"profileRow")
        self.profileLabel = QLabel(self.importMappingPage)
        self.profileLabel.setObjectName(u"profileLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.profileLabel.sizePolicy().hasHeightForWidth())
        self.profileLabel.setSizePolicy(sizePolicy)
        self.profileLabel.setWordWrap(True)

        self.profileRow.addWidget(self.profileLabel)

        self.resetMappingButton = QPushButton(self.importMappingPage)
        self.resetMappingButton.setObjectName(u"resetMappingButton")
        self.resetMappingButton.setAutoDefault(False)

        self.profileRow.addWidget(self.resetMappingButton)


        self.mappingLayout.addLayout(self.profileRow)

        self.mappingTable = QTableWidget(self.importMappingPage)
        self.mappingTable.setObjectName(u"mappingTable")
        self.mappingTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.mappingTable.horizontalHeader().setStretchLastSection(True)
        self.mappingTable.verticalHeader().setVisible(False)

        self.mappingLayout.addWidget(self.mappingTable)

        self.mappingProblemLabel = QLabel(self.importMappingPage)
        self.mappingProblemLabel.setObjectName(u"mappingProblemLabel")
        self.mappingProblemLabel.setStyleSheet(u"color: #b00020;")
        self.mappingProblemLabel.setWordWrap(True)

        self.mappingLayout.addWidget(self.mappingProblemLabel)

        self.pages.addWidget(self.importMappingPage)
        self.importPreviewPage = QWidget()
        self.importPreviewPage.setObjectName(u"importPreviewPage")
        self.previewLayout = QVBoxLayout(self.importPreviewPage)
        self.previewLayout.setObjectName(u"previewLayout")
        self.summaryLabel = QLabel(self.importPreviewPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.previewLayout.addWidget(self.summaryLabel)

        self.dateOrderRow = QHBoxLayout()
        self.dateOrderRow.setObjectName(u"dateOrderRow")
        self.dateOrderLabel = QLabel(self.importPreviewPage)
        self.dateOrderLabel.setObjectName(u"dateOrderLabel")
        sizePolicy.setHeightForWidth(self.dateOrderLabel.sizePolicy().hasHeightForWidth())
        self.dateOrderLabel.setSizePolicy(sizePolicy)
        self.dateOrderLabel.setWordWrap(True)
        self.dateOrderLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dateOrderRow.addWidget(self.dateOrderLabel)

        self.dateOrderCombo = QComboBox(self.importPreviewPage)
        self.dateOrderCombo.setObjectName(u"dateOrderCombo")

        self.dateOrderRow.addWidget(self.dateOrderCombo)


        self.previewLayout.addLayout(self.dateOrderRow)

        self.levelLabel = QLabel(self.importPreviewPage)
        self.levelLabel.setObjectName(u"levelLabel")
        self.levelLabel.setWordWrap(True)

        self.previewLayout.addWidget(self.levelLabel)

        self.levelTable = QTableWidget(self.importPreviewPage)
        self.levelTable.setObjectName(u"levelTable")
        self.levelTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.levelTable.setMaximumSize(QSize(16777215, 170))
        self.levelTable.horizontalHeader().setStretchLastSection(True)
        self.levelTable.verticalHeader().setVisible(False)

        self.previewLayout.addWidget(self.levelTable)

        self.problemsOnlyCheck = QCheckBox(self.importPreviewPage)
        self.problemsOnlyCheck.setObjectName(u"problemsOnlyCheck")

        self.previewLayout.addWidget(self.problemsOnlyCheck)

        self.previewTable = QTableView(self.importPreviewPage)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.previewTable.setWordWrap(False)
        self.previewTable.horizontalHeader().setStretchLastSection(True)
        self.previewTable.verticalHeader().setVisible(False)

        self.previewLayout.addWidget(self.previewTable)

        self.rowDetailLabel = QLabel(self.importPreviewPage)
        self.rowDetailLabel.setObjectName(u"rowDetailLabel")
        self.rowDetailLabel.setWordWrap(True)
        self.rowDetailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.previewLayout.addWidget(self.rowDetailLabel)

        self.skipBadRowsCheck = QCheckBox(self.importPreviewPage)
        self.skipBadRowsCheck.setObjectName(u"skipBadRowsCheck")

        self.previewLayout.addWidget(self.skipBadRowsCheck)

        self.pages.addWidget(self.importPreviewPage)

        self.dialogLayout.addWidget(self.pages)

        self.progressBar = QProgressBar(importDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setVisible(False)

        self.dialogLayout.addWidget(self.progressBar)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.backButton = QPushButton(importDialog)
        self.backButton.setObjectName(u"backButton")

        self.buttonRow.addWidget(self.backButton)

        self.nextButton = QPushButton(importDialog)
        self.nextButton.setObjectName(u"nextButton")

        self.buttonRow.addWidget(self.nextButton)

        self.importButton = QPushButton(importDialog)
        self.importButton.setObjectName(u"importButton")

        self.buttonRow.addWidget(self.importButton)

        self.cancelButton = QPushButton(importDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonRow.addWidget(self.cancelButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
        self.programmeLabel.setBuddy(self.programmeCombo)
        self.roleLabel.setBuddy(self.roleCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fileEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.enrolCheck)
        QWidget.setTabOrder(self.enrolCheck, self.programmeCombo)
        QWidget.setTabOrder(self.programmeCombo, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.roleLevelCombo)
        QWidget.setTabOrder(self.roleLevelCombo, self.consentCheck)
        QWidget.setTabOrder(self.consentCheck, self.consentDateEdit)
        QWidget.setTabOrder(self.consentDateEdit, self.mappingTable)
        QWidget.setTabOrder(self.mappingTable, self.dateOrderCombo)
        QWidget.setTabOrder(self.dateOrderCombo, self.levelTable)
        QWidget.setTabOrder(self.levelTable, self.problemsOnlyCheck)
        QWidget.setTabOrder(self.problemsOnlyCheck, self.previewTable)
        QWidget.setTabOrder(self.previewTable, self.skipBadRowsCheck)
        QWidget.setTabOrder(self.skipBadRowsCheck, self.backButton)
        QWidget.setTabOrder(self.backButton, self.nextButton)
        QWidget.setTabOrder(self.nextButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.cancelButton)

        self.retranslateUi(importDialog)

        self.nextButton.setDefault(True)


        QMetaObject.connectSlotsByName(importDialog)
    # setupUi

    def retranslateUi(self, importDialog):
        importDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Import people", None))
        self.stepLabel.setText("")
        self.guidanceLabel.setText("")
        self.fileLabel.setText(QCoreApplication.translate("ImportDialog", u"&File:", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ImportDialog", u"A .csv or .xlsx file, e.g. your HR system's export", None))
        self.browseButton.setText(QCoreApplication.translate("ImportDialog", u"&Browse\u2026", None))
        self.enrolCheck.setText(QCoreApplication.translate("ImportDialog", u"&Enrol the imported people in a programme", None))
        self.programmeLabel.setText(QCoreApplication.translate("ImportDialog", u"&Programme:", None))
#if QT_CONFIG(tooltip)
        self.programmeCombo.setToolTip(QCoreApplication.translate("ImportDialog", u"Choose a programme, or type a new name to create it", None))
#endif // QT_CONFIG(tooltip)
        self.roleLabel.setText(QCoreApplication.translate("ImportDialog", u"&Roles:", None))
#if QT_CONFIG(tooltip)
        self.roleCombo.setToolTip(QCoreApplication.translate("ImportDialog", u"Who is a reverse mentor and who a mentee; a role the file's role column gives wins for its row", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.roleLevelCombo.setAccessibleName(QCoreApplication.translate("ImportDialog", u"The most junior level of the mentees", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.roleLevelCombo.setToolTip(QCoreApplication.translate("ImportDialog", u"People below this level become reverse mentors; at or above it, mentees", None))
#endif // QT_CONFIG(tooltip)
        self.consentCheck.setText(QCoreApplication.translate("ImportDialog", u"Everyone in the file has &consented, on", None))
#if QT_CONFIG(tooltip)
        self.consentCheck.setToolTip(QCoreApplication.translate("ImportDialog", u"Record this consent date for everyone who has none; a date the file's consent column gives wins for its row", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.consentDateEdit.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Consent date for everyone in the file", None))
#endif // QT_CONFIG(accessibility)
        self.fileProblemLabel.setText("")
        self.profileLabel.setText("")
#if QT_CONFIG(tooltip)
        self.resetMappingButton.setToolTip(QCoreApplication.translate("ImportDialog", u"Match the columns by their names instead, as for a file never imported before", None))
#endif // QT_CONFIG(tooltip)
        self.resetMappingButton.setText(QCoreApplication.translate("ImportDialog", u"Use the &automatic matches", None))
#if QT_CONFIG(accessibility)
        self.mappingTable.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Columns of the file and the fields they fill", None))
#endif // QT_CONFIG(accessibility)
        self.mappingProblemLabel.setText("")
        self.summaryLabel.setText("")
        self.dateOrderLabel.setText("")
#if QT_CONFIG(tooltip)
        self.dateOrderCombo.setToolTip(QCoreApplication.translate("ImportDialog", u"How to read dates that fit both orders, such as 01/03/2024, in this file", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.dateOrderCombo.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Order of ambiguous dates in this file", None))
#endif // QT_CONFIG(accessibility)
        self.levelLabel.setText("")
#if QT_CONFIG(accessibility)
        self.levelTable.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Levels of the file and the levels of the ladder they become", None))
#endif // QT_CONFIG(accessibility)
        self.problemsOnlyCheck.setText(QCoreApplication.translate("ImportDialog", u"Show only rows with &problems", None))
#if QT_CONFIG(accessibility)
        self.previewTable.setAccessibleName(QCoreApplication.translate("ImportDialog", u"What the import will do, row by row", None))
#endif // QT_CONFIG(accessibility)
        self.rowDetailLabel.setText("")
        self.skipBadRowsCheck.setText(QCoreApplication.translate("ImportDialog", u"&Skip the rows with problems and import the others", None))
        self.backButton.setText(QCoreApplication.translate("ImportDialog", u"< &Back", None))
        self.nextButton.setText(QCoreApplication.translate("ImportDialog", u"&Next >", None))
        self.importButton.setText(QCoreApplication.translate("ImportDialog", u"&Import", None))
        self.cancelButton.setText(QCoreApplication.translate("ImportDialog", u"Cancel", None))
    # retranslateUi

