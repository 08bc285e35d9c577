# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'enrol_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_EnrolDialog(object):
    def setupUi(self, enrolDialog):
        if not enrolDialog.objectName():
            enrolDialog.setObjectName(u"enrolDialog")
        enrolDialog.resize(560, 560)
        self.dialogLayout = QVBoxLayout(enrolDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(enrolDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.searchEdit = QLineEdit(enrolDialog)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.dialogLayout.addWidget(self.searchEdit)

        self.peopleList = QListWidget(enrolDialog)
        self.peopleList.setObjectName(u"peopleList")
        self.peopleList.setAlternatingRowColors(True)
        self.peopleList.setUniformItemSizes(True)

        self.dialogLayout.addWidget(self.peopleList)

        self.selectionRow = QHBoxLayout()
        self.selectionRow.setObjectName(u"selectionRow")
        self.tickShownButton = QPushButton(enrolDialog)
        self.tickShownButton.setObjectName(u"tickShownButton")

        self.selectionRow.addWidget(self.tickShownButton)

        self.untickAllButton = QPushButton(enrolDialog)
        self.untickAllButton.setObjectName(u"untickAllButton")

        self.selectionRow.addWidget(self.untickAllButton)

        self.selectionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.selectionRow.addItem(self.selectionSpacer)

        self.tickedLabel = QLabel(enrolDialog)
        self.tickedLabel.setObjectName(u"tickedLabel")

        self.selectionRow.addWidget(self.tickedLabel)


        self.dialogLayout.addLayout(self.selectionRow)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.roleLabel = QLabel(enrolDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(enrolDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.capacityLabel = QLabel(enrolDialog)
        self.capacityLabel.setObjectName(u"capacityLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.capacityLabel)

        self.capacitySpin = QSpinBox(enrolDialog)
        self.capacitySpin.setObjectName(u"capacitySpin")
        self.capacitySpin.setMinimum(1)
        self.capacitySpin.setMaximum(20)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.capacitySpin)


        self.dialogLayout.addLayout(self.form)

        self.errorLabel = QLabel(enrolDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(enrolDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.roleLabel.setBuddy(self.roleCombo)
        self.capacityLabel.setBuddy(self.capacitySpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.peopleList)
        QWidget.setTabOrder(self.peopleList, self.tickShownButton)
        QWidget.setTabOrder(self.tickShownButton, self.untickAllButton)
        QWidget.setTabOrder(self.untickAllButton, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.capacitySpin)

        self.retranslateUi(enrolDialog)
        self.buttonBox.rejected.connect(enrolDialog.reject)

        QMetaObject.connectSlotsByName(enrolDialog)
    # setupUi

    def retranslateUi(self, enrolDialog):
        enrolDialog.setWindowTitle(QCoreApplication.translate("EnrolDialog", u"Enrol people", None))
        self.introLabel.setText(QCoreApplication.translate("EnrolDialog", u"Tick the people who take part. Archived people and those already enrolled are not listed.", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("EnrolDialog", u"Search by name, email, department or level\u2026", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("EnrolDialog", u"Search people to enrol", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.peopleList.setAccessibleName(QCoreApplication.translate("EnrolDialog", u"People who can be enrolled", None))
#endif // QT_CONFIG(accessibility)
        self.tickShownButton.setText(QCoreApplication.translate("EnrolDialog", u"Tick all &shown", None))
        self.untickAllButton.setText(QCoreApplication.translate("EnrolDialog", u"U&ntick all", None))
        self.tickedLabel.setText(QCoreApplication.translate("EnrolDialog", u"Nobody ticked yet", None))
        self.roleLabel.setText(QCoreApplication.translate("EnrolDialog", u"&Role:", None))
#if QT_CONFIG(tooltip)
        self.roleCombo.setToolTip(QCoreApplication.translate("EnrolDialog", u"Reverse mentors are the less senior partners who share what they know; mentees are the senior partners", None))
#endif // QT_CONFIG(tooltip)
        self.capacityLabel.setText(QCoreApplication.translate("EnrolDialog", u"&Capacity:", None))
#if QT_CONFIG(tooltip)
        self.capacitySpin.setToolTip(QCoreApplication.translate("EnrolDialog", u"How many partners each of them takes on at once", None))
#endif // QT_CONFIG(tooltip)
        self.capacitySpin.setSuffix(QCoreApplication.translate("EnrolDialog", u" partner(s) at once", None))
        self.errorLabel.setText("")
    # retranslateUi

