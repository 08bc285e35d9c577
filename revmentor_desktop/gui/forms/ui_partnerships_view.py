# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'partnerships_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_PartnershipsView(object):
    def setupUi(self, partnershipsView):
        if not partnershipsView.objectName():
            partnershipsView.setObjectName(u"partnershipsView")
        partnershipsView.resize(1100, 600)
        self.partnershipsLayout = QVBoxLayout(partnershipsView)
        self.partnershipsLayout.setObjectName(u"partnershipsLayout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.searchEdit = QLineEdit(partnershipsView)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(240, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.searchEdit)

        self.programmeLabel = QLabel(partnershipsView)
        self.programmeLabel.setObjectName(u"programmeLabel")

        self.filterRow.addWidget(self.programmeLabel)

        self.programmeFilter = QComboBox(partnershipsView)
        self.programmeFilter.setObjectName(u"programmeFilter")
        self.programmeFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterRow.addWidget(self.programmeFilter)

        self.statusLabel = QLabel(partnershipsView)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterRow.addWidget(self.statusLabel)

        self.statusFilter = QComboBox(partnershipsView)
        self.statusFilter.setObjectName(u"statusFilter")
        self.statusFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterRow.addWidget(self.statusFilter)

        self.clearFiltersButton = QPushButton(partnershipsView)
        self.clearFiltersButton.setObjectName(u"clearFiltersButton")

        self.filterRow.addWidget(self.clearFiltersButton)

        self.filterSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)

        self.newPartnershipButton = QPushButton(partnershipsView)
        self.newPartnershipButton.setObjectName(u"newPartnershipButton")

        self.filterRow.addWidget(self.newPartnershipButton)


        self.partnershipsLayout.addLayout(self.filterRow)

        self.partnershipsTable = QTableView(partnershipsView)
        self.partnershipsTable.setObjectName(u"partnershipsTable")
        self.partnershipsTable.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.partnershipsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.partnershipsTable.setAlternatingRowColors(True)
        self.partnershipsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.partnershipsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.partnershipsTable.setShowGrid(False)
        self.partnershipsTable.setSortingEnabled(True)
        self.partnershipsTable.setWordWrap(False)
        self.partnershipsTable.horizontalHeader().setStretchLastSection(True)
        self.partnershipsTable.verticalHeader().setVisible(False)

        self.partnershipsLayout.addWidget(self.partnershipsTable)

        self.countLabel = QLabel(partnershipsView)
        self.countLabel.setObjectName(u"countLabel")

        self.partnershipsLayout.addWidget(self.countLabel)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.actionSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)

        self.openButton = QPushButton(partnershipsView)
        self.openButton.setObjectName(u"openButton")

        self.actionRow.addWidget(self.openButton)

        self.logCheckInButton = QPushButton(partnershipsView)
        self.logCheckInButton.setObjectName(u"logCheckInButton")

        self.actionRow.addWidget(self.logCheckInButton)

        self.checkInsButton = QPushButton(partnershipsView)
        self.checkInsButton.setObjectName(u"checkInsButton")

        self.actionRow.addWidget(self.checkInsButton)

        self.pauseButton = QPushButton(partnershipsView)
        self.pauseButton.setObjectName(u"pauseButton")

        self.actionRow.addWidget(self.pauseButton)

        self.resumeButton = QPushButton(partnershipsView)
        self.resumeButton.setObjectName(u"resumeButton")

        self.actionRow.addWidget(self.resumeButton)

        self.completeButton = QPushButton(partnershipsView)
        self.completeButton.setObjectName(u"completeButton")

        self.actionRow.addWidget(self.completeButton)

        self.endEarlyButton = QPushButton(partnershipsView)
        self.endEarlyButton.setObjectName(u"endEarlyButton")

        self.actionRow.addWidget(self.endEarlyButton)

        self.deleteDraftButton = QPushButton(partnershipsView)
        self.deleteDraftButton.setObjectName(u"deleteDraftButton")

        self.actionRow.addWidget(self.deleteDraftButton)

        self.agreementButton = QPushButton(partnershipsView)
        self.agreementButton.setObjectName(u"agreementButton")

        self.actionRow.addWidget(self.agreementButton)


        self.partnershipsLayout.addLayout(self.actionRow)

