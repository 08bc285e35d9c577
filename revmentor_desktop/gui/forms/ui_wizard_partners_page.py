# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_partners_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QPlainTextEdit, QScrollArea, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget, QWizardPage)

class Ui_WizardPartnersPage(object):
    def setupUi(self, partnersPage):
        if not partnersPage.objectName():
            partnersPage.setObjectName(u"partnersPage")
        self.pageLayout = QVBoxLayout(partnersPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.scrollArea = QScrollArea(partnersPage)
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

        self.partnersForm = QFormLayout()
        self.partnersForm.setObjectName(u"partnersForm")
        self.partnersForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.programmeLabel = QLabel(self.scrollContents)
        self.programmeLabel.setObjectName(u"programmeLabel")
        self.programmeLabel.setWordWrap(False)

        self.partnersForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.programmeLabel)

        self.programmeField = QVBoxLayout()
        self.programmeField.setSpacing(2)
        self.programmeField.setObjectName(u"programmeField")
        self.programmeCombo = QComboBox(self.scrollContents)
        self.programmeCombo.setObjectName(u"programmeCombo")

        self.programmeField.addWidget(self.programmeCombo)

        self.programmeError = QLabel(self.scrollContents)
        self.programmeError.setObjectName(u"programmeError")
        self.programmeError.setWordWrap(True)

        self.programmeField.addWidget(self.programmeError)


        self.partnersForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.programmeField)

        self.mentorLabel = QLabel(self.scrollContents)
        self.mentorLabel.setObjectName(u"mentorLabel")
        self.mentorLabel.setWordWrap(False)

        self.partnersForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.mentorLabel)

        self.mentorField = QVBoxLayout()
        self.mentorField.setSpacing(2)
        self.mentorField.setObjectName(u"mentorField")
        self.mentorCombo = QComboBox(self.scrollContents)
        self.mentorCombo.setObjectName(u"mentorCombo")
        self.mentorCombo.setEditable(True)
        self.mentorCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.mentorField.addWidget(self.mentorCombo)

        self.mentorError = QLabel(self.scrollContents)
        self.mentorError.setObjectName(u"mentorError")
        self.mentorError.setWordWrap(True)

        self.mentorField.addWidget(self.mentorError)


        self.partnersForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.mentorField)

        self.menteeLabel = QLabel(self.scrollContents)
        self.menteeLabel.setObjectName(u"menteeLabel")
        self.menteeLabel.setWordWrap(False)

        self.partnersForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.menteeLabel)

        self.menteeField = QVBoxLayout()
        self.menteeField.setSpacing(2)
        self.menteeField.setObjectName(u"menteeField")
        self.menteeCombo = QComboBox(self.scrollContents)
        self.menteeCombo.setObjectName(u"menteeCombo")
        self.menteeCombo.setEditable(True)
        self.menteeCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.menteeField.addWidget(self.menteeCombo)

        self.menteeError = QLabel(self.scrollContents)
        self.menteeError.setObjectName(u"menteeError")
        self.menteeError.setWordWrap(True)

        self.menteeField.addWidget(self.menteeError)


        self.partnersForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.menteeField)

        self.partnersNote = QLabel(self.scrollContents)
        self.partnersNote.setObjectName(u"partnersNote")
        self.partnersNote.setWordWrap(True)

        self.partnersForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.partnersNote)


        self.contentsLayout.addLayout(self.partnersForm)

        self.profilesLayout = QHBoxLayout()
        self.profilesLayout.setObjectName(u"profilesLayout")
        self.mentorProfileGroup = QGroupBox(self.scrollContents)
        self.mentorProfileGroup.setObjectName(u"mentorProfileGroup")
        self.mentorProfileLayout = QVBoxLayout(self.mentorProfileGroup)
        self.mentorProfileLayout.setObjectName(u"mentorProfileLayout")
        self.mentorProfileLabel = QLabel(self.mentorProfileGroup)
        self.mentorProfileLabel.setObjectName(u"mentorProfileLabel")
        self.mentorProfileLabel.setWordWrap(True)
        self.mentorProfileLabel.setTextFormat(Qt.TextFormat.RichText)
        self.mentorProfileLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.mentorProfileLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mentorProfileLayout.addWidget(self.mentorProfileLabel)


        self.profilesLayout.addWidget(self.mentorProfileGroup)

        self.menteeProfileGroup = QGroupBox(self.scrollContents)
        self.menteeProfileGroup.setObjectName(u"menteeProfileGroup")
        self.menteeProfileLayout = QVBoxLayout(self.menteeProfileGroup)
        self.menteeProfileLayout.setObjectName(u"menteeProfileLayout")
        self.menteeProfileLabel = QLabel(self.menteeProfileGroup)
        self.menteeProfileLabel.setObjectName(u"menteeProfileLabel")
        self.menteeProfileLabel.setWordWrap(True)
        self.menteeProfileLabel.setTextFormat(Qt.TextFormat.RichText)
        self.menteeProfileLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.menteeProfileLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.menteeProfileLayout.addWidget(self.menteeProfileLabel)


        self.profilesLayout.addWidget(self.menteeProfileGroup)


        self.contentsLayout.addLayout(self.profilesLayout)

        self.scoreGroup = QGroupBox(self.scrollContents)
        self.scoreGroup.setObjectName(u"scoreGroup")
        self.scoreLayout = QVBoxLayout(self.scoreGroup)
        self.scoreLayout.setObjectName(u"scoreLayout")
        self.scoreLabel = QLabel(self.scoreGroup)
        self.scoreLabel.setObjectName(u"scoreLabel")
        self.scoreLabel.setWordWrap(True)

        self.scoreLayout.addWidget(self.scoreLabel)

        self.breakdownTable = QTableWidget(self.scoreGroup)
        if (self.breakdownTable.columnCount() < 4):
            self.breakdownTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.breakdownTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.breakdownTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.breakdownTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.breakdownTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.breakdownTable.setObjectName(u"breakdownTable")
        self.breakdownTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.breakdownTable.setTabKeyNavigation(False)
        self.breakdownTable.setAlternatingRowColors(True)
        self.breakdownTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.breakdownTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.breakdownTable.setWordWrap(True)
        self.breakdownTable.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.breakdownTable.horizontalHeader().setStretchLastSection(True)
        self.breakdownTable.verticalHeader().setVisible(False)

        self.scoreLayout.addWidget(self.breakdownTable)


        self.contentsLayout.addWidget(self.scoreGroup)

        self.warningsLabel = QLabel(self.scrollContents)
        self.warningsLabel.setObjectName(u"warningsLabel")
        self.warningsLabel.setWordWrap(True)
        self.warningsLabel.setTextFormat(Qt.TextFormat.RichText)

        self.contentsLayout.addWidget(self.warningsLabel)

        self.problemsLabel = QLabel(self.scrollContents)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setWordWrap(True)
        self.problemsLabel.setTextFormat(Qt.TextFormat.RichText)

        self.contentsLayout.addWidget(self.problemsLabel)

        self.overrideForm = QFormLayout()
        self.overrideForm.setObjectName(u"overrideForm")
        self.overrideForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.overrideReasonLabel = QLabel(self.scrollContents)
        self.overrideReasonLabel.setObjectName(u"overrideReasonLabel")
        self.overrideReasonLabel.setWordWrap(False)

        self.overrideForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.overrideReasonLabel)

        self.overrideReasonField = QVBoxLayout()
        self.overrideReasonField.setSpacing(2)
        self.overrideReasonField.setObjectName(u"overrideReasonField")
        self.overrideReasonEdit = QPlainTextEdit(self.scrollContents)
        self.overrideReasonEdit.setObjectName(u"overrideReasonEdit")
        self.overrideReasonEdit.setTabChangesFocus(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.overrideReasonEdit.sizePolicy().hasHeightForWidth())
        self.overrideReasonEdit.setSizePolicy(sizePolicy)

        self.overrideReasonField.addWidget(self.overrideReasonEdit)

        self.overrideReasonError = QLabel(self.scrollContents)
        self.overrideReasonError.setObjectName(u"overrideReasonError")
        self.overrideReasonError.setWordWrap(True)

        self.overrideReasonField.addWidget(self.overrideReasonError)


        self.overrideForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.overrideReasonField)


        self.contentsLayout.addLayout(self.overrideForm)

        self.contentsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentsLayout.addItem(self.contentsSpacer)

        self.scrollArea.setWidget(self.scrollContents)

        self.pageLayout.addWidget(self.scrollArea)

        self.pageMessage = QLabel(partnersPage)
        self.pageMessage.setObjectName(u"pageMessage")
        self.pageMessage.setWordWrap(True)

        self.pageLayout.addWidget(self.pageMessage)

