"""Creating, editing, checking and archiving one person's record, without Qt."""

from dataclasses import replace
from datetime import date

import pytest
from factories import ids_by_email
from sqlalchemy import func, select

from revmentor_desktop.core.db.models import (
    Channel,
    PairingPreference,
    Person,
    PersonSkill,
    PreferenceKind,
    Skill,
    SkillCategory,
)
from revmentor_desktop.core.errors import RevMentorError, ValidationError
from revmentor_desktop.core.services.people.directory import list_people
from revmentor_desktop.core.services.people.records import (
    PersonData,
    load_person,
    manager_candidates,
    other_people,
    save_person,
    set_archived,
    suggestions,
    validate_person,
)
from revmentor_desktop.core.text import isolate

pytestmark = pytest.mark.both_engines

TODAY = date(2026, 9, 30)


def count(db, model):
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def minimal(**changes) -> PersonData:
    return replace(
        PersonData(given_name="Ana", family_name="Lee", email="ana.lee@x.org"), **changes
    )


@pytest.fixture
def chain(db, small_org):
    """Cy manages Bo, who manages Ana; their ids by first name."""
    cy = save_person(db, minimal(given_name="Cy", email="cy@x.org"))
    bo = save_person(db, minimal(given_name="Bo", email="bo@x.org", manager_id=cy))
    ana = save_person(db, minimal(manager_id=bo))
    return {"cy": cy, "bo": bo, "ana": ana}


def full_record(people: dict[str, int]) -> PersonData:
    return PersonData(
        given_name=" Mia ",
        family_name="Okafor",
        email="Mia.Okafor@x.org",
        department="Marketing",
        job_title="Content designer",
        level_rank=2,
        start_date=date(2024, 3, 1),
        location="London",
        manager_id=people["zoe.adams@x.org"],
        is_external=True,
        external_org="Partner Ltd",
        share_permission_confirmed=True,
        channels=[Channel.MESSAGING.value, Channel.VIDEO.value],
        hours_per_month=4.5,
        offers=[("tiktok", 4), ("Figma prototyping", 5)],  # one existing (other case), one new
        wants=[("Budgeting", 2), ("TikTok", 1)],  # offered and wanted: fine
        new_skill_categories={"figma prototyping": SkillCategory.TECHNOLOGY},
        swot_strengths="Short video",
        swot_weaknesses="Public speaking",
        swot_opportunities="Leadership exposure",
        swot_threats="Busy season",
        notes="Met at the kick-off",
        consent_date=date(2026, 9, 1),
        birth_year=1999,
        diversity_perspectives="First in family at university",
        preferences=[
            (people["zoe.adams@x.org"], PreferenceKind.WOULD_LIKE, "Both love video"),
            (people["jose.muller@x.org"], PreferenceKind.WOULD_RATHER_NOT, ""),
        ],
    )


def test_every_field_survives_a_save_and_load(db, small_org):
    people = ids_by_email(db)
    skills_before = count(db, Skill)
    record = full_record(people)
    person_id = save_person(db, record, today=TODAY)
    loaded = load_person(db, person_id)
    expected = replace(
        record,
        given_name="Mia",
        # existing skills keep their stored spelling; loaded lists are in name order
        offers=[("Figma prototyping", 5), ("TikTok", 4)],
        wants=[("Budgeting", 2), ("TikTok", 1)],
        new_skill_categories={},
        version=1,
    )
    assert loaded == expected
    assert count(db, Skill) == skills_before + 1  # only Figma prototyping is new
    with db.session() as session:
        figma = session.scalar(select(Skill).where(Skill.name == "Figma prototyping"))
        assert figma.category is SkillCategory.TECHNOLOGY


def test_new_skill_without_a_chosen_category_is_other(db, small_org):
    person_id = save_person(db, minimal(wants=[("Mastodon", 3)]))
    assert load_person(db, person_id).wants == [("Mastodon", 3)]
    with db.session() as session:
        assert session.scalar(select(Skill.category).where(Skill.name == "Mastodon")) == (
            SkillCategory.OTHER
        )


def test_editing_replaces_skills_and_preferences(db, small_org):
    people = ids_by_email(db)
    person_id = save_person(db, full_record(people), today=TODAY)
    changed = replace(
        load_person(db, person_id),
        job_title="Lead content designer",
        offers=[("Canva", 3)],
        wants=[],
        preferences=[(people["dana.fox@x.org"], PreferenceKind.WOULD_LIKE, "same team")],
    )
    assert save_person(db, changed, person_id, today=TODAY) == person_id
    loaded = load_person(db, person_id)
    assert loaded.job_title == "Lead content designer"
    assert (loaded.offers, loaded.wants) == ([("Canva", 3)], [])
    assert loaded.preferences == [
        (people["dana.fox@x.org"], PreferenceKind.WOULD_LIKE, "same team")
    ]
    assert count(db, PairingPreference) == 1
    assert count(db, Person) == 7


