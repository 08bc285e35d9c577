"""Reports for managers: a programme, a partnership or a programme's evaluation, written as a
PDF in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QRadioButton,
    QWidget,
)

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.models import PartnershipStatus
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.services.partnerships.life import list_partnerships
from revmentor_desktop.core.services.partnerships.setup import programme_choices
from revmentor_desktop.core.text import isolate, safe_file_name
from revmentor_desktop.core.vocabulary import PARTNERSHIP_STATUS_LABELS
from revmentor_desktop.gui.dialogs.common import REPORTS, ask_save_path
from revmentor_desktop.gui.forms.ui_report_dialog import Ui_ReportDialog
from revmentor_desktop.gui.icons import apply_button_icons
from revmentor_desktop.gui.style import error_style
from revmentor_desktop.gui.tasks import Cancelled, Task, TaskRunner


def report_file_name(
    programme: str,
    *,
    pair: tuple[int, str] | None = None,
    anonymised: bool = False,
    evaluation: bool = False,
) -> str:
    """The file name a report is first offered under.

    `pair` is a partnership's number in its programme and its partners' names ("Dana Fox and
    Zoë Adams"). An anonymised report is named without them: by the programme and "pair 3",
    the label the report itself gives the pair.
    """
    suffix = " (anonymised)" if anonymised else ""
    if evaluation:
        return safe_file_name(f"Evaluation - {programme}{suffix}.pdf")
    if pair is None:
        words = programme
    elif anonymised:
        words = f"{programme}, pair {pair[0]}"
    else:
        words = pair[1]
    return safe_file_name(f"Report - {words}{suffix}.pdf")


class ReportDialog(QDialog):
    """Stays open while the report is written: a progress bar, and Cancel that writes nothing."""

    def __init__(
        self,
        db: Database,
        *,
        programme_id: int | None = None,
        partnership_id: int | None = None,
        evaluation: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.ui = Ui_ReportDialog()
        self.ui.setupUi(self)
        self.task: Task | None = None
        self.saved: Path | None = None
        ui = self.ui
        self._add_evaluation_row()
        for pid, name in programme_choices(db):
            ui.programmeCombo.addItem(name, pid)
            self.evaluationCombo.addItem(name, pid)
        # Partnership id -> (programme, its number in the programme, the partners), for the
        # file name; numbered as the reports number pairs: in order made, drafts too.
        self.pairs: dict[int, tuple[str, int, str]] = {}
        numbers: dict[int, int] = {}
        rows = list_partnerships(db)
        for row in sorted(rows, key=lambda row: row.id):
            numbers[row.programme_id] = numbers.get(row.programme_id, 0) + 1
            partners = f"{row.mentor_name} and {row.mentee_name}"
            self.pairs[row.id] = (row.programme, numbers[row.programme_id], partners)
        for row in rows:
            if row.status != PartnershipStatus.DRAFT:  # a draft has nothing to report yet
                label = PARTNERSHIP_STATUS_LABELS[row.status].lower()
                ui.partnershipCombo.addItem(
                    f"{isolate(row.mentor_name)} → {isolate(row.mentee_name)} "
                    f"({isolate(row.programme)}, {label})",
                    row.id,
                )
        ui.programmeCombo.setCurrentIndex(max(ui.programmeCombo.findData(programme_id), 0))
        self.evaluationCombo.setCurrentIndex(max(ui.programmeCombo.findData(programme_id), 0))
        if evaluation:
            self.evaluationRadio.setChecked(True)
        if partnership_id is not None and ui.partnershipCombo.findData(partnership_id) >= 0:
            ui.partnershipCombo.setCurrentIndex(ui.partnershipCombo.findData(partnership_id))
            ui.partnershipRadio.setChecked(True)
        ui.partnershipRadio.setEnabled(ui.partnershipCombo.count() > 0)
        self.save_button = QPushButton("&Save and open…")
        self.save_button.setObjectName("saveReportButton")
        self.save_button.setDefault(True)
        ui.buttonBox.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = QPushButton("&Cancel report")
        self.cancel_button.setObjectName("cancelReportButton")
        ui.buttonBox.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.generate)
        self.cancel_button.clicked.connect(self.cancel_report)
        ui.buttonBox.rejected.connect(self.reject)
        ui.programmeRadio.toggled.connect(self._update)
        self.evaluationRadio.toggled.connect(self._update)
        self.evaluationCombo.activated.connect(lambda: self.evaluationRadio.setChecked(True))
        ui.programmeCombo.activated.connect(lambda: ui.programmeRadio.setChecked(True))
        ui.partnershipCombo.activated.connect(lambda: ui.partnershipRadio.setChecked(True))
        self._update()
        apply_button_icons(self)

    def _add_evaluation_row(self) -> None:
        """The third kind of report, under the programme report: the same programmes."""
        ui = self.ui
        self.evaluationRadio = QRadioButton("Programme &evaluation:", self)
        self.evaluationRadio.setObjectName("evaluationRadio")
        self.evaluationRadio.setToolTip(
            "One page for leadership: ratings, recommendation, learning in both directions, "
            "goals achieved and participation, each with the number of answers behind it"
        )
        self.evaluationCombo = QComboBox(self)
        self.evaluationCombo.setObjectName("evaluationCombo")
        self.evaluationCombo.setAccessibleName("Programme to evaluate")
        ui.formLayout.insertRow(1, self.evaluationRadio, self.evaluationCombo)
        ui.introLabel.setText(
            "A PDF to print or share: the programme report (headline figures, charts, the pairs "
            "and who needs attention), the evaluation for leadership (did it work, both ways?) "
            "or one partnership's progress. Private notes, birth years and diversity "
            "perspectives are never included."
        )
        ui.anonymiseCheck.setToolTip(
            "Reports show pairs as “Pair 1”, “Pair 2” … without names or departments; an "
            "evaluation also leaves out every figure that fewer than five people stand behind"
        )
        QWidget.setTabOrder(ui.programmeCombo, self.evaluationRadio)
        QWidget.setTabOrder(self.evaluationRadio, self.evaluationCombo)
        QWidget.setTabOrder(self.evaluationCombo, ui.partnershipRadio)

    @property
    def for_programme(self) -> bool:
        return self.ui.programmeRadio.isChecked()

    @property
    def for_evaluation(self) -> bool:
        return self.evaluationRadio.isChecked()

    def _update(self) -> None:
        busy = self.task is not None
        ui = self.ui
        for widget in (ui.programmeRadio, ui.programmeCombo, ui.partnershipCombo,
                       ui.anonymiseCheck, self.evaluationRadio, self.evaluationCombo):  # fmt: skip
            widget.setEnabled(not busy)
        ui.partnershipRadio.setEnabled(not busy and ui.partnershipCombo.count() > 0)
        chosen = (ui.programmeCombo if self.for_programme else
                  self.evaluationCombo if self.for_evaluation else ui.partnershipCombo)  # fmt: skip
        self.save_button.setEnabled(not busy and chosen.currentData() is not None)
        self.cancel_button.setVisible(busy)
        ui.progressBar.setVisible(busy)

    def _say(self, text: str, problem: bool = False) -> None:
        self.ui.statusLabel.setStyleSheet(error_style() if problem else "")
        self.ui.statusLabel.setText(text)

    def default_name(self) -> str:
        ui = self.ui
        anonymised = ui.anonymiseCheck.isChecked()
        if self.for_evaluation:
            return report_file_name(
                self.evaluationCombo.currentText(), anonymised=anonymised, evaluation=True
            )
        if self.for_programme:
            return report_file_name(ui.programmeCombo.currentText(), anonymised=anonymised)
        programme, number, partners = self.pairs[ui.partnershipCombo.currentData()]
        return report_file_name(programme, pair=(number, partners), anonymised=anonymised)

    def choose_file(self) -> Path | None:
        return ask_save_path(
            self, "Save the report", self.default_name(), "PDF document (*.pdf)", REPORTS
        )

    def generate(self) -> None:
        """Ask where to save, then write the report off the GUI thread."""
        from revmentor_desktop.core.services import pdf_files

        path = self.choose_file()
        if path is None:
            return
        ui = self.ui
        anonymise = ui.anonymiseCheck.isChecked()
        if self.for_programme:
            target, save = ui.programmeCombo.currentData(), pdf_files.save_programme_report
        elif self.for_evaluation:
            target, save = self.evaluationCombo.currentData(), pdf_files.save_evaluation
        else:
            target, save = ui.partnershipCombo.currentData(), pdf_files.save_partnership_report
        db = self.db
        ui.progressBar.setRange(0, 0)  # busy until the first progress report
        self._say("Writing the evaluation…" if self.for_evaluation else "Writing the report…")
        self.task = TaskRunner.start(
            lambda control: save(db, target, path, anonymise=anonymise, progress=control.progress),
            on_done=self._done,
            on_error=self._failed,
            on_progress=self._progressed,
            parent=self,
        )
        if self.task.is_finished:  # run in place (tests)
            self.task = None
        self._update()

    def _progressed(self, done: int, total: int) -> None:
        self.ui.progressBar.setRange(0, max(total, 1))
        self.ui.progressBar.setValue(done)

    def cancel_report(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self._say("Cancelling…")

    def _done(self, saved) -> None:
        self.task = None
        self.saved = Path(saved)
        self._say(f"Saved to {isolate(self.saved)}. It opens in your PDF viewer, to read or print.")
        self._update()
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved)))

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self._update()
        if isinstance(exc, Cancelled):
            self._say("Cancelled: nothing was saved.")
        elif isinstance(exc, RevMentorError):
            self._say(f"The report could not be saved: {exc}", problem=True)
        else:
            raise exc

    def reject(self) -> None:
        self.cancel_report()  # closing never leaves a report being written behind
        super().reject()
