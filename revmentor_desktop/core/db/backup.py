"""Verified backups of an SQLite database: made, listed, thinned, deleted and restored.

Each database has its own backups folder inside the data folder's `backups`, named after the
database file and a short code of where it lives (`revmentor-1a2b3c4d`), so two databases
with the same file name never mix. A backup is `<stem>-<YYYYMMDD-HHMMSS>[-<n>]-<label>.sqlite`:
`n` counts backups made in the same second, so no name is ever reused.

Every backup is made with SQLite's online backup API (a consistent copy even while another copy
of RevMentor writes), checked with `integrity_check` under a temporary name, and only then given
its name: a file that looks like a backup is a good one. Routine backups are thinned (the newest
of each of the last 7 days, 4 weeks and 12 months that have one are kept); backups made by hand,
before an upgrade or before a restore are kept until the user deletes them.
"""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
import logging
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from revmentor_desktop.core.db.lock import WriterLock
from revmentor_desktop.core.errors import DatabaseDamagedError, RevMentorError
from revmentor_desktop.core.files import PRIVATE_FILE, make_private, private_folder
from revmentor_desktop.core.text import date_text
from revmentor_desktop.paths import backup_dir, default_db_path, place_code

log = logging.getLogger(__name__)

ROUTINE = "routine"
MANUAL = "manual"
BEFORE_UPGRADE = "before-upgrade"
BEFORE_RESTORE = "before-restore"
DAMAGED = "damaged"  # a raw copy of a damaged file that a restore replaced, kept just in case
BACKUP_KINDS = {
    ROUTINE: "Routine",
    MANUAL: "Made by hand",
    BEFORE_UPGRADE: "Before an upgrade",
    BEFORE_RESTORE: "Before a restore",
    DAMAGED: "Damaged file, replaced",
}
# How many routine backups thinning keeps: the newest of each of the last N days, weeks, months.
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12

_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(
    r"(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<label>"
    + "|".join(map(re.escape, BACKUP_KINDS))
    + r")\.sqlite"
)

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: datetime
    label: str  # one of BACKUP_KINDS
    size: int  # bytes
    people: int | None = None  # read from the copy; None when not read or unreadable
    partnerships: int | None = None
    sequence: int = 1  # the n-th backup made in the same second

    @property
    def kind(self) -> str:
        return BACKUP_KINDS[self.label]

    @property
    def size_text(self) -> str:
        """The size as people read it: "292 KB", "1.4 MB"."""
        if self.size < 1000 * 1000:
            return f"{max(1, round(self.size / 1000))} KB"
        return f"{self.size / 1000 / 1000:.1f} MB"

    @property
    def when(self) -> str:
        """When it was taken, as messages name a backup: "3 Mar 2026 at 14:02"."""
        return f"{date_text(self.taken.date())} at {self.taken:%H:%M}"


@dataclass(frozen=True)
class RestoreResult:
    restored: Backup  # the backup put in place, with its counts
    replaced: Backup | None  # where the data it replaced is kept (None: there was no database)


def backup_folder(database: Path) -> Path:
    """The folder (created, readable by the user alone) that holds `database`'s backups."""
    return private_folder(_folder_of(database))


def _folder_of(database: Path) -> Path:
    return backup_dir() / f"{Path(database).stem}-{place_code(database)}"


def list_backups(database: Path, *, counts: bool = True) -> list[Backup]:
    """`database`'s backups, newest first; with `counts`, people and partnerships read from each."""
    found = []
    for path in _folder_of(database).glob("*.sqlite"):
        match = _NAME.fullmatch(path.name)
        if match is None:
            continue
        try:
            stat = path.stat()
        except OSError:  # deleted meanwhile
            continue
        people = partnerships = None
        if counts and match["label"] != DAMAGED:  # a damaged file's counts mean nothing
            people, partnerships = _counts(path)
        taken = datetime.strptime(match["stamp"], _STAMP)
        sequence = int(match["n"] or 1)
        backup = Backup(path, taken, match["label"], stat.st_size, people, partnerships, sequence)
        # Within one second, backups with different labels are told apart by their file's time.
        found.append(((taken, sequence, stat.st_mtime_ns), backup))
    return [backup for _key, backup in sorted(found, key=lambda pair: pair[0], reverse=True)]


def newest_good_backup(database: Path) -> Backup | None:
    """The newest backup of `database` that passes SQLite's quick check and is RevMentor's."""
    for backup in list_backups(database, counts=False):
        if backup.label == DAMAGED:
            continue
        try:
            with contextlib.closing(_open_read_only(backup.path, immutable=True)) as copy:
                if copy.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                    continue
                people, partnerships = _count_rows(copy)
        except sqlite3.Error:
            continue
        return dataclasses.replace(backup, people=people, partnerships=partnerships)
    return None


