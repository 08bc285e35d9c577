"""Data-protection requests: export everything held about one person, erase a person, the audit.

Erasing keeps a person's past partnerships for the programme's statistics: their row becomes an
archived shell named "Erased partner" with every personal field emptied (`Person.erased_at`
set), and what was written about them or their partnerships goes. Someone who was never in a
partnership leaves no row at all.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import logging
import os
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.models import (
    CheckIn,
    Enrolment,
    PairDecision,
    PairingPreference,
    Partnership,
    PartnershipStatus,
    Person,
    PersonSkill,
    PrivacyRequest,
    PrivacyRequestKind,
    Programme,
    Role,
    SeniorityLevel,
    Skill,
    SkillInterest,
    display_name,
)
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.files import atomic_write
from revmentor_desktop.core.text import count, date_text, join, plural
from revmentor_desktop.core.vocabulary import (
    CHANNEL_LABELS,
    CHECK_IN_KIND_LABELS,
    ERASED_NAME,
    FIT_VERDICT_LABELS,
    LIVE,
    PARTNERSHIP_STATUS_LABELS,
    PREFERENCE_LABELS,
    REQUEST_KIND_LABELS,
    ROLE_LABELS,
)

if TYPE_CHECKING:
    from revmentor_desktop.core.db.backup import Backup

log = logging.getLogger(__name__)

EXPORT_FORMAT = 1  # bumped when the export file's layout changes

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


def _user() -> str:
    try:
        return getpass.getuser()[:120]
    except Exception:  # no user name on some service accounts
        return "unknown"


def _find(session: Session, email: str) -> Person:
    """The (not erased) person with this email, ignoring case, or a clear error."""
    email = (email or "").strip()
    if not email:
        raise RevMentorError("Give the email address of the person.")
    person = session.scalar(
        select(Person).where(
            func.lower(Person.email) == func.lower(email), Person.erased_at.is_(None)
        )
    )
    if person is None:
        raise RevMentorError(f"Nobody in the database has the email {email}.")
    return person


def person_identity(db: Database, person_id: int) -> tuple[str, str]:
    """(name, email) of a person who is not erased, for the window to name them."""
    with db.session() as session:
        person = session.get(Person, person_id)
        if person is None or person.erased_at is not None:
            raise RevMentorError(
                "That person is no longer in the database; reload the people list."
            )
        return person.full_name, person.email


def _plain(value: Any) -> Any:
    """A stored value as JSON: dates as ISO text, enums as their stored value."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _columns(row: Any, skip: Iterable[str] = ()) -> dict[str, Any]:
    """Every stored column of an ORM row, as JSON values: nothing held is left out by accident."""
    left_out = set(skip)
    return {
        column.key: _plain(getattr(row, column.key))
        for column in row.__table__.columns
        if column.key not in left_out
    }


# --- export -------------------------------------------------------------------------------


