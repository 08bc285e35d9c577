# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checkin_history.ui'
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
    QDialogButtonBox, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_CheckInHistoryDialog(object):
    def setupUi(self, checkInHistoryDialog):
        if not checkInHistoryDialog.objectName():
            checkInHistoryDialog.setObjectName(u"checkInHistoryDialog")
        checkInHistoryDialog.resize(960, 680)
        self.dialogLayout = QVBoxLayout(checkInHistoryDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerLabel = QLabel(checkInHistoryDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setWordWrap(True)
        self.headerLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.headerLabel)

        self.splitter = QSplitter(checkInHistoryDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.goalsGroup = QGroupBox(self.splitter)
        self.goalsGroup.setObjectName(u"goalsGroup")
        self.goalsLayout = QVBoxLayout(self.goalsGroup)
        self.goalsLayout.setObjectName(u"goalsLayout")
        self.goalsTable = QTableWidget(self.goalsGroup)
        self.goalsTable.setObjectName(u"goalsTable")
        self.goalsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.goalsTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.goalsTable.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.goalsTable.setWordWrap(False)
        self.goalsTable.horizontalHeader().setStretchLastSection(False)
        self.goalsTable.verticalHeader().setVisible(False)

        self.goalsLayout.addWidget(self.goalsTable)

        self.splitter.addWidget(self.goalsGroup)
        self.checkInsGroup = QGroupBox(self.splitter)
        self.checkInsGroup.setObjectName(u"checkInsGroup")
        self.checkInsLayout = QVBoxLayout(self.checkInsGroup)
        self.checkInsLayout.setObjectName(u"checkInsLayout")
        self.checkInsTable = QTableWidget(self.checkInsGroup)
        self.checkInsTable.setObjectName(u"checkInsTable")
        self.checkInsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.checkInsTable.setTabKeyNavigation(False)
        self.checkInsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.checkInsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.checkInsTable.setWordWrap(False)
        self.checkInsTable.horizontalHeader().setStretchLastSection(True)
        self.checkInsTable.verticalHeader().setVisible(False)

        self.checkInsLayout.addWidget(self.checkInsTable)

        self.detailsLabel = QLabel(self.checkInsGroup)
        self.detailsLabel.setObjectName(u"detailsLabel")
        self.detailsLabel.setWordWrap(True)
        self.detailsLabel.setTextFormat(Qt.TextFormat.RichText)
        self.detailsLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.detailsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.checkInsLayout.addWidget(self.detailsLabel)

        self.splitter.addWidget(self.checkInsGroup)

        self.dialogLayout.addWidget(self.splitter)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.logButton = QPushButton(checkInHistoryDialog)
        self.logButton.setObjectName(u"logButton")

        self.buttonRow.addWidget(self.logButton)

        self.editButton = QPushButton(checkInHistoryDialog)
        self.editButton.setObjectName(u"editButton")

        self.buttonRow.addWidget(self.editButton)

        self.deleteButton = QPushButton(checkInHistoryDialog)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttonRow.addWidget(self.deleteButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.buttonBox = QDialogButtonBox(checkInHistoryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonRow.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonRow)

        QWidget.setTabOrder(self.checkInsTable, self.logButton)
        QWidget.setTabOrder(self.logButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.buttonBox)

        self.retranslateUi(checkInHistoryDialog)
        self.buttonBox.rejected.connect(checkInHistoryDialog.reject)

        QMetaObject.connectSlotsByName(checkInHistoryDialog)
    # setupUi

    def retranslateUi(self, checkInHistoryDialog):
        checkInHistoryDialog.setWindowTitle(QCoreApplication.translate("CheckInHistoryDialog", u"Check-ins", None))
        self.headerLabel.setText("")
        self.goalsGroup.setTitle(QCoreApplication.translate("CheckInHistoryDialog", u"Goals and where they stand", None))
#if QT_CONFIG(accessibility)
        self.goalsTable.setAccessibleName(QCoreApplication.translate("CheckInHistoryDialog", u"Goals and their current progress", None))
#endif // QT_CONFIG(accessibility)
        self.checkInsGroup.setTitle(QCoreApplication.translate("CheckInHistoryDialog", u"Check-ins, newest first", None))
#if QT_CONFIG(accessibility)
        self.checkInsTable.setAccessibleName(QCoreApplication.translate("CheckInHistoryDialog", u"The partnership's check-ins, newest first", None))
#endif // QT_CONFIG(accessibility)
        self.detailsLabel.setText("")
#if QT_CONFIG(tooltip)
        self.logButton.setToolTip(QCoreApplication.translate("CheckInHistoryDialog", u"Log a meeting of this partnership (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.logButton.setText(QCoreApplication.translate("CheckInHistoryDialog", u"&Log check-in\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("CheckInHistoryDialog", u"Change the selected check-in (Enter, or double-click it)", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("CheckInHistoryDialog", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("CheckInHistoryDialog", u"Delete the selected check-in (Delete); goals go back to the check-in before it", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("CheckInHistoryDialog", u"&Delete", None))
    # retranslateUi

