"""How views open dialogs, ask questions, ask for files, show problems and list programmes."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from revmentor_desktop.gui.bidi import ltr
from revmentor_desktop.gui.style import error_style
from revmentor_desktop.gui.window_state import window_settings

if TYPE_CHECKING:
    from revmentor_desktop.core.db import Database

# Kinds of file the window saves or opens: each kind's dialogs start in the folder last used
# for it, so reports keep going to the reports folder even after an export went elsewhere.
REPORTS = "reports"  # programme and partnership reports (.pdf)
AGREEMENTS = "agreements"  # partnership agreements (.pdf)
CALENDAR = "calendar"  # meeting series and brainstorming invitations (.ics)
EXPORTS = "exports"  # people, pairs and check-ins (.xlsx, .csv)
PERSON_DATA = "personData"  # everything held about one person (.json)
IMPORTS = "imports"  # spreadsheets of people or check-ins to import
DATABASES = "databases"  # RevMentor database files, new or opened
LOGOS = "logos"  # the organisation's logo


def show_error(label: QLabel, message: str | None) -> None:
    """An inline message under the field it is about; hidden while there is nothing to say.
    A message that opens with a name stays a left-to-right sentence (see `ltr`)."""
    label.setStyleSheet(error_style())
    label.setText(ltr(message or ""))
    label.setVisible(bool(message))


def changed_elsewhere(parent: QWidget, error: Exception, reload: Callable[[], None]) -> None:
    """Another coordinator saved the same record first (ChangedElsewhereError): say who and
    when, and reload only when asked, so the user can still copy what they typed."""
    box = QMessageBox(QMessageBox.Icon.Warning, "Not saved", ltr(str(error)), parent=parent)
    box.setObjectName("changedElsewhereBox")
    again = box.addButton("&Reload", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("&Keep my edits on screen", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(again)
    box.exec()
    if box.clickedButton() is again:
        reload()


def ask_coordinator_email(parent: QWidget, db: Database) -> bool:
    """Invitations come from the coordinator (their ORGANIZER): when no coordinator's email is
    set yet, ask for it once and keep it in the organisation settings. False: cancelled."""
    # The services load SQLAlchemy: not before the people list is on screen at start-up.
    from revmentor_desktop.core.errors import ChangedElsewhereError
    from revmentor_desktop.core.services.coordinator import (
        coordinator_email,
        email_problem,
        save_coordinator_email,
    )
    from revmentor_desktop.core.services.organisation import COORDINATOR_EMAIL

    if coordinator_email(db):
        return True
    text, problem = "", ""
    while True:
        text, ok = QInputDialog.getText(
            parent, "Coordinator's email",
            f"{problem}Calendar invitations come from the programme coordinator, and the "
            "partners' replies go to them.\nYour email address (kept in File → Organisation "
            "settings…):",
            QLineEdit.EchoMode.Normal, text,
        )  # fmt: skip
        if not ok:
            return False
        problem = email_problem(text)
        if problem is None:
            try:  # asked because none was set: another coordinator may have set one meanwhile
                save_coordinator_email(db, text, versions={COORDINATOR_EMAIL: None})
            except ChangedElsewhereError:
                QMessageBox.information(
                    parent, "Coordinator's email",
                    "Another coordinator set the coordinator's email address meanwhile: "
                    "invitations use theirs (File → Organisation settings… shows it).",
                )  # fmt: skip
            return True
        problem += "\n\n"


def refill_programmes(combo: QComboBox, db: Database) -> None:
    """The programmes afresh, keeping the one chosen (or the first), without a change signal."""
    from revmentor_desktop.core.services.people.directory import filter_options

    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for programme_id, name in filter_options(db).programmes:
        combo.addItem(name, programme_id)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.setEnabled(combo.count() > 0)
    combo.blockSignals(False)


def documents_folder() -> Path:
    """The user's Documents folder, else their home folder: never the working directory, which
    for an installed app is its program folder."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if _usable_folder(documents) else Path.home()


def start_folder(kind: str) -> Path:
    """Where a file dialog for this kind of file opens: the folder last used for it while it
    still exists, else Documents."""
    last = window_settings().value(_folder_key(kind))
    return Path(str(last)) if _usable_folder(last) else documents_folder()


def remember_folder(kind: str, folder: Path) -> None:
    """The next dialog for this kind of file opens in `folder` (kept in window.ini)."""
    settings = window_settings()
    settings.setValue(_folder_key(kind), str(folder))
    settings.sync()


def ask_save_path(
    parent: QWidget,
    title: str,
    suggested: str | Path,
    file_filter: str,
    kind: str,
    options: QFileDialog.Option | None = None,
) -> Path | None:
    """Where to save a file; None when the user cancels.

    With a `kind` the dialog opens at `suggested`'s file name in the folder last used for that
    kind (else Documents) and remembers the folder chosen; without one, in `suggested`'s own
    folder when that exists. A name without one of the filter's extensions gets the chosen
    filter's (else the suggested name's). `options` go to the dialog (e.g. DontConfirmOverwrite
    where the caller refuses an existing file itself).
    """
    suggested = Path(suggested)
    start = str(start_folder(kind) / suggested.name)
    if options is None:
        name, chosen_filter = QFileDialog.getSaveFileName(parent, title, start, file_filter)
    else:
        name, chosen_filter = QFileDialog.getSaveFileName(
            parent, title, start, file_filter, "", options
        )
    if not name:
        return None
    path = Path(name)
    candidates = [*_extensions(chosen_filter), suggested.suffix.lower(), *_extensions(file_filter)]
    candidates = [extension for extension in candidates if extension]
    if candidates and path.suffix.lower() not in candidates:
        path = path.with_name(path.name + candidates[0])
    remember_folder(kind, path.parent)
    return path


def ask_open_path(
    parent: QWidget, title: str, file_filter: str, kind: str, current: str | Path = ""
) -> Path | None:
    """A file to open; None when the user cancels. The dialog opens on `current` (the file
    chosen so far) when its folder exists, else in the folder last used for this kind of file
    (else Documents), and remembers the folder of the file chosen."""
    start = start_folder(kind)
    if current:
        chosen = Path(current).expanduser()
        if _usable_folder(chosen.parent):
            start = chosen if chosen.is_file() else chosen.parent
    name, _filter = QFileDialog.getOpenFileName(parent, title, str(start), file_filter)
    if not name:
        return None
    path = Path(name)
    remember_folder(kind, path.parent)
    return path


def _folder_key(kind: str) -> str:
    return f"fileDialogs/{kind}Folder"


def _usable_folder(folder: object) -> bool:
    """An existing folder named in full: a relative or empty one would open the dialog in the
    working directory."""
    if not folder:
        return False
    path = Path(str(folder))
    return path.is_absolute() and path.is_dir()


def _extensions(file_filter: str) -> list[str]:
    """The extensions a filter names, in order: "PDF (*.pdf);;CSV (*.csv)" → [".pdf", ".csv"]."""
    return [f".{ext.lower()}" for ext in re.findall(r"\*\.(\w+)", file_filter or "")]


class DialogHost:
    """Mixed into a view: `_run_dialog` and `_confirm` are what its tests monkeypatch."""

    def _run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog modally; True when accepted."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _confirm(self, title: str, question: str) -> bool:
        """Ask a yes/cancel question; Cancel is the default, so Enter never destroys anything."""
        answer = QMessageBox.question(
            self,
            title,
            ltr(question),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes
