"""Importing check-ins from a spreadsheet (e.g. a survey tool's export): map, preview, apply.

The same three steps as the people import (people.py), with the same names, so the import
window can run either: `read_table` → `guess_mapping` / `parse_map_options` → `plan_import`
(reads the database, writes nothing, finds every row's problems) → `apply_import` (one
transaction). A row names its partnership by the two partners' emails. A row that repeats a
check-in already logged (same partnership, date and kind, same details) is skipped, so a survey
export that grows every month can be imported again and again.

A mid-point or final review's row may carry the partners' self-assessments, one column per
skill, found by their headers whatever the mapping: "Skill: Power BI (1-5)" holds a level from
1 to 5, "Skill: Power BI (note)" the confidence note. The skill is the one of that name among the
partnership's goals; when both partners learn it, "Mentee skill: …" or "Reverse mentor skill: …"
says whose rating it is.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Connection, insert, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import aliased

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.exclusive import IMPORTS, take_turn
from revmentor_desktop.core.db.models import (
    CheckIn,
    CheckInKind,
    FitVerdict,
    Goal,
    GoalDirection,
    Partnership,
    PartnershipStatus,
    Person,
    Programme,
    Skill,
    display_name,
)
from revmentor_desktop.core.db.versions import new_stamp
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.services.assessments import NOTE_MAX, Rating, moment_for, write_ratings
from revmentor_desktop.core.services.checkins import (
    MAX_DURATION_MINUTES,
    CheckInEntry,
    entry_problems,
)
from revmentor_desktop.core.services.imports import tables
from revmentor_desktop.core.services.imports.cells import NO, YES, word_key
from revmentor_desktop.core.services.imports.columns import ColumnScheme
from revmentor_desktop.core.services.imports.dates import (
    ColumnDates,
    date_preference,
    read_date_column,
    read_date_columns,
)
from revmentor_desktop.core.services.imports.plan import Plan, Summary, refuse_rejected_rows
from revmentor_desktop.core.services.imports.profiles import chosen_date_order, remember_profile
from revmentor_desktop.core.services.imports.tables import SourceTable
from revmentor_desktop.core.services.organisation import date_order_setting
from revmentor_desktop.core.services.partnerships.life import can_log_check_in
from revmentor_desktop.core.services.programmes import programmes_named
from revmentor_desktop.core.text import date_text, isolate, plural
from revmentor_desktop.core.vocabulary import (
    CHECK_IN_KIND_LABELS,
    FIT_VERDICT_LABELS,
    LIVE,
    PARTNERSHIP_STATUS_PHRASES,
)

__all__ = [
    "FIELDS", "ImportPlan", "ImportSummary", "RowResult", "SourceTable", "apply_import",
    "guess_mapping", "parse_map_options", "plan_import", "read_table",
]  # fmt: skip

Progress = Callable[[int, int], None]

# The fields a column can hold, in the order the check-ins export writes them.
FIELDS: dict[str, str] = {
    "programme": "Programme",
    "reverse_mentor_email": "Reverse mentor's email",
    "mentee_email": "Mentee's email",
    "date": "Date",
    "kind": "Kind of meeting",
    "held": "Held",
    "duration_minutes": "Duration (minutes)",
    "reverse_mentor_rating": "Reverse mentor's rating",
    "mentee_rating": "Mentee's rating",
    "fit_verdict": "Fit verdict",
    "summary": "Summary",
    "next_steps": "Next steps",
    "next_meeting": "Next meeting",
    "private_notes": "Private notes",
}
# Column names seen in survey exports and meeting logs.
_SYNONYMS = {
    "programme": ("Program", "Cohort", "Programme name"),
    "reverse_mentor_email": ("Reverse mentor email", "Mentor email", "Mentor's email",
                             "Reverse mentor e-mail", "Mentor e-mail", "Email (reverse mentor)",
                             "Reverse mentor's e-mail", "Email of the reverse mentor"),
    "mentee_email": ("Mentee email", "Mentee e-mail", "Mentee's e-mail", "Email (mentee)",
                     "Email of the mentee"),
    "date": ("Date", "Meeting date", "Held on", "Date of meeting", "Session date",
             "Check-in date", "When", "Date held"),
    "kind": ("Kind", "Type", "Meeting type", "Session type", "Check-in type", "Kind of check-in"),
    "held": ("Held?", "Took place", "Meeting held", "Happened", "Status", "Held or cancelled",
             "Did the meeting take place", "Did you meet"),
    "duration_minutes": ("Duration", "Minutes", "Length", "Duration (min)", "Duration in minutes",
                         "Length (minutes)", "Meeting length", "Time spent"),
    "reverse_mentor_rating": ("Reverse mentor rating", "Mentor rating", "Mentor's rating",
                              "Rating (reverse mentor)", "Rating by the reverse mentor",
                              "Reverse mentor score", "Mentor score"),
    "mentee_rating": ("Mentee rating", "Rating (mentee)", "Rating by the mentee", "Mentee score"),
    "fit_verdict": ("Fit", "Verdict", "Good fit?", "Fit check", "Fit check verdict",
                    "Is it a good fit"),
    "summary": ("Shareable summary", "Summary", "What did you discuss", "Topics",
                "Topics discussed", "Discussion"),
    "next_steps": ("Next steps", "Actions", "Action points", "Follow-up", "Follow up",
                   "Agreed actions"),
    "next_meeting": ("Next meeting", "Next meeting date", "Next meeting on", "Next session",
                     "Next check-in"),
    # Plain "Notes" are taken as private: shared by mistake, they could not be taken back.
    "private_notes": ("Notes", "Private notes", "Confidential notes", "Private", "Comments",
                      "Confidential"),
}  # fmt: skip
COLUMNS = ColumnScheme(FIELDS, _SYNONYMS)
# The import's name among the remembered import profiles (profiles.py).
PROFILE_KIND = "checkins"
EXAMPLE_HEADERS = '"Reverse mentor email", "Mentee email", "Date"'

_KINDS: dict[str, CheckInKind] = {}
for _kind, _words in {
    CheckInKind.FIT_CHECK: ("fit check", "fit", "first session", "first meeting",
                            "first-session fit check", "fitcheck"),
    CheckInKind.CHECK_IN: ("check-in", "check in", "checkin", "regular", "meeting", "session",
                           "regular check-in", "catch-up", "catch up"),
    CheckInKind.MIDPOINT_REVIEW: ("mid-point review", "midpoint review", "midpoint", "mid-point",
                                  "mid-term review", "halfway review", "interim review"),
    CheckInKind.FINAL_REVIEW: ("final review", "final", "closing review", "end review",
                               "closing session"),
    CheckInKind.BRAINSTORMING: ("brainstorming", "brainstorm", "brainstorming session"),
}.items():  # fmt: skip
    for _word in (_kind.value, CHECK_IN_KIND_LABELS[_kind], *_words):
        _KINDS.setdefault(word_key(_word), _kind)
_VERDICTS: dict[str, FitVerdict] = {}
for _verdict, _words in {
    FitVerdict.GOOD_FIT: ("good fit", "good", "yes", "fit", "a good fit", "great fit"),
    FitVerdict.DECIDING: ("deciding", "still deciding", "not sure", "unsure", "maybe",
                          "undecided", "too early to say"),
    FitVerdict.NOT_A_FIT: ("not a fit", "not fit", "no", "poor fit", "bad fit", "no fit"),
}.items():  # fmt: skip
    for _word in (_verdict.value, FIT_VERDICT_LABELS[_verdict], *_words):
        _VERDICTS.setdefault(word_key(_word), _verdict)
_HELD = {word_key(w) for w in (*YES, "held", "took place", "happened", "done", "met")}
_CANCELLED = {
    word_key(w)
    for w in (*NO, "cancelled", "canceled", "did not happen", "didn't happen", "postponed",
              "missed", "no show", "no-show", "not held")
}  # fmt: skip
_RATING = re.compile(r"^(\d+)(?:[.,]0+)?\s*(?:(?:/|of|out of)\s*5)?$")
_STARS = re.compile(r"^[★☆*]+$")
_MINUTES = re.compile(r"^(\d+)\s*(?:m|min|mins|minutes?)?\.?$")
_HOURS = re.compile(r"^(\d+(?:[.,]\d+)?)\s*(?:h|hr|hrs|hours?)\.?$")
_H_MM = re.compile(r"^(\d+)\s*(?:h|:)\s*(\d{1,2})\s*(?:m|min|mins|minutes?)?$")
_REQUIRED = ("reverse_mentor_email", "mentee_email", "date")
# Self-assessment columns: "Skill: Power BI (1-5)", "Mentee skill: Power BI (note)".
_ASSESSMENT = re.compile(
    r"^\s*(?:(mentee|reverse mentor|mentor)(?:'s)?\s+)?skill\s*:\s*(.+?)\s*"
    r"\(\s*(?:(1\s*[-–]\s*5|level)|note|confidence|confidence note)\s*\)\s*$",
    re.IGNORECASE,
)
_WHOSE = {"mentee": GoalDirection.MENTEE_LEARNS, "reverse mentor": GoalDirection.MENTOR_LEARNS,
          "mentor": GoalDirection.MENTOR_LEARNS}  # fmt: skip
_DATE_FIELDS = ("date", "next_meeting")
_TEXT_LIMIT = 20_000  # characters in one summary or note: beyond this, a cell is not a note


def read_table(path: Path, *, progress: Progress | None = None) -> SourceTable:
    """Read a .csv or .xlsx file of check-ins (see tables.read_table)."""
    return tables.read_table(path, rows_of="check-ins", example=EXAMPLE_HEADERS, progress=progress)


def guess_mapping(headers: list[str]) -> dict[int, str | None]:
    """Each column's field by its name (None = ignored); a field goes to its first column only."""
    return COLUMNS.guess_mapping(headers)


