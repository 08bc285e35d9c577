# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_openness_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QFrame,
    QGroupBox, QLabel, QLineEdit, QPlainTextEdit,
    QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget, QWizardPage)

class Ui_WizardOpennessPage(object):
    def setupUi(self, opennessPage):
        if not opennessPage.objectName():
            opennessPage.setObjectName(u"opennessPage")
        self.pageLayout = QVBoxLayout(opennessPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.scrollArea = QScrollArea(opennessPage)
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

        self.confidentialityField = QVBoxLayout()
        self.confidentialityField.setSpacing(2)
        self.confidentialityField.setObjectName(u"confidentialityField")
        self.confidentialityCheck = QCheckBox(self.scrollContents)
        self.confidentialityCheck.setObjectName(u"confidentialityCheck")

        self.confidentialityField.addWidget(self.confidentialityCheck)

        self.confidentialityError = QLabel(self.scrollContents)
        self.confidentialityError.setObjectName(u"confidentialityError")
        self.confidentialityError.setWordWrap(True)

        self.confidentialityField.addWidget(self.confidentialityError)


        self.contentsLayout.addLayout(self.confidentialityField)

        self.opennessForm = QFormLayout()
        self.opennessForm.setObjectName(u"opennessForm")
        self.opennessForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.offLimitsLabel = QLabel(self.scrollContents)
        self.offLimitsLabel.setObjectName(u"offLimitsLabel")
        self.offLimitsLabel.setWordWrap(False)

        self.opennessForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.offLimitsLabel)

        self.offLimitsField = QVBoxLayout()
        self.offLimitsField.setSpacing(2)
        self.offLimitsField.setObjectName(u"offLimitsField")
        self.offLimitsEdit = QPlainTextEdit(self.scrollContents)
        self.offLimitsEdit.setObjectName(u"offLimitsEdit")
        self.offLimitsEdit.setTabChangesFocus(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.offLimitsEdit.sizePolicy().hasHeightForWidth())
        self.offLimitsEdit.setSizePolicy(sizePolicy)

        self.offLimitsField.addWidget(self.offLimitsEdit)

        self.offLimitsError = QLabel(self.scrollContents)
        self.offLimitsError.setObjectName(u"offLimitsError")
        self.offLimitsError.setWordWrap(True)

        self.offLimitsField.addWidget(self.offLimitsError)


        self.opennessForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.offLimitsField)

        self.mentorFeedbackLabel = QLabel(self.scrollContents)
        self.mentorFeedbackLabel.setObjectName(u"mentorFeedbackLabel")
        self.mentorFeedbackLabel.setWordWrap(False)

        self.opennessForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.mentorFeedbackLabel)

        self.mentorFeedbackField = QVBoxLayout()
        self.mentorFeedbackField.setSpacing(2)
        self.mentorFeedbackField.setObjectName(u"mentorFeedbackField")
        self.mentorFeedbackEdit = QLineEdit(self.scrollContents)
        self.mentorFeedbackEdit.setObjectName(u"mentorFeedbackEdit")

        self.mentorFeedbackField.addWidget(self.mentorFeedbackEdit)

        self.mentorFeedbackError = QLabel(self.scrollContents)
        self.mentorFeedbackError.setObjectName(u"mentorFeedbackError")
        self.mentorFeedbackError.setWordWrap(True)

        self.mentorFeedbackField.addWidget(self.mentorFeedbackError)


        self.opennessForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.mentorFeedbackField)

        self.menteeFeedbackLabel = QLabel(self.scrollContents)
        self.menteeFeedbackLabel.setObjectName(u"menteeFeedbackLabel")
        self.menteeFeedbackLabel.setWordWrap(False)

        self.opennessForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.menteeFeedbackLabel)

        self.menteeFeedbackField = QVBoxLayout()
        self.menteeFeedbackField.setSpacing(2)
        self.menteeFeedbackField.setObjectName(u"menteeFeedbackField")
        self.menteeFeedbackEdit = QLineEdit(self.scrollContents)
        self.menteeFeedbackEdit.setObjectName(u"menteeFeedbackEdit")

        self.menteeFeedbackField.addWidget(self.menteeFeedbackEdit)

        self.menteeFeedbackError = QLabel(self.scrollContents)
        self.menteeFeedbackError.setObjectName(u"menteeFeedbackError")
        self.menteeFeedbackError.setWordWrap(True)

        self.menteeFeedbackField.addWidget(self.menteeFeedbackError)


        self.opennessForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.menteeFeedbackField)

        self.groundRulesGroup = QGroupBox(self.scrollContents)
        self.groundRulesGroup.setObjectName(u"groundRulesGroup")
        self.groundRulesLayout = QVBoxLayout(self.groundRulesGroup)
        self.groundRulesLayout.setObjectName(u"groundRulesLayout")
        self.groundRuleCheck_tactful = QCheckBox(self.groundRulesGroup)
        self.groundRuleCheck_tactful.setObjectName(u"groundRuleCheck_tactful")

        self.groundRulesLayout.addWidget(self.groundRuleCheck_tactful)

        self.groundRuleCheck_patient = QCheckBox(self.groundRulesGroup)
        self.groundRuleCheck_patient.setObjectName(u"groundRuleCheck_patient")

        self.groundRulesLayout.addWidget(self.groundRuleCheck_patient)

        self.groundRuleCheck_open_minded = QCheckBox(self.groundRulesGroup)
        self.groundRuleCheck_open_minded.setObjectName(u"groundRuleCheck_open_minded")

        self.groundRulesLayout.addWidget(self.groundRuleCheck_open_minded)

        self.groundRuleCheck_listen_actively = QCheckBox(self.groundRulesGroup)
        self.groundRuleCheck_listen_actively.setObjectName(u"groundRuleCheck_listen_actively")

        self.groundRulesLayout.addWidget(self.groundRuleCheck_listen_actively)

        self.groundRuleCheck_constructive_feedback = QCheckBox(self.groundRulesGroup)
        self.groundRuleCheck_constructive_feedback.setObjectName(u"groundRuleCheck_constructive_feedback")

        self.groundRulesLayout.addWidget(self.groundRuleCheck_constructive_feedback)

        self.groundRulesError = QLabel(self.groundRulesGroup)
        self.groundRulesError.setObjectName(u"groundRulesError")
        self.groundRulesError.setWordWrap(True)

        self.groundRulesLayout.addWidget(self.groundRulesError)


        self.opennessForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.groundRulesGroup)

        self.managerVisibilityLabel = QLabel(self.scrollContents)
        self.managerVisibilityLabel.setObjectName(u"managerVisibilityLabel")
        self.managerVisibilityLabel.setWordWrap(False)

        self.opennessForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.managerVisibilityLabel)

        self.managerVisibilityField = QVBoxLayout()
        self.managerVisibilityField.setSpacing(2)
        self.managerVisibilityField.setObjectName(u"managerVisibilityField")
        self.managerVisibilityEdit = QPlainTextEdit(self.scrollContents)
        self.managerVisibilityEdit.setObjectName(u"managerVisibilityEdit")
        self.managerVisibilityEdit.setTabChangesFocus(True)
        sizePolicy.setHeightForWidth(self.managerVisibilityEdit.sizePolicy().hasHeightForWidth())
        self.managerVisibilityEdit.setSizePolicy(sizePolicy)

        self.managerVisibilityField.addWidget(self.managerVisibilityEdit)

        self.managerVisibilityError = QLabel(self.scrollContents)
        self.managerVisibilityError.setObjectName(u"managerVisibilityError")
        self.managerVisibilityError.setWordWrap(True)

        self.managerVisibilityField.addWidget(self.managerVisibilityError)


        self.opennessForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.managerVisibilityField)

        self.externalRestrictionsLabel = QLabel(self.scrollContents)
        self.externalRestrictionsLabel.setObjectName(u"externalRestrictionsLabel")
        self.externalRestrictionsLabel.setWordWrap(False)

        self.opennessForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.externalRestrictionsLabel)

        self.externalRestrictionsField = QVBoxLayout()
        self.externalRestrictionsField.setSpacing(2)
        self.externalRestrictionsField.setObjectName(u"externalRestrictionsField")
        self.externalRestrictionsEdit = QPlainTextEdit(self.scrollContents)
        self.externalRestrictionsEdit.setObjectName(u"externalRestrictionsEdit")
        self.externalRestrictionsEdit.setTabChangesFocus(True)
        sizePolicy.setHeightForWidth(self.externalRestrictionsEdit.sizePolicy().hasHeightForWidth())
        self.externalRestrictionsEdit.setSizePolicy(sizePolicy)

        self.externalRestrictionsField.addWidget(self.externalRestrictionsEdit)

        self.externalRestrictionsError = QLabel(self.scrollContents)
        self.externalRestrictionsError.setObjectName(u"externalRestrictionsError")
        self.externalRestrictionsError.setWordWrap(True)

        self.externalRestrictionsField.addWidget(self.externalRestrictionsError)


        self.opennessForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.externalRestrictionsField)


        self.contentsLayout.addLayout(self.opennessForm)

        self.contentsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentsLayout.addItem(self.contentsSpacer)

        self.scrollArea.setWidget(self.scrollContents)

        self.pageLayout.addWidget(self.scrollArea)

        self.pageMessage = QLabel(opennessPage)
        self.pageMessage.setObjectName(u"pageMessage")
        self.pageMessage.setWordWrap(True)

        self.pageLayout.addWidget(self.pageMessage)

