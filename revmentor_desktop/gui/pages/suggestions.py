"""The Suggestions screen: the whole cohort's best pairs, explained, adjustable live."""

from __future__ import annotations

import html
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextOption
from PySide6.QtWidgets import (
    QComboBox,
    QInputDialog,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.models import PairDecisionKind
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.matching import (
    CRITERIA,
    CRITERION_DESCRIPTIONS,
    REVERSE_MENTOR,
    RULE_DESCRIPTIONS,
    WEIGHT_DESCRIPTION,
    Matcher,
    MatchSettings,
    PairSuggestion,
    Suggestion,
    Weight,
)
from revmentor_desktop.core.services.suggestions import (
    DecisionState,
    NotConsidered,
    PairDecisionRow,
    accept_pairs,
    by_reason,
    decision_state,
    forget_rejection,
    load_cohort,
    load_matching_settings,
    lock_pair,
    nobody_to_suggest,
    not_considered,
    pair_decisions,
    reject_pair,
    restore_decision_state,
    save_matching_settings,
    swap_change,
    unlock_pair,
)
from revmentor_desktop.core.text import count, date_text, isolate, plural
from revmentor_desktop.gui.bidi import ltr
from revmentor_desktop.gui.dialogs.common import DialogHost, refill_programmes
from revmentor_desktop.gui.forms.ui_suggestions_view import Ui_SuggestionsView
from revmentor_desktop.gui.models.pairs import (
    MENTEE,
    MENTOR,
    NOTE,
    SCORE,
    WHY,
    PairsModel,
    ScoreBarDelegate,
)
from revmentor_desktop.gui.pages.base import Page
from revmentor_desktop.gui.tasks import Task, TaskRunner
from revmentor_desktop.gui.widgets.columns import FittedColumns

WEIGHT_LABELS = {
    Weight.OFF: "Off",
    Weight.LOW: "Low",
    Weight.MEDIUM: "Medium",
    Weight.HIGH: "High",
    Weight.MUST: "Must",
}
# A change of weight waits this long for the next one before suggesting again.
DEBOUNCE_MS = 150
# Starting widths of the pairs and explanation panels beside the weights, until the user moves
# them; the weights panel starts as wide as it needs.
SPLITTER_SIZES = (660, 360)
# Starting widths of the pairs' columns in characters; Why takes what is left.
PAIR_COLUMN_CHARS = {SCORE: 8, MENTOR: 20, MENTEE: 20, NOTE: 8, WHY: 50}
NO_PAIR = "Select a pair first"
# The not-considered list beside the pairs; with nobody to pair, it takes the whole panel.
NOT_CONSIDERED_HEIGHT = 170
QWIDGETSIZE_MAX = 16777215
# How many decisions Undo can take back, most recent first.
UNDO_DEPTH = 20
DECISION_LABELS = {PairDecisionKind.LOCKED: "Locked", PairDecisionKind.REJECTED: "Rejected"}


def _day(moment: datetime | None) -> str:
    """The local day of a stored moment (SQLite gives it back without its zone: UTC)."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return date_text(moment.astimezone().date())


def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    """Rows of text into a table whose columns share its width; each cell shows in full as a
    tooltip."""
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, text in enumerate(values):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(row, column, item)
    fitter = table.findChild(FittedColumns)
    fitter.widths = [table.sizeHintForColumn(column) for column in range(table.columnCount())]
    fitter.fit()


class SuggestionsView(DialogHost, Page):
    """The suggested pairs of one programme; `accepted` carries the draft partnerships created."""

    accepted = Signal(list)  # ids of the draft partnerships just created ([]: an undo removed some)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ui = Ui_SuggestionsView()
        self.ui.setupUi(self)
        self.matcher: Matcher | None = None
        self.suggestion: Suggestion | None = None
        self.settings = MatchSettings()
        self.names: dict[int, str] = {}
        self.task: Task | None = None
        self._again = False  # settings changed while a suggestion was being computed
        # What Undo puts back: (what was done, the decisions before, drafts it created).
        self.undo_stack: list[tuple[str, DecisionState, list[int]]] = []

        self.model = PairsModel(self)
        table = self.ui.pairsTable
        table.setModel(self.model)
        table.setItemDelegateForColumn(SCORE, ScoreBarDelegate(table))
        char = table.fontMetrics().averageCharWidth()
        self.columns = FittedColumns(table, [PAIR_COLUMN_CHARS[c] * char for c in range(5)])
        row_height = table.fontMetrics().height() + 8
        lists = (self.ui.unmatchedTable, self.ui.alternativesTable, self.ui.notConsideredTable,
                 self.ui.decisionsTable)  # fmt: skip
        for each in (table, *lists):
            each.verticalHeader().setDefaultSectionSize(row_height)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.ui.unmatchedTable.setColumnCount(3)
        self.ui.unmatchedTable.setHorizontalHeaderLabels(["Name", "Role", "Why unmatched"])
        self.ui.alternativesTable.setColumnCount(3)
        self.ui.alternativesTable.setHorizontalHeaderLabels(["Partner", "Score", "Note"])
        self.ui.notConsideredTable.setColumnCount(3)
        # The reason before the email: when the panel is narrow, the email is what is cut short.
        self.ui.notConsideredTable.setHorizontalHeaderLabels(["Name", "Why not considered",
                                                              "Email"])  # fmt: skip
        self.ui.notConsideredButton.toggled.connect(self._show_not_considered)
        self.left_out: list[NotConsidered] = []
        self.ui.decisionsTable.setColumnCount(5)
        self.ui.decisionsTable.setHorizontalHeaderLabels(
            ["Reverse mentor", "Mentee", "Decision", "Date", "Reason"]
        )
        self.decisions: list[PairDecisionRow] = []
        self.ui.decisionsButton.toggled.connect(self._show_decisions_panel)
        self.ui.decisionsTable.itemSelectionChanged.connect(self._decision_selected)
        self.ui.restoreButton.clicked.connect(self.restore_selected)
        self.ui.unlockDecisionButton.clicked.connect(self.unlock_decision)
        # The columns fit the width; the last (a reason, a note, an email) takes what the
        # others leave, and shows in full as a tooltip.
        for each in lists:
            FittedColumns(each, [], gives_way=each.columnCount() - 1)
        # Criterion names wrap between words only ("Communicatio/n" otherwise, when narrow).
        self.ui.breakdownText.setWordWrapMode(QTextOption.WrapMode.WordWrap)

        self.weight_combos: dict[str, QComboBox] = {}
        for key, label in CRITERIA.items():
            combo = QComboBox()
            combo.setObjectName(f"weight_{key}")
            for weight, text in WEIGHT_LABELS.items():
                combo.addItem(text, weight)
            caption = QLabel(label + ":")
            caption.setBuddy(combo)
            for widget in (caption, combo):
                widget.setToolTip(f"{CRITERION_DESCRIPTIONS[key]}\n\n{WEIGHT_DESCRIPTION}")
            self.ui.weightsForm.addRow(caption, combo)
            combo.currentIndexChanged.connect(self._settings_edited)
            self.weight_combos[key] = combo
        ui = self.ui
        rules = {
            "min_gap": (ui.minGapLabel, ui.minGapSpin),
            "ideal_gap": (ui.idealGapLabel, ui.idealGapMinSpin, ui.idealGapMaxSpin),
            "min_score": (ui.minScoreLabel, ui.minScoreSpin),
            "whole_reporting_chain": (ui.wholeChainCheck,),
            "favour_participation": (ui.favourParticipationCheck,),
        }
        for rule, widgets in rules.items():
            for widget in widgets:
                widget.setToolTip(RULE_DESCRIPTIONS[rule])
        # The weights panel is as wide as its labels and choices: it never scrolls sideways.
        self._fit_weights()
        ui.weightsPanel.installEventFilter(self)  # and stays so when its fonts settle on show
        ui.splitter.setSizes([ui.weightsArea.minimumWidth(), *SPLITTER_SIZES])
        ui.splitter.setCollapsible(0, False)
        ui.alternativesCombo.setPlaceholderText(NO_PAIR)
        # The weights are made here, not in the form: put them in the tab order where they show.
        chain = [self.ui.resuggestButton, *self.weight_combos.values(), self.ui.minGapSpin]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        for spin in (self.ui.minGapSpin, self.ui.idealGapMinSpin, self.ui.idealGapMaxSpin,
                     self.ui.minScoreSpin):  # fmt: skip
            spin.valueChanged.connect(self._settings_edited)
        for check in (self.ui.wholeChainCheck, self.ui.favourParticipationCheck):
            check.toggled.connect(self._settings_edited)
        self.ui.defaultsButton.clicked.connect(self.reset_settings)

        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.resuggest)
        self.ui.programmeCombo.currentIndexChanged.connect(self._forget_undo)
        self.ui.programmeCombo.currentIndexChanged.connect(self.load_programme)
        self.ui.undoButton.clicked.connect(self.undo)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self, self.undo)
        self.ui.resuggestButton.clicked.connect(self.load_programme)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.load_programme)
        self.ui.acceptButton.clicked.connect(self.accept_selected)
        self.ui.acceptAllButton.clicked.connect(self.accept_all)
        self.ui.lockButton.clicked.connect(self.toggle_lock)
        self.ui.rejectButton.clicked.connect(self.reject_selected)
        self.ui.swapButton.clicked.connect(self.swap_selected)
        self.ui.alternativesCombo.currentIndexChanged.connect(self._show_alternatives)
        self.reload()

    def _fit_weights(self) -> None:
        area = self.ui.weightsArea
        area.setMinimumWidth(self.ui.weightsPanel.minimumSizeHint().width()
                             + 2 * area.frameWidth()
                             + area.verticalScrollBar().sizeHint().width())  # fmt: skip

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.ui.weightsPanel and event.type() == QEvent.Type.LayoutRequest:
            self._fit_weights()
        return super().eventFilter(watched, event)

    # --- loading --------------------------------------------------------------------------
    @property
    def programme_id(self) -> int | None:
        return self.ui.programmeCombo.currentData()

    def report_context(self) -> tuple[int | None, int | None]:
        return self.programme_id, None

    def reload(self) -> None:
        """Programmes afresh from the database, then the chosen programme's suggestion.

        What was done before may have changed elsewhere since: it can no longer be undone here.
        """
        self._forget_undo()
        refill_programmes(self.ui.programmeCombo, self.db)
        self.load_programme()

    def select_programme(self, programme_id: int) -> None:
        combo = self.ui.programmeCombo
        combo.setCurrentIndex(max(combo.findData(programme_id), 0))

    def load_programme(self) -> None:
        """Read the programme's people, decisions and settings, and suggest pairs."""
        programme_id = self.programme_id
        if programme_id is None:
            self._show_empty("No programme yet: create one under Programmes and enrol people.")
            return
        self.settings = load_matching_settings(self.db, programme_id)
        self._show_settings(self.settings)
        settings = self.settings

        name = self.ui.programmeCombo.currentText()

        def work(control):
            cohort = load_cohort(self.db, programme_id)
            left_out = not_considered(self.db, programme_id)
            matcher = Matcher(cohort)
            control.progress(1, 2)
            nobody = "" if cohort.mentors or cohort.mentees else nobody_to_suggest(name, left_out)
            decisions = pair_decisions(self.db, programme_id)
            return cohort, left_out, nobody, decisions, matcher, matcher.suggest(settings)

        self._start(work, self._loaded)

    def _loaded(self, result) -> None:
        cohort, left_out, nobody, decisions, self.matcher, suggestion = result
        self.names = {p.id: p.name for p in (*cohort.mentors, *cohort.mentees)}
        self._show_left_out(left_out, nobody)
        self._show_decisions(decisions)
        self._show(suggestion, new=set())

    # --- settings -------------------------------------------------------------------------
    def _show_settings(self, settings: MatchSettings) -> None:
        widgets = [*self.weight_combos.values(), self.ui.minGapSpin, self.ui.idealGapMinSpin,
                   self.ui.idealGapMaxSpin, self.ui.minScoreSpin, self.ui.wholeChainCheck,
                   self.ui.favourParticipationCheck]  # fmt: skip
        for widget in widgets:
            widget.blockSignals(True)
        for key, combo in self.weight_combos.items():
            combo.setCurrentIndex(combo.findData(settings.weights.get(key, Weight.OFF)))
        self.ui.minGapSpin.setValue(settings.min_gap)
        self.ui.idealGapMinSpin.setValue(settings.ideal_gap[0])
        self.ui.idealGapMaxSpin.setValue(settings.ideal_gap[1])
        self.ui.minScoreSpin.setValue(round(settings.min_score))
        self.ui.wholeChainCheck.setChecked(settings.whole_reporting_chain)
        self.ui.favourParticipationCheck.setChecked(settings.favour_participation)
        for widget in widgets:
            widget.blockSignals(False)

    def current_settings(self) -> MatchSettings:
        low, high = self.ui.idealGapMinSpin.value(), self.ui.idealGapMaxSpin.value()
        return MatchSettings(
            # Qt hands the enum back as its plain string value.
            weights={key: Weight(combo.currentData()) for key, combo in self.weight_combos.items()},
            min_gap=self.ui.minGapSpin.value(),
            ideal_gap=(min(low, high), max(low, high)),
            whole_reporting_chain=self.ui.wholeChainCheck.isChecked(),
            min_score=float(self.ui.minScoreSpin.value()),
            favour_participation=self.ui.favourParticipationCheck.isChecked(),
        )

    def _settings_edited(self, *_args) -> None:
        if self.programme_id is None:
            return
        self.settings = self.current_settings()
        save_matching_settings(
            self.db, self.programme_id, self.settings
        )  # remembered per programme
        self.debounce.start()

    def reset_settings(self) -> None:
        self._show_settings(MatchSettings())
        self._settings_edited()

    def resuggest(self) -> None:
        """Suggest again with the current settings; what changed is highlighted."""
        if self.matcher is None:
            return
        if self.task is not None:
            self._again = True
            return
        matcher, settings = self.matcher, self.settings
        previous = {(p.mentor_id, p.mentee_id) for p in self.model.pairs}

        def show(result: Suggestion) -> None:
            self._show(result, new=self._new_pairs(result, previous))

        self._start(lambda control: matcher.suggest(settings), show)

    @staticmethod
    def _new_pairs(suggestion: Suggestion, previous: set[tuple[int, int]]) -> set:
        if not previous:
            return set()
        return {(p.mentor_id, p.mentee_id) for p in suggestion.pairs} - previous

    # --- showing --------------------------------------------------------------------------
    def _show_empty(self, text: str) -> None:
        self.matcher = self.suggestion = None
        self.model.show([], {}, set())
        self.ui.unmatchedTable.setRowCount(0)
        self._show_left_out([], "")
        self._show_decisions([])
        self.ui.notConsideredButton.hide()
        self.ui.statusLabel.setText(text)
        self._selection_changed()

    def _show_left_out(self, left_out: list[NotConsidered], nobody: str) -> None:
        """Who the suggestion leaves out, and why; with nobody to pair, why instead of the pairs."""
        self.left_out = left_out
        _fill(self.ui.notConsideredTable, [(p.name, p.reason, p.email) for p in left_out])
        button = self.ui.notConsideredButton
        button.setText(f"Not c&onsidered ({len(left_out):,})")
        button.setToolTip("; ".join(
            f"{count(len(group), 'person', 'people')} {kind.words}"
            for kind, group in by_reason(left_out)
        ) or "Everyone in the organisation was considered")  # fmt: skip
        button.setEnabled(bool(left_out))
        button.show()
        self.ui.nobodyLabel.setText(ltr(nobody))
        self.ui.nobodyLabel.setVisible(bool(nobody))
        self.ui.pairsContent.setVisible(not nobody)
        self.ui.notConsideredTable.setMaximumHeight(
            QWIDGETSIZE_MAX if nobody else NOT_CONSIDERED_HEIGHT
        )
        if nobody:  # the list is then the whole story
            button.setChecked(True)
        self._show_not_considered()

    def _show_not_considered(self, *_args) -> None:
        shown = self.ui.notConsideredButton.isChecked() and bool(self.left_out)
        self.ui.notConsideredButton.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        self.ui.notConsideredTable.setVisible(shown)

    def _show_decisions(self, decisions: list[PairDecisionRow]) -> None:
        """The programme's locked and rejected pairs, each with its reason and day."""
        self.decisions = decisions
        _fill(self.ui.decisionsTable, [
            (d.mentor, d.mentee, DECISION_LABELS[d.kind], _day(d.decided_at), d.reason)
            for d in decisions
        ])  # fmt: skip
        button = self.ui.decisionsButton
        rejected = sum(d.kind == PairDecisionKind.REJECTED for d in decisions)
        parts = [f"{n:,} {kind}" for n, kind in ((len(decisions) - rejected, "locked"),
                                                 (rejected, "rejected")) if n]  # fmt: skip
        button.setText(f"D&ecisions ({', '.join(parts) or 'none yet'})")
        button.setEnabled(bool(decisions))
        self._show_decisions_panel()

    def _show_decisions_panel(self, *_args) -> None:
        shown = self.ui.decisionsButton.isChecked() and bool(self.decisions)
        self.ui.decisionsButton.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        self.ui.decisionsPanel.setVisible(shown)
        self._decision_selected()

    def selected_decision(self) -> PairDecisionRow | None:
        rows = self.ui.decisionsTable.selectionModel().selectedRows()
        return self.decisions[rows[0].row()] if len(rows) == 1 else None

    def _decision_selected(self) -> None:
        decision = self.selected_decision()
        busy = self.task is not None
        kind = decision.kind if decision is not None and not busy else None
        self.ui.restoreButton.setEnabled(kind == PairDecisionKind.REJECTED)
        self.ui.unlockDecisionButton.setEnabled(kind == PairDecisionKind.LOCKED)

    def _show(self, suggestion: Suggestion, new: set[tuple[int, int]]) -> None:
        self.suggestion = suggestion
        self.model.show(suggestion.pairs, self.names, new)
        _fill(self.ui.unmatchedTable, [
            (self.names.get(person.person_id, "?"),
             "Reverse mentor" if person.role == REVERSE_MENTOR else "Mentee", person.reason)
            for person in suggestion.unmatched
        ])  # fmt: skip
        pairs = len(suggestion.pairs)
        text = f"{pairs} {plural(pairs, 'pair')} suggested"
        if pairs:
            average = sum(p.score for p in suggestion.pairs) / pairs
            text += f", average score {average:.0f} %"
        text += f" · {len(suggestion.unmatched)} unmatched"
        if self.left_out:
            text += f" · {len(self.left_out):,} not considered"
        if new:
            text += f" · {len(new)} new {plural(len(new), 'pair')} highlighted"
        self.ui.statusLabel.setText(text)
        self._selection_changed()

    def selected_pairs(self) -> list[PairSuggestion]:
        rows = sorted({i.row() for i in self.ui.pairsTable.selectionModel().selectedRows()})
        return [self.model.pairs[row] for row in rows]

    def _selection_changed(self, *_args) -> None:
        selected = self.selected_pairs()
        busy = self.task is not None
        self.ui.acceptButton.setEnabled(bool(selected) and not busy)
        self.ui.acceptAllButton.setEnabled(bool(self.model.pairs) and not busy)
        self.ui.rejectButton.setEnabled(len(selected) == 1 and not busy)
        self.ui.lockButton.setEnabled(len(selected) == 1 and not busy)
        self.ui.lockButton.setText("Un&lock" if len(selected) == 1 and selected[0].locked
                                   else "&Lock")  # fmt: skip
        self.ui.swapButton.setEnabled(len(selected) == 2 and not busy)
        self.ui.undoButton.setEnabled(bool(self.undo_stack) and not busy)
        self.ui.undoButton.setToolTip(
            f"Undo {self.undo_stack[-1][0]} (Ctrl+Z)"
            if self.undo_stack
            else "Undo the last decision made here (Ctrl+Z)"
        )
        pair = selected[0] if len(selected) == 1 else None
        self.ui.breakdownText.setHtml(
            self._breakdown_html(pair) if pair else "<p>Select a pair to see why.</p>"
        )
        combo = self.ui.alternativesCombo
        combo.blockSignals(True)
        combo.clear()
        if pair is not None:
            combo.addItem(isolate(self.names.get(pair.mentee_id, "?")) + " (mentee)",
                          pair.mentee_id)  # fmt: skip
            combo.addItem(isolate(self.names.get(pair.mentor_id, "?")) + " (reverse mentor)",
                          pair.mentor_id)  # fmt: skip
        # The mentee first; with a placeholder, Qt would leave nobody chosen.
        combo.setCurrentIndex(0 if pair is not None else -1)
        combo.setEnabled(pair is not None)
        combo.blockSignals(False)
        self._show_alternatives()
        self._decision_selected()

    def _breakdown_html(self, pair: PairSuggestion) -> str:
        """One short paragraph per criterion: it wraps to any width of the panel."""
        mentor = html.escape(isolate(self.names.get(pair.mentor_id, "?")))
        mentee = html.escape(isolate(self.names.get(pair.mentee_id, "?")))
        criteria = "".join(
            f"<p><b>{html.escape(c.label)}</b> · {c.score * 100:.0f}&nbsp;% · weight&nbsp;"
            f"{WEIGHT_LABELS[c.weight]}<br>{html.escape(c.explanation)}</p>"
            for c in pair.criteria
        )
        locked = " · locked" if pair.locked else ""
        heading = ltr(
            f"<b>{mentor}</b> (reverse mentor) and <b>{mentee}</b> (mentee): "
            f"<b>{pair.score:.0f}&nbsp;%</b>{locked}",
            rich=True,
        )
        return f"<p>{heading}</p>{criteria}"

    def _show_alternatives(self, *_args) -> None:
        table = self.ui.alternativesTable
        person = self.ui.alternativesCombo.currentData()
        # A Matcher is not thread-safe: while one is suggesting in the background, wait.
        if person is None or self.matcher is None or self.task is not None:
            table.setRowCount(0)
            return
        _fill(table, [
            (self.names.get(other.partner_id, "?"), f"{other.score:.0f} %", other.blocked_by or "")
            for other in self.matcher.alternatives(self.settings, person, k=5)
        ])  # fmt: skip

    # --- the coordinator's decisions ------------------------------------------------------
    def accept_selected(self) -> None:
        self._accept(self.selected_pairs())

    def accept_all(self) -> None:
        self._accept(list(self.model.pairs))

    def _accept(self, pairs: list[PairSuggestion]) -> None:
        if not pairs:
            return
        label = f"accepting {count(len(pairs), 'pair')}"
        created = self._decide(lambda: accept_pairs(self.db, self.programme_id, pairs), label,
                               creates=True)  # fmt: skip
        if created is not None:
            self.accepted.emit(created)
            self.message.emit(f"Created {count(len(created), 'draft partnership')}")

    def toggle_lock(self) -> None:
        (pair,) = self.selected_pairs()
        change = unlock_pair if pair.locked else lock_pair
        label = f"{'unlocking' if pair.locked else 'locking'} {self._pair_names(pair)}"
        self._decide(lambda: change(self.db, self.programme_id, pair.mentor_id, pair.mentee_id),
                     label)  # fmt: skip

    def reject_selected(self) -> None:
        (pair,) = self.selected_pairs()
        names = self._pair_names(pair)
        reason = self._ask_reason(names)
        if reason:
            self._decide(
                lambda: reject_pair(self.db, self.programme_id, pair.mentor_id, pair.mentee_id,
                                    reason),
                f"rejecting {names}",
            )  # fmt: skip

    def _pair_names(self, pair: PairSuggestion) -> str:
        mentor, mentee = self.names.get(pair.mentor_id, "?"), self.names.get(pair.mentee_id, "?")
        return f"{isolate(mentor)} and {isolate(mentee)}"

    def restore_selected(self) -> None:
        """The selected rejected pair may be suggested again."""
        decision = self.selected_decision()
        if decision is None or decision.kind != PairDecisionKind.REJECTED:
            return

        def restore() -> bool:
            forget_rejection(self.db, self.programme_id, decision.mentor_id, decision.mentee_id)
            return True

        names = f"{isolate(decision.mentor)} and {isolate(decision.mentee)}"
        if self._decide(restore, f"restoring {names}"):
            self.message.emit(f"Restored {names}: they may be suggested again")

    def unlock_decision(self) -> None:
        """The selected locked pair is no longer kept in every suggestion."""
        decision = self.selected_decision()
        if decision is None or decision.kind != PairDecisionKind.LOCKED:
            return
        names = f"{isolate(decision.mentor)} and {isolate(decision.mentee)}"
        self._decide(lambda: unlock_pair(self.db, self.programme_id, decision.mentor_id,
                                         decision.mentee_id),
                     f"unlocking {names}")  # fmt: skip

    def swap_selected(self) -> None:
        """The two selected pairs exchange mentees; the new pairs are locked in.

        A swap that lowers the total score says by how much and asks first.
        """
        first, second = self.selected_pairs()
        new = [(first.mentor_id, second.mentee_id), (second.mentor_id, first.mentee_id)]
        for mentor, mentee in new:
            blocked = self.matcher.blocked_reason(self.settings, mentor, mentee)
            if blocked:
                self.ui.statusLabel.setText(f"Cannot swap: {blocked}.")
                return
        after = [self.matcher.pair(self.settings, mentor, mentee).score for mentor, mentee in new]
        cost = swap_change([first.score, second.score], after)
        if cost and not self._confirm("Swap partners", f"{cost}\n\nSwap them anyway?"):
            self.ui.statusLabel.setText("Not swapped: the pairs stay as they were.")
            return

        def swap() -> None:
            for old in (first, second):
                if old.locked:
                    unlock_pair(self.db, self.programme_id, old.mentor_id, old.mentee_id)
            for mentor, mentee in new:
                lock_pair(self.db, self.programme_id, mentor, mentee)

        self._decide(swap, f"swapping the partners of {self._pair_names(first)} and "
                           f"{self._pair_names(second)}")  # fmt: skip

    def _ask_reason(self, names: str) -> str:
        """Why a pair is rejected; remembered with the rejection. Tests replace this."""
        reason, ok = QInputDialog.getText(
            self, "Reject this pair", f"Why should {names} never be suggested again?"
        )
        return reason.strip() if ok else ""

    def _decide(self, change, label: str, creates: bool = False):
        """Carry out one decision, then suggest again from the database's new state.

        The decisions before it are kept for Undo (with the drafts it created, when `creates`).
        A decision made of several steps (a swap) that fails half-way is put back.
        """
        try:
            before = decision_state(self.db, self.programme_id)
            try:
                result = change()
            except RevMentorError:
                restore_decision_state(self.db, before)
                raise
        except RevMentorError as exc:
            self.ui.statusLabel.setText(ltr(str(exc)))
            return None
        self.undo_stack.append((label, before, list(result) if creates else []))
        del self.undo_stack[:-UNDO_DEPTH]
        self.load_programme()
        return result

    def undo(self) -> None:
        """Take back the last decision: the decisions exactly as they were, its drafts deleted."""
        if not self.undo_stack or self.task is not None:
            return
        label, before, drafts = self.undo_stack.pop()
        try:
            restore_decision_state(self.db, before, drafts)
        except RevMentorError as exc:
            self.ui.statusLabel.setText(ltr(str(exc)))
            self._selection_changed()
            return
        if drafts:
            self.accepted.emit([])  # the Partnerships page is out of date
        self.message.emit(f"Undone: {label}")
        self.load_programme()

    def _forget_undo(self, *_args) -> None:
        self.undo_stack.clear()
        self._selection_changed()

    # --- background work ------------------------------------------------------------------
    def _start(self, work, on_done) -> None:
        self.ui.statusLabel.setText("Working out the best pairs…")

        def done(result) -> None:
            self.task = None
            on_done(result)
            if self._again:
                self._again = False
                self.resuggest()

        def failed(exc: BaseException) -> None:
            self.task = None
            if isinstance(exc, RevMentorError):
                self._show_empty(ltr(str(exc)))
            else:
                raise exc

        task = TaskRunner.start(work, on_done=done, on_error=failed, parent=self)
        self.task = None if task.is_finished else task
        self._selection_changed()

    # --- window state ---------------------------------------------------------------------
    def save_state(self, settings) -> None:
        settings.setValue("suggestions/splitter", self.ui.splitter.saveState())

    def restore_state(self, settings) -> None:
        state = settings.value("suggestions/splitter")
        if state is not None:
            self.ui.splitter.restoreState(state)
