"""Import people or check-ins from a spreadsheet: choose a file, match columns, preview, import."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.models import Role
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.services.imports import checkins as check_in_import
from revmentor_desktop.core.services.imports import people as people_import
from revmentor_desktop.core.services.imports.dates import DMY, MDY, ORDER_WORDS
from revmentor_desktop.core.services.imports.levels import (
    LevelTarget,
    NewLevel,
    unknown_levels_text,
)
from revmentor_desktop.core.services.imports.profiles import ImportProfile, find_profile
from revmentor_desktop.core.services.imports.tables import SourceTable
from revmentor_desktop.core.services.organisation import ladder_labels
from revmentor_desktop.core.services.people.directory import filter_options
from revmentor_desktop.core.text import count, isolate, join
from revmentor_desktop.gui.bidi import ltr
from revmentor_desktop.gui.dialogs.common import IMPORTS, ask_open_path
from revmentor_desktop.gui.dialogs.organisation import computer_date_order
from revmentor_desktop.gui.forms.ui_import_dialog import Ui_ImportDialog
from revmentor_desktop.gui.icons import apply_button_icons
from revmentor_desktop.gui.style import problem_background, warning_style
from revmentor_desktop.gui.tasks import Cancelled, Task, TaskRunner

FILE_FILTER = "Spreadsheets (*.csv *.xlsx *.tsv *.txt);;All files (*)"
IMPORTABLE_SUFFIXES = (".csv", ".xlsx", ".tsv", ".txt")
IGNORE = "— ignore this column —"
SAMPLE_ROWS = 3


@dataclass(frozen=True)
class ImportKind:
    """What one kind of import reads and writes: its service module, words and preview columns.

    `service` has the import services' shared names: FIELDS, COLUMNS, PROFILE_KIND, read_table,
    guess_mapping, plan_import, apply_import (core/services/imports/people.py and checkins.py).
    """

    title: str
    service: Any
    steps: tuple[tuple[str, str], ...]
    file_hint: str
    programme_choice: str  # the programme check box's text
    new_programme: bool  # whether typing a new programme name creates it
    # Fields chosen in the mapping and the file's headers -> what is missing, as sentences.
    mapping_problems: Callable[[set[str], list[str]], list[str]]
    headers: tuple[str, ...]  # the preview's columns
    widths: tuple[int, ...]  # of its columns but the last, in average characters
    cells: Callable[[Any], tuple[Any, ...]]  # a RowResult's cells, without "Will" and problems
    actions: dict[str, str]  # RowResult.action -> what the preview says
    # A plan's counts for the summary line, and the rows that would be written.
    counts: Callable[[Any], list[str]]
    writes: Callable[[Any], int]
    programme_text: str  # after the counts, {programme} filled in
    # Whether the first step offers a role and a consent date for everyone, and the check
    # step the levels the ladder lacks (people only).
    whole_file: bool = False


def _people_mapping_problems(fields: set[str], headers: list[str]) -> list[str]:
    if "email" not in fields and check_in_import.looks_like_check_ins(headers):
        return ["This file holds check-ins, not people: cancel, then choose File → Import "
                "check-ins…"]  # fmt: skip
    problems = []
    if "email" not in fields:
        problems.append("Choose the column that holds the email addresses.")
    if not {"given_name", "full_name"} & fields:
        problems.append("Choose the column with the given name (or the full name).")
    return problems


def _check_in_mapping_problems(fields: set[str], _headers: list[str]) -> list[str]:
    missing = [
        label
        for field, label in (("reverse_mentor_email", "the reverse mentor's email"),
                             ("mentee_email", "the mentee's email"), ("date", "the date"))
        if field not in fields
    ]  # fmt: skip
    if not missing:
        return []
    return [f"Choose the column with {join(missing)}: each check-in needs them to find its pair."]


PEOPLE = ImportKind(
    title="Import people",
    service=people_import,
    steps=(
        (
            "1 of 3 · Choose the file",
            "Export the people from your HR system or spreadsheet as CSV or Excel (.xlsx). "
            "Nothing is written until the last step, and then either every row goes in or none "
            "does. People already in RevMentor are matched by employee ID or email and updated, "
            "never duplicated.",
        ),
        (
            "2 of 3 · Match the columns",
            "Check which field each column of the file fills. Columns RevMentor recognised are "
            "matched already; choose a field for the others or leave them ignored. An email and "
            "a name are needed; lists in a cell (skills, channels) may be separated by ; , or |.",
        ),
        (
            "3 of 3 · Check and import",
            "Each row of the file and what the import will do with it. Rows with problems are "
            "shaded: fix them in the file and import again, or skip them and import the rest.",
        ),
    ),
    file_hint="A .csv or .xlsx file, e.g. your HR system's export",
    programme_choice="&Enrol the imported people in a programme",
    new_programme=True,
    mapping_problems=_people_mapping_problems,
    headers=("Line", "Email", "Name", "Will", "Problems"),
    widths=(6, 30, 24, 12),
    cells=lambda row: (row.line, row.email, row.name),
    actions={"create": "Create", "update": "Update", "reject": "Not import", "skip": "Skip"},
    counts=lambda plan: [
        f"{plan.created:,} to create",
        f"{plan.updated:,} to update",
        *plan.skipped_parts,
    ],
    writes=lambda plan: plan.created + plan.updated,
    programme_text=" Those with a role will be enrolled in “{programme}”.",
    whole_file=True,
)

# The first step's role choices: (text, role for everyone, or BY_LEVEL, or None: the file's).
BY_LEVEL = "by level"
ROLE_CHOICES = (
    ("From the file's role column", None),
    ("Everyone is a mentee", Role.MENTEE),
    ("Everyone is a reverse mentor", Role.REVERSE_MENTOR),
    ("By level: reverse mentors below, mentees from", BY_LEVEL),
)
NO_LEVEL = "No level"

CHECK_INS = ImportKind(
    title="Import check-ins",
    service=check_in_import,
    steps=(
        (
            "1 of 3 · Choose the file",
            "Export the answers from your survey tool (or a meeting log) as CSV or Excel "
            "(.xlsx): one row per meeting, naming the pair by the reverse mentor's and the "
            "mentee's email. Nothing is written until the last step, and then either every row "
            "goes in or none does. Meetings already logged with the same details are skipped, "
            "so a survey export that grows can be imported again.",
        ),
        (
            "2 of 3 · Match the columns",
            "Check which field each column of the file fills. Columns RevMentor recognised are "
            "matched already; choose a field for the others or leave them ignored. Both emails "
            "and the date are needed; without a kind, a row is a regular check-in. Private "
            "notes never appear in any report or export, so a column of notes you are unsure "
            "about belongs there rather than in the shareable summary.",
        ),
        (
            "3 of 3 · Check and import",
            "Each row of the file and what the import will do with it. Rows with problems are "
            "shaded: fix them in the file and import again, or skip them and import the rest.",
        ),
    ),
    file_hint="A .csv or .xlsx file, e.g. your survey tool's export",
    programme_choice="&Only partnerships of this programme (when partners are paired in several)",
    new_programme=False,
    mapping_problems=_check_in_mapping_problems,
    headers=("Line", "Partners", "Meeting", "Will", "Problems"),
    widths=(6, 38, 34, 14),
    cells=lambda row: (row.line, row.pair, row.detail),
    actions={"create": "Create", "skip": "Skip: logged", "reject": "Not import"},
    counts=lambda plan: [
        f"{plan.created:,} to create",
        f"{plan.skipped:,} already logged (left alone)",
    ],
    writes=lambda plan: plan.created,
    programme_text=" Only partnerships in “{programme}”.",
)


class PreviewModel(QAbstractTableModel):
    """One line per row of the file: what the import will do, and any problems."""

    def __init__(self, rows: list[Any], kind: ImportKind = PEOPLE, parent=None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._all = rows
        self._rows = rows

    def show_problems_only(self, only: bool) -> None:
        self.beginResetModel()
        self._rows = [r for r in self._all if r.problems] if only else self._all
        self.endResetModel()

    def row(self, number: int) -> Any:
        return self._rows[number]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.kind.headers)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (*self.kind.cells(row), self.kind.actions[row.action],
                      "; ".join(row.problems))  # fmt: skip
            return values[index.column()]
        # A skipped row (not a person, or gone) is no problem to fix: only its reason shows.
        if role == Qt.ItemDataRole.BackgroundRole and row.problems and row.action != "skip":
            return QBrush(problem_background())
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.kind.headers[section]
        return None


class ImportDialog(QDialog):
    """Imports people (the default) or check-ins (`kind=CHECK_INS`) in three steps.

    Emits `imported` with the service's ImportSummary once the rows are in the database.
    """

    imported = Signal(object)

    def __init__(
        self,
        db: Database,
        path: Path | None = None,
        parent: QWidget | None = None,
        *,
        kind: ImportKind = PEOPLE,
    ):
        super().__init__(parent)
        self.db = db
        self.kind = kind
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self.table: SourceTable | None = None
        self.plan: Any = None  # the service's ImportPlan
        self.summary: Any = None  # the service's ImportSummary
        self.task: Task | None = None
        # How to read dates that fit both orders in this file; None: the organisation's setting.
        self.date_order: str | None = None
        # What the user chose for the file's levels in the check step: label -> target.
        self.level_choices: dict[str, LevelTarget] = {}
        # The columns remembered from the last import of a file with these headers, when the
        # column step starts from them (profiles.py).
        self.profile: ImportProfile | None = None
        self._level_targets: list[LevelTarget] = []  # a level combo box's items, in order
        self.setWindowTitle(kind.title)
        self.ui.fileEdit.setPlaceholderText(kind.file_hint)
        self.ui.enrolCheck.setText(kind.programme_choice)
        self.ui.programmeCombo.setEditable(kind.new_programme)
        if not kind.new_programme:
            self.ui.programmeCombo.setToolTip("Choose one of the programmes")
        self.ui.programmeCombo.addItems([name for _, name in filter_options(db).programmes])
        self.ui.programmeCombo.setCurrentIndex(0 if self.ui.programmeCombo.count() else -1)
        header = self.ui.mappingTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.resetMappingButton.clicked.connect(self.use_automatic_matches)
        self.ui.enrolCheck.toggled.connect(self.ui.programmeCombo.setEnabled)
        self._set_up_whole_file()
        self.ui.fileEdit.textChanged.connect(self._update_buttons)
        self.ui.nextButton.clicked.connect(self.next_step)
        self.ui.backButton.clicked.connect(lambda: self._show_step(self.step - 1))
        self.ui.importButton.clicked.connect(self.start_import)
        self.ui.cancelButton.clicked.connect(self.cancel)
        self.ui.problemsOnlyCheck.toggled.connect(self._filter_preview)
        self.ui.skipBadRowsCheck.toggled.connect(self._update_buttons)
        for order in (DMY, MDY):
            self.ui.dateOrderCombo.addItem(f"Read them {ORDER_WORDS[order]}", order)
        self.ui.dateOrderCombo.activated.connect(self._choose_date_order)
        if path is not None:
            self.ui.fileEdit.setText(str(path))
        self._show_profile()
        self._show_step(0)
        apply_button_icons(self)

    def _set_up_whole_file(self) -> None:
        """The first step's role and consent for everyone (people only, with a programme)."""
        ui = self.ui
        for widget in (ui.roleLabel, ui.roleCombo, ui.roleLevelCombo, ui.consentCheck,
                       ui.consentDateEdit):  # fmt: skip
            widget.setVisible(self.kind.whole_file)
        self.ui.levelLabel.setVisible(False)
        self.ui.levelTable.setVisible(False)
        if not self.kind.whole_file:
            return
        for text, role in ROLE_CHOICES:
            ui.roleCombo.addItem(text, role)
        ui.roleLevelCombo.addItems(ladder_labels(self.db))
        # Reverse mentoring: the junior teaches the senior, so "from Team lead" is a fair start.
        ui.roleLevelCombo.setCurrentIndex(max(ui.roleLevelCombo.findText("Team lead"), 0))
        ui.consentDateEdit.setDate(QDate.currentDate())
        ui.consentDateEdit.setDisplayFormat("d MMMM yyyy")
        ui.enrolCheck.toggled.connect(self._update_whole_file)
        ui.roleCombo.currentIndexChanged.connect(self._update_whole_file)
        ui.consentCheck.toggled.connect(self._update_whole_file)

    def _update_whole_file(self) -> None:
        ui, enrolling = self.ui, self.ui.enrolCheck.isChecked()
        ui.roleCombo.setEnabled(enrolling)
        ui.roleLevelCombo.setEnabled(enrolling and ui.roleCombo.currentData() == BY_LEVEL)
        ui.consentCheck.setEnabled(enrolling)
        ui.consentDateEdit.setEnabled(enrolling and ui.consentCheck.isChecked())

    def whole_file_options(self) -> dict[str, Any]:
        """plan_import's role, role_by_level and consent_date as the first step chose them."""
        ui = self.ui
        if not (self.kind.whole_file and self.programme):
            return {}
        options: dict[str, Any] = {}
        role = ui.roleCombo.currentData()
        if role == BY_LEVEL:
            options["role_by_level"] = ui.roleLevelCombo.currentText()
        elif role is not None:
            options["role"] = role
        if ui.consentCheck.isChecked():
            options["consent_date"] = ui.consentDateEdit.date().toPython()
        return options

    @property
    def step(self) -> int:
        return self.ui.pages.currentIndex()

    @property
    def programme(self) -> str | None:
        name = self.ui.programmeCombo.currentText().strip()
        return name if self.ui.enrolCheck.isChecked() and name else None

    # --- steps ----------------------------------------------------------------------------
    def _show_step(self, step: int) -> None:
        self.ui.pages.setCurrentIndex(step)
        title, guidance = self.kind.steps[step]
        self.ui.stepLabel.setText(title)
        self.ui.guidanceLabel.setText(guidance)
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.task is not None
        step = self.step
        self.ui.fileEdit.setEnabled(not busy)  # no other file while one is read
        self.ui.browseButton.setEnabled(not busy)
        self.ui.backButton.setEnabled(step > 0 and not busy)
        self.ui.nextButton.setVisible(step < 2)
        self.ui.nextButton.setEnabled(
            not busy and (step != 0 or bool(self.ui.fileEdit.text().strip()))
        )
        self.ui.importButton.setVisible(step == 2)
        can_import = self.plan is not None and (
            self.plan.ok
            or (self.ui.skipBadRowsCheck.isChecked() and self.kind.writes(self.plan) > 0)
        )
        self.ui.importButton.setEnabled(not busy and can_import)
        if step == 2:
            self.ui.importButton.setDefault(True)
        self.ui.skipBadRowsCheck.setVisible(self.plan is not None and not self.plan.ok)

    def browse(self) -> None:
        path = ask_open_path(self, self.kind.title, FILE_FILTER, IMPORTS, self.ui.fileEdit.text())
        if path:
            self.ui.fileEdit.setText(str(path))

    def next_step(self) -> None:
        if self.task is not None:  # the work under way (reading, checking) comes first
            return
        if self.step == 0:
            self._read_file()
        elif self.step == 1:
            self._check_mapping_and_plan()

    def _read_file(self) -> None:
        """Read the file in the background: a big workbook takes half a minute."""
        path = Path(self.ui.fileEdit.text().strip()).expanduser()
        self.ui.fileProblemLabel.clear()
        if not path.is_file():
            self.ui.fileProblemLabel.setText(f"There is no file at {isolate(path)}.")
            return
        read_table = self.kind.service.read_table
        self.ui.progressBar.setFormat(f"Reading {isolate(path.name).replace('%', '%%')}… %p%")
        self._run(lambda control: read_table(path, progress=control.progress), self._read,
                  on_error=self._not_read)  # fmt: skip

    def _not_read(self, exc: BaseException) -> None:
        if isinstance(exc, RevMentorError):
            self.ui.fileProblemLabel.setText(ltr(str(exc)))
        elif not isinstance(exc, Cancelled):  # Stop leaves the first step as it was
            raise exc  # a bug: the crash dialog shows it

    def _read(self, table: SourceTable) -> None:
        self.table = table
        service, headers = self.kind.service, table.headers
        self.profile = find_profile(self.db, service.PROFILE_KIND, headers, service.COLUMNS)
        self.level_choices = {}
        if self.profile is None:
            self._fill_mapping(service.guess_mapping(headers))
            self.date_order = None  # a new file: its dates are read afresh
            self._show_profile()
            self._show_step(1)
            return
        # A file like one imported before: its columns as confirmed then, and straight on to
        # the check, so next month's export takes one click (Back shows the columns).
        self._fill_mapping(self.profile.mapping(headers))
        self.date_order = self.profile.date_order
        self._show_profile()
        self._show_step(1)
        self._check_mapping_and_plan()

    def _show_profile(self) -> None:
        """Say that the columns are those of the last import of such a file, with the way back
        to the automatic matches; hidden when the columns are matched by their names."""
        profile, ui = self.profile, self.ui
        ui.profileLabel.setVisible(profile is not None)
        ui.resetMappingButton.setVisible(profile is not None)
        if profile is None:
            ui.profileLabel.clear()
            return
        text = f"Columns as in your last import of this kind of file ({profile.saved_text})"
        if profile.mapping(self.table.headers) != self.mapping():
            text += ", with your changes"
        ui.profileLabel.setText(text + ".")

    def use_automatic_matches(self) -> None:
        """Forget the remembered columns and date order for this file: match by the names."""
        self.profile = None
        self.date_order = None
        self._fill_mapping(self.kind.service.guess_mapping(self.table.headers))
        self._show_profile()
        self.ui.mappingTable.setFocus()

    def _fill_mapping(self, mapping: dict[int, str | None]) -> None:
        table = self.ui.mappingTable
        table.clear()
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(["Column in the file", "Fills the field", "First values"])
        table.setRowCount(len(self.table.headers))
        fields = self.kind.service.FIELDS
        choices = [(IGNORE, None), *((label, field) for field, label in fields.items())]
        for column, header in enumerate(self.table.headers):
            table.setItem(column, 0, QTableWidgetItem(header or f"(column {column + 1})"))
            combo = QComboBox()
            combo.setObjectName(f"mappingCombo{column}")
            combo.setAccessibleName(f"Field for the column {header}")
            for label, field in choices:
                combo.addItem(label, field)
            combo.setCurrentIndex(max(combo.findData(mapping.get(column)), 0))
            combo.currentIndexChanged.connect(self._show_profile)
            table.setCellWidget(column, 1, combo)
            samples = [row[column] for row in self.table.rows[:SAMPLE_ROWS] if column < len(row)]
            table.setItem(column, 2, QTableWidgetItem(" · ".join(s for s in samples if s)))
        self.ui.mappingProblemLabel.clear()

    def mapping(self) -> dict[int, str | None]:
        table = self.ui.mappingTable
        return {row: table.cellWidget(row, 1).currentData() for row in range(table.rowCount())}

    def _check_mapping_and_plan(self) -> None:
        mapping = self.mapping()
        fields = [field for field in mapping.values() if field]
        problems = self.kind.mapping_problems(set(fields), self.table.headers)
        twice = sorted({self.kind.service.FIELDS[f] for f in fields if fields.count(f) > 1})
        if twice:
            problems.append("Each field can be filled by one column only: " + ", ".join(twice))
        if problems:
            self.ui.mappingProblemLabel.setText(" ".join(problems))
            return
        self.plan = None
        self.ui.summaryLabel.setText("Checking every row…")
        self.ui.dateOrderLabel.setVisible(False)
        self.ui.dateOrderCombo.setVisible(False)
        self.ui.previewTable.setModel(None)
        self._show_step(2)
        table, programme, plan_import = self.table, self.programme, self.kind.service.plan_import
        dates = {"date_order": self.date_order, "default_date_order": computer_date_order()}
        if self.kind.whole_file:
            dates |= {"levels": dict(self.level_choices), **self.whole_file_options()}
        self._run(lambda control: plan_import(self.db, table, mapping, programme,
                                              progress=control.progress, **dates),
                  self._planned)  # fmt: skip

    def _planned(self, plan: Any) -> None:
        self.plan = plan
        model = PreviewModel(plan.rows, self.kind, self)
        self.ui.previewTable.setModel(model)
        self.ui.previewTable.selectionModel().currentRowChanged.connect(self._show_row_detail)
        self.ui.rowDetailLabel.setText("Select a row to read all of its problems here.")
        self._filter_preview(self.ui.problemsOnlyCheck.isChecked())
        parts = self.kind.counts(plan)
        if plan.rejected:
            parts.append(f"{plan.rejected:,} with problems (shaded)")
        text = ", ".join(parts) + "."
        programme_text = self.kind.programme_text.format(programme=isolate(plan.programme))
        if plan.programme:
            text += programme_text
        if self.kind.whole_file and plan.nobody_enrolled:
            text = text.removesuffix(programme_text)
            text += (f" {plan.nobody_enrolled.capitalize()}: go back to the first step and "
                     "choose the roles, or add a role column.")  # fmt: skip
        elif self.kind.whole_file and plan.enrolments and plan.without_role:
            text += f" {count(plan.without_role, 'person', 'people')} without a role will not be."
        if plan.ignored_columns:
            text += f" Ignored columns: {', '.join(map(isolate, plan.ignored_columns))}."
        if self.profile is not None:
            text += f" {self.ui.profileLabel.text().removesuffix('.')}: Back to change them."
        self.ui.summaryLabel.setText(text)
        self._show_date_orders(plan)
        if self.kind.whole_file:
            self._show_levels(plan)
        self.ui.problemsOnlyCheck.setChecked(bool(plan.rejected))
        self._update_buttons()

    def _show_date_orders(self, plan: Any) -> None:
        """Say in which order each column of dates like 01/03/2024 was read; when a column's
        dates fit both orders, in amber, with the choice to read them the other way."""
        ui = self.ui
        columns = [column for column in plan.date_orders.values() if column.day_month]
        ambiguous = [column for column in columns if column.ambiguous]
        ui.dateOrderLabel.setVisible(bool(columns))
        ui.dateOrderLabel.setText("\n".join(f"Dates: {c.sentence()}." for c in columns))
        ui.dateOrderLabel.setStyleSheet(warning_style() if ambiguous else "")
        ui.dateOrderCombo.setVisible(bool(ambiguous))
        if ambiguous:
            ui.dateOrderCombo.setCurrentIndex(ui.dateOrderCombo.findData(ambiguous[0].order))

    def _show_levels(self, plan: Any) -> None:
        """The file's levels the ladder lacks (and those mapped), each with a combo box to
        choose what it becomes; a choice checks the file again."""
        ui, table = self.ui, self.ui.levelTable
        found = {label: (rows, None) for label, rows in plan.unknown_levels.items()}
        for label, (target, rows, _) in plan.mapped_levels.items():
            found[label] = (rows, target)
        # In a fixed order, so that a choice, which checks the file again, moves no row.
        shown = dict(sorted(found.items(), key=lambda item: item[0].lower()))
        ui.levelLabel.setVisible(bool(shown))
        table.setVisible(bool(shown))
        if not shown:
            return
        sentence = unknown_levels_text(plan.unknown_levels)
        ui.levelLabel.setText(ltr(
            (f"{sentence}. " if sentence else "")
            + "Choose what each level of the file is on your ladder; the choice is remembered "
            "for the next import."
        ))  # fmt: skip
        ui.levelLabel.setStyleSheet(warning_style() if sentence else "")
        ladder = plan.ladder
        self._level_targets = [
            *ladder,
            NewLevel(below=ladder[0]),
            *(NewLevel(above=label) for label in ladder),
            None,
        ]
        texts = [
            *ladder,
            f"Add to the ladder, below {isolate(ladder[0])}",
            *(f"Add to the ladder, above {isolate(label)}" for label in ladder),
            NO_LEVEL,
        ]
        rows_now = [table.item(row, 0).text() for row in range(table.rowCount())]
        if rows_now != list(shown):  # a new file: else only the choices change, in place
            table.clear()
            table.setColumnCount(3)
            table.setHorizontalHeaderLabels(["Level in the file", "People", "Becomes"])
            table.setRowCount(len(shown))
            for row, label in enumerate(shown):
                table.setItem(row, 0, QTableWidgetItem(label))
                combo = QComboBox()
                combo.setObjectName(f"levelCombo{row}")
                combo.setAccessibleName(f"Level of the ladder for {label}")
                combo.addItems(texts)
                combo.activated.connect(lambda index, label=label: self._choose_level(label, index))
                table.setCellWidget(row, 2, combo)
        for row, (label, (rows, target)) in enumerate(shown.items()):
            table.setItem(row, 1, QTableWidgetItem(f"{rows:,}"))
            chosen = self.level_choices.get(label, target)
            combo = table.cellWidget(row, 2)
            targets = self._level_targets
            combo.setCurrentIndex(targets.index(chosen) if chosen in targets else len(texts) - 1)
        table.resizeColumnsToContents()

    def _choose_level(self, label: str, index: int) -> None:
        """Check the file again with the file's level `label` read as chosen."""
        self.level_choices[label] = self._level_targets[index]
        self._check_mapping_and_plan()

    def _choose_date_order(self, index: int) -> None:
        """Check the file again with its ambiguous dates read in the order chosen."""
        self.date_order = self.ui.dateOrderCombo.itemData(index)
        self._check_mapping_and_plan()

    def _show_row_detail(self, current: QModelIndex) -> None:
        row = self.ui.previewTable.model().row(current.row()) if current.isValid() else None
        if row is None:
            self.ui.rowDetailLabel.clear()
        else:
            where = self.plan.where(row).capitalize()
            if row.problems:
                problems = "; ".join(row.problems)
            elif row.action == "skip":
                problems = "already logged with the same details, so it is left alone"
            else:
                problems = "no problems"
            self.ui.rowDetailLabel.setText(f"{where}: {problems}.")

    def _filter_preview(self, only: bool) -> None:
        model = self.ui.previewTable.model()
        if isinstance(model, PreviewModel):
            model.show_problems_only(only)
            for column, width in enumerate(self.kind.widths):
                self.ui.previewTable.setColumnWidth(
                    column, width * self.fontMetrics().averageCharWidth()
                )

    def start_import(self) -> None:
        plan, skip = self.plan, self.ui.skipBadRowsCheck.isChecked()
        apply_import = self.kind.service.apply_import
        self.ui.summaryLabel.setText("Importing…")
        self._run(lambda control: apply_import(self.db, plan, skip_bad_rows=skip,
                                               progress=control.progress),
                  self._imported)  # fmt: skip

    def _imported(self, summary: Any) -> None:
        self.summary = summary
        self.imported.emit(summary)
        self.accept()

    # --- background work ------------------------------------------------------------------
    def _run(self, work, on_done, on_error=None) -> None:
        self.ui.progressBar.setRange(0, 0)  # busy until the first progress report
        self.ui.progressBar.setVisible(True)
        self.ui.cancelButton.setText("Stop")
        task = TaskRunner.start(work, on_done=self._finished(on_done),
                                on_error=self._finished(on_error or self._failed),
                                on_progress=self._progress, parent=self)  # fmt: skip
        # Run in place (tests), the task has already finished and reported.
        self.task = None if task.is_finished else task
        self._update_buttons()

    def _finished(self, handler):
        """`handler` of a task's result or failure, once the dialog is idle again."""

        def done(outcome) -> None:
            self._idle()
            handler(outcome)

        return done

    def _progress(self, done: int, total: int) -> None:
        self.ui.progressBar.setRange(0, max(total, 1))
        self.ui.progressBar.setValue(done)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self.ui.summaryLabel.setText("Stopped: nothing was written.")
        elif isinstance(exc, RevMentorError):
            self.ui.summaryLabel.setText(ltr(f"{exc} Nothing was written."))
        else:
            raise exc  # a bug: the crash dialog shows it

    def _idle(self) -> None:
        self.task = None
        self.ui.progressBar.setVisible(False)
        self.ui.progressBar.resetFormat()
        self.ui.cancelButton.setText("Cancel")
        self._update_buttons()

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
        else:
            self.reject()

    def reject(self) -> None:
        if self.task is not None and self.step == 0:
            # Closing while the file is read: the reading stops, with nobody left to tell.
            self.task.abandon()
            self.task = None
        elif self.task is not None:  # Esc while checking or importing stops it; the dialog stays
            self.task.cancel()
            return
        super().reject()


def is_importable(path: Path) -> bool:
    """Whether a file dropped on the window looks like a spreadsheet to import."""
    return path.is_file() and path.suffix.lower() in IMPORTABLE_SUFFIXES
