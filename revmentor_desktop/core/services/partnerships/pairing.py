"""The partners step of the set-up wizard: who can be chosen, both profiles, and what to watch."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.models import (
    Channel,
    Enrolment,
    EnrolmentStatus,
    PairDecision,
    PairDecisionKind,
    PairingPreference,
    Partnership,
    Person,
    PersonSkill,
    PreferenceKind,
    Programme,
    Role,
    SeniorityLevel,
    SkillInterest,
    display_name,
)
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.matching import Matcher
from revmentor_desktop.core.matching.explain import channel_words
from revmentor_desktop.core.services import suggestions
from revmentor_desktop.core.text import count, fold, isolate, plural
from revmentor_desktop.core.vocabulary import FINISHED, PARTNERSHIP_STATUS_LABELS, ROLE_LABELS

PROGRAMME_GONE = "This programme no longer exists."
OVERRIDE_HINT = "If this pair should go ahead anyway, write why."
_CHANNEL_ORDER = [channel.value for channel in Channel]


class PartnerChoice(NamedTuple):
    """Someone offered in the partners step's pickers."""

    id: int
    name: str
    detail: str  # "Analyst · Associate · Finance · 1 of 2 places taken", each value isolated


@dataclass
class PersonCard:
    """One partner's profile, shown side by side with the other's in the partners step."""

    id: int
    name: str
    email: str
    role: str  # the Role value they are enrolled in ("" when not enrolled in the programme)
    level: str
    department: str
    job_title: str
    location: str
    is_external: bool
    external_org: str
    share_permission_confirmed: bool
    channels: list[str]
    hours_per_month: float | None
    strengths: str
    weaknesses: str
    opportunities: str
    threats: str
    offers: list[str]
    wants: list[str]


@dataclass
class PartnerReview:
    mentor: PersonCard
    mentee: PersonCard
    score: float | None
    breakdown: list[dict[str, Any]]  # key, label, weight, score, explanation
    warnings: list[str]  # reporting line, capacity, external, consent, wrong direction…
    needs_override: bool  # wrong direction: the reverse mentor is not more junior
    problems: list[str]  # blocking: same person, not enrolled in that role, already partners
    # The blocking problems by the Agreement field they concern ("mentor_id" / "mentee_id").
    problem_fields: dict[str, str] = field(default_factory=dict)
    direction_warning: str | None = None  # what makes the direction wrong, in one sentence


@dataclass
class ChannelPreferences:
    mentor: list[str]
    mentee: list[str]
    shared: list[str]
    mismatch: str | None  # a sentence when they share no channel, else None


def _places(live: int, capacity: int) -> str:
    return f"{live} of {count(capacity, 'place')} taken"  # at most MAX_CAPACITY places


def _live_counts(session: Session, programme_id: int, skip: int | None = None) -> dict[int, int]:
    """Live partnerships (draft, active, paused) per person in the programme."""
    live: dict[int, int] = defaultdict(int)
    query = select(Partnership.mentor_id, Partnership.mentee_id).where(
        Partnership.programme_id == programme_id, Partnership.status.not_in(FINISHED)
    )
    if skip is not None:
        query = query.where(Partnership.id != skip)
    for mentor_id, mentee_id in session.execute(query):
        live[mentor_id] += 1
        live[mentee_id] += 1
    return live


def partner_choices(
    db: Database, programme_id: int
) -> tuple[list[PartnerChoice], list[PartnerChoice]]:
    """(reverse mentors, mentees) actively enrolled in the programme and not archived, by name."""
    with db.session() as session:
        if session.get(Programme, programme_id) is None:
            raise RevMentorError(PROGRAMME_GONE)
        live = _live_counts(session, programme_id)
        rows = session.execute(
            select(
                Person.id,
                Person.given_name,
                Person.family_name,
                Person.job_title,
                Person.department,
                Person.consent_date,
                SeniorityLevel.label,
                Enrolment.role,
                Enrolment.capacity,
            )
            .join(Enrolment, Enrolment.person_id == Person.id)
            .outerjoin(SeniorityLevel, Person.level_id == SeniorityLevel.id)
            .where(
                Enrolment.programme_id == programme_id,
                Enrolment.status == EnrolmentStatus.ACTIVE,
                Person.archived.is_(False),
            )
        ).all()
    mentors, mentees = [], []
    for pid, given, family, job, department, consent, level, role, capacity in rows:
        parts = [isolate(part) for part in (job, level, department) if part]
        parts.append(_places(live[pid], capacity))
        if consent is None:
            parts.append("no consent yet")
        choice = PartnerChoice(pid, display_name(given, family), " · ".join(parts))
        (mentors if role == Role.REVERSE_MENTOR else mentees).append(choice)
    for side in (mentors, mentees):
        side.sort(key=lambda c: (fold(c.name), c.id))
    return mentors, mentees


