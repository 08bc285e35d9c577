"""Erase this person: what erasing them changes, erasing them, and wiping the database file.

Erasing keeps a person's past partnerships for the programme's statistics: their row becomes an
archived shell named "Erased partner" with every personal field emptied (`Person.erased_at`
set), and what was written about them or their partnerships goes. Someone who was never in a
partnership leaves no row at all.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, delete, func, select, update
from sqlalchemy.orm import Session

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.models import (
    CheckIn,
    Closure,
    Enrolment,
    PairDecision,
    PairingPreference,
    Partnership,
    PartnershipStatus,
    Person,
    PersonSkill,
    PrivacyRequest,
    PrivacyRequestKind,
    Role,
    SelfAssessment,
)
from revmentor_desktop.core.db.versions import EditorSession, change_stamp
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.services.assessments import LEARNER
from revmentor_desktop.core.services.people.erasure_backups import Trace, backups_holding
from revmentor_desktop.core.services.people.requests import add_request, find_person, naming
from revmentor_desktop.core.text import count, plural
from revmentor_desktop.core.vocabulary import ERASED_NAME, LIVE

if TYPE_CHECKING:
    from revmentor_desktop.core.db.backup import Backup

log = logging.getLogger(__name__)


# Free text of a kept partnership: the agreement's wording, the reasons and the match
# explanations can all name or describe the erased partner. Dates, numbers and choices stay.
_PARTNERSHIP_TEXT = (
    "end_reason", "override_reason", "meeting_place", "preferred_times", "cancellation_rule",
    "reply_time", "off_limits_topics", "mentor_feedback_preference", "mentee_feedback_preference",
    "manager_visibility", "external_restrictions", "success_measures",
)  # fmt: skip
# What a check-in of a kept partnership keeps: when, what kind, held, how long, the ratings and
# the fit verdict. Its private notes, summary and next steps are words about the two partners.
_CHECK_IN_TEXT = ("private_notes", "summary", "next_steps")
ENDED_BY_ERASURE = "Ended when a partner's data was erased."


@dataclass(frozen=True)
class ErasePlan:
    """What erasing one person removes or changes, counted before anything is done."""

    person_id: int
    name: str
    email: str
    skills: int = 0
    enrolments: int = 0
    preferences: int = 0  # theirs about others and others' about them
    decisions: int = 0  # suggested pairs locked in or rejected that name them
    reports: int = 0  # people whose line manager they were
    kept: int = 0  # finished partnerships that stay, with "Erased partner"
    ended: int = 0  # live partnerships that end now and stay
    drafts: int = 0  # partnerships still being set up: deleted
    check_ins: int = 0  # of the kept partnerships: their notes go
    own_words: int = 0  # their self-assessments and closing conversations: deleted

    @property
    def records(self) -> int:
        """Rows deleted or changed: the audit trail's count."""
        return (
            1 + self.skills + self.enrolments + self.preferences + self.decisions + self.reports
            + self.kept + self.ended + self.drafts + self.check_ins + self.own_words
        )  # fmt: skip

    def sentences(self) -> list[str]:
        """What goes and what stays, in plain words, for the confirmation."""
        lines = [
            "Their record: name, email, employee ID, job, level, skills, SWOT, notes, consent "
            "and the optional sensitive details."
        ]
        if self.enrolments:
            lines.append(f"Their {count(self.enrolments, 'enrolment')} in programmes.")
        if self.preferences:
            lines.append(f"{count(self.preferences, 'pairing preference')} by or about them.")
        if self.decisions:
            lines.append(f"{count(self.decisions, 'pair decision')} naming them.")
        if self.reports:
            lines.append(
                f"They are line manager of {count(self.reports, 'person', 'people')}: "
                f"{plural(self.reports, 'that person', 'those people')} will have no line manager."
            )
        if self.drafts:
            lines.append(f"{count(self.drafts, 'partnership')} still being set up: deleted.")
        if self.own_words:
            words = count(self.own_words, "self-assessment or closing answer",
                          "self-assessments and closing answers")  # fmt: skip
            lines.append(
                f"{words} of theirs: deleted; their partners' notes and closing words lose "
                "their wording, their levels and scores stay."
            )
        if self.ended:
            lines.append(
                f"{count(self.ended, 'live partnership')} ends now (no fault) and is kept as below."
            )
        stays = self.kept + self.ended
        if stays:
            lines.append(
                f"{count(stays, 'partnership')} {plural(stays, 'stays', 'stay')} for the "
                f"programme's statistics, shown with “{ERASED_NAME}”: dates, status, goals, "
                "ratings and attendance are kept; the agreement's wording and the private "
                f"notes, summaries and next steps of its {count(self.check_ins, 'check-in')} go."
            )
        return lines


