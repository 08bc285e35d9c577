"""Programmes (cohorts) and who is enrolled in them: listing, editing, enrolling, consent."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, func, select, update
from sqlalchemy.orm import Session

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.models import (
    Enrolment,
    EnrolmentStatus,
    Partnership,
    Person,
    Programme,
    ProgrammeStatus,
    Role,
    SeniorityLevel,
    display_name,
)
from revmentor_desktop.core.db.versions import change_stamp, check_version
from revmentor_desktop.core.errors import RevMentorError, ValidationError
from revmentor_desktop.core.text import count, date_text, fold, isolate, join, plural
from revmentor_desktop.core.vocabulary import (
    FINISHED,
    MEETING_FREQUENCIES,
    PROGRAMME_STATUS_LABELS,
    ROLE_LABELS,
)

NAME_MAX = 160  # the column's width
MAX_INTERVAL_DAYS = 365
MAX_CAPACITY = 20  # partners one person takes on at once
DEFAULT_MEETING_DAYS, DEFAULT_CHECKIN_DAYS, DEFAULT_STALLED_DAYS = 14, 30, 21


def frequency_label(days: int) -> str:
    """How a meeting interval reads in a choice list: "Every two weeks (14)"."""
    for known, label in MEETING_FREQUENCIES:
        if days == known:
            return f"{label} ({days})"
    return f"Every {days} days ({days})" if days != 1 else "Daily (1)"


# --- programmes ---------------------------------------------------------------------------


@dataclass
class ProgrammeData:
    """A programme's editable details, as the programme dialog and the CLI hand them over."""

    name: str
    start_date: date | None = None
    end_date: date | None = None
    status: ProgrammeStatus = ProgrammeStatus.PLANNING
    meeting_interval_days: int = DEFAULT_MEETING_DAYS
    checkin_interval_days: int = DEFAULT_CHECKIN_DAYS
    stalled_after_days: int = DEFAULT_STALLED_DAYS
    # The version as loaded (None: a new programme): saving refuses when it changed since.
    version: int | None = None


@dataclass(frozen=True)
class ProgrammeSummary:
    """One programme in the programmes list; the counts are of the people taking part."""

    id: int
    name: str
    start_date: date | None
    end_date: date | None
    status: ProgrammeStatus
    reverse_mentors: int = 0
    mentees: int = 0
    mentor_capacity: int = 0  # partners the reverse mentors can take in all
    mentee_capacity: int = 0
    consented: int = 0
    not_consented: int = 0
    withdrawn: int = 0
    archived: int = 0  # still enrolled, but archived since

    @property
    def status_label(self) -> str:
        return PROGRAMME_STATUS_LABELS[self.status]

    @property
    def dates_text(self) -> str:
        if self.start_date and self.end_date:
            return f"{date_text(self.start_date)} – {date_text(self.end_date)}"
        if self.start_date:
            return f"from {date_text(self.start_date)}"
        if self.end_date:
            return f"until {date_text(self.end_date)}"
        return "no dates yet"

    @property
    def counts_text(self) -> str:
        """ "12 reverse mentors · 11 mentees" """
        return f"{count(self.reverse_mentors, 'reverse mentor')} · {count(self.mentees, 'mentee')}"

    @property
    def enrolment_text(self) -> str:
        """ "Reverse mentors: 12 (capacity 12) · Mentees: 11 (capacity 13) · 2 without consent" """
        parts = [
            f"Reverse mentors: {self.reverse_mentors:,} (capacity {self.mentor_capacity:,})",
            f"Mentees: {self.mentees:,} (capacity {self.mentee_capacity:,})",
        ]
        if self.not_consented:
            parts.append(f"{self.not_consented:,} without consent")
        if self.withdrawn:
            parts.append(f"{self.withdrawn:,} withdrawn")
        if self.archived:
            parts.append(f"{self.archived:,} archived")
        return " · ".join(parts)


