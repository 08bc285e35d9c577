# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'programmes_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDateEdit, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_ProgrammesView(object):
    def setupUi(self, programmesView):
        if not programmesView.objectName():
            programmesView.setObjectName(u"programmesView")
        programmesView.resize(1100, 640)
        self.programmesLayout = QVBoxLayout(programmesView)
        self.programmesLayout.setObjectName(u"programmesLayout")
        self.splitter = QSplitter(programmesView)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.programmesPane = QWidget(self.splitter)
        self.programmesPane.setObjectName(u"programmesPane")
        self.programmesPaneLayout = QVBoxLayout(self.programmesPane)
        self.programmesPaneLayout.setObjectName(u"programmesPaneLayout")
        self.programmesPaneLayout.setContentsMargins(0, 0, 0, 0)
        self.programmesLabel = QLabel(self.programmesPane)
        self.programmesLabel.setObjectName(u"programmesLabel")

        self.programmesPaneLayout.addWidget(self.programmesLabel)

        self.programmesList = QListWidget(self.programmesPane)
        self.programmesList.setObjectName(u"programmesList")
        self.programmesList.setMinimumSize(QSize(240, 0))
        self.programmesList.setAlternatingRowColors(True)
        self.programmesList.setWordWrap(True)

        self.programmesPaneLayout.addWidget(self.programmesList)

        self.programmeButtons = QHBoxLayout()
        self.programmeButtons.setObjectName(u"programmeButtons")
        self.newProgrammeButton = QPushButton(self.programmesPane)
        self.newProgrammeButton.setObjectName(u"newProgrammeButton")

        self.programmeButtons.addWidget(self.newProgrammeButton)

        self.editProgrammeButton = QPushButton(self.programmesPane)
        self.editProgrammeButton.setObjectName(u"editProgrammeButton")

        self.programmeButtons.addWidget(self.editProgrammeButton)

        self.programmeButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.programmeButtons.addItem(self.programmeButtonsSpacer)


        self.programmesPaneLayout.addLayout(self.programmeButtons)

        self.splitter.addWidget(self.programmesPane)
        self.enrolmentsPane = QWidget(self.splitter)
        self.enrolmentsPane.setObjectName(u"enrolmentsPane")
        self.enrolmentsPaneLayout = QVBoxLayout(self.enrolmentsPane)
        self.enrolmentsPaneLayout.setObjectName(u"enrolmentsPaneLayout")
        self.enrolmentsPaneLayout.setContentsMargins(0, 0, 0, 0)
        self.programmeTitle = QLabel(self.enrolmentsPane)
        self.programmeTitle.setObjectName(u"programmeTitle")
        self.programmeTitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.enrolmentsPaneLayout.addWidget(self.programmeTitle)

        self.programmeDetails = QLabel(self.enrolmentsPane)
        self.programmeDetails.setObjectName(u"programmeDetails")
        self.programmeDetails.setWordWrap(True)

        self.enrolmentsPaneLayout.addWidget(self.programmeDetails)

        self.countsLabel = QLabel(self.enrolmentsPane)
        self.countsLabel.setObjectName(u"countsLabel")
        self.countsLabel.setWordWrap(True)

        self.enrolmentsPaneLayout.addWidget(self.countsLabel)

        self.enrolmentActions = QHBoxLayout()
        self.enrolmentActions.setObjectName(u"enrolmentActions")
        self.filterEdit = QLineEdit(self.enrolmentsPane)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setMinimumSize(QSize(200, 0))
        self.filterEdit.setClearButtonEnabled(True)

        self.enrolmentActions.addWidget(self.filterEdit)

        self.enrolButton = QPushButton(self.enrolmentsPane)
        self.enrolButton.setObjectName(u"enrolButton")

        self.enrolmentActions.addWidget(self.enrolButton)

        self.unenrolButton = QPushButton(self.enrolmentsPane)
        self.unenrolButton.setObjectName(u"unenrolButton")

        self.enrolmentActions.addWidget(self.unenrolButton)

        self.consentButton = QPushButton(self.enrolmentsPane)
        self.consentButton.setObjectName(u"consentButton")

        self.enrolmentActions.addWidget(self.consentButton)

        self.consentDateEdit = QDateEdit(self.enrolmentsPane)
        self.consentDateEdit.setObjectName(u"consentDateEdit")
        self.consentDateEdit.setCalendarPopup(True)

        self.enrolmentActions.addWidget(self.consentDateEdit)


        self.enrolmentsPaneLayout.addLayout(self.enrolmentActions)

        self.enrolmentsTable = QTableView(self.enrolmentsPane)
        self.enrolmentsTable.setObjectName(u"enrolmentsTable")
        self.enrolmentsTable.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.SelectedClicked)
        self.enrolmentsTable.setAlternatingRowColors(True)
        self.enrolmentsTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.enrolmentsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.enrolmentsTable.setShowGrid(False)
        self.enrolmentsTable.setSortingEnabled(True)
        self.enrolmentsTable.setWordWrap(False)
        self.enrolmentsTable.horizontalHeader().setStretchLastSection(True)
        self.enrolmentsTable.verticalHeader().setVisible(False)

        self.enrolmentsPaneLayout.addWidget(self.enrolmentsTable)

        self.messageLabel = QLabel(self.enrolmentsPane)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.enrolmentsPaneLayout.addWidget(self.messageLabel)

        self.splitter.addWidget(self.enrolmentsPane)

        self.programmesLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.programmesLabel.setBuddy(self.programmesList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.programmesList, self.newProgrammeButton)
        QWidget.setTabOrder(self.newProgrammeButton, self.editProgrammeButton)
        QWidget.setTabOrder(self.editProgrammeButton, self.filterEdit)
        QWidget.setTabOrder(self.filterEdit, self.enrolButton)
        QWidget.setTabOrder(self.enrolButton, self.unenrolButton)
        QWidget.setTabOrder(self.unenrolButton, self.consentButton)
        QWidget.setTabOrder(self.consentButton, self.consentDateEdit)
        QWidget.setTabOrder(self.consentDateEdit, self.enrolmentsTable)

        self.retranslateUi(programmesView)

        QMetaObject.connectSlotsByName(programmesView)
    # setupUi

    def retranslateUi(self, programmesView):
        self.programmesLabel.setText(QCoreApplication.translate("ProgrammesView", u"&Programmes", None))