def export_person(db: Database, email: str, *, now: datetime | None = None) -> dict[str, Any]:
    """Everything RevMentor holds about the person with this email, as JSON-ready values.

    "summary" opens it: sentences in plain words for the person to read first. Then their
    record, skills, enrolments, partnerships (the partner by name only) with the agreement,
    goals and every check-in including the private notes, and the pairing preferences and pair
    decisions that name them, whoever recorded them.
    """
    now = now or datetime.now(UTC)
    with db.session() as session:
        person = _find(session, email)
        pid = person.id
        names = _names(session)
        record = _columns(person, skip=("level_id", "manager_id", "erased_at"))
        record["level"] = session.scalar(
            select(SeniorityLevel.label).where(SeniorityLevel.id == person.level_id)
        )
        record["line_manager"] = names.get(person.manager_id)
        record["channels"] = [CHANNEL_LABELS.get(c, c) for c in person.channels or ()]
        reports = session.scalar(select(func.count()).where(Person.manager_id == pid))

        skills = {interest: [] for interest in SkillInterest}
        for interest, name, category, level in session.execute(
            select(PersonSkill.interest, Skill.name, Skill.category, PersonSkill.level)
            .join(Skill, Skill.id == PersonSkill.skill_id)
            .where(PersonSkill.person_id == pid)
            .order_by(Skill.name)
        ):
            skills[interest].append({"skill": name, "category": category.value, "level": level})

        enrolments = [
            {
                "programme": programme,
                "programme_status": status.value,
                "role": ROLE_LABELS[e.role],
                "capacity": e.capacity,
                "status": e.status.value,
                "enrolled_on": _plain(e.enrolled_on),
            }
            for e, programme, status in session.execute(
                select(Enrolment, Programme.name, Programme.status)
                .join(Programme, Programme.id == Enrolment.programme_id)
                .where(Enrolment.person_id == pid)
                .order_by(Programme.start_date, Programme.id)
            )
        ]
        partnerships = [
            _partnership_export(partnership, pid, names)
            for partnership in session.scalars(
                select(Partnership)
                .where(or_(Partnership.mentor_id == pid, Partnership.mentee_id == pid))
                .order_by(Partnership.created_at, Partnership.id)
            )
        ]
        preferences = session.scalars(
            select(PairingPreference)
            .where(or_(PairingPreference.person_id == pid, PairingPreference.other_id == pid))
            .order_by(PairingPreference.id)
        ).all()
        their_preferences = [
            {"about": names[p.other_id], "kind": PREFERENCE_LABELS[p.kind], "note": p.note}
            for p in preferences
            if p.person_id == pid
        ]
        about_them = [
            {"recorded_for": names[p.person_id], "kind": PREFERENCE_LABELS[p.kind],
             "note": p.note}
            for p in preferences
            if p.other_id == pid
        ]  # fmt: skip
        programmes = dict(session.execute(select(Programme.id, Programme.name)).all())
        decisions = [
            {
                "programme": programmes[d.programme_id],
                "role": ROLE_LABELS[_role_in(d, pid)],
                "partner": names[d.mentee_id if d.mentor_id == pid else d.mentor_id],
                "decision": d.kind.value,
                "reason": d.reason,
                "decided_at": _plain(d.decided_at),
            }
            for d in session.scalars(
                select(PairDecision)
                .where(or_(PairDecision.mentor_id == pid, PairDecision.mentee_id == pid))
                .order_by(PairDecision.decided_at, PairDecision.id)
            )
        ]
    data: dict[str, Any] = {
        "summary": [],
        "format": EXPORT_FORMAT,
        "exported_at": now.isoformat(timespec="seconds"),
        "person": record,
        "people_reporting_to_them": reports,
        "skills_offered": skills[SkillInterest.OFFERS],
        "skills_wanted": skills[SkillInterest.WANTS],
        "enrolments": enrolments,
        "partnerships": partnerships,
        "their_pairing_preferences": their_preferences,
        "pairing_preferences_about_them": about_them,
        "pair_decisions": decisions,
    }
    data["summary"] = _summary(data, person, now)
    return data


def _names(session: Session) -> dict[int, str]:
    rows = session.execute(select(Person.id, Person.given_name, Person.family_name))
    return {pid: display_name(given, family) for pid, given, family in rows}


def _role_in(row: Partnership | PairDecision, pid: int) -> Role:
    return Role.REVERSE_MENTOR if row.mentor_id == pid else Role.MENTEE


def _partnership_export(partnership: Partnership, pid: int, names: dict[int, str]) -> dict:
    partner = partnership.mentee_id if partnership.mentor_id == pid else partnership.mentor_id
    agreement = _columns(
        partnership, skip=("id", "programme_id", "mentor_id", "mentee_id", "status")
    )
    goals = {goal.id: goal.title for goal in partnership.goals}
    return {
        "number": partnership.id,
        "programme": partnership.programme.name,
        "their_role": ROLE_LABELS[_role_in(partnership, pid)],
        "partner": names[partner],
        "status": PARTNERSHIP_STATUS_LABELS[partnership.status],
        "agreement": agreement,
        "goals": [_columns(goal, skip=("id", "partnership_id")) for goal in partnership.goals],
        "check_ins": [
            {
                **_columns(check_in, skip=("id", "partnership_id")),
                "kind": CHECK_IN_KIND_LABELS[check_in.kind],
                "fit_verdict": FIT_VERDICT_LABELS.get(check_in.fit_verdict),
                "goal_progress": [
                    {"goal": goals.get(p.goal_id, ""), "progress": p.progress}
                    for p in check_in.goal_progress
                ],
            }
            for check_in in partnership.check_ins
        ],
    }


