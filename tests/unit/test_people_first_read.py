"""The window's first read of the people list, with sqlite3 alone: the same rows as the
database layer's, and only on a database that needs nothing done; anything else opens as ever."""

import shutil
from pathlib import Path

import pytest

from revmentor_desktop.core.db import open_database
from revmentor_desktop.core.db.lock import WriterLock
from revmentor_desktop.core.db.schema import SchemaOutcome
from revmentor_desktop.core.demo.organisation import create_demo
from revmentor_desktop.core.errors import DatabaseDamagedError, DatabaseLockedError
from revmentor_desktop.core.services.people.directory import filter_options, list_people
from revmentor_desktop.core.services.people.listing import first_read
from revmentor_desktop.core.services.people.records import set_archived
from tests.factories import damage

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "databases"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    with open_database("sqlite:///" + str(path)) as db:
        create_demo(db, people=300, seed=3)
    return path


@pytest.fixture
def demo(demo_file, tmp_path) -> str:
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, path)
    return "sqlite:///" + str(path)


def assert_free(url: str) -> None:
    """Nobody holds the writer lock (the first read gave it back)."""
    with WriterLock(Path(url.removeprefix("sqlite:///")), program="a test"):
        pass


def test_the_first_read_gives_exactly_the_rows_of_the_database_layer(demo):
    with open_database(demo) as db:
        set_archived(db, [row.id for row in list_people(db)[:3]], True)  # archived: not listed
        expected, options = list_people(db), filter_options(db)
    assert any(row.roles for row in expected) and any(row.offers for row in expected)
    assert any(not row.name.isascii() for row in expected)

    first = first_read(demo)
    assert first is not None
    try:
        assert first.people == expected
        assert [type(role) for row in first.people for role in row.roles.values()] == [
            type(role) for row in expected for role in row.roles.values()
        ]
        assert first.options == options
    finally:
        first.lock.release()


def test_the_database_takes_the_first_reads_lock_over(demo):
    first = first_read(demo)
    assert first is not None
    with pytest.raises(DatabaseLockedError):  # held from the first read on
        open_database(demo)
    db = open_database(demo, lock=first.lock)
    assert db.lock is first.lock and db.outcome is SchemaOutcome.CURRENT
    assert len(list_people(db)) == len(first.people)
    db.close()
    assert_free(demo)


def test_a_locked_database_is_left_to_the_ordinary_opening(demo):
    path = Path(demo.removeprefix("sqlite:///"))
    with WriterLock(path, program="RevMentor on the other desk"):
        assert first_read(demo) is None
        with pytest.raises(DatabaseLockedError, match="RevMentor on the other desk"):
            open_database(demo)


def test_a_database_to_upgrade_is_left_to_the_ordinary_opening(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "revmentor-0003_privacy.sqlite", path)
    url = "sqlite:///" + str(path)
    assert first_read(url) is None
    assert_free(url)
    with open_database(url) as db:  # backed up and upgraded, as ever
        assert db.outcome is SchemaOutcome.UPGRADED


def test_a_damaged_database_is_left_to_the_ordinary_opening(demo):
    path = Path(demo.removeprefix("sqlite:///"))
    damage(path)
    assert first_read(demo) is None
    assert_free(demo)
    with pytest.raises(DatabaseDamagedError):
        open_database(demo, check=True)


def test_no_first_read_without_a_programme_a_file_or_sqlite(db, tmp_path):
    db.close()
    assert first_read(db.url) is None  # the checklist of first steps opens it instead
    assert_free(db.url)
    assert first_read("sqlite:///" + str(tmp_path / "missing.sqlite")) is None
    assert not (tmp_path / "missing.sqlite").exists()
    assert first_read("postgresql://nobody@localhost/revmentor") is None
