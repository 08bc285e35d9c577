# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'end_partnership_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QLabel, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_EndPartnershipDialog(object):
    def setupUi(self, endPartnershipDialog):
        if not endPartnershipDialog.objectName():
            endPartnershipDialog.setObjectName(u"endPartnershipDialog")
        endPartnershipDialog.resize(520, 400)
        self.dialogLayout = QVBoxLayout(endPartnershipDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(endPartnershipDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.introSpacer = QSpacerItem(20, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.dialogLayout.addItem(self.introSpacer)

        self.reasonLabel = QLabel(endPartnershipDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.dialogLayout.addWidget(self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(endPartnershipDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.dialogLayout.addWidget(self.reasonEdit)

        self.reasonError = QLabel(endPartnershipDialog)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setWordWrap(True)

        self.dialogLayout.addWidget(self.reasonError)

        self.noFaultCheck = QCheckBox(endPartnershipDialog)
        self.noFaultCheck.setObjectName(u"noFaultCheck")
        self.noFaultCheck.setChecked(True)

        self.dialogLayout.addWidget(self.noFaultCheck)

        self.explanationLabel = QLabel(endPartnershipDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.explanationLabel)

        self.formError = QLabel(endPartnershipDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(endPartnershipDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reasonEdit, self.noFaultCheck)

        self.retranslateUi(endPartnershipDialog)

        QMetaObject.connectSlotsByName(endPartnershipDialog)
    # setupUi

    def retranslateUi(self, endPartnershipDialog):
        endPartnershipDialog.setWindowTitle(QCoreApplication.translate("EndPartnershipDialog", u"End partnership early", None))
        self.introLabel.setText("")
        self.reasonLabel.setText(QCoreApplication.translate("EndPartnershipDialog", u"&Why is it ending? (required)", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("EndPartnershipDialog", u"Reason for ending early", None))
#endif // QT_CONFIG(accessibility)
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("EndPartnershipDialog", u"e.g. The first session showed we are not a good fit; a new role leaves no time for it", None))
        self.reasonError.setText("")
        self.noFaultCheck.setText(QCoreApplication.translate("EndPartnershipDialog", u"&No-fault ending: return both people to the pool for re-pairing", None))
        self.explanationLabel.setText("")
        self.formError.setText("")
    # retranslateUi

