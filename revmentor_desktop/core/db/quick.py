"""Opening a database that needs nothing done, with `sqlite3` alone, for the window's first read.

`open_database` brings in SQLAlchemy, whose import alone takes longer than the window takes to
appear. When the database is an SQLite file at the current schema that passes the quick check,
the window can read its people first and open it properly once they are on screen. Anything
else (a lock held elsewhere, an upgrade, damage, another program's file) is left to
`open_database`, which does and says exactly what it always does.
"""

from __future__ import annotations

import logging
import sqlite3

from revmentor_desktop.core.db.engine import BUSY_TIMEOUT_MS
from revmentor_desktop.core.db.lock import WriterLock
from revmentor_desktop.core.db.schema import HEAD_REVISION
from revmentor_desktop.core.errors import DatabaseLockedError
from revmentor_desktop.paths import sqlite_path

log = logging.getLogger(__name__)


def open_current(
    url: str, program: str = "RevMentor"
) -> tuple[WriterLock, sqlite3.Connection] | None:
    """(the writer lock, taken; a connection for reading) when `url` is an existing SQLite
    file at the current schema that passes SQLite's quick check; else None, nothing held."""
    path = sqlite_path(url)
    if path is None or not path.is_file():
        return None
    lock = WriterLock(path, program)
    try:
        lock.acquire()
    except (DatabaseLockedError, OSError):
        return None
    connection = None
    try:
        connection = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=rw", uri=True, isolation_level=None,
            timeout=BUSY_TIMEOUT_MS / 1000,
        )  # fmt: skip
        has_version = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()
        query = "SELECT version_num FROM alembic_version"
        revision = has_version and connection.execute(query).fetchone()
        checked = revision and revision[0] == HEAD_REVISION
        if checked and connection.execute("PRAGMA quick_check").fetchall() == [("ok",)]:
            return lock, connection
    except sqlite3.Error as exc:  # open_database will meet it too, and explain it
        log.debug("No quick start for %s: %s", path, exc)
    if connection is not None:
        connection.close()
    lock.release()
    return None
