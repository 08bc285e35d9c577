"""One writer at a time: an operating-system lock beside the database file that names its holder.

The lock is taken with flock (POSIX) or msvcrt (Windows) on `<database>.lock`, so the system
releases it when the holding process dies: a lock left by a crash is recovered simply by the
next copy acquiring it. The file's text says who holds it, for the message the next copy shows;
releasing empties it, so a holder still named when the lock is taken again is the mark of an
unclean shutdown (`recovered`), after which the database is checked before use.
"""

from __future__ import annotations

import getpass
import json
import logging
import os
import socket
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from revmentor_desktop.core.errors import DatabaseLockedError
from revmentor_desktop.core.files import PRIVATE_FILE, make_private

log = logging.getLogger(__name__)

# On Windows the locked byte lies beyond the holder text so other copies can still read it.
_WINDOWS_LOCK_OFFSET = 1 << 20


@dataclass(frozen=True)
class LockHolder:
    host: str
    pid: int
    user: str
    since: str
    program: str

    def describe(self) -> str:
        process = f"process {self.pid}, user {self.user}"
        return f"{self.program} on {self.host} ({process}) since {self.since}"


def _this_holder(program: str) -> LockHolder:
    try:
        user = getpass.getuser()
    except Exception:  # no user name on some service accounts
        user = "unknown"
    return LockHolder(
        host=socket.gethostname(),
        pid=os.getpid(),
        user=user,
        since=datetime.now().isoformat(timespec="seconds"),
        program=program,
    )


def _try_lock(fd: int) -> bool:
    try:
        if sys.platform == "win32":
            import msvcrt

            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


def _read_holder(fd: int) -> LockHolder | None:
    os.lseek(fd, 0, os.SEEK_SET)
    raw = os.read(fd, 4096)
    try:
        return LockHolder(**json.loads(raw.decode("utf-8")))
    except (ValueError, TypeError):
        return None


class WriterLock:
    """The right to write to one SQLite database; `acquire` raises DatabaseLockedError if taken."""

    def __init__(self, database: Path, program: str = "RevMentor") -> None:
        self.path = database.with_name(database.name + ".lock")
        self.program = program
        self._fd: int | None = None
        # Who held the lock before and ended without releasing it (a crash, a kill, a power cut).
        self.recovered: LockHolder | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE)
        make_private(self.path, PRIVATE_FILE)  # one made by an older version was 0644
        if not _try_lock(fd):
            holder = _read_holder(fd)
            os.close(fd)
            who = holder.describe() if holder else "another program"
            raise DatabaseLockedError(
                f"The database {self.path.with_suffix('').name} is already open for writing by "
                f"{who}. Close it there first, or choose another database with --db."
            )
        stale = _read_holder(fd)
        if stale is not None:
            # The previous holder ended without releasing (a crash or a kill); the system freed
            # its lock, so taking over is safe.
            log.warning("Recovered a lock left by %s", stale.describe())
        self.recovered = stale
        text = json.dumps(_this_holder(self.program).__dict__).encode("utf-8")
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            os.ftruncate(fd, 0)
            os.write(fd, text)
            os.fsync(fd)
        except OSError:  # a full disk: give the lock back rather than hold it unnamed
            _unlock(fd)
            os.close(fd)
            raise
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        # The file stays (removing it could let two copies lock two different files);
        # emptying it says that nobody holds it.
        os.ftruncate(self._fd, 0)
        _unlock(self._fd)
        os.close(self._fd)
        self._fd = None

    def __enter__(self) -> WriterLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
