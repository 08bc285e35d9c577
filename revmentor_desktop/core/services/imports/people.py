"""Importing people from the HR spreadsheet: map the columns, preview each row's problems, apply.

The GUI's import wizard and `revmentor import people` both run the same three steps:
`read_table` (tables.py, re-exported here so this module is the whole import) → `guess_mapping`
/ `parse_map_options` → `plan_import` (reads the database, writes nothing, finds every row's
problems) → `apply_import` (one transaction, all or nothing: see plan.py).
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, Literal

from sqlalchemy import (
    Connection,
    String,
    Table,
    bindparam,
    delete,
    insert,
    select,
    text,
    type_coerce,
    update,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.exclusive import IMPORTS, take_turn
from revmentor_desktop.core.db.models import (
    Channel,
    Enrolment,
    EnrolmentStatus,
    Person,
    PersonSkill,
    Programme,
    ProgrammeStatus,
    Role,
    SeniorityLevel,
    Skill,
    SkillCategory,
    SkillInterest,
    display_name,
)
from revmentor_desktop.core.db.versions import change_stamp, new_stamp
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.services.imports.bulk import BulkInsert
from revmentor_desktop.core.services.imports.cells import (
    NO,
    YES,
    parse_channels,
    parse_hours,
    parse_role,
    split_full_name,
    split_list,
)
from revmentor_desktop.core.services.imports.checkins import looks_like_check_ins
from revmentor_desktop.core.services.imports.columns import ColumnScheme
from revmentor_desktop.core.services.imports.dates import (
    ColumnDates,
    date_preference,
    read_date_column,
    read_date_columns,
)
from revmentor_desktop.core.services.imports.directory import (
    NOT_A_PERSON,
    DirectoryRules,
    Skip,
    skipped_parts,
)
from revmentor_desktop.core.services.imports.hr_systems import with_hr_systems
from revmentor_desktop.core.services.imports.levels import LevelMap, LevelTarget
from revmentor_desktop.core.services.imports.managers import ManagerDirectory, employee_id_key
from revmentor_desktop.core.services.imports.plan import (
    Plan,
    Summary,
    collector_paused,
    refuse_rejected_rows,
)
from revmentor_desktop.core.services.imports.profiles import chosen_date_order, remember_profile
from revmentor_desktop.core.services.imports.tables import SourceTable, read_table
from revmentor_desktop.core.services.organisation import (
    DEFAULT_LEVELS,
    add_levels,
    date_order_setting,
    ensure_levels,
    level_mappings_setting,
    remember_level_mappings,
)
from revmentor_desktop.core.services.programmes import programmes_named
from revmentor_desktop.core.text import isolate, plural
from revmentor_desktop.core.vocabulary import CHANNEL_LABELS, ROLE_LABELS

__all__ = [
    "FIELDS", "ImportPlan", "ImportSummary", "RowResult", "SourceTable", "apply_import",
    "guess_mapping", "parse_map_options", "plan_import", "read_table",
]  # fmt: skip

Progress = Callable[[int, int], None]

# The fields a column can hold, in the order the export writes them, with a label for the GUI.
FIELDS: dict[str, str] = {
    "given_name": "Given name",
    "family_name": "Family name",
    "full_name": "Full name",
    "email": "Email",
    "employee_id": "Employee ID",
    "department": "Department",
    "job_title": "Job title",
    "level": "Level",
    "start_date": "Start date",
    "manager_email": "Line manager's email",
    "manager": "Line manager",  # an employee ID, an email or a display name
    "location": "Location",
    "external_org": "External organisation",
    "offers": "Skills offered",
    "wants": "Skills wanted",
    "channels": "Communication preferences",
    "hours": "Hours per month",
    "role": "Role in programme",
    "consent_date": "Consent date",
}

# Column names seen in HR spreadsheets, compared without case, accents, spaces or punctuation.
# The export's own names and FIELDS' labels are added below, so an export re-imports unchanged.
_SYNONYMS = {
    "email": ("E-mail", "Email address", "E-mail address", "Work email", "Work e-mail", "Mail",
              "Business email", "Email (work)", "Work email address"),
    "given_name": ("First name", "Given name", "Forename", "Firstname", "First", "Given names",
                   "Forenames", "Christian name"),
    "family_name": ("Surname", "Last name", "Family name", "Lastname", "Last"),
    # Not "Employee": BambooHR's "Employee #" (its employee number) compares equal to it.
    "full_name": ("Name", "Full name", "Employee name", "Display name", "Participant", "Person",
                  "Staff name"),
    "department": ("Team", "Department", "Dept", "Dept.", "Division", "Business unit", "Unit",
                   "Function"),
    "job_title": ("Position", "Job title", "Title", "Role title", "Job", "Job role",
                  "Position title"),
    "level": ("Grade", "Level", "Seniority", "Band", "Seniority level", "Career level",
              "Job level", "Pay grade"),
    "start_date": ("Hire date", "Start date", "Joined", "Date joined", "Joining date",
                   "Date of joining", "Employment start", "Started"),
    "manager_email": ("Line manager email", "Manager's email", "Manager email",
                      "Reports to (email)", "Line manager's email", "Reports to email",
                      "Supervisor email", "Manager e-mail", "Line manager e-mail"),
    "location": ("Office", "Location", "Site", "City", "Work location", "Base"),
    # Not "Company" or "Employer": in an HR system's export (Workday, HiBob, Rippling reports)
    # that is the person's own employer, and reading it so would make everyone external.
    "external_org": ("Organisation", "Organization", "External organisation",
                     "External organization", "External company", "Partner organisation"),
    "offers": ("Can teach", "Skills offered", "Offers", "Offered skills", "Can offer",
               "Skills to offer"),
    "wants": ("Wants to learn", "Learning goals", "Wants", "Skills wanted", "Wants to learn about"),
    "channels": ("Preferred contact", "Communication preferences", "Channels",
                 "Communication preference", "Preferred channels", "Contact preference"),
    "hours": ("Hours per month", "Availability", "Hours", "Hours a month", "Hours/month",
              "Available hours"),
    "role": ("Role in programme", "Programme role", "Mentoring role", "Role in program",
             "Program role", "Role"),
    "consent_date": ("Consent date", "Consent given", "Consent", "Consented on",
                     "Date of consent"),
}  # fmt: skip

# A sanity check, not RFC 5322: one @, no spaces, a dot in the domain.
_EMAIL = re.compile(r"^[^@\s,;<>\"]+@[^@\s,;<>\"]+\.[^@\s,;<>\".]+$")
# Person's plain text columns (their lengths are checked against the model's).
_TEXT_FIELDS = ("department", "job_title", "location", "external_org")
_NAME_FIELDS = ("given_name", "family_name", "full_name")
# Either column names the line manager; when both are filled they must agree.
_MANAGER_FIELDS = frozenset({"manager_email", "manager"})
_DATE_FIELDS = ("start_date", "consent_date", "end_date")
# The rows an import writes; the others are rejected or skipped (directory.py).
_WRITTEN = ("create", "update")


# With the headers of the HR systems' own exports (hr_systems.py), so those need no --map.
COLUMNS = ColumnScheme(FIELDS, with_hr_systems(_SYNONYMS))
# The import's name among the remembered import profiles (profiles.py).
PROFILE_KIND = "people"

# --- mapping columns to fields --------------------------------------------------------------


def guess_mapping(headers: list[str]) -> dict[int, str | None]:
    """Each column's field by its name (None = ignored); a field goes to its first column only."""
    return COLUMNS.guess_mapping(headers)


