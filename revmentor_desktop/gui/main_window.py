"""The main window: menus, the navigation toolbar, the pages and the status bar."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QIcon
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QWidget

from revmentor_desktop import __version__
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.gui.forms.ui_main_window import Ui_MainWindow
from revmentor_desktop.gui.pages.base import Page
from revmentor_desktop.gui.window_state import window_settings
from revmentor_desktop.paths import data_dir, resource

if TYPE_CHECKING:
    from revmentor_desktop.core.db import Database

log = logging.getLogger(__name__)


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
        self._page_makers: dict[QAction, Callable[[], Page]] = {}
        self._pages: dict[QAction, Page] = {}  # built so far
        self._stale: set[QAction] = set()  # built pages to read afresh when next shown
        self.ui.actionRefresh.triggered.connect(self.refresh)
        self.ui.actionNewPartnership.triggered.connect(self.new_partnership)
        self.ui.actionExportPeople.triggered.connect(lambda: self.export("people"))
        self.ui.actionExportPairs.triggered.connect(lambda: self.export("pairs"))
        self.ui.actionExportCheckIns.triggered.connect(lambda: self.export("checkins"))
        self.ui.actionImport.triggered.connect(lambda: self.import_people())
        self.ui.actionImportCheckIns.triggered.connect(lambda: self.import_check_ins())
        self.ui.actionReports.triggered.connect(self.reports)
        self.ui.actionSettings.triggered.connect(self.edit_settings)
        self.ui.actionBackups.triggered.connect(self.backups)
        self.setAcceptDrops(True)
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
        from revmentor_desktop.gui.pages.people import PeopleView

        # The quick check costs milliseconds: a damaged file is found now, not on some page later.
        db = open_database(db_url, check=True)
        try:
            if demo_if_new and db.outcome is SchemaOutcome.CREATED:
                from revmentor_desktop.core.demo.organisation import create_demo

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
        self._show_organisation(organisation)
        self.database_label.setText(f"Database: {db.path or db.url}")
        # The people view's own "Add person…" (Ctrl+N) is in the File menu too, from any page.
        add_person = self.people.add_person_action
        self.ui.menuFile.insertAction(self.ui.actionNewPartnership, add_person)
        add_person.triggered.connect(lambda: self.show_page(self.ui.actionPeople))
        self._add_page(self.ui.actionPeople, lambda: self.people)
        self._add_page(self.ui.actionProgrammes, self._programmes_page)
        self._add_page(self.ui.actionSuggestions, self._suggestions_page)
        self._add_page(self.ui.actionPartnerships, self._partnerships_page)
        self._add_page(self.ui.actionDashboard, self._dashboard_page)
        self.show_page(self.ui.actionPeople)
        self._set_database_actions_enabled(True)
        self.ui.actionBackups.setEnabled(db.path is not None)  # a server has its own backups
        self._report_failed_backup()
        from revmentor_desktop.gui.dialogs.location import warn_about_location

        warn_about_location(self, db.path)

    def new_partnership(self) -> None:
        """Show the Partnerships page and start the wizard from scratch there."""
        self.show_page(self.ui.actionPartnerships)
        self.page(self.ui.actionPartnerships).new_partnership()

    def _show_organisation(self, name: str | None) -> None:
        self.setWindowTitle(f"RevMentor — {name}" if name else "RevMentor")

    def edit_settings(self) -> None:
        from revmentor_desktop.gui.dialogs.organisation import SettingsDialog

        dialog = SettingsDialog(self.db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._settings_saved)
        dialog.open()
        self.settings_dialog = dialog

    def backups(self) -> None:
        from revmentor_desktop.gui.dialogs.backups import BackupsDialog

        dialog = BackupsDialog(self.db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self._backup_restored)
        dialog.open()
        self.backups_dialog = dialog

    def _backup_restored(self, result) -> None:
        from revmentor_desktop.core.services.organisation import ORGANISATION_NAME, get_setting

        with self.db.engine.connect() as connection:
            self._show_organisation(get_setting(connection, ORGANISATION_NAME))
        self.reload_pages()
        self.statusBar().showMessage(f"Restored the backup of {result.restored.when}", 15000)

    def _settings_saved(self, settings) -> None:
        self._show_organisation(settings.name)
        self.reload_pages()  # level labels and categories show everywhere at once
        self.statusBar().showMessage("Organisation settings saved", 5000)

    def _set_database_actions_enabled(self, enabled: bool) -> None:
        for action in (self.ui.actionPeople, self.ui.actionProgrammes, self.ui.actionSuggestions,
                       self.ui.actionPartnerships, self.ui.actionDashboard,
                       self.ui.actionNewPartnership, self.ui.actionRefresh,
                       self.ui.actionImport, self.ui.actionImportCheckIns,
                       self.ui.actionExportPeople, self.ui.actionExportPairs,
                       self.ui.actionExportCheckIns, self.ui.actionReports,
                       self.ui.actionSettings, self.ui.actionBackups):  # fmt: skip
            action.setEnabled(enabled)

    def _programmes_page(self) -> Page:
        from revmentor_desktop.gui.pages.programmes import ProgrammesView

        return ProgrammesView(self.db)

    def _suggestions_page(self) -> Page:
        from revmentor_desktop.gui.pages.suggestions import SuggestionsView

        page = SuggestionsView(self.db)
        page.accepted.connect(
            lambda _ids: self._mark_stale(self.ui.actionPartnerships, self.ui.actionDashboard)
        )
        return page

    def _partnerships_page(self) -> Page:
        from revmentor_desktop.gui.pages.partnerships import PartnershipsView

        page = PartnershipsView(self.db)
        # Ended, deleted or new partnerships free or take places: suggest again when next shown.
        page.changed.connect(
            lambda: self._mark_stale(self.ui.actionSuggestions, self.ui.actionDashboard)
        )
        return page

    def _dashboard_page(self) -> Page:
        from revmentor_desktop.gui.pages.dashboard import DashboardView

        page = DashboardView(self.db)
        page.log_check_in_requested.connect(self.log_check_in)
        page.resume_draft_requested.connect(self.resume_draft)
        page.suggest_requested.connect(self.suggest_partners)
        return page

    def log_check_in(self, partnership_id: int) -> None:
        from revmentor_desktop.gui.dialogs.checkin import open_check_in_dialog

        changed = (self.ui.actionDashboard, self.ui.actionPartnerships)
        dialog = open_check_in_dialog(
            self, self.db, partnership_id,
            on_saved=lambda _id: self._mark_stale(*changed),
            on_ended=lambda _id: self._mark_stale(*changed, self.ui.actionSuggestions),
        )  # fmt: skip
        if dialog is None:  # deleted or finished meanwhile
            self._mark_stale(self.ui.actionDashboard)
            return
        self.check_in_dialog = dialog

    def resume_draft(self, partnership_id: int) -> None:
        self.show_page(self.ui.actionPartnerships)
        self.page(self.ui.actionPartnerships).open_partnership(partnership_id)
        self._mark_stale(self.ui.actionDashboard)

    def suggest_partners(self, programme_id: int) -> None:
        self.show_page(self.ui.actionSuggestions)
        self.page(self.ui.actionSuggestions).select_programme(programme_id)

    def _mark_stale(self, *actions: QAction) -> None:
        """A change made on one page that another shows: read it afresh when it is shown."""
        for action in actions:
            if action in self._pages:
                if self.ui.pages.currentWidget() is self._pages[action]:
                    self._pages[action].reload()
                else:
                    self._stale.add(action)

    def _add_page(self, action, make_page: Callable[[], Page]) -> None:
        """A page is built the first time it is shown: start-up pays only for the first one."""
        self.navigation.addAction(action)
        self._page_makers[action] = make_page
        action.triggered.connect(lambda _checked=False, a=action: self.show_page(a))

    def page(self, action) -> Page:
        if action not in self._pages:
            page = self._page_makers[action]()
            page.message.connect(lambda text: self.statusBar().showMessage(text, 10000))
            page.restore_state(window_settings())
            self.ui.pages.addWidget(page)
            self._pages[action] = page
        return self._pages[action]

    def show_page(self, action) -> None:
        action.setChecked(True)
        page = self.page(action)
        if action in self._stale:
            self._stale.discard(action)
            page.reload()
        self.ui.pages.setCurrentWidget(page)

    def current_page(self) -> Page:
        return self.ui.pages.currentWidget()

    def refresh(self) -> None:
        self.current_page().reload()
        self.statusBar().showMessage("Refreshed", 2000)

    def reload_pages(self) -> None:
        """After anything that changes people or settings: every page shows it at once."""
        self._stale.clear()
        for page in self._pages.values():
            page.reload()

    def import_people(self, path: Path | None = None) -> None:
        from revmentor_desktop.gui.dialogs.imports import ImportDialog

        dialog = ImportDialog(self.db, path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._people_imported)
        dialog.open()  # window-modal, without a nested event loop
        self.import_dialog = dialog

    def _people_imported(self, summary) -> None:
        self.reload_pages()
        message = (f"Imported people: {summary.created:,} created, {summary.updated:,} updated, "
                   f"{summary.rejected:,} rejected")  # fmt: skip
        message += "".join(f", {part}" for part in summary.skipped_parts)
        if summary.enrolled:
            message += f", {summary.enrolled:,} enrolled"
        self.statusBar().showMessage(message, 15000)

    def import_check_ins(self, path: Path | None = None) -> None:
        from revmentor_desktop.gui.dialogs.imports import CHECK_INS, ImportDialog

        dialog = ImportDialog(self.db, path, self, kind=CHECK_INS)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._check_ins_imported)
        dialog.open()
        self.import_dialog = dialog

    def _check_ins_imported(self, summary) -> None:
        self.reload_pages()  # last check-in dates, goal progress, the dashboard
        self.statusBar().showMessage(
            f"Imported check-ins: {summary.created:,} created, {summary.skipped:,} already "
            f"logged, {summary.rejected:,} skipped",
            15000,
        )

    def reports(self) -> None:
        """The report dialog, on what the current page shows: its programme or partnership."""
        from revmentor_desktop.gui.dialogs.report import ReportDialog

        programme_id, partnership_id = self.current_page().report_context()
        dialog = ReportDialog(
            self.db, programme_id=programme_id, partnership_id=partnership_id, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.report_dialog = dialog

    def _dropped_file(self, event) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if self.db is None or len(urls) != 1 or not urls[0].isLocalFile():
            return None
        from revmentor_desktop.gui.dialogs.imports import is_importable

        path = Path(urls[0].toLocalFile())
        return path if is_importable(path) else None

    def dragEnterEvent(self, event) -> None:
        if self._dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        path = self._dropped_file(event)
        if path is not None:
            event.acceptProposedAction()
            self.import_people(path)

    def export(self, what: str) -> None:
        """Save people, pairs or check-ins as a CSV or Excel file the user chooses."""
        from revmentor_desktop.core.services.exports import EXPORT_KINDS

        kind = EXPORT_KINDS[what]
        settings = window_settings()
        start = settings.value("export/folder", str(Path.home()))
        name, chosen_filter = QFileDialog.getSaveFileName(
            self, kind.title, str(Path(start) / kind.default_file_name),
            "Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)",
        )  # fmt: skip
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_suffix(".csv" if "csv" in chosen_filter.lower() else ".xlsx")
        try:
            rows = kind.write(self.db, path)
        except RevMentorError as exc:
            QMessageBox.warning(self, kind.title, str(exc))
            return
        settings.setValue("export/folder", str(path.parent))
        self.statusBar().showMessage(kind.done_text(rows, path), 8000)

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
            for page in self._pages.values():
                page.save_state(settings)
            # Only the copy that wrote to the database backs it up, once.
            backup_due = self.db.lock is not None and self.db.path is not None
            self.db.close()
            if backup_due:
                self.hide()  # the window is gone at once; the day's backup follows
                self._routine_backup(self.db.path, settings)
        settings.sync()
        super().closeEvent(event)

    def _routine_backup(self, database: Path, settings) -> None:
        """The day's routine backup, on the way out. A failure never keeps the window from
        closing: it is logged and shown in the status bar at the next start."""
        from revmentor_desktop.core.db.backup import routine_backup

        try:
            routine_backup(database)
        except Exception as exc:  # a full disk, a damaged file, a bug: closing goes on
            log.exception("The routine backup of %s failed", database)
            settings.setValue("backup/failure", str(exc))
        else:
            settings.remove("backup/failure")

    def _report_failed_backup(self) -> None:
        settings = window_settings()
        failure = settings.value("backup/failure")
        if failure:
            settings.remove("backup/failure")
            self.statusBar().showMessage(
                f"The last routine backup failed: {failure} (File → Backups… makes one now)"
            )
