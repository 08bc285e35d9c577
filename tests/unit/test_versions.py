"""Row versions: who changed a row last, and a save over someone else's newer change refused."""

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from revmentor_desktop.core.db import open_database
from revmentor_desktop.core.db.models import Person
from revmentor_desktop.core.db.versions import changed_message, check_version, default_editor
from revmentor_desktop.core.errors import ChangedElsewhereError

pytestmark = pytest.mark.both_engines


def local(hour: int, minute: int, days_ago: int = 0) -> datetime:
    now = datetime.now().astimezone()
    moment = now.replace(hour=hour, minute=minute) - timedelta(days=days_ago)
    return moment.astimezone(UTC)


def test_the_message_names_who_and_when_in_local_time():
    today = datetime.now().astimezone().date()
    assert changed_message("Priya", local(10, 42), today=today) == (
        "Priya changed this at 10:42 — reload and apply your change again"
    )
    day = today - timedelta(days=1)
    assert changed_message("Priya", local(9, 5, days_ago=1), today=today) == (
        f"Priya changed this on {day.day} {day:%b %Y} at 09:05 — reload and apply your change again"
    )
    assert changed_message("  ", None) == (
        "Another coordinator changed this — reload and apply your change again"
    )


def test_a_naive_time_is_utc():
    naive = datetime(2026, 12, 4, 10, 42)
    aware = naive.replace(tzinfo=UTC)
    assert changed_message("Tom", naive, today=date(2026, 12, 4)) == changed_message(
        "Tom", aware, today=date(2026, 12, 4)
    )


def test_each_save_stamps_the_editor_and_a_new_version(engine_url):
    with open_database(engine_url, editor="Priya") as db:
        with db.session() as session, session.begin():
            session.add(Person(given_name="Ann", email="ann@x.org"))
        with db.session() as session, session.begin():
            ann = session.scalar(select(Person))
            assert (ann.version, ann.updated_by) == (1, "Priya")
            ann.family_name = "Lee"
        with db.session() as session:
            ann = session.scalar(select(Person))
            assert (ann.version, ann.updated_by, ann.family_name) == (2, "Priya", "Lee")
            check_version(ann, 2)
            check_version(ann, None)  # a caller that tracks no version
            with pytest.raises(ChangedElsewhereError, match="^Priya changed this at "):
                check_version(ann, 1)


def test_a_save_that_lost_the_race_is_refused_naming_the_winner(postgres_url):
    """Between reading a row and writing it back, another coordinator saved it: the ORM's
    version check finds out (on SQLite the writer lock keeps a second writer out)."""
    with (
        open_database(postgres_url, editor="Priya") as priya,
        open_database(postgres_url, editor="Tom") as tom,
    ):
        with priya.session() as session, session.begin():
            session.add(Person(given_name="Ann", email="ann@x.org"))
        with priya.session() as slow:
            ann = slow.scalar(select(Person))
            with tom.session() as session, session.begin():
                session.scalar(select(Person)).notes = "Prefers mornings"
            ann.notes = "Prefers evenings"
            with pytest.raises(ChangedElsewhereError, match="^Tom changed this at "):
                slow.commit()
        with priya.session() as session:
            assert session.scalar(select(Person.notes)) == "Prefers mornings"


def test_the_default_editor_is_this_computers_user():
    assert default_editor().strip()