def test_an_internal_person_keeps_no_outside_organisation(db, small_org):
    person_id = save_person(
        db, minimal(is_external=False, external_org="Old Co", share_permission_confirmed=True)
    )
    loaded = load_person(db, person_id)
    assert (loaded.external_org, loaded.share_permission_confirmed) == ("", False)


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"given_name": "  "}, "given_name", "Enter the person's given name"),
        ({"email": ""}, "email", "Enter the person's email address"),
        ({"email": "ana at x.org"}, "email", "“ana at x.org” is not an email address"),
        ({"email": "ana@localhost"}, "email", "is not an email address"),
        ({"email": "DANA.FOX@X.ORG"}, "email", "DANA.FOX@X.ORG already belongs to Dana Fox"),
        ({"email": "bob@x.org"}, "email", "bob@x.org already belongs to Bob Archived (archived)"),
        ({"given_name": "A" * 121}, "given_name", "at most 120 characters"),
        ({"level_rank": 99}, "level_rank", "Choose one of the organisation's levels"),
        ({"hours_per_month": -1.0}, "hours_per_month", "Hours per month can't be negative"),
        ({"hours_per_month": 800.0}, "hours_per_month", "A month has at most 744 hours"),
        ({"birth_year": 1899}, "birth_year", "Birth year must be between 1900 and 2026"),
        ({"birth_year": 2027}, "birth_year", "Birth year must be between 1900 and 2026"),
        ({"is_external": True}, "external_org", "Enter the external partner's organisation"),
        ({"is_external": True, "external_org": " "}, "external_org", "organisation"),
        ({"consent_date": date(2026, 10, 1)}, "consent_date", "can't be in the future"),
        ({"offers": [("Canva", 0)]}, "offers", "The level of Canva must be from 1"),
        ({"wants": [("Canva", 6)]}, "wants", "The level of Canva must be from 1"),
        ({"offers": [("Canva", 3), ("canva ", 2)]}, "offers", "canva is listed twice"),
        ({"wants": [(" ", 3)]}, "wants", "has no name"),
        ({"channels": ["carrier pigeon"]}, "channels", "carrier pigeon"),
    ],
)
def test_each_rule_names_the_field_with_a_specific_message(db, small_org, changes, field, message):
    problems = validate_person(db, minimal(**changes), today=TODAY)
    assert list(problems) == [field]
    assert message in problems[field]


def test_a_valid_record_has_no_problems_and_boundaries_are_allowed(db, small_org):
    record = minimal(
        birth_year=2026,
        consent_date=TODAY,
        hours_per_month=0.0,
        offers=[("Canva", 1)],
        wants=[("Canva", 5)],  # the same skill offered and wanted is fine
        is_external=True,
        external_org="Partner Ltd",
    )
    assert validate_person(db, record, today=TODAY) == {}
    assert validate_person(db, minimal(birth_year=1900), today=TODAY) == {}


def test_own_email_is_not_a_duplicate_when_editing(db, small_org):
    dana = ids_by_email(db)["dana.fox@x.org"]
    record = replace(load_person(db, dana), email="Dana.Fox@x.org")
    assert validate_person(db, record, dana) == {}
    save_person(db, record, dana)
    assert load_person(db, dana).email == "Dana.Fox@x.org"


def test_invalid_record_raises_with_every_message_and_writes_nothing(db, small_org):
    before = (count(db, Person), count(db, Skill), count(db, PersonSkill))
    record = minimal(given_name="", email="dana.fox@x.org", offers=[("Brand new skill", 9)])
    with pytest.raises(ValidationError) as raised:
        save_person(db, record)
    assert set(raised.value.errors) == {"given_name", "email", "offers"}
    assert "Enter the person's given name" in str(raised.value)
    assert isinstance(raised.value, RevMentorError)
    assert (count(db, Person), count(db, Skill), count(db, PersonSkill)) == before


def test_manager_cannot_be_the_person_or_someone_reporting_to_them(db, chain):
    cy = load_person(db, chain["cy"])
    problems = validate_person(db, replace(cy, manager_id=chain["cy"]), chain["cy"])
    assert problems == {"manager_id": "A person can't be their own line manager"}
    problems = validate_person(db, replace(cy, manager_id=chain["bo"]), chain["cy"])
    assert problems["manager_id"] == (
        "Bo Lee reports to this person: choosing Bo Lee as line manager would make a loop"
    )
    problems = validate_person(db, replace(cy, manager_id=chain["ana"]), chain["cy"])
    assert problems["manager_id"] == (
        "Ana Lee reports (through Bo Lee) to this person: "
        "choosing Ana Lee as line manager would make a loop"
    )
    # Bo may not report to Ana (she reports to him), but may report to nobody at all.
    bo = load_person(db, chain["bo"])
    assert (
        "loop"
        in validate_person(db, replace(bo, manager_id=chain["ana"]), chain["bo"])["manager_id"]
    )
    assert validate_person(db, replace(bo, manager_id=None), chain["bo"]) == {}


def test_manager_must_still_exist(db, small_org):
    problems = validate_person(db, minimal(manager_id=9999))
    assert problems == {"manager_id": "The chosen line manager is no longer in the database"}


