"""The demo generator builds a believable, reproducible organisation and mentoring cohort."""

import json
from collections import Counter
from datetime import date

import pytest
from sqlalchemy import func, select

from revmentor_desktop.core.db import open_database
from revmentor_desktop.core.db.models import (
    Channel,
    Enrolment,
    PairingPreference,
    Person,
    PersonSkill,
    PreferenceKind,
    Programme,
    ProgrammeStatus,
    Role,
    SeniorityLevel,
    Skill,
    SkillCategory,
    SkillInterest,
)
from revmentor_desktop.core.demo.organisation import DemoSummary, create_demo
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.services.organisation import (
    COORDINATOR_EMAIL,
    ORGANISATION_NAME,
    get_setting,
    is_demo,
)
from revmentor_desktop.paths import resource

# What juniors typically bring to a reverse-mentoring pair, and what seniors bring.
pytestmark = pytest.mark.both_engines

JUNIOR_SIDE = {
    SkillCategory.TECHNOLOGY,
    SkillCategory.SOCIAL_MEDIA,
    SkillCategory.DIVERSITY_INCLUSION,
}
SENIOR_SIDE = {
    SkillCategory.LEADERSHIP,
    SkillCategory.ORGANISATIONAL_KNOWLEDGE,
    SkillCategory.COMMUNICATION,
}


@pytest.fixture
def db(tmp_path, monkeypatch):
    monkeypatch.setenv("REVMENTOR_DATA_DIR", str(tmp_path / "data"))
    database = open_database("sqlite:///" + str(tmp_path / "t.sqlite"))
    yield database
    database.close()


@pytest.fixture
def other_db(tmp_path, db):
    database = open_database("sqlite:///" + str(tmp_path / "other.sqlite"))
    yield database
    database.close()


def people(db) -> list[dict]:
    """Everyone as plain dicts, with their level's rank."""
    query = select(Person, SeniorityLevel.rank).join(
        SeniorityLevel, Person.level_id == SeniorityLevel.id
    )
    with db.session() as session:
        return [
            {**{c.key: getattr(p, c.key) for c in Person.__table__.columns}, "rank": rank}
            for p, rank in session.execute(query)
        ]


def enrolments(db) -> list[tuple[Enrolment, dict]]:
    by_id = {p["id"]: p for p in people(db)}
    with db.session() as session:
        return [(e, by_id[e.person_id]) for e in session.scalars(select(Enrolment))]


def assert_sound_hierarchy(everyone: list[dict]) -> None:
    """One CEO at the top; everyone else reports to someone strictly more senior; no loops."""
    by_id = {p["id"]: p for p in everyone}
    tops = [p for p in everyone if p["manager_id"] is None]
    assert (
        len(tops) == 1
        and tops[0]["rank"] == 8
        and tops[0]["job_title"] == "Chief Executive Officer"
    )
    for person in everyone:
        if person["manager_id"] is not None:
            assert by_id[person["manager_id"]]["rank"] > person["rank"], person["email"]
    for person in everyone:
        seen, current = set(), person
        while current["manager_id"] is not None:
            assert current["id"] not in seen, f"manager cycle through {person['email']}"
            seen.add(current["id"])
            current = by_id[current["manager_id"]]
        assert current is tops[0]


def assert_unique_ascii_emails(everyone: list[dict]) -> None:
    emails = [p["email"] for p in everyone]
    assert all(e.isascii() and e.count("@") == 1 and e == e.strip() for e in emails)
    assert len({e.lower() for e in emails}) == len(emails)


def fingerprint(db) -> list[tuple]:
    everyone = people(db)
    email = {p["id"]: p["email"] for p in everyone}
    return sorted(
        (p["given_name"], p["family_name"], p["email"], p["rank"], email.get(p["manager_id"]))
        for p in everyone
    )


def test_default_demo_fills_an_empty_database(db):
    summary = create_demo(db)

    assert summary == DemoSummary(
        people=120,
        archived=2,
        programme="Reverse Mentoring 2026/27",
        reverse_mentors=summary.reverse_mentors,
        mentees=summary.mentees,
        skills=summary.skills,
    )
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 120
        current = select(func.count()).select_from(Person).where(Person.archived.is_(False))
        assert session.scalar(current) == summary.current == 118
        assert session.scalar(select(func.count()).select_from(Skill)) == summary.skills >= 30
        assert get_setting(session, ORGANISATION_NAME) == "Northwind Logistics"
        assert is_demo(session)  # the window marks it as the demo
        # Invitations and messages come from the programme team's mailbox.
        assert get_setting(session, COORDINATOR_EMAIL) == "mentoring@northwind.example"
        levels = session.scalars(select(SeniorityLevel).order_by(SeniorityLevel.rank)).all()
        assert len(levels) == 8
        assert (levels[0].label, levels[-1].label) == ("Apprentice", "Executive")
        programme = session.scalars(select(Programme)).one()
        assert (programme.name, programme.status) == (summary.programme, ProgrammeStatus.RUNNING)
        assert (programme.start_date, programme.end_date) == (date(2026, 10, 1), date(2027, 6, 30))
        assert (
            programme.meeting_interval_days,
            programme.checkin_interval_days,
            programme.stalled_after_days,
        ) == (14, 30, 21)
    roles = Counter(e.role for e, _ in enrolments(db))
    assert roles == {Role.REVERSE_MENTOR: summary.reverse_mentors, Role.MENTEE: summary.mentees}
    # Counted as the People list counts: the people who have left are hidden there at first.
    assert summary.people_text() == "118 people (and 2 who have left)"


