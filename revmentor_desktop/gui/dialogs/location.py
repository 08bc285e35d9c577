"""The warning that the database sits on a network drive or in a cloud-synced folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

from revmentor_desktop.gui.window_state import window_settings

SILENCED_KEY = "locationWarning/silencedFolders"

# Folders warned about since RevMentor started: reopening a database there says it once only.
_warned: set[str] = set()


def silenced_folders() -> list[str]:
    return window_settings().value(SILENCED_KEY, [], list)


def _silence(folder: str) -> None:
    settings = window_settings()
    settings.setValue(SILENCED_KEY, sorted({*silenced_folders(), folder}))
    settings.sync()


def warn_about_location(parent: QWidget, database_path: Path | None) -> QMessageBox | None:
    """Warn, window-modal and without waiting, when the database's folder is risky.

    Once per folder while RevMentor runs, and never again for a folder whose "Don't warn me
    again" box was ticked. Returns the message box shown, if any; nothing for a server database.
    """
    if database_path is None:
        return None
    from revmentor_desktop.core.db.location import storage_warning

    folder = str(Path(database_path).parent)
    if folder in _warned or folder in silenced_folders():
        return None
    message = storage_warning(database_path)
    if message is None:
        return None
    _warned.add(folder)
    where, advice = message.split("\n\n", 1)
    box = QMessageBox(
        QMessageBox.Icon.Warning, "Where the database is kept", where,
        QMessageBox.StandardButton.Ok, parent,
    )  # fmt: skip
    box.setInformativeText(advice)
    box.setObjectName("locationWarning")
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    silence = QCheckBox("Don't warn me again about this folder")
    silence.setObjectName("silenceLocationWarning")
    box.setCheckBox(silence)

    def remember(_result: int) -> None:
        if silence.isChecked():
            _silence(folder)

    box.finished.connect(remember)
    box.open()
    return box