#if QT_CONFIG(shortcut)
        self.offLimitsLabel.setBuddy(self.offLimitsEdit)
        self.mentorFeedbackLabel.setBuddy(self.mentorFeedbackEdit)
        self.menteeFeedbackLabel.setBuddy(self.menteeFeedbackEdit)
        self.managerVisibilityLabel.setBuddy(self.managerVisibilityEdit)
        self.externalRestrictionsLabel.setBuddy(self.externalRestrictionsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.confidentialityCheck, self.offLimitsEdit)
        QWidget.setTabOrder(self.offLimitsEdit, self.mentorFeedbackEdit)
        QWidget.setTabOrder(self.mentorFeedbackEdit, self.menteeFeedbackEdit)
        QWidget.setTabOrder(self.menteeFeedbackEdit, self.groundRuleCheck_tactful)
        QWidget.setTabOrder(self.groundRuleCheck_tactful, self.groundRuleCheck_patient)
        QWidget.setTabOrder(self.groundRuleCheck_patient, self.groundRuleCheck_open_minded)
        QWidget.setTabOrder(self.groundRuleCheck_open_minded, self.groundRuleCheck_listen_actively)
        QWidget.setTabOrder(self.groundRuleCheck_listen_actively, self.groundRuleCheck_constructive_feedback)
        QWidget.setTabOrder(self.groundRuleCheck_constructive_feedback, self.managerVisibilityEdit)
        QWidget.setTabOrder(self.managerVisibilityEdit, self.externalRestrictionsEdit)

        self.retranslateUi(opennessPage)

        QMetaObject.connectSlotsByName(opennessPage)
    # setupUi

    def retranslateUi(self, opennessPage):
        opennessPage.setTitle(QCoreApplication.translate("WizardOpennessPage", u"Step 4 of 5: Openness", None))
        self.guidanceLabel.setText(QCoreApplication.translate("WizardOpennessPage", u"<b>Honest conversations need a safe space.</b> A junior colleague may hesitate to give feedback upward, and a senior one may need a moment before taking it. Agree what stays between you, what you will not discuss and how each of you prefers to hear feedback. Both partners accept the ground rules below: they are what makes candid, respectful conversations possible.", None))
        self.confidentialityCheck.setText(QCoreApplication.translate("WizardOpennessPage", u"&What we say to each other stays between us (required)", None))
        self.confidentialityError.setText("")
        self.offLimitsLabel.setText(QCoreApplication.translate("WizardOpennessPage", u"Topics that are &off limits:", None))
        self.offLimitsEdit.setPlaceholderText(QCoreApplication.translate("WizardOpennessPage", u"e.g. pay and promotions of named colleagues", None))
        self.offLimitsError.setText("")
        self.mentorFeedbackLabel.setText(QCoreApplication.translate("WizardOpennessPage", u"How the reverse mentor likes &feedback:", None))
        self.mentorFeedbackEdit.setPlaceholderText(QCoreApplication.translate("WizardOpennessPage", u"e.g. straight away, in private", None))
        self.mentorFeedbackError.setText("")
        self.menteeFeedbackLabel.setText(QCoreApplication.translate("WizardOpennessPage", u"How the mentee likes feedbac&k:", None))
        self.menteeFeedbackEdit.setPlaceholderText(QCoreApplication.translate("WizardOpennessPage", u"e.g. written down, to think about first", None))
        self.menteeFeedbackError.setText("")
        self.groundRulesGroup.setTitle(QCoreApplication.translate("WizardOpennessPage", u"Ground rules we both accept", None))
        self.groundRuleCheck_tactful.setText(QCoreApplication.translate("WizardOpennessPage", u"tactful", None))
        self.groundRuleCheck_patient.setText(QCoreApplication.translate("WizardOpennessPage", u"patient", None))
        self.groundRuleCheck_open_minded.setText(QCoreApplication.translate("WizardOpennessPage", u"open_minded", None))
        self.groundRuleCheck_listen_actively.setText(QCoreApplication.translate("WizardOpennessPage", u"listen_actively", None))
        self.groundRuleCheck_constructive_feedback.setText(QCoreApplication.translate("WizardOpennessPage", u"constructive_feedback", None))
        self.groundRulesError.setText("")
        self.managerVisibilityLabel.setText(QCoreApplication.translate("WizardOpennessPage", u"What &managers may see:", None))
        self.managerVisibilityEdit.setPlaceholderText(QCoreApplication.translate("WizardOpennessPage", u"e.g. the goals, the meeting dates and progress, never our notes", None))
        self.managerVisibilityError.setText("")
        self.externalRestrictionsLabel.setText(QCoreApplication.translate("WizardOpennessPage", u"What the e&xternal partner must not be told:", None))
        self.externalRestrictionsEdit.setPlaceholderText(QCoreApplication.translate("WizardOpennessPage", u"e.g. customer data, unannounced plans, anything marked confidential", None))
        self.externalRestrictionsError.setText("")
        self.pageMessage.setText("")
    # retranslateUi

