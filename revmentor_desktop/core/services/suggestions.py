"""Pair suggestions for a programme: the database's cohort for the engine, and HR's decisions."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, delete, select
from sqlalchemy.exc import IntegrityError

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.exclusive import pairing, take_turn
from revmentor_desktop.core.db.models import (
    Channel,
    Enrolment,
    EnrolmentStatus,
    PairDecision,
    PairDecisionKind,
    PairingPreference,
    Partnership,
    PartnershipStatus,
    Person,
    PersonSkill,
    PreferenceKind,
    Programme,
    Role,
    SeniorityLevel,
    Skill,
    SkillInterest,
    display_name,
)
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.matching import (
    Cohort,
    MatchSettings,
    PairSuggestion,
    Participant,
    Suggestion,
)
from revmentor_desktop.core.services.partnerships.life import default_dates
from revmentor_desktop.core.text import count, fold, isolate, plural
from revmentor_desktop.core.vocabulary import FINISHED, ROLE_LABELS

# Step 1 of the set-up wizard ("partners chosen") is done once HR accepts a suggested pair.
ACCEPTED_WIZARD_STEP = 1
_CHANNELS = frozenset(channel.value for channel in Channel)
_GONE = "This programme no longer exists."


# --- who takes part -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Member:
    """Someone enrolled in the programme, with why they cannot be paired now (None: they can)."""

    person_id: int
    name: str
    email: str
    role: Role
    capacity: int
    live: int  # live partnerships (draft, active, paused) in this programme
    reason: str | None
    row: Any  # the person's columns, for building a Participant

    @property
    def left(self) -> int:
        return self.capacity - self.live


def _ineligibility(row: Any, live: int) -> str | None:
    if row.status != EnrolmentStatus.ACTIVE:
        return "withdrawn"
    if row.archived:
        return "archived"
    if row.consent_date is None:
        return "no consent recorded"
    if row.rank is None:  # the direction rule cannot be checked without one
        return "no seniority level set"
    if live >= row.capacity:
        return f"already has {count(live, 'partner')} (capacity {row.capacity})"
    return None


def _live_pairs(connection: Connection, programme_id: int) -> list[tuple[int, int]]:
    return [
        (mentor, mentee)
        for mentor, mentee in connection.execute(
            select(Partnership.mentor_id, Partnership.mentee_id).where(
                Partnership.programme_id == programme_id,
                Partnership.status.not_in(FINISHED),
            )
        )
    ]


def _members(
    connection: Connection, programme_id: int, live_pairs: list[tuple[int, int]] | None = None
) -> dict[int, _Member]:
    """Everyone enrolled in the programme (withdrawn too), by person id."""
    if connection.scalar(select(Programme.id).where(Programme.id == programme_id)) is None:
        raise RevMentorError(_GONE)
    if live_pairs is None:
        live_pairs = _live_pairs(connection, programme_id)
    live: dict[int, int] = defaultdict(int)
    for mentor, mentee in live_pairs:
        live[mentor] += 1
        live[mentee] += 1
    rows = connection.execute(
        select(
            Person.id,
            Person.given_name,
            Person.family_name,
            Person.email,
            Person.department,
            Person.location,
            Person.channels,
            Person.hours_per_month,
            Person.manager_id,
            Person.is_external,
            Person.share_permission_confirmed,
            Person.birth_year,
            Person.consent_date,
            Person.archived,
            SeniorityLevel.rank,
            Enrolment.role,
            Enrolment.capacity,
            Enrolment.status,
        )
        .join(Enrolment, Enrolment.person_id == Person.id)
        .outerjoin(SeniorityLevel, Person.level_id == SeniorityLevel.id)
        .where(Enrolment.programme_id == programme_id)
        .order_by(Person.id)
    )
    members = {}
    for row in rows:
        members[row.id] = _Member(
            person_id=row.id,
            name=display_name(row.given_name, row.family_name),
            email=row.email,
            role=row.role,
            capacity=row.capacity,
            live=live[row.id],
            reason=_ineligibility(row, live[row.id]),
            row=row,
        )
    return members


def _skills(connection: Connection, programme_id: int) -> dict[tuple[int, SkillInterest], dict]:
    """What each enrolled person offers and wants: (person, interest) -> {skill id: level}."""
    skills: dict[tuple[int, SkillInterest], dict[int, int]] = defaultdict(dict)
    for person_id, skill_id, interest, level in connection.execute(
        select(PersonSkill.person_id, PersonSkill.skill_id, PersonSkill.interest, PersonSkill.level)
        .join(Enrolment, Enrolment.person_id == PersonSkill.person_id)
        .where(Enrolment.programme_id == programme_id)
    ):
        skills[person_id, interest][skill_id] = level
    return skills


def _participant(member: _Member, skills: dict[tuple[int, SkillInterest], dict]) -> Participant:
    row = member.row
    return Participant(
        id=member.person_id,
        name=member.name,
        email=member.email,
        level=row.rank,
        department=row.department or "",
        location=row.location or "",
        channels=frozenset(c for c in row.channels or () if c in _CHANNELS),
        hours=row.hours_per_month,
        offers=dict(skills.get((member.person_id, SkillInterest.OFFERS), {})),
        wants=dict(skills.get((member.person_id, SkillInterest.WANTS), {})),
        manager_id=row.manager_id,
        external=bool(row.is_external),
        share_permission=bool(row.share_permission_confirmed),
        birth_year=row.birth_year,
        capacity=member.left,
    )


def load_cohort(db: Database, programme_id: int) -> Cohort:
    """The programme's eligible people with their open places, and everything the rules need.

    Eligible: an active enrolment, consent recorded, not archived, a seniority level, and fewer
    live partnerships in this programme than the enrolment's capacity. Re-running after some
    pairs were accepted therefore only works on what is still open.
    """
    with db.engine.connect() as connection:
        live_pairs = _live_pairs(connection, programme_id)
        members = _members(connection, programme_id, live_pairs)
        return _cohort(connection, programme_id, members, live_pairs)


def load_cohort_and_left_out(db: Database, programme_id: int) -> tuple[Cohort, list[NotConsidered]]:
    """`load_cohort` and `not_considered` in one read, the members read once for both."""
    with db.engine.connect() as connection:
        live_pairs = _live_pairs(connection, programme_id)
        members = _members(connection, programme_id, live_pairs)
        cohort = _cohort(connection, programme_id, members, live_pairs)
        return cohort, _left_out(connection, members)


def _cohort(
    connection: Connection,
    programme_id: int,
    members: dict[int, _Member],
    live_pairs: list[tuple[int, int]],
) -> Cohort:
    open_members = [m for m in members.values() if m.reason is None]
    skills = _skills(connection, programme_id)
    skill_names = dict(connection.execute(select(Skill.id, Skill.name)).all())
    # Everyone's manager: a reporting chain may pass through people outside the programme.
    managers = dict(connection.execute(select(Person.id, Person.manager_id)).all())
    preferences = connection.execute(
        select(PairingPreference.person_id, PairingPreference.other_id, PairingPreference.kind)
    ).all()
    decisions = connection.execute(
        select(PairDecision.mentor_id, PairDecision.mentee_id, PairDecision.kind).where(
            PairDecision.programme_id == programme_id
        )
    ).all()
    mentors = [_participant(m, skills) for m in open_members if m.role == Role.REVERSE_MENTOR]
    mentees = [_participant(m, skills) for m in open_members if m.role == Role.MENTEE]
    in_cohort = {m.person_id for m in open_members}
    mentor_ids, mentee_ids = {p.id for p in mentors}, {p.id for p in mentees}
    like = frozenset(
        (person, other)
        for person, other, kind in preferences
        if kind == PreferenceKind.WOULD_LIKE and person in in_cohort and other in in_cohort
    )
    rather_not = frozenset(
        (person, other)
        for person, other, kind in preferences
        if kind == PreferenceKind.WOULD_RATHER_NOT and person in in_cohort and other in in_cohort
    )
    rejected = frozenset(
        (mentor, mentee) for mentor, mentee, kind in decisions if kind == PairDecisionKind.REJECTED
    )
    locked = frozenset(
        (mentor, mentee)
        for mentor, mentee, kind in decisions
        if kind == PairDecisionKind.LOCKED and mentor in mentor_ids and mentee in mentee_ids
    )
    return Cohort(
        mentors=mentors,
        mentees=mentees,
        skill_names=skill_names,
        managers=managers,
        would_like=like,
        would_rather_not=rather_not,
        rejected=rejected,
        locked=locked,
        # With room for more than one partner, a pair already working together stays apart.
        already_partners=frozenset(live_pairs),
    )


def cohort_with(db: Database, programme_id: int, mentor_id: int, mentee_id: int) -> Cohort:
    """`load_cohort`, with these two on their sides even without an open place (no consent,
    full): a pair made by hand is then scored the same way as a suggestion."""
    cohort = load_cohort(db, programme_id)
    with db.engine.connect() as connection:
        members = _members(connection, programme_id)
        skills = _skills(connection, programme_id)
    mentors, mentees = list(cohort.mentors), list(cohort.mentees)
    for person_id, side in ((mentor_id, mentors), (mentee_id, mentees)):
        if person_id not in {p.id for p in side}:
            # A full place does not matter for scoring one pair, but the engine wants one.
            participant = _participant(members[person_id], skills)
            side.append(dataclasses.replace(participant, capacity=max(1, participant.capacity)))
    return dataclasses.replace(cohort, mentors=mentors, mentees=mentees)


def ineligible_people(db: Database, programme_id: int) -> list[tuple[int, str, str]]:
    """(person id, name, reason) of everyone enrolled who cannot be paired now, by name."""
    with db.engine.connect() as connection:
        members = _members(connection, programme_id)
    left_out = [m for m in members.values() if m.reason is not None]
    left_out.sort(key=lambda m: (fold(m.name), m.person_id))
    return [(m.person_id, m.name, m.reason) for m in left_out]


# --- who was not considered, in plain words ---------------------------------------------------


@dataclass(frozen=True)
class Reason:
    """Why someone is left out of a programme's suggestion, and what would bring them in."""

    words: str  # after a count: "3 people enrolled without consent recorded"
    sentence: str  # the one sentence when nobody is left: {people} {are} {have} {programme}
    hint: str  # what to do about it