def _valid_channels(channels: list[str] | None) -> list[str]:
    known = set(channels or ())
    return [c for c in _CHANNEL_ORDER if c in known]


def channel_preferences(db: Database, mentor_id: int, mentee_id: int) -> ChannelPreferences:
    """Both partners' preferred channels, the ones they share, and a sentence when none is."""
    with db.session() as session:
        mentor, mentee = (_person(session, pid) for pid in (mentor_id, mentee_id))
        a, b = _valid_channels(mentor.channels), _valid_channels(mentee.channels)
        a_name, b_name = isolate(mentor.full_name), isolate(mentee.full_name)
    shared = [c for c in a if c in b]
    mismatch = None
    if not shared:
        if a and b:
            mismatch = (
                f"{a_name} prefers {channel_words(a)} and {b_name} prefers {channel_words(b)}: "
                "they share no channel, so agree on one that works for both."
            )
        elif a or b:
            silent = b_name if a else a_name
            mismatch = (
                f"{silent} has not said how they like to keep in touch; ask them before choosing."
            )
        else:
            mismatch = (
                "Neither partner has said how they like to keep in touch; ask them before choosing."
            )
    return ChannelPreferences(mentor=a, mentee=b, shared=shared, mismatch=mismatch)


def _person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise RevMentorError("This person no longer exists; choose the partners again.")
    return person


def _card(session: Session, person: Person, enrolment: Enrolment | None) -> PersonCard:
    skills: dict[SkillInterest, list[str]] = defaultdict(list)
    for link in session.scalars(select(PersonSkill).where(PersonSkill.person_id == person.id)):
        skills[link.interest].append(link.skill.name)
    return PersonCard(
        id=person.id,
        name=person.full_name,
        email=person.email,
        role=str(enrolment.role.value) if enrolment is not None else "",
        level=person.level.label if person.level is not None else "",
        department=person.department or "",
        job_title=person.job_title or "",
        location=person.location or "",
        is_external=bool(person.is_external),
        external_org=person.external_org or "",
        share_permission_confirmed=bool(person.share_permission_confirmed),
        channels=_valid_channels(person.channels),
        hours_per_month=person.hours_per_month,
        strengths=person.swot_strengths or "",
        weaknesses=person.swot_weaknesses or "",
        opportunities=person.swot_opportunities or "",
        threats=person.swot_threats or "",
        offers=sorted(skills[SkillInterest.OFFERS], key=fold),
        wants=sorted(skills[SkillInterest.WANTS], key=fold),
    )


def _enrolment_problem(person: Person, enrolment: Enrolment | None, role: Role) -> str | None:
    name = isolate(person.full_name)
    if person.archived:
        return f"{name} is archived; restore them in the people view first."
    if enrolment is None:
        return (
            f"{name} is not enrolled in this programme; enrol them as "
            f"{ROLE_LABELS[role].lower()} in the Programmes view first."
        )
    if enrolment.role != role:
        taken, wanted = ROLE_LABELS[enrolment.role].lower(), ROLE_LABELS[role].lower()
        return f"{name} takes part as {taken}, not as {wanted}."
    if enrolment.status != EnrolmentStatus.ACTIVE:
        return f"{name} has withdrawn from this programme."
    return None


def _chain(managers: dict[int, int | None], person_id: int) -> list[int]:
    """Everyone above `person_id` in the reporting line, nearest first."""
    above, seen = [], {person_id}
    boss = managers.get(person_id)
    while boss is not None and boss not in seen:
        above.append(boss)
        seen.add(boss)
        boss = managers.get(boss)
    return above


def _reporting_warning(session: Session, mentor: Person, mentee: Person) -> str | None:
    managers = dict(session.execute(select(Person.id, Person.manager_id)).all())
    a, b = isolate(mentor.full_name), isolate(mentee.full_name)
    why = "giving honest feedback up a reporting line is hard, and private matters may come up."
    for junior, senior, j_name, s_name in ((mentor, mentee, a, b), (mentee, mentor, b, a)):
        above = _chain(managers, junior.id)
        if above[:1] == [senior.id]:
            return f"{s_name} is {j_name}'s line manager: {why}"
        if senior.id in above:
            return f"{s_name} is above {j_name} in the same reporting line: {why}"
    return None


