"""Fills an empty database with a realistic, reproducible demo organisation and programme."""

from __future__ import annotations

import heapq
import json
import random
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from itertools import accumulate
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.models import (
    Channel,
    Enrolment,
    EnrolmentStatus,
    PairingPreference,
    Person,
    PersonSkill,
    PreferenceKind,
    Programme,
    ProgrammeStatus,
    Role,
    Skill,
    SkillCategory,
    SkillInterest,
)
from revmentor_desktop.core.demo.partnerships import add_demo_partnerships, rather_not_pairs
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.services.organisation import (
    COORDINATOR_EMAIL,
    DEMO,
    ORGANISATION_NAME,
    ensure_levels,
    set_setting,
)
from revmentor_desktop.core.text import plural
from revmentor_desktop.paths import resource

ORGANISATION = "Northwind Logistics"
EMAIL_DOMAIN = "northwind.example"
# The programme team's shared mailbox: invitations and messages come from it.
COORDINATOR = f"mentoring@{EMAIL_DOMAIN}"
DEFAULT_SEED = 2026  # no seed still gives the same demo every time
# Room for one person of each culture in names.json, so every script shows.
MIN_PEOPLE, MAX_PEOPLE = 20, 100_000
# The demo's "today", just before the programme starts: every start date lies before it.
TODAY = date(2026, 9, 30)

PROGRAMME = {
    "name": "Reverse Mentoring 2026/27",
    "status": ProgrammeStatus.RUNNING,
    "start_date": date(2026, 10, 1),
    "end_date": date(2027, 6, 30),
    "meeting_interval_days": 14,
    "checkin_interval_days": 30,
    "stalled_after_days": 21,
}
ENROLLED_SHARE = 0.3  # of everyone in the organisation
MENTEE_SHARE = 0.47  # of those enrolled; mentees with capacity 2 balance the rest
MAX_SENIORS_ENROLLED = 0.8  # leave some seniors out even in a huge organisation

# Ranks on the default ladder (1 Apprentice … 8 Executive).
LADDER_SIZE = 8
CEO, DIRECTOR, MANAGER, TEAM_LEAD = 8, 7, 6, 5
REVERSE_MENTOR_RANKS = range(1, 4)
MENTEE_RANKS = range(6, 9)
# Ranks 1–6 of the pyramid; the CEO and the directors are counted apart (see _level_counts).
LEVEL_WEIGHTS = {1: 12, 2: 19, 3: 20, 4: 15, 5: 13, 6: 13}
TITLE_PREFIX = {1: "Apprentice ", 2: "Junior ", 3: "", 4: "Senior "}

# Years with the organisation and age on joining, by rank: seniors have been here longer.
TENURE_YEARS = {1: (0.1, 1.8), 2: (0.3, 4.0), 3: (0.5, 7.0), 4: (1.5, 11.0),
                5: (2.0, 15.0), 6: (3.0, 20.0), 7: (4.0, 24.0), 8: (5.0, 26.0)}  # fmt: skip
AGE_ON_JOINING = {1: (17, 23), 2: (19, 28), 3: (21, 33), 4: (23, 38),
                  5: (25, 42), 6: (27, 45), 7: (30, 48), 8: (34, 50)}  # fmt: skip
MIN_AGE, MAX_AGE = 19, 64
BIRTH_YEAR_SHARE = 0.88  # birth year is optional: some people never give it


@dataclass(frozen=True)
class DemoSummary:
    people: int  # everyone made, those who have left included
    archived: int  # of them, people who have left (the People list hides them at first)
    programme: str
    reverse_mentors: int
    mentees: int
    skills: int

    @property
    def current(self) -> int:
        """The people still with the organisation: what the People list shows."""
        return self.people - self.archived

    def people_text(self) -> str:
        """E.g. "118 people (and 2 who have left)", as the People list counts them."""
        text = f"{self.current:,} {plural(self.current, 'person', 'people')}"
        if self.archived:
            text += f" (and {self.archived:,} who {plural(self.archived, 'has', 'have')} left)"
        return text


@dataclass(frozen=True)
class _Department:
    name: str
    weight: int
    specialisms: tuple[str, ...]  # job titles of ranks 1–4 ("Junior …", "Senior …")
    teams: tuple[str, ...]  # what team leads, managers and further directors look after


