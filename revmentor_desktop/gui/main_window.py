"""The main window: menus, the navigation toolbar, the pages and the status bar."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QActionGroup, QCloseEvent, QDesktopServices, QIcon
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QWidget

from revmentor_desktop import __version__
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.gui.forms.ui_main_window import Ui_MainWindow
from revmentor_desktop.paths import data_dir, resource

if TYPE_CHECKING:
    from revmentor_desktop.core.db import Database

log = logging.getLogger(__name__)


def window_settings() -> QSettings:
    """Window sizes and layout, kept beside the database rather than in a system registry."""
    return QSettings(str(data_dir() / "window.ini"), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    """Built empty so it can be on screen at once; `open_database` then fills it.

    Nothing here imports the database layer at module level: SQLAlchemy takes longer to import
    than Qt takes to show the window, so it loads while the window is already visible.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowIcon(QIcon(str(resource("icons", "revmentor.svg"))))
        # Each navigation action shows one page; the group keeps exactly one checked.
        self.navigation = QActionGroup(self)
        self._pages = {}
        self.ui.actionRefresh.triggered.connect(self.refresh)
        self.ui.actionExportPeople.triggered.connect(self.export_people)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionOpenDataFolder.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir())))
        )
        self.ui.actionAbout.triggered.connect(self.about)
        self.database_label = QLabel("Opening the database…")
        self.database_label.setObjectName("databaseLabel")
        self.statusBar().addPermanentWidget(self.database_label)
        self._set_database_actions_enabled(False)
        self._restore_geometry()

    def open_database(self, db_url: str, *, demo_if_new: bool = False) -> None:
        """Take the database's writer lock, bring its schema up to date and show its pages.

        Raises RevMentorError (e.g. DatabaseLockedError) and leaves the window empty when the
        database cannot be opened. A newly created database gets the demo programme when
        `demo_if_new` is set, as on the very first start.
        """
        from revmentor_desktop.core.db import open_database
        from revmentor_desktop.core.db.schema import SchemaOutcome
        from revmentor_desktop.core.services.organisation import ORGANISATION_NAME, get_setting
        from revmentor_desktop.gui.people_view import PeopleView

        db = open_database(db_url)
        try:
            if demo_if_new and db.outcome is SchemaOutcome.CREATED:
                from revmentor_desktop.core.services.demo import create_demo

                self.database_label.setText("Creating the demo programme…")
                summary = create_demo(db)
                self.statusBar().showMessage(
                    f"Welcome! This is a demo programme with {summary.people} people, "
                    "to look around in.", 15000
                )  # fmt: skip
            with db.engine.connect() as connection:
                organisation = get_setting(connection, ORGANISATION_NAME)
            self.people = PeopleView(db)
        except BaseException:
            db.close()
            raise
        self.db = db
        self.setWindowTitle(f"RevMentor — {organisation}" if organisation else "RevMentor")
        self.database_label.setText(f"Database: {db.path or db.url}")
        self.people.restore_state(window_settings())
        self._add_page(self.ui.actionPeople, self.people)
        self.show_page(self.ui.actionPeople)
        self._set_database_actions_enabled(True)

    def _set_database_actions_enabled(self, enabled: bool) -> None:
        for action in (self.ui.actionPeople, self.ui.actionRefresh, self.ui.actionExportPeople):
            action.setEnabled(enabled)

    def _add_page(self, action, page: QWidget) -> None:
        self.navigation.addAction(action)
        self.ui.pages.addWidget(page)
        self._pages[action] = page
        action.triggered.connect(lambda _checked=False, a=action: self.show_page(a))

    def show_page(self, action) -> None:
        action.setChecked(True)
        self.ui.pages.setCurrentWidget(self._pages[action])

    def refresh(self) -> None:
        self.ui.pages.currentWidget().reload()
        self.statusBar().showMessage("Refreshed", 2000)

    def export_people(self) -> None:
        from revmentor_desktop.core.services.exports import export_people

        settings = window_settings()
        start = settings.value("export/folder", str(Path.home()))
        name, chosen_filter = QFileDialog.getSaveFileName(
            self, "Export people", str(Path(start) / "people.xlsx"),
            "Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)",
        )  # fmt: skip
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_suffix(".csv" if "csv" in chosen_filter.lower() else ".xlsx")
        try:
            count = export_people(self.db, path)
        except RevMentorError as exc:
            QMessageBox.warning(self, "Export people", str(exc))
            return
        settings.setValue("export/folder", str(path.parent))
        self.statusBar().showMessage(f"Exported {count:,} people to {path}", 8000)

    def about(self) -> None:
        QMessageBox.about(
            self,
            "About RevMentor",
            f"<h3>RevMentor Desktop {__version__}</h3>"
            "<p>Run a reverse-mentoring programme end to end on this computer: people, pair "
            "suggestions, partnership agreements, check-ins and reports. Nothing leaves the "
            "machine.</p>"
            f"<p>Database: {self.db.path or self.db.url if self.db else 'not open'}</p>",
        )

    def _restore_geometry(self) -> None:
        settings = window_settings()
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value("main/state")
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = window_settings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/state", self.saveState())
        if self.db is not None:
            self.people.save_state(settings)
            self.db.close()
        settings.sync()
        super().closeEvent(event)
