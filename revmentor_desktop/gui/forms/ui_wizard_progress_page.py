# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_progress_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDateEdit, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget, QWizardPage)

class Ui_WizardProgressPage(object):
    def setupUi(self, progressPage):
        if not progressPage.objectName():
            progressPage.setObjectName(u"progressPage")
        self.pageLayout = QVBoxLayout(progressPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.consentBox = QFrame(progressPage)
        self.consentBox.setObjectName(u"consentBox")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.consentBox.sizePolicy().hasHeightForWidth())
        self.consentBox.setSizePolicy(sizePolicy)
        self.consentBox.setFrameShape(QFrame.Shape.StyledPanel)
        self.consentLayout = QVBoxLayout(self.consentBox)
        self.consentLayout.setObjectName(u"consentLayout")
        self.consentLabel = QLabel(self.consentBox)
        self.consentLabel.setObjectName(u"consentLabel")
        self.consentLabel.setWordWrap(True)

        self.consentLayout.addWidget(self.consentLabel)

        self.consentRecordRow = QHBoxLayout()
        self.consentRecordRow.setObjectName(u"consentRecordRow")
        self.consentDateLabel = QLabel(self.consentBox)
        self.consentDateLabel.setObjectName(u"consentDateLabel")

        self.consentRecordRow.addWidget(self.consentDateLabel)

        self.consentDateEdit = QDateEdit(self.consentBox)
        self.consentDateEdit.setObjectName(u"consentDateEdit")
        self.consentDateEdit.setCalendarPopup(True)

        self.consentRecordRow.addWidget(self.consentDateEdit)

        self.consentRecordButton = QPushButton(self.consentBox)
        self.consentRecordButton.setObjectName(u"consentRecordButton")
        self.consentRecordButton.setAutoDefault(False)

        self.consentRecordRow.addWidget(self.consentRecordButton)

        self.consentRecordSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.consentRecordRow.addItem(self.consentRecordSpacer)


        self.consentLayout.addLayout(self.consentRecordRow)

        self.consentOverrideLabel = QLabel(self.consentBox)
        self.consentOverrideLabel.setObjectName(u"consentOverrideLabel")
        self.consentOverrideLabel.setWordWrap(True)

        self.consentLayout.addWidget(self.consentOverrideLabel)

        self.consentOverrideEdit = QPlainTextEdit(self.consentBox)
        self.consentOverrideEdit.setObjectName(u"consentOverrideEdit")
        self.consentOverrideEdit.setTabChangesFocus(True)

        self.consentLayout.addWidget(self.consentOverrideEdit)

        self.consentError = QLabel(self.consentBox)
        self.consentError.setObjectName(u"consentError")
        self.consentError.setWordWrap(True)

        self.consentLayout.addWidget(self.consentError)


        self.pageLayout.addWidget(self.consentBox)

        self.scrollArea = QScrollArea(progressPage)
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

        self.reviewForm = QFormLayout()
        self.reviewForm.setObjectName(u"reviewForm")
        self.reviewForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.checkinLabel = QLabel(self.scrollContents)
        self.checkinLabel.setObjectName(u"checkinLabel")
        self.checkinLabel.setWordWrap(False)

        self.reviewForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.checkinLabel)

        self.checkinIntervalField = QVBoxLayout()
        self.checkinIntervalField.setSpacing(2)
        self.checkinIntervalField.setObjectName(u"checkinIntervalField")
        self.checkinIntervalSpin = QSpinBox(self.scrollContents)
        self.checkinIntervalSpin.setObjectName(u"checkinIntervalSpin")
        self.checkinIntervalSpin.setMaximum(365)

        self.checkinIntervalField.addWidget(self.checkinIntervalSpin)

        self.checkinIntervalError = QLabel(self.scrollContents)
        self.checkinIntervalError.setObjectName(u"checkinIntervalError")
        self.checkinIntervalError.setWordWrap(True)

        self.checkinIntervalField.addWidget(self.checkinIntervalError)


        self.reviewForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.checkinIntervalField)

        self.fitCheckLabel = QLabel(self.scrollContents)
        self.fitCheckLabel.setObjectName(u"fitCheckLabel")
        self.fitCheckLabel.setWordWrap(False)

        self.reviewForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fitCheckLabel)

        self.fitCheckDateField = QVBoxLayout()
        self.fitCheckDateField.setSpacing(2)
        self.fitCheckDateField.setObjectName(u"fitCheckDateField")
        self.fitCheckDateEdit = QDateEdit(self.scrollContents)
        self.fitCheckDateEdit.setObjectName(u"fitCheckDateEdit")
        self.fitCheckDateEdit.setCalendarPopup(True)
        self.fitCheckDateEdit.setDisplayFormat(u"d MMM yyyy")
        self.fitCheckDateEdit.setMinimumDate(QDate(2000, 1, 1))

        self.fitCheckDateField.addWidget(self.fitCheckDateEdit)

        self.fitCheckDateError = QLabel(self.scrollContents)
        self.fitCheckDateError.setObjectName(u"fitCheckDateError")
        self.fitCheckDateError.setWordWrap(True)

        self.fitCheckDateField.addWidget(self.fitCheckDateError)


        self.reviewForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.fitCheckDateField)

        self.midpointLabel = QLabel(self.scrollContents)
        self.midpointLabel.setObjectName(u"midpointLabel")
        self.midpointLabel.setWordWrap(False)

        self.reviewForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.midpointLabel)

        self.midpointReviewDateField = QVBoxLayout()
        self.midpointReviewDateField.setSpacing(2)
        self.midpointReviewDateField.setObjectName(u"midpointReviewDateField")
        self.midpointReviewDateEdit = QDateEdit(self.scrollContents)
        self.midpointReviewDateEdit.setObjectName(u"midpointReviewDateEdit")
        self.midpointReviewDateEdit.setCalendarPopup(True)
        self.midpointReviewDateEdit.setDisplayFormat(u"d MMM yyyy")
        self.midpointReviewDateEdit.setMinimumDate(QDate(2000, 1, 1))

        self.midpointReviewDateField.addWidget(self.midpointReviewDateEdit)

        self.midpointReviewDateError = QLabel(self.scrollContents)
        self.midpointReviewDateError.setObjectName(u"midpointReviewDateError")
        self.midpointReviewDateError.setWordWrap(True)

        self.midpointReviewDateField.addWidget(self.midpointReviewDateError)


        self.reviewForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.midpointReviewDateField)

        self.finalLabel = QLabel(self.scrollContents)
        self.finalLabel.setObjectName(u"finalLabel")
        self.finalLabel.setWordWrap(False)

        self.reviewForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.finalLabel)

        self.finalReviewDateField = QVBoxLayout()
        self.finalReviewDateField.setSpacing(2)
        self.finalReviewDateField.setObjectName(u"finalReviewDateField")
        self.finalReviewDateEdit = QDateEdit(self.scrollContents)
        self.finalReviewDateEdit.setObjectName(u"finalReviewDateEdit")
        self.finalReviewDateEdit.setCalendarPopup(True)
        self.finalReviewDateEdit.setDisplayFormat(u"d MMM yyyy")
        self.finalReviewDateEdit.setMinimumDate(QDate(2000, 1, 1))

        self.finalReviewDateField.addWidget(self.finalReviewDateEdit)

        self.finalReviewDateError = QLabel(self.scrollContents)
        self.finalReviewDateError.setObjectName(u"finalReviewDateError")
        self.finalReviewDateError.setWordWrap(True)

        self.finalReviewDateField.addWidget(self.finalReviewDateError)


        self.reviewForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.finalReviewDateField)

        self.successMeasuresLabel = QLabel(self.scrollContents)
        self.successMeasuresLabel.setObjectName(u"successMeasuresLabel")
        self.successMeasuresLabel.setWordWrap(False)

        self.reviewForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.successMeasuresLabel)

        self.successMeasuresField = QVBoxLayout()
        self.successMeasuresField.setSpacing(2)
        self.successMeasuresField.setObjectName(u"successMeasuresField")
        self.successMeasuresEdit = QPlainTextEdit(self.scrollContents)
        self.successMeasuresEdit.setObjectName(u"successMeasuresEdit")
        self.successMeasuresEdit.setTabChangesFocus(True)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.successMeasuresEdit.sizePolicy().hasHeightForWidth())
        self.successMeasuresEdit.setSizePolicy(sizePolicy1)

        self.successMeasuresField.addWidget(self.successMeasuresEdit)

        self.successMeasuresError = QLabel(self.scrollContents)
        self.successMeasuresError.setObjectName(u"successMeasuresError")
        self.successMeasuresError.setWordWrap(True)

        self.successMeasuresField.addWidget(self.successMeasuresError)


        self.reviewForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.successMeasuresField)

        self.noFaultField = QVBoxLayout()
        self.noFaultField.setSpacing(2)
        self.noFaultField.setObjectName(u"noFaultField")
        self.noFaultCheck = QCheckBox(self.scrollContents)
        self.noFaultCheck.setObjectName(u"noFaultCheck")

        self.noFaultField.addWidget(self.noFaultCheck)

        self.noFaultError = QLabel(self.scrollContents)
        self.noFaultError.setObjectName(u"noFaultError")
        self.noFaultError.setWordWrap(True)

        self.noFaultField.addWidget(self.noFaultError)


        self.reviewForm.setLayout(5, QFormLayout.ItemRole.SpanningRole, self.noFaultField)


        self.contentsLayout.addLayout(self.reviewForm)

        self.signoffGroup = QGroupBox(self.scrollContents)
        self.signoffGroup.setObjectName(u"signoffGroup")
        self.signoffForm = QFormLayout(self.signoffGroup)
        self.signoffForm.setObjectName(u"signoffForm")
        self.signoffForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.mentorSignoffNameLabel = QLabel(self.signoffGroup)
        self.mentorSignoffNameLabel.setObjectName(u"mentorSignoffNameLabel")
        self.mentorSignoffNameLabel.setWordWrap(False)

        self.signoffForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.mentorSignoffNameLabel)

        self.mentorSignoffNameField = QVBoxLayout()
        self.mentorSignoffNameField.setSpacing(2)
        self.mentorSignoffNameField.setObjectName(u"mentorSignoffNameField")
        self.mentorSignoffNameEdit = QLineEdit(self.signoffGroup)
        self.mentorSignoffNameEdit.setObjectName(u"mentorSignoffNameEdit")
        self.mentorSignoffNameEdit.setMaxLength(240)

        self.mentorSignoffNameField.addWidget(self.mentorSignoffNameEdit)

        self.mentorSignoffNameError = QLabel(self.signoffGroup)
        self.mentorSignoffNameError.setObjectName(u"mentorSignoffNameError")
        self.mentorSignoffNameError.setWordWrap(True)

        self.mentorSignoffNameField.addWidget(self.mentorSignoffNameError)


        self.signoffForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.mentorSignoffNameField)

        self.mentorSignoffDateLabel = QLabel(self.signoffGroup)
        self.mentorSignoffDateLabel.setObjectName(u"mentorSignoffDateLabel")
        self.mentorSignoffDateLabel.setWordWrap(False)

        self.signoffForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.mentorSignoffDateLabel)

        self.mentorSignoffDateField = QVBoxLayout()
        self.mentorSignoffDateField.setSpacing(2)
        self.mentorSignoffDateField.setObjectName(u"mentorSignoffDateField")
        self.mentorSignoffDateEdit = QDateEdit(self.signoffGroup)
        self.mentorSignoffDateEdit.setObjectName(u"mentorSignoffDateEdit")
        self.mentorSignoffDateEdit.setCalendarPopup(True)
        self.mentorSignoffDateEdit.setDisplayFormat(u"d MMM yyyy")
        self.mentorSignoffDateEdit.setMinimumDate(QDate(2000, 1, 1))

        self.mentorSignoffDateField.addWidget(self.mentorSignoffDateEdit)

        self.mentorSignoffDateError = QLabel(self.signoffGroup)
        self.mentorSignoffDateError.setObjectName(u"mentorSignoffDateError")
        self.mentorSignoffDateError.setWordWrap(True)

        self.mentorSignoffDateField.addWidget(self.mentorSignoffDateError)


        self.signoffForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.mentorSignoffDateField)

        self.menteeSignoffNameLabel = QLabel(self.signoffGroup)
        self.menteeSignoffNameLabel.setObjectName(u"menteeSignoffNameLabel")
        self.menteeSignoffNameLabel.setWordWrap(False)

        self.signoffForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.menteeSignoffNameLabel)

        self.menteeSignoffNameField = QVBoxLayout()
        self.menteeSignoffNameField.setSpacing(2)
        self.menteeSignoffNameField.setObjectName(u"menteeSignoffNameField")
        self.menteeSignoffNameEdit = QLineEdit(self.signoffGroup)
        self.menteeSignoffNameEdit.setObjectName(u"menteeSignoffNameEdit")
        self.menteeSignoffNameEdit.setMaxLength(240)

        self.menteeSignoffNameField.addWidget(self.menteeSignoffNameEdit)

        self.menteeSignoffNameError = QLabel(self.signoffGroup)
        self.menteeSignoffNameError.setObjectName(u"menteeSignoffNameError")
        self.menteeSignoffNameError.setWordWrap(True)

        self.menteeSignoffNameField.addWidget(self.menteeSignoffNameError)


        self.signoffForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.menteeSignoffNameField)

        self.menteeSignoffDateLabel = QLabel(self.signoffGroup)
        self.menteeSignoffDateLabel.setObjectName(u"menteeSignoffDateLabel")
        self.menteeSignoffDateLabel.setWordWrap(False)

        self.signoffForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.menteeSignoffDateLabel)

        self.menteeSignoffDateField = QVBoxLayout()
        self.menteeSignoffDateField.setSpacing(2)
        self.menteeSignoffDateField.setObjectName(u"menteeSignoffDateField")
        self.menteeSignoffDateEdit = QDateEdit(self.signoffGroup)
        self.menteeSignoffDateEdit.setObjectName(u"menteeSignoffDateEdit")
        self.menteeSignoffDateEdit.setCalendarPopup(True)
        self.menteeSignoffDateEdit.setDisplayFormat(u"d MMM yyyy")
        self.menteeSignoffDateEdit.setMinimumDate(QDate(2000, 1, 1))

        self.menteeSignoffDateField.addWidget(self.menteeSignoffDateEdit)

        self.menteeSignoffDateError = QLabel(self.signoffGroup)
        self.menteeSignoffDateError.setObjectName(u"menteeSignoffDateError")
        self.menteeSignoffDateError.setWordWrap(True)

        self.menteeSignoffDateField.addWidget(self.menteeSignoffDateError)


        self.signoffForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.menteeSignoffDateField)


        self.contentsLayout.addWidget(self.signoffGroup)

        self.contentsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentsLayout.addItem(self.contentsSpacer)

        self.scrollArea.setWidget(self.scrollContents)

        self.pageLayout.addWidget(self.scrollArea)

        self.pageMessage = QLabel(progressPage)
        self.pageMessage.setObjectName(u"pageMessage")
        self.pageMessage.setWordWrap(True)

        self.pageLayout.addWidget(self.pageMessage)

