"""`revmentor check`: SQLite's own checks, foreign keys and the app's invariants, with counts.

A file whose pages are damaged is reported as damage (`damage`), and nothing else is read from it:
its other checks would only fail on the same broken pages.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, aliased

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.database import is_damage_error
from revmentor_desktop.core.db.models import (
    CheckIn,
    Enrolment,
    Goal,
    Partnership,
    PartnershipStatus,
    Person,
    Programme,
    Role,
    Skill,
)
from revmentor_desktop.core.db.schema import HEAD_REVISION, current_revision
from revmentor_desktop.core.text import isolate
from revmentor_desktop.core.vocabulary import ROLE_LABELS


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    damage: list[str] = field(default_factory=list)  # what SQLite found broken in the file

    @property
    def ok(self) -> bool:
        return not self.problems and not self.damage


def check_database(db: Database) -> CheckReport:
    report = CheckReport()
    try:
        _check(db, report)
    except DBAPIError as exc:
        if not is_damage_error(exc):
            raise
        report.damage.append(str(exc.orig))
    return report


def _check(db: Database, report: CheckReport) -> None:
    if db.url.startswith("sqlite"):
        with db.engine.connect() as connection:
            integrity = [row[0] for row in connection.execute(text("PRAGMA integrity_check"))]
        if integrity != ["ok"]:
            report.damage.extend(integrity[:20])
            return
    with db.session() as session:
        revision = current_revision(session.connection())
        if revision != HEAD_REVISION:
            report.problems.append(f"schema is at {revision}, expected {HEAD_REVISION}")
        if db.url.startswith("sqlite"):
            _sqlite_checks(session, report)
        _manager_checks(session, report)
        _email_checks(session, report)
        _partnership_checks(session, report)
        for label, model in (
            ("people", Person),
            ("skills", Skill),
            ("programmes", Programme),
            ("enrolments", Enrolment),
            ("partnerships", Partnership),
            ("goals", Goal),
            ("check-ins", CheckIn),
        ):
            report.counts[label] = session.scalar(select(func.count()).select_from(model))


def _sqlite_checks(session: Session, report: CheckReport) -> None:
    for table, rowid, parent, _ in session.execute(text("PRAGMA foreign_key_check")):
        report.problems.append(f"{table} row {rowid} points to a missing {parent}")


def _manager_checks(session: Session, report: CheckReport) -> None:
    managers = dict(session.execute(select(Person.id, Person.manager_id)).all())
    reported: set[int] = set()
    for start in managers:
        seen = []
        current = start
        while current is not None and current not in seen:
            seen.append(current)
            current = managers.get(current)
        if current is not None and current not in reported:
            cycle = seen[seen.index(current) :]
            reported.update(cycle)
            report.problems.append(f"line managers form a cycle: people {cycle}")


def _email_checks(session: Session, report: CheckReport) -> None:
    duplicates = session.execute(
        select(func.lower(Person.email), func.count())
        .group_by(func.lower(Person.email))
        .having(func.count() > 1)
    )
    for email, count in duplicates:
        report.problems.append(f"{count} people share the email {isolate(email)}")


def _partnership_checks(session: Session, report: CheckReport) -> None:
    # Each partner must be enrolled in the partnership's programme in the matching role, except
    # an erased partner: erasure removed their enrolments and left the partnership for the counts.
    for role, column in ((Role.REVERSE_MENTOR, Partnership.mentor_id),
                         (Role.MENTEE, Partnership.mentee_id)):  # fmt: skip
        enrolment, partner = aliased(Enrolment), aliased(Person)
        orphans = session.scalars(
            select(Partnership.id)
            .join(partner, partner.id == column)
            .outerjoin(
                enrolment,
                (enrolment.programme_id == Partnership.programme_id)
                & (enrolment.person_id == column)
                & (enrolment.role == role),
            )
            .where(enrolment.id.is_(None), partner.erased_at.is_(None))
        ).all()
        for pid in orphans:
            report.problems.append(
                f"partnership {pid}: the {ROLE_LABELS[role].lower()} is not enrolled as one"
            )
    # Nobody may hold more live partnerships than their enrolment's capacity.
    live = (PartnershipStatus.DRAFT, PartnershipStatus.ACTIVE, PartnershipStatus.PAUSED)
    for column in (Partnership.mentor_id, Partnership.mentee_id):
        load = (
            select(Partnership.programme_id, column.label("person_id"), func.count().label("n"))
            .where(Partnership.status.in_(live))
            .group_by(Partnership.programme_id, column)
            .subquery()
        )
        over = session.execute(
            select(load.c.person_id, load.c.n, Enrolment.capacity)
            .join(
                Enrolment,
                (Enrolment.programme_id == load.c.programme_id)
                & (Enrolment.person_id == load.c.person_id),
            )
            .where(load.c.n > Enrolment.capacity)
        )
        for person_id, n, capacity in over:
            report.problems.append(
                f"person {person_id} is in {n} live partnerships but has capacity {capacity}"
            )
