"""The Qt user interface; everything it does goes through core.services."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow


def create_main_window(db_url: str, *, demo_if_new: bool = False) -> QMainWindow:
    """Build the main window on `db_url` inside an existing QApplication.

    Takes the database's writer lock (raising DatabaseLockedError when another copy holds it);
    the window releases it when closed. See MainWindow.open_database for `demo_if_new`.
    """
    from revmentor_desktop.gui.main_window import MainWindow

    window = MainWindow()
    try:
        window.open_database(db_url, demo_if_new=demo_if_new)
    except BaseException:
        window.deleteLater()
        raise
    return window