# Biggest first: a small demo organisation gets the first few departments.
DEPARTMENTS = (
    _Department(
        "Operations",
        22,
        ("Logistics Coordinator", "Warehouse Planner", "Fleet Coordinator", "Transport Planner"),
        ("Warehouse Operations", "Fleet Operations", "Last-Mile Delivery", "Freight Planning"),
    ),
    _Department(
        "Engineering",
        15,
        ("Software Engineer", "QA Engineer", "DevOps Engineer", "Mobile Developer"),
        ("Platform", "Mobile Apps", "Route Optimisation", "Infrastructure"),
    ),
    _Department(
        "Customer Care",
        13,
        ("Customer Service Advisor", "Support Specialist", "Claims Handler"),
        ("Customer Support", "Claims", "Key Account Care"),
    ),
    _Department(
        "Sales",
        11,
        ("Account Executive", "Sales Development Representative", "Bid Specialist"),
        ("New Business", "Key Accounts", "Partnerships"),
    ),
    _Department(
        "Data & Analytics",
        7,
        ("Data Analyst", "Data Engineer", "Data Scientist"),
        ("Business Intelligence", "Data Platform", "Forecasting"),
    ),
    _Department(
        "Marketing",
        7,
        ("Marketing Executive", "Content Specialist", "Social Media Specialist"),
        ("Brand", "Digital Marketing", "Communications"),
    ),
    _Department(
        "Finance",
        7,
        ("Accountant", "Financial Analyst", "Payroll Specialist"),
        ("Financial Planning", "Accounts", "Payroll"),
    ),
    _Department(
        "Product",
        6,
        ("Product Analyst", "Product Designer", "Product Owner"),
        ("Customer Apps", "Shipping Platform", "Design"),
    ),
    _Department(
        "People & Culture",
        6,
        ("HR Advisor", "Recruiter", "Learning Specialist"),
        ("Talent Acquisition", "Learning & Development", "HR Operations"),
    ),
    _Department(
        "Legal",
        4,
        ("Paralegal", "Legal Counsel", "Compliance Officer"),
        ("Commercial Legal", "Compliance"),
    ),
)
EXECUTIVE_OFFICE = "Executive Office"

REMOTE = "Remote"
SITES = {"London": 34, "Manchester": 20, "Hamburg": 14, "Warsaw": 12, REMOTE: 20}
SAME_SITE_AS_MANAGER = 0.55  # teams tend to sit together

# Preferred channels by career stage; everyone is an individual, so these are only weights.
CHANNEL_WEIGHTS = {
    "junior": {Channel.MESSAGING: 5, Channel.VIDEO: 4, Channel.IN_PERSON: 2,
               Channel.EMAIL: 2, Channel.PHONE: 1},
    "middle": {Channel.VIDEO: 4, Channel.IN_PERSON: 3, Channel.MESSAGING: 3,
               Channel.EMAIL: 3, Channel.PHONE: 1},
    "senior": {Channel.IN_PERSON: 5, Channel.EMAIL: 4, Channel.VIDEO: 3,
               Channel.PHONE: 3, Channel.MESSAGING: 1},
}  # fmt: skip
HOURS_PER_MONTH = {"junior": (3, 8), "middle": (2, 6), "senior": (2, 4)}

# How likely an offered skill comes from the junior side of the catalogue (tools, social media,
# inclusion); wanted skills mirror it. The rest is noise: seniors who teach Canva, juniors who
# already know budgets.
JUNIOR_SIDE_OFFER = {1: 0.9, 2: 0.88, 3: 0.82, 4: 0.65, 5: 0.5, 6: 0.2, 7: 0.12, 8: 0.1}
OFFERS_PER_PERSON, WANTS_PER_PERSON = (2, 5), (2, 4)
EITHER_SIDE_WEIGHT = 0.6  # skills both generations bring, a little less often
DEPARTMENT_AFFINITY = 3.0  # a Data & Analytics junior more likely offers Power BI

EXTERNAL_SHARE = 0.03
# (organisation, email domain, job title) of outside partners, who bring a view from elsewhere.
EXTERNAL_JUNIOR_PARTNERS = (
    ("Riverside University", "riverside-university.example", "Student partner"),
    ("Young Logisticians Network", "younglogisticians.example", "Network member"),
    ("Brightpath Apprenticeship Trust", "brightpath.example", "Apprentice partner"),
)
EXTERNAL_SENIOR_PARTNERS = (
    ("Harbourline Shipping", "harbourline.example", "Visiting executive"),
    ("Meridian Retail Group", "meridian-retail.example", "Partner executive"),
)
ARCHIVED_SHARE = 0.01  # people who have left but are kept for the record

DIVERSITY_SHARE = {"junior": 0.07, "middle": 0.04, "senior": 0.02}
DIVERSITY_PERSPECTIVES = (
    "First in my family to go to university",
    "Neurodivergent (ADHD)",
    "Dyslexic",
    "Living with a disability",
    "LGBTQ+",
    "Returned to work after a career break as a parent",
    "Grew up in another country; English is my second language",
    "Carer for a family member",
    "From a working-class background",
)