def parse_map_options(options: list[str], headers: list[str]) -> dict[int, str | None]:
    """`guess_mapping` with the CLI's `--map "COLUMN=field"` choices on top (see ColumnScheme)."""
    return COLUMNS.parse_map_options(options, headers)


# --- the plan -------------------------------------------------------------------------------


@dataclass(slots=True)  # slots: one per row of a file of up to 200,000
class RowResult:
    """One data row of the file as the preview shows it; `line` is its spreadsheet row number."""

    line: int
    email: str
    name: str
    # "skip": not a person, or disabled or gone; problems[0] says which (directory.py).
    action: Literal["create", "update", "reject", "skip"]
    problems: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Row:
    """What a row will write: Person column values, and the links resolved when applying."""

    result: RowResult
    # Who the row is, lower-case: the email of the person in the database it matches (by
    # employee ID, then by email), else the email in the file. Managers are named by it.
    key: str
    values: dict[str, Any] = field(default_factory=dict)  # a _Values once planned (_pack)
    current: dict[str, Any] | None = None  # the person in the database the row updates
    employee_id: str | None = None  # as compared (employee_id_key), when the column is mapped
    manager_cells: tuple[str, str] = ("", "")  # (manager's email, manager) as written
    manager: str | None = None  # the manager's key (when a manager column is mapped)
    # The skills of the offers and wants columns, when mapped (see skills()).
    offers: list[str] | None = None
    wants: list[str] | None = None
    role: Role | None = None
    skip: Skip | None = None  # why the row is skipped, when it is (directory.py)

    def skills(self, interest: SkillInterest) -> list[str]:
        """The skills the row offers or wants (none when the column is not mapped)."""
        return (self.offers if interest is SkillInterest.OFFERS else self.wants) or []


@dataclass
class ImportPlan(Plan[RowResult]):
    """Every row's outcome (create, update or reject), found without writing anything."""

    new_skills: list[str] = field(default_factory=list)  # skills the import will create
    programme_exists: bool = False
    enrolments: int = 0  # accepted rows with a role, enrolled when a programme is given
    _rows: list[_Row] = field(default_factory=list, repr=False)
    _fields: frozenset[str] = field(default_factory=frozenset, repr=False)
    # How each date column was read (day or month first, and why), by its header.
    date_orders: dict[str, ColumnDates] = field(default_factory=dict)
    # Columns read to tell guests, disabled accounts and leavers (directory.py), not imported.
    account_columns: list[str] = field(default_factory=list)
    # Level labels the ladder lacks and nothing maps, with how many rows have each: those
    # people come in without a level (an update keeps the level they have).
    unknown_levels: dict[str, int] = field(default_factory=dict)
    # Labels mapped by the import's choices or as remembered: label -> (target, rows, remembered).
    mapped_levels: dict[str, tuple[LevelTarget, int, bool]] = field(default_factory=dict)
    new_levels: list[str] = field(default_factory=list)  # labels the ladder gets, in its order
    ladder: list[str] = field(default_factory=list)  # the ladder's labels, most junior first
    without_role: int = 0  # accepted rows with no role, when a programme is given
    _levels: LevelMap | None = field(default=None, repr=False)
    # What applying remembers as the profile of this header set (profiles.py).
    headers: list[str] = field(default_factory=list)
    profile_date_order: str | None = None

    @property
    def without_level(self) -> int:
        """People the import brings in without a level: their label is not on the ladder."""
        return sum(self.unknown_levels.values())

    @property
    def nobody_enrolled(self) -> str:
        """Why nobody will be enrolled (and no programme created), or "" when someone will be."""
        return self.nobody_enrolled_text()

    def nobody_enrolled_text(self, *, applied: bool = False) -> str:
        """`nobody_enrolled`, or once applied: "nobody has a role, so nobody was enrolled …"."""
        if self.programme is None or self.enrolments:
            return ""
        verb = "was" if applied else "will be"
        text = f"nobody has a role, so nobody {verb} enrolled"
        return text if self.programme_exists else f"{text} and no programme {verb} created"

    @property
    def updated(self) -> int:
        return self._rows_to("update")

    @property
    def skipped_not_people(self) -> int:
        """Accounts that are not people (no email in a directory export): skipped."""
        return sum(1 for row in self._rows if row.skip and row.skip.kind == NOT_A_PERSON)

    @property
    def skipped_disabled(self) -> int:
        """Disabled or suspended accounts and leavers: skipped."""
        return self._rows_to("skip") - self.skipped_not_people

    @property
    def skipped_parts(self) -> list[str]:
        """["2 skipped (not people)", "3 skipped (disabled or left)"], counts of none left out."""
        return skipped_parts(self.skipped_not_people, self.skipped_disabled)


@dataclass
class _Existing:
    """The database as the import sees it: people by lower-case email, the ladder, the skills."""

    people: dict[str, dict[str, Any]]
    emails_by_id: dict[int, str]
    levels: list[str]  # labels, most junior first
    ranks: dict[str, str]  # rank number as text -> label
    skills: dict[str, int]  # lower-case name -> id
    employee_ids: dict[str, str] = field(default_factory=dict)  # employee_id_key -> person key
    level_labels: dict[int, str] = field(default_factory=dict)  # level id -> label


