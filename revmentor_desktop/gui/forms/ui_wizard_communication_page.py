# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_communication_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QFrame, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget, QWizardPage)

class Ui_WizardCommunicationPage(object):
    def setupUi(self, communicationPage):
        if not communicationPage.objectName():
            communicationPage.setObjectName(u"communicationPage")
        self.pageLayout = QVBoxLayout(communicationPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.scrollArea = QScrollArea(communicationPage)
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

        self.channelsGroup = QGroupBox(self.scrollContents)
        self.channelsGroup.setObjectName(u"channelsGroup")
        self.channelsLayout = QVBoxLayout(self.channelsGroup)
        self.channelsLayout.setObjectName(u"channelsLayout")
        self.channelsGrid = QGridLayout()
        self.channelsGrid.setObjectName(u"channelsGrid")
        self.channelCheck_in_person = QCheckBox(self.channelsGroup)
        self.channelCheck_in_person.setObjectName(u"channelCheck_in_person")

        self.channelsGrid.addWidget(self.channelCheck_in_person, 0, 0, 1, 1)

        self.channelPrefs_in_person = QLabel(self.channelsGroup)
        self.channelPrefs_in_person.setObjectName(u"channelPrefs_in_person")
        self.channelPrefs_in_person.setWordWrap(True)

        self.channelsGrid.addWidget(self.channelPrefs_in_person, 0, 1, 1, 1)

        self.channelCheck_video = QCheckBox(self.channelsGroup)
        self.channelCheck_video.setObjectName(u"channelCheck_video")

        self.channelsGrid.addWidget(self.channelCheck_video, 1, 0, 1, 1)

        self.channelPrefs_video = QLabel(self.channelsGroup)
        self.channelPrefs_video.setObjectName(u"channelPrefs_video")
        self.channelPrefs_video.setWordWrap(True)

        self.channelsGrid.addWidget(self.channelPrefs_video, 1, 1, 1, 1)

        self.channelCheck_phone = QCheckBox(self.channelsGroup)
        self.channelCheck_phone.setObjectName(u"channelCheck_phone")

        self.channelsGrid.addWidget(self.channelCheck_phone, 2, 0, 1, 1)

        self.channelPrefs_phone = QLabel(self.channelsGroup)
        self.channelPrefs_phone.setObjectName(u"channelPrefs_phone")
        self.channelPrefs_phone.setWordWrap(True)

        self.channelsGrid.addWidget(self.channelPrefs_phone, 2, 1, 1, 1)

        self.channelCheck_email = QCheckBox(self.channelsGroup)
        self.channelCheck_email.setObjectName(u"channelCheck_email")

        self.channelsGrid.addWidget(self.channelCheck_email, 3, 0, 1, 1)

        self.channelPrefs_email = QLabel(self.channelsGroup)
        self.channelPrefs_email.setObjectName(u"channelPrefs_email")
        self.channelPrefs_email.setWordWrap(True)

        self.channelsGrid.addWidget(self.channelPrefs_email, 3, 1, 1, 1)

        self.channelCheck_messaging = QCheckBox(self.channelsGroup)
        self.channelCheck_messaging.setObjectName(u"channelCheck_messaging")

        self.channelsGrid.addWidget(self.channelCheck_messaging, 4, 0, 1, 1)

        self.channelPrefs_messaging = QLabel(self.channelsGroup)
        self.channelPrefs_messaging.setObjectName(u"channelPrefs_messaging")
        self.channelPrefs_messaging.setWordWrap(True)

        self.channelsGrid.addWidget(self.channelPrefs_messaging, 4, 1, 1, 1)

        self.channelsGrid.setColumnStretch(1, 1)

        self.channelsLayout.addLayout(self.channelsGrid)

        self.preferencesLabel = QLabel(self.channelsGroup)
        self.preferencesLabel.setObjectName(u"preferencesLabel")
        self.preferencesLabel.setWordWrap(True)
        self.preferencesLabel.setTextFormat(Qt.TextFormat.RichText)

        self.channelsLayout.addWidget(self.preferencesLabel)

        self.mismatchLabel = QLabel(self.channelsGroup)
        self.mismatchLabel.setObjectName(u"mismatchLabel")
        self.mismatchLabel.setWordWrap(True)

        self.channelsLayout.addWidget(self.mismatchLabel)

        self.channelsError = QLabel(self.channelsGroup)
        self.channelsError.setObjectName(u"channelsError")
        self.channelsError.setWordWrap(True)

        self.channelsLayout.addWidget(self.channelsError)


        self.contentsLayout.addWidget(self.channelsGroup)

        self.meetingForm = QFormLayout()
        self.meetingForm.setObjectName(u"meetingForm")
        self.meetingForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.intervalLabel = QLabel(self.scrollContents)
        self.intervalLabel.setObjectName(u"intervalLabel")
        self.intervalLabel.setWordWrap(False)

        self.meetingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.intervalLabel)

        self.meetingIntervalField = QVBoxLayout()
        self.meetingIntervalField.setSpacing(2)
        self.meetingIntervalField.setObjectName(u"meetingIntervalField")
        self.intervalRow = QHBoxLayout()
        self.intervalRow.setObjectName(u"intervalRow")
        self.intervalCombo = QComboBox(self.scrollContents)
        self.intervalCombo.setObjectName(u"intervalCombo")

        self.intervalRow.addWidget(self.intervalCombo)

        self.intervalSpin = QSpinBox(self.scrollContents)
        self.intervalSpin.setObjectName(u"intervalSpin")
        self.intervalSpin.setMinimum(1)
        self.intervalSpin.setMaximum(365)
        self.intervalSpin.setValue(14)

        self.intervalRow.addWidget(self.intervalSpin)

        self.intervalSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.intervalRow.addItem(self.intervalSpacer)


        self.meetingIntervalField.addLayout(self.intervalRow)

        self.meetingIntervalError = QLabel(self.scrollContents)
        self.meetingIntervalError.setObjectName(u"meetingIntervalError")
        self.meetingIntervalError.setWordWrap(True)

        self.meetingIntervalField.addWidget(self.meetingIntervalError)


        self.meetingForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.meetingIntervalField)

        self.minutesLabel = QLabel(self.scrollContents)
        self.minutesLabel.setObjectName(u"minutesLabel")
        self.minutesLabel.setWordWrap(False)

        self.meetingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.minutesLabel)

        self.meetingMinutesField = QVBoxLayout()
        self.meetingMinutesField.setSpacing(2)
        self.meetingMinutesField.setObjectName(u"meetingMinutesField")
        self.minutesSpin = QSpinBox(self.scrollContents)
        self.minutesSpin.setObjectName(u"minutesSpin")
        self.minutesSpin.setMaximum(480)
        self.minutesSpin.setSingleStep(15)

        self.meetingMinutesField.addWidget(self.minutesSpin)

        self.meetingMinutesError = QLabel(self.scrollContents)
        self.meetingMinutesError.setObjectName(u"meetingMinutesError")
        self.meetingMinutesError.setWordWrap(True)

        self.meetingMinutesField.addWidget(self.meetingMinutesError)


        self.meetingForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.meetingMinutesField)

        self.placeLabel = QLabel(self.scrollContents)
        self.placeLabel.setObjectName(u"placeLabel")
        self.placeLabel.setWordWrap(False)

        self.meetingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.meetingPlaceField = QVBoxLayout()
        self.meetingPlaceField.setSpacing(2)
        self.meetingPlaceField.setObjectName(u"meetingPlaceField")
        self.meetingPlaceEdit = QLineEdit(self.scrollContents)
        self.meetingPlaceEdit.setObjectName(u"meetingPlaceEdit")

        self.meetingPlaceField.addWidget(self.meetingPlaceEdit)

        self.meetingPlaceError = QLabel(self.scrollContents)
        self.meetingPlaceError.setObjectName(u"meetingPlaceError")
        self.meetingPlaceError.setWordWrap(True)

        self.meetingPlaceField.addWidget(self.meetingPlaceError)


        self.meetingForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.meetingPlaceField)

        self.timesLabel = QLabel(self.scrollContents)
        self.timesLabel.setObjectName(u"timesLabel")
        self.timesLabel.setWordWrap(False)

        self.meetingForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.timesLabel)

        self.preferredTimesField = QVBoxLayout()
        self.preferredTimesField.setSpacing(2)
        self.preferredTimesField.setObjectName(u"preferredTimesField")
        self.preferredTimesEdit = QLineEdit(self.scrollContents)
        self.preferredTimesEdit.setObjectName(u"preferredTimesEdit")

        self.preferredTimesField.addWidget(self.preferredTimesEdit)

        self.preferredTimesError = QLabel(self.scrollContents)
        self.preferredTimesError.setObjectName(u"preferredTimesError")
        self.preferredTimesError.setWordWrap(True)

        self.preferredTimesField.addWidget(self.preferredTimesError)


        self.meetingForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.preferredTimesField)

        self.agendaLabel = QLabel(self.scrollContents)
        self.agendaLabel.setObjectName(u"agendaLabel")
        self.agendaLabel.setWordWrap(False)

        self.meetingForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.agendaLabel)

        self.agendaOwnerField = QVBoxLayout()
        self.agendaOwnerField.setSpacing(2)
        self.agendaOwnerField.setObjectName(u"agendaOwnerField")
        self.agendaOwnerCombo = QComboBox(self.scrollContents)
        self.agendaOwnerCombo.setObjectName(u"agendaOwnerCombo")

        self.agendaOwnerField.addWidget(self.agendaOwnerCombo)

        self.agendaOwnerError = QLabel(self.scrollContents)
        self.agendaOwnerError.setObjectName(u"agendaOwnerError")
        self.agendaOwnerError.setWordWrap(True)

        self.agendaOwnerField.addWidget(self.agendaOwnerError)


        self.meetingForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.agendaOwnerField)

        self.cancellationLabel = QLabel(self.scrollContents)
        self.cancellationLabel.setObjectName(u"cancellationLabel")
        self.cancellationLabel.setWordWrap(False)

        self.meetingForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.cancellationLabel)

        self.cancellationRuleField = QVBoxLayout()
        self.cancellationRuleField.setSpacing(2)
        self.cancellationRuleField.setObjectName(u"cancellationRuleField")
        self.cancellationRuleEdit = QPlainTextEdit(self.scrollContents)
        self.cancellationRuleEdit.setObjectName(u"cancellationRuleEdit")
        self.cancellationRuleEdit.setTabChangesFocus(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.cancellationRuleEdit.sizePolicy().hasHeightForWidth())
        self.cancellationRuleEdit.setSizePolicy(sizePolicy)

        self.cancellationRuleField.addWidget(self.cancellationRuleEdit)

        self.cancellationRuleError = QLabel(self.scrollContents)
        self.cancellationRuleError.setObjectName(u"cancellationRuleError")
        self.cancellationRuleError.setWordWrap(True)

        self.cancellationRuleField.addWidget(self.cancellationRuleError)


        self.meetingForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.cancellationRuleField)

        self.replyLabel = QLabel(self.scrollContents)
        self.replyLabel.setObjectName(u"replyLabel")
        self.replyLabel.setWordWrap(False)

        self.meetingForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.replyLabel)

        self.replyTimeField = QVBoxLayout()
        self.replyTimeField.setSpacing(2)
        self.replyTimeField.setObjectName(u"replyTimeField")
        self.replyTimeEdit = QLineEdit(self.scrollContents)
        self.replyTimeEdit.setObjectName(u"replyTimeEdit")

        self.replyTimeField.addWidget(self.replyTimeEdit)

        self.replyTimeError = QLabel(self.scrollContents)
        self.replyTimeError.setObjectName(u"replyTimeError")
        self.replyTimeError.setWordWrap(True)

        self.replyTimeField.addWidget(self.replyTimeError)


        self.meetingForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.replyTimeField)


        self.contentsLayout.addLayout(self.meetingForm)

        self.exportRow = QHBoxLayout()
        self.exportRow.setObjectName(u"exportRow")
        self.exportIcsButton = QPushButton(self.scrollContents)
        self.exportIcsButton.setObjectName(u"exportIcsButton")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.exportIcsButton.sizePolicy().hasHeightForWidth())
        self.exportIcsButton.setSizePolicy(sizePolicy1)

        self.exportRow.addWidget(self.exportIcsButton)

        self.exportHint = QLabel(self.scrollContents)
        self.exportHint.setObjectName(u"exportHint")
        self.exportHint.setWordWrap(True)

        self.exportRow.addWidget(self.exportHint)


        self.contentsLayout.addLayout(self.exportRow)

        self.contentsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentsLayout.addItem(self.contentsSpacer)

        self.scrollArea.setWidget(self.scrollContents)

        self.pageLayout.addWidget(self.scrollArea)

        self.pageMessage = QLabel(communicationPage)
        self.pageMessage.setObjectName(u"pageMessage")
        self.pageMessage.setWordWrap(True)

        self.pageLayout.addWidget(self.pageMessage)