def list_programmes(db: Database) -> list[ProgrammeSummary]:
    """Every programme, newest first, with its enrolment counts from one grouped query."""
    with db.engine.connect() as connection:
        programmes = connection.execute(
            select(
                Programme.id,
                Programme.name,
                Programme.start_date,
                Programme.end_date,
                Programme.status,
            ).order_by(Programme.start_date.desc().nulls_first(), Programme.id.desc())
        ).all()
        counts = connection.execute(
            select(
                Enrolment.programme_id,
                Enrolment.status,
                Enrolment.role,
                Person.archived,
                Person.consent_date.is_not(None),
                func.count(),
                func.sum(Enrolment.capacity),
            )
            .join(Person, Enrolment.person_id == Person.id)
            .group_by(
                Enrolment.programme_id,
                Enrolment.status,
                Enrolment.role,
                Person.archived,
                Person.consent_date.is_not(None),
            )
        ).all()
    tally: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for programme_id, status, role, archived, consented, people, capacity in counts:
        numbers = tally[programme_id]
        # Withdrawn and archived people stay listed but no longer take part.
        if status == EnrolmentStatus.WITHDRAWN:
            numbers["withdrawn"] += people
            continue
        if archived:
            numbers["archived"] += people
            continue
        side = "reverse_mentors" if role == Role.REVERSE_MENTOR else "mentees"
        numbers[side] += people
        numbers["mentor_capacity" if role == Role.REVERSE_MENTOR else "mentee_capacity"] += (
            capacity or 0
        )
        numbers["consented" if consented else "not_consented"] += people
    return [
        ProgrammeSummary(id=pid, name=name, start_date=start, end_date=end, status=status,
                         **tally.get(pid, {}))
        for pid, name, start, end, status in programmes
    ]  # fmt: skip


def programmes_named(connection: Connection, name: str) -> list[tuple[int, str]]:
    """(id, name) of the programmes `name` stands for: the one called exactly that, else every
    one called the same ignoring case, accents and surrounding spaces. Exactly one is a match."""
    programmes = connection.execute(
        select(Programme.id, Programme.name).order_by(Programme.name)
    ).all()
    exact = [(pid, known) for pid, known in programmes if known == name]
    if exact:
        return exact
    return [(pid, known) for pid, known in programmes if fold(known.strip()) == fold(name.strip())]


def programme_by_name(db: Database, name: str) -> int:
    """The id of the programme called `name` (ignoring case and accents when unambiguous), for
    commands that name a programme; the error lists the programmes there are."""
    with db.engine.connect() as connection:
        found = programmes_named(connection, name)
        if len(found) == 1:
            return found[0][0]
        known = connection.scalars(select(Programme.name).order_by(Programme.name)).all()
    if not known:
        raise RevMentorError(
            f'There is no programme called "{isolate(name)}"; there are no programmes yet.'
        )
    known_names = ", ".join(f'"{isolate(other)}"' for other in known)
    raise RevMentorError(
        f'There is no programme called "{isolate(name)}"; the programmes are: {known_names}.'
    )


def load_programme(db: Database, programme_id: int) -> ProgrammeData:
    with db.session() as session:
        programme = session.get(Programme, programme_id)
        if programme is None:
            raise RevMentorError("This programme no longer exists.")
        return ProgrammeData(
            name=programme.name,
            start_date=programme.start_date,
            end_date=programme.end_date,
            status=programme.status,
            meeting_interval_days=programme.meeting_interval_days,
            checkin_interval_days=programme.checkin_interval_days,
            stalled_after_days=programme.stalled_after_days,
            version=programme.version,
        )


def validate_programme(
    db: Database, data: ProgrammeData, programme_id: int | None = None
) -> dict[str, str]:
    """What must change before `data` can be saved, by field name (empty when all is well)."""
    errors: dict[str, str] = {}
    name = data.name.strip()
    if not name:
        errors["name"] = "Give the programme a name, e.g. “Reverse Mentoring 2026/27”."
    elif len(name) > NAME_MAX:
        errors["name"] = f"The name is {len(name)} characters long; at most {NAME_MAX} fit."
    else:
        with db.engine.connect() as connection:
            others = connection.execute(
                select(Programme.id, Programme.name).where(Programme.id != (programme_id or -1))
            ).all()
        # Python's casefold, not SQL's lower(): SQLite only lowers ASCII letters.
        clash = next((other for _, other in others if fold(other) == fold(name)), None)
        if clash is not None:
            errors["name"] = f"There is already a programme called “{isolate(clash)}”."
    if data.start_date and data.end_date and data.end_date < data.start_date:
        errors["end_date"] = (
            f"The programme cannot end ({date_text(data.end_date)}) before it starts "
            f"({date_text(data.start_date)})."
        )
    for key, what in (
        ("meeting_interval_days", "Meetings"),
        ("checkin_interval_days", "Check-ins"),
    ):
        days = getattr(data, key)
        if not 1 <= days <= MAX_INTERVAL_DAYS:
            errors[key] = f"{what} must be between 1 and {MAX_INTERVAL_DAYS} days apart."
    if not 1 <= data.stalled_after_days <= MAX_INTERVAL_DAYS:
        errors["stalled_after_days"] = (
            f"A partnership can count as stalled after 1 to {MAX_INTERVAL_DAYS} days "
            "without a check-in."
        )
    try:
        ProgrammeStatus(data.status)
    except ValueError:
        errors["status"] = f"“{isolate(data.status)}” is not a programme status."
    return errors