def test_everyone_but_the_ceo_reports_to_someone_more_senior(db):
    create_demo(db)
    everyone = people(db)

    assert_sound_hierarchy(everyone)
    # Mostly within one department (directors report to the CEO in the Executive Office).
    by_id = {p["id"]: p for p in everyone}
    staff = [p for p in everyone if p["rank"] < 7]
    same = sum(by_id[p["manager_id"]]["department"] == p["department"] for p in staff)
    assert same / len(staff) > 0.9
    # Staff sit in teams: a team lead or a manager is their line manager, not a director.
    team_members = [p for p in everyone if p["rank"] <= 4]
    in_teams = sum(by_id[p["manager_id"]]["rank"] in (5, 6) for p in team_members)
    assert in_teams / len(team_members) > 0.9


def test_the_organisation_is_a_pyramid_with_departments_and_sites(db):
    create_demo(db)
    everyone = people(db)

    ranks = Counter(p["rank"] for p in everyone)
    assert ranks[8] == 1
    assert ranks[1] + ranks[2] + ranks[3] > ranks[6] + ranks[7] + ranks[8]
    assert ranks[2] > ranks[5] > ranks[7]
    departments = {p["department"] for p in everyone}
    assert {"Engineering", "Data & Analytics", "Marketing", "People & Culture"} <= departments
    assert 8 <= len(departments - {"Executive Office"}) <= 10
    assert "Remote" in {p["location"] for p in everyone}
    assert 4 <= len({p["location"] for p in everyone}) <= 5
    assert all(p["job_title"] for p in everyone)


def test_emails_are_ascii_and_unique_ignoring_case(db):
    create_demo(db)
    everyone = people(db)

    assert_unique_ascii_emails(everyone)
    insiders = [p["email"] for p in everyone if not p["is_external"]]
    assert all(e.endswith("@northwind.example") for e in insiders)


def test_seniors_have_longer_tenure_and_plausible_ages(db):
    create_demo(db)
    everyone = people(db)

    assert all(p["start_date"] < date(2026, 11, 1) for p in everyone)
    aged = [p for p in everyone if p["birth_year"] is not None]
    assert len(aged) > 0.75 * len(everyone)
    assert all(19 <= 2026 - p["birth_year"] <= 64 for p in aged)
    for p in aged:  # nobody started work as a child
        assert p["start_date"].year - p["birth_year"] >= 15, p["email"]

    def mean_tenure_days(group):
        return sum((date(2026, 11, 1) - p["start_date"]).days for p in group) / len(group)

    juniors = [p for p in everyone if p["rank"] <= 2]
    seniors = [p for p in everyone if p["rank"] >= 6]
    assert mean_tenure_days(seniors) > 2 * mean_tenure_days(juniors)


def test_preferences_externals_and_leavers(db):
    create_demo(db)
    everyone = people(db)

    for p in everyone:
        assert 1 <= len(p["channels"]) <= 3 and len(set(p["channels"])) == len(p["channels"])
        assert set(p["channels"]) <= {c.value for c in Channel}
        assert 2 <= p["hours_per_month"] <= 8
    externals = [p for p in everyone if p["is_external"]]
    assert 1 <= len(externals) <= 0.06 * len(everyone)
    assert all(p["external_org"] for p in externals)
    assert {p["share_permission_confirmed"] for p in externals} == {True, False}
    assert sum(p["archived"] for p in everyone) >= 2
    assert 0 < sum(bool(p["diversity_perspectives"]) for p in everyone) < 0.2 * len(everyone)


def test_juniors_offer_new_skills_and_seniors_offer_experience(db):
    create_demo(db)
    rank = {p["id"]: p["rank"] for p in people(db)}
    with db.session() as session:
        rows = session.execute(
            select(
                PersonSkill.person_id, PersonSkill.interest, PersonSkill.level, Skill.category
            ).join(Skill)
        ).all()

    counts = Counter((person_id, interest) for person_id, interest, _, _ in rows)
    for person_id in rank:
        assert 2 <= counts[(person_id, SkillInterest.OFFERS)] <= 5
        assert 2 <= counts[(person_id, SkillInterest.WANTS)] <= 4
    assert all(1 <= level <= 5 for _, _, level, _ in rows)

    def share(ranks, interest, side):
        chosen = [c for p, i, _, c in rows if rank[p] in ranks and i == interest]
        return sum(c in side for c in chosen) / len(chosen)

    assert share({1, 2, 3}, SkillInterest.OFFERS, JUNIOR_SIDE) > 0.6
    assert share({1, 2, 3}, SkillInterest.WANTS, SENIOR_SIDE) > 0.6
    assert share({6, 7, 8}, SkillInterest.OFFERS, SENIOR_SIDE) > 0.6
    assert share({6, 7, 8}, SkillInterest.WANTS, JUNIOR_SIDE) > 0.6


