"""Exports to CSV and XLSX: people, pairs (for a mail merge) and check-ins (for sharing)."""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.models import (
    CheckIn,
    Enrolment,
    EnrolmentStatus,
    Partnership,
    PartnershipStatus,
    Person,
    PersonSkill,
    Programme,
    SeniorityLevel,
    Skill,
    SkillInterest,
    display_name,
)
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.files import atomic_write
from revmentor_desktop.core.services.checkins import SHAREABLE_COLUMNS
from revmentor_desktop.core.services.formula_cells import neutralise_formula
from revmentor_desktop.core.services.partnerships.life import step_reached
from revmentor_desktop.core.services.programmes import programmes_named
from revmentor_desktop.core.text import count, fold, isolate
from revmentor_desktop.core.vocabulary import (
    CHECK_IN_KIND_LABELS,
    FIT_VERDICT_LABELS,
    PARTNERSHIP_STATUS_LABELS,
    ROLE_LABELS,
)

# The same field names the people import recognises, so an export re-imports unchanged.
PEOPLE_COLUMNS = (
    "given_name", "family_name", "email", "employee_id", "department", "job_title", "level",
    "start_date", "manager_email", "location", "external_org", "offers", "wants", "channels",
    "hours", "role", "consent_date",
)  # fmt: skip
LIST_SEPARATOR = "; "
# How an XLSX shows its date cells: the year first, as the CSV writes them.
XLSX_DATE_FORMAT = "yyyy-mm-dd"
DATE_COLUMN_WIDTH = 12


def _programme_id(session: Session, programme: str | None) -> int | None:
    """The id of the programme an export is limited to ("cohort 2026" finds "Cohort 2026")."""
    if programme is None:
        return None
    found = programmes_named(session.connection(), programme)
    if len(found) != 1:
        raise RevMentorError(f'There is no programme called "{isolate(programme)}".')
    return found[0][0]


def people_table(db: Database, programme: str | None = None) -> list[dict[str, Any]]:
    """One dict per non-archived person (only the programme's enrolled people if one is named);
    dates are `date`s (None when unknown), the rest text.

    Sensitive fields (birth year, diversity perspectives) and private notes are never exported.
    """
    manager = aliased(Person)
    with db.session() as session:
        query = (
            select(Person, SeniorityLevel.label, manager.email)
            .outerjoin(SeniorityLevel, Person.level_id == SeniorityLevel.id)
            .outerjoin(manager, Person.manager_id == manager.id)
            .where(Person.archived.is_(False))
            .order_by(Person.family_name, Person.given_name, Person.email)
        )
        roles: dict[int, str] = {}
        programme_id = _programme_id(session, programme)
        if programme_id is not None:
            enrolled = session.execute(
                select(Enrolment.person_id, Enrolment.role).where(
                    Enrolment.programme_id == programme_id,
                    Enrolment.status == EnrolmentStatus.ACTIVE,
                )
            ).all()
            roles = {pid: ROLE_LABELS[role].lower() for pid, role in enrolled}
            query = query.where(Person.id.in_(roles))
        skills: dict[tuple[int, SkillInterest], list[str]] = defaultdict(list)
        for pid, interest, name in session.execute(
            select(PersonSkill.person_id, PersonSkill.interest, Skill.name)
            .join(Skill)
            .order_by(Skill.name)
        ):
            skills[pid, interest].append(name)
        table = []
        for person, level, manager_email in session.execute(query):
            table.append(
                {
                    "given_name": person.given_name,
                    "family_name": person.family_name,
                    "email": person.email,
                    "employee_id": person.employee_id or "",
                    "department": person.department,
                    "job_title": person.job_title,
                    "level": level or "",
                    "start_date": person.start_date,
                    "manager_email": manager_email or "",
                    "location": person.location,
                    "external_org": person.external_org if person.is_external else "",
                    "offers": LIST_SEPARATOR.join(skills[person.id, SkillInterest.OFFERS]),
                    "wants": LIST_SEPARATOR.join(skills[person.id, SkillInterest.WANTS]),
                    "channels": LIST_SEPARATOR.join(person.channels or ()),
                    "hours": _number(person.hours_per_month),
                    "role": roles.get(person.id, ""),
                    "consent_date": person.consent_date,
                }
            )
    return table


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)