def test_manager_candidates_leave_out_the_person_their_reports_and_archived_people(db, chain):
    people = ids_by_email(db)
    offered = {choice.id for choice in manager_candidates(db, chain["cy"])}
    assert chain["cy"] not in offered
    assert chain["bo"] not in offered and chain["ana"] not in offered  # direct and indirect
    assert people["dana.fox@x.org"] in offered
    assert people["bob@x.org"] not in offered  # archived
    # Ana may choose anyone but herself, including her managers.
    offered_to_ana = {choice.id for choice in manager_candidates(db, chain["ana"])}
    assert {chain["bo"], chain["cy"]} <= offered_to_ana and chain["ana"] not in offered_to_ana
    # A new person has nobody below them.
    assert len(manager_candidates(db, None)) == 8  # everyone but archived Bob


def test_manager_candidates_keep_an_archived_current_manager(db, small_org):
    bob = ids_by_email(db)["bob@x.org"]
    person_id = save_person(db, minimal(manager_id=bob))
    choices = {choice.id: choice for choice in manager_candidates(db, person_id)}
    assert choices[bob].name == "Bob Archived (archived)"
    assert choices[bob].email == "bob@x.org"


def test_manager_candidates_are_sorted_by_name_ignoring_accents(db, small_org):
    names = [choice.name for choice in manager_candidates(db, None)]
    assert names[:3] == ["Dana Fox", "José Müller", "Zoë Adams"]


def test_pairing_preferences_rules(db, small_org):
    people = ids_by_email(db)
    dana, zoe = people["dana.fox@x.org"], people["zoe.adams@x.org"]
    record = load_person(db, dana)
    myself = replace(record, preferences=[(dana, PreferenceKind.WOULD_LIKE, "")])
    assert validate_person(db, myself, dana) == {
        "preferences": "A person can't have a pairing preference about themselves"
    }
    twice = replace(
        record,
        preferences=[
            (zoe, PreferenceKind.WOULD_LIKE, ""),
            (zoe, PreferenceKind.WOULD_RATHER_NOT, ""),
        ],
    )
    assert validate_person(db, twice, dana)["preferences"] == (
        f"{isolate('Zoë Adams')} is listed twice in the pairing preferences"
    )
    gone = replace(record, preferences=[(9999, PreferenceKind.WOULD_LIKE, "")])
    assert "no longer in the database" in validate_person(db, gone, dana)["preferences"]


def test_other_people_for_preferences(db, small_org):
    people = ids_by_email(db)
    dana = people["dana.fox@x.org"]
    others = {choice.id for choice in other_people(db, dana)}
    assert dana not in others and people["bob@x.org"] not in others
    record = replace(
        load_person(db, dana), preferences=[(people["bob@x.org"], PreferenceKind.WOULD_LIKE, "")]
    )
    save_person(db, record, dana)
    assert people["bob@x.org"] in {choice.id for choice in other_people(db, dana)}


def test_archive_and_restore(db, small_org):
    dana = ids_by_email(db)["dana.fox@x.org"]
    set_archived(db, dana, True)
    assert load_person(db, dana).archived
    assert dana not in {row.id for row in list_people(db)}
    archived_rows = {row.id: row for row in list_people(db, include_archived=True)}
    assert archived_rows[dana].archived
    set_archived(db, dana, False)
    assert dana in {row.id for row in list_people(db)}
    assert not load_person(db, dana).archived


def test_archiving_several_people_is_all_or_nothing(db, small_org):
    people = ids_by_email(db)
    dana, zoe = people["dana.fox@x.org"], people["zoe.adams@x.org"]
    with pytest.raises(RevMentorError):
        set_archived(db, [dana, 9999, zoe], True)
    assert not load_person(db, dana).archived and not load_person(db, zoe).archived
    set_archived(db, [dana, zoe], True)
    assert load_person(db, dana).archived and load_person(db, zoe).archived


def test_save_never_changes_the_archived_flag(db, small_org):
    dana = ids_by_email(db)["dana.fox@x.org"]
    save_person(db, replace(load_person(db, dana), archived=True), dana)
    assert not load_person(db, dana).archived


def test_missing_person_is_a_clear_error(db, small_org):
    with pytest.raises(RevMentorError, match="no longer in the database"):
        load_person(db, 9999)
    with pytest.raises(RevMentorError, match="no longer in the database"):
        set_archived(db, 9999, True)
    with pytest.raises(RevMentorError, match="no longer in the database"):
        save_person(db, minimal(), 9999)


def test_suggestions_offer_values_in_use_and_the_ladder(db, small_org):
    offered = suggestions(db)
    assert offered.departments == ["Finance", "Marketing"]
    assert offered.locations == ["Berlin", "London", "Remote"]
    assert ("Power BI", SkillCategory.TECHNOLOGY) in offered.skills
    assert [name for name, _ in offered.skills] == ["Budgeting", "Power BI", "TikTok"]
    assert offered.levels[0] == (1, "Apprentice") and len(offered.levels) == 8


def test_suggestions_create_the_default_ladder_in_an_empty_database(db):
    assert len(suggestions(db).levels) == 8