#if QT_CONFIG(shortcut)
        self.consentDateLabel.setBuddy(self.consentDateEdit)
        self.consentOverrideLabel.setBuddy(self.consentOverrideEdit)
        self.checkinLabel.setBuddy(self.checkinIntervalSpin)
        self.fitCheckLabel.setBuddy(self.fitCheckDateEdit)
        self.midpointLabel.setBuddy(self.midpointReviewDateEdit)
        self.finalLabel.setBuddy(self.finalReviewDateEdit)
        self.successMeasuresLabel.setBuddy(self.successMeasuresEdit)
        self.mentorSignoffNameLabel.setBuddy(self.mentorSignoffNameEdit)
        self.mentorSignoffDateLabel.setBuddy(self.mentorSignoffDateEdit)
        self.menteeSignoffNameLabel.setBuddy(self.menteeSignoffNameEdit)
        self.menteeSignoffDateLabel.setBuddy(self.menteeSignoffDateEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.consentDateEdit, self.consentRecordButton)
        QWidget.setTabOrder(self.consentRecordButton, self.consentOverrideEdit)
        QWidget.setTabOrder(self.consentOverrideEdit, self.checkinIntervalSpin)
        QWidget.setTabOrder(self.checkinIntervalSpin, self.fitCheckDateEdit)
        QWidget.setTabOrder(self.fitCheckDateEdit, self.midpointReviewDateEdit)
        QWidget.setTabOrder(self.midpointReviewDateEdit, self.finalReviewDateEdit)
        QWidget.setTabOrder(self.finalReviewDateEdit, self.successMeasuresEdit)
        QWidget.setTabOrder(self.successMeasuresEdit, self.noFaultCheck)
        QWidget.setTabOrder(self.noFaultCheck, self.mentorSignoffNameEdit)
        QWidget.setTabOrder(self.mentorSignoffNameEdit, self.mentorSignoffDateEdit)
        QWidget.setTabOrder(self.mentorSignoffDateEdit, self.menteeSignoffNameEdit)
        QWidget.setTabOrder(self.menteeSignoffNameEdit, self.menteeSignoffDateEdit)

        self.retranslateUi(progressPage)

        QMetaObject.connectSlotsByName(progressPage)
    # setupUi

    def retranslateUi(self, progressPage):
        progressPage.setTitle(QCoreApplication.translate("WizardProgressPage", u"Step 5 of 5: Progress", None))
        self.consentLabel.setText("")
        self.consentDateLabel.setText(QCoreApplication.translate("WizardProgressPage", u"Consent gi&ven on:", None))