def write_table(path: Path, columns: tuple[str, ...], rows: list[dict[str, Any]]) -> None:
    """Write rows as CSV (UTF-8 with BOM, which Excel opens correctly) or XLSX, by extension.

    Values are text, numbers or dates (None for an empty cell). An XLSX keeps numbers as
    numbers and dates as date cells (shown as 2026-10-05, the order nobody misreads), so they
    sort, filter and count as dates; a CSV writes dates as ISO text. Text that a spreadsheet
    would run as a formula (starting with = + - @, a tab or a line break) gets a leading
    apostrophe (`neutralise_formula`, which the imports undo), and an XLSX stores every text
    as text, never as a formula or an error value such as #N/A.
    """
    path = Path(path)
    kind = path.suffix.lower()
    if kind not in (".csv", ".xlsx"):
        raise RevMentorError(
            f"Cannot export to {isolate(path.name)}: choose a .csv or .xlsx file name."
        )
    with atomic_write(path) as temp:
        if kind == ".csv":
            with open(temp, "w", encoding="utf-8-sig", newline="") as out:
                writer = csv.writer(out)
                writer.writerow(columns)
                writer.writerows([_safe(row[c]) for c in columns] for row in rows)
        else:
            from openpyxl import Workbook  # loaded on first use: it is slow to import
            from openpyxl.cell import WriteOnlyCell
            from openpyxl.cell.cell import ERROR_CODES
            from openpyxl.utils import get_column_letter

            book = Workbook(write_only=True)
            sheet = book.create_sheet(path.stem[:31] or "Export")
            # Wide enough for a date: a narrower column shows "########" instead.
            for index, column in enumerate(columns, 1):
                if any(isinstance(row[column], date) for row in rows):
                    sheet.column_dimensions[get_column_letter(index)].width = DATE_COLUMN_WIDTH

            def cell(value: Any) -> Any:
                if isinstance(value, date):
                    dated = WriteOnlyCell(sheet, value)
                    dated.number_format = XLSX_DATE_FORMAT
                    return dated
                if not isinstance(value, str):
                    return value
                text = neutralise_formula(value)
                if not text.startswith("=") and text not in ERROR_CODES:
                    return text  # openpyxl stores it as text
                # openpyxl would store "=…" as a formula and "#N/A" as an error value.
                typed = WriteOnlyCell(sheet, text)
                typed.data_type = "s"
                return typed

            sheet.append(list(columns))
            for row in rows:
                sheet.append([cell(row[c]) for c in columns])
            book.save(temp)


def _safe(value: Any) -> Any:
    """A CSV cell: text neutralised, dates as ISO text, numbers and empty cells as they are."""
    if isinstance(value, date):
        return value.isoformat()
    return neutralise_formula(value) if isinstance(value, str) else value


def export_people(db: Database, path: Path, programme: str | None = None) -> int:
    """Export people to `path` (.csv or .xlsx); returns how many were written."""
    rows = people_table(db, programme)
    write_table(path, PEOPLE_COLUMNS, rows)
    return len(rows)


# --- pairs and check-ins --------------------------------------------------------------------

# One row per partnership, with first names and emails for a mail merge.
PAIRS_COLUMNS = (
    "programme", "status", "reverse_mentor", "reverse_mentor_given_name", "reverse_mentor_email",
    "mentee", "mentee_given_name", "mentee_email", "start_date", "end_date", "step",
)  # fmt: skip
# One row per check-in, meant for sharing: never the private notes. The column names are the
# check-in import's fields (the names and the partnership number are left out when importing).
CHECKINS_COLUMNS = (
    "partnership", "programme", "reverse_mentor", "reverse_mentor_email", "mentee",
    "mentee_email", "date", "kind", "held", "duration_minutes", "reverse_mentor_rating",
    "mentee_rating", "fit_verdict", "summary", "next_steps", "next_meeting",
)  # fmt: skip
_STATUS_ORDER = {status: i for i, status in enumerate(PartnershipStatus)}


def _partnerships(session, programme: str | None):
    """(partnership, programme name, reverse mentor, mentee) rows, in a stable order."""
    mentor, mentee = aliased(Person), aliased(Person)
    query = (
        select(
            Partnership.id,
            Partnership.status,
            Partnership.wizard_step,
            Partnership.start_date,
            Partnership.end_date,
            Programme.name.label("programme"),
            mentor.given_name.label("mentor_given"),
            mentor.family_name.label("mentor_family"),
            mentor.email.label("mentor_email"),
            mentee.given_name.label("mentee_given"),
            mentee.family_name.label("mentee_family"),
            mentee.email.label("mentee_email"),
        )
        .join(Programme, Programme.id == Partnership.programme_id)
        .join(mentor, mentor.id == Partnership.mentor_id)
        .join(mentee, mentee.id == Partnership.mentee_id)
    )
    programme_id = _programme_id(session, programme)
    if programme_id is not None:
        query = query.where(Partnership.programme_id == programme_id)
    rows = session.execute(query).all()
    rows.sort(
        key=lambda r: (
            fold(r.programme),
            _STATUS_ORDER[r.status],
            fold(display_name(r.mentor_given, r.mentor_family)),
            fold(display_name(r.mentee_given, r.mentee_family)),
            r.id,
        )
    )
    return rows