@dataclass(frozen=True)
class EraseResult:
    plan: ErasePlan
    request: int  # the request number in the audit trail
    backups: list[Backup] = field(default_factory=list)  # backups that still hold the person
    file_cleaned: bool = True  # False: the write-ahead log could not be emptied just now


def _plan(session: Session, person: Person) -> ErasePlan:
    pid = person.id
    pairs = naming(pid)

    def number(table: type, condition: ColumnElement[bool]) -> int:
        return session.scalar(select(func.count()).select_from(table).where(condition)) or 0

    statuses = dict(
        session.execute(select(Partnership.id, Partnership.status).where(pairs[Partnership])).all()
    )
    drafts = sum(status == PartnershipStatus.DRAFT for status in statuses.values())
    ended = sum(status in LIVE for status in statuses.values())
    kept_ids = [p for p, status in statuses.items() if status != PartnershipStatus.DRAFT]
    return ErasePlan(
        person_id=pid,
        name=person.full_name,
        email=person.email,
        skills=number(PersonSkill, PersonSkill.person_id == pid),
        enrolments=number(Enrolment, Enrolment.person_id == pid),
        preferences=number(PairingPreference, pairs[PairingPreference]),
        decisions=number(PairDecision, pairs[PairDecision]),
        reports=number(Person, Person.manager_id == pid),
        kept=len(statuses) - ended - drafts,
        ended=ended,
        drafts=drafts,
        check_ins=number(CheckIn, CheckIn.partnership_id.in_(kept_ids)),
        own_words=sum(
            number(table, condition) for table, condition in _own_words(session, pid, kept_ids)
        ),
    )


def _own_words(session: Session, pid: int, partnership_ids: list[int]) -> list[tuple]:
    """(table, condition) for the person's own self-assessments and closing conversations in
    these partnerships: their role in each decides which rows are theirs."""
    roles = dict(
        session.execute(
            select(Partnership.id, Partnership.mentor_id).where(Partnership.id.in_(partnership_ids))
        ).all()
    )
    as_mentor = [p for p, mentor in roles.items() if mentor == pid]
    as_mentee = [p for p in roles if p not in as_mentor]
    mentor_learns = next(d for d, role in LEARNER.items() if role == Role.REVERSE_MENTOR)
    mentee_learns = next(d for d, role in LEARNER.items() if role == Role.MENTEE)
    return [
        (SelfAssessment, SelfAssessment.partnership_id.in_(as_mentor)
         & (SelfAssessment.direction == mentor_learns)),
        (SelfAssessment, SelfAssessment.partnership_id.in_(as_mentee)
         & (SelfAssessment.direction == mentee_learns)),
        (Closure, Closure.partnership_id.in_(as_mentor) & (Closure.role == Role.REVERSE_MENTOR)),
        (Closure, Closure.partnership_id.in_(as_mentee) & (Closure.role == Role.MENTEE)),
    ]  # fmt: skip


def erase_plan(db: Database, email: str) -> ErasePlan:
    """What `erase_person` would remove, without changing anything."""
    with db.session() as session:
        return _plan(session, find_person(session, email))


def erase_person(db: Database, email: str) -> EraseResult:
    """Erase the person with this email, then wipe their traces from the database file.

    One transaction with SQLite's secure_delete on (freed space is overwritten with zeros);
    then the write-ahead log is checkpointed and emptied and the file rebuilt (VACUUM), so no
    old copy of a page survives in the file or its -wal. Backups are not changed: the result
    lists those that still hold the person, for `delete_backups_holding`.
    """
    return erase_people(db, [email])[0]


def erase_people(
    db: Database, emails: list[str], progress: Callable[[int, int], None] | None = None
) -> list[EraseResult]:
    """Erase several people as `erase_person` does, each in a transaction (and audit request)
    of its own, and rebuild the file once at the end.

    `progress(done, total)` may raise to stop between two people: those erased stay erased,
    and the file is wiped all the same.
    """
    if not db.writable:
        raise RevMentorError("The database is open read-only; erasing needs it open to write.")
    sqlite = db.path is not None
    erased: list[tuple[ErasePlan, int, Trace]] = []
    cleaned = True
    with db.engine.connect() as connection:
        secure = None
        if sqlite:
            secure = connection.exec_driver_sql("PRAGMA secure_delete").scalar()
            connection.exec_driver_sql("PRAGMA secure_delete=ON")
            connection.commit()
        try:
            for done, email in enumerate(emails):
                if progress is not None:
                    progress(done, len(emails))
                with connection.begin():
                    erased.append(_erase_one(connection, email, db.editor))
        finally:
            if connection.in_transaction():
                connection.rollback()
            if sqlite:
                if erased:
                    cleaned = _wipe_file(connection)
                connection.exec_driver_sql(f"PRAGMA secure_delete={int(secure or 0)}")
                connection.commit()
    results = []
    for plan, number, trace in erased:
        log.info("Privacy request %d: erased one person (%d records)", number, plan.records)
        backups = backups_holding(db, trace)
        if sqlite:
            with db.session() as session, session.begin():
                session.get(PrivacyRequest, number).backups_holding = len(backups)
        results.append(EraseResult(plan, number, backups, cleaned))
    return results