def save_programme(db: Database, data: ProgrammeData, programme_id: int | None = None) -> int:
    """Create (no id) or update a programme; returns its id. Raises ValidationError when invalid,
    ChangedElsewhereError when someone else saved it since `data` was loaded."""
    errors = validate_programme(db, data, programme_id)
    if errors:
        raise ValidationError(errors)
    with db.session() as session, session.begin():
        if programme_id is None:
            programme = Programme()
            session.add(programme)
        else:
            programme = session.get(Programme, programme_id)
            if programme is None:
                raise RevMentorError("This programme no longer exists.")
            check_version(programme, data.version)
        programme.name = data.name.strip()
        programme.start_date = data.start_date
        programme.end_date = data.end_date
        programme.status = ProgrammeStatus(data.status)
        programme.meeting_interval_days = data.meeting_interval_days
        programme.checkin_interval_days = data.checkin_interval_days
        programme.stalled_after_days = data.stalled_after_days
        session.flush()
        return programme.id


# --- enrolments ---------------------------------------------------------------------------


@dataclass(frozen=True)
class EnrolmentRow:
    enrolment_id: int
    person_id: int
    name: str
    email: str
    department: str
    level: str
    level_rank: int  # 0 when no level is set
    role: Role
    capacity: int
    status: EnrolmentStatus
    consent_date: date | None
    archived: bool
    version: int | None = None  # the enrolment's, as listed: update_enrolment checks it

    @property
    def active(self) -> bool:
        return self.status == EnrolmentStatus.ACTIVE

    @property
    def status_label(self) -> str:
        if self.archived:
            return "Archived"
        return "Active" if self.active else "Withdrawn"


def list_enrolments(db: Database, programme_id: int) -> list[EnrolmentRow]:
    """Everyone enrolled in the programme (withdrawn too), ordered by role, then name."""
    with db.engine.connect() as connection:
        rows = connection.execute(
            select(
                Enrolment.id,
                Person.id,
                Person.given_name,
                Person.family_name,
                Person.email,
                Person.department,
                SeniorityLevel.label,
                SeniorityLevel.rank,
                Enrolment.role,
                Enrolment.capacity,
                Enrolment.status,
                Person.consent_date,
                Person.archived,
                Enrolment.version,
            )
            .join(Person, Enrolment.person_id == Person.id)
            .outerjoin(SeniorityLevel, Person.level_id == SeniorityLevel.id)
            .where(Enrolment.programme_id == programme_id)
        ).all()
    result = [
        EnrolmentRow(
            enrolment_id=eid, person_id=pid, name=display_name(given, family), email=email,
            department=department, level=level or "", level_rank=rank or 0, role=role,
            capacity=capacity, status=status, consent_date=consent, archived=archived,
            version=version,
        )
        for (eid, pid, given, family, email, department, level, rank, role, capacity, status,
             consent, archived, version) in rows
    ]  # fmt: skip
    result.sort(key=lambda r: (r.role != Role.REVERSE_MENTOR, fold(r.name)))
    return result


@dataclass(frozen=True)
class Candidate:
    """Someone who can be enrolled: not archived and not (actively) in the programme yet."""

    person_id: int
    name: str
    email: str
    department: str
    level: str
    level_rank: int
    withdrawn_role: Role | None = None  # set when they withdrew from this programme earlier

    @property
    def search_text(self) -> str:
        return fold(f"{self.name} {self.email} {self.department} {self.level}")


