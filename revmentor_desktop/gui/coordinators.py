"""On a server: who else is connected, in the status bar, and others' changes shown as they come."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from revmentor_desktop.core.text import isolate, join

if TYPE_CHECKING:
    from revmentor_desktop.core.db import Database

log = logging.getLogger(__name__)

POLL_MS = 1_500  # how soon another coordinator's change shows (a poll asks nothing of the server)
PRESENCE_POLLS = 20  # who is connected is looked up every 30 s, and whenever someone changed data
NAME_KEY = "coordinatorName"  # this user's name as other coordinators see it (window settings)


def coordinator_name() -> str | None:
    """The name this user chose to be shown to other coordinators; None: their account's."""
    from revmentor_desktop.gui.window_state import window_settings

    name = window_settings().value(NAME_KEY)
    return name.strip() if isinstance(name, str) and name.strip() else None


def remember_coordinator_name(name: str) -> None:
    from revmentor_desktop.gui.window_state import window_settings

    window_settings().setValue(NAME_KEY, name.strip())


class CoordinatorWatch(QObject):
    """Listens while a server database is open; calls `changed(names)` with who changed the
    data (an empty list: unknown, after the connection was lost), never while a dialog is open
    over the window, so nothing is reloaded under a form being filled in."""

    def __init__(self, window: QMainWindow, changed: Callable[[list[str]], None]) -> None:
        super().__init__(window)
        self.changed = changed
        self.label = QLabel()
        self.label.setObjectName("coordinatorsLabel")
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.db: Database | None = None
        self.listener = None
        self.pending: list[str] | None = None  # news waiting for the dialog to close
        self.polls = 0

    def watch(self, db: Database) -> None:
        """Start listening to `db` if it is on a server (a SQLite file has one writer)."""
        self.stop()
        if db.path is not None:
            return
        from revmentor_desktop.core.db.changes import ChangeListener

        self.db, self.listener = db, ChangeListener(db.engine, db.application_name)
        self.listener.heard()  # listening from now on
        self.show_presence()
        self.label.show()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self.listener is not None:
            self.listener.close()
        self.db = self.listener = self.pending = None
        self.label.hide()

    def poll(self) -> None:
        names = self.listener.heard()
        if names or self.listener.missed:
            self.listener.missed = False
            self.pending = list(dict.fromkeys((self.pending or []) + names))
        self.polls += 1
        if names or self.polls % PRESENCE_POLLS == 0:
            self.show_presence()
        if self.pending is not None and QApplication.activeModalWidget() is None:
            news, self.pending = self.pending, None
            self.changed(news)

    def show_presence(self) -> None:
        from sqlalchemy.exc import SQLAlchemyError

        from revmentor_desktop.core.db.presence import others_connected

        try:
            others = others_connected(self.db.engine, self.db.application_name)
        except SQLAlchemyError as exc:
            log.warning("Could not ask the server who is connected: %s", exc)
            self.label.setText("Server not answering")
            return
        names = join(isolate(name) for name in others)
        self.label.setText(f"Also connected: {names}" if others else "Only you are connected")
        self.label.setToolTip("Other coordinators working on this database now" if others else "")