_PERSON_COLUMNS = (
    "id", "email", "given_name", "family_name", "department", "job_title", "level_id",
    "start_date", "location", "manager_id", "is_external", "external_org", "channels",
    "hours_per_month", "consent_date", "employee_id", "archived",
)  # fmt: skip


def _load_existing(connection: Connection) -> _Existing:
    """Everything the import compares against, in a handful of set-based queries."""
    table = Person.__table__
    people: dict[str, dict[str, Any]] = {}
    emails_by_id: dict[int, str] = {}
    employee_ids: dict[str, str] = {}
    for row in connection.execute(select(*(table.c[name] for name in _PERSON_COLUMNS))):
        values = row._asdict()
        key = values["email"].strip().lower()
        people.setdefault(key, values)
        emails_by_id[values["id"]] = key
        if values["employee_id"]:
            employee_ids.setdefault(employee_id_key(values["employee_id"]), key)
    stored = connection.execute(
        select(SeniorityLevel.id, SeniorityLevel.rank, SeniorityLevel.label).order_by(
            SeniorityLevel.rank
        )
    ).all()
    # An empty ladder: what ensure_levels creates when applying.
    ladder = [(rank, label) for _, rank, label in stored] or list(enumerate(DEFAULT_LEVELS, 1))
    skills = {name.lower(): id_ for id_, name in connection.execute(select(Skill.id, Skill.name))}
    return _Existing(
        people,
        emails_by_id,
        levels=[label for _, label in ladder],
        ranks={str(rank): label for rank, label in ladder},
        skills=skills,
        employee_ids=employee_ids,
        level_labels={id_: label for id_, _, label in stored},
    )


@collector_paused()
def plan_import(
    db: Database,
    table: SourceTable,
    mapping: dict[int, str | None],
    programme: str | None = None,
    progress: Progress | None = None,
    *,
    date_order: str | None = None,
    default_date_order: str | None = None,
    levels: Mapping[str, LevelTarget] | None = None,
    role: Role | None = None,
    role_by_level: str | None = None,
    consent_date: date | None = None,
) -> ImportPlan:
    """Check every row against the file and the database and decide create / update / reject.

    Reads the database and writes nothing. Each date column is read in the order its values
    show (dates.py); one whose dates all fit both day first and month first is read in
    `date_order` ("dmy", "mdy" or "ymd") if given, else the organisation's setting, else
    `default_date_order` (this computer's), else day first. `plan.date_orders` says which.

    A level label the ladder lacks is read through `levels` (the file's label -> a ladder label,
    a NewLevel or None), else as remembered from earlier imports, else left out and listed once
    in `plan.unknown_levels` (levels.py). For a file without roles, `role` gives everyone a role
    and `role_by_level` (a label of the ladder) makes those below that level reverse mentors and
    the others mentees; `consent_date` records consent for everyone who has none. A role or
    consent cell the file fills wins for its row. All three need a programme.
    """
    fields = _check_mapping(mapping, table.headers)
    programme = (programme or "").strip() or None
    programme_exists = False
    if programme is None and (role or role_by_level or consent_date):
        raise RevMentorError(
            "A role or a consent date for everyone in the file needs a programme to enrol them in."
        )
    if role is not None and role_by_level is not None:
        raise RevMentorError("Give everyone one role, or take the role from the level: not both.")
    with db.engine.connect() as connection:
        existing = _load_existing(connection)
        level_map = LevelMap(
            existing.levels, existing.ranks, levels, level_mappings_setting(connection)
        )
        dates = date_preference(date_order, date_order_setting(connection), default_date_order)
        if programme is not None:
            found = _programme(connection, programme)
            # "cohort 2026" enrols in "Cohort 2026"; a programme is only created when none matches.
            programme_exists = found is not None
            programme = found[1] if found else programme
    # Spreadsheet row numbers match a text editor's lines unless a cell spans lines.
    word = "row" if table.delimiter is None or table.multiline else "line"
    parser = _RowParser(table.headers, mapping, fields, existing)
    parser.level_map, parser.role, parser.consent_date = level_map, role, consent_date
    if role_by_level is not None:
        parser.senior_from = level_map.rank(role_by_level)
        if parser.senior_from is None:
            raise RevMentorError(level_map._not_on_ladder(role_by_level))
    columns = {name: index for index, name in mapping.items() if name}
    columns |= parser.directory.columns  # a leaving date's order is decided like the others'
    parser.dates = read_date_columns(table.headers, table.rows, columns, _DATE_FIELDS, dates)
    rows: list[_Row] = []
    total = len(table.rows)
    for index, cells in enumerate(table.rows):
        if any(cells):  # blank rows (Excel leaves some) are skipped, not rejected
            rows.append(parser.parse(table.line(index), cells))
        if progress and (index % 500 == 0):
            progress(index, total)
    _check_duplicates([row for row in rows if row.skip is None], word)
    if fields & _MANAGER_FIELDS:
        _resolve_managers(rows, existing)
        _check_managers(rows, existing, word)
    for row in rows:
        if row.skip is not None:
            # Whatever else a skipped row says does not matter: nothing of it is imported.
            row.result.problems[:] = [row.skip.reason]
        elif row.result.problems:
            row.result.action = "reject"
    if progress:
        progress(total, total)
    accepted = [row for row in rows if row.result.action in _WRITTEN]
    _pack(rows)
    new_skills: dict[str, str] = {}
    for row in accepted:
        for names in (row.offers, row.wants):
            for name in names or ():
                if name.lower() not in existing.skills:
                    new_skills.setdefault(name.lower(), name)
    return ImportPlan(
        rows=[row.result for row in rows],
        mapping=dict(mapping),
        programme=programme,
        ignored_columns=[
            h
            for i, h in enumerate(table.headers)
            if mapping.get(i) is None and i not in parser.directory.columns.values()
        ],
        account_columns=[table.headers[i] for i in sorted(parser.directory.columns.values())],
        new_skills=sorted(new_skills.values(), key=str.lower),
        programme_exists=programme_exists,
        enrolments=sum(1 for row in accepted if row.role is not None) if programme else 0,
        without_role=sum(1 for row in accepted if row.role is None) if programme else 0,
        unknown_levels=level_map.unknown,
        mapped_levels=level_map.used,
        new_levels=[label for label, _ in level_map.added],
        ladder=existing.levels,
        _levels=level_map,
        line_word=word,
        _rows=rows,
        _fields=frozenset(fields),
        date_orders={c.header: c for c in parser.dates.values() if c.has_dates},
        headers=list(table.headers),
        profile_date_order=chosen_date_order(date_order, parser.dates.values()),
    )


