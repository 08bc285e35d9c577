"""One person's record as the person dialog edits it: load, validate, save in one go, archive."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import NamedTuple

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.models import (
    Channel,
    PairingPreference,
    Person,
    PersonSkill,
    PreferenceKind,
    SeniorityLevel,
    Skill,
    SkillCategory,
    SkillInterest,
    display_name,
)
from revmentor_desktop.core.db.versions import check_version
from revmentor_desktop.core.errors import RevMentorError, ValidationError
from revmentor_desktop.core.services.organisation import category_labels, ensure_levels
from revmentor_desktop.core.text import fold, isolate, join

MIN_BIRTH_YEAR = 1900
MIN_SKILL_LEVEL, MAX_SKILL_LEVEL = 1, 5
DEFAULT_SKILL_LEVEL = 3
HOURS_IN_A_MONTH = 744  # 31 days × 24 hours: anything above is a typing slip
# Deliberately loose: one @, something on each side, a dot in the domain, no spaces.
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_CHANNELS = {channel.value for channel in Channel}
_PREFERENCE_KINDS = {kind.value for kind in PreferenceKind}


# Free-text fields with a length limit in the database, and how a message names them.
_TEXT_FIELDS = {
    "given_name": "The given name",
    "family_name": "The family name",
    "email": "The email address",
    "employee_id": "The employee ID",
    "department": "The department",
    "job_title": "The job title",
    "location": "The site",
    "external_org": "The organisation's name",
}


@dataclass
class PersonData:
    """Everything the person dialog edits, as plain values (no ORM objects)."""

    given_name: str = ""
    family_name: str = ""
    email: str = ""
    employee_id: str = ""  # the HR system's, so that imports recognise the person by it
    department: str = ""
    job_title: str = ""
    level_rank: int | None = None
    start_date: date | None = None
    location: str = ""
    manager_id: int | None = None
    is_external: bool = False
    external_org: str = ""
    share_permission_confirmed: bool = False
    channels: list[str] = field(default_factory=list)  # Channel values, most preferred first
    hours_per_month: float | None = None
    offers: list[tuple[str, int]] = field(default_factory=list)  # (skill name, level 1–5)
    wants: list[tuple[str, int]] = field(default_factory=list)
    # The category of each skill that does not exist yet (by name); missing ones become OTHER.
    new_skill_categories: dict[str, SkillCategory] = field(default_factory=dict)
    swot_strengths: str = ""
    swot_weaknesses: str = ""
    swot_opportunities: str = ""
    swot_threats: str = ""
    notes: str = ""
    consent_date: date | None = None
    birth_year: int | None = None  # optional and sensitive
    diversity_perspectives: str = ""  # optional and sensitive
    # (other person's id, kind, note): HR's record of whom this person would (not) like to pair with
    preferences: list[tuple[int, PreferenceKind, str]] = field(default_factory=list)
    # Shown, never saved by save_person: archiving has its own use-case, set_archived.
    archived: bool = False
    # The record's version as loaded (None: a new person): saving refuses when it changed since.
    version: int | None = None


class PersonChoice(NamedTuple):
    """A person offered in a picker (line manager, pairing preference)."""

    id: int
    name: str
    email: str


@dataclass(frozen=True)
class Suggestions:
    """Values already in use, for autocompletion, and the organisation's ladder."""

    departments: list[str]
    locations: list[str]
    job_titles: list[str]
    skills: list[tuple[str, SkillCategory]]  # every known skill, by name
    levels: list[tuple[int, str]]  # (rank, label), most junior first
    category_labels: dict[SkillCategory, str]  # as the organisation names them


def clean_skill_name(name: str) -> str:
    """A skill name as stored: no stray spaces, so "Power  BI " is "Power BI"."""
    return " ".join(name.split())


# --- reading ------------------------------------------------------------------------------


def load_person(db: Database, person_id: int) -> PersonData:
    with db.session() as session:
        person = _get(session, person_id)
        rank = session.scalar(
            select(SeniorityLevel.rank).where(SeniorityLevel.id == person.level_id)
        )
        skills = session.execute(
            select(PersonSkill.interest, Skill.name, PersonSkill.level)
            .join(Skill, PersonSkill.skill_id == Skill.id)
            .where(PersonSkill.person_id == person_id)
            .order_by(Skill.name)
        ).all()
        preferences = session.execute(
            select(PairingPreference.other_id, PairingPreference.kind, PairingPreference.note)
            .where(PairingPreference.person_id == person_id)
            .order_by(PairingPreference.id)
        ).all()
        return PersonData(
            given_name=person.given_name,
            family_name=person.family_name,
            email=person.email,
            employee_id=person.employee_id or "",
            department=person.department,
            job_title=person.job_title,
            level_rank=rank,
            start_date=person.start_date,
            location=person.location,
            manager_id=person.manager_id,
            is_external=person.is_external,
            external_org=person.external_org,
            share_permission_confirmed=person.share_permission_confirmed,
            channels=list(person.channels or []),
            hours_per_month=person.hours_per_month,
            offers=[(name, level) for kind, name, level in skills if kind == SkillInterest.OFFERS],
            wants=[(name, level) for kind, name, level in skills if kind == SkillInterest.WANTS],
            swot_strengths=person.swot_strengths,
            swot_weaknesses=person.swot_weaknesses,
            swot_opportunities=person.swot_opportunities,
            swot_threats=person.swot_threats,
            notes=person.notes,
            consent_date=person.consent_date,
            birth_year=person.birth_year,
            diversity_perspectives=person.diversity_perspectives,
            preferences=[(other, kind, note) for other, kind, note in preferences],
            archived=person.archived,
            version=person.version,
        )


