# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checkin_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QFrame, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QPlainTextEdit, QRadioButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSpinBox, QTabWidget,
    QVBoxLayout, QWidget)

class Ui_CheckInDialog(object):
    def setupUi(self, checkInDialog):
        if not checkInDialog.objectName():
            checkInDialog.setObjectName(u"checkInDialog")
        checkInDialog.resize(1000, 720)
        self.dialogLayout = QVBoxLayout(checkInDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerLabel = QLabel(checkInDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setWordWrap(True)
        self.headerLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.headerLabel)

        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.meetingGroup = QGroupBox(checkInDialog)
        self.meetingGroup.setObjectName(u"meetingGroup")
        self.meetingForm = QFormLayout(self.meetingGroup)
        self.meetingForm.setObjectName(u"meetingForm")
        self.meetingForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kindLabel = QLabel(self.meetingGroup)
        self.kindLabel.setObjectName(u"kindLabel")

        self.meetingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.meetingGroup)
        self.kindCombo.setObjectName(u"kindCombo")

        self.meetingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.kindHint = QLabel(self.meetingGroup)
        self.kindHint.setObjectName(u"kindHint")
        self.kindHint.setWordWrap(True)

        self.meetingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindHint)

        self.dateLabel = QLabel(self.meetingGroup)
        self.dateLabel.setObjectName(u"dateLabel")

        self.meetingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(self.meetingGroup)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.meetingForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.dateError = QLabel(self.meetingGroup)
        self.dateError.setObjectName(u"dateError")
        self.dateError.setWordWrap(True)

        self.meetingForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dateError)

        self.heldLabel = QLabel(self.meetingGroup)
        self.heldLabel.setObjectName(u"heldLabel")

        self.meetingForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.heldLabel)

        self.heldRow = QHBoxLayout()
        self.heldRow.setObjectName(u"heldRow")
        self.heldRadio = QRadioButton(self.meetingGroup)
        self.heldRadio.setObjectName(u"heldRadio")
        self.heldRadio.setChecked(True)

        self.heldRow.addWidget(self.heldRadio)

        self.cancelledRadio = QRadioButton(self.meetingGroup)
        self.cancelledRadio.setObjectName(u"cancelledRadio")

        self.heldRow.addWidget(self.cancelledRadio)

        self.heldSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.heldRow.addItem(self.heldSpacer)


        self.meetingForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.heldRow)

        self.durationLabel = QLabel(self.meetingGroup)
        self.durationLabel.setObjectName(u"durationLabel")

        self.meetingForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.durationLabel)

        self.durationSpin = QSpinBox(self.meetingGroup)
        self.durationSpin.setObjectName(u"durationSpin")
        self.durationSpin.setMaximum(600)
        self.durationSpin.setSingleStep(15)

        self.meetingForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.durationSpin)

        self.durationError = QLabel(self.meetingGroup)
        self.durationError.setObjectName(u"durationError")
        self.durationError.setWordWrap(True)

        self.meetingForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.durationError)

        self.verdictLabel = QLabel(self.meetingGroup)
        self.verdictLabel.setObjectName(u"verdictLabel")

        self.meetingForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.verdictLabel)

        self.verdictCombo = QComboBox(self.meetingGroup)
        self.verdictCombo.setObjectName(u"verdictCombo")

        self.meetingForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.verdictCombo)

        self.verdictError = QLabel(self.meetingGroup)
        self.verdictError.setObjectName(u"verdictError")
        self.verdictError.setWordWrap(True)

        self.meetingForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.verdictError)

        self.ratingsIntro = QLabel(self.meetingGroup)
        self.ratingsIntro.setObjectName(u"ratingsIntro")
        self.ratingsIntro.setWordWrap(True)

        self.meetingForm.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.ratingsIntro)

        self.mentorRatingLabel = QLabel(self.meetingGroup)
        self.mentorRatingLabel.setObjectName(u"mentorRatingLabel")

        self.meetingForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.mentorRatingLabel)

        self.mentorRatingCombo = QComboBox(self.meetingGroup)
        self.mentorRatingCombo.setObjectName(u"mentorRatingCombo")

        self.meetingForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.mentorRatingCombo)

        self.menteeRatingLabel = QLabel(self.meetingGroup)
        self.menteeRatingLabel.setObjectName(u"menteeRatingLabel")

        self.meetingForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.menteeRatingLabel)

        self.menteeRatingCombo = QComboBox(self.meetingGroup)
        self.menteeRatingCombo.setObjectName(u"menteeRatingCombo")

        self.meetingForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.menteeRatingCombo)

        self.ratingError = QLabel(self.meetingGroup)
        self.ratingError.setObjectName(u"ratingError")
        self.ratingError.setWordWrap(True)

        self.meetingForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.ratingError)

        self.nextMeetingCheck = QCheckBox(self.meetingGroup)
        self.nextMeetingCheck.setObjectName(u"nextMeetingCheck")

        self.meetingForm.setWidget(13, QFormLayout.ItemRole.LabelRole, self.nextMeetingCheck)

        self.nextMeetingEdit = QDateEdit(self.meetingGroup)
        self.nextMeetingEdit.setObjectName(u"nextMeetingEdit")
        self.nextMeetingEdit.setCalendarPopup(True)

        self.meetingForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.nextMeetingEdit)

        self.nextMeetingError = QLabel(self.meetingGroup)
        self.nextMeetingError.setObjectName(u"nextMeetingError")
        self.nextMeetingError.setWordWrap(True)

        self.meetingForm.setWidget(14, QFormLayout.ItemRole.FieldRole, self.nextMeetingError)


        self.topRow.addWidget(self.meetingGroup)

        self.reviewTabs = QTabWidget(checkInDialog)
        self.reviewTabs.setObjectName(u"reviewTabs")
        self.goalsGroup = QWidget()
        self.goalsGroup.setObjectName(u"goalsGroup")
        self.goalsLayout = QVBoxLayout(self.goalsGroup)
        self.goalsLayout.setObjectName(u"goalsLayout")
        self.goalsIntro = QLabel(self.goalsGroup)
        self.goalsIntro.setObjectName(u"goalsIntro")
        self.goalsIntro.setWordWrap(True)

        self.goalsLayout.addWidget(self.goalsIntro)

        self.goalsArea = QScrollArea(self.goalsGroup)
        self.goalsArea.setObjectName(u"goalsArea")
        self.goalsArea.setFrameShape(QFrame.Shape.NoFrame)
        self.goalsArea.setWidgetResizable(True)
        self.goalsContainer = QWidget()
        self.goalsContainer.setObjectName(u"goalsContainer")
        self.goalsGrid = QGridLayout(self.goalsContainer)
        self.goalsGrid.setObjectName(u"goalsGrid")
        self.goalsGrid.setContentsMargins(0, 0, 0, 0)
        self.goalsArea.setWidget(self.goalsContainer)

        self.goalsLayout.addWidget(self.goalsArea)

        self.goalsError = QLabel(self.goalsGroup)
        self.goalsError.setObjectName(u"goalsError")
        self.goalsError.setWordWrap(True)

        self.goalsLayout.addWidget(self.goalsError)

        self.reviewTabs.addTab(self.goalsGroup, "")
        self.selfAssessmentTab = QWidget()
        self.selfAssessmentTab.setObjectName(u"selfAssessmentTab")
        self.selfAssessmentTabLayout = QVBoxLayout(self.selfAssessmentTab)
        self.selfAssessmentTabLayout.setObjectName(u"selfAssessmentTabLayout")
        self.selfAssessmentIntro = QLabel(self.selfAssessmentTab)
        self.selfAssessmentIntro.setObjectName(u"selfAssessmentIntro")
        self.selfAssessmentIntro.setWordWrap(True)

        self.selfAssessmentTabLayout.addWidget(self.selfAssessmentIntro)

        self.selfAssessmentArea = QScrollArea(self.selfAssessmentTab)
        self.selfAssessmentArea.setObjectName(u"selfAssessmentArea")
        self.selfAssessmentArea.setFrameShape(QFrame.Shape.NoFrame)
        self.selfAssessmentArea.setWidgetResizable(True)
        self.selfAssessmentContainer = QWidget()
        self.selfAssessmentContainer.setObjectName(u"selfAssessmentContainer")
        self.selfAssessmentLayout = QVBoxLayout(self.selfAssessmentContainer)
        self.selfAssessmentLayout.setObjectName(u"selfAssessmentLayout")
        self.selfAssessmentLayout.setContentsMargins(0, 0, 0, 0)
        self.selfAssessmentArea.setWidget(self.selfAssessmentContainer)

        self.selfAssessmentTabLayout.addWidget(self.selfAssessmentArea)

        self.reviewTabs.addTab(self.selfAssessmentTab, "")

        self.topRow.addWidget(self.reviewTabs)

        self.topRow.setStretch(0, 5)
        self.topRow.setStretch(1, 6)

        self.dialogLayout.addLayout(self.topRow)

        self.notesGrid = QGridLayout()
        self.notesGrid.setObjectName(u"notesGrid")
        self.summaryLabel = QLabel(checkInDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.notesGrid.addWidget(self.summaryLabel, 0, 0, 1, 1)

        self.summaryHint = QLabel(checkInDialog)
        self.summaryHint.setObjectName(u"summaryHint")
        self.summaryHint.setWordWrap(True)
        self.summaryHint.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.notesGrid.addWidget(self.summaryHint, 1, 0, 1, 1)

        self.summaryEdit = QPlainTextEdit(checkInDialog)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setTabChangesFocus(True)

        self.notesGrid.addWidget(self.summaryEdit, 2, 0, 1, 1)

        self.nextStepsLabel = QLabel(checkInDialog)
        self.nextStepsLabel.setObjectName(u"nextStepsLabel")

        self.notesGrid.addWidget(self.nextStepsLabel, 0, 1, 1, 1)

        self.nextStepsHint = QLabel(checkInDialog)
        self.nextStepsHint.setObjectName(u"nextStepsHint")
        self.nextStepsHint.setWordWrap(True)
        self.nextStepsHint.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.notesGrid.addWidget(self.nextStepsHint, 1, 1, 1, 1)

        self.nextStepsEdit = QPlainTextEdit(checkInDialog)
        self.nextStepsEdit.setObjectName(u"nextStepsEdit")
        self.nextStepsEdit.setTabChangesFocus(True)

        self.notesGrid.addWidget(self.nextStepsEdit, 2, 1, 1, 1)

        self.privateNotesLabel = QLabel(checkInDialog)
        self.privateNotesLabel.setObjectName(u"privateNotesLabel")

        self.notesGrid.addWidget(self.privateNotesLabel, 0, 2, 1, 1)

        self.privateNotesHint = QLabel(checkInDialog)
        self.privateNotesHint.setObjectName(u"privateNotesHint")
        self.privateNotesHint.setWordWrap(True)
        self.privateNotesHint.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.notesGrid.addWidget(self.privateNotesHint, 1, 2, 1, 1)

        self.privateNotesEdit = QPlainTextEdit(checkInDialog)
        self.privateNotesEdit.setObjectName(u"privateNotesEdit")
        self.privateNotesEdit.setTabChangesFocus(True)

        self.notesGrid.addWidget(self.privateNotesEdit, 2, 2, 1, 1)


        self.dialogLayout.addLayout(self.notesGrid)

        self.formError = QLabel(checkInDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(checkInDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.durationLabel.setBuddy(self.durationSpin)
        self.verdictLabel.setBuddy(self.verdictCombo)
        self.mentorRatingLabel.setBuddy(self.mentorRatingCombo)
        self.menteeRatingLabel.setBuddy(self.menteeRatingCombo)
        self.summaryLabel.setBuddy(self.summaryEdit)
        self.nextStepsLabel.setBuddy(self.nextStepsEdit)
        self.privateNotesLabel.setBuddy(self.privateNotesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.heldRadio)
        QWidget.setTabOrder(self.heldRadio, self.cancelledRadio)
        QWidget.setTabOrder(self.cancelledRadio, self.durationSpin)
        QWidget.setTabOrder(self.durationSpin, self.verdictCombo)
        QWidget.setTabOrder(self.verdictCombo, self.mentorRatingCombo)
        QWidget.setTabOrder(self.mentorRatingCombo, self.menteeRatingCombo)
        QWidget.setTabOrder(self.menteeRatingCombo, self.nextMeetingCheck)
        QWidget.setTabOrder(self.nextMeetingCheck, self.nextMeetingEdit)
        QWidget.setTabOrder(self.nextMeetingEdit, self.summaryEdit)
        QWidget.setTabOrder(self.summaryEdit, self.nextStepsEdit)
        QWidget.setTabOrder(self.nextStepsEdit, self.privateNotesEdit)
        QWidget.setTabOrder(self.privateNotesEdit, self.buttonBox)

        self.retranslateUi(checkInDialog)

        self.reviewTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(checkInDialog)
    # setupUi

    def retranslateUi(self, checkInDialog):
        checkInDialog.setWindowTitle(QCoreApplication.translate("CheckInDialog", u"Log a check-in", None))
        self.headerLabel.setText("")
        self.meetingGroup.setTitle(QCoreApplication.translate("CheckInDialog", u"The meeting", None))
        self.kindLabel.setText(QCoreApplication.translate("CheckInDialog", u"&Kind:", None))
        self.kindHint.setText("")
        self.dateLabel.setText(QCoreApplication.translate("CheckInDialog", u"&Date:", None))
#if QT_CONFIG(tooltip)
        self.dateEdit.setToolTip(QCoreApplication.translate("CheckInDialog", u"The day the meeting took place (or was due, when it was cancelled)", None))
#endif // QT_CONFIG(tooltip)
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("CheckInDialog", u"d MMM yyyy", None))
        self.dateError.setText("")
        self.heldLabel.setText(QCoreApplication.translate("CheckInDialog", u"It was:", None))
        self.heldRadio.setText(QCoreApplication.translate("CheckInDialog", u"&Held", None))
#if QT_CONFIG(tooltip)
        self.cancelledRadio.setToolTip(QCoreApplication.translate("CheckInDialog", u"A cancelled meeting has no length, ratings or goal progress", None))
#endif // QT_CONFIG(tooltip)
        self.cancelledRadio.setText(QCoreApplication.translate("CheckInDialog", u"Ca&ncelled", None))
        self.durationLabel.setText(QCoreApplication.translate("CheckInDialog", u"&Length:", None))
#if QT_CONFIG(tooltip)
        self.durationSpin.setToolTip(QCoreApplication.translate("CheckInDialog", u"How long the meeting lasted, in minutes", None))
#endif // QT_CONFIG(tooltip)
        self.durationSpin.setSpecialValueText(QCoreApplication.translate("CheckInDialog", u"not recorded", None))
        self.durationSpin.setSuffix(QCoreApplication.translate("CheckInDialog", u" min", None))
        self.durationError.setText("")
        self.verdictLabel.setText(QCoreApplication.translate("CheckInDialog", u"&Fit verdict:", None))
#if QT_CONFIG(tooltip)
        self.verdictCombo.setToolTip(QCoreApplication.translate("CheckInDialog", u"After the first session: do both want to carry on together?", None))
#endif // QT_CONFIG(tooltip)
        self.verdictError.setText("")
        self.ratingsIntro.setText(QCoreApplication.translate("CheckInDialog", u"How each partner rated the meeting (1 = poor, 5 = excellent):", None))
        self.mentorRatingLabel.setText(QCoreApplication.translate("CheckInDialog", u"Re&verse mentor:", None))
        self.menteeRatingLabel.setText(QCoreApplication.translate("CheckInDialog", u"M&entee:", None))
        self.ratingError.setText("")
#if QT_CONFIG(tooltip)
        self.nextMeetingCheck.setToolTip(QCoreApplication.translate("CheckInDialog", u"Tick when the partners have agreed when they meet next", None))
#endif // QT_CONFIG(tooltip)
        self.nextMeetingCheck.setText(QCoreApplication.translate("CheckInDialog", u"Ne&xt meeting:", None))
#if QT_CONFIG(accessibility)
        self.nextMeetingEdit.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Next meeting date", None))
#endif // QT_CONFIG(accessibility)
        self.nextMeetingEdit.setDisplayFormat(QCoreApplication.translate("CheckInDialog", u"d MMM yyyy", None))
        self.nextMeetingError.setText("")
        self.goalsIntro.setText(QCoreApplication.translate("CheckInDialog", u"Where each goal stands after this meeting; 100 % marks it achieved.", None))
        self.goalsError.setText("")
        self.reviewTabs.setTabText(self.reviewTabs.indexOf(self.goalsGroup), QCoreApplication.translate("CheckInDialog", u"Goal progress", None))
        self.selfAssessmentIntro.setText(QCoreApplication.translate("CheckInDialog", u"Each partner's own level now in the skills they learn, from 1 (new to it) to 5 (could teach it).", None))
        self.reviewTabs.setTabText(self.reviewTabs.indexOf(self.selfAssessmentTab), QCoreApplication.translate("CheckInDialog", u"Self-assessment", None))
        self.summaryLabel.setText(QCoreApplication.translate("CheckInDialog", u"Shareable &summary", None))
        self.summaryHint.setText(QCoreApplication.translate("CheckInDialog", u"May be shown to managers in progress reports: write only what both partners are happy for them to read.", None))
#if QT_CONFIG(accessibility)
        self.summaryEdit.setAccessibleDescription(QCoreApplication.translate("CheckInDialog", u"May be shown to managers in progress reports", None))
#endif // QT_CONFIG(accessibility)
        self.summaryEdit.setPlaceholderText(QCoreApplication.translate("CheckInDialog", u"e.g. Drafted the first article together; walked through the budget calendar", None))
        self.nextStepsLabel.setText(QCoreApplication.translate("CheckInDialog", u"Next s&teps", None))
        self.nextStepsHint.setText(QCoreApplication.translate("CheckInDialog", u"What each partner will do before the next meeting.", None))
        self.nextStepsEdit.setPlaceholderText(QCoreApplication.translate("CheckInDialog", u"e.g. Publish the article; read the budget guidelines", None))
        self.privateNotesLabel.setText(QCoreApplication.translate("CheckInDialog", u"&Private notes", None))
        self.privateNotesHint.setText(QCoreApplication.translate("CheckInDialog", u"Private: they stay in RevMentor and never appear in any report or export.", None))
#if QT_CONFIG(accessibility)
        self.privateNotesEdit.setAccessibleDescription(QCoreApplication.translate("CheckInDialog", u"Private: never in any report or export", None))
#endif // QT_CONFIG(accessibility)
        self.privateNotesEdit.setPlaceholderText(QCoreApplication.translate("CheckInDialog", u"Anything that must not leave this computer", None))
        self.formError.setText("")
    # retranslateUi

