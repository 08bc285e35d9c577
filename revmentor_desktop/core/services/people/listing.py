"""The people list's rows and filter choices: the one place that knows their queries, and search.

The queries are plain SQL that SQLite and PostgreSQL both run, read through any DB-API
connection: `directory.list_people` runs them on the database's engine, and the window's first
screen (`first_read`) on a bare `sqlite3` connection before SQLAlchemy has loaded. Either way
the same text builds the same rows.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from revmentor_desktop.core.db.lock import WriterLock
from revmentor_desktop.core.db.quick import open_current
from revmentor_desktop.core.db.values import EnrolmentStatus, Role, SkillInterest, display_name
from revmentor_desktop.core.text import fold, isolate
from revmentor_desktop.core.vocabulary import ROLE_LABELS

# Runs one query and returns its rows as tuples (a list, or a cursor read once).
Fetch = Callable[[str], Iterable[Sequence]]

# An erased person's row is an empty shell kept for statistics: never a person to list.
PEOPLE_SQL = """
SELECT person.id, person.given_name, person.family_name, person.email, person.department,
       person.job_title, person.location, seniority_level.label, seniority_level.rank,
       person.archived
FROM person LEFT OUTER JOIN seniority_level ON person.level_id = seniority_level.id
WHERE person.erased_at IS NULL"""
NOT_ARCHIVED = " AND NOT person.archived"
SKILLS_SQL = f"""
SELECT person_skill.person_id, skill.name, person_skill.interest
FROM person_skill JOIN skill ON person_skill.skill_id = skill.id
WHERE person_skill.interest IN ('{SkillInterest.OFFERS.value}', '{SkillInterest.WANTS.value}')
ORDER BY person_skill.person_id, skill.name"""
ROLES_SQL = f"""
SELECT enrolment.person_id, enrolment.programme_id, enrolment.role, programme.name
FROM enrolment JOIN programme ON enrolment.programme_id = programme.id
WHERE enrolment.status = '{EnrolmentStatus.ACTIVE.value}'
ORDER BY programme.start_date DESC, programme.id DESC"""
DEPARTMENTS_SQL = (
    "SELECT DISTINCT department FROM person WHERE department != '' ORDER BY department"
)
LEVELS_SQL = "SELECT rank, label FROM seniority_level ORDER BY rank"
PROGRAMMES_SQL = "SELECT id, name FROM programme ORDER BY start_date DESC, id DESC"


@dataclass(frozen=True, slots=True)  # slots: a dict fewer for each of thousands of rows
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


def read_people(fetch: Fetch, *, include_archived: bool = False) -> list[PersonRow]:
    """Every person not erased (nor archived, unless asked) as a row, from three queries."""
    skills: dict[str, dict[int, list[str]]] = {
        SkillInterest.OFFERS: defaultdict(list),
        SkillInterest.WANTS: defaultdict(list),
    }
    # Skill names, departments, titles, sites and levels repeat across thousands of rows: one
    # string each, not one per row (several MB at 10,000 people).
    shared: dict[str, str] = {}
    for person_id, name, interest in fetch(SKILLS_SQL):
        skills[interest][person_id].append(shared.setdefault(name, name))
    offers, wants = skills[SkillInterest.OFFERS], skills[SkillInterest.WANTS]
    roles: dict[int, dict[int, Role]] = defaultdict(dict)
    role_texts: dict[int, list[str]] = defaultdict(list)
    for person_id, programme_id, role, programme in fetch(ROLES_SQL):
        role = Role(role)
        roles[person_id][programme_id] = role
        role_texts[person_id].append(f"{ROLE_LABELS[role]} in {isolate(programme)}")

    rows = []
    people = fetch(PEOPLE_SQL if include_archived else PEOPLE_SQL + NOT_ARCHIVED)
    for pid, given, family, email, department, title, location, level, rank, archived in people:
        name = display_name(given, family)
        person_offers, person_wants = tuple(offers[pid]), tuple(wants[pid])
        search = " ".join((name, email, department, *person_offers, *person_wants))
        rows.append(
            PersonRow(
                id=pid,
                name=name,
                email=email,
                department=shared.setdefault(department, department),
                job_title=shared.setdefault(title, title),
                level=shared.setdefault(level, level) if level else "",
                level_rank=rank or 0,
                location=shared.setdefault(location, location),
                offers=person_offers,
                wants=person_wants,
                roles=roles.get(pid, {}),
                role_text="; ".join(role_texts.get(pid, ())),
                search_text=fold(search),
                archived=bool(archived),
            )
        )
    return rows


def read_filter_options(fetch: Fetch) -> FilterOptions:
    return FilterOptions(
        [department for (department,) in fetch(DEPARTMENTS_SQL)],
        [(rank, label) for rank, label in fetch(LEVELS_SQL)],
        [(pid, name) for pid, name in fetch(PROGRAMMES_SQL)],
    )


@dataclass
class FirstRead:
    """The people list of a database read ahead of opening it, with its writer lock held."""

    url: str
    lock: WriterLock
    people: list[PersonRow]
    options: FilterOptions


def first_read(url: str, program: str = "RevMentor") -> FirstRead | None:
    """The people list of an SQLite database file that opens without a question, read with
    `sqlite3` alone while its writer lock is taken, so the window can show people before the
    database layer has loaded. `open_database(url, lock=…)` takes the lock over.

    None for anything else (see `core.db.quick.open_current`), and for a database without a
    programme yet, where the window starts on its checklist: the ordinary opening then does
    and says what it always does.
    """
    opened = open_current(url, program)
    if opened is None:
        return None
    lock, connection = opened
    try:

        def fetch(sql: str) -> sqlite3.Cursor:
            return connection.execute(sql)  # read row by row: no second copy of every row

        connection.execute("BEGIN")  # one snapshot for every query
        options = read_filter_options(fetch)
        people = read_people(fetch) if options.programmes else None
    except sqlite3.Error:
        people = None
    finally:
        connection.close()
    if people is None:
        lock.release()
        return None
    return FirstRead(url, lock, people, options)


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