NOT_ENROLLED = Reason(
    "not enrolled in this programme",
    '{people} {are} not enrolled in "{programme}"',
    "enrol them under Programmes, or import them with a role column",
)
WITHDREW = Reason(
    "withdrew from this programme",
    '{people} withdrew from "{programme}"',
    "enrol them again under Programmes",
)
ARCHIVED = Reason(
    "archived", "{people} {are} archived", "restore them under People (Show archived)"
)
NO_CONSENT = Reason(
    "enrolled without consent recorded",
    "{people} {are} enrolled without consent recorded",
    "record their consent under Programmes, or import them with a consent column",
)
NO_LEVEL = Reason(
    "enrolled without a seniority level",
    "{people} {are} enrolled without a seniority level",
    "set their level under People, or import them with a level column",
)
AT_CAPACITY = Reason(
    "already at capacity",
    "{people} already {have} as many partners as they can take",
    "raise their capacity under Programmes for more pairs",
)
# The order people are listed in: the order load_cohort's rules leave them out.
REASONS = (NOT_ENROLLED, WITHDREW, ARCHIVED, NO_CONSENT, NO_LEVEL, AT_CAPACITY)


@dataclass(frozen=True)
class NotConsidered:
    """Someone in the organisation whom a programme's suggestion leaves out, and why."""

    person_id: int
    name: str
    email: str
    reason: str  # this person's own: "already at capacity (1 partnership, capacity 1)"
    kind: Reason  # the reason shared with others, to count people by
    enrolled: bool  # enrolled in the programme (withdrawn too)


