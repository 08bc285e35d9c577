"""Migrations: new databases at head, old ones upgraded after a backup, newer ones refused."""

import hashlib
import shutil
import sqlite3
import warnings
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from revmentor_desktop.core.db import open_database, schema
from revmentor_desktop.core.db.models import Base
from revmentor_desktop.core.db.schema import HEAD_REVISION, MIGRATIONS_DIR, SchemaOutcome
from revmentor_desktop.core.errors import DatabaseOpenError, SchemaTooNewError
from revmentor_desktop.core.services.integrity import check_database

COMMITTED = sorted((Path(__file__).parents[1] / "fixtures" / "databases").glob("*.sqlite"))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_head_constant_matches_the_migration_scripts():
    assert ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head() == HEAD_REVISION


def test_new_database_is_created_at_head_and_matches_the_models(db):
    assert db.outcome is SchemaOutcome.CREATED
    with db.engine.connect() as connection:
        assert schema.current_revision(connection) == HEAD_REVISION
        with warnings.catch_warnings():
            # SQLite cannot reflect the expression indexes (lower(email)); they are tested
            # by behaviour in test_models instead.
            warnings.filterwarnings("ignore", message=".*expression-based index")
            differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_reopening_a_current_database_changes_nothing(db):
    url = db.url
    db.close()
    with open_database(url) as again:
        assert again.outcome is SchemaOutcome.CURRENT


@pytest.mark.parametrize("committed", COMMITTED, ids=lambda p: p.name)
def test_every_committed_database_opens_in_this_version(committed, tmp_path):
    copy = tmp_path / committed.name
    shutil.copy(committed, copy)
    with open_database("sqlite:///" + str(copy)) as db:
        assert db.outcome in (SchemaOutcome.CURRENT, SchemaOutcome.UPGRADED)
        report = check_database(db)
    assert report.ok, report.problems
    assert report.counts["people"] == 40
    assert report.counts["partnerships"] and report.counts["check-ins"] and report.counts["goals"]


def test_committed_database_for_the_current_schema_exists():
    assert any(HEAD_REVISION in p.name for p in COMMITTED), (
        "run python tests/fixtures/make_databases.py and commit the file"
    )


def test_older_database_is_backed_up_before_upgrading(db, small_org, monkeypatch, data_folder):
    url, path = db.url, db.path
    db.close()
    # Pretend this version's head is a newer revision, so the current file counts as older.
    monkeypatch.setattr(schema, "HEAD_REVISION", "0002_pretend")
    upgraded = []
    monkeypatch.setattr(schema, "upgrade_to_head", lambda engine: upgraded.append(engine))
    with open_database(url) as again:
        assert again.outcome is SchemaOutcome.UPGRADED
    assert upgraded
    # Each database has its own folder of backups inside the data folder's "backups".
    backups = list((data_folder / "backups").glob("*/*-before-upgrade.sqlite"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("SELECT count(*) FROM person").fetchone() == (6,)
    assert path.exists()


def test_database_from_a_newer_version_is_refused_untouched(db):
    url, path = db.url, db.path
    with db.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0099_future'")
    db.close()
    before = digest(path)
    with pytest.raises(SchemaTooNewError, match="newer version of RevMentor"):
        open_database(url)
    assert digest(path) == before


def test_other_programs_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    with pytest.raises(DatabaseOpenError, match="not a RevMentor database"):
        open_database("sqlite:///" + str(path))


def test_a_file_that_is_not_a_database_is_refused_and_the_lock_released(tmp_path):
    path = tmp_path / "garbage.sqlite"
    path.write_bytes(b"\x00garbage bytes, not SQLite" * 100)
    url = "sqlite:///" + str(path)
    with pytest.raises(DatabaseOpenError, match="Cannot open the database"):
        open_database(url)
    with pytest.raises(DatabaseOpenError):  # same message again: the lock was released
        open_database(url)
