"""`revmentor check`: the engine's checks, the schema's safeguards and the app's rules, with counts.

On SQLite: the integrity check and foreign keys. A file whose pages are damaged is reported as
damage (`damage`), and nothing else is read from it: its other checks would only fail on the same
broken pages. On a PostgreSQL server: every constraint of the model is there and validated, the
index that keeps a pair from being live twice, the change notices on every table, and id sequences
that will not hand out an id already taken.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, aliased

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.database import is_damage_error
from revmentor_desktop.core.db.models import (
    Base,
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
        else:
            _server_checks(session, report)
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


def _server_checks(session: Session, report: CheckReport) -> None:
    """What a server's administrator could have changed behind the app's back."""
    _constraint_checks(session, report)
    _live_pair_check(session, report)
    _notice_checks(session, report)
    _sequence_checks(session, report)


def _constraint_checks(session: Session, report: CheckReport) -> None:
    found = {
        (table, name): validated
        for table, name, validated in session.execute(
            text(
                "SELECT cl.relname, co.conname, co.convalidated FROM pg_constraint co "
                "JOIN pg_class cl ON cl.oid = co.conrelid "
                "WHERE cl.relnamespace = current_schema()::text::regnamespace"
            )
        )
    }
    for table in Base.metadata.tables.values():
        for constraint in sorted(table.constraints, key=lambda c: str(c.name)):
            validated = found.get((table.name, str(constraint.name)))
            if validated is None:
                report.problems.append(f"constraint {constraint.name} on {table.name} is missing")
            elif not validated:
                report.problems.append(
                    f"constraint {constraint.name} on {table.name} is not validated: rows "
                    "written before it was added were never checked"
                )


def _live_pair_check(session: Session, report: CheckReport) -> None:
    live_pair = session.execute(
        text(
            "SELECT ix.indisunique AND ix.indpred IS NOT NULL AND ix.indisvalid FROM pg_index ix "
            "JOIN pg_class cl ON cl.oid = ix.indexrelid "
            "WHERE cl.relname = 'uq_partnership_live_pair' "
            "AND cl.relnamespace = current_schema()::text::regnamespace"
        )
    ).scalar()
    if live_pair is None:
        report.problems.append("index uq_partnership_live_pair on partnership is missing")
    elif not live_pair:
        report.problems.append(
            "index uq_partnership_live_pair on partnership is not a valid partial unique index"
        )


def _notice_checks(session: Session, report: CheckReport) -> None:
    notified = dict(
        session.execute(
            text(
                "SELECT cl.relname, tg.tgenabled <> 'D' FROM pg_trigger tg "
                "JOIN pg_class cl ON cl.oid = tg.tgrelid "
                "WHERE tg.tgname = 'revmentor_notify_change' "
                "AND cl.relnamespace = current_schema()::text::regnamespace"
            )
        ).all()
    )
    for name in sorted(Base.metadata.tables):
        if name not in notified:
            report.problems.append(
                f"table {name} has no revmentor_notify_change trigger: other coordinators' "
                "windows will not see its changes"
            )
        elif not notified[name]:
            report.problems.append(f"the revmentor_notify_change trigger on {name} is disabled")


def _sequence_checks(session: Session, report: CheckReport) -> None:
    for name, table in sorted(Base.metadata.tables.items()):
        if "id" not in table.c or not table.c.id.primary_key:
            continue
        sequence = session.scalar(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": name})
        if sequence is None:
            report.problems.append(f"table {name} has no sequence for its ids")
            continue
        # A role that may not read the sequence cannot be told what it would give.
        readable = session.scalar(
            text("SELECT has_sequence_privilege(:sequence, 'SELECT')"), {"sequence": sequence}
        )
        following = None
        if readable:
            query = text(f"SELECT last_value, is_called FROM {sequence}")  # a name from the catalog
            last, called = session.execute(query).one()
            following = last + 1 if called else last
        highest = session.scalar(select(func.max(table.c.id)))
        if following is not None and highest is not None and following <= highest:
            report.problems.append(
                f"sequence {sequence} would give id {following} next but {name} already holds "
                f"ids up to {highest}"
            )


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
