"""Copying a whole database to an empty one elsewhere (a server, or a local file), verified."""

from __future__ import annotations

import enum
import hashlib
import json
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import Connection, Table, bindparam, func, inspect, select, text
from sqlalchemy.exc import DBAPIError

from revmentor_desktop.core.db.credentials import (
    password_error,
    password_for,
    place,
    refuse_password_in_url,
    server_url,
    where,
)
from revmentor_desktop.core.db.database import Database, open_database
from revmentor_desktop.core.db.engine import make_engine
from revmentor_desktop.core.db.models import Base
from revmentor_desktop.core.errors import DatabaseOpenError, RevMentorError
from revmentor_desktop.paths import sqlite_path

log = logging.getLogger(__name__)

BATCH = 1000  # rows per INSERT: few round trips to a server, little memory


@dataclass(frozen=True)
class TableCopy:
    name: str
    rows: int
    checksum: str  # sha256 of the rows, the same on both sides
    matched: bool


@dataclass(frozen=True)
class CopyResult:
    tables: list[TableCopy]
    url: str  # the copy's URL, to open from now on (never with a password)

    @property
    def rows(self) -> int:
        return sum(table.rows for table in self.tables)

    @property
    def path(self) -> Path | None:
        """The copy's file when it is a local one."""
        return sqlite_path(self.url)


def copy_database(
    source: Database,
    target_url: str,
    *,
    editor: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> CopyResult:
    """Copy every table of `source` into the empty database at `target_url` and verify it.

    The target is a server database with no tables (or RevMentor's with no rows), or a new
    SQLite file. Its schema comes from the migrations; the rows go in as one transaction, and
    each table's row count and checksum are compared with the source's before it commits. A
    refusal writes nothing; a failure leaves no rows (a file made here is removed, a server
    database keeps only the empty schema and can take the copy again). `progress(done, total)`
    may raise to stop.
    """
    refuse_password_in_url(target_url)
    target_url = server_url(target_url)
    if target_url == source.url:
        raise RevMentorError("The copy must go to another database than the one it copies.")
    path = sqlite_path(target_url)
    check_target(target_url)
    target = None
    try:
        target = open_database(target_url, editor=editor or source.editor)
        tables = _copy_and_verify(source, target, progress or (lambda done, total: None))
    except BaseException as exc:
        if target is not None:
            target.close()
        if path is not None:
            _remove(path)
        if isinstance(exc, DBAPIError):  # e.g. a disk that filled up, a server that went away
            reason = " ".join(str(exc.orig).split())
            raise RevMentorError(f"The copy failed and nothing was kept: {reason}.") from exc
        raise
    target.close()
    log.info("Copied %s rows to %s", sum(t.rows for t in tables), where(target_url))
    return CopyResult(tables, target_url)


# --- what the target may hold -----------------------------------------------------------------


def check_target(url: str) -> None:
    """Raise RevMentorError unless `url` can take a copy: a new (or empty) file, or a server
    database that is reachable and holds no data. Writes nothing."""
    refuse_password_in_url(url)
    url = server_url(url)
    path = sqlite_path(url)
    if path is not None:
        if path.exists() and path.stat().st_size:
            raise RevMentorError(
                f"{path} exists already. A copy goes into a new file: choose another name."
            )
        return
    if not url.startswith("postgresql"):
        raise RevMentorError("Copy to a PostgreSQL server (postgresql://…) or to a new file.")
    engine = make_engine(url, password=password_for(url))
    try:
        with engine.connect() as connection:
            tables = [t for t in inspect(connection).get_table_names() if t != "alembic_version"]
            foreign = sorted(set(tables) - set(Base.metadata.tables))
            if foreign:
                raise RevMentorError(
                    f"The database {place(url)} holds other tables ({', '.join(foreign[:3])}"
                    f"{'…' if len(foreign) > 3 else ''}). Copy into a new, empty database."
                )
            full = [t for t in tables if _has_rows(connection, t)]
    except DBAPIError as exc:
        if needed := password_error(exc, url):
            raise needed from exc
        raise DatabaseOpenError(
            f"Cannot reach the database {place(url)}: {' '.join(str(exc.orig).split())}"
        ) from exc
    finally:
        engine.dispose()
    if full:
        raise RevMentorError(
            f"The database {place(url)} already holds RevMentor data (e.g. the {full[0]} "
            "table). Nothing was copied: copy into a new, empty database."
        )


def _has_rows(connection: Connection, table: str) -> bool:
    return connection.exec_driver_sql(f'SELECT 1 FROM "{table}" LIMIT 1').first() is not None


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".lock"):  # the lock is released: nobody uses the file
        path.with_name(path.name + suffix).unlink(missing_ok=True)


# --- copying ----------------------------------------------------------------------------------


