# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'crash_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_CrashDialog(object):
    def setupUi(self, crashDialog):
        if not crashDialog.objectName():
            crashDialog.setObjectName(u"crashDialog")
        crashDialog.resize(640, 440)
        self.crashLayout = QVBoxLayout(crashDialog)
        self.crashLayout.setObjectName(u"crashLayout")
        self.messageLabel = QLabel(crashDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.crashLayout.addWidget(self.messageLabel)

        self.reportText = QPlainTextEdit(crashDialog)
        self.reportText.setObjectName(u"reportText")
        self.reportText.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.reportText.setReadOnly(True)

        self.crashLayout.addWidget(self.reportText)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.copyButton = QPushButton(crashDialog)
        self.copyButton.setObjectName(u"copyButton")

        self.buttonRow.addWidget(self.copyButton)

        self.openLogsButton = QPushButton(crashDialog)
        self.openLogsButton.setObjectName(u"openLogsButton")

        self.buttonRow.addWidget(self.openLogsButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(crashDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.crashLayout.addLayout(self.buttonRow)


        self.retranslateUi(crashDialog)
        self.closeButton.clicked.connect(crashDialog.accept)

        self.closeButton.setDefault(True)


        QMetaObject.connectSlotsByName(crashDialog)
    # setupUi

    def retranslateUi(self, crashDialog):
        crashDialog.setWindowTitle(QCoreApplication.translate("CrashDialog", u"RevMentor hit a problem", None))
        self.messageLabel.setText(QCoreApplication.translate("CrashDialog", u"Something went wrong inside RevMentor. Your saved data is safe: every change is written to the database as you make it. Please copy the report below and send it to whoever looks after RevMentor in your organisation.", None))
#if QT_CONFIG(accessibility)
        self.reportText.setAccessibleName(QCoreApplication.translate("CrashDialog", u"Crash report", None))
#endif // QT_CONFIG(accessibility)
        self.copyButton.setText(QCoreApplication.translate("CrashDialog", u"&Copy report", None))
        self.openLogsButton.setText(QCoreApplication.translate("CrashDialog", u"Open &log folder", None))
        self.closeButton.setText(QCoreApplication.translate("CrashDialog", u"Close", None))
    # retranslateUi