def enrolment_candidates(db: Database, programme_id: int) -> list[Candidate]:
    """The people the enrol dialog offers, by name."""
    with db.engine.connect() as connection:
        enrolments = {
            person_id: (status, role)
            for person_id, status, role in connection.execute(
                select(Enrolment.person_id, Enrolment.status, Enrolment.role).where(
                    Enrolment.programme_id == programme_id
                )
            )
        }
        people = connection.execute(
            select(
                Person.id,
                Person.given_name,
                Person.family_name,
                Person.email,
                Person.department,
                SeniorityLevel.label,
                SeniorityLevel.rank,
            )
            .outerjoin(SeniorityLevel, Person.level_id == SeniorityLevel.id)
            .where(Person.archived.is_(False))
        ).all()
    candidates = []
    for pid, given, family, email, department, level, rank in people:
        status, role = enrolments.get(pid, (None, None))
        if status == EnrolmentStatus.ACTIVE:
            continue
        candidates.append(
            Candidate(
                person_id=pid,
                name=display_name(given, family),
                email=email,
                department=department,
                level=level or "",
                level_rank=rank or 0,
                withdrawn_role=role,
            )
        )
    candidates.sort(key=lambda c: fold(c.name))
    return candidates


def _names(session: Session, person_ids: Iterable[int], limit: int = 3) -> str:
    """ "Dana Fox, Bob Archer and 2 others", each name isolated (for a sentence)."""
    people = session.execute(
        select(Person.given_name, Person.family_name).where(Person.id.in_(list(person_ids)))
    ).all()
    names = [isolate(name) for name in sorted((display_name(g, f) for g, f in people), key=fold)]
    if len(names) <= limit:
        return join(names)
    rest = len(names) - limit
    return f"{', '.join(names[:limit])} and {count(rest, 'other')}"


def _check_capacity(capacity: int) -> None:
    if not 1 <= capacity <= MAX_CAPACITY:
        raise RevMentorError(
            "Capacity is how many partners someone takes on at once: "
            f"1 to {MAX_CAPACITY}, not {capacity}."
        )


def _partnership_counts(session: Session, programme_id: int, person_ids: Iterable[int],
                        *, live_only: bool = False) -> dict[int, int]:  # fmt: skip
    """How many partnerships each person has in the programme, on either side."""
    ids = list(person_ids)
    counts: dict[int, int] = defaultdict(int)
    for column in (Partnership.mentor_id, Partnership.mentee_id):
        query = (
            select(column, func.count())
            .where(Partnership.programme_id == programme_id, column.in_(ids))
            .group_by(column)
        )
        if live_only:
            query = query.where(Partnership.status.not_in(FINISHED))
        for person_id, number in session.execute(query):
            counts[person_id] += number
    return counts


def enrol(
    db: Database, programme_id: int, person_ids: Iterable[int], role: Role, capacity: int = 1
) -> int:
    """Enrol people in one role; returns how many were added.

    People already taking part are skipped. Someone who withdrew earlier takes part again, in the
    role their partnerships in this programme were made in. Archived people are refused.
    """
    ids = sorted(set(person_ids))
    role = Role(role)
    _check_capacity(capacity)
    with db.session() as session, session.begin():
        if session.get(Programme, programme_id) is None:
            raise RevMentorError("This programme no longer exists.")
        found = dict(
            session.execute(select(Person.id, Person.archived).where(Person.id.in_(ids))).all()
        )
        missing = [pid for pid in ids if pid not in found]
        if missing:
            raise RevMentorError(
                f"{count(len(missing), 'person', 'people')} to enrol no longer exist; "
                "reload and try again."
            )
        archived = [pid for pid, is_archived in found.items() if is_archived]
        if archived:
            raise RevMentorError(
                f"{_names(session, archived)} {plural(len(archived), 'is', 'are')} archived and "
                "cannot be enrolled; restore them in the people view first."
            )
        existing = {
            e.person_id: e
            for e in session.scalars(
                select(Enrolment).where(
                    Enrolment.programme_id == programme_id, Enrolment.person_id.in_(ids)
                )
            )
        }
        wrong_role = [pid for pid, e in existing.items()
                      if e.status == EnrolmentStatus.WITHDRAWN and e.role != role]  # fmt: skip
        if wrong_role:
            raise RevMentorError(
                f"{_names(session, wrong_role)} took part before in the other role and "
                "still have partnerships from then; enrol them again in that role."
            )
        added = 0
        today = date.today()
        for pid in ids:
            enrolment = existing.get(pid)
            if enrolment is None:
                session.add(Enrolment(programme_id=programme_id, person_id=pid, role=role,
                                      capacity=capacity, enrolled_on=today))  # fmt: skip
                added += 1
            elif enrolment.status == EnrolmentStatus.WITHDRAWN:
                enrolment.status, enrolment.capacity = EnrolmentStatus.ACTIVE, capacity
                added += 1
        return added