def _why_left_out(member: _Member) -> tuple[Reason, str]:
    """The plain-words version of `_ineligibility`, checked in the same order."""
    row = member.row
    if row.status != EnrolmentStatus.ACTIVE:
        return WITHDREW, WITHDREW.words
    if row.archived:
        return ARCHIVED, ARCHIVED.words
    if row.consent_date is None:
        return NO_CONSENT, NO_CONSENT.words
    if row.rank is None:
        return NO_LEVEL, NO_LEVEL.words
    detail = f"{count(member.live, 'partnership')}, capacity {member.capacity}"
    return AT_CAPACITY, f"{AT_CAPACITY.words} ({detail})"


def not_considered(db: Database, programme_id: int) -> list[NotConsidered]:
    """Everyone in the organisation whom `load_cohort` leaves out of this programme, with why.

    Everyone else is in the cohort: together they are the whole organisation, archived people
    too. Listed in the order of `REASONS`, then by name.
    """
    with db.engine.connect() as connection:
        return _left_out(connection, _members(connection, programme_id))


def _left_out(connection: Connection, members: dict[int, _Member]) -> list[NotConsidered]:
    people = connection.execute(
        select(Person.id, Person.given_name, Person.family_name, Person.email, Person.archived)
    ).all()
    left_out = []
    for person in people:
        member = members.get(person.id)
        if member is None:
            kind = ARCHIVED if person.archived else NOT_ENROLLED
            reason = kind.words
            name = display_name(person.given_name, person.family_name)
        elif member.reason is None:
            continue  # in the cohort
        else:
            kind, reason = _why_left_out(member)
            name = member.name
        left_out.append(
            NotConsidered(person.id, name, person.email, reason, kind, member is not None)
        )
    left_out.sort(key=lambda p: (REASONS.index(p.kind), fold(p.name), p.person_id))
    return left_out