def make_backup(
    database: Path,
    label: str = MANUAL,
    *,
    target: Path | None = None,
    progress: Progress | None = None,
) -> Backup:
    """Back up `database` into its backups folder (or to the file `target`) and return it.

    Raises DatabaseDamagedError when the database itself is damaged (the copy fails its check
    and so does the original), RevMentorError when the copy cannot be written.
    """
    database = Path(database)
    if not database.is_file():
        raise RevMentorError(f"There is no database at {database}.")
    if target is not None and target.resolve() == database.resolve():
        raise RevMentorError("A backup cannot replace the database it copies; choose another file.")
    folder = target.parent if target is not None else backup_folder(database)
    if not folder.is_dir():
        raise RevMentorError(f"The folder {folder} does not exist.")
    taken = datetime.now().replace(microsecond=0)
    partial, people, partnerships = _verified_copy(database, folder, progress)
    try:
        if target is None:
            target, sequence = _name_without_clobbering(partial, database.stem, taken, label)
        else:
            os.replace(partial, target)
            sequence = 1
    except OSError as exc:
        raise RevMentorError(f"Could not write the backup: {exc.strerror or exc}") from exc
    finally:
        partial.unlink(missing_ok=True)
    log.info("Backed up %s to %s", database, target)
    return Backup(target, taken, label, target.stat().st_size, people, partnerships, sequence)


def routine_backup(database: Path) -> Backup | None:
    """Make the day's routine backup of `database` unless it has one from today; thin the rest.

    Returns the backup made, or None when none was due (or there is no database yet).
    """
    database = Path(database)
    if not database.is_file() or database.stat().st_size == 0:
        return None
    routine = [b for b in list_backups(database, counts=False) if b.label == ROUTINE]
    if routine and routine[0].taken.date() >= datetime.now().date():
        return None
    made = make_backup(database, ROUTINE)
    delete_backups(backups_to_thin(list_backups(database, counts=False)))
    _remove_leftovers(backup_folder(database))
    return made


def backups_to_thin(backups: Iterable[Backup]) -> list[Backup]:
    """The routine backups thinning removes: all but the newest of each of the last
    KEEP_DAILY days, KEEP_WEEKLY ISO weeks and KEEP_MONTHLY months that have a backup.

    Counting days that have a backup (not calendar days) keeps a week of backups for someone
    who opens RevMentor once a month too. Other labels are never thinned.
    """
    routine = sorted((b for b in backups if b.label == ROUTINE),
                     key=lambda b: (b.taken, b.sequence), reverse=True)  # fmt: skip
    keep: set[Path] = set()
    for period, how_many in ((lambda t: t.date(), KEEP_DAILY),
                             (lambda t: t.isocalendar()[:2], KEEP_WEEKLY),
                             (lambda t: (t.year, t.month), KEEP_MONTHLY)):  # fmt: skip
        periods: set = set()
        for backup in routine:
            key = period(backup.taken)
            if key in periods:
                continue
            if len(periods) == how_many:
                break
            periods.add(key)
            keep.add(backup.path)
    return [b for b in routine if b.path not in keep]


def delete_backups(backups: Iterable[Backup]) -> None:
    """Delete these backup files (one already gone is no error)."""
    for backup in backups:
        backup.path.unlink(missing_ok=True)
        backup.path.with_name(backup.path.name + "-wal").unlink(missing_ok=True)  # a damaged copy's
        log.info("Deleted the backup %s", backup.path)


def restore(
    database: Path,
    backup: Backup | Path,
    *,
    lock: WriterLock | None = None,
    progress: Progress | None = None,
) -> RestoreResult:
    """Put the backup in place of `database`, after checking it and backing up the current file.

    The backup is copied beside the database and checked (integrity, a RevMentor database from
    this version or an older one) before anything changes. Then, holding the writer lock (`lock`
    when the caller holds it already, else taken here: DatabaseLockedError when another copy
    writes), the current file is backed up as "before-restore" (a damaged one is kept as a raw
    copy), its write-ahead log is removed and the checked copy replaces it in one rename.
    """
    database = Path(database)
    source = backup.path if isinstance(backup, Backup) else Path(backup)
    if not source.is_file():
        raise RevMentorError(f"There is no backup at {source}.")
    if database.exists() and source.resolve() == database.resolve():
        raise RevMentorError("That file is the database itself; choose a backup of it.")
    if not database.parent.is_dir():
        raise RevMentorError(f"The folder {database.parent} does not exist.")
    partial, people, partnerships = _checked_copy(source, database.parent, progress)
    own_lock = None
    try:
        if lock is None:
            own_lock = lock = WriterLock(database, "RevMentor (restoring a backup)")
            lock.acquire()
        replaced = _keep_current(database) if database.exists() else None
        for suffix in ("-wal", "-shm", "-journal"):
            # The old log would be replayed into the restored file: it goes first.
            database.with_name(database.name + suffix).unlink(missing_ok=True)
        os.replace(partial, database)
        _sync_folder(database.parent)
    finally:
        partial.unlink(missing_ok=True)
        if own_lock is not None:
            own_lock.release()
    log.warning("Restored %s from %s", database, source)
    return RestoreResult(_as_backup(source, people, partnerships), replaced)


