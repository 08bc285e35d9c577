"""Creating or upgrading a database happens whole or not at all: a crash never half-makes one."""

import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from alembic.operations import BatchOperations, Operations
from sqlalchemy import create_engine

from revmentor_desktop.core.db import open_database
from revmentor_desktop.core.db.models import Base
from revmentor_desktop.core.db.schema import SchemaOutcome
from revmentor_desktop.core.errors import DatabaseOpenError
from revmentor_desktop.core.services.integrity import check_database

OLD_DATABASE = (
    Path(__file__).parents[1] / "fixtures" / "databases" / "revmentor-0001_initial.sqlite"
)
TABLES = len(Base.metadata.tables)


def tables_in(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        names = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        )]  # fmt: skip
    connection.close()
    return names


def fail_at(monkeypatch, owner, name: str, step: int) -> None:
    """Make the `step`-th call of a migration operation fail, as a full disk would."""
    original, calls = getattr(owner, name), []

    def failing(self, *args, **kwargs):
        calls.append(1)
        if len(calls) == step:
            raise OSError(28, "No space left on device")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(owner, name, failing)


@pytest.mark.parametrize("step", range(1, TABLES + 1))
def test_a_first_creation_cut_short_at_any_table_leaves_nothing_behind(tmp_path, monkeypatch, step):
    path = tmp_path / "new.sqlite"
    # The failure is patched in for the first open only (the data folder's setting stays).
    with monkeypatch.context() as patch, pytest.raises(DatabaseOpenError, match="No space left"):
        fail_at(patch, Operations, "create_table", step)
        open_database(f"sqlite:///{path}")
    assert tables_in(path) == []
    with open_database(f"sqlite:///{path}") as db:
        assert db.outcome is SchemaOutcome.CREATED
        assert check_database(db).ok


@pytest.mark.parametrize("name", ["add_column", "create_index"])
def test_an_upgrade_cut_short_leaves_the_old_database_as_it_was(tmp_path, monkeypatch, name):
    path = tmp_path / "old.sqlite"
    shutil.copy(OLD_DATABASE, path)
    before = {table: count_rows(path, table) for table in tables_in(path)}
    with monkeypatch.context() as patch, pytest.raises(DatabaseOpenError, match="No space left"):
        fail_at(patch, BatchOperations, name, 1)
        open_database(f"sqlite:///{path}")
    assert revision_of(path) == "0001_initial"
    assert "employee_id" not in columns_of(path, "person")
    with open_database(f"sqlite:///{path}") as db:
        assert db.outcome is SchemaOutcome.UPGRADED
        assert check_database(db).ok
    # Every table it had keeps its rows (later revisions may add tables of their own).
    assert {table: count_rows(path, table) for table in before} == before


def test_killed_during_the_first_creation_the_file_still_opens(tmp_path):
    path = tmp_path / "new.sqlite"
    # The child stops in the middle of creating the tables; then it is killed outright.
    script = textwrap.dedent(f"""
        import time
        from alembic.operations import Operations
        original, calls = Operations.create_table, []
        def slow(self, *args, **kwargs):
            calls.append(1)
            if len(calls) == 6:
                print("halfway", flush=True)
                time.sleep(60)
            return original(self, *args, **kwargs)
        Operations.create_table = slow
        from revmentor_desktop.core.db import open_database
        open_database({f"sqlite:///{path}"!r})
    """)
    with subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True
    ) as child:
        try:
            assert child.stdout.readline().strip() == "halfway"
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    with open_database(f"sqlite:///{path}") as db:
        assert db.outcome is SchemaOutcome.CREATED
        assert check_database(db).ok


def test_an_older_versions_half_made_empty_file_is_made_anew(tmp_path):
    path = tmp_path / "half.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    for table in ("programme", "seniority_level", "setting", "skill"):
        Base.metadata.tables[table].create(engine)
    engine.dispose()
    with open_database(f"sqlite:///{path}") as db:
        assert db.outcome is SchemaOutcome.CREATED
        assert check_database(db).ok


def test_a_half_made_file_that_holds_data_is_not_touched(tmp_path):
    path = tmp_path / "half.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    Base.metadata.tables["setting"].create(engine)
    engine.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("INSERT INTO setting (key, value) VALUES ('organisation_name', 'X')")
    connection.close()
    with pytest.raises(DatabaseOpenError, match="not a RevMentor database"):
        open_database(f"sqlite:///{path}")
    assert tables_in(path) == ["setting"]


def count_rows(path: Path, table: str) -> int:
    with sqlite3.connect(path) as connection:
        (rows,) = connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()
    connection.close()
    return rows


def revision_of(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    connection.close()
    return revision


def columns_of(path: Path, table: str) -> list[str]:
    with sqlite3.connect(path) as connection:
        names = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
    connection.close()
    return names
