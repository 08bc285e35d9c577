"""The Partnerships screen: every pair, where its set-up stands, and what happens to it next."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QMenu, QMessageBox, QWidget

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.models import PartnershipStatus
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.services.partnerships.life import (
    PartnershipRow,
    can_complete,
    can_end_early,
    can_log_check_in,
    can_pause,
    can_resume,
    complete,
    list_partnerships,
    pause,
    resume,
)
from revmentor_desktop.core.services.partnerships.setup import delete_draft, programme_choices
from revmentor_desktop.core.text import isolate, plural, safe_file_name
from revmentor_desktop.core.vocabulary import FINISHED
from revmentor_desktop.gui.bidi import ltr
from revmentor_desktop.gui.dialogs.common import AGREEMENTS, DialogHost, ask_save_path
from revmentor_desktop.gui.dialogs.end_partnership import EndPartnershipDialog, open_closure_dialog
from revmentor_desktop.gui.forms.ui_partnerships_view import Ui_PartnershipsView
from revmentor_desktop.gui.models.partnerships import (
    COLUMN_SAMPLES,
    PARTNERS,
    ROW_ROLE,
    PartnershipsFilter,
    PartnershipsModel,
)
from revmentor_desktop.gui.pages.base import Page
from revmentor_desktop.gui.tasks import Task, TaskRunner
from revmentor_desktop.gui.widgets.columns import FittedColumns

ANY = None
# The status filter's choices, in the order a partnership lives through them.
STATUS_FILTERS = (
    ("All", ANY),
    ("Drafts", PartnershipStatus.DRAFT),
    ("Active", PartnershipStatus.ACTIVE),
    ("Paused", PartnershipStatus.PAUSED),
    ("Completed", PartnershipStatus.COMPLETED),
    ("Ended early", PartnershipStatus.ENDED_EARLY),
)
# The wizard button says what opening the partnership will do.
OPEN_TEXTS = {
    PartnershipStatus.DRAFT: ("R&esume set-up…", "Continue the set-up where the wizard stopped"),
    PartnershipStatus.ACTIVE: ("&Edit agreement…", "Change the agreement in the wizard"),
    PartnershipStatus.PAUSED: ("&Edit agreement…", "Change the agreement in the wizard"),
}
OPEN_DEFAULT = ("Op&en agreement…", "Read the agreement in the wizard")
DRAFT_PDF_TIP = "Finish setting up the partnership first: a draft has no agreement to print yet"
PDF_TIP = "Save the agreement as a PDF to print or sign, and open it"


def agreement_file_name(row: PartnershipRow) -> str:
    return safe_file_name(f"Agreement - {row.mentor_name} and {row.mentee_name}.pdf")


def _pair(row: PartnershipRow) -> str:
    """The two partners inside a sentence: "Dana Fox and Zoë Adams", each name isolated."""
    return f"{isolate(row.mentor_name)} and {isolate(row.mentee_name)}"


class PartnershipsView(DialogHost, Page):
    """Every partnership; `reload()` reads them afresh and keeps the selected one selected.

    `changed` says partnerships were created, changed or deleted here, so pages that depend on
    them (suggestions) can catch up.
    """

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ui = Ui_PartnershipsView()
        self.ui.setupUi(self)
        ui = self.ui
        self.model = PartnershipsModel(self, today=date.today)
        self.proxy = PartnershipsFilter(self)
        self.proxy.setSourceModel(self.model)
        table = ui.partnershipsTable
        table.setModel(self.proxy)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        metrics = table.fontMetrics()
        # Room for the cell's margins; the columns then share the table's width.
        widths = [metrics.horizontalAdvance(sample) + metrics.height() for sample in COLUMN_SAMPLES]
        self.columns = FittedColumns(table, widths)
        table.sortByColumn(PARTNERS, Qt.SortOrder.AscendingOrder)
        for text, status in STATUS_FILTERS:
            ui.statusFilter.addItem(text, status)
        self.pdf_task: Task | None = None
        # The closing conversation or starting self-assessment opened after a change (tests
        # drive it); window-modal, so the list stays as it is behind it.
        self.follow_up: QDialog | None = None

        ui.searchEdit.textChanged.connect(self.apply_filter)
        ui.programmeFilter.currentIndexChanged.connect(self.apply_filter)
        ui.statusFilter.currentIndexChanged.connect(self.apply_filter)
        ui.clearFiltersButton.clicked.connect(self.clear_filters)
        ui.newPartnershipButton.clicked.connect(self.new_partnership)
        ui.openButton.clicked.connect(self.open_selected)
        ui.pauseButton.clicked.connect(self.pause_selected)
        ui.resumeButton.clicked.connect(self.resume_selected)
        ui.completeButton.clicked.connect(self.complete_selected)
        ui.endEarlyButton.clicked.connect(self.end_selected_early)
        ui.logCheckInButton.clicked.connect(self.log_check_in)
        ui.checkInsButton.clicked.connect(self.show_check_ins)
        ui.deleteDraftButton.clicked.connect(self.delete_selected_draft)
        ui.agreementButton.clicked.connect(lambda: self.save_agreement_pdf())
        table.doubleClicked.connect(lambda _index: self.open_selected())
        table.customContextMenuRequested.connect(self._context_menu)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), table, self.open_selected,
                      context=Qt.ShortcutContext.WidgetShortcut)  # fmt: skip
        QShortcut(QKeySequence.StandardKey.Delete, table, self.delete_selected_draft,
                  context=Qt.ShortcutContext.WidgetShortcut)  # fmt: skip
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), ui.searchEdit, ui.searchEdit.clear)
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.proxy.modelReset.connect(self._update_buttons)
        self.proxy.layoutChanged.connect(self._update_buttons)
        self.reload()

    # --- reading ------------------------------------------------------------------------

    def reload(self) -> None:
        """Read programmes and partnerships afresh, keeping the filters and the selection."""
        selected = self.selected_row()
        combo = self.ui.programmeFilter
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("All programmes", ANY)
        for programme_id, name in programme_choices(self.db):
            combo.addItem(name, programme_id)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current is not ANY else 0)
        combo.blockSignals(False)
        self.model.set_rows(list_partnerships(self.db))
        self.apply_filter()
        if selected is not None:
            self.select_partnership(selected.id)
        self._update_buttons()

    def apply_filter(self, *_args) -> None:
        ui = self.ui
        self.proxy.set_filter(
            ui.searchEdit.text(), ui.programmeFilter.currentData(), ui.statusFilter.currentData()
        )
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        noun = plural(total, "partnership")
        text = f"{total:,} {noun}" if shown == total else f"{shown:,} of {total:,} {noun} shown"
        drafts = sum(1 for row in self.model.rows if row.status == PartnershipStatus.DRAFT)
        if drafts:
            text += f" ({drafts:,} still being set up)"
        ui.countLabel.setText(text)
        self._update_buttons()

    def clear_filters(self) -> None:
        ui = self.ui
        for combo in (ui.programmeFilter, ui.statusFilter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        ui.searchEdit.blockSignals(True)
        ui.searchEdit.clear()
        ui.searchEdit.blockSignals(False)
        self.apply_filter()

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    def selected_row(self) -> PartnershipRow | None:
        selection = self.ui.partnershipsTable.selectionModel()
        rows = selection.selectedRows() if selection is not None else []
        return rows[0].data(ROW_ROLE) if rows else None

    def report_context(self) -> tuple[int | None, int | None]:
        row = self.selected_row()
        return None, row.id if row is not None else None

    def select_partnership(self, partnership_id: int) -> bool:
        """Select and show a partnership's row; False when the filters hide it."""
        table = self.ui.partnershipsTable
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ROW_ROLE).id == partnership_id:
                flags = QItemSelectionModel.SelectionFlag
                table.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
                table.scrollTo(index)
                return True
        return False

    def _show_partnership(self, partnership_id: int) -> None:
        """After the wizard: select the partnership, showing everything if a filter hides it."""
        if self._row(partnership_id) is None:  # e.g. a draft made and then discarded
            return
        if not self.select_partnership(partnership_id):
            self.clear_filters()
            self.select_partnership(partnership_id)

    def _update_buttons(self, *_args) -> None:
        ui = self.ui
        row = self.selected_row()
        status = row.status if row is not None else None
        text, tip = OPEN_TEXTS.get(status, OPEN_DEFAULT)
        ui.openButton.setText(text)
        ui.openButton.setToolTip(f"{tip} (Enter, or double-click a row)")
        ui.openButton.setEnabled(row is not None)
        for button, allows in ((ui.pauseButton, can_pause), (ui.resumeButton, can_resume),
                               (ui.completeButton, can_complete),
                               (ui.endEarlyButton, can_end_early),
                               (ui.logCheckInButton, can_log_check_in)):  # fmt: skip
            button.setEnabled(row is not None and allows(row.status))
        ui.checkInsButton.setEnabled(row is not None and status != PartnershipStatus.DRAFT)
        ui.deleteDraftButton.setEnabled(status == PartnershipStatus.DRAFT)
        busy = self.pdf_task is not None
        ui.agreementButton.setEnabled(
            row is not None and status != PartnershipStatus.DRAFT and not busy
        )
        ui.agreementButton.setToolTip(
            DRAFT_PDF_TIP if status == PartnershipStatus.DRAFT else PDF_TIP
        )

    def _context_menu(self, position: QPoint) -> None:
        """The same actions as the buttons, on the row under the pointer."""
        ui = self.ui
        if self.selected_row() is None:
            return
        menu = QMenu(self)
        for button in (ui.openButton, ui.logCheckInButton, ui.checkInsButton, ui.pauseButton,
                       ui.resumeButton, ui.completeButton, ui.endEarlyButton,
                       ui.deleteDraftButton, ui.agreementButton):  # fmt: skip
            action = menu.addAction(button.text(), button.click)
            action.setEnabled(button.isEnabled())
        status = self.selected_row().status
        menu.addSeparator()
        start = menu.addAction("Self-assessment at the start…", self.open_starting_assessment)
        start.setEnabled(status != PartnershipStatus.DRAFT)
        closing = menu.addAction("Closing conversation…", self.open_closure)
        closing.setEnabled(status in FINISHED)
        closing.setToolTip("What each partner learnt, their verdict and the final self-assessment")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(ui.partnershipsTable.viewport().mapToGlobal(position))

    # --- the wizard -----------------------------------------------------------------------

    def new_partnership(self) -> None:
        """Set up a partnership from scratch, in the programme the filter shows (if one)."""
        if self.ui.programmeFilter.count() <= 1:
            QMessageBox.information(
                self, "New partnership",
                "There is no programme yet. Create one under Programmes (Ctrl+2) and enrol "
                "reverse mentors and mentees in it; then set up their partnerships here.",
            )  # fmt: skip
            return
        self._run_wizard(None, self.ui.programmeFilter.currentData())

    def open_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_partnership(row.id)

    def open_partnership(self, partnership_id: int) -> None:
        """Open the wizard on a partnership: a draft resumes, a live one is edited."""
        self._run_wizard(partnership_id, None)

    def _run_wizard(self, partnership_id: int | None, programme_id: int | None) -> None:
        opened = self._row(partnership_id) if partnership_id is not None else None
        was_draft = opened is None or opened.status == PartnershipStatus.DRAFT
        # Loaded on first use, like the other dialogs: the list is on screen without it.
        from revmentor_desktop.gui.wizard.partnership_wizard import PartnershipWizard

        try:
            wizard = PartnershipWizard(
                self.db, partnership_id, programme_id=programme_id, parent=self
            )
        except RevMentorError as exc:  # e.g. deleted by someone else meanwhile
            QMessageBox.warning(self, "Partnerships", ltr(str(exc)))
            self.reload()
            return
        saved: list[int] = []
        activated: list[int] = []
        wizard.saved.connect(saved.append)
        wizard.activated.connect(activated.append)
        try:
            self._run_dialog(wizard)
        finally:
            wizard.deleteLater()
        # Every Next saves, and Cancel keeps the draft: whatever the outcome, show what is stored.
        self.reload()
        touched = activated or saved
        if touched:
            self._show_partnership(touched[-1])
            self.changed.emit()
        if activated:
            self._offer_agreement(activated[-1], activated=was_draft)
            if was_draft:
                self.open_starting_assessment(activated[-1], only_with_skills=True)
        elif saved:
            self.message.emit("Partnership saved")

    def _offer_agreement(self, partnership_id: int, *, activated: bool = True) -> None:
        """After Finish: the pair usually wants their (new or changed) agreement on paper."""
        news = "Partnership activated" if activated else "Agreement saved"
        question = (
            "The partnership is active. Create the agreement PDF now, to print and sign?"
            if activated
            else "The agreement is saved. Create the agreement PDF again now, with the changes?"
        )
        answer = QMessageBox.question(
            self, news, question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self.save_agreement_pdf(partnership_id)
        else:
            self.message.emit(news)

    # --- the partnership's life -----------------------------------------------------------

    def pause_selected(self) -> None:
        self._change(pause, can_pause, "paused")

    def resume_selected(self) -> None:
        self._change(resume, can_resume, "active again")

    def complete_selected(self) -> None:
        row = self.selected_row()
        if row is None or not can_complete(row.status):
            return
        if not self._confirm(
            "Complete partnership",
            f"Mark the partnership of {_pair(row)} as completed?\n\nDo this when they have "
            "reached the end of their agreement. The agreement, goals and check-ins are kept; "
            "both people's places are free for new partnerships.",
        ):
            return
        self._change(complete, can_complete, "completed")
        done = self._row(row.id)
        if done is not None and done.status == PartnershipStatus.COMPLETED:
            self.open_closure(row.id)

    def end_selected_early(self) -> None:
        row = self.selected_row()
        if row is None or not can_end_early(row.status):
            return
        dialog = EndPartnershipDialog(self.db, row, self)
        try:
            ended = self._run_dialog(dialog)
            no_fault = dialog.ui.noFaultCheck.isChecked()
        finally:
            dialog.deleteLater()
        if ended:
            self._changed(row.id)
            back = " Both people are back in the pool for new pairs." if no_fault else ""
            self.message.emit(f"The partnership of {_pair(row)} ended early.{back}")
            self.open_closure(row.id)

    # --- self-assessments and the closing conversation -----------------------------------

    def open_closure(self, partnership_id: int | None = None) -> None:
        """The closing conversation of a finished partnership: right after completing or
        ending it, or later from the context menu to fill in or correct."""
        row = self.selected_row() if partnership_id is None else self._row(partnership_id)
        if row is None or row.status not in FINISHED:
            return
        dialog = open_closure_dialog(self, self.db, row.id)
        if dialog is None:  # deleted meanwhile
            self.reload()
            return
        dialog.saved.connect(
            lambda _id: self.message.emit(f"Closing conversation saved for {_pair(row)}")
        )
        self._follow(dialog)

    def open_starting_assessment(
        self, partnership_id: int | None = None, *, only_with_skills: bool = False
    ) -> None:
        """Each partner's level at the start; after activation it opens only when a goal has
        a skill to rate, and Skip leaves it for later."""
        from revmentor_desktop.gui.wizard.starting_assessment import StartingAssessmentDialog

        row = self.selected_row() if partnership_id is None else self._row(partnership_id)
        if row is None or row.status == PartnershipStatus.DRAFT:
            return
        try:
            dialog = StartingAssessmentDialog(self.db, row.id, self)
        except RevMentorError as exc:
            QMessageBox.warning(self, "Self-assessment", ltr(str(exc)))
            self.reload()
            return
        if only_with_skills and not dialog.has_skills:
            dialog.deleteLater()
            return
        dialog.saved.connect(
            lambda _id: self.message.emit(f"Starting self-assessment saved for {_pair(row)}")
        )
        self._open_follow_up(dialog)

    def _open_follow_up(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._follow(dialog)
        dialog.open()  # window-modal, without a nested event loop

    def _follow(self, dialog: QDialog) -> None:
        """Keep `dialog` as the follow-up open over this page, until it is gone."""
        dialog.destroyed.connect(lambda: setattr(self, "follow_up", None))
        self.follow_up = dialog

    def log_check_in(self) -> None:
        row = self.selected_row()
        if row is None or not can_log_check_in(row.status):
            return
        from revmentor_desktop.gui.dialogs.checkin import open_check_in_dialog

        saved: list[int] = []
        ended: list[int] = []
        dialog = open_check_in_dialog(self, self.db, row.id, run=self._run_dialog,
                                      on_saved=saved.append, on_ended=ended.append)  # fmt: skip
        if dialog is None:  # deleted or finished meanwhile
            self.reload()
            return
        if saved:
            self._changed(row.id)
            self.message.emit(
                f"The partnership of {_pair(row)} ended with no fault; both are back in the pool."
                if ended
                else f"Check-in logged for {_pair(row)}"
            )
            if ended:
                self.open_closure(row.id)

    def show_check_ins(self) -> None:
        row = self.selected_row()
        if row is None or row.status == PartnershipStatus.DRAFT:
            return
        from revmentor_desktop.gui.dialogs.checkin_history import CheckInHistoryDialog

        try:
            dialog = CheckInHistoryDialog(self.db, row.id, self)
        except RevMentorError as exc:
            QMessageBox.warning(self, "Check-ins", ltr(str(exc)))
            self.reload()
            return
        changed = []
        dialog.changed.connect(lambda: changed.append(True))
        try:
            self._run_dialog(dialog)
        finally:
            dialog.deleteLater()
        if changed:
            self._changed(row.id)
            now = self._row(row.id)
            if row.status not in FINISHED and now is not None and now.status in FINISHED:
                self.open_closure(row.id)  # a fit check in the history ended it

    def delete_selected_draft(self) -> None:
        row = self.selected_row()
        if row is None or row.status != PartnershipStatus.DRAFT:
            return
        if not self._confirm(
            "Delete draft",
            f"Delete the draft partnership of {_pair(row)}?\n\nWhat was entered in the wizard "
            "so far is lost, and both people are free to be paired again. This cannot be undone.",
        ):
            return
        try:
            delete_draft(self.db, row.id, version=row.version)
        except RevMentorError as exc:
            QMessageBox.warning(self, "Delete draft", ltr(str(exc)))
            self.reload()
            return
        self._changed(None)
        self.message.emit(f"Draft partnership of {_pair(row)} deleted")

    def _change(
        self, change: Callable[..., None],
        allows: Callable[[PartnershipStatus], bool], outcome: str,
    ) -> None:  # fmt: skip
        """Pause, resume or complete the selected partnership when its status allows it,
        decided on the partnership as the list shows it."""
        row = self.selected_row()
        if row is None or not allows(row.status):
            return
        try:
            change(self.db, row.id, version=row.version)
        except RevMentorError as exc:  # changed by someone else meanwhile: say who, reload
            QMessageBox.warning(self, "Partnerships", ltr(str(exc)))
            self.reload()
            return
        self._changed(row.id)
        self.message.emit(f"The partnership of {_pair(row)} is {outcome}")

    def _changed(self, partnership_id: int | None) -> None:
        self.reload()
        if partnership_id is not None:
            self.select_partnership(partnership_id)
        self.ui.partnershipsTable.setFocus()
        self.changed.emit()

    # --- the agreement document -----------------------------------------------------------

    def save_agreement_pdf(self, partnership_id: int | None = None) -> None:
        """Ask where to save the agreement, write it in the background, then open it."""
        row = self.selected_row() if partnership_id is None else self._row(partnership_id)
        if row is None or self.pdf_task is not None:
            return
        # Loaded on first use: reportlab takes a moment to import.
        from revmentor_desktop.core.services.pdf_files import save_agreement

        path = ask_save_path(
            self, "Save the agreement", agreement_file_name(row), "PDF document (*.pdf)",
            AGREEMENTS,
        )  # fmt: skip
        if path is None:
            return
        db = self.db
        self.message.emit("Writing the agreement…")

        def done(saved) -> None:
            self.pdf_task = None
            self._update_buttons()
            saved = Path(saved)
            self.message.emit(f"Agreement saved to {isolate(saved)}")
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(saved)))

        def failed(exc: BaseException) -> None:
            self.pdf_task = None
            self._update_buttons()
            if isinstance(exc, RevMentorError):
                QMessageBox.warning(
                    self, "Agreement PDF", f"The agreement could not be saved: {exc}"
                )
            else:
                raise exc

        task = TaskRunner.start(lambda _control: save_agreement(db, row.id, path),
                                on_done=done, on_error=failed, parent=self)  # fmt: skip
        self.pdf_task = None if task.is_finished else task
        self._update_buttons()

    def _row(self, partnership_id: int) -> PartnershipRow | None:
        return next((r for r in self.model.rows if r.id == partnership_id), None)

    # --- remembered layout --------------------------------------------------------------

    def save_state(self, settings) -> None:
        settings.setValue(
            "partnerships/header", self.ui.partnershipsTable.horizontalHeader().saveState()
        )

    def restore_state(self, settings) -> None:
        """Column widths, order and sorting as the coordinator left them."""
        header = self.ui.partnershipsTable.horizontalHeader()
        state = settings.value("partnerships/header")
        if state is not None and header.restoreState(state):
            self.ui.partnershipsTable.sortByColumn(
                header.sortIndicatorSection(), header.sortIndicatorOrder()
            )
            self.columns.keep_current()
