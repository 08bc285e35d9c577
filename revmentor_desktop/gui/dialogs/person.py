"""The person dialog: add or edit everything about one person, with problems shown by the field."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.models import Channel, PreferenceKind, display_name
from revmentor_desktop.core.errors import ChangedElsewhereError, RevMentorError, ValidationError
from revmentor_desktop.core.services.people.records import (
    MIN_BIRTH_YEAR,
    PersonChoice,
    PersonData,
    load_person,
    manager_candidates,
    other_people,
    save_person,
    suggestions,
    validate_person,
)
from revmentor_desktop.core.text import fold, isolate
from revmentor_desktop.core.vocabulary import CHANNEL_LABELS, PREFERENCE_LABELS
from revmentor_desktop.gui.bidi import ltr
from revmentor_desktop.gui.dialogs.common import changed_elsewhere
from revmentor_desktop.gui.forms.ui_person_dialog import Ui_PersonDialog
from revmentor_desktop.gui.icons import apply_button_icons
from revmentor_desktop.gui.style import error_style
from revmentor_desktop.gui.widgets.dates import get_date, make_optional, set_date
from revmentor_desktop.gui.window_state import RemembersSize

# Each field validate_person may complain about: its message label and the input to focus.
# In the order of the tabs and the fields on them, so the first problem is the first shown.
FIELDS = {
    "given_name": ("givenNameError", "givenNameEdit"),
    "family_name": ("familyNameError", "familyNameEdit"),
    "email": ("emailError", "emailEdit"),
    "department": ("departmentError", "departmentEdit"),
    "job_title": ("jobTitleError", "jobTitleEdit"),
    "level_rank": ("levelError", "levelCombo"),
    "location": ("locationError", "locationEdit"),
    "start_date": ("startDateError", "startDateEdit"),
    "employee_id": ("employeeIdError", "employeeIdEdit"),
    "manager_id": ("managerError", "managerCombo"),
    "external_org": ("externalOrgError", "externalOrgEdit"),
    "consent_date": ("consentDateError", "consentDateEdit"),
    "offers": ("offersError", "offersEditor"),
    "wants": ("wantsError", "wantsEditor"),
    "channels": ("channelsError", "channelsGroup"),
    "hours_per_month": ("hoursError", "hoursSpin"),
    "birth_year": ("birthYearError", "birthYearSpin"),
    "preferences": ("preferencesError", "preferencesTable"),
}
PERSON_COLUMN, KIND_COLUMN, NOTE_COLUMN = 0, 1, 2
OTHER_ID_ROLE = PERSON_ID_ROLE = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex


def _choice_text(choice: PersonChoice) -> str:
    return f"{choice.name} — {choice.email}"


class PeopleChoiceModel(QAbstractListModel):
    """The people a picker offers, as "name — email", with their id as the item's data.

    A model over a Python list, rather than one addItem per person: ten thousand people load
    at once, and PySide6 6.12 on Python 3.11 loses a reference to None on every call of a
    Qt method that returns nothing, which enough addItem calls turn into a crash.
    """

    def __init__(self, choices: list[PersonChoice], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.choices = choices
        self._texts = [_choice_text(choice) for choice in choices]
        self._folded = [fold(text) for text in self._texts]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.choices)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._texts[index.row()]
        if role == PERSON_ID_ROLE:
            return self.choices[index.row()].id
        return None

    def pick(self, typed: str) -> tuple[int | None, str]:
        """The person meant by what was typed: (id, "") or (None, why not); (None, "") if empty.

        The full "name — email" text, or any part of it that only one person has, will do.
        """
        typed = typed.strip()
        if not typed:
            return None, ""
        wanted = fold(typed)
        exact = [i for i, text in enumerate(self._folded) if text == wanted]
        matches = exact or [i for i, text in enumerate(self._folded) if wanted in text]
        if len(matches) == 1:
            return self.choices[matches[0]].id, ""
        if not matches:
            return None, (
                f"Nobody on the list matches “{isolate(typed)}”: type part of a name or email"
            )
        return None, f"“{isolate(typed)}” matches {len(matches)} people: pick one from the list"


def _searchable(combo: QComboBox, choices: list[PersonChoice], placeholder: str) -> None:
    """Make an editable combo a picker that finds people by any part of their name or email."""
    combo.setModel(PeopleChoiceModel(choices, combo))
    completer = QCompleter(combo.model(), combo)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
    combo.lineEdit().setPlaceholderText(placeholder)
    combo.setCurrentIndex(-1)


def _picked(combo: QComboBox) -> tuple[int | None, str]:
    return combo.model().pick(combo.currentText())


class PersonDialog(RemembersSize, QDialog):
    """Add (person_id None) or edit a person; after OK, `person_id` is the saved person's id.

    `outdated` is True once a save was refused because another coordinator saved the person
    first: the list behind the dialog then needs reading afresh, even if it is cancelled.
    """

    GEOMETRY_KEY = "personDialog/geometry"

    def __init__(
        self, db: Database, person_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.person_id = person_id
        self.outdated = False
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        self._offered = suggestions(db)
        self._managers = manager_candidates(db, person_id)
        self._others = {choice.id: choice for choice in other_people(db, person_id)}
        self._errors: dict[str, QLabel] = {}
        for name, (label_name, _) in FIELDS.items():
            label = getattr(self.ui, label_name)
            label.setStyleSheet(error_style())
            label.hide()
            self._errors[name] = label
        # The hidden messages still count in the layouts until they next update: without this,
        # the dialog opens taller than it is drawn.
        for layout in self.findChildren(QLayout):
            layout.invalidate()
        self._set_up_choices()
        self._connect()

        data = load_person(db, person_id) if person_id is not None else PersonData()
        self._show_loaded(data)
        name = display_name(data.given_name, data.family_name)
        self.setWindowTitle(f"{isolate(name)} — person" if person_id is not None else "New person")
        self._name = name if person_id is not None else "this new person"
        self._restore_geometry()
        self.ui.tabs.setCurrentIndex(0)
        self.ui.givenNameEdit.setFocus()
        apply_button_icons(self)

    # --- set-up -------------------------------------------------------------------------
    def _set_up_choices(self) -> None:
        ui, offered = self.ui, self._offered
        for edit, values in ((ui.departmentEdit, offered.departments),
                             (ui.locationEdit, offered.locations),
                             (ui.jobTitleEdit, offered.job_titles)):  # fmt: skip
            completer = QCompleter(values, edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            edit.setCompleter(completer)
        ui.levelCombo.addItem("Not set", None)
        for rank, label in offered.levels:
            ui.levelCombo.addItem(label, rank)
        _searchable(ui.managerCombo, self._managers, "Nobody: type a name or email to choose")
        _searchable(ui.preferencePersonCombo, list(self._others.values()), "Type a name or email")
        for kind, label in PREFERENCE_LABELS.items():
            ui.preferenceKindCombo.addItem(label, kind)
        for editor in (ui.offersEditor, ui.wantsEditor):
            editor.set_known_skills([name for name, _ in offered.skills], offered.category_labels)
        ui.offersEditor.entry.setAccessibleName("Skills they can teach")
        ui.wantsEditor.entry.setAccessibleName("Skills they want to learn")

        # Communication preferences: one box per channel, in the model's own order and words.
        self.channel_checks: dict[str, QCheckBox] = {}
        previous: QWidget = ui.wantsEditor
        for channel in Channel:
            check = QCheckBox(CHANNEL_LABELS[channel], ui.channelsGroup)
            check.setObjectName(f"channelCheck_{channel.value}")
            ui.channelsLayout.addWidget(check)
            self.channel_checks[channel.value] = check
            QWidget.setTabOrder(previous, check)
            previous = check
        ui.channelsLayout.addStretch(1)
        QWidget.setTabOrder(previous, ui.hoursSpin)
        make_optional(ui.startDateEdit)
        make_optional(ui.consentDateEdit, latest=date.today())  # consent is never in the future
        ui.birthYearSpin.setRange(MIN_BIRTH_YEAR - 1, date.today().year)
        ui.birthYearSpin.setValue(ui.birthYearSpin.minimum())

        table = ui.preferencesTable
        table.setColumnWidth(PERSON_COLUMN, 240)
        table.setColumnWidth(KIND_COLUMN, 210)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 14)

    def _connect(self) -> None:
        ui = self.ui
        ui.externalRadio.toggled.connect(self._external_changed)
        ui.consentTodayButton.clicked.connect(lambda: set_date(ui.consentDateEdit, date.today()))
        ui.addPreferenceButton.clicked.connect(self.add_preference)
        ui.removePreferenceButton.clicked.connect(self.remove_preference)
        ui.preferencesTable.itemSelectionChanged.connect(self._preference_selection_changed)
        ui.preferencesTable.installEventFilter(self)
        # Enter in the "add a preference" row adds it instead of pressing OK.
        ui.preferencePersonCombo.installEventFilter(self)
        ui.preferenceNoteEdit.installEventFilter(self)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        # A message goes away as soon as its field is edited.
        for name, (_, widget_name) in FIELDS.items():
            widget = getattr(ui, widget_name)
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(lambda _text, n=name: self._clear_problem(n))
        ui.managerCombo.editTextChanged.connect(lambda _: self._clear_problem("manager_id"))
        for name, edit in (("start_date", ui.startDateEdit), ("consent_date", ui.consentDateEdit)):
            edit.dateChanged.connect(lambda _day, n=name: self._clear_problem(n))
        ui.offersEditor.changed.connect(lambda: self._clear_problem("offers"))
        ui.wantsEditor.changed.connect(lambda: self._clear_problem("wants"))
        self._preference_selection_changed()

    # --- between the widgets and PersonData ---------------------------------------------
    def _show_loaded(self, data: PersonData) -> None:
        """Show the record as read from the database: what the dialog compares and saves over."""
        self._loaded_channels = list(data.channels)
        self._version = data.version  # the version this coordinator sees, checked on saving
        self.set_data(data)
        self._initial = self._snapshot()

    def reload(self) -> None:
        """Read the person afresh (another coordinator saved them first), dropping the edits."""
        try:
            data = load_person(self.db, self.person_id)
        except RevMentorError as exc:  # erased meanwhile: nothing left to edit
            QMessageBox.warning(self, "Reload person", ltr(str(exc)))
            return
        self._managers = manager_candidates(self.db, self.person_id)
        self._others = {choice.id: choice for choice in other_people(self.db, self.person_id)}
        _searchable(self.ui.managerCombo, self._managers, "Nobody: type a name or email to choose")
        _searchable(
            self.ui.preferencePersonCombo, list(self._others.values()), "Type a name or email"
        )
        self.clear_problems()
        self._show_loaded(data)

    def set_data(self, data: PersonData) -> None:
        ui = self.ui
        ui.givenNameEdit.setText(data.given_name)
        ui.familyNameEdit.setText(data.family_name)
        ui.emailEdit.setText(data.email)
        ui.departmentEdit.setText(data.department)
        ui.jobTitleEdit.setText(data.job_title)
        ui.levelCombo.setCurrentIndex(max(0, ui.levelCombo.findData(data.level_rank)))
        ui.locationEdit.setText(data.location)
        set_date(ui.startDateEdit, data.start_date)
        ui.employeeIdEdit.setText(data.employee_id)
        manager = (
            ui.managerCombo.findData(data.manager_id, PERSON_ID_ROLE) if data.manager_id else -1
        )
        ui.managerCombo.setCurrentIndex(manager)
        if manager < 0:
            ui.managerCombo.setEditText("")
        ui.managerCombo.lineEdit().setCursorPosition(0)  # show the name, not the email's end
        (ui.externalRadio if data.is_external else ui.internalRadio).setChecked(True)
        ui.externalOrgEdit.setText(data.external_org)
        ui.sharePermissionCheck.setChecked(data.share_permission_confirmed)
        self._external_changed(data.is_external)
        set_date(ui.consentDateEdit, data.consent_date)
        ui.archivedLabel.setText(
            "Archived: restore them from the people list to include them again"
            if data.archived
            else ("Active" if self.person_id is not None else "New")
        )
        ui.offersEditor.set_tags(data.offers)
        ui.wantsEditor.set_tags(data.wants)
        ui.offersEditor.set_new_skill_categories(data.new_skill_categories)
        ui.wantsEditor.set_new_skill_categories(data.new_skill_categories)
        for value, check in self.channel_checks.items():
            check.setChecked(value in data.channels)
        hours = data.hours_per_month
        ui.hoursSpin.setValue(hours if hours is not None else ui.hoursSpin.minimum())
        ui.strengthsEdit.setPlainText(data.swot_strengths)
        ui.weaknessesEdit.setPlainText(data.swot_weaknesses)
        ui.opportunitiesEdit.setPlainText(data.swot_opportunities)
        ui.threatsEdit.setPlainText(data.swot_threats)
        ui.notesEdit.setPlainText(data.notes)
        year = data.birth_year
        ui.birthYearSpin.setValue(year if year is not None else ui.birthYearSpin.minimum())
        ui.diversityEdit.setPlainText(data.diversity_perspectives)
        ui.preferencesTable.setRowCount(0)
        for other, kind, note in data.preferences:
            self._add_preference_row(other, kind, note)
        ui.preferencesTable.clearSelection()

    def collect(self) -> tuple[PersonData, dict[str, str]]:
        """What the form holds, and the problems found just reading it (a manager typed who is
        not on the list); the rest is validate_person's job."""
        ui = self.ui
        problems: dict[str, str] = {}
        manager_id, manager_problem = _picked(ui.managerCombo)
        if manager_problem:
            problems["manager_id"] = manager_problem
        categories = {
            **ui.offersEditor.new_skill_categories(),
            **ui.wantsEditor.new_skill_categories(),
        }
        hours = ui.hoursSpin.value()
        year = ui.birthYearSpin.value()
        data = PersonData(
            given_name=ui.givenNameEdit.text(),
            family_name=ui.familyNameEdit.text(),
            email=ui.emailEdit.text(),
            employee_id=ui.employeeIdEdit.text(),
            department=ui.departmentEdit.text(),
            job_title=ui.jobTitleEdit.text(),
            level_rank=ui.levelCombo.currentData(),
            start_date=get_date(ui.startDateEdit),
            location=ui.locationEdit.text(),
            manager_id=manager_id,
            is_external=ui.externalRadio.isChecked(),
            external_org=ui.externalOrgEdit.text(),
            share_permission_confirmed=ui.sharePermissionCheck.isChecked(),
            channels=self._channels(),
            hours_per_month=hours if hours >= 0 else None,
            offers=ui.offersEditor.tags(),
            wants=ui.wantsEditor.tags(),
            new_skill_categories=categories,
            swot_strengths=ui.strengthsEdit.toPlainText(),
            swot_weaknesses=ui.weaknessesEdit.toPlainText(),
            swot_opportunities=ui.opportunitiesEdit.toPlainText(),
            swot_threats=ui.threatsEdit.toPlainText(),
            notes=ui.notesEdit.toPlainText(),
            consent_date=get_date(ui.consentDateEdit),
            birth_year=year if year >= MIN_BIRTH_YEAR else None,
            diversity_perspectives=ui.diversityEdit.toPlainText(),
            preferences=self._preferences(),
            version=self._version,
        )
        return data, problems

    def _channels(self) -> list[str]:
        """Checked channels, keeping the person's own order of preference for those they had."""
        checked = [value for value, check in self.channel_checks.items() if check.isChecked()]
        kept = [value for value in self._loaded_channels if value in checked]
        return kept + [value for value in checked if value not in kept]

    def _preferences(self) -> list[tuple[int, PreferenceKind, str]]:
        table = self.ui.preferencesTable
        return [
            (
                table.item(row, PERSON_COLUMN).data(OTHER_ID_ROLE),
                table.cellWidget(row, KIND_COLUMN).currentData(),
                table.item(row, NOTE_COLUMN).text(),
            )
            for row in range(table.rowCount())
        ]

    def _snapshot(self) -> tuple:
        ui = self.ui
        return (
            self.collect()[0],
            ui.managerCombo.currentText(),
            ui.offersEditor.entry.text(),
            ui.wantsEditor.entry.text(),
        )

    def has_changes(self) -> bool:
        return self._snapshot() != self._initial

    # --- pairing preferences ------------------------------------------------------------
    def add_preference(self) -> None:
        ui = self.ui
        other, problem = _picked(ui.preferencePersonCombo)
        if other is None:
            self.show_problems(
                {"preferences": problem or "Choose a person first: type part of a name or email"},
                focus=ui.preferencePersonCombo,
            )
            return
        if other in [row[0] for row in self._preferences()]:
            self.show_problems(
                {"preferences": f"{isolate(self._others[other].name)} is already in the list"},
                focus=ui.preferencePersonCombo,
            )
            return
        self._add_preference_row(
            other, ui.preferenceKindCombo.currentData(), ui.preferenceNoteEdit.text().strip()
        )
        self._clear_problem("preferences")
        ui.preferencePersonCombo.setCurrentIndex(-1)
        ui.preferencePersonCombo.setEditText("")
        ui.preferenceNoteEdit.clear()
        ui.preferencePersonCombo.setFocus()

    def _add_preference_row(self, other: int, kind: PreferenceKind, note: str) -> None:
        table = self.ui.preferencesTable
        row = table.rowCount()
        table.insertRow(row)
        choice = self._others.get(other)
        person = QTableWidgetItem(choice.name if choice else f"Person #{other}")
        person.setToolTip(choice.email if choice else "")
        person.setData(OTHER_ID_ROLE, other)
        person.setFlags(person.flags() & ~Qt.ItemFlag.ItemIsEditable)
        table.setItem(row, PERSON_COLUMN, person)
        kinds = QComboBox(table)
        for value, label in PREFERENCE_LABELS.items():
            kinds.addItem(label, value)
        kinds.setCurrentIndex(kinds.findData(kind))
        kinds.setAccessibleName(f"Preference about {choice.name if choice else other}")
        table.setCellWidget(row, KIND_COLUMN, kinds)
        noted = QTableWidgetItem(note)
        noted.setToolTip("Double-click or press F2 to change the note")
        table.setItem(row, NOTE_COLUMN, noted)
        table.setCurrentCell(row, PERSON_COLUMN)

    def remove_preference(self) -> None:
        table = self.ui.preferencesTable
        row = table.currentRow()
        if row >= 0 and table.selectionModel().hasSelection():
            table.removeRow(row)
        self._preference_selection_changed()

    def _preference_selection_changed(self) -> None:
        table = self.ui.preferencesTable
        self.ui.removePreferenceButton.setEnabled(table.selectionModel().hasSelection())

    # --- problems -----------------------------------------------------------------------
    def show_problems(self, problems: dict[str, str], focus: QWidget | None = None) -> None:
        """Each message under its field; the first field with a problem gets the keyboard."""
        self.clear_problems()
        first = None
        for name in FIELDS:
            if name in problems:
                label = self._errors[name]
                label.setText(ltr(problems[name]))
                label.show()
                field = getattr(self.ui, FIELDS[name][1])
                field.setAccessibleDescription(problems[name])
                first = first or field
        target = focus or first
        if target is not None:
            page = self._page_of(target)
            if page is not None:
                self.ui.tabs.setCurrentWidget(page)
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def problems_shown(self) -> dict[str, str]:
        return {name: label.text() for name, label in self._errors.items() if not label.isHidden()}

    def clear_problems(self) -> None:
        for name in FIELDS:
            self._clear_problem(name)

    def _clear_problem(self, name: str) -> None:
        label = self._errors[name]
        if not label.isHidden():
            label.hide()
            label.clear()
            getattr(self.ui, FIELDS[name][1]).setAccessibleDescription("")

    def _page_of(self, widget: QWidget) -> QWidget | None:
        tabs = self.ui.tabs
        while widget is not None and tabs.indexOf(widget) < 0:
            widget = widget.parentWidget()
        return widget

    def _external_changed(self, external: bool) -> None:
        for widget in (self.ui.externalOrgLabel, self.ui.externalOrgEdit,
                       self.ui.sharePermissionCheck):  # fmt: skip
            widget.setEnabled(external)
        if not external:
            self._clear_problem("external_org")

    # --- closing ------------------------------------------------------------------------
    def accept(self) -> None:
        """Save when everything is valid; otherwise show what is wrong and stay open."""
        self.ui.offersEditor.commit_pending()
        self.ui.wantsEditor.commit_pending()
        data, read_problems = self.collect()
        problems = {**validate_person(self.db, data, self.person_id), **read_problems}
        if problems:
            self.show_problems(problems)
            return
        try:
            self.person_id = save_person(self.db, data, self.person_id)
        except ValidationError as exc:  # the database changed in between
            self.show_problems(exc.errors)
            return
        except ChangedElsewhereError as exc:  # the edits stay on screen unless Reload is chosen
            self.outdated = True
            changed_elsewhere(self, exc, self.reload)
            return
        except RevMentorError as exc:
            QMessageBox.warning(self, "Save person", ltr(str(exc)))
            return
        super().accept()

    def reject(self) -> None:
        """Cancel, Esc or closing the window: ask first only when something was changed."""
        if self.has_changes():
            answer = QMessageBox.question(
                self,
                "Unsaved changes",
                f"Save your changes to {isolate(self._name)}?",
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Save:
                self.accept()
                return
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if watched is self.ui.preferencesTable and key == Qt.Key.Key_Delete:
                self.remove_preference()
                return True
            enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            no_modifier = not event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if enter and no_modifier and watched in (self.ui.preferencePersonCombo,
                                                    self.ui.preferenceNoteEdit):  # fmt: skip
                self.add_preference()
                return True
        return super().eventFilter(watched, event)
