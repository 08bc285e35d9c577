"""Verified copies of an SQLite database, made with SQLite's online backup API."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from revmentor_desktop.core.errors import RevMentorError


def backup_sqlite(source: Path, folder: Path, label: str) -> Path:
    """Copy `source` into `folder` as `<stem>-<time>-<label>.sqlite`, verify it, return its path.

    The copy is written under a temporary name and only renamed once SQLite's integrity check
    passes, so a half-written or corrupt file never looks like a backup.
    """
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{source.stem}-{stamp}-{label}.sqlite"
    partial = target.with_suffix(".partial")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(partial)
    try:
        src.backup(dst)
        # The copy keeps WAL mode; switch it back so the backup is one self-contained file.
        dst.execute("PRAGMA journal_mode=DELETE")
        verdict = dst.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        dst.close()
        src.close()
    if verdict != "ok":
        partial.unlink(missing_ok=True)
        raise RevMentorError(f"The backup of {source.name} failed its integrity check: {verdict}")
    os.replace(partial, target)
    return target
