"""Opening a RevMentor database: the writer lock, the engine, the schema, damage and sessions."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from revmentor_desktop.core.db.backup import (
    BEFORE_UPGRADE,
    Backup,
    Progress,
    RestoreResult,
    damaged_error,
    list_backups,
    make_backup,
    restore,
)
from revmentor_desktop.core.db.credentials import password_error, password_for
from revmentor_desktop.core.db.engine import make_engine
from revmentor_desktop.core.db.lock import WriterLock
from revmentor_desktop.core.db.presence import application_name
from revmentor_desktop.core.db.schema import SchemaOutcome, ensure_schema
from revmentor_desktop.core.db.versions import EDITOR_MAX, EditorSession, default_editor
from revmentor_desktop.core.errors import DatabaseDamagedError, DatabaseOpenError, RevMentorError
from revmentor_desktop.core.files import create_private_file
from revmentor_desktop.paths import sqlite_path

log = logging.getLogger(__name__)

# SQLite's result codes for a damaged file: pages that make no sense, or no database header.
SQLITE_CORRUPT, SQLITE_NOTADB = 11, 26


@dataclass
class Database:
    url: str
    engine: Engine
    outcome: SchemaOutcome
    lock: WriterLock | None = None
    editor: str = ""  # the coordinator whose changes these are (Versioned.updated_by)
    _sessions: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # Objects stay readable after commit: views keep rows they loaded in a short session.
        self._sessions = sessionmaker(
            self.engine, class_=EditorSession, expire_on_commit=False, info={"editor": self.editor}
        )

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def application_name(self) -> str:
        """How a server lists this app's connections (core.db.presence)."""
        return application_name(self.editor)

    @property
    def writable(self) -> bool:
        return self.lock is not None or self.path is None

    def session(self) -> Session:
        """A new session; use it as `with db.session() as s, s.begin(): …` for one unit of work."""
        return self._sessions()

    def restore(self, backup: Backup | Path, progress: Progress | None = None) -> RestoreResult:
        """Replace this database by a backup (`core.db.backup.restore`), keeping the writer lock,
        and bring the restored file's schema up to date. Sessions opened afterwards read it."""
        if self.path is None or self.lock is None:
            raise RevMentorError("Only a database file open for writing can be restored.")
        self.engine.dispose()  # no connection may keep the old file (or its log) open
        result = restore(self.path, backup, lock=self.lock, progress=progress)
        self.engine.dispose()
        self.outcome = ensure_schema(self.engine, writable=True, backup=self._backup_first)
        return result

    def _backup_first(self) -> None:
        make_backup(self.path, BEFORE_UPGRADE)

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_database(
    url: str,
    *,
    writer: bool = True,
    program: str = "RevMentor",
    check: bool = False,
    lock: WriterLock | None = None,
    editor: str | None = None,
    password: str | None = None,
) -> Database:
    """Open (creating or upgrading as needed) the database at `url`.

    A writer takes the one-writer-at-a-time lock first; a reader (export, check) does not, and
    refuses a database that would need changing. SQLite's quick check runs first when `check`
    is set or the last writer ended without closing (a crash, a kill, a power cut). A damaged
    file raises DatabaseDamagedError, which names its newest good backup.

    `lock` is the writer lock of an existing file taken already (`core.db.quick.open_current`,
    which ran the quick check too): the database takes it over, and releases it on failure.
    `editor` names who makes the changes (default: this computer's user); `password` is a
    server's, asked for by the caller (else libpq finds it, e.g. in PGPASSFILE).
    """
    editor = (editor or default_editor()).strip()[:EDITOR_MAX]
    if password is None:
        password = password_for(url)
    path = sqlite_path(url)
    if path is not None and lock is None:
        if not path.parent.is_dir():
            raise DatabaseOpenError(f"The folder {path.parent} does not exist.")
        if not writer and not path.exists():
            raise DatabaseOpenError(f"There is no database at {path}.")
        if writer:
            lock = WriterLock(path, program)
            try:
                lock.acquire()
                # Created by us first, SQLite keeps its permissions: readable by the user alone.
                create_private_file(path)
            except OSError as exc:  # e.g. a full disk
                lock.release()
                raise DatabaseOpenError(
                    f"Cannot open the database {path}: {exc.strerror or exc}"
                ) from exc
    engine = make_engine(url, application_name=application_name(editor), password=password)
    try:
        if path is not None and (check or (lock is not None and lock.recovered)):
            _quick_check(engine, path)
        outcome = ensure_schema(
            engine,
            writable=writer,
            backup=(lambda: make_backup(path, BEFORE_UPGRADE)) if path else None,
        )
    except BaseException as exc:
        engine.dispose()
        if lock:
            lock.release()
        if isinstance(exc, DatabaseDamagedError):
            raise
        # e.g. "file is not a database", or a disk that filled up while creating or upgrading
        if isinstance(exc, DBAPIError | sqlite3.DatabaseError | OSError):
            if path is None and (needed := password_error(exc, url)):
                raise needed from exc
            reason = getattr(exc, "orig", None) or getattr(exc, "strerror", None) or exc
            if path is not None and _is_damage(reason, path):
                raise damaged_error(path, str(reason)) from exc
            raise DatabaseOpenError(f"Cannot open the database {path or url}: {reason}") from exc
        raise
    return Database(url=url, engine=engine, outcome=outcome, lock=lock, editor=editor)


def _quick_check(engine: Engine, path: Path) -> None:
    with engine.connect() as connection:
        problems = connection.exec_driver_sql("PRAGMA quick_check").scalars().all()
    if problems != ["ok"]:
        log.error("The quick check of %s failed: %s", path, problems[:20])
        raise damaged_error(path, "; ".join(problems[:3]))
    log.info("The quick check of %s found no damage", path)


def _is_damage(error: object, path: Path) -> bool:
    """A damaged file rather than some other program's: pages that make no sense, or a header
    gone from a file that was a RevMentor database (it has backups)."""
    code = getattr(error, "sqlite_errorcode", None)
    if code == SQLITE_CORRUPT:
        return True
    return code == SQLITE_NOTADB and bool(list_backups(path, counts=False))


def is_damage_error(error: BaseException) -> bool:
    """Whether an error raised while using a database says its file is damaged."""
    while error is not None:
        if getattr(error, "sqlite_errorcode", None) == SQLITE_CORRUPT:
            return True
        error = getattr(error, "orig", None) or error.__cause__
    return False