def suggestions(db: Database) -> Suggestions:
    with db.session() as session, session.begin():
        levels = [(level.rank, level.label) for level in ensure_levels(session)]

        def used(column) -> list[str]:
            values = session.scalars(select(column).where(column != "").distinct()).all()
            return sorted(values, key=fold)

        skills = session.execute(select(Skill.name, Skill.category)).all()
        return Suggestions(
            departments=used(Person.department),
            locations=used(Person.location),
            job_titles=used(Person.job_title),
            skills=sorted(skills, key=lambda skill: fold(skill[0])),
            levels=levels,
            category_labels=category_labels(session),
        )


def manager_candidates(db: Database, person_id: int | None) -> list[PersonChoice]:
    """Who can be this person's line manager: never the person or anyone who reports to them.

    Archived people are left out, except the current manager, so opening and saving a record
    never drops a manager silently.
    """
    with db.session() as session:
        people = session.execute(
            select(Person.id, Person.given_name, Person.family_name, Person.email,
                   Person.archived, Person.manager_id)
        ).all()  # fmt: skip
    managers = {row.id: row.manager_id for row in people}
    excluded = _reports_of(managers, person_id) | {person_id} if person_id is not None else set()
    current = managers.get(person_id) if person_id is not None else None
    return _choices(
        row for row in people if row.id not in excluded and (not row.archived or row.id == current)
    )


def other_people(db: Database, person_id: int | None) -> list[PersonChoice]:
    """Whom a pairing preference can name: everyone else who is not archived, plus anyone
    archived whom this person already has a preference about."""
    with db.session() as session:
        named = set(
            session.scalars(
                select(PairingPreference.other_id).where(PairingPreference.person_id == person_id)
            )
        )
        people = session.execute(
            select(Person.id, Person.given_name, Person.family_name, Person.email, Person.archived)
        ).all()
    return _choices(
        row for row in people if row.id != person_id and (not row.archived or row.id in named)
    )


def _choices(rows) -> list[PersonChoice]:
    choices = [
        PersonChoice(
            row.id,
            display_name(row.given_name, row.family_name) + (" (archived)" if row.archived else ""),
            row.email,
        )
        for row in rows
    ]
    return sorted(choices, key=lambda c: (fold(c.name), c.email.casefold()))


def _reports_of(managers: dict[int, int | None], person_id: int) -> set[int]:
    """Everyone who reports to the person, directly or through others."""
    team: dict[int, list[int]] = defaultdict(list)
    for pid, manager in managers.items():
        if manager is not None:
            team[manager].append(pid)
    found: set[int] = set()
    waiting = list(team[person_id])
    while waiting:
        pid = waiting.pop()
        if pid not in found and pid != person_id:
            found.add(pid)
            waiting.extend(team[pid])
    return found


def _chain_up(managers: dict[int, int | None], start: int, target: int) -> list[int] | None:
    """The reporting line from `start` up to (not including) `target`, or None if `start` does
    not report to `target` at all. Stops at a loop already in the data instead of spinning."""
    chain: list[int] = []
    current: int | None = start
    while current is not None and current not in chain:
        if current == target:
            return chain
        chain.append(current)
        current = managers.get(current)
    return None


# --- checking -----------------------------------------------------------------------------


def validate_person(
    db: Database, data: PersonData, person_id: int | None = None, *, today: date | None = None
) -> dict[str, str]:
    """What is wrong with the record: field name -> a specific message; {} means it can be saved."""
    with db.session() as session:
        return _problems(session, data, person_id, today or date.today())


