# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'suggestions_view.ui'
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
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSpinBox, QSplitter, QTableView,
    QTableWidget, QTableWidgetItem, QTextBrowser, QToolButton,
    QVBoxLayout, QWidget)

class Ui_SuggestionsView(object):
    def setupUi(self, suggestionsView):
        if not suggestionsView.objectName():
            suggestionsView.setObjectName(u"suggestionsView")
        suggestionsView.resize(1200, 700)
        self.suggestionsLayout = QVBoxLayout(suggestionsView)
        self.suggestionsLayout.setObjectName(u"suggestionsLayout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.programmeLabel = QLabel(suggestionsView)
        self.programmeLabel.setObjectName(u"programmeLabel")

        self.topRow.addWidget(self.programmeLabel)

        self.programmeCombo = QComboBox(suggestionsView)
        self.programmeCombo.setObjectName(u"programmeCombo")
        self.programmeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.topRow.addWidget(self.programmeCombo)

        self.resuggestButton = QPushButton(suggestionsView)
        self.resuggestButton.setObjectName(u"resuggestButton")

        self.topRow.addWidget(self.resuggestButton)

        self.undoButton = QPushButton(suggestionsView)
        self.undoButton.setObjectName(u"undoButton")

        self.topRow.addWidget(self.undoButton)

        self.statusLabel = QLabel(suggestionsView)
        self.statusLabel.setObjectName(u"statusLabel")

        self.topRow.addWidget(self.statusLabel)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topRow.addItem(self.topSpacer)


        self.suggestionsLayout.addLayout(self.topRow)

        self.splitter = QSplitter(suggestionsView)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.weightsArea = QScrollArea(self.splitter)
        self.weightsArea.setObjectName(u"weightsArea")
        self.weightsArea.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.weightsArea.setWidgetResizable(True)
        self.weightsPanel = QWidget()
        self.weightsPanel.setObjectName(u"weightsPanel")
        self.weightsLayout = QVBoxLayout(self.weightsPanel)
        self.weightsLayout.setObjectName(u"weightsLayout")
        self.weightsBox = QGroupBox(self.weightsPanel)
        self.weightsBox.setObjectName(u"weightsBox")
        self.weightsForm = QFormLayout(self.weightsBox)
        self.weightsForm.setObjectName(u"weightsForm")

        self.weightsLayout.addWidget(self.weightsBox)

        self.rulesBox = QGroupBox(self.weightsPanel)
        self.rulesBox.setObjectName(u"rulesBox")
        self.rulesForm = QFormLayout(self.rulesBox)
        self.rulesForm.setObjectName(u"rulesForm")
        self.minGapLabel = QLabel(self.rulesBox)
        self.minGapLabel.setObjectName(u"minGapLabel")

        self.rulesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.minGapLabel)

        self.minGapSpin = QSpinBox(self.rulesBox)
        self.minGapSpin.setObjectName(u"minGapSpin")
        self.minGapSpin.setMinimum(0)
        self.minGapSpin.setMaximum(10)

        self.rulesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.minGapSpin)

        self.idealGapLabel = QLabel(self.rulesBox)
        self.idealGapLabel.setObjectName(u"idealGapLabel")

        self.rulesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.idealGapLabel)

        self.idealGapRow = QHBoxLayout()
        self.idealGapRow.setObjectName(u"idealGapRow")
        self.idealGapMinSpin = QSpinBox(self.rulesBox)
        self.idealGapMinSpin.setObjectName(u"idealGapMinSpin")
        self.idealGapMinSpin.setMaximum(10)

        self.idealGapRow.addWidget(self.idealGapMinSpin)

        self.idealGapToLabel = QLabel(self.rulesBox)
        self.idealGapToLabel.setObjectName(u"idealGapToLabel")

        self.idealGapRow.addWidget(self.idealGapToLabel)

        self.idealGapMaxSpin = QSpinBox(self.rulesBox)
        self.idealGapMaxSpin.setObjectName(u"idealGapMaxSpin")
        self.idealGapMaxSpin.setMaximum(10)

        self.idealGapRow.addWidget(self.idealGapMaxSpin)


        self.rulesForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.idealGapRow)

        self.minScoreLabel = QLabel(self.rulesBox)
        self.minScoreLabel.setObjectName(u"minScoreLabel")

        self.rulesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.minScoreLabel)

        self.minScoreSpin = QSpinBox(self.rulesBox)
        self.minScoreSpin.setObjectName(u"minScoreSpin")
        self.minScoreSpin.setMaximum(100)
        self.minScoreSpin.setSingleStep(5)

        self.rulesForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.minScoreSpin)

        self.wholeChainCheck = QCheckBox(self.rulesBox)
        self.wholeChainCheck.setObjectName(u"wholeChainCheck")

        self.rulesForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.wholeChainCheck)

        self.favourParticipationCheck = QCheckBox(self.rulesBox)
        self.favourParticipationCheck.setObjectName(u"favourParticipationCheck")

        self.rulesForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.favourParticipationCheck)

        self.defaultsButton = QPushButton(self.rulesBox)
        self.defaultsButton.setObjectName(u"defaultsButton")

        self.rulesForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.defaultsButton)


        self.weightsLayout.addWidget(self.rulesBox)

        self.weightsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.weightsLayout.addItem(self.weightsSpacer)

        self.weightsArea.setWidget(self.weightsPanel)
        self.splitter.addWidget(self.weightsArea)
        self.pairsPanel = QWidget(self.splitter)
        self.pairsPanel.setObjectName(u"pairsPanel")
        self.pairsLayout = QVBoxLayout(self.pairsPanel)
        self.pairsLayout.setObjectName(u"pairsLayout")
        self.pairsLayout.setContentsMargins(0, 0, 0, 0)
        self.nobodyLabel = QLabel(self.pairsPanel)
        self.nobodyLabel.setObjectName(u"nobodyLabel")
        self.nobodyLabel.setVisible(False)
        self.nobodyLabel.setWordWrap(True)
        self.nobodyLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.nobodyLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.pairsLayout.addWidget(self.nobodyLabel)

        self.pairsContent = QWidget(self.pairsPanel)
        self.pairsContent.setObjectName(u"pairsContent")
        self.pairsContentLayout = QVBoxLayout(self.pairsContent)
        self.pairsContentLayout.setObjectName(u"pairsContentLayout")
        self.pairsContentLayout.setContentsMargins(0, 0, 0, 0)
        self.pairsLabel = QLabel(self.pairsContent)
        self.pairsLabel.setObjectName(u"pairsLabel")
        self.pairsLabel.setWordWrap(True)

        self.pairsContentLayout.addWidget(self.pairsLabel)

        self.pairsTable = QTableView(self.pairsContent)
        self.pairsTable.setObjectName(u"pairsTable")
        self.pairsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pairsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pairsTable.setWordWrap(False)
        self.pairsTable.horizontalHeader().setStretchLastSection(True)
        self.pairsTable.verticalHeader().setVisible(False)

        self.pairsContentLayout.addWidget(self.pairsTable)

        self.pairButtons = QHBoxLayout()
        self.pairButtons.setObjectName(u"pairButtons")
        self.acceptButton = QPushButton(self.pairsContent)
        self.acceptButton.setObjectName(u"acceptButton")

        self.pairButtons.addWidget(self.acceptButton)

        self.acceptAllButton = QPushButton(self.pairsContent)
        self.acceptAllButton.setObjectName(u"acceptAllButton")

        self.pairButtons.addWidget(self.acceptAllButton)

        self.lockButton = QPushButton(self.pairsContent)
        self.lockButton.setObjectName(u"lockButton")

        self.pairButtons.addWidget(self.lockButton)

        self.swapButton = QPushButton(self.pairsContent)
        self.swapButton.setObjectName(u"swapButton")

        self.pairButtons.addWidget(self.swapButton)

        self.rejectButton = QPushButton(self.pairsContent)
        self.rejectButton.setObjectName(u"rejectButton")

        self.pairButtons.addWidget(self.rejectButton)

        self.pairButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pairButtons.addItem(self.pairButtonsSpacer)


        self.pairsContentLayout.addLayout(self.pairButtons)

        self.unmatchedLabel = QLabel(self.pairsContent)
        self.unmatchedLabel.setObjectName(u"unmatchedLabel")

        self.pairsContentLayout.addWidget(self.unmatchedLabel)

        self.unmatchedTable = QTableWidget(self.pairsContent)
        self.unmatchedTable.setObjectName(u"unmatchedTable")
        self.unmatchedTable.setMaximumSize(QSize(16777215, 170))
        self.unmatchedTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unmatchedTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.unmatchedTable.horizontalHeader().setStretchLastSection(True)
        self.unmatchedTable.verticalHeader().setVisible(False)

        self.pairsContentLayout.addWidget(self.unmatchedTable)


        self.pairsLayout.addWidget(self.pairsContent)

        self.notConsideredButton = QToolButton(self.pairsPanel)
        self.notConsideredButton.setObjectName(u"notConsideredButton")
        self.notConsideredButton.setCheckable(True)
        self.notConsideredButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.notConsideredButton.setAutoRaise(True)
        self.notConsideredButton.setArrowType(Qt.ArrowType.RightArrow)

        self.pairsLayout.addWidget(self.notConsideredButton)

        self.notConsideredTable = QTableWidget(self.pairsPanel)
        self.notConsideredTable.setObjectName(u"notConsideredTable")
        self.notConsideredTable.setVisible(False)
        self.notConsideredTable.setMaximumSize(QSize(16777215, 170))
        self.notConsideredTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.notConsideredTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.notConsideredTable.horizontalHeader().setStretchLastSection(True)
        self.notConsideredTable.verticalHeader().setVisible(False)

        self.pairsLayout.addWidget(self.notConsideredTable)

        self.decisionsButton = QToolButton(self.pairsPanel)
        self.decisionsButton.setObjectName(u"decisionsButton")
        self.decisionsButton.setCheckable(True)
        self.decisionsButton.setChecked(True)
        self.decisionsButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.decisionsButton.setAutoRaise(True)
        self.decisionsButton.setArrowType(Qt.ArrowType.DownArrow)

        self.pairsLayout.addWidget(self.decisionsButton)

        self.decisionsPanel = QWidget(self.pairsPanel)
        self.decisionsPanel.setObjectName(u"decisionsPanel")
        self.decisionsLayout = QHBoxLayout(self.decisionsPanel)
        self.decisionsLayout.setObjectName(u"decisionsLayout")
        self.decisionsLayout.setContentsMargins(0, 0, 0, 0)
        self.decisionsTable = QTableWidget(self.decisionsPanel)
        self.decisionsTable.setObjectName(u"decisionsTable")
        self.decisionsTable.setMaximumSize(QSize(16777215, 130))
        self.decisionsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.decisionsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.decisionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.decisionsTable.horizontalHeader().setStretchLastSection(True)
        self.decisionsTable.verticalHeader().setVisible(False)

        self.decisionsLayout.addWidget(self.decisionsTable)

        self.decisionButtons = QVBoxLayout()
        self.decisionButtons.setObjectName(u"decisionButtons")
        self.restoreButton = QPushButton(self.decisionsPanel)
        self.restoreButton.setObjectName(u"restoreButton")

        self.decisionButtons.addWidget(self.restoreButton)

        self.unlockDecisionButton = QPushButton(self.decisionsPanel)
        self.unlockDecisionButton.setObjectName(u"unlockDecisionButton")

        self.decisionButtons.addWidget(self.unlockDecisionButton)

        self.decisionButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.decisionButtons.addItem(self.decisionButtonsSpacer)


        self.decisionsLayout.addLayout(self.decisionButtons)


        self.pairsLayout.addWidget(self.decisionsPanel)

        self.pairsLayout.setStretch(1, 1)
        self.pairsLayout.setStretch(3, 1)
        self.splitter.addWidget(self.pairsPanel)
        self.detailPanel = QWidget(self.splitter)
        self.detailPanel.setObjectName(u"detailPanel")
        self.detailLayout = QVBoxLayout(self.detailPanel)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.breakdownLabel = QLabel(self.detailPanel)
        self.breakdownLabel.setObjectName(u"breakdownLabel")

        self.detailLayout.addWidget(self.breakdownLabel)

        self.breakdownText = QTextBrowser(self.detailPanel)
        self.breakdownText.setObjectName(u"breakdownText")

        self.detailLayout.addWidget(self.breakdownText)

        self.alternativesRow = QVBoxLayout()
        self.alternativesRow.setObjectName(u"alternativesRow")
        self.alternativesLabel = QLabel(self.detailPanel)
        self.alternativesLabel.setObjectName(u"alternativesLabel")

        self.alternativesRow.addWidget(self.alternativesLabel)

        self.alternativesCombo = QComboBox(self.detailPanel)
        self.alternativesCombo.setObjectName(u"alternativesCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.alternativesCombo.sizePolicy().hasHeightForWidth())
        self.alternativesCombo.setSizePolicy(sizePolicy)
        self.alternativesCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.alternativesCombo.setMinimumContentsLength(12)

        self.alternativesRow.addWidget(self.alternativesCombo)


        self.detailLayout.addLayout(self.alternativesRow)

        self.alternativesTable = QTableWidget(self.detailPanel)
        self.alternativesTable.setObjectName(u"alternativesTable")
        self.alternativesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.alternativesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.alternativesTable.horizontalHeader().setStretchLastSection(True)
        self.alternativesTable.verticalHeader().setVisible(False)

        self.detailLayout.addWidget(self.alternativesTable)

        self.splitter.addWidget(self.detailPanel)

        self.suggestionsLayout.addWidget(self.splitter)

        self.suggestionsLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.programmeLabel.setBuddy(self.programmeCombo)
        self.minGapLabel.setBuddy(self.minGapSpin)
        self.idealGapLabel.setBuddy(self.idealGapMinSpin)
        self.minScoreLabel.setBuddy(self.minScoreSpin)
        self.pairsLabel.setBuddy(self.pairsTable)
        self.unmatchedLabel.setBuddy(self.unmatchedTable)
        self.alternativesLabel.setBuddy(self.alternativesCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.programmeCombo, self.resuggestButton)
        QWidget.setTabOrder(self.resuggestButton, self.minGapSpin)
        QWidget.setTabOrder(self.minGapSpin, self.idealGapMinSpin)
        QWidget.setTabOrder(self.idealGapMinSpin, self.idealGapMaxSpin)
        QWidget.setTabOrder(self.idealGapMaxSpin, self.minScoreSpin)
        QWidget.setTabOrder(self.minScoreSpin, self.wholeChainCheck)
        QWidget.setTabOrder(self.wholeChainCheck, self.favourParticipationCheck)
        QWidget.setTabOrder(self.favourParticipationCheck, self.defaultsButton)
        QWidget.setTabOrder(self.defaultsButton, self.pairsTable)
        QWidget.setTabOrder(self.pairsTable, self.acceptButton)
        QWidget.setTabOrder(self.acceptButton, self.acceptAllButton)
        QWidget.setTabOrder(self.acceptAllButton, self.lockButton)
        QWidget.setTabOrder(self.lockButton, self.swapButton)
        QWidget.setTabOrder(self.swapButton, self.rejectButton)
        QWidget.setTabOrder(self.rejectButton, self.unmatchedTable)
        QWidget.setTabOrder(self.unmatchedTable, self.notConsideredButton)
        QWidget.setTabOrder(self.notConsideredButton, self.notConsideredTable)
        QWidget.setTabOrder(self.notConsideredTable, self.breakdownText)
        QWidget.setTabOrder(self.breakdownText, self.alternativesCombo)
        QWidget.setTabOrder(self.alternativesCombo, self.alternativesTable)

        self.retranslateUi(suggestionsView)

        QMetaObject.connectSlotsByName(suggestionsView)
    # setupUi

    def retranslateUi(self, suggestionsView):
        self.programmeLabel.setText(QCoreApplication.translate("SuggestionsView", u"P&rogramme:", None))
        self.resuggestButton.setText(QCoreApplication.translate("SuggestionsView", u"Re-&suggest the rest", None))
#if QT_CONFIG(tooltip)
        self.resuggestButton.setToolTip(QCoreApplication.translate("SuggestionsView", u"Suggest pairs again for everyone not yet accepted, keeping locked pairs (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.undoButton.setText(QCoreApplication.translate("SuggestionsView", u"U&ndo", None))
#if QT_CONFIG(tooltip)
        self.undoButton.setToolTip(QCoreApplication.translate("SuggestionsView", u"Undo the last decision made here (Ctrl+Z)", None))
#endif // QT_CONFIG(tooltip)
        self.statusLabel.setText("")
        self.weightsBox.setTitle(QCoreApplication.translate("SuggestionsView", u"What matters for a good pair", None))
        self.rulesBox.setTitle(QCoreApplication.translate("SuggestionsView", u"Rules", None))
        self.minGapLabel.setText(QCoreApplication.translate("SuggestionsView", u"Reverse mentor at least:", None))
        self.minGapSpin.setSuffix(QCoreApplication.translate("SuggestionsView", u" below", None))
        self.idealGapLabel.setText(QCoreApplication.translate("SuggestionsView", u"Ideal gap in levels:", None))
#if QT_CONFIG(accessibility)
        self.idealGapMinSpin.setAccessibleName(QCoreApplication.translate("SuggestionsView", u"Ideal gap from", None))
#endif // QT_CONFIG(accessibility)
        self.idealGapToLabel.setText(QCoreApplication.translate("SuggestionsView", u"to", None))
#if QT_CONFIG(accessibility)
        self.idealGapMaxSpin.setAccessibleName(QCoreApplication.translate("SuggestionsView", u"Ideal gap to", None))
#endif // QT_CONFIG(accessibility)
        self.minScoreLabel.setText(QCoreApplication.translate("SuggestionsView", u"Minimum score:", None))
        self.minScoreSpin.setSuffix(QCoreApplication.translate("SuggestionsView", u" %", None))
        self.wholeChainCheck.setText(QCoreApplication.translate("SuggestionsView", u"Keep whole reporting &chains apart", None))
        self.favourParticipationCheck.setText(QCoreApplication.translate("SuggestionsView", u"&Favour participation", None))
        self.defaultsButton.setText(QCoreApplication.translate("SuggestionsView", u"Back to the &defaults", None))
        self.nobodyLabel.setText("")
        self.pairsLabel.setText(QCoreApplication.translate("SuggestionsView", u"Suggested &pairs (the best for the whole cohort, not one pair at a time)", None))
        self.acceptButton.setText(QCoreApplication.translate("SuggestionsView", u"&Accept", None))
#if QT_CONFIG(tooltip)
        self.acceptButton.setToolTip(QCoreApplication.translate("SuggestionsView", u"Make the selected pairs draft partnerships, ready for their agreement", None))
#endif // QT_CONFIG(tooltip)
        self.acceptAllButton.setText(QCoreApplication.translate("SuggestionsView", u"Accept a&ll", None))
        self.lockButton.setText(QCoreApplication.translate("SuggestionsView", u"&Lock", None))
#if QT_CONFIG(tooltip)
        self.lockButton.setToolTip(QCoreApplication.translate("SuggestionsView", u"Keep this pair whatever else changes", None))
#endif // QT_CONFIG(tooltip)
        self.swapButton.setText(QCoreApplication.translate("SuggestionsView", u"S&wap partners", None))
#if QT_CONFIG(tooltip)
        self.swapButton.setToolTip(QCoreApplication.translate("SuggestionsView", u"Select two pairs: their mentees change places", None))
#endif // QT_CONFIG(tooltip)
        self.rejectButton.setText(QCoreApplication.translate("SuggestionsView", u"&Reject\u2026", None))
#if QT_CONFIG(tooltip)
        self.rejectButton.setToolTip(QCoreApplication.translate("SuggestionsView", u"Never suggest this pair again in this programme (you give the reason)", None))
#endif // QT_CONFIG(tooltip)
        self.unmatchedLabel.setText(QCoreApplication.translate("SuggestionsView", u"&Unmatched", None))
#if QT_CONFIG(tooltip)
        self.notConsideredButton.setToolTip(QCoreApplication.translate("SuggestionsView", u"Who this suggestion leaves out, and why", None))
#endif // QT_CONFIG(tooltip)
        self.notConsideredButton.setText(QCoreApplication.translate("SuggestionsView", u"Not c&onsidered", None))
#if QT_CONFIG(accessibility)
        self.notConsideredTable.setAccessibleName(QCoreApplication.translate("SuggestionsView", u"Not considered: who this suggestion leaves out, and why", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.decisionsButton.setToolTip(QCoreApplication.translate("SuggestionsView", u"The pairs you locked or rejected in this programme: restore or unlock them here", None))
#endif // QT_CONFIG(tooltip)
        self.decisionsButton.setText(QCoreApplication.translate("SuggestionsView", u"D&ecisions", None))
#if QT_CONFIG(accessibility)
        self.decisionsTable.setAccessibleName(QCoreApplication.translate("SuggestionsView", u"Decisions: the locked and rejected pairs of this programme", None))
#endif // QT_CONFIG(accessibility)
        self.restoreButton.setText(QCoreApplication.translate("SuggestionsView", u"Res&tore", None))
#if QT_CONFIG(tooltip)
        self.restoreButton.setToolTip(QCoreApplication.translate("SuggestionsView", u"Let the selected rejected pair be suggested again", None))
#endif // QT_CONFIG(tooltip)
        self.unlockDecisionButton.setText(QCoreApplication.translate("SuggestionsView", u"Unloc&k", None))
#if QT_CONFIG(tooltip)
        self.unlockDecisionButton.setToolTip(QCoreApplication.translate("SuggestionsView", u"Stop keeping the selected locked pair in every suggestion", None))
#endif // QT_CONFIG(tooltip)
        self.breakdownLabel.setText(QCoreApplication.translate("SuggestionsView", u"Why this pair", None))
#if QT_CONFIG(accessibility)
        self.breakdownText.setAccessibleName(QCoreApplication.translate("SuggestionsView", u"Why this pair: the score of each criterion", None))
#endif // QT_CONFIG(accessibility)
        self.alternativesLabel.setText(QCoreApplication.translate("SuggestionsView", u"Best alternatives &for:", None))
        pass
    # retranslateUi