def looks_like_check_ins(headers: list[str]) -> bool:
    """Whether columns name both partners of a check-in (a file given to the wrong import)."""
    found = set(COLUMNS.guess_mapping(headers).values())
    return {"reverse_mentor_email", "mentee_email"} <= found


def parse_map_options(options: list[str], headers: list[str]) -> dict[int, str | None]:
    """`guess_mapping` with the CLI's `--map "COLUMN=field"` choices on top (see ColumnScheme)."""
    return COLUMNS.parse_map_options(options, headers)


# --- the plan -------------------------------------------------------------------------------


@dataclass
class RowResult:
    """One data row as the preview shows it; `line` is its spreadsheet row number."""

    line: int
    # "Dana Fox & Zoë Adams" (each name isolated), or the emails as written when they are not
    # partners
    pair: str
    detail: str  # "3 Oct 2026 · Check-in"
    action: Literal["create", "skip", "reject"]
    problems: list[str] = field(default_factory=list)


@dataclass
class ImportPlan(Plan[RowResult]):
    """Every row's outcome (create, skip or reject), found without writing anything."""

    _entries: dict[int, CheckInEntry] = field(default_factory=dict, repr=False)  # by line
    # How each date column was read (day or month first, and why), by its header.
    date_orders: dict[str, ColumnDates] = field(default_factory=dict)
    # What applying remembers as the profile of this header set (profiles.py).
    headers: list[str] = field(default_factory=list)
    profile_date_order: str | None = None
    # Self-assessments to save with the new check-ins, by line; their columns' headers.
    _ratings: dict[int, list[Rating]] = field(default_factory=dict, repr=False)
    assessment_columns: list[str] = field(default_factory=list)

    @property
    def skipped(self) -> int:
        """Rows already logged with the same details: left alone."""
        return self._rows_to("skip")