def _as_backup(path: Path, people: int, partnerships: int) -> Backup:
    """A Backup for `path` with its counts: its date and label from its name, else the file's
    time and "manual" (a copy saved elsewhere, e.g. with `revmentor backup -o`)."""
    stat = path.stat()
    match = _NAME.fullmatch(path.name)
    if match:
        taken, label = datetime.strptime(match["stamp"], _STAMP), match["label"]
    else:
        taken, label = datetime.fromtimestamp(stat.st_mtime).replace(microsecond=0), MANUAL
    return Backup(path, taken, label, stat.st_size, people, partnerships)


def restore_command(database: Path, backup: Path) -> str:
    """The command that restores `backup` into `database`, with --db unless it is the default."""
    db_option = "" if database.resolve() == default_db_path().resolve() else f' --db "{database}"'
    return f'revmentor{db_option} restore "{backup}"'


def damaged_error(database: Path, reason: str) -> DatabaseDamagedError:
    """The error for a damaged `database`, naming its newest good backup and how to restore it."""
    backup = newest_good_backup(database)
    if backup is None:
        advice = (
            "There is no backup of it to restore. Keep a copy of the file before trying anything "
            "else; SQLite's .recover command may save part of it."
        )
    else:
        advice = (
            f"The newest good backup is from {backup.when} ({backup.path}): restore it with "
            f"`{restore_command(database, backup.path)}` (or File → Backups… in the window)."
        )
    return DatabaseDamagedError(
        f"The database {database} is damaged: {reason}. {advice}",
        database=database,
        reason=reason,
        backup=backup,
    )


# --- the copies ---------------------------------------------------------------------------


def _open_read_only(path: Path, *, immutable: bool = False) -> sqlite3.Connection:
    # A URI, so that "#" or "?" in a folder's name are not taken for URI syntax.
    uri = Path(path).resolve().as_uri() + "?mode=ro" + ("&immutable=1" if immutable else "")
    return sqlite3.connect(uri, uri=True)


def _count_rows(connection: sqlite3.Connection) -> tuple[int, int]:
    people = connection.execute("SELECT count(*) FROM person").fetchone()[0]
    partnerships = connection.execute("SELECT count(*) FROM partnership").fetchone()[0]
    return people, partnerships


def _counts(path: Path) -> tuple[int | None, int | None]:
    try:
        with contextlib.closing(_open_read_only(path, immutable=True)) as copy:
            return _count_rows(copy)
    except sqlite3.Error:
        return None, None


