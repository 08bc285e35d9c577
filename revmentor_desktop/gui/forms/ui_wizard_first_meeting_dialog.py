# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_first_meeting_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateTimeEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_WizardFirstMeetingDialog(object):
    def setupUi(self, firstMeetingDialog):
        if not firstMeetingDialog.objectName():
            firstMeetingDialog.setObjectName(u"firstMeetingDialog")
        firstMeetingDialog.setMinimumSize(QSize(440, 0))
        self.dialogLayout = QVBoxLayout(firstMeetingDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.explanationLabel = QLabel(firstMeetingDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.explanationLabel)

        self.firstMeetingForm = QFormLayout()
        self.firstMeetingForm.setObjectName(u"firstMeetingForm")
        self.firstMeetingForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.firstMeetingLabel = QLabel(firstMeetingDialog)
        self.firstMeetingLabel.setObjectName(u"firstMeetingLabel")
        self.firstMeetingLabel.setWordWrap(False)

        self.firstMeetingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.firstMeetingLabel)

        self.firstMeetingEdit = QDateTimeEdit(firstMeetingDialog)
        self.firstMeetingEdit.setObjectName(u"firstMeetingEdit")
        self.firstMeetingEdit.setCalendarPopup(True)
        self.firstMeetingEdit.setDisplayFormat(u"ddd d MMM yyyy, HH:mm")

        self.firstMeetingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.firstMeetingEdit)


        self.dialogLayout.addLayout(self.firstMeetingForm)

        self.buttonBox = QDialogButtonBox(firstMeetingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.firstMeetingLabel.setBuddy(self.firstMeetingEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(firstMeetingDialog)

        QMetaObject.connectSlotsByName(firstMeetingDialog)
    # setupUi

    def retranslateUi(self, firstMeetingDialog):
        firstMeetingDialog.setWindowTitle(QCoreApplication.translate("WizardFirstMeetingDialog", u"Export meetings", None))
        self.explanationLabel.setText(QCoreApplication.translate("WizardFirstMeetingDialog", u"When is the first meeting? The calendar file repeats it at the agreed interval until the partnership's end date.", None))
        self.firstMeetingLabel.setText(QCoreApplication.translate("WizardFirstMeetingDialog", u"&First meeting:", None))
    # retranslateUi