def _summary(data: dict[str, Any], person: Person, now: datetime) -> list[str]:
    """The export in a few plain sentences, for the person to read before the details."""
    record = data["person"]
    lines = [
        f"This file holds everything RevMentor held about {person.full_name} ({person.email}) "
        f"on {date_text(now.date())}.",
    ]
    where = [record["job_title"], record["department"], record["location"]]
    if any(where):
        lines.append("Their record: " + ", ".join(w for w in where if w) + ".")
    lines.append(
        f"Consent to take part was recorded on {date_text(person.consent_date)}."
        if person.consent_date
        else "No consent to take part is recorded."
    )
    sensitive = [
        what
        for what, held in (("birth year", person.birth_year is not None),
                           ("diversity perspectives", bool(person.diversity_perspectives)))
        if held
    ]  # fmt: skip
    if sensitive:
        lines.append(f"Optional sensitive details held: {join(sensitive)}.")
    for key, verb in (("skills_offered", "offer to teach"), ("skills_wanted", "want to learn")):
        skills = [s["skill"] for s in data[key]]
        if skills:
            lines.append(f"Skills they {verb}: {join(skills)}.")
    if data["enrolments"]:
        lines.append(
            "Programmes: "
            + "; ".join(f"{e['role']} in {e['programme']}" for e in data["enrolments"])
            + "."
        )
    partnerships = data["partnerships"]
    if partnerships:
        check_ins = sum(len(p["check_ins"]) for p in partnerships)
        private = sum(1 for p in partnerships for c in p["check_ins"] if c["private_notes"])
        lines.append(
            f"{count(len(partnerships), 'partnership')}: "
            + "; ".join(f"with {p['partner']} ({p['status'].lower()})" for p in partnerships)
            + (f", with {count(check_ins, 'check-in')}" if check_ins else ", no check-ins yet")
            + (f", {private:,} of them with private notes (included here)" if private else "")
            + "."
        )
    else:
        lines.append("They have not been in a partnership.")
    theirs, about = data["their_pairing_preferences"], data["pairing_preferences_about_them"]
    if theirs or about:
        lines.append(
            f"Pairing preferences: {count(len(theirs), 'preference')} of theirs about others "
            f"and {len(about):,} that others have about them."
        )
    if data["pair_decisions"]:
        lines.append(
            f"{count(len(data['pair_decisions']), 'pair decision')} naming them "
            "(suggested pairs the coordinator locked in or rejected)."
        )
    if data["people_reporting_to_them"]:
        lines.append(
            f"{count(data['people_reporting_to_them'], 'person has', 'people have')} them "
            "as line manager."
        )
    return lines


def records_in(data: dict[str, Any]) -> int:
    """How many records an export holds (their record, skills, enrolments, partnerships with
    their goals and check-ins, preferences and decisions), for the audit trail."""
    partnerships = data["partnerships"]
    return (
        1
        + len(data["skills_offered"]) + len(data["skills_wanted"]) + len(data["enrolments"])
        + len(partnerships)
        + sum(len(p["goals"]) + len(p["check_ins"]) for p in partnerships)
        + len(data["their_pairing_preferences"]) + len(data["pairing_preferences_about_them"])
        + len(data["pair_decisions"])
    )  # fmt: skip


@dataclass(frozen=True)
class ExportResult:
    path: Path
    records: int
    request: int  # the request number in the audit trail


def save_person_export(db: Database, email: str, path: Path) -> ExportResult:
    """Write everything held about the person to `path` as JSON (whole or not at all, readable
    by this user alone) and note the request in the audit trail."""
    data = export_person(db, email)
    path = Path(path)
    with atomic_write(path) as temp:
        with open(temp, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, indent=2)
            out.write("\n")
        if os.name != "nt":
            temp.chmod(0o600)  # personal data: the temporary file's mode is the final one
    records = records_in(data)
    number = _note_request(db, PrivacyRequestKind.EXPORT, records)
    log.info("Privacy request %d: exported one person's data (%d records)", number, records)
    return ExportResult(path, records, number)


def export_file_name(person_id: int) -> str:
    """A neutral suggested name: the file may travel by mail, so no name in it."""
    return f"person-data-{person_id}.json"


def _note_request(db: Database, kind: PrivacyRequestKind, records: int, **extra: int) -> int:
    with db.session() as session, session.begin():
        request = PrivacyRequest(kind=kind, made_by=_user(), records=records, **extra)
        session.add(request)
        session.flush()
        return request.id


