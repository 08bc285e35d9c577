"""Starting the window: the display check, the QApplication, the crash dialog, a damaged file."""

from __future__ import annotations

import os
import sys

from revmentor_desktop.core.errors import DatabaseDamagedError, RevMentorError


def check_display() -> None:
    """Refuse early, in one line, where no window can be shown (e.g. over SSH on Linux)."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        raise RevMentorError(
            "no display found (DISPLAY is not set): the window needs a desktop session; "
            "the command line works without one (revmentor --help)"
        )


def run(db_url: str | None = None) -> int:
    """Show the window, then open `db_url` (--db or $REVMENTOR_DB); without one, the last
    database opened, else the default one, else (the very first start) the welcome."""
    check_display()
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from revmentor_desktop.gui.bidi import ltr
    from revmentor_desktop.gui.fonts import register_app_fonts
    from revmentor_desktop.gui.icons import app_icon
    from revmentor_desktop.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("RevMentor")
    # No display name: Qt would add " — RevMentor" to every title, which names the app already.
    app.setDesktopFileName("revmentor")
    app.setWindowIcon(app_icon())
    # Fonts for the scripts the system may lack, before any name is drawn.
    register_app_fonts()
    sys.excepthook = crash_dialog

    window = MainWindow()
    crash_hook = install_damage_message(window)

    def open_database(step=None) -> None:
        try:
            rest = step() if step is not None else window.start(db_url, people_first=True)
        except DatabaseDamagedError as exc:
            from revmentor_desktop.gui.dialogs.backups import restore_damaged

            if restore_damaged(window, exc):
                open_database()  # the restored file, checked again on the way in
                return
            window.close()
            app.exit(1)
        except RevMentorError as exc:
            QMessageBox.critical(window, "RevMentor", ltr(str(exc)))
            window.close()
            app.exit(1)
        else:
            if rest is not None:  # the people are shown: the database opens once they are painted
                after_paint(window.people.ui.peopleTable.viewport(), lambda: open_database(rest))

    class FirstExpose(QObject):
        """Opens the database once the empty window is on screen, so start-up never looks frozen."""

        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Expose and watched.isExposed():
                watched.removeEventFilter(self)
                QTimer.singleShot(0, open_database)
            return False

    window.winId()  # creates the native window, so its first Expose can be watched
    window.windowHandle().installEventFilter(FirstExpose(window))
    window.show()
    try:
        return app.exec()
    finally:
        sys.excepthook = crash_hook


def crash_dialog(exc_type, exc, tb) -> None:
    """The crash dialog for a bug (`gui.crash.show_crash`), loaded on the first crash: its form
    takes longer to import than the people list takes to show."""
    from revmentor_desktop.gui.crash import show_crash

    show_crash(exc_type, exc, tb)


def after_paint(widget, then) -> None:
    """Run `then` once, just after `widget` first paints (or after a second, should it never
    paint: a window started minimised), from the event loop."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class Painted(QObject):
        done = False

        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.run()
            return False

        def run(self) -> None:
            if not self.done:
                self.done = True
                widget.removeEventFilter(self)
                QTimer.singleShot(0, then)

    painted = Painted(widget)
    widget.installEventFilter(painted)
    QTimer.singleShot(1000, painted.run)


def install_damage_message(window):
    """Damage found while the window is in use (a page SQLite cannot read) is explained, with
    the newest good backup, instead of the crash dialog: it is not a bug to report. Returns the
    hook it stands in front of."""
    import logging

    from PySide6.QtWidgets import QMessageBox

    from revmentor_desktop.gui.bidi import ltr

    previous = sys.excepthook

    def hook(exc_type, exc, tb) -> None:
        from revmentor_desktop.core.db.database import is_damage_error

        database = window.db.path if window.db is not None else None
        if database is None or not is_damage_error(exc):
            previous(exc_type, exc, tb)
            return
        from revmentor_desktop.core.db.backup import damaged_error

        logging.getLogger(__name__).error("The database is damaged", exc_info=(exc_type, exc, tb))
        reason = str(getattr(exc, "orig", None) or exc)
        QMessageBox.critical(window, "RevMentor", ltr(str(damaged_error(database, reason))))

    sys.excepthook = hook
    return previous
