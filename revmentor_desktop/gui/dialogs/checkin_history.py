"""A partnership's check-ins, newest first, with its goals as they stand: log, edit, delete."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QTableWidgetItem,
    QWidget,
)

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.models import GoalStatus
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.services.checkins import CheckInRow, check_in_history, delete_check_in
from revmentor_desktop.core.services.dashboard import PartnershipProgress, partnership_progress
from revmentor_desktop.core.services.partnerships.life import can_log_check_in
from revmentor_desktop.core.text import date_text, isolate
from revmentor_desktop.core.vocabulary import PARTNERSHIP_STATUS_LABELS
from revmentor_desktop.gui.bidi import ltr
from revmentor_desktop.gui.dialogs.checkin import direction_text, open_check_in_dialog
from revmentor_desktop.gui.dialogs.common import DialogHost
from revmentor_desktop.gui.forms.ui_checkin_history import Ui_CheckInHistoryDialog
from revmentor_desktop.gui.icons import apply_button_icons
from revmentor_desktop.gui.window_state import RemembersSize

ID_ROLE = Qt.ItemDataRole.UserRole
GOAL_STATUS = {GoalStatus.OPEN: "Open", GoalStatus.ACHIEVED: "Achieved",
               GoalStatus.DROPPED: "Dropped"}  # fmt: skip
DATE, KIND, HELD, LENGTH, MENTOR_RATING, MENTEE_RATING, VERDICT, SUMMARY = range(8)


def _progress_cell(progress: int, title: str) -> QWidget:
    """A bar with the percentage beside it (inside the bar, the bar would cover the digits)."""
    cell = QWidget()
    layout = QHBoxLayout(cell)
    layout.setContentsMargins(4, 2, 4, 2)
    bar = QProgressBar(cell)
    bar.setRange(0, 100)
    bar.setValue(progress)
    bar.setTextVisible(False)
    bar.setAccessibleName(f"Progress of “{title}”: {progress} %")
    layout.addWidget(bar, 1)
    layout.addWidget(QLabel(f"{progress} %", cell))
    return cell


def _rating(value: int | None) -> str:
    return f"{value} of 5" if value is not None else "—"


class CheckInHistoryDialog(DialogHost, RemembersSize, QDialog):
    """Everything logged for one partnership; `changed` whenever a check-in is saved or deleted
    here, or the partnership was ended from a "not a fit" verdict (so lists can reload).

    RevMentorError from the constructor when the partnership is gone.
    """

    GEOMETRY_KEY = "checkInHistory/geometry"

    changed = Signal()

    def __init__(
        self,
        db: Database,
        partnership_id: int,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        today = today or date.today()
        pair = partnership_progress(db, partnership_id, today)  # raises before any widget exists
        super().__init__(parent)
        self.db = db
        self.partnership_id = partnership_id
        self.today = today
        self.rows: list[CheckInRow] = []
        self.pair: PartnershipProgress = pair
        self.ui = Ui_CheckInHistoryDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.splitter.setStretchFactor(0, 2)
        ui.splitter.setStretchFactor(1, 3)
        table = ui.checkInsTable
        table.setColumnCount(8)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        goals = ui.goalsTable
        goals.setColumnCount(5)
        goals.setHorizontalHeaderLabels(["Goal", "Who learns", "Progress", "Status", "Target"])
        goals.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        ui.logButton.clicked.connect(self.log_check_in)
        ui.editButton.clicked.connect(self.edit_selected)
        ui.deleteButton.clicked.connect(self.delete_selected)
        table.doubleClicked.connect(lambda _index: self.edit_selected())
        table.itemSelectionChanged.connect(self._selection_changed)
        # Enter and Delete on the list act on the selected check-in (a filter rather than
        # shortcuts: an Enter the list left unhandled would press the dialog's default button).
        table.installEventFilter(self)
        for button in (ui.logButton, ui.editButton, ui.deleteButton):
            button.setAutoDefault(False)
        QShortcut(QKeySequence.StandardKey.New, self, self.log_check_in)
        self.reload()
        self._restore_geometry()
        table.setFocus()
        apply_button_icons(self)

    @property
    def loggable(self) -> bool:
        return self.pair is not None and can_log_check_in(self.pair.status)

    # --- reading ------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        """Read the partnership, its goals and check-ins afresh; keep (or move) the selection."""
        current = self.selected_row()
        keep = select_id if select_id is not None else (current.id if current else None)
        self.pair = partnership_progress(self.db, self.partnership_id, self.today)
        self.rows = check_in_history(self.db, self.partnership_id)
        self._show_header()
        self._fill_goals()
        self._fill_check_ins()
        rows = [i for i, row in enumerate(self.rows) if row.id == keep]
        if rows or self.rows:
            self.ui.checkInsTable.selectRow(rows[0] if rows else 0)
        self._selection_changed()

    def _show_header(self) -> None:
        pair = self.pair
        mentor, mentee = html.escape(isolate(pair.mentor)), html.escape(isolate(pair.mentee))
        self.setWindowTitle(f"Check-ins — {isolate(pair.mentor)} and {isolate(pair.mentee)}")
        facts = [html.escape(isolate(pair.programme)), PARTNERSHIP_STATUS_LABELS[pair.status]]
        if pair.last_check_in:
            facts.append(f"last met {date_text(pair.last_check_in)}")
        if pair.next_review:
            facts.append(f"next review {date_text(pair.next_review)}")
        if pair.stalled:
            facts.append("<b>stalled</b>: no meeting for a while")
        text = (f"<b>{mentor}</b> (reverse mentor) and <b>{mentee}</b> (mentee)<br>"
                + " · ".join(facts))  # fmt: skip
        if not self.loggable:
            status = PARTNERSHIP_STATUS_LABELS[pair.status].lower()
            text += f"<br>The partnership is {status}: its check-ins can be read, not changed."
        self.ui.headerLabel.setText(ltr(text, rich=True))

    def _fill_goals(self) -> None:
        table, pair = self.ui.goalsTable, self.pair
        table.setRowCount(len(pair.goals))
        for number, goal in enumerate(pair.goals):
            values = (goal.title, direction_text(goal.direction, pair.mentor, pair.mentee), "",
                      GOAL_STATUS[goal.status], date_text(goal.target_date))  # fmt: skip
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(goal.success_measure and f"Success: {isolate(goal.success_measure)}"
                                if column == 0 else text)  # fmt: skip
                table.setItem(number, column, item)
            table.setCellWidget(number, 2, _progress_cell(goal.progress, goal.title))
            table.item(number, 2).setText(f"{goal.progress} %")  # what a screen reader reads
        if not pair.goals:
            table.setRowCount(1)
            table.setItem(0, 0, QTableWidgetItem("No goals agreed yet."))
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Room for the bar and "100 %" beside it, whatever the font.
        widest = _progress_cell(100, "")
        table.setColumnWidth(2, max(self.fontMetrics().horizontalAdvance("M" * 12),
                                    widest.minimumSizeHint().width()))  # fmt: skip
        widest.deleteLater()

    def _fill_check_ins(self) -> None:
        table, pair = self.ui.checkInsTable, self.pair
        mentor, mentee = isolate(pair.mentor), isolate(pair.mentee)
        table.setHorizontalHeaderLabels(
            ["Date", "Kind", "Held", "Length", f"{mentor}\n(reverse mentor)",
             f"{mentee}\n(mentee)", "Fit verdict", "Shareable summary"]
        )  # fmt: skip
        for column, who in ((MENTOR_RATING, f"{mentor} (reverse mentor)"),
                            (MENTEE_RATING, f"{mentee} (mentee)")):  # fmt: skip
            table.horizontalHeaderItem(column).setToolTip(f"The rating by {who}, 1 to 5")
        table.setRowCount(len(self.rows))
        for number, row in enumerate(self.rows):
            length = f"{row.duration_minutes} min" if row.duration_minutes else "—"
            values = (date_text(row.held_on), row.kind_label, "Held" if row.held else "Cancelled",
                      length if row.held else "", _rating(row.mentor_rating) if row.held else "",
                      _rating(row.mentee_rating) if row.held else "", row.verdict_label,
                      " ".join(row.summary.split()))  # fmt: skip
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, row.id)
                if column == SUMMARY:
                    item.setToolTip(row.summary)
                table.setItem(number, column, item)
        for column in range(SUMMARY):  # the summary takes the room left, not its whole length
            table.resizeColumnToContents(column)
        if not self.rows:
            self.ui.detailsLabel.setText(
                "No check-ins logged yet. <i>Log check-in…</i> records the first meeting: the "
                "first-session fit check."
                if self.loggable
                else "No check-ins were logged for this partnership."
            )

    def selected_row(self) -> CheckInRow | None:
        items = self.ui.checkInsTable.selectedItems()
        if not items:
            return None
        wanted = items[0].data(ID_ROLE)
        return next((row for row in self.rows if row.id == wanted), None)

    def _selection_changed(self) -> None:
        row = self.selected_row()
        ui = self.ui
        ui.logButton.setEnabled(self.loggable)
        ui.logButton.setToolTip(
            "Log a meeting of this partnership (Ctrl+N)"
            if self.loggable
            else "Check-ins are logged for active or paused partnerships only"
        )
        ui.editButton.setEnabled(row is not None)
        ui.editButton.setText("&Edit…" if self.loggable else "&View…")
        ui.deleteButton.setEnabled(row is not None and self.loggable)
        if row is not None:
            ui.detailsLabel.setText(self._details(row))
        elif self.rows:
            ui.detailsLabel.setText("Select a check-in to read all of it here.")

    def _details(self, row: CheckInRow) -> str:
        """The selected check-in in full, except its private notes (only whether there are)."""
        facts = [row.kind_label, "held" if row.held else "cancelled"]
        if row.held and row.duration_minutes:
            facts.append(f"{row.duration_minutes} min")
        if row.verdict_label:
            facts.append(f"verdict: {row.verdict_label.lower()}")
        parts = [f"<b>{date_text(row.held_on)}</b> · " + html.escape(", ".join(facts))]
        for title, text in (("Shareable summary", row.summary), ("Next steps", row.next_steps)):
            if text.strip():
                body = html.escape(isolate(text.strip())).replace("\n", "<br>")
                parts.append(f"<b>{title}:</b> {body}")
        if row.next_meeting_on:
            parts.append(f"<b>Next meeting:</b> {date_text(row.next_meeting_on)}")
        if row.has_private_notes:
            opens = "Edit…" if self.loggable else "View…"
            parts.append(f"<i>Has private notes: open {opens} to read them.</i>")
        return "<br>".join(parts)

    # --- acting -------------------------------------------------------------------------
    def log_check_in(self) -> None:
        if self.loggable:
            self._open(None)

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self._open(row.id)

    def _open(self, check_in_id: int | None) -> None:
        dialog = open_check_in_dialog(
            self, self.db, self.partnership_id, check_in_id, title="Check-in", today=self.today,
            run=self._run_dialog, on_saved=self._saved, on_ended=lambda _id: self.changed.emit(),
        )  # fmt: skip
        if dialog is None:  # deleted or finished meanwhile
            self.reload()

    def _saved(self, check_in_id: int) -> None:
        self.reload(select_id=check_in_id)
        self.changed.emit()

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None or not self.loggable:
            return
        question = (
            f"Delete the {row.kind_label.lower()} of {date_text(row.held_on)}? Its notes and "
            "ratings are lost, and the goals' progress goes back to the check-in before it."
        )
        if not self._confirm("Delete check-in", question):
            return
        try:
            delete_check_in(self.db, row.id, version=row.version)  # as shown, or refused
        except RevMentorError as exc:
            QMessageBox.warning(self, "Delete check-in", ltr(str(exc)))
        self.reload()
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.checkInsTable and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_selected()
                return True
            if event.matches(QKeySequence.StandardKey.Delete):
                self.delete_selected()
                return True
        return super().eventFilter(watched, event)
