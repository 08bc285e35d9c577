# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'programme_dialog.ui'
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
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_ProgrammeDialog(object):
    def setupUi(self, programmeDialog):
        if not programmeDialog.objectName():
            programmeDialog.setObjectName(u"programmeDialog")
        programmeDialog.resize(520, 420)
        self.dialogLayout = QVBoxLayout(programmeDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(programmeDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(programmeDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(160)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(programmeDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.statusLabel = QLabel(programmeDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(programmeDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.startDateCheck = QCheckBox(programmeDialog)
        self.startDateCheck.setObjectName(u"startDateCheck")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.startDateCheck)

        self.startDateEdit = QDateEdit(programmeDialog)
        self.startDateEdit.setObjectName(u"startDateEdit")
        self.startDateEdit.setCalendarPopup(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.startDateEdit)

        self.endDateCheck = QCheckBox(programmeDialog)
        self.endDateCheck.setObjectName(u"endDateCheck")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.endDateCheck)

        self.endDateEdit = QDateEdit(programmeDialog)
        self.endDateEdit.setObjectName(u"endDateEdit")
        self.endDateEdit.setCalendarPopup(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.endDateEdit)

        self.datesError = QLabel(programmeDialog)
        self.datesError.setObjectName(u"datesError")
        self.datesError.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.datesError)

        self.frequencyLabel = QLabel(programmeDialog)
        self.frequencyLabel.setObjectName(u"frequencyLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.frequencyLabel)

        self.frequencyCombo = QComboBox(programmeDialog)
        self.frequencyCombo.setObjectName(u"frequencyCombo")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.frequencyCombo)

        self.checkinLabel = QLabel(programmeDialog)
        self.checkinLabel.setObjectName(u"checkinLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.checkinLabel)

        self.checkinSpin = QSpinBox(programmeDialog)
        self.checkinSpin.setObjectName(u"checkinSpin")
        self.checkinSpin.setMinimum(1)
        self.checkinSpin.setMaximum(365)
        self.checkinSpin.setValue(30)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.checkinSpin)

        self.stalledLabel = QLabel(programmeDialog)
        self.stalledLabel.setObjectName(u"stalledLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.stalledLabel)

        self.stalledSpin = QSpinBox(programmeDialog)
        self.stalledSpin.setObjectName(u"stalledSpin")
        self.stalledSpin.setMinimum(1)
        self.stalledSpin.setMaximum(365)
        self.stalledSpin.setValue(21)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.stalledSpin)

        self.intervalsError = QLabel(programmeDialog)
        self.intervalsError.setObjectName(u"intervalsError")
        self.intervalsError.setWordWrap(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.intervalsError)


        self.dialogLayout.addLayout(self.form)

        self.formError = QLabel(programmeDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(programmeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.frequencyLabel.setBuddy(self.frequencyCombo)
        self.checkinLabel.setBuddy(self.checkinSpin)
        self.stalledLabel.setBuddy(self.stalledSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.startDateCheck)
        QWidget.setTabOrder(self.startDateCheck, self.startDateEdit)
        QWidget.setTabOrder(self.startDateEdit, self.endDateCheck)
        QWidget.setTabOrder(self.endDateCheck, self.endDateEdit)
        QWidget.setTabOrder(self.endDateEdit, self.frequencyCombo)
        QWidget.setTabOrder(self.frequencyCombo, self.checkinSpin)
        QWidget.setTabOrder(self.checkinSpin, self.stalledSpin)

        self.retranslateUi(programmeDialog)
        self.buttonBox.rejected.connect(programmeDialog.reject)

        QMetaObject.connectSlotsByName(programmeDialog)
    # setupUi

    def retranslateUi(self, programmeDialog):
        programmeDialog.setWindowTitle(QCoreApplication.translate("ProgrammeDialog", u"Programme", None))
        self.nameLabel.setText(QCoreApplication.translate("ProgrammeDialog", u"&Name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ProgrammeDialog", u"e.g. Reverse Mentoring 2026/27", None))
        self.nameError.setText("")
        self.statusLabel.setText(QCoreApplication.translate("ProgrammeDialog", u"&Status:", None))
#if QT_CONFIG(tooltip)
        self.startDateCheck.setToolTip(QCoreApplication.translate("ProgrammeDialog", u"Leave unticked while the start date is not decided", None))
#endif // QT_CONFIG(tooltip)
        self.startDateCheck.setText(QCoreApplication.translate("ProgrammeDialog", u"St&arts on:", None))
#if QT_CONFIG(accessibility)
        self.startDateEdit.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Start date", None))
#endif // QT_CONFIG(accessibility)
        self.startDateEdit.setDisplayFormat(QCoreApplication.translate("ProgrammeDialog", u"d MMM yyyy", None))
#if QT_CONFIG(tooltip)
        self.endDateCheck.setToolTip(QCoreApplication.translate("ProgrammeDialog", u"Leave unticked while the end date is not decided", None))
#endif // QT_CONFIG(tooltip)
        self.endDateCheck.setText(QCoreApplication.translate("ProgrammeDialog", u"&Ends on:", None))
#if QT_CONFIG(accessibility)
        self.endDateEdit.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"End date", None))
#endif // QT_CONFIG(accessibility)
        self.endDateEdit.setDisplayFormat(QCoreApplication.translate("ProgrammeDialog", u"d MMM yyyy", None))
        self.datesError.setText("")
        self.frequencyLabel.setText(QCoreApplication.translate("ProgrammeDialog", u"&Meetings:", None))
#if QT_CONFIG(tooltip)
        self.frequencyCombo.setToolTip(QCoreApplication.translate("ProgrammeDialog", u"How often partners meet by default (days between meetings); each partnership can agree its own", None))
#endif // QT_CONFIG(tooltip)
        self.checkinLabel.setText(QCoreApplication.translate("ProgrammeDialog", u"&Check-ins every:", None))
#if QT_CONFIG(tooltip)
        self.checkinSpin.setToolTip(QCoreApplication.translate("ProgrammeDialog", u"How often each pair records a check-in on how it is going", None))
#endif // QT_CONFIG(tooltip)
        self.checkinSpin.setSuffix(QCoreApplication.translate("ProgrammeDialog", u" days", None))
        self.stalledLabel.setText(QCoreApplication.translate("ProgrammeDialog", u"S&talled after:", None))
#if QT_CONFIG(tooltip)
        self.stalledSpin.setToolTip(QCoreApplication.translate("ProgrammeDialog", u"A partnership with no check-in for this long shows as stalled, so you can nudge the pair", None))
#endif // QT_CONFIG(tooltip)
        self.stalledSpin.setSuffix(QCoreApplication.translate("ProgrammeDialog", u" days without a check-in", None))
        self.intervalsError.setText("")
        self.formError.setText("")
    # retranslateUi

