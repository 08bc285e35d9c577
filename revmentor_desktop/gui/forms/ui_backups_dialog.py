# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backups_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_BackupsDialog(object):
    def setupUi(self, backupsDialog):
        if not backupsDialog.objectName():
            backupsDialog.setObjectName(u"backupsDialog")
        backupsDialog.resize(980, 520)
        self.dialogLayout = QVBoxLayout(backupsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerLabel = QLabel(backupsDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setWordWrap(True)
        self.headerLabel.setTextFormat(Qt.TextFormat.RichText)
        self.headerLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.headerLabel)

        self.backupsTable = QTableWidget(backupsDialog)
        self.backupsTable.setObjectName(u"backupsTable")
        self.backupsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backupsTable.setTabKeyNavigation(False)
        self.backupsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backupsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backupsTable.setWordWrap(False)
        self.backupsTable.horizontalHeader().setStretchLastSection(True)
        self.backupsTable.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.backupsTable)

        self.statusLabel = QLabel(backupsDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.statusLabel)

        self.progressBar = QProgressBar(backupsDialog)
        self.progressBar.setObjectName(u"progressBar")

        self.dialogLayout.addWidget(self.progressBar)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.backUpButton = QPushButton(backupsDialog)
        self.backUpButton.setObjectName(u"backUpButton")

        self.buttonRow.addWidget(self.backUpButton)

        self.restoreButton = QPushButton(backupsDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttonRow.addWidget(self.restoreButton)

        self.deleteButton = QPushButton(backupsDialog)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttonRow.addWidget(self.deleteButton)

        self.openFolderButton = QPushButton(backupsDialog)
        self.openFolderButton.setObjectName(u"openFolderButton")

        self.buttonRow.addWidget(self.openFolderButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.buttonBox = QDialogButtonBox(backupsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonRow.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonRow)

        QWidget.setTabOrder(self.backupsTable, self.backUpButton)
        QWidget.setTabOrder(self.backUpButton, self.restoreButton)
        QWidget.setTabOrder(self.restoreButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.openFolderButton)
        QWidget.setTabOrder(self.openFolderButton, self.buttonBox)

        self.retranslateUi(backupsDialog)
        self.buttonBox.rejected.connect(backupsDialog.reject)

        QMetaObject.connectSlotsByName(backupsDialog)
    # setupUi

    def retranslateUi(self, backupsDialog):
        backupsDialog.setWindowTitle(QCoreApplication.translate("BackupsDialog", u"Backups", None))
        self.headerLabel.setText("")
#if QT_CONFIG(accessibility)
        self.backupsTable.setAccessibleName(QCoreApplication.translate("BackupsDialog", u"This database's backups, newest first", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText("")
#if QT_CONFIG(accessibility)
        self.progressBar.setAccessibleName(QCoreApplication.translate("BackupsDialog", u"Progress of the backup or restore", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.backUpButton.setToolTip(QCoreApplication.translate("BackupsDialog", u"Make a checked copy of the database now", None))
#endif // QT_CONFIG(tooltip)
        self.backUpButton.setText(QCoreApplication.translate("BackupsDialog", u"&Back up now", None))
#if QT_CONFIG(tooltip)
        self.restoreButton.setToolTip(QCoreApplication.translate("BackupsDialog", u"Replace the database by the selected backup (the current data is backed up first)", None))
#endif // QT_CONFIG(tooltip)
        self.restoreButton.setText(QCoreApplication.translate("BackupsDialog", u"&Restore\u2026", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("BackupsDialog", u"Delete the selected backup", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("BackupsDialog", u"&Delete\u2026", None))
#if QT_CONFIG(tooltip)
        self.openFolderButton.setToolTip(QCoreApplication.translate("BackupsDialog", u"Show the backups folder in the file manager", None))
#endif // QT_CONFIG(tooltip)
        self.openFolderButton.setText(QCoreApplication.translate("BackupsDialog", u"Open &folder", None))
    # retranslateUi