def _programme(connection: Connection, name: str) -> tuple[int, str] | None:
    """The programme `name` stands for (see programmes_named), or None when there is none yet."""
    found = programmes_named(connection, name)
    if len(found) > 1:
        names = ", ".join(f'"{isolate(known)}"' for _, known in found)
        raise RevMentorError(
            f'Several programmes are called "{isolate(name)}" when case and accents are ignored '
            f"({names}): write the name exactly as one of them."
        )
    return found[0] if found else None


def _check_mapping(mapping: dict[int, str | None], headers: list[str]) -> set[str]:
    columns = COLUMNS.check_mapping(mapping, headers)
    if "email" not in columns:
        if looks_like_check_ins(headers):
            raise RevMentorError(
                "This file holds check-ins, not people: import it with File → Import check-ins… "
                "(on the command line: revmentor import checkins FILE)."
            )
        raise RevMentorError(
            "No column holds the email address, which is how people are recognised: map one "
            '(on the command line: --map "COLUMN=email").'
        )
    return set(columns)


class _RowParser:
    """Turns one row's cells into Person values, noting every problem on the way."""

    def __init__(
        self,
        headers: list[str],
        mapping: dict[int, str | None],
        fields: set[str],
        existing: _Existing,
    ) -> None:
        self.headers = headers
        self.columns = [(i, f) for i, f in mapping.items() if f is not None]
        self.fields = fields
        self.existing = existing
        self.header_of = {f: headers[i] for i, f in self.columns}
        self.level_map = LevelMap(existing.levels, existing.ranks, None, None)
        self.role: Role | None = None  # for rows whose role cell is empty (or no role column)
        self.senior_from: int | None = None  # the lowest rank of mentees; those below: mentors
        self.consent_date: date | None = None  # for people with none and no consent cell
        self.today = date.today()
        self.dates: dict[str, ColumnDates] = {}  # each date column's order, by field
        self.directory = DirectoryRules(headers, mapping, self.today)
        self.lengths = {
            name: Person.__table__.c[name].type.length
            for name in ("given_name", "family_name", "email", *_TEXT_FIELDS)
        }
        # What a cell says, by its text: channels, hours, dates and skill lists repeat down a
        # file, and reading each text once makes checking a row much cheaper.
        self._read: dict[tuple[str, str], tuple[Any, list[str]]] = {}

    def parse(self, line: int, cells: list[str]) -> _Row:
        cell = {f: cells[i] for i, f in self.columns}
        email = cell["email"]
        key = email.lower()
        key = email if key == email else key  # one string, not two, for most addresses
        # An employee ID finds the person first, so someone whose email changed is updated;
        # unless the email is someone else's (then the row is theirs, and _employee_id objects).
        held = self.existing.employee_ids.get(employee_id_key(cell.get("employee_id")))
        if held is not None and key not in self.existing.people:
            key = held
        current = self.existing.people.get(key)
        result = RowResult(line, email, "", "update" if current else "create")
        row = _Row(result, key, current=current)
        problems = result.problems
        if not email:
            problems.append("no email address")
        elif not _EMAIL.match(email):
            problems.append(f'bad email address "{isolate(email)}"')
        else:
            row.values["email"] = email
        if "employee_id" in cell:
            self._employee_id(row, cell["employee_id"])
        self._names(row, cell, current)
        for name in _TEXT_FIELDS:
            if name in cell:
                row.values[name] = cell[name]
        if "external_org" in cell:
            row.values["is_external"] = bool(cell["external_org"])
        account = self.directory.read(cells)  # account type, status, leaving date
        if organisation := self.directory.guest_organisation(cell, account):
            row.values["is_external"], row.values["external_org"] = True, organisation
        for name, limit in self.lengths.items():
            if len(row.values.get(name) or "") > limit:
                problems.append(f"{FIELDS[name].lower()} is longer than {limit} characters")
        if "level" in cell:
            self._level(row, cell["level"])
        for name in ("start_date", "consent_date"):
            if name in cell:
                self._date(row, name, cell[name], current)
        if "hours" in cell:
            self._hours(row, cell["hours"])
        if "channels" in cell:
            self._channels(row, cell["channels"])
        if "role" in cell:
            self._role(row, cell["role"])
        if row.role is None and not cell.get("role"):
            row.role = self._default_role(row, current)
        if self.consent_date is not None and not cell.get("consent_date"):
            # A consent already recorded is kept: the date says when they first agreed.
            row.values["consent_date"] = (current or {}).get("consent_date") or self.consent_date
        if "offers" in cell:
            row.offers = self._cell(row, "offers", cell["offers"], _skills)
        if "wants" in cell:
            row.wants = self._cell(row, "wants", cell["wants"], _skills)
        if self.fields & _MANAGER_FIELDS:
            row.manager_cells = (cell.get("manager_email", ""), cell.get("manager", ""))
        if not result.name and current:
            result.name = display_name(current["given_name"], current["family_name"])
        left_on = self._left_on(row, account.get("end_date"))
        row.skip = self.directory.skip(cell, account, left_on, current)
        if row.skip is not None:
            result.action = "skip"
            problems[:] = [row.skip.reason]
        return row

    def _cell(self, row: _Row, name: str, text: str, read: Callable[[str], Any]) -> Any:
        """`read(text)` -> (value, problems), remembered by text; the problems go on `row`."""
        found = self._read.get((name, text))
        if found is None:
            found = read(text)
            if len(self._read) < _REMEMBERED_CELLS:
                self._read[name, text] = found
        value, problems = found
        row.result.problems.extend(problems)
        return value

    def _left_on(self, row: _Row, text: str | None) -> date | None:
        """The leaving date, which is never stored: it only says whether the row is skipped."""
        try:
            return self.dates["end_date"].read(text) if text else None
        except ValueError as exc:
            row.result.problems.append(str(exc))
            return None

    def _employee_id(self, row: _Row, text: str) -> None:
        text = text.strip()
        row.employee_id = employee_id_key(text) or None
        current = row.current
        held = self.existing.employee_ids.get(row.employee_id or "")
        if held is not None and held != row.key:
            owner = self.existing.people[held]
            row.result.problems.append(
                f'employee ID "{isolate(text)}" belongs to '
                f"{isolate(display_name(owner['given_name'], owner['family_name']))} "
                f"({isolate(owner['email'])}), not to {isolate(row.result.email)}"
            )
        elif len(text) > 64:
            row.result.problems.append("employee ID is longer than 64 characters")
        elif current is None or employee_id_key(current["employee_id"]) != row.employee_id:
            row.values["employee_id"] = text or None  # else kept as stored: "00123" stays

    def _names(self, row: _Row, cell: dict[str, str], current: dict[str, Any] | None) -> None:
        given, family, full = (cell.get(name, "") for name in _NAME_FIELDS)
        if given:
            row.values["given_name"] = given
            if "family_name" in cell:
                row.values["family_name"] = family
        elif full:
            row.values["given_name"], row.values["family_name"] = split_full_name(full)
        elif current is None or "given_name" in cell or "full_name" in cell:
            row.result.problems.append("no name (a given name or a full name)")
        elif "family_name" in cell:
            row.values["family_name"] = family
        if "given_name" in row.values:
            row.result.name = display_name(
                row.values["given_name"],
                row.values.get("family_name", current["family_name"] if current else ""),
            )

    def _level(self, row: _Row, text: str) -> None:
        if not text:
            row.values["level"] = None
            return
        known, label = self.level_map.read(text)
        # A label nothing maps is listed once in the plan, not a problem of the row: a new
        # person comes in without a level, and someone already here keeps theirs.
        if known:
            row.values["level"] = label

    def _default_role(self, row: _Row, current: dict[str, Any] | None) -> Role | None:
        """The role for everyone in the file, or the one their level gives (None: no level)."""
        if self.senior_from is None:
            return self.role
        if "level" in row.values:
            label = row.values["level"]
        else:
            label = self.existing.level_labels.get((current or {}).get("level_id") or 0)
        rank = self.level_map.rank(label)
        if rank is None:
            return None
        return Role.MENTEE if rank >= self.senior_from else Role.REVERSE_MENTOR

    def _dates_of(self, name: str) -> ColumnDates:
        """How the date column of field `name` is read (decided by plan_import from its values;
        without that, as a column that says nothing)."""
        if name not in self.dates:
            self.dates[name] = read_date_column(self.header_of.get(name, name), ())
        return self.dates[name]

    def _date(self, row: _Row, name: str, text: str, current: dict[str, Any] | None) -> None:
        if name == "consent_date" and text.lower() in YES | NO:
            # "Consent given: yes" keeps a consent date already recorded, else records today.
            given = text.lower() in YES
            row.values[name] = ((current or {}).get(name) or self.today) if given else None
            return
        dates = self._dates_of(name)

        def read(text: str) -> tuple[date | None, list[str]]:
            try:
                return dates.read(text), []
            except ValueError as exc:  # unreadable, or only the order the others are not
                return _NOTHING, [str(exc)]

        value = self._cell(row, name, text, read)
        if value is not _NOTHING:
            row.values[name] = value

    def _hours(self, row: _Row, text: str) -> None:
        value = self._cell(row, "hours", text, _hours)
        if value is not _NOTHING:
            row.values["hours_per_month"] = value

    def _channels(self, row: _Row, text: str) -> None:
        # Shared by the rows with the same text: nothing changes a row's values once read.
        row.values["channels"] = self._cell(row, "channels", text, _channels)

    def _role(self, row: _Row, text: str) -> None:
        try:
            row.role = parse_role(text)
        except ValueError:
            row.result.problems.append(
                f'unknown role "{isolate(text)}" (roles: '
                f"{ROLE_LABELS[Role.REVERSE_MENTOR].lower()}, {ROLE_LABELS[Role.MENTEE].lower()}, "
                "or empty for not taking part)"
            )


