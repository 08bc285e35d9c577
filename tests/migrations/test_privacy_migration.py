"""Migration 0003: people can be marked erased and privacy requests are kept; nothing else
changes, and databases of every earlier version come up to it."""

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command

from revmentor_desktop.core.db import open_database, schema
from revmentor_desktop.core.db.schema import SchemaOutcome
from revmentor_desktop.core.services.people.erasure import erase_person
from revmentor_desktop.core.services.people.requests import list_requests

DATABASES = Path(__file__).parents[1] / "fixtures" / "databases"
TABLES = ("person", "enrolment", "person_skill", "partnership", "check_in", "pairing_preference")


def counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        found = {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    connection.close()
    return found


def shape(db) -> tuple[list[str], bool]:
    """(the person table's columns, whether the privacy_request table exists)."""
    with db.engine.connect() as connection:
        columns = [row[1] for row in connection.exec_driver_sql("PRAGMA table_info(person)")]
        table = connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'privacy_request'"
        ).first()
    return columns, table is not None


@pytest.mark.parametrize("older", ["0001_initial", "0002_employee_id"])
def test_older_databases_are_upgraded_keeping_everything(tmp_path, older):
    copy = tmp_path / "old.sqlite"
    shutil.copy(DATABASES / f"revmentor-{older}.sqlite", copy)
    before = counts(copy)
    with open_database("sqlite:///" + str(copy)) as db:
        assert db.outcome is SchemaOutcome.UPGRADED
        columns, has_requests = shape(db)
        assert "erased_at" in columns and has_requests
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT DISTINCT erased_at FROM person").all() == [
                (None,)
            ]
        assert list_requests(db) == []
        # The new parts work on an upgraded file: erase someone who was in a partnership.
        with db.engine.connect() as connection:
            email = connection.exec_driver_sql(
                "SELECT email FROM person JOIN partnership ON mentor_id = person.id "
                "WHERE status <> 'draft' LIMIT 1"
            ).scalar()
        result = erase_person(db, email)
        assert result.plan.kept + result.plan.ended >= 1
        # The backup taken before the upgrade still holds them, and says so.
        assert [b.label for b in result.backups] == ["before-upgrade"]
    # Rebuilding the person table with foreign keys on would have emptied the others.
    after = counts(copy)
    assert after["person"] == before["person"]  # the erased person's row stays, as a shell
    assert after["partnership"] >= before["partnership"] - result.plan.drafts


def test_a_new_database_has_both(db):
    assert db.outcome is SchemaOutcome.CREATED
    columns, has_requests = shape(db)
    assert "erased_at" in columns and has_requests


def test_the_migration_goes_down_and_up_again_without_losing_anything(tmp_path):
    copy = tmp_path / "current.sqlite"
    shutil.copy(DATABASES / "revmentor-0002_employee_id.sqlite", copy)
    with open_database("sqlite:///" + str(copy)) as db:
        before = counts(copy)
        with db.engine.begin() as connection:
            command.downgrade(schema._alembic_config(connection), "0002_employee_id")
        assert shape(db)[1] is False and "erased_at" not in shape(db)[0]
        schema.upgrade_to_head(db.engine)
        assert "erased_at" in shape(db)[0] and shape(db)[1]
    assert counts(copy) == before