def _direction(mentor: Person, mentee: Person, min_gap: int) -> tuple[str | None, bool]:
    """(warning, wrong direction): is the reverse mentor the more junior, by enough levels?"""
    a, b = isolate(mentor.full_name), isolate(mentee.full_name)
    missing = [isolate(p.full_name) for p in (mentor, mentee) if p.level is None]
    if missing:
        who = " and ".join(missing)
        verb = plural(len(missing), "has", "have")
        return (
            f"{who} {verb} no seniority level, so RevMentor cannot check that {a} is the more "
            "junior partner.",
            False,
        )
    gap = mentee.level.rank - mentor.level.rank
    if gap >= min_gap:
        return None, False
    if gap > 0:
        return (
            f"{a} is only {count(gap, 'level')} below {b}; this programme asks for at least "
            f"{count(min_gap, 'level')}.",
            True,
        )
    a_level, b_level = isolate(mentor.level.label), isolate(mentee.level.label)
    if gap == 0:
        where = f"{a} ({a_level}) and {b} ({b_level}) are at the same level"
    else:
        where = f"{a} ({a_level}) is above {b} ({b_level})"
    return f"{where}: in reverse mentoring the reverse mentor is the more junior partner.", True


def _match(
    db: Database, programme_id: int, mentor: Person, mentee: Person
) -> tuple[float | None, list[dict[str, Any]]]:
    """The pair scored and explained by the matching engine against the whole cohort.

    The two people are added to the cohort when they are not in it (full, or no consent), so a
    pair already made is scored the same way as a suggestion.
    """
    if mentor.level is None or mentee.level is None:
        return None, []
    cohort = suggestions.cohort_with(db, programme_id, mentor.id, mentee.id)
    settings = suggestions.load_matching_settings(db, programme_id)
    pair = Matcher(cohort).pair(settings, mentor.id, mentee.id)
    return round(float(pair.score), 1), suggestions.breakdown(pair)


def partner_review(
    db: Database,
    programme_id: int,
    mentor_id: int,
    mentee_id: int,
    partnership_id: int | None = None,
    *,
    with_match: bool = True,
) -> PartnerReview:
    """Both profiles, the match and what the coordinator should know before pairing them.

    The match is the one kept with the partnership when it is for these two people, else the
    engine's score now (`with_match=False` skips it, for checks that only need the rest).
    """
    with db.session() as session:
        programme = session.get(Programme, programme_id)
        if programme is None:
            raise RevMentorError(PROGRAMME_GONE)
        mentor, mentee = _person(session, mentor_id), _person(session, mentee_id)
        enrolments = {
            e.person_id: e
            for e in session.scalars(
                select(Enrolment).where(
                    Enrolment.programme_id == programme_id,
                    Enrolment.person_id.in_([mentor_id, mentee_id]),
                )
            )
        }
        cards = [_card(session, p, enrolments.get(p.id)) for p in (mentor, mentee)]
        problems: dict[str, str] = {}
        warnings: list[str] = []
        if mentor_id == mentee_id:
            problems["mentee_id"] = (
                f"{isolate(mentor.full_name)} cannot be their own reverse mentor; choose two "
                "different people."
            )
            return PartnerReview(*cards, None, [], [], False, [problems["mentee_id"]], problems)
        for key, person in (("mentor_id", mentor), ("mentee_id", mentee)):
            if person.erased_at is not None:  # nothing about them is left to check or warn about
                problems[key] = (
                    "This partner's personal data was erased on request: the partnership can be "
                    "read but not changed."
                )
                return PartnerReview(*cards, None, [], [], False, [problems[key]], problems)
        for key, person, role in (
            ("mentor_id", mentor, Role.REVERSE_MENTOR),
            ("mentee_id", mentee, Role.MENTEE),
        ):
            problem = _enrolment_problem(person, enrolments.get(person.id), role)
            if problem:
                problems[key] = problem
        together = _live_together(session, mentor_id, mentee_id, partnership_id)
        if together and "mentee_id" not in problems:
            problems["mentee_id"] = together

        settings = suggestions.load_matching_settings(db, programme_id)
        direction, wrong = _direction(mentor, mentee, settings.min_gap)
        if direction:
            warnings.append(f"{direction} {OVERRIDE_HINT}" if wrong else direction)
        reporting = _reporting_warning(session, mentor, mentee)
        if reporting:
            warnings.append(reporting)
        warnings.extend(_capacity_warnings(session, programme_id, enrolments, partnership_id))
        warnings.extend(_person_warnings(mentor, mentee))
        warnings.extend(_recorded_warnings(session, programme_id, mentor, mentee))

        score, breakdown = _stored_match(session, partnership_id, mentor_id, mentee_id)
        if score is None and not problems and with_match:
            score, breakdown = _match(db, programme_id, mentor, mentee)
    return PartnerReview(
        mentor=cards[0],
        mentee=cards[1],
        score=score,
        breakdown=breakdown,
        warnings=warnings,
        needs_override=wrong,
        problems=list(problems.values()),
        problem_fields=problems,
        direction_warning=direction if wrong else None,
    )