# A cell that gives no value (its problem says why).
_NOTHING = object()
# What a cell says is remembered for this many texts: beyond them (names, addresses, lists
# of skills unique to a row), reading again is as quick as looking up, and takes no memory.
_REMEMBERED_CELLS = 20_000


def _pack(rows: list[_Row]) -> None:
    """Keep what each row will write in a compact form for applying (see _Values); the rows
    that write nothing keep nothing."""
    shapes: dict[tuple[str, ...], tuple[str, ...]] = {}
    for row in rows:
        if row.result.action in _WRITTEN:
            shape = tuple(row.values)
            row.values = _Values(shapes.setdefault(shape, shape), tuple(row.values.values()))
        else:
            row.values = _NO_VALUES


class _Values(Mapping[str, Any]):
    """A planned row's values, read-only: its fields, shared by the rows that set the same
    ones, and its values. About a third of the size of a dict."""

    __slots__ = ("_fields", "_values")

    def __init__(self, fields: tuple[str, ...], values: tuple[Any, ...]) -> None:
        self._fields, self._values = fields, values

    def __getitem__(self, name: str) -> Any:
        try:
            return self._values[self._fields.index(name)]
        except ValueError:
            raise KeyError(name) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._fields)

    def __len__(self) -> int:
        return len(self._fields)

    def as_dict(self) -> dict[str, Any]:
        return dict(zip(self._fields, self._values, strict=True))


_NO_VALUES: Mapping[str, Any] = _Values((), ())


def _hours(text: str) -> tuple[Any, list[str]]:
    try:
        return parse_hours(text), []
    except ValueError:
        return _NOTHING, [f'bad hours "{isolate(text)}" (a number of hours per month, 0 or more)']


def _channels(text: str) -> tuple[list[str], list[str]]:
    channels, unknown = parse_channels(text)
    known = ", ".join(CHANNEL_LABELS[c] for c in Channel)
    return channels, [f'unknown channel "{isolate(word)}" (channels: {known})' for word in unknown]


def _skills(text: str) -> tuple[list[str], list[str]]:
    # One string for each skill name however many rows hold it: the names repeat down a file.
    skills = [sys.intern(name) for name in _unique(split_list(text))]
    return skills, [
        f'skill "{isolate(skill[:30])}…" is longer than 120 characters'
        for skill in skills
        if len(skill) > 120
    ]


