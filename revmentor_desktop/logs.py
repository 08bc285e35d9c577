"""The rotating log file every run of RevMentor (window or command line) writes to."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from revmentor_desktop.paths import log_dir

LOG_FILENAME = "revmentor.log"


def setup_logging(level: int = logging.INFO) -> Path:
    """Send log records to `<data folder>/logs/revmentor.log` (1 MB, five old files kept)."""
    path = log_dir() / LOG_FILENAME
    root = logging.getLogger()
    if not any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        handler.setFormatter(
            logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s")
        )
        root.addHandler(handler)
    root.setLevel(level)
    return path