@dataclass(frozen=True)
class _Partnership:
    id: int
    programme: str
    mentor_email: str  # lower-case
    mentee_email: str
    mentor: str
    mentee: str
    status: PartnershipStatus
    start_date: date | None


@dataclass
class _Existing:
    people: dict[str, str]  # lower-case email -> name
    partnerships: dict[frozenset[str], list[_Partnership]]  # by the two emails
    programmes: dict[str, str]  # folded name -> name
    # (partnership, date, kind) -> the comparable values of the check-in logged then
    check_ins: dict[tuple[int, date, CheckInKind], dict[str, Any]]
    # partnership -> folded skill name -> [(direction, skill id)] of its goals' skills
    skills: dict[int, dict[str, list[tuple[GoalDirection, int]]]] = field(default_factory=dict)


@dataclass(frozen=True)
class _AssessmentColumn:
    index: int
    header: str
    skill: str  # as the header names it
    whose: GoalDirection | None  # None: whoever learns that skill
    is_level: bool  # else the note


def _assessment_columns(headers: list[str], mapping: dict[int, str | None]) -> list:
    """The self-assessment columns among those not mapped to a field."""
    found = []
    for index, header in enumerate(headers):
        match = _ASSESSMENT.match(header or "")
        if match and mapping.get(index) is None:
            whose = _WHOSE.get(match.group(1).lower()) if match.group(1) else None
            found.append(_AssessmentColumn(index, header, match.group(2), whose,
                                           match.group(3) is not None))  # fmt: skip
    return found