#if QT_CONFIG(shortcut)
        self.programmeLabel.setBuddy(self.programmeFilter)
        self.statusLabel.setBuddy(self.statusFilter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.programmeFilter)
        QWidget.setTabOrder(self.programmeFilter, self.statusFilter)
        QWidget.setTabOrder(self.statusFilter, self.clearFiltersButton)
        QWidget.setTabOrder(self.clearFiltersButton, self.newPartnershipButton)
        QWidget.setTabOrder(self.newPartnershipButton, self.partnershipsTable)
        QWidget.setTabOrder(self.partnershipsTable, self.openButton)
        QWidget.setTabOrder(self.openButton, self.logCheckInButton)
        QWidget.setTabOrder(self.logCheckInButton, self.checkInsButton)
        QWidget.setTabOrder(self.checkInsButton, self.pauseButton)
        QWidget.setTabOrder(self.pauseButton, self.resumeButton)
        QWidget.setTabOrder(self.resumeButton, self.completeButton)
        QWidget.setTabOrder(self.completeButton, self.endEarlyButton)
        QWidget.setTabOrder(self.endEarlyButton, self.deleteDraftButton)
        QWidget.setTabOrder(self.deleteDraftButton, self.agreementButton)

        self.retranslateUi(partnershipsView)

        QMetaObject.connectSlotsByName(partnershipsView)
    # setupUi

    def retranslateUi(self, partnershipsView):
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("PartnershipsView", u"Search by name\u2026 (Ctrl+F)", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("PartnershipsView", u"Search partnerships by name", None))
#endif // QT_CONFIG(accessibility)
        self.programmeLabel.setText(QCoreApplication.translate("PartnershipsView", u"&Programme:", None))
        self.statusLabel.setText(QCoreApplication.translate("PartnershipsView", u"S&tatus:", None))
        self.clearFiltersButton.setText(QCoreApplication.translate("PartnershipsView", u"&Clear filters", None))
#if QT_CONFIG(tooltip)
        self.newPartnershipButton.setToolTip(QCoreApplication.translate("PartnershipsView", u"Set up a partnership from scratch with the five-step wizard (Ctrl+Shift+N)", None))
#endif // QT_CONFIG(tooltip)
        self.newPartnershipButton.setText(QCoreApplication.translate("PartnershipsView", u"&New partnership\u2026", None))
#if QT_CONFIG(accessibility)
        self.partnershipsTable.setAccessibleName(QCoreApplication.translate("PartnershipsView", u"Partnerships", None))
#endif // QT_CONFIG(accessibility)
        self.countLabel.setText("")
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("PartnershipsView", u"Open the selected partnership's agreement in the wizard (Enter, or double-click a row)", None))
#endif // QT_CONFIG(tooltip)
        self.openButton.setText(QCoreApplication.translate("PartnershipsView", u"Op&en agreement\u2026", None))
#if QT_CONFIG(tooltip)
        self.logCheckInButton.setToolTip(QCoreApplication.translate("PartnershipsView", u"Record a meeting of the pair: ratings, goal progress, a summary and private notes", None))
#endif // QT_CONFIG(tooltip)
        self.logCheckInButton.setText(QCoreApplication.translate("PartnershipsView", u"Log check-&in\u2026", None))
#if QT_CONFIG(tooltip)
        self.checkInsButton.setToolTip(QCoreApplication.translate("PartnershipsView", u"Every check-in of the partnership, newest first, to read, edit or delete", None))
#endif // QT_CONFIG(tooltip)
        self.checkInsButton.setText(QCoreApplication.translate("PartnershipsView", u"Check-in&s\u2026", None))
#if QT_CONFIG(tooltip)
        self.pauseButton.setToolTip(QCoreApplication.translate("PartnershipsView", u"Put an active partnership on hold, e.g. during a long absence", None))
#endif // QT_CONFIG(tooltip)
        self.pauseButton.setText(QCoreApplication.translate("PartnershipsView", u"Pa&use", None))
#if QT_CONFIG(tooltip)
        self.resumeButton.setToolTip(QCoreApplication.translate("PartnershipsView", u"Make a paused partnership active again", None))
#endif // QT_CONFIG(tooltip)
        self.resumeButton.setText(QCoreApplication.translate("PartnershipsView", u"&Resume", None))
#if QT_CONFIG(tooltip)
        self.completeButton.setToolTip(QCoreApplication.translate("PartnershipsView", u"Mark the partnership as completed: the pair reached the end of their agreement", None))
#endif // QT_CONFIG(tooltip)
        self.completeButton.setText(QCoreApplication.translate("PartnershipsView", u"Co&mplete\u2026", None))
#if QT_CONFIG(tooltip)
        self.endEarlyButton.setToolTip(QCoreApplication.translate("PartnershipsView", u"End the partnership before its agreed end, with a reason", None))
#endif // QT_CONFIG(tooltip)
        self.endEarlyButton.setText(QCoreApplication.translate("PartnershipsView", u"En&d early\u2026", None))
#if QT_CONFIG(tooltip)
        self.deleteDraftButton.setToolTip(QCoreApplication.translate("PartnershipsView", u"Delete a partnership that is still being set up", None))
#endif // QT_CONFIG(tooltip)
        self.deleteDraftButton.setText(QCoreApplication.translate("PartnershipsView", u"De&lete draft\u2026", None))
#if QT_CONFIG(tooltip)
        self.agreementButton.setToolTip(QCoreApplication.translate("PartnershipsView", u"Save the agreement as a PDF to print or sign, and open it", None))
#endif // QT_CONFIG(tooltip)
        self.agreementButton.setText(QCoreApplication.translate("PartnershipsView", u"A&greement PDF\u2026", None))
        pass
    # retranslateUi