def pairs_table(db: Database, programme: str | None = None) -> list[dict[str, Any]]:
    """One dict per partnership (only the programme's if one is named), for a mail merge."""
    with db.session() as session:
        rows = _partnerships(session, programme)
    return [
        {
            "programme": row.programme,
            "status": PARTNERSHIP_STATUS_LABELS[row.status],
            "reverse_mentor": display_name(row.mentor_given, row.mentor_family),
            "reverse_mentor_given_name": row.mentor_given,
            "reverse_mentor_email": row.mentor_email,
            "mentee": display_name(row.mentee_given, row.mentee_family),
            "mentee_given_name": row.mentee_given,
            "mentee_email": row.mentee_email,
            "start_date": row.start_date,
            "end_date": row.end_date,
            "step": step_reached(row.status, row.wizard_step)
            if row.status == PartnershipStatus.DRAFT
            else "",
        }
        for row in rows
    ]


def checkins_table(db: Database, programme: str | None = None) -> list[dict[str, Any]]:
    """One dict per check-in (only the programme's if one is named), oldest first within each
    partnership. Never the private notes: this export is meant for sharing."""
    with db.session() as session:
        pairs = {row.id: row for row in _partnerships(session, programme)}
        order = {id_: i for i, id_ in enumerate(pairs)}
        # Column by column, so the private notes are never even read.
        check_ins = session.execute(
            select(
                CheckIn.id,
                CheckIn.partnership_id,
                *SHAREABLE_COLUMNS,
                CheckIn.next_meeting_on,
            ).where(CheckIn.partnership_id.in_(pairs))
        ).all()
    check_ins.sort(key=lambda c: (order[c.partnership_id], c.held_on, c.id))
    table = []
    for check_in in check_ins:
        pair = pairs[check_in.partnership_id]
        table.append(
            {
                "partnership": pair.id,
                "programme": pair.programme,
                "reverse_mentor": display_name(pair.mentor_given, pair.mentor_family),
                "reverse_mentor_email": pair.mentor_email,
                "mentee": display_name(pair.mentee_given, pair.mentee_family),
                "mentee_email": pair.mentee_email,
                "date": check_in.held_on,
                "kind": CHECK_IN_KIND_LABELS[check_in.kind],
                "held": "yes" if check_in.held else "no",
                "duration_minutes": check_in.duration_minutes,
                "reverse_mentor_rating": check_in.mentor_rating,
                "mentee_rating": check_in.mentee_rating,
                "fit_verdict": FIT_VERDICT_LABELS[check_in.fit_verdict]
                if check_in.fit_verdict
                else "",
                "summary": check_in.summary,
                "next_steps": check_in.next_steps,
                "next_meeting": check_in.next_meeting_on,
            }
        )
    return table


def export_pairs(db: Database, path: Path, programme: str | None = None) -> int:
    """Export partnerships to `path` (.csv or .xlsx); returns how many were written."""
    rows = pairs_table(db, programme)
    write_table(path, PAIRS_COLUMNS, rows)
    return len(rows)


def export_checkins(db: Database, path: Path, programme: str | None = None) -> int:
    """Export check-ins to `path` (.csv or .xlsx), without private notes; returns how many."""
    rows = checkins_table(db, programme)
    write_table(path, CHECKINS_COLUMNS, rows)
    return len(rows)


# --- what can be exported -------------------------------------------------------------------


@dataclass(frozen=True)
class ExportKind:
    """One thing the window and `revmentor export` can export, with its words and its writer."""

    name: str  # the command's word: `revmentor export people`
    title: str  # the window's file dialog title
    default_file_name: str
    one: str  # the noun for one row ("person") and for several ("people")
    many: str
    write: Callable[..., int]  # (db, path, programme=None) -> rows written

    def done_text(self, rows: int, path: Path) -> str:
        """ "Exported 12 people to /home/dana/people.xlsx" """
        return f"Exported {count(rows, self.one, self.many)} to {isolate(path)}"


EXPORT_KINDS: dict[str, ExportKind] = {
    kind.name: kind
    for kind in (
        ExportKind("people", "Export people", "people.xlsx", "person", "people", export_people),
        ExportKind("pairs", "Export pairs", "pairs.xlsx", "pair", "pairs", export_pairs),
        ExportKind(
            "checkins", "Export check-ins", "check-ins.xlsx", "check-in", "check-ins",
            export_checkins,
        ),
    )
}  # fmt: skip