# What a check-in's row holds beyond its key, to tell an exact repeat from a different one.
_COMPARED = (
    "held", "duration_minutes", "mentor_rating", "mentee_rating", "fit_verdict", "summary",
    "next_steps", "next_meeting_on", "private_notes",
)  # fmt: skip
# Which entry value each field fills (the partners, date and kind form the key).
_ENTRY_FIELD = {
    "held": "held", "duration_minutes": "duration_minutes",
    "reverse_mentor_rating": "mentor_rating", "mentee_rating": "mentee_rating",
    "fit_verdict": "fit_verdict", "summary": "summary", "next_steps": "next_steps",
    "next_meeting": "next_meeting_on", "private_notes": "private_notes",
}  # fmt: skip


def _load_existing(connection: Connection) -> _Existing:
    mentor, mentee = aliased(Person), aliased(Person)
    people = {
        email.strip().lower(): display_name(given, family)
        for email, given, family in connection.execute(
            select(Person.email, Person.given_name, Person.family_name)
        )
    }
    partnerships: dict[frozenset[str], list[_Partnership]] = defaultdict(list)
    query = (
        select(
            Partnership.id,
            Programme.name,
            mentor.email,
            mentee.email,
            mentor.given_name,
            mentor.family_name,
            mentee.given_name,
            mentee.family_name,
            Partnership.status,
            Partnership.start_date,
        )
        .join(Programme, Programme.id == Partnership.programme_id)
        .join(mentor, mentor.id == Partnership.mentor_id)
        .join(mentee, mentee.id == Partnership.mentee_id)
        .order_by(Partnership.id)
    )
    for row in connection.execute(query):
        found = _Partnership(
            id=row[0],
            programme=row[1],
            mentor_email=row[2].strip().lower(),
            mentee_email=row[3].strip().lower(),
            mentor=display_name(row[4], row[5]),
            mentee=display_name(row[6], row[7]),
            status=row[8],
            start_date=row[9],
        )
        partnerships[frozenset((found.mentor_email, found.mentee_email))].append(found)
    programmes = {word_key(name): name for name in connection.scalars(select(Programme.name))}
    check_ins = {}
    columns = [getattr(CheckIn, name) for name in _COMPARED]
    for row in connection.execute(
        select(CheckIn.partnership_id, CheckIn.held_on, CheckIn.kind, *columns)
    ):
        check_ins[row[0], row[1], row[2]] = dict(zip(_COMPARED, row[3:], strict=True))
    skills: dict[int, dict[str, list[tuple[GoalDirection, int]]]] = defaultdict(dict)
    for partnership_id, direction, skill_id, name in connection.execute(
        select(Goal.partnership_id, Goal.direction, Skill.id, Skill.name)
        .join(Skill, Skill.id == Goal.skill_id)
        .distinct()
    ):
        learnt = skills[partnership_id].setdefault(word_key(name), [])
        if (direction, skill_id) not in learnt:
            learnt.append((direction, skill_id))
    return _Existing(people, dict(partnerships), programmes, check_ins, dict(skills))


