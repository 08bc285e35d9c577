"""People, programmes, enrolments and organisation settings edited from two places: a save over
a newer change is refused, naming who made it and when, and nothing is lost.

The `both_engines` tests are one coordinator whose view went stale; the PostgreSQL tests are
Priya and Tom, each with a connection of their own to one server database.
"""

import re
from dataclasses import replace
from datetime import UTC

import pytest
from sqlalchemy import select

from revmentor_desktop.core.db import open_database
from revmentor_desktop.core.db.models import Person, Role, Setting
from revmentor_desktop.core.errors import ChangedElsewhereError
from revmentor_desktop.core.services.coordinator import coordinator_email, save_coordinator_email
from revmentor_desktop.core.services.organisation import (
    DATE_ORDER,
    load_organisation_settings,
    save_organisation_settings,
    set_setting,
)
from revmentor_desktop.core.services.people.records import PersonData, load_person, save_person
from revmentor_desktop.core.services.programmes import (
    list_enrolments,
    load_programme,
    save_programme,
    update_enrolment,
)
from tests.factories import ids_by_email

ON_SERVER = pytest.mark.parametrize("engine", ["postgresql"], indirect=True)


def refused_by(who: str) -> str:
    """The message naming who saved first and when (a date too when not today)."""
    return rf"^{who} changed this (on .+ )?at \d\d:\d\d — reload and apply your change again$"


# --- one coordinator, a stale view (SQLite and PostgreSQL) --------------------------------


@pytest.mark.both_engines
def test_a_person_saved_since_loading_is_not_overwritten(db, small_org):
    dana = ids_by_email(db)["dana.fox@x.org"]
    seen = load_person(db, dana)
    save_person(db, replace(load_person(db, dana), job_title="Head of content"), dana)
    with pytest.raises(ChangedElsewhereError, match=refused_by(re.escape(db.editor))):
        save_person(db, replace(seen, notes="Prefers mornings"), dana)
    kept = load_person(db, dana)
    assert (kept.job_title, kept.notes) == ("Head of content", "")
    # Reloaded, the same change goes through, on top of the other one.
    save_person(db, replace(kept, notes="Prefers mornings"), dana)
    again = load_person(db, dana)
    assert (again.job_title, again.notes) == ("Head of content", "Prefers mornings")


@pytest.mark.both_engines
def test_a_change_to_skills_alone_makes_a_new_version_too(db, small_org):
    dana = ids_by_email(db)["dana.fox@x.org"]
    seen = load_person(db, dana)
    save_person(db, replace(seen, offers=[("Figma", 4)]), dana)  # only the skill rows change
    assert load_person(db, dana).version == seen.version + 1
    with pytest.raises(ChangedElsewhereError):
        save_person(db, replace(seen, wants=[("Budgeting", 2)]), dana)
    assert load_person(db, dana).offers == [("Figma", 4)]


@pytest.mark.both_engines
def test_a_new_person_has_no_version_and_each_save_makes_one(db, small_org):
    new = PersonData(given_name="Cy", email="cy@x.org")
    assert new.version is None
    person_id = save_person(db, new)
    assert load_person(db, person_id).version == 1
    save_person(db, load_person(db, person_id), person_id)
    assert load_person(db, person_id).version == 2
    with db.session() as session:
        assert session.get(Person, person_id).updated_by == db.editor


@pytest.mark.both_engines
def test_a_programme_saved_since_loading_is_not_overwritten(db, small_org):
    seen = load_programme(db, small_org)
    save_programme(db, replace(load_programme(db, small_org), stalled_after_days=30), small_org)
    with pytest.raises(ChangedElsewhereError, match=refused_by(re.escape(db.editor))):
        save_programme(db, replace(seen, name="Cohort 2026 (pilot)"), small_org)
    kept = load_programme(db, small_org)
    assert (kept.name, kept.stalled_after_days) == ("Cohort 2026", 30)


@pytest.mark.both_engines
def test_an_enrolment_changed_since_listing_is_not_overwritten(db, small_org):
    row = next(r for r in list_enrolments(db, small_org) if r.email == "dana.fox@x.org")
    update_enrolment(db, row.enrolment_id, capacity=2, version=row.version)
    with pytest.raises(ChangedElsewhereError):
        update_enrolment(db, row.enrolment_id, role=Role.MENTEE, version=row.version)
    fresh = next(r for r in list_enrolments(db, small_org) if r.email == "dana.fox@x.org")
    assert (fresh.role, fresh.capacity, fresh.version) == (row.role, 2, row.version + 1)
    update_enrolment(db, row.enrolment_id, capacity=3, version=fresh.version)


@pytest.mark.both_engines
def test_settings_changed_since_loading_are_not_overwritten(db):
    seen = load_organisation_settings(db)
    save_organisation_settings(db, replace(load_organisation_settings(db), name="Northwind"))
    with pytest.raises(ChangedElsewhereError, match=refused_by(re.escape(db.editor))):
        save_organisation_settings(db, replace(seen, retention_months=12))
    kept = load_organisation_settings(db)
    assert (kept.name, kept.retention_months) == ("Northwind", seen.retention_months)
    save_organisation_settings(db, replace(kept, retention_months=12))  # reloaded: fine