def _copy(source: Path, folder: Path, progress: Progress | None) -> Path:
    """An SQLite backup of `source` as a new private file in `folder` (a self-contained file:
    rollback journal, not WAL). The caller checks it and removes it when not kept."""
    fd, name = tempfile.mkstemp(prefix=f".{source.stem}-", suffix=".partial", dir=folder)
    os.close(fd)
    partial = Path(name)
    make_private(partial, PRIVATE_FILE)

    def step(_status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress(total - remaining, total)

    try:
        with (
            contextlib.closing(_open_read_only(source)) as src,
            contextlib.closing(sqlite3.connect(partial)) as dst,
        ):
            src.backup(dst, pages=256, progress=step)
            dst.execute("PRAGMA journal_mode=DELETE")
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return partial


def _verified_copy(
    database: Path, folder: Path, progress: Progress | None
) -> tuple[Path, int | None, int | None]:
    """A checked copy of the current database: (temporary file, people, partnerships).

    When the copy fails, the database itself is checked: a damaged one raises
    DatabaseDamagedError; an intact one means the backup could not be written (a full disk).
    """
    partial = None
    try:
        partial = _copy(database, folder, progress)
        with contextlib.closing(sqlite3.connect(partial)) as copy:
            verdict = copy.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:  # e.g. "file is not a database", "disk is full"
        verdict = str(exc)
    except OSError as exc:
        verdict = exc.strerror or str(exc)
    except BaseException:
        if partial is not None:
            partial.unlink(missing_ok=True)
        raise
    if verdict == "ok":
        return partial, *_counts(partial)  # counts unknown (None) in a file without people
    if partial is not None:
        partial.unlink(missing_ok=True)
    original = _quick_check(database)
    if original != "ok":
        raise damaged_error(database, original)
    raise RevMentorError(f"Could not write the backup of {database.name} into {folder}: {verdict}")


def _checked_copy(
    source: Path, folder: Path, progress: Progress | None = None
) -> tuple[Path, int, int]:
    """A copy of a backup that passed every check for restoring it: (file, people, partnerships).

    RevMentorError, with nothing left behind, when it is damaged, not RevMentor's or too new.
    """
    from revmentor_desktop.core.db.schema import known_revisions

    try:
        partial = _copy(source, folder, progress)
    except sqlite3.DatabaseError as exc:
        raise RevMentorError(
            f"{source} is not a database RevMentor can restore ({exc}); nothing was changed."
        ) from exc
    except OSError as exc:
        raise RevMentorError(f"Could not copy {source}: {exc.strerror or exc}") from exc
    try:
        with contextlib.closing(sqlite3.connect(partial)) as copy:
            verdict = copy.execute("PRAGMA integrity_check").fetchone()[0]
            if verdict != "ok":
                raise RevMentorError(
                    f"The backup {source} is damaged ({verdict}); nothing was changed. "
                    "Choose another backup."
                )
            tables = {row[0] for row in copy.execute("SELECT name FROM sqlite_master")}
            if not {"alembic_version", "person", "partnership"} <= tables:
                raise RevMentorError(f"{source} is not a RevMentor database; nothing was changed.")
            revision = copy.execute("SELECT version_num FROM alembic_version").fetchone()
            if revision is None or revision[0] not in known_revisions():
                raise RevMentorError(
                    f"{source} was written by a newer version of RevMentor (schema "
                    f"{revision[0] if revision else 'unknown'}); nothing was changed."
                )
            people, partnerships = _count_rows(copy)
    except sqlite3.DatabaseError as exc:
        partial.unlink(missing_ok=True)
        raise RevMentorError(
            f"The backup {source} is damaged ({exc}); nothing was changed. Choose another backup."
        ) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    with open(partial, "rb+") as written:
        os.fsync(written.fileno())
    return partial, people, partnerships


def _quick_check(database: Path) -> str:
    """SQLite's quick check of a database file: "ok", or what is wrong."""
    try:
        with contextlib.closing(_open_read_only(database)) as connection:
            return connection.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        return str(exc)


def _name_without_clobbering(
    partial: Path, stem: str, taken: datetime, label: str
) -> tuple[Path, int]:
    """Give the checked copy its backup name; the n-th backup of the same second gets `-n`.

    A hard link fails if the name exists, so two copies of RevMentor backing up at once never
    replace each other's backup. Where the file system has no hard links, the name is reserved
    with an exclusive create first.
    """
    stamp = taken.strftime(_STAMP)
    for sequence in itertools.count(1):
        suffix = "" if sequence == 1 else f"-{sequence}"
        target = partial.parent / f"{stem}-{stamp}{suffix}-{label}.sqlite"
        try:
            os.link(partial, target)
        except FileExistsError:
            continue
        except OSError:  # no hard links here (FAT, some network shares)
            try:
                os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
            except FileExistsError:
                continue
            os.replace(partial, target)
        return target, sequence
    raise AssertionError("unreachable")


def _keep_current(database: Path) -> Backup | None:
    """Back up the database about to be replaced; a damaged one is kept as a raw copy."""
    if database.stat().st_size == 0:
        return None
    try:
        return make_backup(database, BEFORE_RESTORE)
    except DatabaseDamagedError:
        pass
    taken = datetime.now().replace(microsecond=0)
    folder = backup_folder(database)
    fd, name = tempfile.mkstemp(prefix=f".{database.stem}-", suffix=".partial", dir=folder)
    os.close(fd)
    partial = Path(name)
    try:
        shutil.copyfile(database, partial)
        target, sequence = _name_without_clobbering(partial, database.stem, taken, DAMAGED)
        wal = database.with_name(database.name + "-wal")
        if wal.exists():  # what it held last may be only in its log
            kept_wal = target.with_name(target.name + "-wal")
            shutil.copyfile(wal, kept_wal)
            make_private(kept_wal, PRIVATE_FILE)
    finally:
        partial.unlink(missing_ok=True)
    log.warning("Kept the damaged database %s as %s", database, target)
    return Backup(target, taken, DAMAGED, target.stat().st_size, sequence=sequence)


def _remove_leftovers(folder: Path) -> None:
    """Temporary copies a crash left behind more than a day ago."""
    old = datetime.now().timestamp() - timedelta(days=1).total_seconds()
    for partial in folder.glob(".*.partial"):
        with contextlib.suppress(OSError):
            if partial.stat().st_mtime < old:
                partial.unlink()


def _sync_folder(folder: Path) -> None:
    """Make a rename in `folder` survive a power cut (POSIX; Windows has no folder handles)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