def _problems(
    session: Session, data: PersonData, person_id: int | None, today: date
) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not data.given_name.strip():
        problems["given_name"] = "Enter the person's given name"
    email = data.email.strip()
    if not email:
        problems["email"] = "Enter the person's email address"
    elif not _EMAIL.fullmatch(email):
        problems["email"] = f"“{isolate(email)}” is not an email address (name@example.org)"
    else:
        # lower() in SQL, as the unique index does, so this agrees with the database exactly.
        owner = session.execute(
            select(Person.id, Person.given_name, Person.family_name, Person.archived).where(
                func.lower(Person.email) == func.lower(email)
            )
        ).first()
        if owner is not None and owner.id != person_id:
            archived = " (archived)" if owner.archived else ""
            problems["email"] = (
                f"{isolate(email)} already belongs to "
                f"{isolate(display_name(owner.given_name, owner.family_name))}{archived}"
            )
    employee_id = data.employee_id.strip()
    if employee_id:
        holder = session.execute(
            select(Person.id, Person.given_name, Person.family_name).where(
                Person.employee_id == employee_id
            )
        ).first()
        if holder is not None and holder.id != person_id:
            problems["employee_id"] = (
                f"Employee ID {isolate(employee_id)} already belongs to "
                f"{isolate(display_name(holder.given_name, holder.family_name))}"
            )
    for name, what in _TEXT_FIELDS.items():
        limit = Person.__table__.c[name].type.length
        if name not in problems and len(getattr(data, name).strip()) > limit:
            problems[name] = f"{what} is too long: at most {limit} characters"

    if data.level_rank is not None:
        ranks = session.scalars(select(SeniorityLevel.rank)).all()
        if data.level_rank not in ranks:
            problems["level_rank"] = "Choose one of the organisation's levels"
    manager_problem = _manager_problem(session, data.manager_id, person_id)
    if manager_problem:
        problems["manager_id"] = manager_problem
    if data.is_external and not data.external_org.strip():
        problems["external_org"] = "Enter the external partner's organisation"
    unknown = [channel for channel in data.channels if channel not in _CHANNELS]
    if unknown:
        problems["channels"] = (
            f"Unknown communication preference: {', '.join(map(isolate, unknown))}"
        )
    if data.hours_per_month is not None:
        if data.hours_per_month < 0:
            problems["hours_per_month"] = "Hours per month can't be negative"
        elif data.hours_per_month > HOURS_IN_A_MONTH:
            problems["hours_per_month"] = f"A month has at most {HOURS_IN_A_MONTH} hours"
    for name, skills, what in (("offers", data.offers, "can teach"),
                               ("wants", data.wants, "wants to learn")):  # fmt: skip
        problem = _skills_problem(skills, what)
        if problem:
            problems[name] = problem
    if data.consent_date is not None and data.consent_date > today:
        problems["consent_date"] = (
            f"The consent date can't be in the future (today is {today.isoformat()})"
        )
    if data.birth_year is not None and not MIN_BIRTH_YEAR <= data.birth_year <= today.year:
        problems["birth_year"] = (
            f"Birth year must be between {MIN_BIRTH_YEAR} and {today.year}, or left empty"
        )
    preference_problem = _preferences_problem(session, data.preferences, person_id)
    if preference_problem:
        problems["preferences"] = preference_problem
    return problems


def _manager_problem(session: Session, manager_id: int | None, person_id: int | None) -> str:
    if manager_id is None:
        return ""
    if manager_id == person_id:
        return "A person can't be their own line manager"
    managers = dict(session.execute(select(Person.id, Person.manager_id)).all())
    if manager_id not in managers:
        return "The chosen line manager is no longer in the database"
    if person_id is None:
        return ""  # a new person has nobody reporting to them yet
    chain = _chain_up(managers, manager_id, person_id)
    if chain is None:
        return ""
    names = {
        pid: isolate(display_name(given, family))
        for pid, given, family in session.execute(
            select(Person.id, Person.given_name, Person.family_name).where(Person.id.in_(chain))
        )
    }
    manager, between = names[chain[0]], [names[pid] for pid in chain[1:]]
    through = f" (through {_join(between)})" if between else ""
    return (
        f"{manager} reports{through} to this person: "
        f"choosing {manager} as line manager would make a loop"
    )


def _join(names: list[str]) -> str:
    if len(names) > 3:
        names = [*names[:2], f"{len(names) - 2} others"]
    return join(names)


def _skills_problem(skills: list[tuple[str, int]], what: str) -> str:
    seen: set[str] = set()
    for name, level in skills:
        clean = clean_skill_name(name)
        if not clean:
            return f"A skill the person {what} has no name"
        if len(clean) > Skill.__table__.c.name.type.length:
            return f"“{isolate(clean[:40])}…” is too long for a skill name"
        if not isinstance(level, int) or not MIN_SKILL_LEVEL <= level <= MAX_SKILL_LEVEL:
            return f"The level of {isolate(clean)} must be from 1 (beginner) to 5 (expert)"
        if clean.casefold() in seen:
            return f"{isolate(clean)} is listed twice in what the person {what}"
        seen.add(clean.casefold())
    return ""


