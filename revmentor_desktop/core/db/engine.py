"""SQLAlchemy engines with the connection settings RevMentor relies on."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine

BUSY_TIMEOUT_MS = 15_000


def _configure_sqlite(dbapi_connection, _record) -> None:
    # The sqlite3 module would begin transactions itself, but only before INSERT, UPDATE and
    # DELETE, so each CREATE TABLE or ALTER of a migration committed on its own and a crash could
    # leave a half-made schema. It begins none now: `_begin` starts every transaction, DDL too.
    dbapi_connection.isolation_level = None
    # Every connection, not just the first: these settings are per connection in SQLite.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def _begin(connection) -> None:
    connection.exec_driver_sql("BEGIN")


def _need_driver(url: str) -> None:
    """A server's driver is an extra: say how to get it rather than fail on an import."""
    from revmentor_desktop.core.errors import DatabaseOpenError

    if not url.startswith("postgresql"):
        return
    try:
        import psycopg  # noqa: F401 (SQLAlchemy's dialect imports it next)
    except ImportError as exc:
        raise DatabaseOpenError(
            "Working on a PostgreSQL server needs its driver, which is not installed: "
            "pip install 'revmentor-desktop[postgres]' (bash installer/setup.sh run installs it)."
        ) from exc


def make_engine(
    url: str, *, application_name: str | None = None, password: str | None = None
) -> Engine:
    """An engine for `url`; on a server, `password` when it needs one (asked for, never in URLs)."""
    # Imported here: core/db/quick.py reads BUSY_TIMEOUT_MS before SQLAlchemy is needed.
    from sqlalchemy import create_engine, event

    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _configure_sqlite)
        event.listen(engine, "begin", _begin)
        return engine
    _need_driver(url)
    # A server lists each connection by its application_name: who else is connected.
    arguments = {"application_name": application_name} if application_name else {}
    if password is not None:
        arguments["password"] = password
    return create_engine(url, pool_pre_ping=True, connect_args=arguments)
