# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'report_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QProgressBar, QRadioButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ReportDialog(object):
    def setupUi(self, reportDialog):
        if not reportDialog.objectName():
            reportDialog.setObjectName(u"reportDialog")
        reportDialog.resize(560, 230)
        self.dialogLayout = QVBoxLayout(reportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(reportDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.programmeRadio = QRadioButton(reportDialog)
        self.programmeRadio.setObjectName(u"programmeRadio")
        self.programmeRadio.setChecked(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.programmeRadio)

        self.programmeCombo = QComboBox(reportDialog)
        self.programmeCombo.setObjectName(u"programmeCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.programmeCombo)

        self.partnershipRadio = QRadioButton(reportDialog)
        self.partnershipRadio.setObjectName(u"partnershipRadio")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.partnershipRadio)

        self.partnershipCombo = QComboBox(reportDialog)
        self.partnershipCombo.setObjectName(u"partnershipCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.partnershipCombo)

        self.anonymiseCheck = QCheckBox(reportDialog)
        self.anonymiseCheck.setObjectName(u"anonymiseCheck")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.anonymiseCheck)


        self.dialogLayout.addLayout(self.formLayout)

        self.statusLabel = QLabel(reportDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.statusLabel)

        self.progressBar = QProgressBar(reportDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.dialogLayout.addWidget(self.progressBar)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(reportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.programmeRadio, self.programmeCombo)
        QWidget.setTabOrder(self.programmeCombo, self.partnershipRadio)
        QWidget.setTabOrder(self.partnershipRadio, self.partnershipCombo)
        QWidget.setTabOrder(self.partnershipCombo, self.anonymiseCheck)

        self.retranslateUi(reportDialog)

        QMetaObject.connectSlotsByName(reportDialog)
    # setupUi

    def retranslateUi(self, reportDialog):
        reportDialog.setWindowTitle(QCoreApplication.translate("ReportDialog", u"Reports for managers", None))
        self.introLabel.setText(QCoreApplication.translate("ReportDialog", u"A PDF to print or share with managers: headline figures, charts, the pairs with their last check-in and goal progress, and who needs attention. Private notes, birth years and diversity perspectives are never included.", None))
        self.programmeRadio.setText(QCoreApplication.translate("ReportDialog", u"&Programme report:", None))
#if QT_CONFIG(accessibility)
        self.programmeCombo.setAccessibleName(QCoreApplication.translate("ReportDialog", u"Programme", None))
#endif // QT_CONFIG(accessibility)
        self.partnershipRadio.setText(QCoreApplication.translate("ReportDialog", u"P&artnership report:", None))
#if QT_CONFIG(accessibility)
        self.partnershipCombo.setAccessibleName(QCoreApplication.translate("ReportDialog", u"Partnership", None))
#endif // QT_CONFIG(accessibility)
        self.anonymiseCheck.setText(QCoreApplication.translate("ReportDialog", u"A&nonymise: pairs shown as \u201cPair 1\u201d, \u201cPair 2\u201d \u2026 without names or departments", None))
        self.statusLabel.setText("")
#if QT_CONFIG(accessibility)
        self.progressBar.setAccessibleName(QCoreApplication.translate("ReportDialog", u"Progress of the report", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