def by_reason(people: Iterable[NotConsidered]) -> list[tuple[Reason, list[NotConsidered]]]:
    """The people grouped by the reason they share, in the order of `REASONS`."""
    groups: dict[Reason, list[NotConsidered]] = {kind: [] for kind in REASONS}
    for person in people:
        groups[person.kind].append(person)
    return [(kind, group) for kind, group in groups.items() if group]


def nobody_to_suggest(programme: str, people: Iterable[NotConsidered]) -> str:
    """One sentence for a programme whose cohort is empty: why, and what to do about it.

    When anyone is enrolled, the most common reason among them; otherwise why the rest are out
    (a file imported without a role column enrols nobody).
    """
    people = list(people)
    enrolled = [p for p in people if p.enrolled]
    groups = by_reason(enrolled or people)
    if not groups:
        return (
            "Nobody to suggest pairs for: there is nobody in the organisation yet — add people "
            "under People, or import them."
        )
    kind, group = max(groups, key=lambda g: len(g[1]))  # the first of the largest
    n = len(group)
    words = kind.sentence.format(
        people=count(n, "person", "people"),
        are=plural(n, "is", "are"),
        have=plural(n, "has", "have"),
        programme=isolate(programme),
    )
    return f"Nobody to suggest pairs for: {words} — {kind.hint}."


# --- settings -------------------------------------------------------------------------------


def load_matching_settings(db: Database, programme_id: int) -> MatchSettings:
    """The programme's matching weights and rules (the defaults until someone changes them)."""
    with db.engine.connect() as connection:
        found = connection.execute(
            select(Programme.id, Programme.matching_settings).where(Programme.id == programme_id)
        ).first()
    if found is None:
        raise RevMentorError(_GONE)
    return MatchSettings.from_json(found.matching_settings or None)


def save_matching_settings(db: Database, programme_id: int, settings: MatchSettings) -> None:
    with db.session() as session, session.begin():
        programme = session.get(Programme, programme_id)
        if programme is None:
            raise RevMentorError(_GONE)
        programme.matching_settings = settings.to_json()


