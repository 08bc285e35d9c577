"""File → Backups…: the database's backups, dates and counts; back up now, restore, delete.

Also the question asked at start when the database is damaged: restore its newest good backup,
or quit.
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.backup import (
    DAMAGED,
    MANUAL,
    Backup,
    RestoreResult,
    backup_folder,
    delete_backups,
    list_backups,
    make_backup,
    restore,
)
from revmentor_desktop.core.errors import DatabaseDamagedError, RevMentorError
from revmentor_desktop.core.text import count, isolate
from revmentor_desktop.gui.bidi import ltr
from revmentor_desktop.gui.dialogs.common import DialogHost, show_error
from revmentor_desktop.gui.forms.ui_backups_dialog import Ui_BackupsDialog
from revmentor_desktop.gui.icons import apply_button_icons
from revmentor_desktop.gui.tasks import TaskRunner
from revmentor_desktop.gui.window_state import RemembersSize

log = logging.getLogger(__name__)

DATE, KIND, PEOPLE, PARTNERSHIPS, SIZE, FILE = range(6)
HEADERS = ["Taken", "Kind", "People", "Partnerships", "Size", "File"]
PATH_ROLE = Qt.ItemDataRole.UserRole
NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _counts(backup: Backup) -> str:
    if backup.people is None:
        return "what it holds cannot be read"
    people = count(backup.people, "person", "people")
    return f"{people} and {count(backup.partnerships, 'partnership')}"


class BackupsDialog(DialogHost, RemembersSize, QDialog):
    """One database's backups, newest first. `restored(RestoreResult)` after a restore, so the
    window reads everything afresh; `db` must be a database file open for writing."""

    GEOMETRY_KEY = "backups/geometry"

    restored = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.database = db.path
        self.backups: list[Backup] = []
        self.task = None
        self.ui = Ui_BackupsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.headerLabel.setText(
            f"Backups of <b>{html.escape(isolate(self.database.name))}</b> "
            f"({html.escape(isolate(self.database.parent))}), newest first. RevMentor makes a "
            "routine backup once a day when its window closes and keeps the newest of each of "
            "the last 7 days, 4 weeks and 12 months. Backups made by hand, before an upgrade or "
            "before a restore stay until you delete them. Each backup was checked when it was made."
        )
        table = ui.backupsTable
        table.setColumnCount(len(HEADERS))
        table.setHorizontalHeaderLabels(HEADERS)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a long name keeps its kind
        ui.progressBar.setVisible(False)
        ui.statusLabel.setVisible(False)
        ui.backUpButton.clicked.connect(self.back_up)
        ui.restoreButton.clicked.connect(self.restore_selected)
        ui.deleteButton.clicked.connect(self.delete_selected)
        ui.openFolderButton.clicked.connect(self.open_folder)
        table.itemSelectionChanged.connect(self._update_buttons)
        table.doubleClicked.connect(lambda _index: self.restore_selected())
        for button in (ui.backUpButton, ui.restoreButton, ui.deleteButton, ui.openFolderButton):
            button.setAutoDefault(False)
        self.reload()
        self._restore_geometry()
        table.setFocus()
        apply_button_icons(self)

    # --- reading ------------------------------------------------------------------------
    def reload(self, select: Backup | None = None) -> None:
        self.backups = list_backups(self.database)
        table = self.ui.backupsTable
        table.setRowCount(len(self.backups))
        for row, backup in enumerate(self.backups):
            values = (
                f"{backup.taken:%a} {backup.when}",
                backup.kind,
                "" if backup.people is None else f"{backup.people:,}",
                "" if backup.partnerships is None else f"{backup.partnerships:,}",
                backup.size_text,
                backup.path.name,
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(PATH_ROLE, str(backup.path))
                item.setToolTip(
                    "The damaged database a restore replaced, kept as it was in case something "
                    f"in it is needed; it cannot be restored.\n{backup.path}"
                    if backup.label == DAMAGED
                    else str(backup.path)
                )
                if column in (PEOPLE, PARTNERSHIPS, SIZE):
                    item.setTextAlignment(NUMBER_ALIGNMENT)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        for column in range(FILE):  # air between the columns; the file name takes what is left
            table.setColumnWidth(column, table.columnWidth(column) + 16)
        if self.backups:
            wanted = [i for i, b in enumerate(self.backups) if select and b.path == select.path]
            table.selectRow(wanted[0] if wanted else 0)
        else:
            self._say("No backups yet. Back up now makes the first one.")
        self._update_buttons()

    def selected(self) -> Backup | None:
        rows = self.ui.backupsTable.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        backup, idle = self.selected(), self.task is None
        self.ui.backUpButton.setEnabled(idle)
        self.ui.restoreButton.setEnabled(idle and backup is not None and backup.label != DAMAGED)
        self.ui.deleteButton.setEnabled(idle and backup is not None)
        self.ui.buttonBox.setEnabled(idle)

    def _say(self, text: str, *, error: bool = False) -> None:
        if error:
            show_error(self.ui.statusLabel, text)
        else:
            self.ui.statusLabel.setStyleSheet("")
            self.ui.statusLabel.setText(text)
            self.ui.statusLabel.setVisible(bool(text))

    # --- acting -------------------------------------------------------------------------
    def back_up(self) -> None:
        self._say("Backing up…")
        self._start(lambda control: make_backup(self.database, MANUAL, progress=control.progress),
                    self._backed_up)  # fmt: skip

    def _backed_up(self, made: Backup) -> None:
        self.reload(select=made)
        self._say(f"Backed up: {_counts(made)}, {made.size_text}, checked.")

    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is None or backup.label == DAMAGED or self.task is not None:
            return
        question = (
            f"Restore the backup of {backup.when} ({backup.kind.lower()}, {_counts(backup)})?\n\n"
            "It replaces everything in the database now. The current data is backed up first "
            "(as “Before a restore”), so you can go back to it from this list."
        )
        if not self._confirm("Restore backup", question):
            return
        self._say(f"Restoring the backup of {backup.when}…")
        self._start(lambda control: self.db.restore(backup, progress=control.progress),
                    self._restored)  # fmt: skip

    def _restored(self, result: RestoreResult) -> None:
        self.reload(select=result.restored)
        text = f"Restored the backup of {result.restored.when}: {_counts(result.restored)}."
        if result.replaced is not None:
            text += f" The data it replaced is in the backup of {result.replaced.when}."
        self._say(text)
        self.restored.emit(result)

    def delete_selected(self) -> None:
        backup = self.selected()
        if backup is None or self.task is not None:
            return
        if not self._confirm("Delete backup", f"Delete the backup of {backup.when} "
                             f"({backup.kind.lower()})? It cannot be brought back."):  # fmt: skip
            return
        delete_backups([backup])
        self.reload()
        self._say(f"Deleted the backup of {backup.when}.")

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(backup_folder(self.database))))

    def _start(self, work, on_done) -> None:
        self.ui.progressBar.setRange(0, 0)  # busy until the first page count arrives
        self.ui.progressBar.setVisible(True)
        self.task = True  # busy: every button waits (the runner may finish in place)
        self._update_buttons()
        task = TaskRunner.start(
            work, on_done=self._finished(on_done), on_error=self._failed,
            on_progress=self._progress, parent=self,
        )  # fmt: skip
        if self.task is True:
            self.task = None if task.is_finished else task

    def _progress(self, done: int, total: int) -> None:
        self.ui.progressBar.setRange(0, max(total, 1))
        self.ui.progressBar.setValue(done)

    def _finished(self, on_done):
        def done(result) -> None:
            self._idle()
            on_done(result)

        return done

    def _failed(self, exc: BaseException) -> None:
        self._idle()
        if not isinstance(exc, RevMentorError):
            raise exc  # a bug: the crash dialog shows it
        self._say(str(exc), error=True)

    def _idle(self) -> None:
        self.task = None
        self.ui.progressBar.setVisible(False)
        self._update_buttons()

    def reject(self) -> None:
        if self.task is None:  # a backup or restore under way finishes first
            super().reject()


def restore_damaged(parent: QWidget | None, error: DatabaseDamagedError) -> bool:
    """At start, a damaged database: offer its newest good backup, or quit.

    Returns True when the backup was restored (the caller opens the database again), False when
    the user chose to quit or there was nothing to restore.
    """
    backup = error.backup
    if backup is None:
        QMessageBox.critical(parent, "RevMentor", ltr(str(error)))
        return False
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle("RevMentor")
    box.setText(f"The database {isolate(error.database)} is damaged and cannot be used as it is.")
    box.setInformativeText(
        f"The newest good backup is from {backup.when} ({_counts(backup)}).\n\n"
        "Restore it? The damaged file is kept in the backups folder, in case it is needed."
    )
    box.setDetailedText(f"What SQLite found: {error.reason}\n\nThe backup: {backup.path}")
    restore_button = box.addButton("&Restore this backup", QMessageBox.ButtonRole.AcceptRole)
    restore_button.setObjectName("restoreButton")
    quit_button = box.addButton("&Quit", QMessageBox.ButtonRole.RejectRole)
    quit_button.setObjectName("quitButton")
    box.setDefaultButton(restore_button)
    box.exec()
    if box.clickedButton() is not restore_button:
        return False
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        restore(error.database, backup)
    except RevMentorError as exc:
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.critical(parent, "RevMentor", ltr(str(exc)))
        return False
    QGuiApplication.restoreOverrideCursor()
    return True
