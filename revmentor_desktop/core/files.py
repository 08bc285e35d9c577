"""Writing files so that a crash or a full disk never leaves a half-written one behind."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from revmentor_desktop.core.errors import RevMentorError


@contextlib.contextmanager
def atomic_write(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside `path`; on success it replaces `path` in one step."""
    import tempfile  # on first use: paths.py imports this module at every start

    path = Path(path)
    if not path.parent.is_dir():
        raise RevMentorError(f"The folder {path.parent} does not exist.")
    try:  # an unwritable folder fails here already
        fd, temp_name = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".partial", dir=path.parent
        )
    except OSError as exc:
        raise RevMentorError(f"Could not write {path}: {exc.strerror or exc}") from exc
    os.close(fd)
    temp = Path(temp_name)
    try:
        yield temp
        with open(temp, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(temp, path)
    except OSError as exc:
        raise RevMentorError(f"Could not write {path}: {exc.strerror or exc}") from exc
    finally:
        temp.unlink(missing_ok=True)


# The data folder and everything in it hold personal data: readable by the user alone.
PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600


def make_private(path: Path, mode: int) -> None:
    """Take away what `mode` does not grant, on a file or folder the user owns.

    POSIX only: on Windows `os.chmod` can only set the read-only flag, and the user's profile
    folders are private through their access lists already. A file system that keeps no
    permissions (FAT, some network shares) refuses or ignores the change: left as it is.
    """
    if os.name == "nt":
        return
    try:
        status = path.stat()
        if status.st_uid == os.getuid() and status.st_mode & 0o777 & ~mode:
            path.chmod(status.st_mode & 0o777 & mode)
    except OSError:
        pass


def private_folder(path: Path) -> Path:
    """Create `path` (with any missing parents) for the user alone, or tighten it to that."""
    path.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    make_private(path, PRIVATE_FOLDER)
    return path


def create_private_file(path: Path) -> bool:
    """Create `path` empty, readable and writable by the user alone, unless it exists.

    Returns whether it was created. Programs that later open it (SQLite, the log) keep its
    permissions, where they would create a new file readable by everyone (0644).
    """
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    except FileExistsError:
        return False
    return True
