"""The rotating log file every run of RevMentor (window or command line) writes to."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from revmentor_desktop.core.files import PRIVATE_FILE, create_private_file, make_private
from revmentor_desktop.paths import log_dir

LOG_FILENAME = "revmentor.log"


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files only the user can read: the log names people and files."""

    def _open(self):
        path = Path(self.baseFilename)
        if not create_private_file(path):  # a log from an older version may be 0644
            make_private(path, PRIVATE_FILE)
        return super()._open()


def setup_logging(level: int = logging.INFO) -> Path:
    """Send log records to `<data folder>/logs/revmentor.log` (1 MB, five old files kept)."""
    path = log_dir() / LOG_FILENAME
    root = logging.getLogger()
    if not any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        handler = PrivateRotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        handler.setFormatter(
            logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s")
        )
        root.addHandler(handler)
    root.setLevel(level)
    return path