def _preferences_problem(
    session: Session, preferences: list[tuple[int, PreferenceKind, str]], person_id: int | None
) -> str:
    others = [other for other, _, _ in preferences]
    if person_id is not None and person_id in others:
        return "A person can't have a pairing preference about themselves"
    if any(kind not in _PREFERENCE_KINDS for _, kind, _ in preferences):
        return "A pairing preference is neither “would like” nor “would rather not”"
    names = {
        pid: display_name(given, family)
        for pid, given, family in session.execute(
            select(Person.id, Person.given_name, Person.family_name).where(Person.id.in_(others))
        )
    }
    for other in others:
        if other not in names:
            return "Someone in the pairing preferences is no longer in the database"
    for other in dict.fromkeys(others):
        if others.count(other) > 1:
            return f"{isolate(names[other])} is listed twice in the pairing preferences"
    return ""


# --- writing ------------------------------------------------------------------------------


def save_person(
    db: Database, data: PersonData, person_id: int | None = None, *, today: date | None = None
) -> int:
    """Create (person_id None) or update the person, all of it in one transaction; their id.

    Raises ChangedElsewhereError when someone else saved the person since `data` was loaded
    (`data.version`), and ValidationError (its `errors` by field) when validate_person finds a
    problem; either way nothing is written. Skills are matched to existing ones ignoring case;
    new ones are created with their chosen category.
    """
    with db.session() as session, session.begin():
        person = Person() if person_id is None else _get(session, person_id)
        if person_id is not None:
            check_version(person, data.version)
        problems = _problems(session, data, person_id, today or date.today())
        if problems:
            raise ValidationError(problems)
        person.given_name = data.given_name.strip()
        person.family_name = data.family_name.strip()
        person.email = data.email.strip()
        person.employee_id = data.employee_id.strip() or None  # unique only when set
        person.department = data.department.strip()
        person.job_title = data.job_title.strip()
        person.location = data.location.strip()
        levels = {level.rank: level.id for level in ensure_levels(session)}
        person.level_id = levels[data.level_rank] if data.level_rank is not None else None
        person.start_date = data.start_date
        person.manager_id = data.manager_id
        person.is_external = data.is_external
        # An internal person has no outside organisation: drop what the disabled fields held.
        person.external_org = data.external_org.strip() if data.is_external else ""
        person.share_permission_confirmed = data.is_external and data.share_permission_confirmed
        person.channels = list(dict.fromkeys(data.channels))
        person.hours_per_month = data.hours_per_month
        person.swot_strengths = data.swot_strengths.strip()
        person.swot_weaknesses = data.swot_weaknesses.strip()
        person.swot_opportunities = data.swot_opportunities.strip()
        person.swot_threats = data.swot_threats.strip()
        person.notes = data.notes.strip()
        person.consent_date = data.consent_date
        person.birth_year = data.birth_year
        person.diversity_perspectives = data.diversity_perspectives.strip()
        # Skills and preferences live in rows of their own: touch the person too, so that any
        # save makes a new version and a coordinator still holding the old one is refused.
        person.updated_at = datetime.now(UTC)
        if person_id is None:
            session.add(person)
        session.flush()
        _replace_skills(session, person.id, data)
        session.execute(delete(PairingPreference).where(PairingPreference.person_id == person.id))
        session.add_all(
            PairingPreference(
                person_id=person.id, other_id=other, kind=PreferenceKind(kind), note=note.strip()
            )
            for other, kind, note in data.preferences
        )
        return person.id


def _replace_skills(session: Session, person_id: int, data: PersonData) -> None:
    known = {
        name.casefold(): skill_id
        for skill_id, name in session.execute(select(Skill.id, Skill.name))
    }
    categories = {clean_skill_name(n).casefold(): c for n, c in data.new_skill_categories.items()}
    session.execute(delete(PersonSkill).where(PersonSkill.person_id == person_id))
    for interest, skills in (
        (SkillInterest.OFFERS, data.offers),
        (SkillInterest.WANTS, data.wants),
    ):
        for name, level in skills:
            clean = clean_skill_name(name)
            key = clean.casefold()
            if key not in known:
                skill = Skill(name=clean, category=categories.get(key, SkillCategory.OTHER))
                session.add(skill)
                session.flush()
                known[key] = skill.id
            session.add(
                PersonSkill(
                    person_id=person_id, skill_id=known[key], interest=interest, level=level
                )
            )


def set_archived(db: Database, person_ids: int | Iterable[int], archived: bool) -> None:
    """Archive (they leave the people list and future pair suggestions; nothing is deleted) or
    restore one person or several, all in one transaction."""
    ids = [person_ids] if isinstance(person_ids, int) else list(person_ids)
    with db.session() as session, session.begin():
        for person_id in ids:
            _get(session, person_id).archived = archived


def _get(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise RevMentorError("That person is no longer in the database; reload the people list.")
    return person
