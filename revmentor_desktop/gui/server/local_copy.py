"""File → Make a local copy…: the open server database copied into a new file, verified."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.gui.bidi import ltr
from revmentor_desktop.gui.dialogs.common import DATABASES, ask_save_path
from revmentor_desktop.gui.tasks import Cancelled, TaskRunner

LOCAL_FILTER = "RevMentor databases (*.sqlite);;All files (*)"


def local_copy(window) -> Path | None:
    """File → Make a local copy…: the open server database copied into a new file; the file
    when the user chose to open it, else None."""
    from revmentor_desktop.core.db.copy import copy_database
    from revmentor_desktop.core.text import count
    from revmentor_desktop.paths import sqlite_url

    db = window.db
    if db is None or db.path is not None:
        return None
    name = f"{db.engine.url.database or 'revmentor'} (local copy).sqlite"
    path = ask_save_path(window, "Make a local copy", name, LOCAL_FILTER, DATABASES,
                         QFileDialog.Option.DontConfirmOverwrite)  # fmt: skip
    if path is None:
        return None
    progress = QProgressDialog("Copying the server database…", "Stop", 0, 0, window)
    progress.setObjectName("localCopyProgress")
    progress.setWindowTitle("Make a local copy")
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(500)
    outcome: dict[str, object] = {}
    waiting = QEventLoop()

    def ended(key: str):
        def end(value) -> None:
            outcome[key] = value
            waiting.quit()

        return end

    def progressed(done: int, total: int) -> None:
        progress.setMaximum(max(total, 1))
        progress.setValue(done)

    task = TaskRunner.start(
        lambda control: copy_database(db, sqlite_url(path), progress=control.progress),
        on_done=ended("result"), on_error=ended("error"), on_progress=progressed, parent=window,
    )  # fmt: skip
    progress.canceled.connect(task.cancel)
    if not task.is_finished:
        waiting.exec()
    progress.close()
    progress.deleteLater()
    error = outcome.get("error")
    if isinstance(error, Cancelled):
        return None
    if error is not None:
        if not isinstance(error, RevMentorError):
            raise error
        QMessageBox.warning(window, "Make a local copy", ltr(str(error)))
        return None
    result = outcome["result"]
    answer = QMessageBox.question(
        window, "Local copy made",
        ltr(f"Copied {count(result.rows, 'row')} in {len(result.tables)} tables into {path}; "
            "each table's rows and checksum match the server's.\n\nOpen the local copy now? "
            "Changes made in it stay on this computer; the server database stays as it is."),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
        QMessageBox.StandardButton.Open,
    )  # fmt: skip
    return path if answer == QMessageBox.StandardButton.Open else None