# --- HR's decisions -------------------------------------------------------------------------


def breakdown(pair: PairSuggestion) -> list[dict[str, Any]]:
    """The pair's per-criterion scores as plain data (stored with a partnership, reported)."""
    return [
        {
            "key": c.key,
            "label": c.label,
            "weight": str(c.weight.value),
            "score": round(float(c.score), 3),
            "explanation": c.explanation,
        }
        for c in pair.criteria
    ]


def _check_pair(
    connection: Connection, members: dict[int, _Member], mentor_id: int, mentee_id: int
) -> list[_Member]:
    """The two people, enrolled in the programme in the right roles (whatever else holds)."""
    found = []
    for person_id, role in ((mentor_id, Role.REVERSE_MENTOR), (mentee_id, Role.MENTEE)):
        member = members.get(person_id)
        if member is None:
            person = connection.execute(
                select(Person.given_name, Person.family_name).where(Person.id == person_id)
            ).first()
            who = isolate(display_name(*person)) if person else f"Person {person_id}"
            raise RevMentorError(f"{who} is not enrolled in this programme.")
        if member.role != role:
            raise RevMentorError(
                f"{isolate(member.name)} takes part as {ROLE_LABELS[member.role].lower()}, "
                f"not as {ROLE_LABELS[role].lower()}."
            )
        found.append(member)
    return found


def accept_pairs(db: Database, programme_id: int, pairs: Iterable[PairSuggestion]) -> list[int]:
    """Turn suggested pairs into draft partnerships (wizard step 1 done); returns their ids.

    All or nothing: a pair whose people are no longer eligible, or who have no place left (this
    batch counts too), is refused and nothing is written.
    """
    pairs = list(pairs)
    try:
        return _accept(db, programme_id, pairs)
    except IntegrityError as exc:  # uq_partnership_live_pair: a pair made by hand meanwhile
        raise RevMentorError(
            "Nothing was accepted: another coordinator has just made one of these pairs. "
            "Suggest again to see who is still open."
        ) from exc


def _accept(db: Database, programme_id: int, pairs: list[PairSuggestion]) -> list[int]:
    with db.session() as session, session.begin():
        # Two coordinators accepting at the same moment take turns: the second counts the
        # places the first just filled. The live-pair index stops anything that slips past.
        take_turn(session, pairing(programme_id))
        members = _members(session.connection(), programme_id)
        live = set(_live_pairs(session.connection(), programme_id))
        programme = session.get(Programme, programme_id)
        taken: dict[int, int] = defaultdict(int)
        problems: list[str] = []
        for pair in pairs:
            try:
                mentor, mentee = _check_pair(
                    session.connection(), members, pair.mentor_id, pair.mentee_id
                )
            except RevMentorError as wrong:
                problems.append(str(wrong).rstrip("."))
                continue
            if (mentor.person_id, mentee.person_id) in live:
                problems.append(
                    f"{isolate(mentor.name)} and {isolate(mentee.name)} are already partners"
                )
                continue
            live.add((mentor.person_id, mentee.person_id))  # the same pair twice in one batch
            for member in (mentor, mentee):
                if member.reason is not None:
                    problems.append(f"{isolate(member.name)} is no longer open ({member.reason})")
                elif taken[member.person_id] >= member.left:
                    problems.append(
                        f"{isolate(member.name)} would have more than "
                        f"{count(member.capacity, 'partner')} (capacity {member.capacity})"
                    )
                taken[member.person_id] += 1
        if problems:
            shown = "; ".join(dict.fromkeys(problems))
            raise RevMentorError(
                f"Nothing was accepted: {shown}. Suggest again to see who is still open."
            )
        # Today or the programme's start, whichever is later: never a start already past.
        start, end = default_dates(programme.start_date, programme.end_date)
        created = []
        for pair in pairs:
            partnership = Partnership(
                programme_id=programme_id,
                mentor_id=pair.mentor_id,
                mentee_id=pair.mentee_id,
                status=PartnershipStatus.DRAFT,
                wizard_step=ACCEPTED_WIZARD_STEP,
                start_date=start,
                end_date=end,
                match_score=float(pair.score),
                match_breakdown=breakdown(pair),
            )
            session.add(partnership)
            created.append(partnership)
            session.execute(
                delete(PairDecision).where(
                    PairDecision.programme_id == programme_id,
                    PairDecision.mentor_id == pair.mentor_id,
                    PairDecision.mentee_id == pair.mentee_id,
                    PairDecision.kind == PairDecisionKind.LOCKED,
                )
            )
        session.flush()
        return [p.id for p in created]


