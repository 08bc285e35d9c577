"""Exports to CSV and XLSX: people now, pairs and check-ins as the programme grows."""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import aliased

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.models import (
    Enrolment,
    EnrolmentStatus,
    Person,
    PersonSkill,
    Programme,
    SeniorityLevel,
    Skill,
    SkillInterest,
)
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.services.files import atomic_write

# The same field names the people import recognises, so an export re-imports unchanged.
PEOPLE_COLUMNS = (
    "given_name", "family_name", "email", "department", "job_title", "level", "start_date",
    "manager_email", "location", "external_org", "offers", "wants", "channels", "hours", "role",
    "consent_date",
)  # fmt: skip
LIST_SEPARATOR = "; "


def people_table(db: Database, programme: str | None = None) -> list[dict[str, str]]:
    """One dict per non-archived person (only the programme's enrolled people if one is named).

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
        if programme is not None:
            programme_id = session.scalar(select(Programme.id).where(Programme.name == programme))
            if programme_id is None:
                raise RevMentorError(f'There is no programme called "{programme}".')
            enrolled = session.execute(
                select(Enrolment.person_id, Enrolment.role).where(
                    Enrolment.programme_id == programme_id,
                    Enrolment.status == EnrolmentStatus.ACTIVE,
                )
            ).all()
            roles = {pid: role.label.lower() for pid, role in enrolled}
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
                    "department": person.department,
                    "job_title": person.job_title,
                    "level": level or "",
                    "start_date": _iso(person.start_date),
                    "manager_email": manager_email or "",
                    "location": person.location,
                    "external_org": person.external_org if person.is_external else "",
                    "offers": LIST_SEPARATOR.join(skills[person.id, SkillInterest.OFFERS]),
                    "wants": LIST_SEPARATOR.join(skills[person.id, SkillInterest.WANTS]),
                    "channels": LIST_SEPARATOR.join(person.channels or ()),
                    "hours": _number(person.hours_per_month),
                    "role": roles.get(person.id, ""),
                    "consent_date": _iso(person.consent_date),
                }
            )
    return table


def _iso(value) -> str:
    return value.isoformat() if value else ""


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)


def write_table(path: Path, columns: tuple[str, ...], rows: list[dict[str, str]]) -> None:
    """Write rows as CSV (UTF-8 with BOM, which Excel opens correctly) or XLSX, by extension."""
    path = Path(path)
    kind = path.suffix.lower()
    if kind not in (".csv", ".xlsx"):
        raise RevMentorError(f"Cannot export to {path.name}: choose a .csv or .xlsx file name.")
    with atomic_write(path) as temp:
        if kind == ".csv":
            with open(temp, "w", encoding="utf-8-sig", newline="") as out:
                writer = csv.DictWriter(out, fieldnames=columns)
                writer.writeheader()
                writer.writerows(rows)
        else:
            from openpyxl import Workbook  # loaded on first use: it is slow to import

            book = Workbook(write_only=True)
            sheet = book.create_sheet(path.stem[:31] or "Export")
            sheet.append(list(columns))
            for row in rows:
                sheet.append([row[c] for c in columns])
            book.save(temp)


def export_people(db: Database, path: Path, programme: str | None = None) -> int:
    """Export people to `path` (.csv or .xlsx); returns how many were written."""
    rows = people_table(db, programme)
    write_table(path, PEOPLE_COLUMNS, rows)
    return len(rows)
