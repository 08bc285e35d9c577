# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'closure_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QFrame, QGroupBox,
    QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ClosureDialog(object):
    def setupUi(self, closureDialog):
        if not closureDialog.objectName():
            closureDialog.setObjectName(u"closureDialog")
        closureDialog.resize(900, 600)
        self.dialogLayout = QVBoxLayout(closureDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerLabel = QLabel(closureDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setWordWrap(True)
        self.headerLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.headerLabel)

        self.introLabel = QLabel(closureDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.partnersRow = QHBoxLayout()
        self.partnersRow.setObjectName(u"partnersRow")
        self.menteeGroup = QGroupBox(closureDialog)
        self.menteeGroup.setObjectName(u"menteeGroup")
        self.menteeLayout = QVBoxLayout(self.menteeGroup)
        self.menteeLayout.setObjectName(u"menteeLayout")
        self.menteeLearntLabel = QLabel(self.menteeGroup)
        self.menteeLearntLabel.setObjectName(u"menteeLearntLabel")

        self.menteeLayout.addWidget(self.menteeLearntLabel)

        self.menteeLearntEdit = QPlainTextEdit(self.menteeGroup)
        self.menteeLearntEdit.setObjectName(u"menteeLearntEdit")
        self.menteeLearntEdit.setTabChangesFocus(True)

        self.menteeLayout.addWidget(self.menteeLearntEdit)

        self.menteeForm = QFormLayout()
        self.menteeForm.setObjectName(u"menteeForm")
        self.menteeRecommendLabel = QLabel(self.menteeGroup)
        self.menteeRecommendLabel.setObjectName(u"menteeRecommendLabel")
        self.menteeRecommendLabel.setWordWrap(True)

        self.menteeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.menteeRecommendLabel)

        self.menteeRecommendCombo = QComboBox(self.menteeGroup)
        self.menteeRecommendCombo.setObjectName(u"menteeRecommendCombo")

        self.menteeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.menteeRecommendCombo)

        self.menteeAgainLabel = QLabel(self.menteeGroup)
        self.menteeAgainLabel.setObjectName(u"menteeAgainLabel")

        self.menteeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.menteeAgainLabel)

        self.menteeAgainCombo = QComboBox(self.menteeGroup)
        self.menteeAgainCombo.setObjectName(u"menteeAgainCombo")

        self.menteeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.menteeAgainCombo)


        self.menteeLayout.addLayout(self.menteeForm)

        self.menteeError = QLabel(self.menteeGroup)
        self.menteeError.setObjectName(u"menteeError")
        self.menteeError.setWordWrap(True)

        self.menteeLayout.addWidget(self.menteeError)

        self.menteeAssessmentLabel = QLabel(self.menteeGroup)
        self.menteeAssessmentLabel.setObjectName(u"menteeAssessmentLabel")
        self.menteeAssessmentLabel.setTextFormat(Qt.TextFormat.RichText)

        self.menteeLayout.addWidget(self.menteeAssessmentLabel)

        self.menteeAssessmentArea = QScrollArea(self.menteeGroup)
        self.menteeAssessmentArea.setObjectName(u"menteeAssessmentArea")
        self.menteeAssessmentArea.setFrameShape(QFrame.Shape.NoFrame)
        self.menteeAssessmentArea.setWidgetResizable(True)
        self.menteeAssessmentContainer = QWidget()
        self.menteeAssessmentContainer.setObjectName(u"menteeAssessmentContainer")
        self.menteeAssessmentLayout = QVBoxLayout(self.menteeAssessmentContainer)
        self.menteeAssessmentLayout.setObjectName(u"menteeAssessmentLayout")
        self.menteeAssessmentLayout.setContentsMargins(0, 0, 0, 0)
        self.menteeAssessmentArea.setWidget(self.menteeAssessmentContainer)

        self.menteeLayout.addWidget(self.menteeAssessmentArea)

        self.menteeLayout.setStretch(1, 2)
        self.menteeLayout.setStretch(5, 3)

        self.partnersRow.addWidget(self.menteeGroup)

        self.mentorGroup = QGroupBox(closureDialog)
        self.mentorGroup.setObjectName(u"mentorGroup")
        self.mentorLayout = QVBoxLayout(self.mentorGroup)
        self.mentorLayout.setObjectName(u"mentorLayout")
        self.mentorLearntLabel = QLabel(self.mentorGroup)
        self.mentorLearntLabel.setObjectName(u"mentorLearntLabel")

        self.mentorLayout.addWidget(self.mentorLearntLabel)

        self.mentorLearntEdit = QPlainTextEdit(self.mentorGroup)
        self.mentorLearntEdit.setObjectName(u"mentorLearntEdit")
        self.mentorLearntEdit.setTabChangesFocus(True)

        self.mentorLayout.addWidget(self.mentorLearntEdit)

        self.mentorForm = QFormLayout()
        self.mentorForm.setObjectName(u"mentorForm")
        self.mentorRecommendLabel = QLabel(self.mentorGroup)
        self.mentorRecommendLabel.setObjectName(u"mentorRecommendLabel")
        self.mentorRecommendLabel.setWordWrap(True)

        self.mentorForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.mentorRecommendLabel)

        self.mentorRecommendCombo = QComboBox(self.mentorGroup)
        self.mentorRecommendCombo.setObjectName(u"mentorRecommendCombo")

        self.mentorForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.mentorRecommendCombo)

        self.mentorAgainLabel = QLabel(self.mentorGroup)
        self.mentorAgainLabel.setObjectName(u"mentorAgainLabel")

        self.mentorForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.mentorAgainLabel)

        self.mentorAgainCombo = QComboBox(self.mentorGroup)
        self.mentorAgainCombo.setObjectName(u"mentorAgainCombo")

        self.mentorForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.mentorAgainCombo)


        self.mentorLayout.addLayout(self.mentorForm)

        self.mentorError = QLabel(self.mentorGroup)
        self.mentorError.setObjectName(u"mentorError")
        self.mentorError.setWordWrap(True)

        self.mentorLayout.addWidget(self.mentorError)

        self.mentorAssessmentLabel = QLabel(self.mentorGroup)
        self.mentorAssessmentLabel.setObjectName(u"mentorAssessmentLabel")
        self.mentorAssessmentLabel.setTextFormat(Qt.TextFormat.RichText)

        self.mentorLayout.addWidget(self.mentorAssessmentLabel)

        self.mentorAssessmentArea = QScrollArea(self.mentorGroup)
        self.mentorAssessmentArea.setObjectName(u"mentorAssessmentArea")
        self.mentorAssessmentArea.setFrameShape(QFrame.Shape.NoFrame)
        self.mentorAssessmentArea.setWidgetResizable(True)
        self.mentorAssessmentContainer = QWidget()
        self.mentorAssessmentContainer.setObjectName(u"mentorAssessmentContainer")
        self.mentorAssessmentLayout = QVBoxLayout(self.mentorAssessmentContainer)
        self.mentorAssessmentLayout.setObjectName(u"mentorAssessmentLayout")
        self.mentorAssessmentLayout.setContentsMargins(0, 0, 0, 0)
        self.mentorAssessmentArea.setWidget(self.mentorAssessmentContainer)

        self.mentorLayout.addWidget(self.mentorAssessmentArea)

        self.mentorLayout.setStretch(1, 2)
        self.mentorLayout.setStretch(5, 3)

        self.partnersRow.addWidget(self.mentorGroup)

        self.partnersRow.setStretch(0, 1)
        self.partnersRow.setStretch(1, 1)

        self.dialogLayout.addLayout(self.partnersRow)

        self.formError = QLabel(closureDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.certificatesButton = QPushButton(closureDialog)
        self.certificatesButton.setObjectName(u"certificatesButton")

        self.buttonRow.addWidget(self.certificatesButton)

        self.buttonBox = QDialogButtonBox(closureDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.buttonRow.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.menteeLearntLabel.setBuddy(self.menteeLearntEdit)
        self.menteeRecommendLabel.setBuddy(self.menteeRecommendCombo)
        self.menteeAgainLabel.setBuddy(self.menteeAgainCombo)
        self.mentorLearntLabel.setBuddy(self.mentorLearntEdit)
        self.mentorRecommendLabel.setBuddy(self.mentorRecommendCombo)
        self.mentorAgainLabel.setBuddy(self.mentorAgainCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(closureDialog)

        QMetaObject.connectSlotsByName(closureDialog)
    # setupUi

    def retranslateUi(self, closureDialog):
        closureDialog.setWindowTitle(QCoreApplication.translate("ClosureDialog", u"Closing conversation", None))
        self.headerLabel.setText("")
        self.introLabel.setText(QCoreApplication.translate("ClosureDialog", u"What each partner said as the partnership closed. Every answer is optional; the programme evaluation counts only those given.", None))
        self.menteeGroup.setTitle(QCoreApplication.translate("ClosureDialog", u"Mentee", None))
        self.menteeLearntLabel.setText(QCoreApplication.translate("ClosureDialog", u"What they &learnt", None))
        self.menteeLearntEdit.setPlaceholderText(QCoreApplication.translate("ClosureDialog", u"In their own words, e.g. how to read a departmental budget", None))
        self.menteeRecommendLabel.setText(QCoreApplication.translate("ClosureDialog", u"Would recommend the programme (0\u201310):", None))
        self.menteeAgainLabel.setText(QCoreApplication.translate("ClosureDialog", u"Would take part again:", None))
        self.menteeError.setText("")
        self.menteeAssessmentLabel.setText(QCoreApplication.translate("ClosureDialog", u"<b>Final self-assessment</b>", None))
        self.mentorGroup.setTitle(QCoreApplication.translate("ClosureDialog", u"Reverse mentor", None))
        self.mentorLearntLabel.setText(QCoreApplication.translate("ClosureDialog", u"What they &learnt", None))
        self.mentorLearntEdit.setPlaceholderText(QCoreApplication.translate("ClosureDialog", u"In their own words, e.g. how to read a departmental budget", None))
        self.mentorRecommendLabel.setText(QCoreApplication.translate("ClosureDialog", u"Would recommend the programme (0\u201310):", None))
        self.mentorAgainLabel.setText(QCoreApplication.translate("ClosureDialog", u"Would take part again:", None))
        self.mentorError.setText("")
        self.mentorAssessmentLabel.setText(QCoreApplication.translate("ClosureDialog", u"<b>Final self-assessment</b>", None))
        self.formError.setText("")
#if QT_CONFIG(tooltip)
        self.certificatesButton.setToolTip(QCoreApplication.translate("ClosureDialog", u"Save the answers, then a thank-you certificate PDF for each partner into a folder", None))
#endif // QT_CONFIG(tooltip)
        self.certificatesButton.setText(QCoreApplication.translate("ClosureDialog", u"&Thank-you certificates\u2026", None))
    # retranslateUi

