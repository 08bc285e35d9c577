"""Opening a RevMentor database: the writer lock, the engine, the schema and sessions."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from revmentor_desktop.core.db.backup import backup_sqlite
from revmentor_desktop.core.db.engine import make_engine
from revmentor_desktop.core.db.lock import WriterLock
from revmentor_desktop.core.db.schema import SchemaOutcome, ensure_schema
from revmentor_desktop.core.errors import DatabaseOpenError
from revmentor_desktop.paths import backup_dir, sqlite_path

log = logging.getLogger(__name__)


@dataclass
class Database:
    url: str
    engine: Engine
    outcome: SchemaOutcome
    lock: WriterLock | None = None
    _sessions: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # Objects stay readable after commit: views keep rows they loaded in a short session.
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def writable(self) -> bool:
        return self.lock is not None or self.path is None

    def session(self) -> Session:
        """A new session; use it as `with db.session() as s, s.begin(): …` for one unit of work."""
        return self._sessions()

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_database(url: str, *, writer: bool = True, program: str = "RevMentor") -> Database:
    """Open (creating or upgrading as needed) the database at `url`.

    A writer takes the one-writer-at-a-time lock first; a reader (export, check) does not, and
    refuses a database that would need changing.
    """
    path = sqlite_path(url)
    lock = None
    if path is not None:
        if not path.parent.is_dir():
            raise DatabaseOpenError(f"The folder {path.parent} does not exist.")
        if not writer and not path.exists():
            raise DatabaseOpenError(f"There is no database at {path}.")
        if writer:
            lock = WriterLock(path, program)
            try:
                lock.acquire()
            except OSError as exc:  # e.g. a full disk
                raise DatabaseOpenError(
                    f"Cannot open the database {path}: {exc.strerror or exc}"
                ) from exc
    engine = make_engine(url)
    try:
        outcome = ensure_schema(
            engine,
            writable=writer,
            backup=(lambda: backup_sqlite(path, backup_dir(), "before-upgrade")) if path else None,
        )
    except BaseException as exc:
        engine.dispose()
        if lock:
            lock.release()
        # e.g. "file is not a database", or a disk that filled up while creating or upgrading
        if isinstance(exc, DBAPIError | sqlite3.DatabaseError | OSError):
            reason = getattr(exc, "orig", None) or getattr(exc, "strerror", None) or exc
            raise DatabaseOpenError(f"Cannot open the database {path or url}: {reason}") from exc
        raise
    return Database(url=url, engine=engine, outcome=outcome, lock=lock)
