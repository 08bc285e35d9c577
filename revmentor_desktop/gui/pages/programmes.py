"""The programmes view: the list of programmes and the people enrolled in the chosen one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QWidget

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.models import Role
from revmentor_desktop.core.errors import ChangedElsewhereError, RevMentorError
from revmentor_desktop.core.services.programmes import (
    EnrolmentRow,
    ProgrammeSummary,
    frequency_label,
    list_enrolments,
    list_programmes,
    load_programme,
    record_consent,
    unenrol,
    update_enrolment,
)
from revmentor_desktop.core.text import count, date_text, isolate
from revmentor_desktop.gui.bidi import ltr
from revmentor_desktop.gui.dialogs.common import DialogHost
from revmentor_desktop.gui.dialogs.programme import EnrolDialog, ProgrammeDialog
from revmentor_desktop.gui.forms.ui_programmes_view import Ui_ProgrammesView
from revmentor_desktop.gui.models.enrolments import (
    COLUMN_SAMPLES,
    NAME,
    ROW_ROLE,
    STATUS,
    EnrolmentDelegate,
    EnrolmentsFilter,
    EnrolmentsModel,
)
from revmentor_desktop.gui.pages.base import Page
from revmentor_desktop.gui.style import error_style
from revmentor_desktop.gui.widgets.columns import FittedColumns
from revmentor_desktop.gui.widgets.programme_item import ProgrammeItemDelegate

PROGRAMME_ID_ROLE = Qt.ItemDataRole.UserRole


class ProgrammesView(DialogHost, Page):
    """Programmes and their enrolments; `reload()` reads everything afresh."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ui = Ui_ProgrammesView()
        self.ui.setupUi(self)
        ui = self.ui
        title = QFont(ui.programmeTitle.font())
        title.setPointSizeF(title.pointSizeF() * 1.3)
        title.setBold(True)
        ui.programmeTitle.setFont(title)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([260, 800])
        ui.programmesList.setItemDelegate(ProgrammeItemDelegate(ui.programmesList))

        self.model = EnrolmentsModel(self._save_edit, self)
        self.proxy = EnrolmentsFilter(self)
        self.proxy.setSourceModel(self.model)
        table = ui.enrolmentsTable
        table.setModel(self.proxy)
        table.setItemDelegate(EnrolmentDelegate(table))
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        metrics = table.fontMetrics()
        # Room for the cell's margins; the columns then share the table's width.
        widths = [metrics.horizontalAdvance(sample) + metrics.height() for sample in COLUMN_SAMPLES]
        self.columns = FittedColumns(table, widths)
        table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        ui.consentDateEdit.setMaximumDate(date.today())
        ui.consentDateEdit.setDate(date.today())

        ui.programmesList.currentItemChanged.connect(lambda *_: self._show_programme())
        # Activation is a double-click (or the platform's single click) and Enter.
        ui.programmesList.itemActivated.connect(lambda _item: self.edit_programme())
        ui.newProgrammeButton.clicked.connect(self.new_programme)
        ui.editProgrammeButton.clicked.connect(self.edit_programme)
        ui.enrolButton.clicked.connect(self.enrol_people)
        ui.unenrolButton.clicked.connect(self.unenrol_selected)
        ui.consentButton.clicked.connect(self.record_consent)
        ui.filterEdit.textChanged.connect(self._filter)
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.edit_failed.connect(lambda message: self._say(message, error=True))
        self.model.edited.connect(self._after_edit)
        QShortcut(QKeySequence.StandardKey.Delete, table, self.unenrol_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)  # fmt: skip
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_filter)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), ui.filterEdit, ui.filterEdit.clear)
        self._summaries: dict[int, ProgrammeSummary] = {}
        self.reload()

    # --- reading ------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the programmes and the chosen programme's enrolments afresh."""
        current = self.current_programme_id()
        programmes = list_programmes(self.db)
        self._summaries = {p.id: p for p in programmes}
        listing = self.ui.programmesList
        listing.blockSignals(True)
        listing.clear()
        for summary in programmes:
            item = QListWidgetItem(self._item_text(summary), listing)
            item.setData(PROGRAMME_ID_ROLE, summary.id)
        listing.blockSignals(False)
        if programmes:
            ids = [p.id for p in programmes]
            self.select_programme(current if current in ids else ids[0])
        else:
            self._show_programme()

    @staticmethod
    def _item_text(summary: ProgrammeSummary) -> str:
        return f"{summary.name}\n{summary.status_label} · {summary.dates_text}\n" + (
            summary.counts_text
        )

    def current_programme_id(self) -> int | None:
        item = self.ui.programmesList.currentItem()
        return item.data(PROGRAMME_ID_ROLE) if item is not None else None

    def select_programme(self, programme_id: int) -> None:
        listing = self.ui.programmesList
        for row in range(listing.count()):
            if listing.item(row).data(PROGRAMME_ID_ROLE) == programme_id:
                if listing.currentRow() == row:
                    self._show_programme()
                else:
                    listing.setCurrentRow(row)
                return

    def _show_programme(self, keep_selection: bool = False) -> None:
        ui = self.ui
        programme_id = self.current_programme_id()
        selected = {r.enrolment_id for r in self.selected_rows()} if keep_selection else set()
        if programme_id is None:
            ui.programmeTitle.setText("No programme yet")
            ui.programmeDetails.setText(
                "Create one with New programme…, then enrol people in it."
                if not self._summaries
                else "Choose a programme on the left."
            )
            ui.countsLabel.clear()
            self.model.set_rows([])
        else:
            summary = self._summaries[programme_id]
            data = load_programme(self.db, programme_id)
            ui.programmeTitle.setText(summary.name)
            meetings = frequency_label(data.meeting_interval_days).rsplit(" (", 1)[0].lower()
            ui.programmeDetails.setText(
                f"{summary.status_label} · {summary.dates_text} · meetings {meetings} · "
                f"check-ins every {data.checkin_interval_days} days · stalled after "
                f"{data.stalled_after_days} days without one"
            )
            ui.countsLabel.setText(summary.enrolment_text)
            self.model.set_rows(list_enrolments(self.db, programme_id))
            if selected:
                self._select_enrolments(selected)
        self._update_buttons()

    def _refresh_counts(self) -> None:
        """After a change to enrolments: new numbers in the heading and the list."""
        summaries = {p.id: p for p in list_programmes(self.db)}
        self._summaries = summaries
        listing = self.ui.programmesList
        for row in range(listing.count()):
            item = listing.item(row)
            summary = summaries.get(item.data(PROGRAMME_ID_ROLE))
            if summary is not None:
                item.setText(self._item_text(summary))
        programme_id = self.current_programme_id()
        if programme_id in summaries:
            self.ui.countsLabel.setText(summaries[programme_id].enrolment_text)

    def selected_rows(self) -> list[EnrolmentRow]:
        """The enrolments selected in the table, in the order shown."""
        table = self.ui.enrolmentsTable
        if table.selectionModel() is None:
            return []
        rows = sorted(index.row() for index in table.selectionModel().selectedRows())
        return [self.proxy.index(row, 0).data(ROW_ROLE) for row in rows]

    def _select_enrolments(self, enrolment_ids: set[int]) -> None:
        selection = QItemSelection()
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ROW_ROLE).enrolment_id in enrolment_ids:
                selection.select(self.proxy.index(row, 0), self.proxy.index(row, STATUS))
        self.ui.enrolmentsTable.selectionModel().select(
            selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def _update_buttons(self) -> None:
        has_programme = self.current_programme_id() is not None
        selected = self.selected_rows()
        ui = self.ui
        ui.editProgrammeButton.setEnabled(has_programme)
        ui.enrolButton.setEnabled(has_programme)
        ui.filterEdit.setEnabled(has_programme)
        ui.unenrolButton.setEnabled(bool(selected))
        ui.consentButton.setEnabled(bool(selected))
        ui.consentDateEdit.setEnabled(bool(selected))

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)

    def focus_filter(self) -> None:
        self.ui.filterEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.filterEdit.selectAll()

    def _say(self, message: str, *, error: bool = False) -> None:
        """Feedback under the table: what just happened, or why it could not."""
        self.ui.messageLabel.setStyleSheet(error_style() if error else "")
        self.ui.messageLabel.setText(ltr(message))

    # --- changing -----------------------------------------------------------------------

    def new_programme(self) -> None:
        dialog = ProgrammeDialog(self.db, parent=self)
        if self._run_dialog(dialog):
            self.reload()
            self.select_programme(dialog.programme_id)
            self._say(f"Programme “{isolate(dialog.data().name.strip())}” created.")

    def edit_programme(self) -> None:
        programme_id = self.current_programme_id()
        if programme_id is None:
            return
        try:
            dialog = ProgrammeDialog(self.db, programme_id, parent=self)
        except RevMentorError as exc:  # deleted meanwhile
            self._say(str(exc), error=True)
            self.reload()
            return
        if self._run_dialog(dialog):
            self.reload()
            self._say("Programme saved.")
        elif dialog.outdated:  # cancelled after another coordinator's save: show theirs
            self.reload()

    def enrol_people(self) -> None:
        programme_id = self.current_programme_id()
        if programme_id is None:
            return
        # Offer the side with fewer places first: that is usually who is still missing.
        summary = self._summaries[programme_id]
        role = (
            Role.MENTEE
            if summary.mentee_capacity < summary.reverse_mentors
            else Role.REVERSE_MENTOR
        )
        dialog = EnrolDialog(self.db, programme_id, summary.name, role, parent=self)
        if self._run_dialog(dialog):
            self._show_programme()
            self._refresh_counts()
            self._say(f"{count(dialog.added, 'person', 'people')} enrolled.")

    def unenrol_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        who = isolate(rows[0].name) if len(rows) == 1 else f"these {len(rows):,} people"
        programme = isolate(self._summaries[self.current_programme_id()].name)
        if not self._confirm(
            "Un-enrol",
            f"Take {who} out of {programme}?\n\nAnyone who already has a partnership in it is "
            "marked as withdrawn instead, so the partnership's history is kept.",
        ):
            return
        try:
            result = unenrol(self.db, [r.enrolment_id for r in rows])
        except RevMentorError as exc:
            self._say(str(exc), error=True)
            return
        self._show_programme()
        self._refresh_counts()
        self._say(result.message)

    def record_consent(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        day = self.ui.consentDateEdit.date().toPython()
        try:
            recorded = record_consent(self.db, [r.person_id for r in rows], day)
        except RevMentorError as exc:
            self._say(str(exc), error=True)
            return
        self._show_programme(keep_selection=True)
        self._refresh_counts()
        people = count(recorded, "person", "people")
        self._say(f"Consent recorded for {people} on {date_text(day)}.")

    def _save_edit(self, enrolment_id: int, role: Role | None, capacity: int | None) -> int:
        seen = next((r.version for r in self.model.rows if r.enrolment_id == enrolment_id), None)
        try:
            return update_enrolment(
                self.db, enrolment_id, role=role, capacity=capacity, version=seen
            )
        except ChangedElsewhereError:
            # The model shows the message under the table; the rows then show the change made
            # elsewhere, so the coordinator can apply theirs again.
            self._reread_enrolments_soon()
            raise

    def _after_edit(self) -> None:
        self._refresh_counts()
        self._say("Saved.")

    def _reread_enrolments_soon(self) -> None:
        """Read the enrolments afresh once the edit in place has finished (the model is still
        inside setData now), keeping the selection and the current cell."""
        QTimer.singleShot(0, self, self._reread_enrolments)

    def _reread_enrolments(self) -> None:
        table = self.ui.enrolmentsTable
        current = table.currentIndex()
        row = current.data(ROW_ROLE) if current.isValid() else None
        self._show_programme(keep_selection=True)
        if row is None:
            return
        for at in range(self.proxy.rowCount()):
            if self.proxy.index(at, 0).data(ROW_ROLE).enrolment_id == row.enrolment_id:
                table.selectionModel().setCurrentIndex(
                    self.proxy.index(at, current.column()),
                    QItemSelectionModel.SelectionFlag.NoUpdate,
                )
                return

    # --- remembered layout --------------------------------------------------------------

    def save_state(self, settings) -> None:
        settings.setValue("programmes/splitter", self.ui.splitter.saveState())
        settings.setValue(
            "programmes/header", self.ui.enrolmentsTable.horizontalHeader().saveState()
        )

    def restore_state(self, settings) -> None:
        """The split between the two panes and the table's columns as the coordinator left them."""
        splitter = settings.value("programmes/splitter")
        if splitter is not None:
            self.ui.splitter.restoreState(splitter)
        header = self.ui.enrolmentsTable.horizontalHeader()
        state = settings.value("programmes/header")
        if state is not None and header.restoreState(state):
            self.ui.enrolmentsTable.sortByColumn(
                header.sortIndicatorSection(), header.sortIndicatorOrder()
            )
            self.columns.keep_current()