def _check_duplicates(rows: list[_Row], word: str) -> None:
    """Two rows for one person: the same email, the same employee ID, or one row matching a
    person by employee ID and another by email."""
    ways = ("duplicate email: also on", "duplicate employee ID: also on", "the same person as")
    keys = [(row.result.email.lower(), row.employee_id, row.key) for row in rows]
    # Most files have no duplicate: count first, and look closer only at keys seen twice.
    seen: list[set[str | None]] = [set(), set(), set()]
    twice: list[set[str | None]] = [set(), set(), set()]
    for row_keys in keys:
        for way, key in enumerate(row_keys):
            if key in seen[way]:
                twice[way].add(key)
            else:
                seen[way].add(key)
    lines: dict[tuple[int, str], list[int]] = defaultdict(list)
    flagged = []
    for row, row_keys in zip(rows, keys, strict=True):
        shared = [(way, key) for way, key in enumerate(row_keys) if key and key in twice[way]]
        if shared:
            flagged.append((row, shared))
            for found in shared:
                lines[found].append(row.result.line)
    for row, shared in flagged:
        reported = {row.result.line}
        for way, key in shared:
            others = [n for n in lines[way, key] if n not in reported]
            if others:
                reported.update(others)
                where = ", ".join(map(str, others))
                also = f" ({isolate(row.key)})" if way == 2 else ""
                row.result.problems.append(f"{ways[way]} {plural(len(others), word)} {where}{also}")


def _resolve_managers(rows: list[_Row], existing: _Existing) -> None:
    """Turn each row's manager cells into the manager's key, against the database and the file.

    The manager column holds an employee ID, an email or a name; the manager's email column an
    email. When both are filled they must agree, but the email settles which of several people
    with the name is meant.
    """
    directory = ManagerDirectory()
    for key, person in existing.people.items():
        directory.add(
            key, email=person["email"], employee_id=person["employee_id"],
            given=person["given_name"], family=person["family_name"], archived=person["archived"],
        )  # fmt: skip
    for row in rows:
        if row.key:  # the file's names, emails and employee IDs replace the database's
            current = row.current or {}
            directory.add(
                row.key, email=row.result.email,
                employee_id=row.values.get("employee_id", current.get("employee_id")),
                given=row.values.get("given_name", current.get("given_name", "")),
                family=row.values.get("family_name", current.get("family_name", "")),
                archived=bool(current.get("archived")),
            )  # fmt: skip
    for row in rows:
        email, text = (cell.strip() for cell in row.manager_cells)
        row.manager_cells = ("", "")  # read: what a row keeps stays small
        by_email = directory.by_email(email) if email else None
        if not text:
            row.manager = by_email
            continue
        found = directory.find(text)
        if by_email is None:
            row.manager = found.key
            if found.problem:
                row.result.problems.append(found.problem)
        elif found.key == by_email or by_email in found.candidates or not found.candidates:
            row.manager = by_email  # a name nobody has (a nickname, a typo) yields to the email
        else:
            who = isolate(found.key) if found.key else ", ".join(map(isolate, found.candidates))
            row.result.problems.append(
                f'line manager "{isolate(text)}" is {who}, but the line manager\'s email says '
                f"{isolate(email)}"
            )


def _check_managers(rows: list[_Row], existing: _Existing, word: str) -> None:
    """Unknown managers, people managing themselves, and cycles the file would create.

    A manager may be further down the file than their reports. When a manager's own row is
    rejected and they are not in the database yet, their reports are rejected too: they would
    point at nobody (this repeats until nothing changes, as may a cycle that only appears once
    rejected rows keep their current manager). So are those of a manager whose row is skipped
    (disabled or gone, see directory.py), unless a row of the file imports them after all.
    """
    by_key: dict[str, _Row] = {}
    for row in sorted(rows, key=lambda row: row.skip is not None):
        by_key.setdefault(row.key, row)
    for row in rows:
        if row.manager is None or row.skip is not None:
            continue
        if row.manager == row.key:
            row.result.problems.append("is their own line manager")
        elif row.manager not in existing.people and row.manager not in by_key:
            row.result.problems.append(
                f'unknown line manager "{isolate(row.manager)}" (not in the database or in this '
                "file)"
            )
    # First the cycles the whole file describes, then those left when rejected rows drop out.
    _report_cycles(rows, existing, lambda row: row.skip is None)
    while True:
        changed = _report_cycles(rows, existing, lambda row: not row.result.problems)
        for row in rows:
            if row.result.problems or row.manager is None or row.manager in existing.people:
                continue
            manager = by_key.get(row.manager)
            if manager is not None and manager.result.problems:
                which = "is skipped" if manager.skip else "has problems"
                row.result.problems.append(
                    f"line manager {isolate(row.manager)} is on {word} {manager.result.line}, "
                    f"which {which}"
                )
                changed = True
        if not changed:
            return


def _report_cycles(rows: list[_Row], existing: _Existing, applies: Callable[[_Row], bool]) -> bool:
    """Note a cycle on every row in it; `applies` says whose new manager counts. True if any."""
    graph: dict[str, str | None] = {}
    for key, person in existing.people.items():
        graph[key] = existing.emails_by_id.get(person["manager_id"])
    in_file: dict[str, _Row] = {}
    for row in rows:
        if row.key and row.key not in in_file and applies(row):
            in_file[row.key] = row
            graph[row.key] = row.manager if row.manager != row.key else None
    state: dict[str, int] = {}  # 1: on the current path, 2: finished
    found = False
    for start in in_file:
        path: list[str] = []
        node: str | None = start
        while node is not None and node not in state:
            state[node] = 1
            path.append(node)
            node = graph.get(node)
        if node is not None and state[node] == 1:
            cycle = path[path.index(node) :]
            text = " → ".join(isolate(key) for key in [*cycle, cycle[0]])
            for member in cycle:
                row = in_file.get(member)
                if row is not None:
                    row.result.problems.append(f"line managers would form a cycle: {text}")
                    found = True
        for visited in path:
            state[visited] = 2
    return found


def _unique(names: list[str]) -> list[str]:
    if len({name.lower() for name in names}) == len(names):
        return names  # the usual case: no name twice
    seen: set[str] = set()
    result = []
    for name in names:
        if name.lower() not in seen:
            seen.add(name.lower())
            result.append(name)
    return result


# --- applying -------------------------------------------------------------------------------