#if QT_CONFIG(accessibility)
        self.consentDateEdit.setAccessibleName(QCoreApplication.translate("WizardProgressPage", u"Date consent was given", None))
#endif // QT_CONFIG(accessibility)
        self.consentDateEdit.setDisplayFormat(QCoreApplication.translate("WizardProgressPage", u"d MMM yyyy", None))
#if QT_CONFIG(tooltip)
        self.consentRecordButton.setToolTip(QCoreApplication.translate("WizardProgressPage", u"Record that both partners without consent agreed to take part, on the date beside it", None))
#endif // QT_CONFIG(tooltip)
        self.consentRecordButton.setText(QCoreApplication.translate("WizardProgressPage", u"Recor&d consent now", None))
        self.consentOverrideLabel.setText(QCoreApplication.translate("WizardProgressPage", u"Or write w&hy this partnership starts without it (kept with the partnership):", None))
#if QT_CONFIG(accessibility)
        self.consentOverrideEdit.setAccessibleName(QCoreApplication.translate("WizardProgressPage", u"Why the partnership starts without recorded consent", None))
#endif // QT_CONFIG(accessibility)
        self.consentError.setText("")
        self.guidanceLabel.setText(QCoreApplication.translate("WizardProgressPage", u"<b>Check that it is working, and act when it is not.</b> Plan a fit check soon after the first session to confirm you are a good match, a mid-point review to adjust the goals and a final review to look back on what changed. If progress stalls, hold a brainstorming session on new ways to reach the goals. If the partnership is not right, either of you can end it without blame (a no-fault ending) and both can be paired again.", None))
        self.checkinLabel.setText(QCoreApplication.translate("WizardProgressPage", u"&Check in every:", None))
        self.checkinIntervalSpin.setSpecialValueText(QCoreApplication.translate("WizardProgressPage", u"Not set", None))
        self.checkinIntervalSpin.setSuffix(QCoreApplication.translate("WizardProgressPage", u" days", None))
        self.checkinIntervalError.setText("")
        self.fitCheckLabel.setText(QCoreApplication.translate("WizardProgressPage", u"First-session fit chec&k:", None))
        self.fitCheckDateEdit.setSpecialValueText(QCoreApplication.translate("WizardProgressPage", u"Not set", None))
        self.fitCheckDateError.setText("")
        self.midpointLabel.setText(QCoreApplication.translate("WizardProgressPage", u"&Mid-point review:", None))
        self.midpointReviewDateEdit.setSpecialValueText(QCoreApplication.translate("WizardProgressPage", u"Not set", None))
        self.midpointReviewDateError.setText("")
        self.finalLabel.setText(QCoreApplication.translate("WizardProgressPage", u"Final &review:", None))
        self.finalReviewDateEdit.setSpecialValueText(QCoreApplication.translate("WizardProgressPage", u"Not set", None))
        self.finalReviewDateError.setText("")
        self.successMeasuresLabel.setText(QCoreApplication.translate("WizardProgressPage", u"How we will &judge success:", None))
        self.successMeasuresEdit.setPlaceholderText(QCoreApplication.translate("WizardProgressPage", u"e.g. each goal reached by its date, and both rate the meetings 4 of 5 or better", None))
        self.successMeasuresError.setText("")
        self.noFaultCheck.setText(QCoreApplication.translate("WizardProgressPage", u"&Either of us may end the partnership early, without blame: a no-fault ending", None))
        self.noFaultError.setText("")
        self.signoffGroup.setTitle(QCoreApplication.translate("WizardProgressPage", u"Sign-off", None))
        self.mentorSignoffNameLabel.setText(QCoreApplication.translate("WizardProgressPage", u"Reverse mentor &signs as:", None))
        self.mentorSignoffNameEdit.setPlaceholderText(QCoreApplication.translate("WizardProgressPage", u"Full name", None))
        self.mentorSignoffNameError.setText("")
        self.mentorSignoffDateLabel.setText(QCoreApplication.translate("WizardProgressPage", u"Signed &on:", None))
        self.mentorSignoffDateEdit.setSpecialValueText(QCoreApplication.translate("WizardProgressPage", u"Not set", None))
        self.mentorSignoffDateError.setText("")
        self.menteeSignoffNameLabel.setText(QCoreApplication.translate("WizardProgressPage", u"Mentee s&igns as:", None))
        self.menteeSignoffNameEdit.setPlaceholderText(QCoreApplication.translate("WizardProgressPage", u"Full name", None))
        self.menteeSignoffNameError.setText("")
        self.menteeSignoffDateLabel.setText(QCoreApplication.translate("WizardProgressPage", u"Si&gned on:", None))
        self.menteeSignoffDateEdit.setSpecialValueText(QCoreApplication.translate("WizardProgressPage", u"Not set", None))
        self.menteeSignoffDateError.setText("")
        self.pageMessage.setText("")
    # retranslateUi

