"""The dialogs the programmes view opens: a programme's details, and enrolling people in it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.models import ProgrammeStatus, Role
from revmentor_desktop.core.errors import ChangedElsewhereError, RevMentorError, ValidationError
from revmentor_desktop.core.services.programmes import (
    MAX_CAPACITY,
    ProgrammeData,
    enrol,
    enrolment_candidates,
    frequency_label,
    load_programme,
    save_programme,
    validate_programme,
)
from revmentor_desktop.core.text import count, fold, isolate, plural, without_isolates
from revmentor_desktop.core.vocabulary import (
    MEETING_FREQUENCIES,
    PROGRAMME_STATUS_LABELS,
    ROLE_LABELS,
)
from revmentor_desktop.gui.dialogs.common import changed_elsewhere, show_error
from revmentor_desktop.gui.forms.ui_enrol_dialog import Ui_EnrolDialog
from revmentor_desktop.gui.forms.ui_programme_dialog import Ui_ProgrammeDialog

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ProgrammeDialog(QDialog):
    """Create a programme (no id) or edit one; Save validates inline and writes in one go.

    After it is accepted, `programme_id` is the id of the programme saved. `outdated` is True
    once a save was refused because another coordinator saved the programme first.
    """

    def __init__(
        self, db: Database, programme_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.programme_id = programme_id
        self.outdated = False
        self.ui = Ui_ProgrammeDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setWindowTitle("Edit programme" if programme_id else "New programme")
        for status, label in PROGRAMME_STATUS_LABELS.items():
            ui.statusCombo.addItem(label, status)
        for days, _ in MEETING_FREQUENCIES:
            ui.frequencyCombo.addItem(frequency_label(days), days)
        for check, edit in ((ui.startDateCheck, ui.startDateEdit),
                            (ui.endDateCheck, ui.endDateEdit)):  # fmt: skip
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(lambda _on: show_error(self.ui.datesError, None))
            edit.dateChanged.connect(lambda _day: show_error(self.ui.datesError, None))
        ui.nameEdit.textChanged.connect(lambda _text: show_error(self.ui.nameError, None))
        ui.buttonBox.accepted.connect(self.save)

        data = load_programme(db, programme_id) if programme_id else ProgrammeData(name="")
        self._fill(data)
        for label in (ui.nameError, ui.datesError, ui.intervalsError, ui.formError):
            show_error(label, None)
        ui.nameEdit.setFocus()

    def _fill(self, data: ProgrammeData) -> None:
        ui = self.ui
        self._version = data.version  # as this coordinator saw it, checked on saving
        ui.nameEdit.setText(data.name)
        ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(data.status))
        today = date.today()
        for check, edit, day in ((ui.startDateCheck, ui.startDateEdit, data.start_date),
                                 (ui.endDateCheck, ui.endDateEdit, data.end_date)):  # fmt: skip
            check.setChecked(day is not None)
            edit.setEnabled(day is not None)
            edit.setDate(to_qdate(day or today))
        self.set_meeting_interval(data.meeting_interval_days)
        ui.checkinSpin.setValue(data.checkin_interval_days)
        ui.stalledSpin.setValue(data.stalled_after_days)

    def set_meeting_interval(self, days: int) -> None:
        """Choose a frequency; a programme saved with another number of days keeps its own."""
        combo = self.ui.frequencyCombo
        found = combo.findData(days)
        if found < 0:
            position = sum(1 for i in range(combo.count()) if combo.itemData(i) < days)
            combo.insertItem(position, frequency_label(days), days)
            found = position
        combo.setCurrentIndex(found)

    def data(self) -> ProgrammeData:
        """The programme as the form shows it now."""
        ui = self.ui
        return ProgrammeData(
            name=ui.nameEdit.text(),
            start_date=ui.startDateEdit.date().toPython()
            if ui.startDateCheck.isChecked()
            else None,
            end_date=ui.endDateEdit.date().toPython() if ui.endDateCheck.isChecked() else None,
            status=ProgrammeStatus(ui.statusCombo.currentData()),
            meeting_interval_days=ui.frequencyCombo.currentData(),
            checkin_interval_days=ui.checkinSpin.value(),
            stalled_after_days=ui.stalledSpin.value(),
            version=self._version,
        )

    def reload(self) -> None:
        """Read the programme afresh (another coordinator saved it first), dropping the edits."""
        try:
            data = load_programme(self.db, self.programme_id)
        except RevMentorError as exc:  # deleted meanwhile
            show_error(self.ui.formError, str(exc))
            return
        self._fill(data)
        for label in (self.ui.nameError, self.ui.datesError, self.ui.intervalsError,
                      self.ui.formError):  # fmt: skip
            show_error(label, None)

    def save(self) -> bool:
        """Validate, show every problem beside its field, or save and close."""
        data = self.data()
        errors = validate_programme(self.db, data, self.programme_id)
        if not errors:
            try:
                self.programme_id = save_programme(self.db, data, self.programme_id)
            except ValidationError as exc:  # changed by someone else since validating
                errors = exc.errors
            except ChangedElsewhereError as exc:  # the edits stay on screen unless reloaded
                self.outdated = True
                show_error(self.ui.formError, str(exc))
                changed_elsewhere(self, exc, self.reload)
                return False
            except RevMentorError as exc:
                show_error(self.ui.formError, str(exc))
                return False
        if errors:
            self._show_errors(errors)
            return False
        self.accept()
        return True

    def _show_errors(self, errors: dict[str, str]) -> None:
        ui = self.ui
        show_error(ui.nameError, errors.get("name"))
        show_error(ui.datesError, errors.get("end_date"))
        intervals = [errors[k] for k in ("meeting_interval_days", "checkin_interval_days",
                                         "stalled_after_days") if k in errors]  # fmt: skip
        show_error(ui.intervalsError, " ".join(intervals))
        show_error(ui.formError, errors.get("status"))
        first = next(
            (widget for key, widget in (("name", ui.nameEdit), ("end_date", ui.endDateEdit),
                                        ("meeting_interval_days", ui.frequencyCombo),
                                        ("checkin_interval_days", ui.checkinSpin),
                                        ("stalled_after_days", ui.stalledSpin))
             if key in errors),
            None,
        )  # fmt: skip
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)


class EnrolDialog(QDialog):
    """Tick people (searchable), choose their role and capacity; OK enrols them in one go.

    After it is accepted, `added` says how many people were enrolled.
    """

    def __init__(
        self,
        db: Database,
        programme_id: int,
        programme_name: str = "",
        role: Role = Role.REVERSE_MENTOR,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.programme_id = programme_id
        self.added = 0
        self.ui = Ui_EnrolDialog()
        self.ui.setupUi(self)
        ui = self.ui
        if programme_name:
            self.setWindowTitle(f"Enrol people in {isolate(programme_name)}")
        for choice in Role:
            ui.roleCombo.addItem(ROLE_LABELS[choice], choice)
        ui.roleCombo.setCurrentIndex(ui.roleCombo.findData(role))
        ui.capacitySpin.setMaximum(MAX_CAPACITY)
        ui.capacitySpin.valueChanged.connect(self._capacity_suffix)
        self._capacity_suffix(ui.capacitySpin.value())
        self._ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText("&Enrol")
        ui.buttonBox.accepted.connect(self.enrol)

        self._fill(enrolment_candidates(db, programme_id))
        ui.searchEdit.textChanged.connect(self.apply_search)
        ui.peopleList.itemChanged.connect(self._ticks_changed)
        ui.tickShownButton.clicked.connect(lambda: self._tick_shown(Qt.CheckState.Checked))
        ui.untickAllButton.clicked.connect(self.untick_all)
        show_error(ui.errorLabel, None)
        self._ticks_changed()
        ui.searchEdit.setFocus()

    def _fill(self, candidates) -> None:
        people = self.ui.peopleList
        people.blockSignals(True)
        for candidate in candidates:
            details = " · ".join(
                isolate(part)
                for part in (candidate.department, candidate.level, candidate.email)
                if part
            )
            text = f"{isolate(candidate.name)} — {details}"
            if candidate.withdrawn_role is not None:
                text += f" (withdrew earlier as {ROLE_LABELS[candidate.withdrawn_role].lower()})"
            item = QListWidgetItem(text, people)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(PERSON_ID_ROLE, candidate.person_id)
            item.setData(SEARCH_ROLE, candidate.search_text)
        people.blockSignals(False)
        if not candidates:
            self.ui.introLabel.setText(
                "Everyone who is not archived already takes part in this programme."
            )

    def _items(self) -> list[QListWidgetItem]:
        people = self.ui.peopleList
        return [people.item(row) for row in range(people.count())]

    def apply_search(self) -> None:
        """Show the people whose name, email, department or level hold every word typed."""
        words = fold(self.ui.searchEdit.text()).split()
        for item in self._items():
            text = item.data(SEARCH_ROLE)
            item.setHidden(not all(word in text for word in words))

    def shown_names(self) -> list[str]:
        return [
            without_isolates(item.text().split(" — ")[0])
            for item in self._items()
            if not item.isHidden()
        ]

    def ticked_ids(self) -> list[int]:
        return [
            item.data(PERSON_ID_ROLE)
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def tick(self, person_ids: list[int]) -> None:
        wanted = set(person_ids)
        for item in self._items():
            if item.data(PERSON_ID_ROLE) in wanted:
                item.setCheckState(Qt.CheckState.Checked)

    def _tick_shown(self, state: Qt.CheckState) -> None:
        self.ui.peopleList.blockSignals(True)
        for item in self._items():
            if not item.isHidden():
                item.setCheckState(state)
        self.ui.peopleList.blockSignals(False)
        self._ticks_changed()

    def untick_all(self) -> None:
        self.ui.peopleList.blockSignals(True)
        for item in self._items():
            item.setCheckState(Qt.CheckState.Unchecked)
        self.ui.peopleList.blockSignals(False)
        self._ticks_changed()

    def _ticks_changed(self, *_args) -> None:
        ticked = len(self.ticked_ids())
        self.ui.tickedLabel.setText(
            f"{count(ticked, 'person', 'people')} ticked" if ticked else "Nobody ticked yet"
        )
        self._ok.setEnabled(ticked > 0)
        show_error(self.ui.errorLabel, None)

    def _capacity_suffix(self, value: int) -> None:
        self.ui.capacitySpin.setSuffix(f" {plural(value, 'partner')} at once")

    def enrol(self) -> bool:
        ids = self.ticked_ids()
        if not ids:
            show_error(self.ui.errorLabel, "Tick at least one person to enrol.")
            return False
        try:
            self.added = enrol(
                self.db,
                self.programme_id,
                ids,
                Role(self.ui.roleCombo.currentData()),
                self.ui.capacitySpin.value(),
            )
        except RevMentorError as exc:
            show_error(self.ui.errorLabel, str(exc))
            return False
        self.accept()
        return True
