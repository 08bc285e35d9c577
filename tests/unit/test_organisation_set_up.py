"""Setting up a new organisation: its name, a ladder from a template or typed, its date order."""

import pytest

from revmentor_desktop.core.errors import ValidationError
from revmentor_desktop.core.services.organisation import (
    LADDER_TEMPLATES,
    LadderLevel,
    OrganisationSettings,
    date_order_setting,
    is_demo,
    ladder_labels,
    load_organisation_settings,
    set_up_organisation,
    validate_new_organisation,
)

pytestmark = pytest.mark.both_engines


def organisation(name="Fabrikam Health", levels=LADDER_TEMPLATES["Small company"], **values):
    return OrganisationSettings(name=name, levels=[LadderLevel(x) for x in levels], **values)


def test_a_new_database_takes_the_chosen_ladder_name_and_date_order(db):
    set_up_organisation(db, organisation(date_order="ymd"))
    assert ladder_labels(db) == list(LADDER_TEMPLATES["Small company"])
    assert load_organisation_settings(db).name == "Fabrikam Health"
    assert date_order_setting(db) == "ymd"
    assert not is_demo(db)


@pytest.mark.parametrize("name", list(LADDER_TEMPLATES))
def test_every_template_is_a_ladder_the_set_up_takes(name):
    levels = LADDER_TEMPLATES[name]
    assert validate_new_organisation(organisation(levels=levels)) == {}
    # Enough rungs for the suggestions' ideal gap of two to four levels.
    assert len(levels) >= 5


@pytest.mark.parametrize(
    ("settings", "field", "words"),
    [
        (organisation(name="  "), "name", "Give the organisation's name"),
        (organisation(name="x" * 161), "name", "at most 160 characters"),
        (organisation(levels=[]), "levels", "at least one level"),
        (organisation(levels=["Junior", "Senior", "SENIOR"]), "levels", "appears twice"),
        (organisation(date_order="dym"), "date_order", "how the organisation writes dates"),
        (organisation(logo_path="/nowhere/logo.png"), "logo", "There is no file"),
    ],
)
def test_what_the_set_up_refuses_it_says_by_field_and_writes_nothing(db, settings, field, words):
    assert words in validate_new_organisation(settings)[field]
    with pytest.raises(ValidationError) as refused:
        set_up_organisation(db, settings)
    assert words in refused.value.errors[field]
    assert load_organisation_settings(db).name == ""
