"""The data folder, the database and the log are the user's alone (0700 folders, 0600 files)."""

import logging
import os
import stat

import pytest

from revmentor_desktop.core.db import open_database
from revmentor_desktop.core.db.schema import SchemaOutcome
from revmentor_desktop.core.errors import DatabaseOpenError
from revmentor_desktop.logs import PrivateRotatingFileHandler, setup_logging
from revmentor_desktop.paths import backup_dir, data_dir, log_dir, sqlite_path

pytestmark = pytest.mark.skipif(os.name == "nt", reason="Windows keeps no POSIX permissions")


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def everyone_may_read():
    """The usual umask, under which files are created readable by every local user."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_data_folder_and_its_folders_are_created_for_the_user_alone(data_folder):
    assert not data_folder.exists()
    assert data_dir() == data_folder
    assert mode(data_folder) == 0o700
    assert mode(log_dir()) == 0o700 and mode(backup_dir()) == 0o700


def test_a_data_folder_open_to_everyone_is_tightened(data_folder):
    (data_folder / "logs").mkdir(parents=True)
    data_folder.chmod(0o755)
    (data_folder / "logs").chmod(0o775)
    log_dir()
    assert mode(data_folder) == 0o700 and mode(data_folder / "logs") == 0o700


def test_database_and_its_write_ahead_log_are_private(db_url):
    path = sqlite_path(db_url)
    db = open_database(db_url)
    try:
        assert db.outcome is SchemaOutcome.CREATED  # created empty first, still a new database
        with db.engine.begin() as connection:
            connection.exec_driver_sql("CREATE TEMP TABLE t (x)")
        assert mode(path) == 0o600
        for companion in ("-wal", "-shm"):
            assert mode(path.with_name(path.name + companion)) == 0o600
    finally:
        db.close()


def test_an_empty_file_is_a_new_database_to_writers_only(db_url):
    path = sqlite_path(db_url)
    path.touch()
    with pytest.raises(DatabaseOpenError, match="empty"):
        open_database(db_url, writer=False)
    with open_database(db_url) as db:
        assert db.outcome is SchemaOutcome.CREATED


def test_an_existing_database_keeps_its_permissions(db_url):
    path = sqlite_path(db_url)
    open_database(db_url).close()
    path.chmod(0o640)  # chosen by the user, e.g. for a group's read-only reports
    open_database(db_url).close()
    assert mode(path) == 0o640


@pytest.fixture
def log_handlers():
    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()


def test_log_file_is_private_also_after_rotating(log_handlers):
    path = setup_logging()
    assert mode(path) == 0o600
    handler = next(h for h in logging.getLogger().handlers
                   if getattr(h, "baseFilename", None) == str(path))  # fmt: skip
    assert isinstance(handler, PrivateRotatingFileHandler)
    handler.doRollover()
    assert mode(path) == 0o600
    assert mode(path.with_name(path.name + ".1")) == 0o600


def test_an_older_log_open_to_everyone_is_tightened(log_handlers):
    path = log_dir() / "revmentor.log"
    path.write_text("older\n")
    path.chmod(0o644)
    setup_logging()
    assert mode(path) == 0o600