def _live_together(
    session: Session, mentor_id: int, mentee_id: int, partnership_id: int | None
) -> str | None:
    """A sentence when the two already have another live partnership (in any programme)."""
    query = (
        select(Partnership)
        .where(
            or_(
                (Partnership.mentor_id == mentor_id) & (Partnership.mentee_id == mentee_id),
                (Partnership.mentor_id == mentee_id) & (Partnership.mentee_id == mentor_id),
            ),
            Partnership.status.not_in(FINISHED),
        )
        .order_by(Partnership.id)
    )
    if partnership_id is not None:
        query = query.where(Partnership.id != partnership_id)
    other = session.scalars(query).first()
    if other is None:
        return None
    status = PARTNERSHIP_STATUS_LABELS[other.status].lower()
    return (
        f"{isolate(other.mentor.full_name)} and {isolate(other.mentee.full_name)} already work "
        f"together ({status} partnership in “{isolate(other.programme.name)}”); complete, end or "
        "delete that one first."
    )


def _capacity_warnings(
    session: Session, programme_id: int, enrolments: dict[int, Enrolment], skip: int | None
) -> list[str]:
    live = _live_counts(session, programme_id, skip)
    found = []
    for enrolment in enrolments.values():
        taken = live[enrolment.person_id]
        if taken >= enrolment.capacity:
            found.append(
                f"{isolate(enrolment.person.full_name)} already has {count(taken, 'partner')} in "
                f"this programme and room for {enrolment.capacity}: this partnership would be one "
                "more than they agreed to."
            )
    return found


def _person_warnings(mentor: Person, mentee: Person) -> list[str]:
    found = []
    for person in (mentor, mentee):
        if person.is_external and not person.share_permission_confirmed:
            org = f" ({isolate(person.external_org)})" if person.external_org else ""
            found.append(
                f"{isolate(person.full_name)} is external{org} and permission to share information "
                "with them has not been confirmed; confirm it in their record before they start."
            )
    for person in (mentor, mentee):
        if person.consent_date is None:
            found.append(
                f"{isolate(person.full_name)} has not consented to take part yet; record their "
                "consent in the Programmes view, or at the last step before the partnership starts."
            )
    return found


def _recorded_warnings(
    session: Session, programme_id: int, mentor: Person, mentee: Person
) -> list[str]:
    """What HR recorded about these two: "would rather not", or the pair rejected before."""
    found = []
    pairs = ((mentor, mentee), (mentee, mentor))
    for person, other in pairs:
        preference = session.scalar(
            select(PairingPreference.kind).where(
                PairingPreference.person_id == person.id, PairingPreference.other_id == other.id
            )
        )
        if preference == PreferenceKind.WOULD_RATHER_NOT:
            who, whom = isolate(person.full_name), isolate(other.full_name)
            found.append(f"{who} would rather not work with {whom}.")
    rejected = session.scalar(
        select(PairDecision.reason).where(
            PairDecision.programme_id == programme_id,
            PairDecision.mentor_id == mentor.id,
            PairDecision.mentee_id == mentee.id,
            PairDecision.kind == PairDecisionKind.REJECTED,
        )
    )
    if rejected is not None:
        why = f": {isolate(rejected.rstrip('.'))}" if rejected else ""
        found.append(f"This pair was rejected earlier in this programme{why}.")
    return found


def _stored_match(
    session: Session, partnership_id: int | None, mentor_id: int, mentee_id: int
) -> tuple[float | None, list[dict[str, Any]]]:
    """The match kept with the partnership, when it was made for these same two people."""
    if partnership_id is None:
        return None, []
    stored = session.get(Partnership, partnership_id)
    if stored is None or (stored.mentor_id, stored.mentee_id) != (mentor_id, mentee_id):
        return None, []
    if stored.match_score is None or not stored.match_breakdown:
        return None, []
    return stored.match_score, list(stored.match_breakdown)


def pair_match(
    db: Database, programme_id: int, mentor_id: int, mentee_id: int
) -> tuple[float | None, list[dict[str, Any]]]:
    """The engine's score and breakdown for a pair made by hand (None: no levels to compare)."""
    with db.session() as session:
        mentor, mentee = _person(session, mentor_id), _person(session, mentee_id)
        return _match(db, programme_id, mentor, mentee)