def test_enrolment_pairs_juniors_with_seniors_who_consented(db):
    summary = create_demo(db)
    enrolled = enrolments(db)

    assert 0.2 * 120 <= len(enrolled) <= 0.3 * 120
    for enrolment, person in enrolled:
        expected_ranks = {1, 2, 3} if enrolment.role is Role.REVERSE_MENTOR else {6, 7, 8}
        assert person["rank"] in expected_ranks, person["email"]
        assert person["consent_date"] is not None and not person["archived"]
        assert all(
            person[f"swot_{part}"]
            for part in ("strengths", "weaknesses", "opportunities", "threats")
        )
        assert enrolment.capacity in (1, 2)
    mentee_places = sum(e.capacity for e, _ in enrolled if e.role is Role.MENTEE)
    assert summary.mentees <= summary.reverse_mentors <= mentee_places
    assert any(e.capacity == 2 for e, _ in enrolled)
    enrolled_ids = {p["id"] for _, p in enrolled}
    not_enrolled = [p for p in people(db) if p["id"] not in enrolled_ids]
    assert not any(p["consent_date"] or p["swot_strengths"] for p in not_enrolled)


def test_pairing_preferences_are_between_enrolled_people(db):
    create_demo(db)
    enrolled_ids = {p["id"] for _, p in enrolments(db)}
    with db.session() as session:
        preferences = session.scalars(select(PairingPreference)).all()

    assert len(preferences) >= 3
    assert {p.kind for p in preferences} == set(PreferenceKind)
    for preference in preferences:
        assert {preference.person_id, preference.other_id} <= enrolled_ids
        assert preference.person_id != preference.other_id


def test_same_seed_same_demo_and_another_seed_another(db, other_db, tmp_path):
    create_demo(db, 60, seed=7)
    create_demo(other_db, 60, seed=7)
    assert fingerprint(db) == fingerprint(other_db)

    third = open_database("sqlite:///" + str(tmp_path / "third.sqlite"))
    try:
        create_demo(third, 60, seed=8)
        assert fingerprint(third) != fingerprint(db)
    finally:
        third.close()


def test_no_seed_gives_the_default_demo_every_time(db, other_db):
    create_demo(db, 40)
    create_demo(other_db, 40)
    assert fingerprint(db) == fingerprint(other_db)


def test_refuses_a_database_that_already_holds_people(db):
    create_demo(db, 20)

    with pytest.raises(
        RevMentorError, match="already holds 20 people.*choose a new file with --db"
    ):
        create_demo(db, 20)
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 20


@pytest.mark.parametrize("size", [0, 19, 100_001])
def test_refuses_a_size_out_of_range(db, size):
    with pytest.raises(RevMentorError, match="between 20 and 100,000 people"):
        create_demo(db, size)
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 0


def test_the_smallest_demo_is_still_complete(db):
    summary = create_demo(db, 20)
    everyone = people(db)

    assert len(everyone) == 20
    assert_sound_hierarchy(everyone)
    assert_unique_ascii_emails(everyone)
    assert summary.reverse_mentors >= 1 and summary.mentees >= 1


def test_ten_thousand_people(db):
    summary = create_demo(db, 10_000)
    everyone = people(db)

    assert summary.people == len(everyone) == 10_000
    assert_sound_hierarchy(everyone)
    assert_unique_ascii_emails(everyone)
    enrolled = enrolments(db)
    assert len(enrolled) == summary.reverse_mentors + summary.mentees > 1_500
    for enrolment, person in enrolled:
        expected_ranks = {1, 2, 3} if enrolment.role is Role.REVERSE_MENTOR else {6, 7, 8}
        assert person["rank"] in expected_ranks
        assert person["consent_date"] is not None and not person["archived"]


def test_the_data_files_are_well_formed():
    catalogue = json.loads(resource("demo", "skills.json").read_text(encoding="utf-8"))["skills"]
    assert len({s["name"].lower() for s in catalogue}) == len(catalogue)
    assert {SkillCategory(s["category"]) for s in catalogue} == set(SkillCategory)
    assert {s["side"] for s in catalogue} == {"junior", "senior", "either"}

    cultures = json.loads(resource("demo", "names.json").read_text(encoding="utf-8"))["cultures"]
    for culture in cultures:
        entries = culture["female"] + culture["male"] + culture["family"]
        entries += [f["feminine"] for f in culture["family"] if "feminine" in f]
        for entry in entries:
            assert entry["native"] and entry["roman"].isascii(), entry
            assert entry["roman"] == entry["roman"].lower(), entry
