"""Test data written straight through the ORM (and matching participants, import files), shared.

Most builders start from the `small_org` fixture (programme "Cohort 2026", people @x.org). Tests
import this module as `factories` (pytest puts the tests folder on the path for its conftest).
"""

from __future__ import annotations

import csv
import importlib.util
import sqlite3
import sys
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path

from sqlalchemy import select

from revmentor_desktop.cli import main
from revmentor_desktop.core.db.models import (
    CheckIn,
    CheckInGoalProgress,
    CheckInKind,
    Enrolment,
    Goal,
    GoalDirection,
    Partnership,
    PartnershipStatus,
    Person,
    Role,
    SeniorityLevel,
    Skill,
)
from revmentor_desktop.core.matching import Participant

# The realistic exports of HR systems, written by tests/fixtures/make_hr_exports.py.
HR_EXPORTS = Path(__file__).parent / "fixtures" / "import" / "hr"

START = date(2026, 10, 1)
END = date(2027, 6, 30)
CONSENT = date(2026, 9, 1)


def person_id(db, email: str) -> int:
    with db.session() as session:
        return session.scalar(select(Person.id).where(Person.email == email))


def ids_by_email(db) -> dict[str, int]:
    """Everyone's person id, by email."""
    with db.session() as session:
        return dict(session.execute(select(Person.email, Person.id)).all())


def enrol(db, programme_id: int, email: str, role: Role, consent: date | None = CONSENT) -> int:
    """Enrol someone (with consent recorded by default); returns their person id."""
    with db.session() as session, session.begin():
        person = session.scalar(select(Person).where(Person.email == email))
        person.consent_date = consent
        existing = session.scalar(
            select(Enrolment).where(
                Enrolment.programme_id == programme_id, Enrolment.person_id == person.id
            )
        )
        if existing is None:
            session.add(Enrolment(programme_id=programme_id, person_id=person.id, role=role))
        return person.id


def consent_all(db, day: date = CONSENT) -> None:
    with db.session() as session, session.begin():
        for person in session.scalars(select(Person)):
            person.consent_date = day


def add_partnership(
    db,
    programme_id: int,
    mentor: str,
    mentee: str,
    *,
    status: PartnershipStatus = PartnershipStatus.ACTIVE,
    start: date | None = START,
    end: date | None = END,
    activated: date | None = None,
    midpoint: date | None = None,
    final: date | None = None,
    wizard_step: int = 5,
    goals: tuple[tuple[GoalDirection, str, str | None], ...] = (
        (GoalDirection.MENTEE_LEARNS, "Post on TikTok every week", "TikTok"),
        (GoalDirection.MENTOR_LEARNS, "Read a departmental budget", "Budgeting"),
    ),
    minutes: int | None = 60,
    place: str = "",
) -> tuple[int, list[int]]:
    """A partnership between two emails; returns (its id, its goals' ids in the given order)."""
    with db.session() as session, session.begin():
        ids = dict(session.execute(select(Person.email, Person.id)).all())
        skills = {name: id_ for id_, name in session.execute(select(Skill.id, Skill.name))}
        activated_at = None
        if status != PartnershipStatus.DRAFT:
            day = activated or start or START
            activated_at = datetime(day.year, day.month, day.day, 9, 0, tzinfo=UTC)
        partnership = Partnership(
            programme_id=programme_id,
            mentor_id=ids[mentor],
            mentee_id=ids[mentee],
            status=status,
            wizard_step=wizard_step if status == PartnershipStatus.DRAFT else 5,
            start_date=start,
            end_date=end,
            activated_at=activated_at,
            midpoint_review_date=midpoint,
            final_review_date=final,
            meeting_minutes=minutes,
            meeting_place=place,
        )
        partnership.goals = [
            Goal(direction=direction, title=title, skill_id=skills.get(skill) if skill else None)
            for direction, title, skill in goals
        ]
        session.add(partnership)
        session.flush()
        return partnership.id, [goal.id for goal in partnership.goals]


def add_check_in(
    db,
    partnership_id: int,
    held_on: date,
    kind: CheckInKind = CheckInKind.CHECK_IN,
    *,
    held: bool = True,
    progress: dict[int, int] | None = None,
    **values,
) -> int:
    """A check-in written directly (no validation); returns its id. With `progress`, the goals
    take it too, as the app does for the latest check-in: call it oldest first."""
    with db.session() as session, session.begin():
        check_in = CheckIn(
            partnership_id=partnership_id, held_on=held_on, kind=kind, held=held, **values
        )
        check_in.goal_progress = [
            CheckInGoalProgress(goal_id=goal, progress=value)
            for goal, value in (progress or {}).items()
        ]
        session.add(check_in)
        # Goals take the progress as the app would (the helper is called oldest first).
        for goal, value in (progress or {}).items():
            session.get(Goal, goal).progress = value
        session.flush()
        return check_in.id


def goal_state(db, goal_id: int) -> tuple[int, str]:
    with db.session() as session:
        goal = session.get(Goal, goal_id)
        return goal.progress, goal.status.value


def set_private_data(db, email: str, birth_year: int, diversity: str) -> None:
    with db.session() as session, session.begin():
        person = session.scalar(select(Person).where(Person.email == email))
        person.birth_year = birth_year
        person.diversity_perspectives = diversity


def add_person(db, given: str, family: str, email: str, rank: int, **values) -> int:
    """Someone new on the small organisation's ladder; returns their id."""
    with db.session() as session, session.begin():
        level = session.scalar(select(SeniorityLevel).where(SeniorityLevel.rank == rank))
        person = Person(given_name=given, family_name=family, email=email, level=level, **values)
        session.add(person)
        session.flush()
        return person.id


def participant(pid: int, name: str, level: int, **details) -> Participant:
    """Someone as the matching engine sees them (no database), emailed `<pid>@x.org`."""
    return Participant(id=pid, name=name, email=f"{pid}@x.org", level=level, **details)


def write_csv(path: Path, rows, delimiter: str = ",", encoding: str = "utf-8") -> Path:
    """A CSV file of these rows, as a spreadsheet would save it."""
    with open(path, "w", encoding=encoding, newline="") as out:
        csv.writer(out, delimiter=delimiter).writerows(rows)
    return path


def run_cli(capsys, database: Path, *args) -> tuple[int, str, str]:
    """`revmentor --db DATABASE ARGS…`: its exit code, output and errors (never a traceback)."""
    code = main(["--db", str(database), *map(str, args)])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out, captured.err


@cache
def hr_exports_maker():
    """tests/fixtures/make_hr_exports.py, which wrote HR_EXPORTS from one organisation: a script,
    not a package module, so it is loaded from its file (registered first: its dataclass needs
    its module)."""
    spec = importlib.util.spec_from_file_location(
        "make_hr_exports", HR_EXPORTS.parents[1] / "make_hr_exports.py"
    )
    module = sys.modules.setdefault("make_hr_exports", importlib.util.module_from_spec(spec))
    spec.loader.exec_module(module)
    return module


def damage(path: Path) -> None:
    """Overwrite the person table's first page with junk, as a bad disk sector would."""
    with sqlite3.connect(path) as connection:
        root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'person'")
        page = root.fetchone()[0]
        size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    with open(path, "r+b") as file:
        file.seek((page - 1) * size)
        file.write(b"\xde\xad\xbe\xef" * (size // 4))
