"""The people list: one row per person for the people view, and its search and filters."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import Connection, select

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.models import (
    Enrolment,
    EnrolmentStatus,
    Person,
    PersonSkill,
    Programme,
    Role,
    SeniorityLevel,
    Skill,
    SkillInterest,
    display_name,
)
from revmentor_desktop.core.text import fold, isolate
from revmentor_desktop.core.vocabulary import ROLE_LABELS


@dataclass(frozen=True)
class PersonRow:
    id: int
    name: str
    email: str
    department: str
    job_title: str
    level: str
    level_rank: int  # 0 when no level is set
    location: str
    offers: tuple[str, ...]
    wants: tuple[str, ...]
    # programme id -> role, for every programme the person is actively enrolled in
    roles: dict[int, Role] = field(default_factory=dict)
    # e.g. "Mentee in Reverse Mentoring 2026/27", newest programme first (each name isolated)
    role_text: str = ""
    # name, email, department and skills folded together for search-as-you-type
    search_text: str = ""
    archived: bool = False  # only ever True when archived people are listed too

    @property
    def skills_text(self) -> str:
        """ "Offers: Python, Excel · Wants: Coaching", each skill isolated."""
        parts = []
        if self.offers:
            parts.append("Offers: " + ", ".join(map(isolate, self.offers)))
        if self.wants:
            parts.append("Wants: " + ", ".join(map(isolate, self.wants)))
        return " · ".join(parts)


@dataclass(frozen=True)
class FilterOptions:
    departments: list[str]
    levels: list[tuple[int, str]]  # (rank, label), most junior first
    programmes: list[tuple[int, str]]  # (id, name), newest first


def list_people(db: Database, *, include_archived: bool = False) -> list[PersonRow]:
    """Every non-archived person as a row, from a few set-based queries (not one per person).

    Plain Core queries on a connection: this runs at start-up, and skipping the ORM's
    per-row bookkeeping makes it several times faster on thousands of people.
    """
    with db.engine.connect() as connection:
        people_query = select(
            Person.id,
            Person.given_name,
            Person.family_name,
            Person.email,
            Person.department,
            Person.job_title,
            Person.location,
            SeniorityLevel.label,
            SeniorityLevel.rank,
            Person.archived,
        ).outerjoin(SeniorityLevel, Person.level_id == SeniorityLevel.id)
        # An erased person's row is an empty shell kept for statistics: never a person to list.
        people_query = people_query.where(Person.erased_at.is_(None))
        if not include_archived:
            people_query = people_query.where(Person.archived.is_(False))
        people = connection.execute(people_query).all()
        offers = _skills_by_person(connection, SkillInterest.OFFERS)
        wants = _skills_by_person(connection, SkillInterest.WANTS)

        roles: dict[int, dict[int, Role]] = defaultdict(dict)
        role_texts: dict[int, list[str]] = defaultdict(list)
        enrolment_rows = connection.execute(
            select(Enrolment.person_id, Enrolment.programme_id, Enrolment.role, Programme.name)
            .join(Programme, Enrolment.programme_id == Programme.id)
            .where(Enrolment.status == EnrolmentStatus.ACTIVE)
            .order_by(Programme.start_date.desc(), Programme.id.desc())
        )
        for person_id, programme_id, role, programme in enrolment_rows:
            roles[person_id][programme_id] = role
            role_texts[person_id].append(f"{ROLE_LABELS[role]} in {isolate(programme)}")

    rows = []
    for pid, given, family, email, department, title, location, level, rank, archived in people:
        name = display_name(given, family)
        person_offers, person_wants = tuple(offers[pid]), tuple(wants[pid])
        search = " ".join((name, email, department, *person_offers, *person_wants))
        rows.append(
            PersonRow(
                id=pid,
                name=name,
                email=email,
                department=department,
                job_title=title,
                level=level or "",
                level_rank=rank or 0,
                location=location,
                offers=person_offers,
                wants=person_wants,
                roles=roles.get(pid, {}),
                role_text="; ".join(role_texts.get(pid, ())),
                search_text=fold(search),
                archived=archived,
            )
        )
    return rows


def _skills_by_person(connection: Connection, interest: SkillInterest) -> dict[int, list[str]]:
    skills: dict[int, list[str]] = defaultdict(list)
    rows = connection.execute(
        select(PersonSkill.person_id, Skill.name)
        .join(Skill, PersonSkill.skill_id == Skill.id)
        .where(PersonSkill.interest == interest)
        .order_by(PersonSkill.person_id, Skill.name)
    ).all()  # one fetch: row-by-row iteration costs a Python call per row
    for person_id, name in rows:
        skills[person_id].append(name)
    return skills


def filter_options(db: Database) -> FilterOptions:
    with db.engine.connect() as connection:
        departments = connection.scalars(
            select(Person.department)
            .where(Person.department != "")
            .distinct()
            .order_by(Person.department)
        ).all()
        levels = connection.execute(
            select(SeniorityLevel.rank, SeniorityLevel.label).order_by(SeniorityLevel.rank)
        ).all()
        programmes = connection.execute(
            select(Programme.id, Programme.name).order_by(
                Programme.start_date.desc(), Programme.id.desc()
            )
        ).all()
    return FilterOptions(
        list(departments), [tuple(r) for r in levels], [tuple(r) for r in programmes]
    )


@dataclass(frozen=True)
class PeopleFilter:
    """What the coordinator typed and picked; empty/None means "any"."""

    text: str = ""
    department: str | None = None
    level_rank: int | None = None
    programme_id: int | None = None


def filter_people(
    rows: list[PersonRow], people_filter: PeopleFilter, within: list[int] | None = None
) -> list[int]:
    """Indexes of the rows that pass the filter, in their current order.

    Every word typed must appear somewhere in the person's name, email, department or skills,
    so "dana power" finds Dana who offers Power BI. `within` limits the search to rows already
    known to match a looser filter (the text typed so far), which keeps typing fast.
    """
    # One plain pass per condition: much cheaper in Python than one combined test per row.
    found = list(range(len(rows))) if within is None else within
    if people_filter.department is not None:
        found = [i for i in found if rows[i].department == people_filter.department]
    if people_filter.level_rank is not None:
        found = [i for i in found if rows[i].level_rank == people_filter.level_rank]
    if people_filter.programme_id is not None:
        found = [i for i in found if people_filter.programme_id in rows[i].roles]
    for word in fold(people_filter.text).split():
        found = [i for i in found if word in rows[i].search_text]
    return found


def narrows(old: PeopleFilter, new: PeopleFilter) -> bool:
    """Whether every row matching `new` also matches `old` (e.g. one more letter was typed)."""
    return (old.department, old.level_rank, old.programme_id) == (
        new.department,
        new.level_rank,
        new.programme_id,
    ) and fold(new.text).startswith(fold(old.text))