def _copy_and_verify(source: Database, target: Database, progress) -> list[TableCopy]:
    tables = list(Base.metadata.sorted_tables)  # parents before children
    with source.engine.connect() as reading:
        if source.engine.dialect.name == "postgresql":  # one snapshot of every table
            reading = reading.execution_options(isolation_level="REPEATABLE READ")
        with reading.begin(), target.engine.begin() as writing:
            counts = {t.name: reading.execute(select(func.count()).select_from(t)).scalar_one()
                      for t in tables}  # fmt: skip
            total, done = 2 * sum(counts.values()), 0
            progress(0, total)
            sums: dict[str, str] = {}
            for table in tables:
                if _has_rows(writing, table.name):  # written meanwhile by someone else
                    raise RevMentorError(
                        f"The target database got data of its own meanwhile ({table.name}); "
                        "nothing was copied."
                    )
                rows = _sorted_rows(reading, table)
                sums[table.name] = checksum(table, rows)
                for start in range(0, len(rows), BATCH):
                    _insert(writing, table, rows[start : start + BATCH])
                    done += len(rows[start : start + BATCH])
                    progress(done, total)
            _set_managers(reading, writing)
            if writing.dialect.name == "postgresql":
                _continue_sequences(writing, tables)
            copies = []
            for table in tables:  # read back before committing: a mismatch writes nothing
                rows = _sorted_rows(writing, table)
                stored = writing.execute(select(func.count()).select_from(table)).scalar_one()
                matched = stored == counts[table.name] and checksum(table, rows) == sums[table.name]
                copies.append(TableCopy(table.name, stored, sums[table.name], matched))
                done += len(rows)
                progress(done, total)
            if wrong := [c.name for c in copies if not c.matched]:
                raise RevMentorError(
                    f"The copy does not match the original in {', '.join(wrong)}; nothing was "
                    "copied. Please report this (Help → About names the log file)."
                )
    return copies


def _sorted_rows(connection: Connection, table: Table) -> list[Sequence]:
    """Every row in primary-key order, sorted here so both engines' collations agree."""
    keys = [list(table.columns).index(column) for column in table.primary_key.columns]
    rows = connection.execute(select(table)).all()
    return sorted(rows, key=lambda row: tuple(_normal(row[i]) for i in keys))


def _insert(connection: Connection, table: Table, rows: Iterable[Sequence]) -> None:
    names = [column.key for column in table.columns]
    values = [dict(zip(names, map(_portable, row), strict=True)) for row in rows]
    if table.name == "person":  # managers are people too: set once everyone is in
        for value in values:
            value["manager_id"] = None
    try:
        connection.execute(table.insert(), values)
    except DBAPIError as exc:
        reason = " ".join(str(exc.orig).split())
        raise RevMentorError(f"The {table.name} table could not be copied: {reason}") from exc


def _set_managers(reading: Connection, writing: Connection) -> None:
    person = Base.metadata.tables["person"]
    # An UPDATE would stamp updated_at anew (onupdate): keep each person's own.
    rows = reading.execute(
        select(person.c.id, person.c.manager_id, person.c.updated_at).where(
            person.c.manager_id.is_not(None)
        )
    ).all()
    update = (
        person.update()
        .where(person.c.id == bindparam("person"))
        .values(manager_id=bindparam("manager"), updated_at=bindparam("stamp"))
    )
    for start in range(0, len(rows), BATCH):
        writing.execute(update, [{"person": i, "manager": m, "stamp": _portable(u)}
                                 for i, m, u in rows[start : start + BATCH]])  # fmt: skip


def _continue_sequences(connection: Connection, tables: list[Table]) -> None:
    """New rows on the server get ids after the copied ones."""
    for table in tables:
        if "id" in table.c and list(table.primary_key.columns) == [table.c.id]:
            connection.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence(:table, 'id'), "
                    f'COALESCE(MAX(id), 0) + 1, false) FROM "{table.name}"'
                ),
                {"table": table.name},
            )


def _portable(value):
    """A value both engines store alike: times in UTC (SQLite keeps no time zone)."""
    if isinstance(value, datetime):
        return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
    return value


# --- checksums --------------------------------------------------------------------------------


def _normal(value):
    """A value as text both engines agree on, for the checksum and the sort."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        return _portable(value).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    return value  # None, bool, int, str, and JSON (lists, dicts: canonical with sorted keys)


def checksum(table: Table, rows: Iterable[Sequence]) -> str:
    """sha256 over `rows` (in primary-key order), each as canonical JSON of its values."""
    digest = hashlib.sha256(table.name.encode())
    for row in rows:
        line = json.dumps([_normal(v) for v in row], sort_keys=True, ensure_ascii=False,
                          separators=(",", ":"))  # fmt: skip
        digest.update(line.encode("utf-8", "surrogatepass") + b"\n")
    return digest.hexdigest()