def _decisions(session, programme_id: int, kind: PairDecisionKind | None = None):
    query = select(PairDecision).where(PairDecision.programme_id == programme_id)
    if kind is not None:
        query = query.where(PairDecision.kind == kind)
    return session.scalars(query)


def _decide(
    db: Database,
    programme_id: int,
    mentor_id: int,
    mentee_id: int,
    kind: PairDecisionKind,
    reason: str = "",
) -> None:
    with db.session() as session, session.begin():
        members = _members(session.connection(), programme_id)
        mentor, mentee = _check_pair(session.connection(), members, mentor_id, mentee_id)
        if kind == PairDecisionKind.LOCKED:
            _check_lock(session, programme_id, members, mentor, mentee)
        decision = session.scalar(
            select(PairDecision).where(
                PairDecision.programme_id == programme_id,
                PairDecision.mentor_id == mentor_id,
                PairDecision.mentee_id == mentee_id,
            )
        )
        if decision is None:
            decision = PairDecision(programme_id=programme_id, mentor_id=mentor_id,
                                    mentee_id=mentee_id)  # fmt: skip
            session.add(decision)
        elif decision.kind == kind and decision.reason == reason:
            return
        # One decision per pair: locking a rejected pair (or rejecting a locked one) replaces it.
        decision.kind, decision.reason, decision.decided_at = kind, reason, datetime.now(UTC)


def _check_lock(
    session, programme_id: int, members: dict[int, _Member], mentor: _Member, mentee: _Member
) -> None:
    if (mentor.person_id, mentee.person_id) in set(_live_pairs(session.connection(), programme_id)):
        raise RevMentorError(
            f"{isolate(mentor.name)} and {isolate(mentee.name)} are already partners."
        )
    for member in (mentor, mentee):
        if member.reason is not None:
            raise RevMentorError(f"{isolate(member.name)} cannot be paired now: {member.reason}.")
    locks: dict[int, list[int]] = defaultdict(list)
    for decision in _decisions(session, programme_id, PairDecisionKind.LOCKED):
        if (decision.mentor_id, decision.mentee_id) == (mentor.person_id, mentee.person_id):
            return  # already locked
        # Only locks the engine honours take a place: both people still open.
        pair = (members.get(decision.mentor_id), members.get(decision.mentee_id))
        if all(m is not None and m.reason is None for m in pair):
            locks[decision.mentor_id].append(decision.mentee_id)
            locks[decision.mentee_id].append(decision.mentor_id)
    for member in (mentor, mentee):
        held = locks[member.person_id]
        if len(held) >= member.left:
            others = " and ".join(isolate(members[p].name) for p in held)
            raise RevMentorError(
                f"{isolate(member.name)} has room for {count(member.left, 'partner')} and is "
                f"already locked with {others}; unlock that pair first."
            )


def lock_pair(db: Database, programme_id: int, mentor_id: int, mentee_id: int) -> None:
    """Keep this pair in every suggestion until it is accepted or unlocked."""
    _decide(db, programme_id, mentor_id, mentee_id, PairDecisionKind.LOCKED)


def unlock_pair(db: Database, programme_id: int, mentor_id: int, mentee_id: int) -> None:
    _forget(db, programme_id, mentor_id, mentee_id, PairDecisionKind.LOCKED)