@pytest.mark.both_engines
def test_a_setting_added_since_loading_counts_as_changed(db):
    seen = load_organisation_settings(db)
    assert seen.versions[DATE_ORDER] is None  # not chosen yet: no row
    with db.session() as session, session.begin():
        set_setting(session, DATE_ORDER, "mdy")
    with pytest.raises(ChangedElsewhereError):
        save_organisation_settings(db, replace(seen, date_order="dmy"))
    with db.engine.connect() as connection:
        assert connection.scalar(select(Setting.value).where(Setting.key == DATE_ORDER)) == "mdy"


@pytest.mark.both_engines
def test_the_coordinators_email_is_checked_with_the_settings(db):
    seen = load_organisation_settings(db)
    save_coordinator_email(db, "priya@x.org")
    with pytest.raises(ChangedElsewhereError):
        save_organisation_settings(db, replace(seen, name="Northwind"))
    with pytest.raises(ChangedElsewhereError):
        save_coordinator_email(db, "tom@x.org", versions=seen.versions)
    assert coordinator_email(db) == "priya@x.org"
    assert load_organisation_settings(db).name != "Northwind"


# --- two coordinators on one server -------------------------------------------------------


@pytest.fixture
def coordinators(engine_url):
    """Priya and Tom, both connected to the same server database at once."""
    priya = open_database(engine_url, editor="Priya")
    tom = open_database(engine_url, editor="Tom")
    yield priya, tom
    tom.close()
    priya.close()


def saved_at(db, model, key) -> str:
    """When the row was last saved, as the message shows it: local hours and minutes."""
    with db.session() as session:
        when = session.get(model, key).updated_at
    return f"{(when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone():%H:%M}"


@ON_SERVER
def test_toms_person_save_is_refused_after_priyas(db, small_org, coordinators):
    priya, tom = coordinators
    dana = ids_by_email(db)["dana.fox@x.org"]
    toms = load_person(tom, dana)
    save_person(priya, replace(load_person(priya, dana), job_title="Head of content"), dana)
    with pytest.raises(ChangedElsewhereError) as refused:
        save_person(tom, replace(toms, location="Leeds"), dana)
    assert str(refused.value) == (
        f"Priya changed this at {saved_at(tom, Person, dana)} — reload and apply your change again"
    )
    kept = load_person(tom, dana)
    assert (kept.job_title, kept.location) == ("Head of content", toms.location)
    save_person(tom, replace(kept, location="Leeds"), dana)
    final = load_person(priya, dana)
    assert (final.job_title, final.location) == ("Head of content", "Leeds")
    with priya.session() as session:
        assert session.get(Person, dana).updated_by == "Tom"


@ON_SERVER
def test_toms_programme_and_enrolment_edits_are_refused_after_priyas(db, small_org, coordinators):
    priya, tom = coordinators
    toms = load_programme(tom, small_org)
    toms_row = list_enrolments(tom, small_org)[0]
    save_programme(priya, replace(load_programme(priya, small_org), name="Cohort 2026/27"),
                   small_org)  # fmt: skip
    update_enrolment(priya, toms_row.enrolment_id, capacity=2, version=toms_row.version)
    with pytest.raises(ChangedElsewhereError, match=refused_by("Priya")):
        save_programme(tom, replace(toms, checkin_interval_days=21), small_org)
    with pytest.raises(ChangedElsewhereError, match=refused_by("Priya")):
        update_enrolment(tom, toms_row.enrolment_id, capacity=3, version=toms_row.version)
    assert load_programme(tom, small_org).name == "Cohort 2026/27"
    fresh = list_enrolments(tom, small_org)[0]
    assert fresh.capacity == 2
    save_programme(tom, replace(load_programme(tom, small_org), checkin_interval_days=21),
                   small_org)  # fmt: skip
    update_enrolment(tom, fresh.enrolment_id, capacity=3, version=fresh.version)
    assert load_programme(priya, small_org).name == "Cohort 2026/27"
    assert list_enrolments(priya, small_org)[0].capacity == 3


@ON_SERVER
def test_toms_settings_are_refused_after_priyas(coordinators):
    priya, tom = coordinators
    toms = load_organisation_settings(tom)
    save_organisation_settings(priya, replace(load_organisation_settings(priya), name="Northwind"))
    with pytest.raises(ChangedElsewhereError, match=refused_by("Priya")):
        save_organisation_settings(tom, replace(toms, retention_months=12))
    kept = load_organisation_settings(tom)
    assert (kept.name, kept.retention_months) == ("Northwind", toms.retention_months)
    save_organisation_settings(tom, replace(kept, retention_months=12))
    assert load_organisation_settings(priya).retention_months == 12