def _erase_one(connection, email: str, editor: str) -> tuple[ErasePlan, int, Trace]:
    """Erase one person inside the connection's transaction; (plan, request number, trace)."""
    now = datetime.now(UTC)
    with EditorSession(bind=connection, expire_on_commit=False, info={"editor": editor}) as session:
        person = find_person(session, email)
        plan = _plan(session, person)
        trace = Trace.of(person)
        _erase_rows(session, person, now)
        request = add_request(session, PrivacyRequestKind.ERASE, plan.records, made_at=now)
        return plan, request.id, trace


def _erase_rows(session: Session, person: Person, now: datetime) -> None:
    pid = person.id
    pairs = naming(pid)
    session.execute(delete(PersonSkill).where(PersonSkill.person_id == pid))
    session.execute(delete(Enrolment).where(Enrolment.person_id == pid))
    session.execute(delete(PairingPreference).where(pairs[PairingPreference]))
    session.execute(delete(PairDecision).where(pairs[PairDecision]))
    session.execute(
        update(Person)
        .where(Person.manager_id == pid)
        .values(manager_id=None, **change_stamp(session, Person.__table__))
    )
    partnerships = session.scalars(select(Partnership).where(pairs[Partnership])).all()
    kept = [p.id for p in partnerships if p.status != PartnershipStatus.DRAFT]
    for table, condition in _own_words(session, pid, kept):
        session.execute(delete(table).where(condition))
    # The partner's words may name or describe the erased person, like a check-in's notes:
    # their wording goes, their levels, scores and yes-or-no answers stay for the statistics.
    session.execute(
        update(SelfAssessment)
        .where(SelfAssessment.partnership_id.in_(kept))
        .values(confidence_note="")
    )
    session.execute(update(Closure).where(Closure.partnership_id.in_(kept)).values(learnt=""))
    for partnership in partnerships:
        if partnership.status == PartnershipStatus.DRAFT:
            session.delete(partnership)  # its goals and check-ins go with it
            continue
        for name in _PARTNERSHIP_TEXT:
            setattr(partnership, name, "")
        if partnership.status in LIVE:  # nobody is left to meet: it ends, through no fault
            partnership.status = PartnershipStatus.ENDED_EARLY
            partnership.ended_at = now
            partnership.no_fault_ending = True
            partnership.end_reason = ENDED_BY_ERASURE
        side = "mentor" if partnership.mentor_id == pid else "mentee"
        setattr(partnership, f"{side}_signoff_name", "")
        # The scores stay for the statistics; the explanations name the pair's skills.
        partnership.match_breakdown = [
            {k: v for k, v in item.items() if k != "explanation"}
            for item in partnership.match_breakdown or ()
        ]
        session.execute(
            update(CheckIn)
            .where(CheckIn.partnership_id == partnership.id)
            .values(**dict.fromkeys(_CHECK_IN_TEXT, ""), **change_stamp(session, CheckIn.__table__))
        )
    session.flush()
    if any(p.status != PartnershipStatus.DRAFT for p in partnerships):
        _empty(person, now)
    else:
        session.delete(person)  # nothing to keep statistics for
    session.flush()


def _empty(person: Person, now: datetime) -> None:
    """Every personal field cleared: what remains is a numbered, archived shell."""
    person.given_name, person.family_name = ERASED_NAME, ""
    # The column must hold a unique, non-empty address; .invalid can never be a real one.
    person.email = f"erased-{person.id}@erased.invalid"
    person.employee_id = None
    person.department = person.job_title = person.location = person.external_org = ""
    person.level_id = person.start_date = person.manager_id = None
    person.is_external = person.share_permission_confirmed = False
    person.channels, person.hours_per_month = [], None
    person.swot_strengths = person.swot_weaknesses = ""
    person.swot_opportunities = person.swot_threats = person.notes = ""
    person.consent_date, person.birth_year, person.diversity_perspectives = None, None, ""
    person.archived = True
    person.created_at = person.updated_at = person.erased_at = now


def _wipe_file(connection) -> bool:
    """Empty the write-ahead log into the file, rebuild the file, empty the log again.

    Runs on the driver's own connection: VACUUM cannot run inside the transaction SQLAlchemy
    would begin. False when another program kept the log from being emptied.
    """
    raw = connection.connection.dbapi_connection
    busy = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    raw.execute("VACUUM")
    busy += raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    if busy:
        log.warning("Another connection kept the write-ahead log from being emptied")
    return not busy