def reject_pair(
    db: Database, programme_id: int, mentor_id: int, mentee_id: int, reason: str
) -> None:
    """Never suggest this pair again in this programme; the reason is kept for HR."""
    reason = (reason or "").strip()
    if not reason:
        raise RevMentorError(
            "Say why this pair should not work together (for example “same project team”), "
            "so the decision can be understood later."
        )
    _decide(db, programme_id, mentor_id, mentee_id, PairDecisionKind.REJECTED, reason)


def forget_rejection(db: Database, programme_id: int, mentor_id: int, mentee_id: int) -> None:
    """Let a rejected pair be suggested again."""
    _forget(db, programme_id, mentor_id, mentee_id, PairDecisionKind.REJECTED)


def _forget(
    db: Database, programme_id: int, mentor_id: int, mentee_id: int, kind: PairDecisionKind
) -> None:
    with db.session() as session, session.begin():
        if session.get(Programme, programme_id) is None:
            raise RevMentorError(_GONE)
        session.execute(
            delete(PairDecision).where(
                PairDecision.programme_id == programme_id,
                PairDecision.mentor_id == mentor_id,
                PairDecision.mentee_id == mentee_id,
                PairDecision.kind == kind,
            )
        )


def rejected_pairs(db: Database, programme_id: int) -> list[tuple[int, int, str, str, str]]:
    """(mentor id, mentee id, mentor name, mentee name, reason) of the rejected pairs, by name."""
    with db.session() as session:
        if session.get(Programme, programme_id) is None:
            raise RevMentorError(_GONE)
        decisions = list(_decisions(session, programme_id, PairDecisionKind.REJECTED))
        ids = {d.mentor_id for d in decisions} | {d.mentee_id for d in decisions}
        names = {
            pid: display_name(given, family)
            for pid, given, family in session.execute(
                select(Person.id, Person.given_name, Person.family_name).where(Person.id.in_(ids))
            )
        }
    rows = [
        (d.mentor_id, d.mentee_id, names[d.mentor_id], names[d.mentee_id], d.reason)
        for d in decisions
    ]
    rows.sort(key=lambda r: (fold(r[2]), fold(r[3]), r[0], r[1]))
    return rows


@dataclass(frozen=True)
class PairDecisionRow:
    """A locked or rejected pair of a programme, as the Decisions list shows it."""

    mentor_id: int
    mentee_id: int
    mentor: str
    mentee: str
    kind: PairDecisionKind
    reason: str
    decided_at: datetime | None


def pair_decisions(db: Database, programme_id: int) -> list[PairDecisionRow]:
    """The programme's locked and rejected pairs: locked first, then by names."""
    with db.session() as session:
        if session.get(Programme, programme_id) is None:
            raise RevMentorError(_GONE)
        rows = session.execute(
            select(PairDecision, Person.given_name, Person.family_name)
            .join(Person, Person.id == PairDecision.mentor_id)
            .where(PairDecision.programme_id == programme_id)
        ).all()
        mentees = dict(
            (pid, display_name(given, family))
            for pid, given, family in session.execute(
                select(Person.id, Person.given_name, Person.family_name).where(
                    Person.id.in_({d.mentee_id for d, *_ in rows})
                )
            )
        )
        found = [
            PairDecisionRow(d.mentor_id, d.mentee_id, display_name(given, family),
                            mentees[d.mentee_id], d.kind, d.reason or "", d.decided_at)
            for d, given, family in rows
        ]  # fmt: skip
    found.sort(key=lambda r: (r.kind != PairDecisionKind.LOCKED, fold(r.mentor), fold(r.mentee)))
    return found


@dataclass(frozen=True)
class DecisionState:
    """A programme's pair decisions at one moment, to put back on Undo."""

    programme_id: int
    # (mentor id, mentee id, kind, reason, decided at): the row ids are not kept, as another
    # programme's decision may take a freed id.
    rows: tuple[tuple[int, int, PairDecisionKind, str, datetime], ...]


