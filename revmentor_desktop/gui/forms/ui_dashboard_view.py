# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFrame, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSplitter, QStackedWidget,
    QTabWidget, QTableView, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

from revmentor_desktop.gui.widgets.charts import (BarChart, ColumnChart)

class Ui_DashboardView(object):
    def setupUi(self, dashboardView):
        if not dashboardView.objectName():
            dashboardView.setObjectName(u"dashboardView")
        dashboardView.resize(1200, 760)
        self.dashboardLayout = QVBoxLayout(dashboardView)
        self.dashboardLayout.setObjectName(u"dashboardLayout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.programmeLabel = QLabel(dashboardView)
        self.programmeLabel.setObjectName(u"programmeLabel")

        self.topRow.addWidget(self.programmeLabel)

        self.programmeCombo = QComboBox(dashboardView)
        self.programmeCombo.setObjectName(u"programmeCombo")
        self.programmeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.topRow.addWidget(self.programmeCombo)

        self.statusLabel = QLabel(dashboardView)
        self.statusLabel.setObjectName(u"statusLabel")

        self.topRow.addWidget(self.statusLabel)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topRow.addItem(self.topSpacer)


        self.dashboardLayout.addLayout(self.topRow)

        self.contentStack = QStackedWidget(dashboardView)
        self.contentStack.setObjectName(u"contentStack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyTopSpacer)

        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.emptyButtons = QHBoxLayout()
        self.emptyButtons.setObjectName(u"emptyButtons")
        self.emptyLeftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyButtons.addItem(self.emptyLeftSpacer)

        self.openSuggestionsButton = QPushButton(self.emptyPage)
        self.openSuggestionsButton.setObjectName(u"openSuggestionsButton")

        self.emptyButtons.addWidget(self.openSuggestionsButton)

        self.emptyRightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyButtons.addItem(self.emptyRightSpacer)


        self.emptyLayout.addLayout(self.emptyButtons)

        self.emptyBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyBottomSpacer)

        self.contentStack.addWidget(self.emptyPage)
        self.overviewPage = QWidget()
        self.overviewPage.setObjectName(u"overviewPage")
        self.overviewLayout = QVBoxLayout(self.overviewPage)
        self.overviewLayout.setObjectName(u"overviewLayout")
        self.overviewLayout.setContentsMargins(0, -1, 0, 0)
        self.dashboardTabs = QTabWidget(self.overviewPage)
        self.dashboardTabs.setObjectName(u"dashboardTabs")
        self.dashboardTabs.setDocumentMode(True)
        self.progressTab = QWidget()
        self.progressTab.setObjectName(u"progressTab")
        self.progressLayout = QVBoxLayout(self.progressTab)
        self.progressLayout.setObjectName(u"progressLayout")
        self.progressLayout.setContentsMargins(0, -1, 0, 0)
        self.tilesLayout = QGridLayout()
        self.tilesLayout.setObjectName(u"tilesLayout")

        self.progressLayout.addLayout(self.tilesLayout)

        self.splitter = QSplitter(self.progressTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.chartsArea = QScrollArea(self.splitter)
        self.chartsArea.setObjectName(u"chartsArea")
        self.chartsArea.setWidgetResizable(True)
        self.chartsArea.setFrameShape(QFrame.Shape.NoFrame)
        self.chartsPanel = QWidget()
        self.chartsPanel.setObjectName(u"chartsPanel")
        self.chartsGrid = QGridLayout(self.chartsPanel)
        self.chartsGrid.setObjectName(u"chartsGrid")
        self.chartsGrid.setContentsMargins(0, -1, -1, -1)
        self.statusBox = QGroupBox(self.chartsPanel)
        self.statusBox.setObjectName(u"statusBox")
        self.statusBoxLayout = QVBoxLayout(self.statusBox)
        self.statusBoxLayout.setObjectName(u"statusBoxLayout")
        self.statusChart = BarChart(self.statusBox)
        self.statusChart.setObjectName(u"statusChart")

        self.statusBoxLayout.addWidget(self.statusChart)


        self.chartsGrid.addWidget(self.statusBox, 0, 0, 1, 1)

        self.checkInsBox = QGroupBox(self.chartsPanel)
        self.checkInsBox.setObjectName(u"checkInsBox")
        self.checkInsBoxLayout = QVBoxLayout(self.checkInsBox)
        self.checkInsBoxLayout.setObjectName(u"checkInsBoxLayout")
        self.checkInsChart = ColumnChart(self.checkInsBox)
        self.checkInsChart.setObjectName(u"checkInsChart")

        self.checkInsBoxLayout.addWidget(self.checkInsChart)


        self.chartsGrid.addWidget(self.checkInsBox, 0, 1, 1, 1)

        self.ratingsBox = QGroupBox(self.chartsPanel)
        self.ratingsBox.setObjectName(u"ratingsBox")
        self.ratingsBoxLayout = QVBoxLayout(self.ratingsBox)
        self.ratingsBoxLayout.setObjectName(u"ratingsBoxLayout")
        self.ratingsChart = BarChart(self.ratingsBox)
        self.ratingsChart.setObjectName(u"ratingsChart")

        self.ratingsBoxLayout.addWidget(self.ratingsChart)


        self.chartsGrid.addWidget(self.ratingsBox, 1, 0, 1, 1)

        self.goalsBox = QGroupBox(self.chartsPanel)
        self.goalsBox.setObjectName(u"goalsBox")
        self.goalsBoxLayout = QVBoxLayout(self.goalsBox)
        self.goalsBoxLayout.setObjectName(u"goalsBoxLayout")
        self.goalsChart = BarChart(self.goalsBox)
        self.goalsChart.setObjectName(u"goalsChart")

        self.goalsBoxLayout.addWidget(self.goalsChart)


        self.chartsGrid.addWidget(self.goalsBox, 1, 1, 1, 1)

        self.menteeSkillsBox = QGroupBox(self.chartsPanel)
        self.menteeSkillsBox.setObjectName(u"menteeSkillsBox")
        self.menteeSkillsBoxLayout = QVBoxLayout(self.menteeSkillsBox)
        self.menteeSkillsBoxLayout.setObjectName(u"menteeSkillsBoxLayout")
        self.menteeSkillsChart = BarChart(self.menteeSkillsBox)
        self.menteeSkillsChart.setObjectName(u"menteeSkillsChart")

        self.menteeSkillsBoxLayout.addWidget(self.menteeSkillsChart)


        self.chartsGrid.addWidget(self.menteeSkillsBox, 2, 0, 1, 1)

        self.mentorSkillsBox = QGroupBox(self.chartsPanel)
        self.mentorSkillsBox.setObjectName(u"mentorSkillsBox")
        self.mentorSkillsBoxLayout = QVBoxLayout(self.mentorSkillsBox)
        self.mentorSkillsBoxLayout.setObjectName(u"mentorSkillsBoxLayout")
        self.mentorSkillsChart = BarChart(self.mentorSkillsBox)
        self.mentorSkillsChart.setObjectName(u"mentorSkillsChart")

        self.mentorSkillsBoxLayout.addWidget(self.mentorSkillsChart)


        self.chartsGrid.addWidget(self.mentorSkillsBox, 2, 1, 1, 1)

        self.chartsArea.setWidget(self.chartsPanel)
        self.splitter.addWidget(self.chartsArea)
        self.actionTabs = QTabWidget(self.splitter)
        self.actionTabs.setObjectName(u"actionTabs")
        self.actionTabs.setUsesScrollButtons(False)
        self.stalledTab = QWidget()
        self.stalledTab.setObjectName(u"stalledTab")
        self.stalledTabLayout = QVBoxLayout(self.stalledTab)
        self.stalledTabLayout.setObjectName(u"stalledTabLayout")
        self.stalledHint = QLabel(self.stalledTab)
        self.stalledHint.setObjectName(u"stalledHint")
        self.stalledHint.setWordWrap(True)

        self.stalledTabLayout.addWidget(self.stalledHint)

        self.stalledTable = QTableView(self.stalledTab)
        self.stalledTable.setObjectName(u"stalledTable")
        self.stalledTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stalledTable.setAlternatingRowColors(True)
        self.stalledTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.stalledTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.stalledTable.setShowGrid(False)
        self.stalledTable.setWordWrap(False)
        self.stalledTable.horizontalHeader().setStretchLastSection(True)
        self.stalledTable.verticalHeader().setVisible(False)

        self.stalledTabLayout.addWidget(self.stalledTable)

        self.stalledEmpty = QLabel(self.stalledTab)
        self.stalledEmpty.setObjectName(u"stalledEmpty")
        self.stalledEmpty.setWordWrap(True)
        self.stalledEmpty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.stalledTabLayout.addWidget(self.stalledEmpty)

        self.stalledTabButtons = QHBoxLayout()
        self.stalledTabButtons.setObjectName(u"stalledTabButtons")
        self.logStalledButton = QPushButton(self.stalledTab)
        self.logStalledButton.setObjectName(u"logStalledButton")

        self.stalledTabButtons.addWidget(self.logStalledButton)

        self.brainstormButton = QPushButton(self.stalledTab)
        self.brainstormButton.setObjectName(u"brainstormButton")

        self.stalledTabButtons.addWidget(self.brainstormButton)

        self.stalledTabSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stalledTabButtons.addItem(self.stalledTabSpacer)


        self.stalledTabLayout.addLayout(self.stalledTabButtons)

        self.stalledTabLayout.setStretch(1, 1)
        self.stalledTabLayout.setStretch(2, 1)
        self.actionTabs.addTab(self.stalledTab, "")
        self.overdueTab = QWidget()
        self.overdueTab.setObjectName(u"overdueTab")
        self.overdueTabLayout = QVBoxLayout(self.overdueTab)
        self.overdueTabLayout.setObjectName(u"overdueTabLayout")
        self.overdueHint = QLabel(self.overdueTab)
        self.overdueHint.setObjectName(u"overdueHint")
        self.overdueHint.setWordWrap(True)

        self.overdueTabLayout.addWidget(self.overdueHint)

        self.overdueTable = QTableView(self.overdueTab)
        self.overdueTable.setObjectName(u"overdueTable")
        self.overdueTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overdueTable.setAlternatingRowColors(True)
        self.overdueTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.overdueTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.overdueTable.setShowGrid(False)
        self.overdueTable.setWordWrap(False)
        self.overdueTable.horizontalHeader().setStretchLastSection(True)
        self.overdueTable.verticalHeader().setVisible(False)

        self.overdueTabLayout.addWidget(self.overdueTable)

        self.overdueEmpty = QLabel(self.overdueTab)
        self.overdueEmpty.setObjectName(u"overdueEmpty")
        self.overdueEmpty.setWordWrap(True)
        self.overdueEmpty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.overdueTabLayout.addWidget(self.overdueEmpty)

        self.overdueTabButtons = QHBoxLayout()
        self.overdueTabButtons.setObjectName(u"overdueTabButtons")
        self.logReviewButton = QPushButton(self.overdueTab)
        self.logReviewButton.setObjectName(u"logReviewButton")

        self.overdueTabButtons.addWidget(self.logReviewButton)

        self.overdueTabSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.overdueTabButtons.addItem(self.overdueTabSpacer)


        self.overdueTabLayout.addLayout(self.overdueTabButtons)

        self.overdueTabLayout.setStretch(1, 1)
        self.overdueTabLayout.setStretch(2, 1)
        self.actionTabs.addTab(self.overdueTab, "")
        self.draftsTab = QWidget()
        self.draftsTab.setObjectName(u"draftsTab")
        self.draftsTabLayout = QVBoxLayout(self.draftsTab)
        self.draftsTabLayout.setObjectName(u"draftsTabLayout")
        self.draftsHint = QLabel(self.draftsTab)
        self.draftsHint.setObjectName(u"draftsHint")
        self.draftsHint.setWordWrap(True)

        self.draftsTabLayout.addWidget(self.draftsHint)

        self.draftsTable = QTableView(self.draftsTab)
        self.draftsTable.setObjectName(u"draftsTable")
        self.draftsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.draftsTable.setAlternatingRowColors(True)
        self.draftsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.draftsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.draftsTable.setShowGrid(False)
        self.draftsTable.setWordWrap(False)
        self.draftsTable.horizontalHeader().setStretchLastSection(True)
        self.draftsTable.verticalHeader().setVisible(False)

        self.draftsTabLayout.addWidget(self.draftsTable)

        self.draftsEmpty = QLabel(self.draftsTab)
        self.draftsEmpty.setObjectName(u"draftsEmpty")
        self.draftsEmpty.setWordWrap(True)
        self.draftsEmpty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.draftsTabLayout.addWidget(self.draftsEmpty)

        self.draftsTabButtons = QHBoxLayout()
        self.draftsTabButtons.setObjectName(u"draftsTabButtons")
        self.resumeDraftButton = QPushButton(self.draftsTab)
        self.resumeDraftButton.setObjectName(u"resumeDraftButton")

        self.draftsTabButtons.addWidget(self.resumeDraftButton)

        self.draftsTabSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.draftsTabButtons.addItem(self.draftsTabSpacer)


        self.draftsTabLayout.addLayout(self.draftsTabButtons)

        self.draftsTabLayout.setStretch(1, 1)
        self.draftsTabLayout.setStretch(2, 1)
        self.actionTabs.addTab(self.draftsTab, "")
        self.unpairedTab = QWidget()
        self.unpairedTab.setObjectName(u"unpairedTab")
        self.unpairedTabLayout = QVBoxLayout(self.unpairedTab)
        self.unpairedTabLayout.setObjectName(u"unpairedTabLayout")
        self.unpairedHint = QLabel(self.unpairedTab)
        self.unpairedHint.setObjectName(u"unpairedHint")
        self.unpairedHint.setWordWrap(True)

        self.unpairedTabLayout.addWidget(self.unpairedHint)

        self.unpairedTable = QTableView(self.unpairedTab)
        self.unpairedTable.setObjectName(u"unpairedTable")
        self.unpairedTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unpairedTable.setAlternatingRowColors(True)
        self.unpairedTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.unpairedTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.unpairedTable.setShowGrid(False)
        self.unpairedTable.setWordWrap(False)
        self.unpairedTable.horizontalHeader().setStretchLastSection(True)
        self.unpairedTable.verticalHeader().setVisible(False)

        self.unpairedTabLayout.addWidget(self.unpairedTable)

        self.unpairedEmpty = QLabel(self.unpairedTab)
        self.unpairedEmpty.setObjectName(u"unpairedEmpty")
        self.unpairedEmpty.setWordWrap(True)
        self.unpairedEmpty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.unpairedTabLayout.addWidget(self.unpairedEmpty)

        self.unpairedTabButtons = QHBoxLayout()
        self.unpairedTabButtons.setObjectName(u"unpairedTabButtons")
        self.suggestButton = QPushButton(self.unpairedTab)
        self.suggestButton.setObjectName(u"suggestButton")

        self.unpairedTabButtons.addWidget(self.suggestButton)

        self.unpairedTabSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.unpairedTabButtons.addItem(self.unpairedTabSpacer)


        self.unpairedTabLayout.addLayout(self.unpairedTabButtons)

        self.unpairedTabLayout.setStretch(1, 1)
        self.unpairedTabLayout.setStretch(2, 1)
        self.actionTabs.addTab(self.unpairedTab, "")
        self.splitter.addWidget(self.actionTabs)

        self.progressLayout.addWidget(self.splitter)

        self.progressLayout.setStretch(1, 1)
        self.dashboardTabs.addTab(self.progressTab, "")
        self.evaluationTab = QWidget()
        self.evaluationTab.setObjectName(u"evaluationTab")
        self.evaluationTabLayout = QVBoxLayout(self.evaluationTab)
        self.evaluationTabLayout.setObjectName(u"evaluationTabLayout")
        self.evaluationTabLayout.setContentsMargins(0, -1, 0, 0)
        self.evaluationTopRow = QHBoxLayout()
        self.evaluationTopRow.setObjectName(u"evaluationTopRow")
        self.evaluationIntro = QLabel(self.evaluationTab)
        self.evaluationIntro.setObjectName(u"evaluationIntro")
        self.evaluationIntro.setWordWrap(True)

        self.evaluationTopRow.addWidget(self.evaluationIntro)

        self.anonymiseEvaluationCheck = QCheckBox(self.evaluationTab)
        self.anonymiseEvaluationCheck.setObjectName(u"anonymiseEvaluationCheck")

        self.evaluationTopRow.addWidget(self.anonymiseEvaluationCheck)

        self.evaluationPdfButton = QPushButton(self.evaluationTab)
        self.evaluationPdfButton.setObjectName(u"evaluationPdfButton")

        self.evaluationTopRow.addWidget(self.evaluationPdfButton)

        self.evaluationTopRow.setStretch(0, 1)

        self.evaluationTabLayout.addLayout(self.evaluationTopRow)

        self.evaluationArea = QScrollArea(self.evaluationTab)
        self.evaluationArea.setObjectName(u"evaluationArea")
        self.evaluationArea.setWidgetResizable(True)
        self.evaluationArea.setFrameShape(QFrame.Shape.NoFrame)
        self.evaluationPanel = QWidget()
        self.evaluationPanel.setObjectName(u"evaluationPanel")
        self.evaluationLayout = QVBoxLayout(self.evaluationPanel)
        self.evaluationLayout.setObjectName(u"evaluationLayout")
        self.evaluationLayout.setContentsMargins(0, -1, -1, -1)
        self.reactionBox = QGroupBox(self.evaluationPanel)
        self.reactionBox.setObjectName(u"reactionBox")
        self.reactionGrid = QGridLayout(self.reactionBox)
        self.reactionGrid.setObjectName(u"reactionGrid")

        self.evaluationLayout.addWidget(self.reactionBox)

        self.learningBox = QGroupBox(self.evaluationPanel)
        self.learningBox.setObjectName(u"learningBox")
        self.learningBoxLayout = QVBoxLayout(self.learningBox)
        self.learningBoxLayout.setObjectName(u"learningBoxLayout")
        self.learningTable = QTableWidget(self.learningBox)
        self.learningTable.setObjectName(u"learningTable")
        self.learningTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.learningTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.learningTable.setShowGrid(False)
        self.learningTable.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.learningTable.verticalHeader().setVisible(False)

        self.learningBoxLayout.addWidget(self.learningTable)


        self.evaluationLayout.addWidget(self.learningBox)

        self.evaluationGoalsBox = QGroupBox(self.evaluationPanel)
        self.evaluationGoalsBox.setObjectName(u"evaluationGoalsBox")
        self.evaluationGoalsBoxLayout = QVBoxLayout(self.evaluationGoalsBox)
        self.evaluationGoalsBoxLayout.setObjectName(u"evaluationGoalsBoxLayout")
        self.evaluationGoalsTable = QTableWidget(self.evaluationGoalsBox)
        self.evaluationGoalsTable.setObjectName(u"evaluationGoalsTable")
        self.evaluationGoalsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.evaluationGoalsTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.evaluationGoalsTable.setShowGrid(False)
        self.evaluationGoalsTable.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.evaluationGoalsTable.verticalHeader().setVisible(False)

        self.evaluationGoalsBoxLayout.addWidget(self.evaluationGoalsTable)


        self.evaluationLayout.addWidget(self.evaluationGoalsBox)

        self.participationBox = QGroupBox(self.evaluationPanel)
        self.participationBox.setObjectName(u"participationBox")
        self.participationGrid = QGridLayout(self.participationBox)
        self.participationGrid.setObjectName(u"participationGrid")

        self.evaluationLayout.addWidget(self.participationBox)

        self.evaluationFootnote = QLabel(self.evaluationPanel)
        self.evaluationFootnote.setObjectName(u"evaluationFootnote")
        self.evaluationFootnote.setWordWrap(True)

        self.evaluationLayout.addWidget(self.evaluationFootnote)

        self.evaluationSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.evaluationLayout.addItem(self.evaluationSpacer)

        self.evaluationArea.setWidget(self.evaluationPanel)

        self.evaluationTabLayout.addWidget(self.evaluationArea)

        self.dashboardTabs.addTab(self.evaluationTab, "")

        self.overviewLayout.addWidget(self.dashboardTabs)

        self.contentStack.addWidget(self.overviewPage)

        self.dashboardLayout.addWidget(self.contentStack)

        self.dashboardLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.programmeLabel.setBuddy(self.programmeCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.programmeCombo, self.openSuggestionsButton)
        QWidget.setTabOrder(self.openSuggestionsButton, self.dashboardTabs)
        QWidget.setTabOrder(self.dashboardTabs, self.actionTabs)
        QWidget.setTabOrder(self.actionTabs, self.stalledTable)
        QWidget.setTabOrder(self.stalledTable, self.logStalledButton)
        QWidget.setTabOrder(self.logStalledButton, self.brainstormButton)
        QWidget.setTabOrder(self.brainstormButton, self.overdueTable)
        QWidget.setTabOrder(self.overdueTable, self.logReviewButton)
        QWidget.setTabOrder(self.logReviewButton, self.draftsTable)
        QWidget.setTabOrder(self.draftsTable, self.resumeDraftButton)
        QWidget.setTabOrder(self.resumeDraftButton, self.unpairedTable)
        QWidget.setTabOrder(self.unpairedTable, self.suggestButton)
        QWidget.setTabOrder(self.suggestButton, self.chartsArea)
        QWidget.setTabOrder(self.chartsArea, self.anonymiseEvaluationCheck)
        QWidget.setTabOrder(self.anonymiseEvaluationCheck, self.evaluationPdfButton)
        QWidget.setTabOrder(self.evaluationPdfButton, self.evaluationArea)

        self.retranslateUi(dashboardView)

        QMetaObject.connectSlotsByName(dashboardView)
    # setupUi

    def retranslateUi(self, dashboardView):
        self.programmeLabel.setText(QCoreApplication.translate("DashboardView", u"P&rogramme:", None))
        self.statusLabel.setText("")
        self.emptyLabel.setText(QCoreApplication.translate("DashboardView", u"No partnerships yet \u2014 accept some pair suggestions first.", None))
        self.openSuggestionsButton.setText(QCoreApplication.translate("DashboardView", u"Open pair &suggestions", None))
#if QT_CONFIG(tooltip)
        self.openSuggestionsButton.setToolTip(QCoreApplication.translate("DashboardView", u"Go to the pair suggestions for this programme", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.dashboardTabs.setAccessibleName(QCoreApplication.translate("DashboardView", u"Dashboard views", None))
#endif // QT_CONFIG(accessibility)
        self.statusBox.setTitle(QCoreApplication.translate("DashboardView", u"Partnerships by status", None))
#if QT_CONFIG(accessibility)
        self.statusChart.setAccessibleName(QCoreApplication.translate("DashboardView", u"Partnerships by status", None))
#endif // QT_CONFIG(accessibility)
        self.checkInsBox.setTitle(QCoreApplication.translate("DashboardView", u"Check-ins held per month", None))
#if QT_CONFIG(accessibility)
        self.checkInsChart.setAccessibleName(QCoreApplication.translate("DashboardView", u"Check-ins held per month", None))
#endif // QT_CONFIG(accessibility)
        self.ratingsBox.setTitle(QCoreApplication.translate("DashboardView", u"Average rating of the meetings", None))
#if QT_CONFIG(accessibility)
        self.ratingsChart.setAccessibleName(QCoreApplication.translate("DashboardView", u"Average rating of the meetings, from 1 to 5", None))
#endif // QT_CONFIG(accessibility)
        self.goalsBox.setTitle(QCoreApplication.translate("DashboardView", u"Goal progress", None))
#if QT_CONFIG(accessibility)
        self.goalsChart.setAccessibleName(QCoreApplication.translate("DashboardView", u"Average goal progress in each direction", None))
#endif // QT_CONFIG(accessibility)
        self.menteeSkillsBox.setTitle(QCoreApplication.translate("DashboardView", u"Skills the mentees learn", None))
#if QT_CONFIG(accessibility)
        self.menteeSkillsChart.setAccessibleName(QCoreApplication.translate("DashboardView", u"Skills the mentees learn, by number of goals", None))
#endif // QT_CONFIG(accessibility)
        self.mentorSkillsBox.setTitle(QCoreApplication.translate("DashboardView", u"Skills the reverse mentors learn", None))
#if QT_CONFIG(accessibility)
        self.mentorSkillsChart.setAccessibleName(QCoreApplication.translate("DashboardView", u"Skills the reverse mentors learn, by number of goals", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.actionTabs.setAccessibleName(QCoreApplication.translate("DashboardView", u"Who needs a nudge", None))
#endif // QT_CONFIG(accessibility)
        self.stalledHint.setText(QCoreApplication.translate("DashboardView", u"Active partnerships without a check-in for longer than the programme allows.", None))
#if QT_CONFIG(accessibility)
        self.stalledTable.setAccessibleName(QCoreApplication.translate("DashboardView", u"Stalled partnerships", None))
#endif // QT_CONFIG(accessibility)
        self.stalledEmpty.setText(QCoreApplication.translate("DashboardView", u"No stalled partnerships: every active pair has met recently.", None))
        self.logStalledButton.setText(QCoreApplication.translate("DashboardView", u"&Log check-in\u2026", None))
#if QT_CONFIG(tooltip)
        self.logStalledButton.setToolTip(QCoreApplication.translate("DashboardView", u"Log the check-in this pair held (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.brainstormButton.setText(QCoreApplication.translate("DashboardView", u"Schedule a &brainstorming session\u2026", None))
#if QT_CONFIG(tooltip)
        self.brainstormButton.setToolTip(QCoreApplication.translate("DashboardView", u"Save a calendar invitation (.ics) to a session on new ways to reach the goals", None))
#endif // QT_CONFIG(tooltip)
        self.actionTabs.setTabText(self.actionTabs.indexOf(self.stalledTab), QCoreApplication.translate("DashboardView", u"Stalled", None))
        self.overdueHint.setText(QCoreApplication.translate("DashboardView", u"Mid-point and final reviews whose date has passed without that review being logged.", None))
#if QT_CONFIG(accessibility)
        self.overdueTable.setAccessibleName(QCoreApplication.translate("DashboardView", u"Overdue reviews", None))
#endif // QT_CONFIG(accessibility)
        self.overdueEmpty.setText(QCoreApplication.translate("DashboardView", u"No reviews overdue.", None))
        self.logReviewButton.setText(QCoreApplication.translate("DashboardView", u"Log the &review\u2026", None))
#if QT_CONFIG(tooltip)
        self.logReviewButton.setToolTip(QCoreApplication.translate("DashboardView", u"Log the review this pair held (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.actionTabs.setTabText(self.actionTabs.indexOf(self.overdueTab), QCoreApplication.translate("DashboardView", u"Reviews overdue", None))
        self.draftsHint.setText(QCoreApplication.translate("DashboardView", u"Partnerships whose set-up was started but not finished.", None))
#if QT_CONFIG(accessibility)
        self.draftsTable.setAccessibleName(QCoreApplication.translate("DashboardView", u"Drafts not finished", None))
#endif // QT_CONFIG(accessibility)
        self.draftsEmpty.setText(QCoreApplication.translate("DashboardView", u"No drafts waiting: every set-up is finished.", None))
        self.resumeDraftButton.setText(QCoreApplication.translate("DashboardView", u"&Resume set-up\u2026", None))
#if QT_CONFIG(tooltip)
        self.resumeDraftButton.setToolTip(QCoreApplication.translate("DashboardView", u"Continue the set-up wizard where it stopped (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.actionTabs.setTabText(self.actionTabs.indexOf(self.draftsTab), QCoreApplication.translate("DashboardView", u"Drafts", None))
        self.unpairedHint.setText(QCoreApplication.translate("DashboardView", u"People enrolled, with consent recorded, who have no partner in this programme yet.", None))
#if QT_CONFIG(accessibility)
        self.unpairedTable.setAccessibleName(QCoreApplication.translate("DashboardView", u"People enrolled but unpaired", None))
#endif // QT_CONFIG(accessibility)
        self.unpairedEmpty.setText(QCoreApplication.translate("DashboardView", u"Everyone enrolled has a partner.", None))
        self.suggestButton.setText(QCoreApplication.translate("DashboardView", u"&Suggest partners\u2026", None))
#if QT_CONFIG(tooltip)
        self.suggestButton.setToolTip(QCoreApplication.translate("DashboardView", u"Open the pair suggestions for this programme (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.actionTabs.setTabText(self.actionTabs.indexOf(self.unpairedTab), QCoreApplication.translate("DashboardView", u"Unpaired", None))
        self.dashboardTabs.setTabText(self.dashboardTabs.indexOf(self.progressTab), QCoreApplication.translate("DashboardView", u"&Progress", None))
        self.evaluationIntro.setText(QCoreApplication.translate("DashboardView", u"Did the programme work, both ways? Each figure shows how many answers stand behind it.", None))
        self.anonymiseEvaluationCheck.setText(QCoreApplication.translate("DashboardView", u"&Anonymised", None))
#if QT_CONFIG(tooltip)
        self.anonymiseEvaluationCheck.setToolTip(QCoreApplication.translate("DashboardView", u"Show the figures as the anonymised evaluation does: none that fewer than five people stand behind", None))
#endif // QT_CONFIG(tooltip)
        self.evaluationPdfButton.setText(QCoreApplication.translate("DashboardView", u"Save as P&DF\u2026", None))
#if QT_CONFIG(tooltip)
        self.evaluationPdfButton.setToolTip(QCoreApplication.translate("DashboardView", u"Write the one-page evaluation for leadership as a PDF", None))
#endif // QT_CONFIG(tooltip)
        self.reactionBox.setTitle(QCoreApplication.translate("DashboardView", u"Reaction: how the partners rated it", None))
        self.learningBox.setTitle(QCoreApplication.translate("DashboardView", u"Learning: self-assessed level (1\u20135) in the skills each partner learns", None))
#if QT_CONFIG(accessibility)
        self.learningTable.setAccessibleName(QCoreApplication.translate("DashboardView", u"Self-assessed levels at the start and at the latest review", None))
#endif // QT_CONFIG(accessibility)
        self.evaluationGoalsBox.setTitle(QCoreApplication.translate("DashboardView", u"Behaviour: goals achieved", None))
#if QT_CONFIG(accessibility)
        self.evaluationGoalsTable.setAccessibleName(QCoreApplication.translate("DashboardView", u"Goals achieved in each direction", None))
#endif // QT_CONFIG(accessibility)
        self.participationBox.setTitle(QCoreApplication.translate("DashboardView", u"Participation", None))
        self.evaluationFootnote.setText(QCoreApplication.translate("DashboardView", u"Ratings: each partner rates every meeting from 1 (poor) to 5 (excellent). Levels: each partner rates their own level when the agreement is signed and again at the mid-point and final reviews. Recommendation: asked at the closing conversation, 0\u201310; the net score is the % who gave 9 or 10 minus the % who gave 0 to 6.", None))
        self.dashboardTabs.setTabText(self.dashboardTabs.indexOf(self.evaluationTab), QCoreApplication.translate("DashboardView", u"E&valuation", None))
        pass
    # retranslateUi