def plan_import(
    db: Database,
    table: SourceTable,
    mapping: dict[int, str | None],
    programme: str | None = None,
    progress: Progress | None = None,
    today: date | None = None,
    *,
    date_order: str | None = None,
    default_date_order: str | None = None,
) -> ImportPlan:
    """Check every row against the file and the database: create, skip (already logged) or
    reject. Reads the database and writes nothing.

    `programme` limits the partnerships rows may name to that programme's (a row's own
    programme column does the same for that row). Dates are read as in the people import:
    each column in the order its values show, else `date_order`, the organisation's setting or
    `default_date_order` (see people.plan_import). Check-ins are logged for active or paused
    partnerships, on or before `today`.
    """
    columns = COLUMNS.check_mapping(mapping, table.headers)
    missing = [FIELDS[f] for f in _REQUIRED if f not in columns]
    if missing:
        raise RevMentorError(
            "No column holds the "
            + " or the ".join(m[0].lower() + m[1:] for m in missing)
            + ", which a check-in needs: map "
            + plural(len(missing), "it", "them")
            + ' (on the command line: --map "COLUMN=field").'
        )
    programme = (programme or "").strip() or None
    today = today or date.today()
    with db.engine.connect() as connection:
        existing = _load_existing(connection)
        named = programmes_named(connection, programme) if programme is not None else []
        dates = date_preference(date_order, date_order_setting(connection), default_date_order)
    if programme is not None:
        if len(named) != 1:
            raise RevMentorError(f'There is no programme called "{isolate(programme)}".')
        programme = named[0][1]  # "cohort 2026" limits the rows to "Cohort 2026"'s partnerships
    word = "row" if table.delimiter is None or table.multiline else "line"
    parser = _RowParser(table.headers, columns, existing, programme, today)
    parser.assessments = _assessment_columns(table.headers, mapping)
    parser.dates = read_date_columns(table.headers, table.rows, columns, _DATE_FIELDS, dates)
    rows: list[RowResult] = []
    entries: dict[int, CheckInEntry] = {}
    seen: dict[tuple[int, date, CheckInKind], list[RowResult]] = defaultdict(list)
    total = len(table.rows)
    for index, cells in enumerate(table.rows):
        if progress and index % 500 == 0:
            progress(index, total)
        if not any(cells):
            continue  # blank rows (Excel leaves some) are skipped, not rejected
        result, entry = parser.parse(table.line(index), cells)
        rows.append(result)
        if entry is not None:
            entries[result.line] = entry
            seen[entry.partnership_id, entry.held_on, entry.kind].append(result)
    for same in seen.values():
        if len(same) > 1:
            for result in same:
                others = ", ".join(str(r.line) for r in same if r is not result)
                result.problems.append(
                    f"the same check-in (partners, date and kind) is also on "
                    f"{plural(len(same) - 1, word)} {others}"
                )
    for result in rows:
        if result.problems:
            result.action = "reject"
            entries.pop(result.line, None)
    ratings = {line: found for line, found in parser.ratings.items() if line in entries}
    assessed = {column.index for column in parser.assessments}
    if progress:
        progress(total, total)
    return ImportPlan(
        rows=rows,
        mapping=dict(mapping),
        programme=programme,
        ignored_columns=[
            h for i, h in enumerate(table.headers) if mapping.get(i) is None and i not in assessed
        ],
        line_word=word,
        _entries=entries,
        date_orders={c.header: c for c in parser.dates.values() if c.has_dates},
        headers=list(table.headers),
        profile_date_order=chosen_date_order(date_order, parser.dates.values()),
        _ratings=ratings,
        assessment_columns=[column.header for column in parser.assessments],
    )


