"""The people list's rows, search and filters, without Qt."""

import pytest

from revmentor_desktop.core.db.models import Role, display_name
from revmentor_desktop.core.services.people.directory import filter_options, list_people
from revmentor_desktop.core.services.people.listing import PeopleFilter, filter_people
from revmentor_desktop.core.text import fold

pytestmark = pytest.mark.both_engines


def emails(rows, people_filter):
    return sorted(rows[i].email for i in filter_people(rows, people_filter))


def test_fold_ignores_case_and_accents():
    assert fold("Zoë MÜLLER José") == "zoe muller jose"
    assert fold("Ольга") == "ольга"


def test_rows_hold_levels_skills_and_roles_and_skip_archived(db, small_org):
    rows = {row.email: row for row in list_people(db)}
    assert "bob@x.org" not in rows
    dana = rows["dana.fox@x.org"]
    assert (dana.name, dana.level, dana.level_rank) == ("Dana Fox", "Professional", 3)
    assert dana.offers == ("Power BI",) and dana.wants == ("Budgeting",)
    assert dana.skills_text == "Offers: Power BI · Wants: Budgeting"
    assert dana.roles == {small_org: Role.REVERSE_MENTOR}
    assert dana.role_text == "Reverse mentor in Cohort 2026"
    assert rows["jose.muller@x.org"].roles == {}


def test_search_matches_every_word_in_name_email_department_or_skills(db, small_org):
    rows = list_people(db)
    assert emails(rows, PeopleFilter(text="jose")) == ["jose.muller@x.org"]  # accent-blind
    assert emails(rows, PeopleFilter(text="ОЛЬГА")) == ["olga.koval@x.org"]  # any script
    assert emails(rows, PeopleFilter(text="tiktok")) == ["wang.wei@x.org", "zoe.adams@x.org"]
    assert emails(rows, PeopleFilter(text="marketing power")) == ["dana.fox@x.org"]
    assert emails(rows, PeopleFilter(text="nobody-like-this")) == []
    assert len(emails(rows, PeopleFilter(text="  "))) == 5


def test_filters_by_department_level_and_programme(db, small_org):
    rows = list_people(db)
    assert emails(rows, PeopleFilter(department="Finance")) == [
        "jose.muller@x.org", "olga.koval@x.org"]  # fmt: skip
    assert emails(rows, PeopleFilter(level_rank=8)) == ["zoe.adams@x.org"]
    assert emails(rows, PeopleFilter(programme_id=small_org)) == [
        "dana.fox@x.org", "wang.wei@x.org", "zoe.adams@x.org"]  # fmt: skip
    combined = PeopleFilter(text="london", department="Marketing", programme_id=small_org)
    assert emails(rows, combined) == []  # site is not searched; department + programme are
    assert emails(rows, PeopleFilter(text="x.org", department="Marketing", level_rank=1)) == [
        "wang.wei@x.org"]  # fmt: skip


def test_filter_options_list_departments_levels_and_programmes(db, small_org):
    options = filter_options(db)
    assert options.departments == ["Finance", "Marketing"]
    assert options.levels[0] == (1, "Apprentice") and options.levels[-1] == (8, "Executive")
    assert options.programmes == [(small_org, "Cohort 2026")]


def test_names_are_shown_as_their_script_writes_them(db, small_org):
    assert display_name("Dana", "Fox") == "Dana Fox"
    assert display_name("Ольга", "Коваль") == "Ольга Коваль"
    assert display_name("伟", "王") == "王伟"  # family name first, no space
    assert display_name("美咲", "佐藤") == "佐藤美咲"
    assert display_name("Madonna", "") == "Madonna"
    names = {row.email: row.name for row in list_people(db)}
    assert names["wang.wei@x.org"] == "王伟"
