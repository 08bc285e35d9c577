"""Migration 0002: people get an optional, unique employee ID, and nothing else changes."""

import shutil
import sqlite3
from pathlib import Path

from alembic import command

from revmentor_desktop.core.db import open_database, schema
from revmentor_desktop.core.db.schema import SchemaOutcome

DATABASES = Path(__file__).parents[1] / "fixtures" / "databases"
TABLES = ("person", "enrolment", "person_skill", "partnership", "check_in", "pairing_preference")
INDEX = [("ix_person_employee_id", 1)]


def counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        return {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def employee_id_indexes(db) -> list[tuple[str, int]]:
    """(name, unique) of every index on person.employee_id alone (SQLAlchemy's inspector
    warns about the expression indexes, so SQLite is asked directly)."""
    found = []
    with db.engine.connect() as connection:
        for _, name, unique, *_ in connection.exec_driver_sql("PRAGMA index_list(person)"):
            columns = connection.exec_driver_sql(f"PRAGMA index_info('{name}')").all()
            if [c[2] for c in columns] == ["employee_id"]:
                found.append((name, unique))
    return found


def person_columns(db) -> list[str]:
    with db.engine.connect() as connection:
        return [row[1] for row in connection.exec_driver_sql("PRAGMA table_info(person)")]


def test_a_database_of_the_first_version_gets_the_column_and_keeps_everything(tmp_path):
    copy = tmp_path / "old.sqlite"
    shutil.copy(DATABASES / "revmentor-0001_initial.sqlite", copy)
    before = counts(copy)
    assert before["enrolment"] and before["person_skill"]
    with sqlite3.connect(copy) as connection:
        assert "employee_id" not in [r[1] for r in connection.execute("PRAGMA table_info(person)")]
    with open_database("sqlite:///" + str(copy)) as db:
        assert db.outcome is SchemaOutcome.UPGRADED
        assert employee_id_indexes(db) == INDEX
        with db.engine.connect() as connection:
            ids = connection.exec_driver_sql("SELECT DISTINCT employee_id FROM person").all()
    assert ids == [(None,)]
    # Rebuilding the person table with foreign keys on would have emptied these.
    assert counts(copy) == before


def test_a_new_database_has_the_column(db):
    assert db.outcome is SchemaOutcome.CREATED
    assert "employee_id" in person_columns(db)
    assert employee_id_indexes(db) == INDEX


def test_the_migration_goes_down_and_up_again_without_losing_anything(tmp_path):
    copy = tmp_path / "current.sqlite"
    shutil.copy(DATABASES / "revmentor-0002_employee_id.sqlite", copy)
    before = counts(copy)
    with open_database("sqlite:///" + str(copy)) as db:
        with db.engine.begin() as connection:
            command.downgrade(schema._alembic_config(connection), "0001_initial")
        assert "employee_id" not in person_columns(db)
        schema.upgrade_to_head(db.engine)
        assert employee_id_indexes(db) == INDEX
    assert counts(copy) == before
