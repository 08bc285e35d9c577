"""Writing files so that a crash or a full disk never leaves a half-written one behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from revmentor_desktop.core.errors import RevMentorError


@contextlib.contextmanager
def atomic_write(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside `path`; on success it replaces `path` in one step."""
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