# --- erasure ------------------------------------------------------------------------------


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

    @property
    def records(self) -> int:
        """Rows deleted or changed: the audit trail's count."""
        return (
            1 + self.skills + self.enrolments + self.preferences + self.decisions + self.reports
            + self.kept + self.ended + self.drafts + self.check_ins
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


@dataclass(frozen=True)
class _Trace:
    """What finds the person in a backup: their email, employee ID, or record number and name."""

    email: str
    employee_id: str | None
    person_id: int
    given_name: str
    family_name: str


def _plan(session: Session, person: Person) -> ErasePlan:
    pid = person.id

    def number(query) -> int:
        return session.scalar(select(func.count()).select_from(query.subquery())) or 0

    partnerships = session.execute(
        select(Partnership.id, Partnership.status).where(
            or_(Partnership.mentor_id == pid, Partnership.mentee_id == pid)
        )
    ).all()
    kept_ids = [p for p, status in partnerships if status != PartnershipStatus.DRAFT]
    return ErasePlan(
        person_id=pid,
        name=person.full_name,
        email=person.email,
        skills=number(select(PersonSkill.skill_id).where(PersonSkill.person_id == pid)),
        enrolments=number(select(Enrolment.id).where(Enrolment.person_id == pid)),
        preferences=number(
            select(PairingPreference.id).where(
                or_(PairingPreference.person_id == pid, PairingPreference.other_id == pid)
            )
        ),
        decisions=number(
            select(PairDecision.id).where(
                or_(PairDecision.mentor_id == pid, PairDecision.mentee_id == pid)
            )
        ),
        reports=number(select(Person.id).where(Person.manager_id == pid)),
        kept=sum(
            1
            for _, status in partnerships
            if status != PartnershipStatus.DRAFT and status not in LIVE
        ),  # fmt: skip
        ended=sum(1 for _, status in partnerships if status in LIVE),
        drafts=sum(1 for _, status in partnerships if status == PartnershipStatus.DRAFT),
        check_ins=number(select(CheckIn.id).where(CheckIn.partnership_id.in_(kept_ids))),
    )


def erase_plan(db: Database, email: str) -> ErasePlan:
    """What `erase_person` would remove, without changing anything."""
    with db.session() as session:
        return _plan(session, _find(session, email))


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
    erased: list[tuple[ErasePlan, int, _Trace]] = []
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
                    erased.append(_erase_one(connection, email))
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
        backups = _backups_holding(db, trace)
        if sqlite:
            with db.session() as session, session.begin():
                session.get(PrivacyRequest, number).backups_holding = len(backups)
        results.append(EraseResult(plan, number, backups, cleaned))
    return results


def _erase_one(connection, email: str) -> tuple[ErasePlan, int, _Trace]:
    """Erase one person inside the connection's transaction; (plan, request number, trace)."""
    now = datetime.now(UTC)
    with Session(bind=connection, expire_on_commit=False) as session:
        person = _find(session, email)
        plan = _plan(session, person)
        trace = _Trace(person.email, person.employee_id, person.id,
                       person.given_name, person.family_name)  # fmt: skip
        _erase_rows(session, person, now)
        request = PrivacyRequest(
            kind=PrivacyRequestKind.ERASE, made_at=now, made_by=_user(), records=plan.records
        )
        session.add(request)
        session.flush()
        return plan, request.id, trace


def _erase_rows(session: Session, person: Person, now: datetime) -> None:
    pid = person.id
    session.execute(delete(PersonSkill).where(PersonSkill.person_id == pid))
    session.execute(delete(Enrolment).where(Enrolment.person_id == pid))
    session.execute(
        delete(PairingPreference).where(
            or_(PairingPreference.person_id == pid, PairingPreference.other_id == pid)
        )
    )
    session.execute(
        delete(PairDecision).where(
            or_(PairDecision.mentor_id == pid, PairDecision.mentee_id == pid)
        )
    )
    session.execute(update(Person).where(Person.manager_id == pid).values(manager_id=None))
    partnerships = session.scalars(
        select(Partnership).where(or_(Partnership.mentor_id == pid, Partnership.mentee_id == pid))
    ).all()
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
            .values(**dict.fromkeys(_CHECK_IN_TEXT, ""))
        )
    session.flush()
    if not any(p.status != PartnershipStatus.DRAFT for p in partnerships):
        session.delete(person)  # nothing to keep statistics for
        session.flush()
        return
    _empty(person, now)
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