def decision_state(db: Database, programme_id: int) -> DecisionState:
    """The programme's locked and rejected pairs as they are now, exactly."""
    with db.session() as session:
        rows = tuple(
            (d.mentor_id, d.mentee_id, d.kind, d.reason, d.decided_at)
            for d in _decisions(session, programme_id).all()
        )
    return DecisionState(programme_id, tuple(sorted(rows)))


def restore_decision_state(db: Database, state: DecisionState, drafts: Iterable[int] = ()) -> None:
    """Undo: the programme's decisions back as they were, and the draft partnerships an accept
    created deleted.

    All or nothing: a draft worked on since (past the first step of its set-up, or no longer a
    draft) is not deleted, and then nothing changes.
    """
    with db.session() as session, session.begin():
        if session.get(Programme, state.programme_id) is None:
            raise RevMentorError(_GONE)
        doomed = []
        for partnership_id in drafts:
            partnership = session.get(Partnership, partnership_id)
            if partnership is None:
                continue  # deleted already
            if (
                partnership.status != PartnershipStatus.DRAFT
                or partnership.wizard_step != ACCEPTED_WIZARD_STEP
            ):
                names = " and ".join(
                    isolate(display_name(p.given_name, p.family_name))
                    for p in (session.get(Person, partnership.mentor_id),
                              session.get(Person, partnership.mentee_id))
                )  # fmt: skip
                raise RevMentorError(
                    f"Cannot undo: the partnership of {names} has been worked on since it was "
                    "accepted; delete it under Partnerships if it should go."
                )
            doomed.append(partnership)
        for partnership in doomed:
            session.delete(partnership)
        session.execute(delete(PairDecision).where(PairDecision.programme_id == state.programme_id))
        people = {
            pid for (pid,) in session.execute(select(Person.id).where(Person.id.in_(
                {r[0] for r in state.rows} | {r[1] for r in state.rows})))
        }  # fmt: skip
        for mentor_id, mentee_id, kind, reason, decided_at in state.rows:
            if mentor_id in people and mentee_id in people:  # someone erased since: gone for good
                session.add(PairDecision(programme_id=state.programme_id,
                                         mentor_id=mentor_id, mentee_id=mentee_id, kind=kind,
                                         reason=reason, decided_at=decided_at))  # fmt: skip


def swap_change(before: Iterable[float], after: Iterable[float]) -> str | None:
    """What a swap costs, in words; None when the new pairs score at least as much in all."""
    before, after = [round(s) for s in before], [round(s) for s in after]
    lost = sum(before) - sum(after)
    if lost <= 0:
        return None

    def scores(values: list[int]) -> str:
        return " and ".join(f"{v} %" for v in values)

    return (
        f"These two pairs would score {scores(after)} instead of {scores(before)}: "
        f"{count(lost, 'point')} less in all."
    )


# --- reporting ------------------------------------------------------------------------------


def suggestion_report(cohort: Cohort, suggestion: Suggestion) -> dict[str, list[dict[str, Any]]]:
    """The suggestion as plain data: what `revmentor suggest --json` prints."""
    people = {p.id: p for p in (*cohort.mentors, *cohort.mentees)}
    pairs = []
    for pair in suggestion.pairs:
        mentor, mentee = people[pair.mentor_id], people[pair.mentee_id]
        pairs.append(
            {
                "mentor_email": mentor.email,
                "mentor_name": mentor.name,
                "mentee_email": mentee.email,
                "mentee_name": mentee.name,
                "score": round(float(pair.score), 1),
                "reasons": list(pair.reasons()),
                "locked": bool(pair.locked),
                "criteria": breakdown(pair),
            }
        )
    unmatched = []
    for person in suggestion.unmatched:
        who = people[person.person_id]
        unmatched.append(
            {"email": who.email, "name": who.name, "role": str(person.role),
             "reason": person.reason}
        )  # fmt: skip
    return {"pairs": pairs, "unmatched": unmatched}
