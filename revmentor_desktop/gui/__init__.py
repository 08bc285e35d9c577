"""The Qt user interface; everything it does goes through core.services."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from revmentor_desktop.core.db import open_database
from revmentor_desktop.core.db.schema import SchemaOutcome


def create_main_window(db_url: str, *, demo_if_new: bool = False) -> QMainWindow:
    """Build the main window on `db_url` inside an existing QApplication.

    Takes the database's writer lock (raising DatabaseLockedError when another copy holds it);
    the window releases it when closed. A newly created database gets the demo programme when
    `demo_if_new` is set, as on the very first start.
    """
    from revmentor_desktop.gui.main_window import MainWindow

    db = open_database(db_url)
    try:
        if demo_if_new and db.outcome is SchemaOutcome.CREATED:
            from revmentor_desktop.core.services.demo import create_demo

            create_demo(db)
        return MainWindow(db)
    except BaseException:
        db.close()
        raise