# Personal SWOT phrases for people enrolled in the programme, in our own words.
SWOT_PHRASES = {
    Role.REVERSE_MENTOR: {
        "strengths": (
            "Quick to pick up new tools",
            "Knows what customers of my age actually use",
            "Explains technology without jargon",
            "Brings a view from outside the industry",
        ),
        "weaknesses": (
            "Little visibility of how budgets are decided",
            "Nervous presenting to senior people",
            "Network mostly inside my own team",
            "Still learning how projects get approved",
        ),
        "opportunities": (
            "See how strategy is set at the top",
            "Be known beyond my department",
            "Understand the career paths here",
            "Help leaders see what new joiners experience",
        ),
        "threats": (
            "Busy deadlines this quarter",
            "Unsure honest feedback upwards will land well",
            "Shift pattern limits meeting times",
            "Not sure how much time my manager will allow",
        ),
    },
    Role.MENTEE: {
        "strengths": (
            "Long experience of how the business runs",
            "Wide network across the industry",
            "Knows how decisions get made here",
            "Has led teams through change",
        ),
        "weaknesses": (
            "Rarely uses social media",
            "Relies on the team for data and dashboards",
            "Out of touch with what new joiners expect",
            "Unsure how to make meetings more inclusive",
        ),
        "opportunities": (
            "Understand what younger customers expect",
            "Save time with AI tools",
            "Hear the ground-level truth about our processes",
            "Make hiring more inclusive",
        ),
        "threats": (
            "Diary packed with meetings",
            "Travel makes a regular slot hard",
            "Tempted to talk rather than listen",
            "Doubts a junior colleague can teach much, and wants to be proven wrong",
        ),
    },
}
PREFERENCE_NOTES = {
    PreferenceKind.WOULD_LIKE: ("Met at the town hall and keen to work together",
                                "Heard good things from last year's cohort",
                                "Asked for someone from a customer-facing team"),
    PreferenceKind.WOULD_RATHER_NOT: ("Worked closely on a past project; prefers someone new",
                                      "Sits in the same weekly meetings",
                                      "Asked for a partner from another site"),
}  # fmt: skip
WOULD_LIKE_SHARE = 0.7
PREFERENCE_SHARE = 0.06  # pairing preferences per enrolled person


# --- the data files ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Name:
    native: str
    roman: str  # ASCII, for the email address
    showcase: bool = False  # shows the culture's own letters (kana, ư, ễ) where not all names do


@dataclass(frozen=True)
class _FamilyName:
    name: _Name
    feminine: _Name | None  # Kowalska, Παπαδοπούλου, Иванова …


@dataclass(frozen=True)
class _Culture:
    name: str
    weight: int
    family_first: bool  # the email reads family.given, as the name is said (wang.wei)
    female: tuple[_Name, ...]
    male: tuple[_Name, ...]
    family: tuple[_FamilyName, ...]


@dataclass(frozen=True)
class _CatalogueSkill:
    name: str
    category: SkillCategory
    side: str  # "junior", "senior" or "either": who typically brings it to a pair
    departments: tuple[str, ...]


def _load_json(name: str) -> dict[str, Any]:
    return json.loads(resource("demo", name).read_text(encoding="utf-8"))


def _load_cultures() -> list[_Culture]:
    def name(entry: dict[str, Any]) -> _Name:
        return _Name(entry["native"], entry["roman"], entry.get("showcase", False))

    return [
        _Culture(
            name=c["culture"],
            weight=c["weight"],
            family_first=c["family_first"],
            female=tuple(map(name, c["female"])),
            male=tuple(map(name, c["male"])),
            family=tuple(
                _FamilyName(name(f), name(f["feminine"]) if "feminine" in f else None)
                for f in c["family"]
            ),
        )
        for c in _load_json("names.json")["cultures"]
    ]


def _load_catalogue() -> list[_CatalogueSkill]:
    return [
        _CatalogueSkill(
            s["name"], SkillCategory(s["category"]), s["side"], tuple(s.get("departments", ()))
        )
        for s in _load_json("skills.json")["skills"]
    ]


# --- one person while the organisation is built -------------------------------------------


@dataclass(eq=False, slots=True)
class _Draft:
    """A person of the demo organisation before it reaches the database."""

    rank: int
    department: str
    team: str = ""
    job_title: str = ""
    location: str = ""
    manager: _Draft | None = None
    reports: int = 0
    given_name: str = ""
    family_name: str = ""
    email: str = ""
    start_date: date | None = None
    birth_year: int | None = None
    is_external: bool = False
    external_org: str = ""
    share_permission_confirmed: bool = False
    archived: bool = False
    channels: list[str] = field(default_factory=list)
    hours_per_month: float | None = None
    diversity_perspectives: str = ""
    notes: str = ""
    swot: dict[str, str] = field(default_factory=dict)
    # (index into the skill catalogue, level 1–5)
    offers: list[tuple[int, int]] = field(default_factory=list)
    wants: list[tuple[int, int]] = field(default_factory=list)
    role: Role | None = None
    capacity: int = 1
    consent_date: date | None = None
    enrolled_on: date | None = None
    id: int | None = None  # once inserted

    @property
    def band(self) -> str:
        return "junior" if self.rank <= 3 else "middle" if self.rank <= 5 else "senior"