@dataclass
class ImportSummary(Summary):
    created: int
    updated: int
    rejected: int
    enrolled: int
    programme_created: bool
    skipped_not_people: int = 0  # accounts that are not people (directory.py)
    skipped_disabled: int = 0  # disabled or suspended accounts, leavers

    @property
    def skipped_parts(self) -> list[str]:
        """["2 skipped (not people)", "3 skipped (disabled or left)"], counts of none left out."""
        return skipped_parts(self.skipped_not_people, self.skipped_disabled)


@collector_paused()
def apply_import(
    db: Database,
    plan: ImportPlan,
    *,
    skip_bad_rows: bool = False,
    progress: Progress | None = None,
) -> ImportSummary:
    """Write the plan in one transaction: everything, or nothing if anything fails.

    Rejected rows stop the import unless `skip_bad_rows`, which leaves them out. People are
    matched by email ignoring case, and only the fields the file maps are changed.
    """
    refuse_rejected_rows(plan, skip_bad_rows=skip_bad_rows)
    if not db.writable:
        raise RevMentorError("This database is open read-only, so nothing can be imported.")
    rows = [row for row in plan._rows if row.result.action in _WRITTEN]
    total = len(rows)
    try:
        with db.session() as session, session.begin():
            take_turn(session, IMPORTS)  # another coordinator's import ends first, then is read
            writer = _Writer(session, plan, rows)
            if progress:
                progress(0, total)
            writer.people()
            if progress:
                progress(total // 2, total)
            writer.managers()
            writer.skills()
            enrolled, created = writer.enrol()
            # Next month's export with these headers starts from this mapping (an import that
            # writes no row leaves the database as it was, this too).
            if plan.headers and rows:
                remember_profile(
                    session, PROFILE_KIND, plan.headers, plan.mapping, plan.profile_date_order
                )
            if progress:
                progress(total, total)
    except SQLAlchemyError as exc:
        reason = getattr(exc, "orig", None) or exc
        raise RevMentorError(f"The import failed and nothing was written: {reason}") from exc
    return ImportSummary(
        created=writer.created,
        updated=writer.updated,
        rejected=plan.rejected,
        enrolled=enrolled,
        programme_created=created,
        skipped_not_people=plan.skipped_not_people,
        skipped_disabled=plan.skipped_disabled,
    )


class _Writer:
    """The writes of one import, as a few bulk statements inside the caller's transaction."""

    def __init__(self, session: Session, plan: ImportPlan, rows: list[_Row]) -> None:
        self.session = session
        self.plan = plan
        self.rows = rows
        self.now = datetime.now(UTC)
        levels = ensure_levels(session)  # a new database gets the default ladder here
        if plan._levels is not None:
            if plan._levels.added:
                add_levels(session, plan._levels.added)
                levels = ensure_levels(session)
            remember_level_mappings(session, plan._levels.remember())
        self.level_ids = {level.label.lower(): level.id for level in levels}
        # Read again inside the transaction: the database may have changed since the preview.
        self.existing = _load_existing(session.connection())
        self.ids: dict[str, int] = {k: p["id"] for k, p in self.existing.people.items()}
        self.created = self.updated = 0

    def _person_values(self, row: _Row) -> dict[str, Any]:
        values = row.values.as_dict()  # type: ignore[attr-defined]  (packed by _pack)
        if "level" in values:
            label = values.pop("level")
            if label is not None and label.lower() not in self.level_ids:
                raise RevMentorError(
                    f'The level "{isolate(label)}" is no longer on the ladder: preview the import '
                    "again."
                )
            values["level_id"] = None if label is None else self.level_ids[label.lower()]
        return values

    def people(self) -> None:
        """Insert the new people, each with their line manager, and update the changed ones."""
        session = self.session
        # New people get their ids before any is written (in file order), so that each goes in
        # with its line manager, even one further down the file.
        new_keys = [row.key for row in self.rows if row.key not in self.existing.people]
        self.ids.update(zip(new_keys, _next_person_ids(session, len(new_keys)), strict=True))
        connection = session.connection()
        defaults = {**_NEW_PERSON, "id": 0, "created_at": self.now, **new_stamp(session, self.now)}
        new = BulkInsert(connection, Person.__table__, defaults)
        managers = bool(self.plan._fields & _MANAGER_FIELDS)
        # A report whose new manager is not written yet waits for them (the plan refused
        # cycles), so every foreign key holds the moment its row is written.
        written: set[str] = set()
        waiting: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
        changed = []
        for row in self.rows:
            values = self._person_values(row)
            current = self.existing.people.get(row.key)
            if current is None:
                if "given_name" not in values:
                    raise RevMentorError(
                        f"{isolate(row.result.email)} is no longer in the database: preview the "
                        "import again."
                    )
                values["id"] = self.ids[row.key]
                manager = None
                if managers:
                    values["manager_id"] = self._manager_id(row)
                    manager = row.manager
                self.created += 1
                if (
                    manager in self.ids
                    and manager not in self.existing.people
                    and (manager not in written)
                ):
                    waiting[manager].append((row.key, values))
                    continue
                ready = [(row.key, values)]
                while ready:
                    key, person = ready.pop()
                    new.add(person)
                    written.add(key)
                    ready.extend(waiting.pop(key, ()))
                continue
            self.updated += 1
            # Unchanged people are left alone, so a re-import does not even touch updated_at.
            if any(current.get(k) != v for k, v in values.items()):
                changed.append({**values, "id": current["id"], "updated_at": self.now})
        new.flush()
        if changed:
            _update_by_id(session, Person.__table__, changed)

    def _manager_id(self, row: _Row) -> int | None:
        wanted = None if row.manager is None else self.ids.get(row.manager)
        if row.manager is not None and wanted is None:
            raise RevMentorError(
                f"The line manager {isolate(row.manager)} is no longer in the database: "
                "preview the import again."
            )
        return wanted

    def managers(self) -> None:
        """New line managers of people already in the database (new people have theirs)."""
        if not self.plan._fields & _MANAGER_FIELDS:
            return
        changes = []
        for row in self.rows:
            current = self.existing.people.get(row.key)
            if current is None:
                continue
            wanted = self._manager_id(row)
            if current["manager_id"] != wanted:
                changes.append({"id": self.ids[row.key], "manager_id": wanted})
        if changes:
            _update_by_id(self.session, Person.__table__, changes)

    def skills(self) -> None:
        interests = [
            interest
            for interest, name in ((SkillInterest.OFFERS, "offers"), (SkillInterest.WANTS, "wants"))
            if name in self.plan._fields
        ]
        if not interests:
            return
        skill_ids = dict(self.existing.skills)
        # Each name as written, lower-case: the rows share their name strings (plan_import).
        lowered: dict[str, str] = {}
        for row in self.rows:
            for interest in interests:
                for name in row.skills(interest):
                    if name not in lowered:
                        lowered[name] = name.lower()
        missing: dict[str, str] = {}
        for name, lower in lowered.items():
            if lower not in skill_ids:
                missing.setdefault(lower, name)
        if missing:
            self.session.execute(
                insert(Skill.__table__),
                [{"name": n, "category": SkillCategory.OTHER} for n in missing.values()],
            )
            skill_ids = {
                n.lower(): i for i, n in self.session.execute(select(Skill.id, Skill.name))
            }
        id_of = {name: skill_ids[lower] for name, lower in lowered.items()}
        held: dict[tuple[int, str], set[int]] = defaultdict(set)
        table = PersonSkill.__table__
        # The interest as plain text (SkillInterest is a str enum, so it finds these keys):
        # skipping the enum conversion of tens of thousands of rows halves this query's time.
        query = select(table.c.person_id, table.c.skill_id, type_coerce(table.c.interest, String))
        for person_id, skill_id, interest in self.session.connection().execute(query):
            held[person_id, interest].add(skill_id)
        removed = []
        # Skills kept keep their level; new ones start at 3 (the middle of 1–5).
        added = BulkInsert(
            self.session.connection(),
            table,
            {"person_id": 0, "skill_id": 0, "interest": SkillInterest.OFFERS, "level": 3},
        )
        if added.names != ("person_id", "skill_id", "interest", "level"):
            raise ValueError(f"person_skill columns: {added.names}")  # the tuples below
        stored = {interest: added.value("interest", interest) for interest in interests}
        empty: set[int] = set()
        for row in self.rows:
            person_id = self.ids[row.key]
            for interest in interests:
                wanted = [id_of[name] for name in row.skills(interest)]
                current = held.get((person_id, interest), empty)
                if not current:
                    text = stored[interest]
                    added.add_many([(person_id, skill_id, text, 3) for skill_id in wanted])
                    continue
                if set(wanted) == current:
                    continue
                removed.extend(
                    {"p": person_id, "s": s, "i": interest} for s in current if s not in wanted
                )
                text = stored[interest]
                added.add_many([(person_id, s, text, 3) for s in wanted if s not in current])
        if removed:
            self.session.execute(
                delete(table).where(
                    table.c.person_id == bindparam("p"),
                    table.c.skill_id == bindparam("s"),
                    table.c.interest == bindparam("i"),
                ),
                removed,
            )
        added.flush()

    def enrol(self) -> tuple[int, bool]:
        # Nobody with a role: no programme is created, for it would stay empty.
        if self.plan.programme is None or all(row.role is None for row in self.rows):
            return 0, False
        found = _programme(self.session.connection(), self.plan.programme)
        programme_id = found[0] if found else None
        created = programme_id is None
        if created:
            programme = Programme(name=self.plan.programme, status=ProgrammeStatus.PLANNING)
            self.session.add(programme)
            self.session.flush()
            programme_id = programme.id
        current = {
            person_id: (id_, role, status)
            for id_, person_id, role, status in self.session.execute(
                select(Enrolment.id, Enrolment.person_id, Enrolment.role, Enrolment.status).where(
                    Enrolment.programme_id == programme_id
                )
            )
        }
        changed, enrolled = [], 0
        new = BulkInsert(
            self.session.connection(),
            Enrolment.__table__,
            {"programme_id": programme_id, "person_id": 0, "role": Role.MENTEE, "capacity": 1,
             "status": EnrolmentStatus.ACTIVE, "enrolled_on": date.today(),
             **new_stamp(self.session, self.now)},
        )  # fmt: skip
        for row in self.rows:
            if row.role is None:
                continue
            enrolled += 1
            person_id = self.ids[row.key]
            if person_id not in current:
                new.add({"person_id": person_id, "role": row.role})
            else:
                id_, role, status = current[person_id]
                if (role, status) != (row.role, EnrolmentStatus.ACTIVE):
                    changed.append({"id": id_, "role": row.role, "status": EnrolmentStatus.ACTIVE})
        new.flush()
        if changed:
            _update_by_id(self.session, Enrolment.__table__, changed)
        return enrolled, created


def _next_person_ids(session: Session, count: int) -> list[int]:
    """The ids the next `count` new people get, in order, taken the engine's own way: on
    PostgreSQL from the column's sequence (so that later inserts go on after them), elsewhere
    after the highest in use (the writer lock keeps anyone else from writing meanwhile)."""
    if not count:
        return []
    if session.get_bind().dialect.name == "postgresql":
        query = text(
            "SELECT nextval(pg_get_serial_sequence('person', 'id')) FROM generate_series(1, :n)"
        )
        return list(session.scalars(query, {"n": count}))
    highest = session.scalar(select(Person.id).order_by(Person.id.desc()).limit(1)) or 0
    return list(range(highest + 1, highest + 1 + count))


def _update_by_id(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """UPDATE … WHERE id = ? as one executemany per set of columns (Core: the ORM's bulk
    paths cost several times more per row)."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[tuple(sorted(row))].append(row)
    statement = update(table).where(table.c.id == bindparam("row_id"))
    if "version" in table.c:
        statement = statement.values(change_stamp(session, table))
    for group in groups.values():
        session.execute(
            statement,
            [{k: v for k, v in row.items() if k != "id"} | {"row_id": row["id"]} for row in group],
        )


# Every column a new person needs, so one bulk insert can take rows that map different fields.
_NEW_PERSON: dict[str, Any] = {
    "given_name": "", "family_name": "", "email": "", "employee_id": None, "department": "",
    "job_title": "",
    "level_id": None, "start_date": None, "location": "", "manager_id": None,
    "is_external": False, "external_org": "", "share_permission_confirmed": False,
    "channels": [], "hours_per_month": None, "swot_strengths": "", "swot_weaknesses": "",
    "swot_opportunities": "", "swot_threats": "", "notes": "", "consent_date": None,
    "archived": False, "birth_year": None, "diversity_perspectives": "",
}  # fmt: skip