# --- backups ------------------------------------------------------------------------------


def _holds(path: Path, trace: _Trace) -> bool:
    """Whether a backup holds the person; one that cannot be read counts as holding them."""
    uri = path.resolve().as_uri() + "?mode=ro&immutable=1"
    try:
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as copy:
            columns = {row[1] for row in copy.execute("PRAGMA table_info(person)")}
            conditions = [
                "lower(email) = lower(?)",
                "(id = ? AND given_name = ? AND family_name = ?)",
            ]
            values: list[Any] = [trace.email, trace.person_id, trace.given_name, trace.family_name]
            if trace.employee_id and "employee_id" in columns:
                conditions.append("employee_id = ?")
                values.append(trace.employee_id)
            query = f"SELECT 1 FROM person WHERE {' OR '.join(conditions)} LIMIT 1"  # noqa: S608
            return copy.execute(query, values).fetchone() is not None
    except sqlite3.Error:
        return True


def _backups_holding(db: Database, trace: _Trace) -> list[Backup]:
    if db.path is None:
        return []
    from revmentor_desktop.core.db.backup import list_backups

    return [b for b in list_backups(db.path, counts=False) if _holds(b.path, trace)]


def backups_holding_email(db: Database, email: str) -> list[Backup]:
    """Backups of this database that still hold someone with this email (erased or not)."""
    return _backups_holding(db, _Trace(email.strip(), None, -1, "", ""))


def delete_backups_holding(db: Database, request: int | None, backups: list[Backup]) -> int:
    """Delete these backups, noted with the erasure that found them; how many were deleted.

    `request` None: the person was erased earlier (their backups found by email), so the
    deletion is noted as an erasure of its own, with no records in the database.
    """
    from revmentor_desktop.core.db.backup import delete_backups

    delete_backups(backups)
    with db.session() as session, session.begin():
        row = session.get(PrivacyRequest, request) if request is not None else None
        if row is None:
            row = PrivacyRequest(kind=PrivacyRequestKind.ERASE, made_by=_user(), records=0,
                                 backups_holding=len(backups))  # fmt: skip
            session.add(row)
        row.backups_deleted = (row.backups_deleted or 0) + len(backups)
        session.flush()
        number = row.id
    log.info("Privacy request %d: deleted %d backups", number, len(backups))
    return len(backups)


# --- the audit trail ----------------------------------------------------------------------


@dataclass(frozen=True)
class RequestRow:
    number: int
    kind: PrivacyRequestKind
    made_at: datetime  # local time
    made_by: str
    records: int
    backups_holding: int | None
    backups_deleted: int | None

    @property
    def kind_label(self) -> str:
        return REQUEST_KIND_LABELS[self.kind]

    @property
    def when(self) -> str:
        return f"{date_text(self.made_at.date())} {self.made_at:%H:%M}"

    @property
    def backups_text(self) -> str:
        """ "2 backups held them: deleted" """
        if self.kind != PrivacyRequestKind.ERASE or self.backups_holding is None:
            return ""
        if not self.backups_holding:
            return "no backup held them"
        held = count(self.backups_holding, "backup")
        deleted = self.backups_deleted or 0
        if deleted >= self.backups_holding:
            return f"{held} held them: deleted"
        if deleted:
            return f"{held} held them: {deleted:,} deleted"
        return f"{held} still {plural(self.backups_holding, 'holds', 'hold')} them"


def list_requests(db: Database) -> list[RequestRow]:
    """Every data-protection request, newest first."""
    with db.engine.connect() as connection:
        rows = connection.execute(
            select(
                PrivacyRequest.id, PrivacyRequest.kind, PrivacyRequest.made_at,
                PrivacyRequest.made_by, PrivacyRequest.records, PrivacyRequest.backups_holding,
                PrivacyRequest.backups_deleted,
            ).order_by(PrivacyRequest.id.desc())
        ).all()  # fmt: skip
    return [
        RequestRow(number, kind, _local(made_at), by, records, holding, deleted)
        for number, kind, made_at, by, records, holding, deleted in rows
    ]


def _local(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes: they were written in UTC.
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone()