#if QT_CONFIG(accessibility)
        self.programmesList.setAccessibleName(QCoreApplication.translate("ProgrammesView", u"Programmes", None))
#endif // QT_CONFIG(accessibility)
        self.newProgrammeButton.setText(QCoreApplication.translate("ProgrammesView", u"&New programme\u2026", None))
#if QT_CONFIG(tooltip)
        self.editProgrammeButton.setToolTip(QCoreApplication.translate("ProgrammesView", u"Change the selected programme's name, dates, status and intervals (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.editProgrammeButton.setText(QCoreApplication.translate("ProgrammesView", u"&Edit\u2026", None))
        self.programmeTitle.setText(QCoreApplication.translate("ProgrammesView", u"No programme yet", None))
        self.programmeDetails.setText(QCoreApplication.translate("ProgrammesView", u"Create one with New programme\u2026, then enrol people in it.", None))
        self.countsLabel.setText("")
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("ProgrammesView", u"Filter by name or email\u2026 (Ctrl+F)", None))
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleName(QCoreApplication.translate("ProgrammesView", u"Filter enrolled people by name or email", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.enrolButton.setToolTip(QCoreApplication.translate("ProgrammesView", u"Choose people to take part in this programme, in one role", None))
#endif // QT_CONFIG(tooltip)
        self.enrolButton.setText(QCoreApplication.translate("ProgrammesView", u"En&rol people\u2026", None))
#if QT_CONFIG(tooltip)
        self.unenrolButton.setToolTip(QCoreApplication.translate("ProgrammesView", u"Take the selected people out of this programme (Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.unenrolButton.setText(QCoreApplication.translate("ProgrammesView", u"&Un-enrol\u2026", None))
#if QT_CONFIG(tooltip)
        self.consentButton.setToolTip(QCoreApplication.translate("ProgrammesView", u"Record that the selected people agreed to take part, on the date beside it", None))
#endif // QT_CONFIG(tooltip)
        self.consentButton.setText(QCoreApplication.translate("ProgrammesView", u"Record &consent on", None))
#if QT_CONFIG(accessibility)
        self.consentDateEdit.setAccessibleName(QCoreApplication.translate("ProgrammesView", u"Consent date", None))
#endif // QT_CONFIG(accessibility)
        self.consentDateEdit.setDisplayFormat(QCoreApplication.translate("ProgrammesView", u"d MMM yyyy", None))
#if QT_CONFIG(accessibility)
        self.enrolmentsTable.setAccessibleName(QCoreApplication.translate("ProgrammesView", u"Enrolled people", None))
#endif // QT_CONFIG(accessibility)
        self.messageLabel.setText("")
        pass
    # retranslateUi