class _RowParser:
    """Turns one row's cells into a CheckInEntry, noting every problem on the way."""

    def __init__(
        self,
        headers: list[str],
        columns: dict[str, int],
        existing: _Existing,
        programme: str | None,
        today: date,
    ) -> None:
        self.columns = columns
        self.header_of = {name: headers[index] for name, index in columns.items()}
        self.existing = existing
        self.programme = programme
        self.today = today
        self.dates: dict[str, ColumnDates] = {}  # each date column's order, by field
        self.assessments: list[_AssessmentColumn] = []
        self.ratings: dict[int, list[Rating]] = {}  # each row's self-assessments, by line

    def parse(self, line: int, cells: list[str]) -> tuple[RowResult, CheckInEntry | None]:
        cell = {name: cells[index] for name, index in self.columns.items()}
        result = RowResult(line, "", "", "create")
        problems = result.problems
        partnership = self._partnership(cell, result)
        held_on = self._date(cell, "date", problems)
        if "date" in cell and not cell["date"]:
            problems.append("no date")
        kind = self._kind(cell.get("kind", ""), problems)
        result.detail = " · ".join(
            part
            for part in (
                date_text(held_on) if held_on else cell["date"],
                CHECK_IN_KIND_LABELS.get(kind),
            )
            if part
        )
        entry = CheckInEntry(
            partnership_id=partnership.id if partnership else 0,
            held_on=held_on or self.today,
            kind=kind or CheckInKind.CHECK_IN,
        )
        self._values(cell, entry, problems)
        if partnership is None or held_on is None or kind is None or problems:
            return result, None
        logged = self.existing.check_ins.get((partnership.id, held_on, kind))
        if logged is not None and self._same(entry, logged):
            result.action = "skip"  # also when the pair has finished since: nothing changes
            return result, None
        ratings = self._ratings(cells, partnership, kind, problems)
        if ratings:
            self.ratings[line] = ratings
        if not can_log_check_in(partnership.status):
            problems.append(
                f'their partnership in "{isolate(partnership.programme)}" '
                f"{PARTNERSHIP_STATUS_PHRASES[partnership.status]}: check-ins are logged for "
                "active or paused partnerships"
            )
            return result, None
        for message in entry_problems(
            entry, start_date=partnership.start_date, goal_ids=(), today=self.today
        ).values():
            problems.append(message[0].lower() + message[1:].rstrip("."))
        if problems:
            return result, None
        if logged is not None:
            problems.append(
                f"a {CHECK_IN_KIND_LABELS[kind].lower()} on {date_text(held_on)} is already logged "
                "for this pair with other details: change it in RevMentor, or leave this row out"
            )
            return result, None
        return result, entry

    def _ratings(
        self, cells: list[str], partnership: _Partnership, kind: CheckInKind, problems: list[str]
    ) -> list[Rating]:
        """The self-assessments in this row's skill columns (a review's only)."""
        filled = [c for c in self.assessments if cells[c.index].strip()]
        if not filled:
            return []
        if moment_for(kind) is None:
            problems.append(
                f'"{isolate(filled[0].header)}": self-assessments are entered with a mid-point '
                "or final review, not a " + CHECK_IN_KIND_LABELS[kind].lower()
            )
            return []
        learnt = self.existing.skills.get(partnership.id, {})
        levels: dict[tuple[GoalDirection, int], int | None] = {}
        notes: dict[tuple[GoalDirection, int], str] = {}
        for column in filled:
            text = cells[column.index].strip()
            found = [one for one in learnt.get(word_key(column.skill), ())
                     if column.whose is None or one[0] == column.whose]  # fmt: skip
            header = isolate(column.header)
            if not found:
                problems.append(
                    f'"{header}": {isolate(column.skill)} is not a skill of this partnership\'s '
                    "goals (link it to a goal in the agreement)"
                )
                continue
            if len(found) > 1:
                problems.append(
                    f'"{header}": both partners learn {isolate(column.skill)}; say whose rating '
                    f'it is with "Mentee skill: …" or "Reverse mentor skill: …"'
                )
                continue
            key = found[0]
            if column.is_level:
                match = _RATING.match(text.lower())
                level = int(match.group(1)) if match else None
                if level is None or not 1 <= level <= 5:
                    problems.append(f'"{header}": level "{isolate(text)}" is not from 1 to 5')
                    continue
                levels[key] = level
            elif len(text) > NOTE_MAX:
                problems.append(f'"{header}" is longer than {NOTE_MAX:,} characters')
            else:
                notes[key] = text
        for key in notes.keys() - levels.keys():
            problems.append(
                f"a confidence note without its level in {isolate(self._name(key, learnt))}"
            )
        return [Rating(key[0], key[1], level, notes.get(key, "")) for key, level in levels.items()]

    @staticmethod
    def _name(key: tuple[GoalDirection, int], learnt: dict[str, list]) -> str:
        return next((name for name, found in learnt.items() if key in found), "a skill")

    def _same(self, entry: CheckInEntry, logged: dict[str, Any]) -> bool:
        """True when the file says nothing the logged check-in does not already say."""
        for name, attribute in _ENTRY_FIELD.items():
            if name in self.columns and getattr(entry, attribute) != logged[attribute]:
                return False
        return True

    def _partnership(self, cell: dict[str, str], result: RowResult) -> _Partnership | None:
        problems = result.problems
        emails = []
        for name, who in (("reverse_mentor_email", "reverse mentor"), ("mentee_email", "mentee")):
            email = cell[name].strip().lower()
            if not email:
                problems.append(f"no {who} email")
            elif email not in self.existing.people:
                problems.append(f'nobody in RevMentor has the {who} email "{isolate(cell[name])}"')
            emails.append(email)
        result.pair = " & ".join(
            isolate(self.existing.people.get(email) or email or "?") for email in emails
        )
        if problems:
            return None
        mentor_email, mentee_email = emails
        if mentor_email == mentee_email:
            problems.append("the reverse mentor and the mentee have the same email")
            return None
        programme = self.programme
        if cell.get("programme"):
            named = self.existing.programmes.get(word_key(cell["programme"]))
            if named is None:
                problems.append(f'unknown programme "{isolate(cell["programme"])}"')
                return None
            if programme is not None and word_key(named) != word_key(programme):
                problems.append(f'the row is for "{isolate(named)}", not "{isolate(programme)}"')
                return None
            programme = named
        found = [
            p
            for p in self.existing.partnerships.get(frozenset(emails), ())
            if programme is None or p.programme == programme
        ]
        names = result.pair
        where = f' in "{isolate(programme)}"' if programme else ""
        if not found:
            problems.append(f"{names} are not partners{where}")
            return None
        live = [p for p in found if p.status in LIVE]
        if len(live) > 1:
            choices = ", ".join(f'"{isolate(p.programme)}"' for p in live)
            problems.append(
                f"{names} are partners in {len(live)} programmes ({choices}): name the programme"
            )
            return None
        # A finished pair's row may still repeat a check-in already logged: `parse` decides.
        partnership = live[0] if live else found[-1]
        if partnership.mentor_email != mentor_email:
            problems.append(
                f"the emails are the wrong way round: {isolate(partnership.mentor)} is the reverse "
                f"mentor and {isolate(partnership.mentee)} the mentee"
            )
            return None
        result.pair = f"{isolate(partnership.mentor)} & {isolate(partnership.mentee)}"
        return partnership

    def _dates_of(self, name: str) -> ColumnDates:
        """How the date column of field `name` is read (decided by plan_import from its values;
        without that, as a column that says nothing)."""
        if name not in self.dates:
            self.dates[name] = read_date_column(self.header_of.get(name, name), ())
        return self.dates[name]

    def _date(self, cell: dict[str, str], name: str, problems: list[str]) -> date | None:
        text = cell.get(name, "")
        try:
            return self._dates_of(name).read(text)
        except ValueError as exc:  # unreadable, or only the order the column's others are not
            problems.append(str(exc))
            return None

    def _kind(self, text: str, problems: list[str]) -> CheckInKind | None:
        if not text:
            return CheckInKind.CHECK_IN
        kind = _KINDS.get(word_key(text))
        if kind is None:
            labels = ", ".join(label.lower() for label in CHECK_IN_KIND_LABELS.values())
            problems.append(f'unknown kind of meeting "{isolate(text)}" (kinds: {labels})')
        return kind

    def _values(self, cell: dict[str, str], entry: CheckInEntry, problems: list[str]) -> None:
        if "held" in cell:
            key = word_key(cell["held"])
            if not key or key in _HELD:
                entry.held = True
            elif key in _CANCELLED:
                entry.held = False
            else:
                problems.append(
                    f'"{isolate(cell["held"])}" in "{isolate(self.header_of["held"])}" is neither '
                    "held (yes) nor "
                    "cancelled (no)"
                )
        if "duration_minutes" in cell:
            entry.duration_minutes = self._duration(cell["duration_minutes"], problems)
        for name, attribute in (
            ("reverse_mentor_rating", "mentor_rating"),
            ("mentee_rating", "mentee_rating"),
        ):
            if name in cell:
                setattr(entry, attribute, self._rating(name, cell[name], problems))
        if cell.get("fit_verdict"):
            verdict = _VERDICTS.get(word_key(cell["fit_verdict"]))
            if verdict is None:
                labels = ", ".join(label.lower() for label in FIT_VERDICT_LABELS.values())
                verdict_text = isolate(cell["fit_verdict"])
                problems.append(f'unknown fit verdict "{verdict_text}" ({labels})')
            entry.fit_verdict = verdict
        for name in ("summary", "next_steps", "private_notes"):
            if name in cell:
                if len(cell[name]) > _TEXT_LIMIT:
                    header = isolate(self.header_of[name])
                    problems.append(f'"{header}" is longer than {_TEXT_LIMIT:,} characters')
                setattr(entry, name, cell[name])
        if "next_meeting" in cell:
            entry.next_meeting_on = self._date(cell, "next_meeting", problems)

    def _duration(self, text: str, problems: list[str]) -> int | None:
        text = text.strip().lower()
        if not text:
            return None
        minutes = None
        if match := _MINUTES.match(text):
            minutes = int(match.group(1))
        elif match := _HOURS.match(text):
            minutes = round(float(match.group(1).replace(",", ".")) * 60)
        elif match := _H_MM.match(text):
            minutes = int(match.group(1)) * 60 + int(match.group(2))
        if minutes is None or not 0 < minutes <= MAX_DURATION_MINUTES:
            problems.append(
                f'bad duration "{isolate(text)}" (minutes from 1 to {MAX_DURATION_MINUTES}, e.g. '
                '45, "1 h" or "1:30")'
            )
            return None
        return minutes

    def _rating(self, name: str, text: str, problems: list[str]) -> int | None:
        text = text.strip()
        if not text:
            return None
        if _STARS.match(text):
            value = text.count("★") + text.count("*")
        elif match := _RATING.match(text.lower()):
            value = int(match.group(1))
        else:
            value = None
        if value is None or not 1 <= value <= 5:
            header = isolate(self.header_of[name])
            problems.append(f'rating "{isolate(text)}" in "{header}" is not from 1 to 5')
            return None
        return value