def update_enrolment(
    db: Database,
    enrolment_id: int,
    role: Role | None = None,
    capacity: int | None = None,
    *,
    version: int | None = None,
) -> int:
    """Change someone's role or capacity in a programme, keeping their partnerships consistent;
    returns the enrolment's version as saved.

    `version` is the enrolment's as the coordinator saw it (`EnrolmentRow.version`): when someone
    else changed the enrolment since, ChangedElsewhereError refuses the change.
    """
    with db.session() as session, session.begin():
        enrolment = session.get(Enrolment, enrolment_id)
        if enrolment is None:
            raise RevMentorError("This enrolment no longer exists; reload and try again.")
        check_version(enrolment, version)
        name = isolate(enrolment.person.full_name)
        if role is not None and Role(role) != enrolment.role:
            made = _partnership_counts(session, enrolment.programme_id, [enrolment.person_id])
            if made:
                partnerships = made[enrolment.person_id]
                raise RevMentorError(
                    f"{name} already has {count(partnerships, 'partnership')} in "
                    f"this programme as {ROLE_LABELS[enrolment.role].lower()}, so the role cannot "
                    "change."
                )
            enrolment.role = Role(role)
        if capacity is not None and capacity != enrolment.capacity:
            _check_capacity(capacity)
            live = _partnership_counts(
                session, enrolment.programme_id, [enrolment.person_id], live_only=True
            ).get(enrolment.person_id, 0)
            if capacity < live:
                raise RevMentorError(
                    f"{name} has {count(live, 'partnership')} under way, so "
                    f"their capacity cannot be less than {live}."
                )
            enrolment.capacity = capacity
        session.flush()  # the new version, when anything changed
        return enrolment.version


@dataclass(frozen=True)
class UnenrolResult:
    removed: int  # enrolments deleted: the person had no partnership in the programme
    withdrawn: int  # kept as withdrawn: their partnerships still refer to the enrolment

    @property
    def message(self) -> str:
        parts = []
        if self.removed:
            parts.append(f"{count(self.removed, 'person', 'people')} un-enrolled")
        if self.withdrawn:
            parts.append(
                f"{count(self.withdrawn, 'person', 'people')} marked as withdrawn (they have "
                "partnerships in this programme, which are kept)"
            )
        return "; ".join(parts) + "." if parts else "Nobody was un-enrolled."


def unenrol(db: Database, enrolment_ids: Iterable[int]) -> UnenrolResult:
    """Take people out of a programme: delete their enrolment, or withdraw it if they paired."""
    ids = list(set(enrolment_ids))
    removed = withdrawn = 0
    with db.session() as session, session.begin():
        enrolments = list(session.scalars(select(Enrolment).where(Enrolment.id.in_(ids))))
        by_programme: dict[int, list[Enrolment]] = defaultdict(list)
        for enrolment in enrolments:
            by_programme[enrolment.programme_id].append(enrolment)
        for programme_id, group in by_programme.items():
            made = _partnership_counts(session, programme_id, [e.person_id for e in group])
            for enrolment in group:
                if made.get(enrolment.person_id):
                    if enrolment.status != EnrolmentStatus.WITHDRAWN:
                        enrolment.status = EnrolmentStatus.WITHDRAWN
                        withdrawn += 1
                else:
                    session.delete(enrolment)
                    removed += 1
    return UnenrolResult(removed=removed, withdrawn=withdrawn)


def record_consent(db: Database, person_ids: Iterable[int], on: date) -> int:
    """Record that people consented to take part, on `on`; returns how many were updated."""
    if on > date.today():
        raise RevMentorError(f"Consent cannot be recorded for a future date ({date_text(on)}).")
    ids = list(set(person_ids))
    with db.session() as session, session.begin():
        result = session.execute(
            update(Person)
            .where(Person.id.in_(ids))
            .values(consent_date=on, **change_stamp(session, Person.__table__))
        )
        return result.rowcount