#if QT_CONFIG(shortcut)
        self.intervalLabel.setBuddy(self.intervalCombo)
        self.minutesLabel.setBuddy(self.minutesSpin)
        self.placeLabel.setBuddy(self.meetingPlaceEdit)
        self.timesLabel.setBuddy(self.preferredTimesEdit)
        self.agendaLabel.setBuddy(self.agendaOwnerCombo)
        self.cancellationLabel.setBuddy(self.cancellationRuleEdit)
        self.replyLabel.setBuddy(self.replyTimeEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.channelCheck_in_person, self.channelCheck_video)
        QWidget.setTabOrder(self.channelCheck_video, self.channelCheck_phone)
        QWidget.setTabOrder(self.channelCheck_phone, self.channelCheck_email)
        QWidget.setTabOrder(self.channelCheck_email, self.channelCheck_messaging)
        QWidget.setTabOrder(self.channelCheck_messaging, self.intervalCombo)
        QWidget.setTabOrder(self.intervalCombo, self.intervalSpin)
        QWidget.setTabOrder(self.intervalSpin, self.minutesSpin)
        QWidget.setTabOrder(self.minutesSpin, self.meetingPlaceEdit)
        QWidget.setTabOrder(self.meetingPlaceEdit, self.preferredTimesEdit)
        QWidget.setTabOrder(self.preferredTimesEdit, self.agendaOwnerCombo)
        QWidget.setTabOrder(self.agendaOwnerCombo, self.cancellationRuleEdit)
        QWidget.setTabOrder(self.cancellationRuleEdit, self.replyTimeEdit)
        QWidget.setTabOrder(self.replyTimeEdit, self.exportIcsButton)

        self.retranslateUi(communicationPage)

        QMetaObject.connectSlotsByName(communicationPage)
    # setupUi

    def retranslateUi(self, communicationPage):
        communicationPage.setTitle(QCoreApplication.translate("WizardCommunicationPage", u"Step 3 of 5: Communication", None))
        self.guidanceLabel.setText(QCoreApplication.translate("WizardCommunicationPage", u"<b>Meet the way that works for both of you.</b> Some people answer a message in minutes; others would rather talk things through on a call or over a coffee. Choose channels you are both comfortable with and a rhythm you can keep when diaries fill up: a regular hour every couple of weeks does more than long meetings that keep being moved. Say who prepares the agenda and how to cancel, so nobody is left waiting.", None))
        self.channelsGroup.setTitle(QCoreApplication.translate("WizardCommunicationPage", u"Ways to keep in touch", None))
        self.channelCheck_in_person.setText(QCoreApplication.translate("WizardCommunicationPage", u"in_person", None))
        self.channelPrefs_in_person.setText("")
        self.channelCheck_video.setText(QCoreApplication.translate("WizardCommunicationPage", u"video", None))
        self.channelPrefs_video.setText("")
        self.channelCheck_phone.setText(QCoreApplication.translate("WizardCommunicationPage", u"phone", None))
        self.channelPrefs_phone.setText("")
        self.channelCheck_email.setText(QCoreApplication.translate("WizardCommunicationPage", u"email", None))
        self.channelPrefs_email.setText("")
        self.channelCheck_messaging.setText(QCoreApplication.translate("WizardCommunicationPage", u"messaging", None))
        self.channelPrefs_messaging.setText("")
        self.preferencesLabel.setText("")
        self.mismatchLabel.setText("")
        self.channelsError.setText("")
        self.intervalLabel.setText(QCoreApplication.translate("WizardCommunicationPage", u"Meet &every:", None))
        self.intervalCombo.setPlaceholderText(QCoreApplication.translate("WizardCommunicationPage", u"Choose how often", None))