# --- the public entry point ---------------------------------------------------------------


def create_demo(
    db: Database, people: int = 120, seed: int | None = None, today: date | None = None
) -> DemoSummary:
    """Fill an empty database with a demo organisation of `people` and one running programme.

    The same seed gives the same data; no seed gives the default demo. The programme's
    partnerships and check-ins lead up to `today` (the real date by default).
    """
    if not MIN_PEOPLE <= people <= MAX_PEOPLE:
        raise RevMentorError(
            f"A demo needs between {MIN_PEOPLE} and {MAX_PEOPLE:,} people, not {people:,}."
        )
    rng = random.Random(DEFAULT_SEED if seed is None else seed)
    cultures, catalogue = _load_cultures(), _load_catalogue()

    # Everything is decided in Python first, so the database sees only a few bulk inserts.
    drafts = _build_hierarchy(rng, people)
    _choose_externals_and_leavers(rng, drafts)
    _name_people(rng, drafts, cultures)
    _date_people(rng, drafts)
    _describe_people(rng, drafts)
    _choose_skills(rng, drafts, catalogue)
    mentors, mentees = _enrol(rng, drafts)
    _write_swots(rng, mentors + mentees, catalogue)
    preferences = _pairing_preferences(rng, mentors, mentees)

    with db.session() as session, session.begin():
        _refuse_non_empty(session)
        level_ids = _level_ids(session)
        set_setting(session, ORGANISATION_NAME, ORGANISATION)
        set_setting(session, DEMO, True)
        set_setting(session, COORDINATOR_EMAIL, COORDINATOR)
        skill_ids = _ensure_skills(session, catalogue)
        _insert_people(session, drafts, level_ids)
        _insert_person_skills(session, drafts, skill_ids)
        programme = _ensure_programme(session)
        _insert_enrolments(session, programme, mentors + mentees)
        _insert_preferences(session, preferences)
        add_demo_partnerships(
            session,
            rng,
            programme,
            mentors,
            mentees,
            rather_not_pairs(preferences),
            [skill.name for skill in catalogue],
            skill_ids,
            today=today,
        )
    return DemoSummary(
        people=len(drafts),
        archived=sum(draft.archived for draft in drafts),
        programme=programme.name,
        reverse_mentors=len(mentors),
        mentees=len(mentees),
        skills=len(catalogue),
    )


# --- the hierarchy ------------------------------------------------------------------------


def _apportion(total: int, weights: list[float]) -> list[int]:
    """Split `total` in proportion to `weights` (largest remainder), summing exactly to it."""
    whole = sum(weights)
    shares = [total * w / whole for w in weights]
    counts = [int(s) for s in shares]
    by_remainder = sorted(range(len(weights)), key=lambda i: counts[i] - shares[i])
    for i in by_remainder[: total - sum(counts)]:
        counts[i] += 1
    return counts