#if QT_CONFIG(shortcut)
        self.programmeLabel.setBuddy(self.programmeCombo)
        self.mentorLabel.setBuddy(self.mentorCombo)
        self.menteeLabel.setBuddy(self.menteeCombo)
        self.overrideReasonLabel.setBuddy(self.overrideReasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.programmeCombo, self.mentorCombo)
        QWidget.setTabOrder(self.mentorCombo, self.menteeCombo)
        QWidget.setTabOrder(self.menteeCombo, self.breakdownTable)
        QWidget.setTabOrder(self.breakdownTable, self.overrideReasonEdit)

        self.retranslateUi(partnersPage)

        QMetaObject.connectSlotsByName(partnersPage)
    # setupUi

    def retranslateUi(self, partnersPage):
        partnersPage.setTitle(QCoreApplication.translate("WizardPartnersPage", u"Step 1 of 5: Partners", None))
        self.guidanceLabel.setText(QCoreApplication.translate("WizardPartnersPage", u"<b>Why this step matters.</b> A pairing works when each person has something the other lacks and both are willing to learn from someone outside their usual circle. Compare the two profiles and their personal SWOTs: does what one offers answer what the other wants? The reverse mentor should be the more junior of the two. Keep line managers and their own reports apart, and make sure an external partner's permission is confirmed before anything sensitive is discussed.", None))
        self.programmeLabel.setText(QCoreApplication.translate("WizardPartnersPage", u"&Programme:", None))
        self.programmeError.setText("")
        self.mentorLabel.setText(QCoreApplication.translate("WizardPartnersPage", u"&Reverse mentor:", None))
        self.mentorError.setText("")
        self.menteeLabel.setText(QCoreApplication.translate("WizardPartnersPage", u"&Mentee:", None))
        self.menteeError.setText("")
        self.partnersNote.setText("")
        self.mentorProfileGroup.setTitle(QCoreApplication.translate("WizardPartnersPage", u"Reverse mentor", None))
        self.mentorProfileLabel.setText("")
        self.menteeProfileGroup.setTitle(QCoreApplication.translate("WizardPartnersPage", u"Mentee", None))
        self.menteeProfileLabel.setText("")
        self.scoreGroup.setTitle(QCoreApplication.translate("WizardPartnersPage", u"How well they match", None))
        self.scoreLabel.setText("")
        ___qtablewidgetitem = self.breakdownTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("WizardPartnersPage", u"Criterion", None))
        ___qtablewidgetitem1 = self.breakdownTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("WizardPartnersPage", u"Weight", None))
        ___qtablewidgetitem2 = self.breakdownTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("WizardPartnersPage", u"Score", None))
        ___qtablewidgetitem3 = self.breakdownTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("WizardPartnersPage", u"Why", None))
#if QT_CONFIG(accessibility)
        self.breakdownTable.setAccessibleName(QCoreApplication.translate("WizardPartnersPage", u"Score breakdown", None))
#endif // QT_CONFIG(accessibility)
        self.warningsLabel.setText("")
        self.problemsLabel.setText("")
        self.overrideReasonLabel.setText(QCoreApplication.translate("WizardPartnersPage", u"Why they should be paired &anyway:", None))
        self.overrideReasonEdit.setPlaceholderText(QCoreApplication.translate("WizardPartnersPage", u"e.g. Both asked for each other; the gap is in experience, not grade", None))
        self.overrideReasonError.setText("")
        self.pageMessage.setText("")
    # retranslateUi