# --- applying -------------------------------------------------------------------------------


@dataclass
class ImportSummary(Summary):
    created: int
    skipped: int  # already logged with the same details
    rejected: int


def apply_import(
    db: Database,
    plan: ImportPlan,
    *,
    skip_bad_rows: bool = False,
    progress: Progress | None = None,
    today: date | None = None,
) -> ImportSummary:
    """Write the plan's new check-ins in one transaction: all of them, or none if anything fails.

    Rejected rows stop the import unless `skip_bad_rows`, which leaves them out. Each row is
    checked again against the database as it is now (it may have changed since the preview).
    """
    refuse_rejected_rows(plan, skip_bad_rows=skip_bad_rows)
    if not db.writable:
        raise RevMentorError("This database is open read-only, so nothing can be imported.")
    entries = list(plan._entries.values())
    total = len(entries)
    today = today or date.today()
    try:
        with db.session() as session, session.begin():
            take_turn(session, IMPORTS)  # another coordinator's import ends first, then is read
            if progress:
                progress(0, total)
            existing = _load_existing(session.connection())
            by_id = {p.id: p for group in existing.partnerships.values() for p in group}
            rows = []
            stamp = new_stamp(session, datetime.now(UTC))
            for entry in entries:
                partnership = by_id.get(entry.partnership_id)
                key = (entry.partnership_id, entry.held_on, entry.kind)
                stale = (
                    partnership is None
                    or not can_log_check_in(partnership.status)
                    or key in existing.check_ins
                    or entry_problems(
                        entry, start_date=partnership.start_date, goal_ids=(), today=today
                    )
                )
                if stale:
                    raise RevMentorError(
                        "The check-ins or partnerships changed since the preview: preview the "
                        "import again."
                    )
                rows.append(
                    {
                        "partnership_id": entry.partnership_id,
                        "held_on": entry.held_on,
                        "kind": entry.kind,
                        "held": entry.held,
                        "duration_minutes": entry.duration_minutes,
                        "mentor_rating": entry.mentor_rating,
                        "mentee_rating": entry.mentee_rating,
                        "fit_verdict": entry.fit_verdict,
                        "summary": entry.summary.strip(),
                        "private_notes": entry.private_notes.strip(),
                        "next_steps": entry.next_steps.strip(),
                        "next_meeting_on": entry.next_meeting_on,
                        **stamp,
                    }
                )
            if rows:
                session.execute(insert(CheckIn.__table__), rows)
            _write_ratings(session, plan)
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
    return ImportSummary(created=total, skipped=plan.skipped, rejected=plan.rejected)


def _write_ratings(session, plan: ImportPlan) -> None:
    """The self-assessments of the new reviews, each with its check-in (oldest first, so the
    latest review of a moment wins)."""
    by_entry = [(entry, plan._ratings[line]) for line, entry in plan._entries.items()
                if line in plan._ratings]  # fmt: skip
    for entry, ratings in sorted(by_entry, key=lambda pair: pair[0].held_on):
        check_in_id = session.scalar(
            select(CheckIn.id).where(
                CheckIn.partnership_id == entry.partnership_id,
                CheckIn.held_on == entry.held_on,
                CheckIn.kind == entry.kind,
            )
        )
        write_ratings(
            session, session.get(Partnership, entry.partnership_id), moment_for(entry.kind),
            ratings, assessed_on=entry.held_on, check_in_id=check_in_id,
        )  # fmt: skip