def _level_counts(people: int) -> dict[int, int]:
    """How many people hold each rank: a pyramid under one CEO."""
    # Every director reports to the CEO (the only higher rank), so their number grows slowly,
    # yet there is one for each department a mid-sized organisation has.
    directors = max(round(0.85 * people**0.45), min(len(DEPARTMENTS), people // 12))
    shares = _apportion(people - 1 - directors, [*LEVEL_WEIGHTS.values()])
    counts = dict(zip(LEVEL_WEIGHTS, shares, strict=True))
    # A small organisation still needs someone to lead its teams.
    for rank in (TEAM_LEAD, MANAGER):
        if counts[rank] == 0:
            donor = max(range(1, TEAM_LEAD), key=lambda r: counts[r])
            counts[donor] -= 1
            counts[rank] = 1
    counts[DIRECTOR], counts[CEO] = directors, 1
    return counts


def _build_hierarchy(rng: random.Random, people: int) -> list[_Draft]:
    """Everyone with rank, department, team, manager, site and job title; managers come first."""
    counts = _level_counts(people)
    departments = DEPARTMENTS[: min(len(DEPARTMENTS), counts[DIRECTOR])]
    # A little jitter so departments are not exactly the same size in every demo.
    weights = [d.weight * rng.uniform(0.85, 1.15) for d in departments]
    by_name = {d.name: d for d in departments}

    ceo = _Draft(CEO, EXECUTIVE_OFFICE, job_title="Chief Executive Officer", location="London")
    drafts, pools, headed = [ceo], _ManagerPools(), set()
    for rank in range(DIRECTOR, 0, -1):
        if rank == DIRECTOR:
            # One head per department, the rest spread by size.
            per_department = [1 + n for n in _apportion(counts[rank] - len(departments), weights)]
        else:
            per_department = _apportion(counts[rank], weights)
        level = [
            _Draft(rank, department.name)
            for department, n in zip(departments, per_department, strict=True)
            for _ in range(n)
        ]
        rng.shuffle(level)
        for draft in level:
            draft.manager = ceo if rank == DIRECTOR else pools.take(rng, draft)
            draft.manager.reports += 1
            is_head = rank == DIRECTOR and draft.department not in headed
            headed.add(draft.department)
            _place(rng, draft, by_name[draft.department], is_head)
            if rank >= TEAM_LEAD:
                pools.add(rng, draft)
        drafts.extend(level)
    return drafts


class _ManagerPools:
    """Line managers per (department, rank), least loaded first, so teams come out even-ish."""

    def __init__(self) -> None:
        # Heaps of (load, serial, span, manager); span is how big a team this manager tends to run.
        self._heaps: dict[tuple[str, int], list[tuple[float, int, float, _Draft]]] = {}
        self._serial = 0

    def add(self, rng: random.Random, manager: _Draft) -> None:
        self._serial += 1
        heap = self._heaps.setdefault((manager.department, manager.rank), [])
        heapq.heappush(heap, (0.0, self._serial, rng.uniform(0.6, 1.4), manager))

    def take(self, rng: random.Random, draft: _Draft) -> _Draft:
        """The least-loaded suitable line manager in the person's department."""
        if draft.rank == MANAGER:
            ranks = [DIRECTOR]
        elif draft.rank == TEAM_LEAD:
            ranks = [MANAGER, DIRECTOR]
        else:
            # Most staff sit in a team lead's team; some report straight to a manager.
            ranks = [TEAM_LEAD, MANAGER] if rng.random() < 0.7 else [MANAGER, TEAM_LEAD]
            ranks.append(DIRECTOR)
        for rank in ranks:
            heap = self._heaps.get((draft.department, rank))
            if heap:
                _, serial, span, manager = heap[0]
                heapq.heapreplace(heap, ((manager.reports + 1) / span, serial, span, manager))
                return manager
        raise AssertionError("every department has a director")  # pragma: no cover


def _place(rng: random.Random, draft: _Draft, department: _Department, is_head: bool) -> None:
    """Team, job title and site, fitting the person's rank, department and manager."""
    manager = draft.manager
    assert manager is not None
    if manager.rank in (TEAM_LEAD, MANAGER):  # a team lead runs part of their manager's area
        draft.team = manager.team
    else:
        draft.team = rng.choice(department.teams)
    if draft.rank == DIRECTOR:
        draft.job_title = f"Director of {department.name}" if is_head else f"Director, {draft.team}"
    elif draft.rank == MANAGER:
        draft.job_title = f"Manager, {draft.team}"
    elif draft.rank == TEAM_LEAD:
        draft.job_title = f"Team Lead, {draft.team}"
    else:
        draft.job_title = TITLE_PREFIX[draft.rank] + rng.choice(department.specialisms)

    if manager.location != REMOTE and rng.random() < SAME_SITE_AS_MANAGER:
        draft.location = manager.location
    else:
        sites = [s for s in SITES if s != REMOTE or draft.rank != DIRECTOR]
        draft.location = rng.choices(sites, weights=[SITES[s] for s in sites])[0]


# --- who is external, who has left --------------------------------------------------------


def _choose_externals_and_leavers(rng: random.Random, drafts: list[_Draft]) -> None:
    """A few outside partners and a couple of people who left, none of whom leads anyone."""
    leaves = [d for d in drafts if d.reports == 0 and d.rank <= MANAGER]
    # Outside partners come for the programme, so they sit at the ranks it pairs.
    candidates = [d for d in leaves if d.rank in REVERSE_MENTOR_RANKS or d.rank in MENTEE_RANKS]
    wanted = max(1, round(EXTERNAL_SHARE * len(drafts)))
    externals = rng.sample(candidates, min(len(candidates), wanted))
    for n, draft in enumerate(externals):
        partners = (
            EXTERNAL_JUNIOR_PARTNERS
            if draft.rank in REVERSE_MENTOR_RANKS
            else EXTERNAL_SENIOR_PARTNERS
        )
        org, _, title = rng.choice(partners)
        draft.is_external, draft.external_org, draft.job_title = True, org, title
        # About a third still wait for permission to share; the first two show both cases.
        draft.share_permission_confirmed = n == 0 or (n > 1 and rng.random() > 0.35)
        draft.notes = (
            f"External partner from {org}; their line manager here is their host."
            if draft.share_permission_confirmed
            else f"External partner from {org}; permission to share not yet confirmed."
        )
    insiders = [d for d in leaves if not d.is_external]
    leavers = max(2, round(ARCHIVED_SHARE * len(drafts)))
    for draft in rng.sample(insiders, min(len(insiders), leavers)):
        draft.archived = True
        draft.notes = "Left the organisation."


# --- names and emails ---------------------------------------------------------------------


def _name_people(rng: random.Random, drafts: list[_Draft], cultures: list[_Culture]) -> None:
    """Names from many languages and scripts; emails from their romanised form, never repeated."""
    # Dealt like cards rather than drawn: one card for each culture (MIN_PEOPLE allows it),
    # the rest by weight, so even the smallest demo has every culture.
    each = 1 if len(drafts) >= len(cultures) else 0
    counts = _apportion(len(drafts) - each * len(cultures), [c.weight for c in cultures])
    deck = [culture for culture, n in zip(cultures, counts, strict=True) for _ in range(each + n)]
    rng.shuffle(deck)
    taken: dict[str, int] = {}
    shown: set[str] = set()
    for draft, culture in zip(drafts, deck, strict=True):
        female = rng.random() < 0.5
        given = rng.choice(culture.female if female else culture.male)
        if culture.name not in shown:
            # A culture's first person shows its letters: a Japanese name in kana, not only kanji.
            shown.add(culture.name)
            showcase = [(True, n) for n in culture.female if n.showcase]
            showcase += [(False, n) for n in culture.male if n.showcase]
            if showcase:
                female, given = rng.choice(showcase)
        family_name = rng.choice(culture.family)
        family = family_name.feminine if female and family_name.feminine else family_name.name
        draft.given_name, draft.family_name = given.native, family.native
        parts = (family.roman, given.roman) if culture.family_first else (given.roman, family.roman)
        domain = _external_domain(draft.external_org) if draft.is_external else EMAIL_DOMAIN
        draft.email = _unique_email(".".join(map(_email_part, parts)), domain, taken)


def _external_domain(org: str) -> str:
    partners = EXTERNAL_JUNIOR_PARTNERS + EXTERNAL_SENIOR_PARTNERS
    return next(domain for name, domain, _ in partners if name == org)


def _email_part(roman: str) -> str:
    return re.sub(r"[^a-z0-9-]", "", roman.lower()) or "x"


def _unique_email(local: str, domain: str, taken: dict[str, int]) -> str:
    # Romanised names never end in a digit, so wang.wei2 cannot clash with a real wang.wei2.
    address = f"{local}@{domain}"
    taken[address] = taken.get(address, 0) + 1
    return address if taken[address] == 1 else f"{local}{taken[address]}@{domain}"


# --- tenure, age and preferences ----------------------------------------------------------


def _date_people(rng: random.Random, drafts: list[_Draft]) -> None:
    """Start dates by seniority, and a birth year that fits them (ages 19–64)."""
    for draft in drafts:
        tenure = rng.uniform(*TENURE_YEARS[draft.rank])
        age = round(rng.uniform(*AGE_ON_JOINING[draft.rank]) + tenure)
        age = min(MAX_AGE, max(MIN_AGE, age))
        tenure = min(tenure, age - 16)  # nobody joined before sixteen
        draft.start_date = TODAY - timedelta(days=round(tenure * 365.25))
        if rng.random() < BIRTH_YEAR_SHARE:
            draft.birth_year = TODAY.year - age


def _describe_people(rng: random.Random, drafts: list[_Draft]) -> None:
    """Communication preferences, availability and the few diversity perspectives shared."""
    for draft in drafts:
        weights = CHANNEL_WEIGHTS[draft.band]
        how_many = rng.choice((1, 2, 2, 3))
        channels = _weighted_sample(rng, list(weights), list(weights.values()), how_many)
        draft.channels = [str(channel) for channel in channels]
        draft.hours_per_month = float(rng.randint(*HOURS_PER_MONTH[draft.band]))
        if rng.random() < DIVERSITY_SHARE[draft.band]:
            draft.diversity_perspectives = rng.choice(DIVERSITY_PERSPECTIVES)


def _weighted_sample(rng: random.Random, items: list, weights: list[float], k: int) -> list:
    """`k` distinct items, more likely the heavier ones, in the order drawn."""
    chosen: list = []
    cumulative = list(accumulate(weights))
    while len(chosen) < min(k, len(items)):
        item = rng.choices(items, cum_weights=cumulative)[0]
        if item not in chosen:
            chosen.append(item)
    return chosen


# --- skills -------------------------------------------------------------------------------


def _choose_skills(
    rng: random.Random, drafts: list[_Draft], catalogue: list[_CatalogueSkill]
) -> None:
    """2–5 offers and 2–4 wants each: juniors offer tools and culture and want the senior side."""
    # Cumulative weights per (department, side), built once: the loop below runs per person.
    indices = list(range(len(catalogue)))
    tables: dict[tuple[str, str], list[float]] = {}

    def table(department: str, side: str) -> list[float]:
        if (department, side) not in tables:
            weights = [_skill_weight(s, department, side) for s in catalogue]
            tables[(department, side)] = list(accumulate(weights))
        return tables[(department, side)]

    for draft in drafts:
        junior_offer = JUNIOR_SIDE_OFFER[draft.rank]
        taken: set[int] = set()  # never offer and want the same skill
        # Offers at a level worth teaching (3–5); wants at where the person stands today (1–3).
        for count, junior_share, levels, target in (
            (rng.randint(*OFFERS_PER_PERSON), junior_offer, (3, 5), draft.offers),
            (rng.randint(*WANTS_PER_PERSON), 1 - junior_offer, (1, 3), draft.wants),
        ):
            while len(target) < count:
                side = "junior" if rng.random() < junior_share else "senior"
                skill = rng.choices(indices, cum_weights=table(draft.department, side))[0]
                if skill not in taken:
                    taken.add(skill)
                    target.append((skill, rng.randint(*levels)))


def _skill_weight(skill: _CatalogueSkill, department: str, side: str) -> float:
    if skill.side == side:
        weight = 1.0
    elif skill.side == "either":
        weight = EITHER_SIDE_WEIGHT
    else:
        return 0.0
    return weight * (DEPARTMENT_AFFINITY if department in skill.departments else 1.0)


# --- the programme ------------------------------------------------------------------------


def _enrol(rng: random.Random, drafts: list[_Draft]) -> tuple[list[_Draft], list[_Draft]]:
    """About a quarter of everyone opts in: juniors as reverse mentors, seniors as mentees."""
    present = [d for d in drafts if not d.archived]
    juniors = [d for d in present if d.rank in REVERSE_MENTOR_RANKS]
    seniors = [d for d in present if d.rank in MENTEE_RANKS]
    total = round(ENROLLED_SHARE * len(drafts))

    n_mentees = max(1, min(round(MENTEE_SHARE * total), int(MAX_SENIORS_ENROLLED * len(seniors))))
    # The programme is sponsored from the top (as at GE, where it began), and outside partners
    # are here for the programme.
    sponsors = [d for d in seniors if d.rank == CEO or d.is_external]
    mentees = _pick(rng, seniors, n_mentees, must=sponsors)
    few_with_two = rng.sample(mentees, round(0.1 * len(mentees)) if len(mentees) >= 4 else 0)
    for draft in few_with_two:
        draft.capacity = 2
    # Roughly balanced: no more reverse mentors than the mentees can take.
    places = sum(d.capacity for d in mentees)
    n_mentors = max(1, min(total - len(mentees), places, len(juniors)))
    mentors = _pick(rng, juniors, n_mentors, must=[d for d in juniors if d.is_external])

    for role, group in ((Role.MENTEE, mentees), (Role.REVERSE_MENTOR, mentors)):
        for draft in group:
            draft.role = role
            draft.consent_date = PROGRAMME["start_date"] - timedelta(days=rng.randint(7, 60))
            draft.enrolled_on = min(TODAY, draft.consent_date + timedelta(days=rng.randint(0, 5)))
    return mentors, mentees


def _pick(rng: random.Random, people: list[_Draft], n: int, must: list[_Draft]) -> list[_Draft]:
    """`n` of `people` at random, starting with those who `must` take part."""
    chosen = must[:n]
    already = {id(d) for d in chosen}
    rest = [d for d in people if id(d) not in already]
    return chosen + rng.sample(rest, max(0, min(n - len(chosen), len(rest))))


def _write_swots(
    rng: random.Random, enrolled: list[_Draft], catalogue: list[_CatalogueSkill]
) -> None:
    """A short personal SWOT for each enrolled person, tied to what they offer and want."""
    for draft in enrolled:
        assert draft.role is not None
        phrases = SWOT_PHRASES[draft.role]
        draft.swot = {part: rng.choice(options) for part, options in phrases.items()}
        draft.swot["strengths"] += f"; can teach: {catalogue[draft.offers[0][0]].name}"
        draft.swot["opportunities"] += f"; wants to learn: {catalogue[draft.wants[0][0]].name}"


def _pairing_preferences(
    rng: random.Random, mentors: list[_Draft], mentees: list[_Draft]
) -> list[tuple[_Draft, _Draft, PreferenceKind, str]]:
    """A few 'would like to work with' and 'would rather not' notes HR took down."""
    wanted = max(3, round(PREFERENCE_SHARE * (len(mentors) + len(mentees))))
    preferences, seen = [], set()
    for _ in range(wanted * 3):  # a bounded number of tries: duplicates are skipped
        if len(preferences) == wanted:
            break
        mentor, mentee = rng.choice(mentors), rng.choice(mentees)
        person, other = (mentor, mentee) if rng.random() < 0.5 else (mentee, mentor)
        if (id(person), id(other)) in seen:
            continue
        seen.add((id(person), id(other)))
        # The first two show both kinds; after that mostly "would like".
        like = not preferences if len(preferences) < 2 else rng.random() < WOULD_LIKE_SHARE
        kind = PreferenceKind.WOULD_LIKE if like else PreferenceKind.WOULD_RATHER_NOT
        preferences.append((person, other, kind, rng.choice(PREFERENCE_NOTES[kind])))
    return preferences


# --- writing it all down ------------------------------------------------------------------


def _refuse_non_empty(session: Session) -> None:
    held = session.scalar(select(func.count()).select_from(Person)) or 0
    if held:
        raise RevMentorError(
            f"The database already holds {held:,} {plural(held, 'person', 'people')}; the "
            "demo goes into an empty database — choose a new file with --db."
        )


def _level_ids(session: Session) -> dict[int, int]:
    """Database ids of the ladder's rungs by position (1 = most junior)."""
    levels = ensure_levels(session)
    if len(levels) != LADDER_SIZE:
        raise RevMentorError(
            f"The demo needs an {LADDER_SIZE}-level seniority ladder but this database has "
            f"{len(levels)} levels — choose a new file with --db."
        )
    return {position: level.id for position, level in enumerate(levels, 1)}


def _ensure_skills(session: Session, catalogue: list[_CatalogueSkill]) -> list[int]:
    """Database ids of the catalogue's skills, reusing any the database already has."""
    known = {name.lower(): id_ for id_, name in session.execute(select(Skill.id, Skill.name))}
    new = [
        Skill(name=s.name, category=s.category) for s in catalogue if s.name.lower() not in known
    ]
    session.add_all(new)
    session.flush()
    known.update((skill.name.lower(), skill.id) for skill in new)
    return [known[s.name.lower()] for s in catalogue]


def _insert_people(session: Session, drafts: list[_Draft], level_ids: dict[int, int]) -> None:
    """Insert rank by rank, most senior first, so each line manager exists before the team.

    Plain executemany inserts, then one query per rank for the new ids (by email, which is
    unique): SQLite cannot bulk-insert with RETURNING in a guaranteed order, and letting the
    database number the rows keeps PostgreSQL's sequences right.
    """
    now = datetime.now(UTC)
    by_rank: dict[int, list[_Draft]] = defaultdict(list)
    for draft in drafts:
        by_rank[draft.rank].append(draft)
    for rank in sorted(by_rank, reverse=True):
        group = by_rank[rank]
        session.execute(insert(Person.__table__), [_person_row(d, level_ids, now) for d in group])
        query = select(Person.email, Person.id).where(Person.level_id == level_ids[rank])
        ids = {email: id_ for email, id_ in session.execute(query)}
        for draft in group:
            draft.id = ids[draft.email]


def _person_row(draft: _Draft, level_ids: dict[int, int], now: datetime) -> dict[str, Any]:
    return {
        "given_name": draft.given_name,
        "family_name": draft.family_name,
        "email": draft.email,
        "department": draft.department,
        "job_title": draft.job_title,
        "level_id": level_ids[draft.rank],
        "start_date": draft.start_date,
        "location": draft.location,
        "manager_id": draft.manager.id if draft.manager else None,
        "is_external": draft.is_external,
        "external_org": draft.external_org,
        "share_permission_confirmed": draft.share_permission_confirmed,
        "channels": draft.channels,
        "hours_per_month": draft.hours_per_month,
        "swot_strengths": draft.swot.get("strengths", ""),
        "swot_weaknesses": draft.swot.get("weaknesses", ""),
        "swot_opportunities": draft.swot.get("opportunities", ""),
        "swot_threats": draft.swot.get("threats", ""),
        "notes": draft.notes,
        "consent_date": draft.consent_date,
        "archived": draft.archived,
        "birth_year": draft.birth_year,
        "diversity_perspectives": draft.diversity_perspectives,
        "created_at": now,
        "updated_at": now,
    }


def _insert_person_skills(session: Session, drafts: list[_Draft], skill_ids: list[int]) -> None:
    rows = [
        {"person_id": d.id, "skill_id": skill_ids[skill], "interest": interest, "level": level}
        for d in drafts
        for interest, chosen in ((SkillInterest.OFFERS, d.offers), (SkillInterest.WANTS, d.wants))
        for skill, level in chosen
    ]
    session.execute(insert(PersonSkill.__table__), rows)


def _ensure_programme(session: Session) -> Programme:
    programme = session.scalar(select(Programme).where(Programme.name == PROGRAMME["name"]))
    if programme is None:
        programme = Programme(**PROGRAMME)
        session.add(programme)
        session.flush()
    return programme


def _insert_enrolments(session: Session, programme: Programme, enrolled: list[_Draft]) -> None:
    rows = [
        {"programme_id": programme.id, "person_id": d.id, "role": d.role,
         "capacity": d.capacity, "status": EnrolmentStatus.ACTIVE, "enrolled_on": d.enrolled_on}
        for d in enrolled
    ]  # fmt: skip
    session.execute(insert(Enrolment.__table__), rows)


def _insert_preferences(
    session: Session, preferences: list[tuple[_Draft, _Draft, PreferenceKind, str]]
) -> None:
    if preferences:
        rows = [
            {"person_id": person.id, "other_id": other.id, "kind": kind, "note": note}
            for person, other, kind, note in preferences
        ]
        session.execute(insert(PairingPreference.__table__), rows)