#if QT_CONFIG(accessibility)
        self.intervalSpin.setAccessibleName(QCoreApplication.translate("WizardCommunicationPage", u"Days between meetings", None))
#endif // QT_CONFIG(accessibility)
        self.intervalSpin.setSuffix(QCoreApplication.translate("WizardCommunicationPage", u" days", None))
        self.meetingIntervalError.setText("")
        self.minutesLabel.setText(QCoreApplication.translate("WizardCommunicationPage", u"&Length:", None))
        self.minutesSpin.setSpecialValueText(QCoreApplication.translate("WizardCommunicationPage", u"Not set", None))
        self.minutesSpin.setSuffix(QCoreApplication.translate("WizardCommunicationPage", u" minutes", None))
        self.meetingMinutesError.setText("")
        self.placeLabel.setText(QCoreApplication.translate("WizardCommunicationPage", u"&Place or link:", None))
        self.meetingPlaceEdit.setPlaceholderText(QCoreApplication.translate("WizardCommunicationPage", u"A meeting room, a caf\u00e9, or the link of a video call", None))
        self.meetingPlaceError.setText("")
        self.timesLabel.setText(QCoreApplication.translate("WizardCommunicationPage", u"&Days and times:", None))
        self.preferredTimesEdit.setPlaceholderText(QCoreApplication.translate("WizardCommunicationPage", u"e.g. Tuesdays 10:00, or Friday mornings", None))
        self.preferredTimesError.setText("")
        self.agendaLabel.setText(QCoreApplication.translate("WizardCommunicationPage", u"&Agenda set by:", None))
        self.agendaOwnerCombo.setPlaceholderText(QCoreApplication.translate("WizardCommunicationPage", u"Choose who", None))
        self.agendaOwnerError.setText("")
        self.cancellationLabel.setText(QCoreApplication.translate("WizardCommunicationPage", u"&Cancelling or moving a meeting:", None))
        self.cancellationRuleError.setText("")
        self.replyLabel.setText(QCoreApplication.translate("WizardCommunicationPage", u"&Reply expected within:", None))
        self.replyTimeEdit.setPlaceholderText(QCoreApplication.translate("WizardCommunicationPage", u"e.g. two working days", None))
        self.replyTimeError.setText("")
        self.exportIcsButton.setText(QCoreApplication.translate("WizardCommunicationPage", u"E&xport meetings (.ics)\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportIcsButton.setToolTip(QCoreApplication.translate("WizardCommunicationPage", u"Saves this step, then writes the meeting series as a calendar file both partners can import", None))
#endif // QT_CONFIG(tooltip)
        self.exportHint.setText(QCoreApplication.translate("WizardCommunicationPage", u"A calendar file both partners can import into Outlook, Google Calendar or Apple Calendar.", None))
        self.pageMessage.setText("")
    # retranslateUi

