"""The main window: menus, the navigation toolbar, the pages and the status bar."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QGuiApplication,
    QKeySequence,
    QPalette,
)
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QWidget

from revmentor_desktop import __version__
from revmentor_desktop.core.db.credentials import PasswordNeededError, place
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.text import isolate, join
from revmentor_desktop.gui.bidi import ltr
from revmentor_desktop.gui.coordinators import CoordinatorWatch, coordinator_name
from revmentor_desktop.gui.forms.ui_main_window import Ui_MainWindow
from revmentor_desktop.gui.help import install_help
from revmentor_desktop.gui.icons import apply_icons
from revmentor_desktop.gui.pages.base import Page
from revmentor_desktop.gui.window_state import (
    clear_recent_databases,
    fit_to_screen,
    forget_database,
    last_server,
    recent_databases,
    remember_database,
    remember_server,
    window_settings,
)
from revmentor_desktop.paths import (
    data_dir,
    default_db_path,
    demo_db_path,
    sqlite_path,
    sqlite_url,
)

if TYPE_CHECKING:
    from revmentor_desktop.core.db import Database
    from revmentor_desktop.core.services.organisation import OrganisationSettings

log = logging.getLogger(__name__)

APP_TITLE = "RevMentor"
DATABASE_FILTER = "RevMentor databases (*.sqlite *.sqlite3 *.db);;All files (*)"
NEW_DATABASE_NAME = "organisation.sqlite"
DEMO_NEWS = "The demo: "
# SQLite's companions of a database file, removed with it when the demo starts afresh.
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")


def window_title(organisation: str | None, file_name: str | None, demo: bool) -> str:
    """ "RevMentor — Northwind Logistics (demo)"; the file's name when the organisation has no
    name yet; "RevMentor" alone with nothing open. The application sets no display name, so Qt
    adds no second "RevMentor" to it."""
    if file_name is None:
        return APP_TITLE
    return f"{APP_TITLE} — {isolate(organisation or file_name)}" + (" (demo)" if demo else "")


def database_at_start() -> tuple[Path | None, Path | None]:
    """(the database a start without --db opens, the last one opened when it has gone).

    The last database opened, while it is still there; else the default one if it exists;
    None on the very first start, which offers the demo or setting up the organisation.
    """
    recent = recent_databases()
    last = recent[0] if recent else None
    if last is not None and last.is_file():
        return last, None
    default = default_db_path()
    return (default if default.is_file() else None), last


def same_file(a: Path | None, b: Path | None) -> bool:
    if a is None or b is None:
        return False
    return os.path.normcase(str(a.resolve())) == os.path.normcase(str(b.resolve()))


def remove_database_files(path: Path) -> None:
    """Delete a database file and SQLite's companions of it (its lock file may stay)."""
    for name in (path.name, *(path.name + suffix for suffix in SQLITE_COMPANIONS)):
        path.with_name(name).unlink(missing_ok=True)


class MainWindow(QMainWindow):
    """Built empty so it can be on screen at once; `start` or `open_database` then fills it.

    Nothing here imports the database layer at module level: SQLAlchemy takes longer to import
    than Qt takes to show the window, so it loads while the window is already visible.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.people = None  # the People page of the open database
        self._first_read = None  # people shown ahead of their database's opening (`start`)
        self._organisation: str | None = None
        self._demo = False
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        # Each navigation action shows one page; the group keeps exactly one checked.
        self.navigation = QActionGroup(self)
        self._page_makers: dict[QAction, Callable[[], Page]] = {}
        self._pages: dict[QAction, Page] = {}  # built so far
        self._stale: set[QAction] = set()  # built pages to read afresh when next shown
        self._navigating: set[QAction] = set()  # actions already connected to show_page
        self.ui.actionNewDatabase.triggered.connect(self.new_database)
        self.ui.actionOpenDatabase.triggered.connect(self.choose_database)
        self.ui.actionOpenDemo.triggered.connect(self.open_demo)
        self.ui.menuOpenRecent.setToolTipsVisible(True)
        self.ui.menuOpenRecent.aboutToShow.connect(self.fill_recent_menu)
        self.ui.actionRefresh.triggered.connect(self.refresh)
        self.ui.actionNewPartnership.triggered.connect(self.new_partnership)
        self.ui.actionExportPeople.triggered.connect(lambda: self.export("people"))
        self.ui.actionExportPairs.triggered.connect(lambda: self.export("pairs"))
        self.ui.actionExportCheckIns.triggered.connect(lambda: self.export("checkins"))
        self.ui.actionImport.triggered.connect(lambda: self.import_people())
        self.ui.actionImportCheckIns.triggered.connect(lambda: self.import_check_ins())
        self.ui.actionReports.triggered.connect(self.reports)
        # File → Messages for the pairs…, after Reports…: mail drafts the coordinator sends.
        self.messages_action = QAction("&Messages for the pairs…", self)
        self.messages_action.setObjectName("actionMessages")
        self.messages_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.messages_action.setStatusTip(
            "Introductions, reminders, survey requests and thank-yous as mail drafts to send"
        )
        file_actions = self.ui.menuFile.actions()
        after_reports = file_actions[file_actions.index(self.ui.actionReports) + 1]
        self.ui.menuFile.insertAction(after_reports, self.messages_action)
        self.messages_action.triggered.connect(self.pair_messages)
        # File → Move to a server… / Make a local copy…: the database copied, then verified.
        self.move_to_server_action = QAction("Move to a &server…", self)
        self.move_to_server_action.setObjectName("actionMoveToServer")
        self.move_to_server_action.setStatusTip(
            "Copy this database to an empty database on your organisation's PostgreSQL server"
        )
        self.local_copy_action = QAction("Make a &local copy…", self)
        self.local_copy_action.setObjectName("actionLocalCopy")
        self.local_copy_action.setStatusTip("Copy the server database into a new file here")
        self.ui.menuFile.insertAction(self.ui.actionBackups, self.move_to_server_action)
        self.ui.menuFile.insertAction(self.ui.actionBackups, self.local_copy_action)
        # File → Open a server database…, after Open database…: another coordinator's server.
        self.open_server_action = QAction("Open a ser&ver database…", self)
        self.open_server_action.setObjectName("actionOpenServer")
        self.open_server_action.setStatusTip(
            "Open your organisation's database on its PostgreSQL server"
        )
        self.ui.menuFile.insertAction(self.ui.menuOpenRecent.menuAction(), self.open_server_action)
        self.open_server_action.triggered.connect(self.choose_server)
        self.move_to_server_action.triggered.connect(self.move_to_server)
        self.local_copy_action.triggered.connect(self.make_local_copy)
        self.ui.actionSettings.triggered.connect(self.edit_settings)
        self.ui.actionBackups.triggered.connect(self.backups)
        self.setAcceptDrops(True)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionOpenDataFolder.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir())))
        )
        self.ui.actionAbout.triggered.connect(self.about)
        self.help = install_help(self)  # Help → User guide, and F1 on every screen and dialog
        # The demo's banner takes the palette's note colours, so it reads in light and dark themes.
        banner = self.ui.demoBanner
        banner.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        banner.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.ui.resetDemoButton.clicked.connect(self.reset_demo)
        self.ui.demoSetUpButton.clicked.connect(self.set_up_organisation)
        self.database_label = QLabel("Opening the database…")
        self.database_label.setObjectName("databaseLabel")
        self.statusBar().addPermanentWidget(self.database_label)
        self.coordinators = CoordinatorWatch(self, self.others_changed)
        self._set_database_actions_enabled(False)
        self.fill_recent_menu()
        self._restore_geometry()
        apply_icons(self)  # after install_help: its menu entry takes an icon too

    # --- which database ------------------------------------------------------------------

    def start(
        self, db_url: str | None = None, *, people_first: bool = False
    ) -> Callable[[], None] | None:
        """Open the database the start asks for: `db_url` (--db or $REVMENTOR_DB), else the
        last one opened, else the default one; the very first start shows the welcome.

        With `people_first`, a database that opens without a question (`core.db.quick`) shows
        its people first, read before the database layer has loaded, and the rest of the
        opening is returned for the caller to run once they are on screen. None when all is
        done. Raises RevMentorError as `open_database` does (so may the rest).
        """
        gone = None
        server, server_last = last_server()
        if db_url is None and server_last:
            db_url = server
        elif db_url is None:
            path, gone = database_at_start()
            db_url = sqlite_url(path) if path is not None else None

        def say_gone() -> None:
            if gone is not None:
                self.statusBar().showMessage(
                    f"The last database, {isolate(gone)}, is not there any more (moved, deleted "
                    "or on a drive that is not connected): File → Open database… opens it from "
                    "its new place.",
                    30000,
                )

        if db_url is None:
            self.first_start()
        elif people_first and self._show_first_read(db_url):

            def rest() -> None:
                self._finish_first_read()
                say_gone()

            return rest
        else:
            self.open_database(db_url)
        say_gone()
        return None

    def _show_first_read(self, db_url: str) -> bool:
        """The People page of `db_url` from a first read (`first_read`), its lock held; False
        when the database needs the ordinary opening."""
        from revmentor_desktop.core.services.people.listing import first_read
        from revmentor_desktop.gui.pages.people import PeopleView

        first = first_read(db_url)
        if first is None:
            return False
        try:
            self.people = PeopleView(None, first=first)
        except BaseException:
            first.lock.release()
            raise
        self._first_read = first
        self._install_page(self.ui.actionPeople, self.people)
        self.ui.actionPeople.setChecked(True)
        self.ui.pages.setCurrentWidget(self.people)
        return True

    def _finish_first_read(self) -> None:
        """Open the database whose people are shown, taking over its writer lock."""
        from revmentor_desktop.core.db import open_database

        first, self._first_read = self._first_read, None
        if first is None:  # the window was closed meanwhile
            return
        try:
            # Checked a moment ago, under the same lock: no second quick check.
            db = open_database(first.url, lock=first.lock, editor=coordinator_name())
            try:
                organisation, demo = _organisation_of(db)
            except BaseException:
                db.close()
                raise
        except BaseException:
            # As when opening fails: nothing open (the caller explains why, or starts again).
            self.ui.pages.removeWidget(self.people)
            self.people.deleteLater()
            self.people = None
            self._pages.clear()
            self.ui.actionPeople.setChecked(False)
            raise
        self.people.attach(db)
        self._show_new_database(db, self.people, organisation, demo)

    def first_start(self) -> None:
        """No database yet: the welcome offers the demo, in a database of its own, or setting
        up the organisation in the default database. Closing it closes the window."""
        self.database_label.setText("No database open")
        self._set_up(default_db_path(), welcome=True)

    def open_database(self, db_url: str, *, demo_if_new: bool = False) -> None:
        """Take the database's writer lock, bring its schema up to date and show its pages, in
        place of the database open so far (closed as on quitting, with the day's backup).

        Raises RevMentorError (e.g. DatabaseLockedError) and keeps the database open so far
        when the new one cannot be opened. A newly created database gets the demo organisation
        when `demo_if_new` is set, as the demo database does.
        """
        news = self._open(db_url, self._fill_demo if demo_if_new else None)
        if news:
            self.statusBar().showMessage(news, 20000)

    def _open(
        self, db_url: str, fill: Callable[[Database], str | None] | None, *, new_only=False
    ) -> str | None:
        """Open `db_url` and show it; `fill` writes into it when it was just created (with
        `new_only`, a database that was there already is refused). Returns what `fill` has to
        say. A file created here is removed again when anything fails."""
        from revmentor_desktop.core.db import open_database
        from revmentor_desktop.core.db.schema import SchemaOutcome
        from revmentor_desktop.gui.pages.people import PeopleView

        path = sqlite_path(db_url)
        if self.db is not None and same_file(path, self.db.path):
            self.statusBar().showMessage(f"{isolate(path.name)} is open already", 5000)
            return None
        # The quick check costs milliseconds: a damaged file is found now, not on some page later.
        db = open_database(db_url, check=True, editor=coordinator_name())
        created = db.outcome is SchemaOutcome.CREATED
        try:
            if new_only and not created:
                raise RevMentorError(
                    f"{isolate(path or db_url)} already holds a database; choose another."
                )
            news = fill(db) if fill is not None and created else None
            organisation, demo = _organisation_of(db)
            people = PeopleView(db)
        except BaseException:
            db.close()
            if created and path is not None:
                remove_database_files(path)
            self._show_database()  # what is open still (or nothing)
            raise
        if self.db is not None:
            self._close_database()
        self._show_new_database(db, people, organisation, demo)
        return news

    def _fill_demo(self, db: Database) -> str:
        from revmentor_desktop.core.demo.organisation import create_demo

        self.database_label.setText("Creating the demo…")
        summary = create_demo(db)
        # Counted as the People list counts, which hides those who have left at first.
        programme = isolate(summary.programme)
        return f"{DEMO_NEWS}{summary.people_text()} and the programme “{programme}”."

    def _show_new_database(self, db: Database, people, organisation: str | None, demo: bool):
        self.db, self.people = db, people
        self._organisation, self._demo = organisation, demo
        self._show_database()
        # The people view's own "Add person…" (Ctrl+N) is in the File menu too, from any page.
        add_person = people.add_person_action
        self.ui.menuFile.insertAction(self.ui.actionNewPartnership, add_person)
        add_person.triggered.connect(lambda: self.show_page(self.ui.actionPeople))
        self._add_pages()
        from revmentor_desktop.core.services.getting_started import needs_getting_started

        # An organisation with no programme yet starts on the checklist of first steps.
        first = self.ui.actionGettingStarted if needs_getting_started(db) else self.ui.actionPeople
        self.show_page(first)
        self._set_database_actions_enabled(True)
        self.ui.actionBackups.setEnabled(db.path is not None)  # a server has its own backups
        self.move_to_server_action.setEnabled(db.path is not None)
        self.local_copy_action.setEnabled(db.path is None)
        if db.path is not None:
            remember_database(db.path)
        else:
            remember_server(db.url)
        self.fill_recent_menu()
        self._report_failed_backup()
        from revmentor_desktop.gui.dialogs.location import warn_about_location

        warn_about_location(self, db.path)
        self.coordinators.watch(db)

    def _add_pages(self) -> None:
        """The pages of the open database; each is built the first time it is shown."""
        self._add_page(self.ui.actionGettingStarted, self._getting_started_page)
        self._add_page(self.ui.actionPeople, lambda: self.people)
        self._add_page(self.ui.actionProgrammes, self._programmes_page)
        self._add_page(self.ui.actionSuggestions, self._suggestions_page)
        self._add_page(self.ui.actionPartnerships, self._partnerships_page)
        self._add_page(self.ui.actionDashboard, self._dashboard_page)

    def _close_database(self, *, backup: bool = True) -> None:
        """Close the open database as quitting does: the pages keep their layout, the writer
        lock is released and the day's routine backup is made (unless `backup` is off)."""
        settings = window_settings()
        for page in self._pages.values():
            page.save_state(settings)
        self.coordinators.stop()
        db, self.db = self.db, None
        path = db.path
        # Only the copy that wrote to the database backs it up, once.
        backup_due = backup and db.lock is not None and path is not None
        db.close()
        pages = set(self._pages.values()) | ({self.people} if self.people is not None else set())
        if self.people is not None:
            self.ui.menuFile.removeAction(self.people.add_person_action)
        for page in pages:
            self.ui.pages.removeWidget(page)
            page.deleteLater()
        self._pages.clear()
        self._page_makers.clear()
        self._stale.clear()
        self.people = None
        self._organisation, self._demo = None, False
        self._set_database_actions_enabled(False)
        self._show_database()
        if backup_due:
            self.statusBar().showMessage(f"Backing up {isolate(path.name)}…")
            self._routine_backup(path, settings)
            self.statusBar().clearMessage()
        settings.sync()

    def _show_database(self) -> None:
        """The title, the status bar and the demo's banner say which database is open."""
        db = self.db
        banner = self.ui.demoBanner
        if db is None:
            self.setWindowTitle(window_title(None, None, False))
            self.database_label.setText("No database open")
            self.database_label.setToolTip("")
            banner.hide()
            return
        where = str(db.path) if db.path else place(db.url)
        file_name = db.path.name if db.path else (db.engine.url.database or where)
        self.setWindowTitle(window_title(self._organisation, file_name, self._demo))
        self.database_label.setText(
            f"{'Demo database' if self._demo else 'Database'}: {isolate(where)}"
        )
        self.database_label.setToolTip(str(db.path) if db.path else db.url)
        banner.setVisible(self._demo)
        self.ui.resetDemoButton.setEnabled(db.path is not None)
        default = default_db_path()
        elsewhere = default.is_file() and not same_file(default, db.path)
        self.ui.demoSetUpButton.setText(
            "Open your organisation" if elsewhere else "Set up your organisation…"
        )

    def _show_organisation(self, name: str | None) -> None:
        self._organisation = name
        self._show_database()

    # --- File: new, open, recent, the demo ---------------------------------------------------

    def new_database(self) -> None:
        """File → New database…: where to keep it, then the organisation's set-up."""
        from revmentor_desktop.gui.dialogs.common import DATABASES, ask_save_path

        path = ask_save_path(
            self, "New database", NEW_DATABASE_NAME, DATABASE_FILTER, DATABASES,
            QFileDialog.Option.DontConfirmOverwrite,
        )  # fmt: skip
        if path is None:
            return
        if path.exists() and path.stat().st_size:
            QMessageBox.warning(
                self, "New database",
                f"{isolate(path)} already exists. To work in it, choose File → Open database…; "
                "for a new database, choose another name.",
            )  # fmt: skip
            return
        self._set_up(path)

    def _set_up(self, path: Path, *, welcome: bool = False) -> None:
        """The set-up dialog (with the welcome's choice first on the very first start)."""
        from revmentor_desktop.gui.dialogs.welcome import WelcomeDialog

        def open_demo() -> None:
            self.open_database(sqlite_url(demo_db_path()), demo_if_new=True)

        dialog = WelcomeDialog(
            path,
            create=lambda settings: self._create_database(path, settings),
            open_demo=open_demo if welcome else None,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if welcome:
            dialog.rejected.connect(self.close)  # nothing chosen: nothing made, no window
        dialog.open()
        self.welcome_dialog = dialog

    def _create_database(self, path: Path, settings: OrganisationSettings) -> None:
        """A new database at `path` with the organisation's settings, opened in the window."""
        from revmentor_desktop.core.services.organisation import set_up_organisation

        if path.exists() and path.stat().st_size:
            raise RevMentorError(
                f"{isolate(path)} already exists; choose another name for a new database."
            )

        def fill(db: Database) -> str:
            set_up_organisation(db, settings)
            return (
                f"{isolate(settings.name.strip())} is set up in {isolate(path.name)}. "
                "Next, bring in its people: "
                "File → Import people… or Add person…"
            )

        news = self._open(sqlite_url(path), fill, new_only=True)
        self.statusBar().showMessage(news or "", 15000)

    def choose_database(self) -> None:
        """File → Open database…."""
        from revmentor_desktop.gui.dialogs.common import DATABASES, ask_open_path

        path = ask_open_path(self, "Open database", DATABASE_FILTER, DATABASES)
        if path:
            self.open_path(path)

    def open_path(self, path: Path) -> bool:
        """Open a database file in place of the open one; a problem is explained and the open
        database stays. True when `path` is open afterwards."""
        if not path.is_file():
            QMessageBox.warning(
                self, "Open database",
                f"There is no database at {isolate(path)} any more: it was moved, deleted or is "
                "on a drive that is not connected.",
            )  # fmt: skip
            forget_database(path)
            self.fill_recent_menu()
            return False
        return self._open_or_explain(lambda: self.open_database(sqlite_url(path)), path)

    def open_demo(self) -> None:
        """File → Open the demo: the demo database, made with the demo organisation if new."""
        path = demo_db_path()
        self._open_or_explain(lambda: self.open_database(sqlite_url(path), demo_if_new=True), path)

    def choose_server(self) -> None:
        from revmentor_desktop.gui.server.connect import ask_server_database

        url = ask_server_database(self)
        if url is not None:
            self.open_server(url)

    def move_to_server(self) -> None:
        from revmentor_desktop.gui.server.move import move_to_server

        url = move_to_server(self)
        if url is not None:
            self.open_server(url)

    def make_local_copy(self) -> None:
        from revmentor_desktop.gui.server.local_copy import local_copy

        path = local_copy(self)
        if path is not None:
            self.open_path(path)

    def open_server(self, url: str) -> bool:
        """Open a database on a server in place of the open one; a problem is explained and the
        open database stays. True when it is open afterwards."""
        return self._open_or_explain(lambda: self.open_database(url), url)

    def _open_or_explain(self, opening: Callable[[], None], where: Path | str) -> bool:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            opening()
        except PasswordNeededError as exc:
            QGuiApplication.restoreOverrideCursor()
            from revmentor_desktop.gui.server.password import ask_password

            if ask_password(self, exc.url, refused=exc.refused):
                return self._open_or_explain(opening, where)
            self._show_database()
            return False
        except RevMentorError as exc:  # locked, damaged, not a RevMentor database, too new
            QGuiApplication.restoreOverrideCursor()
            self._show_database()
            QMessageBox.warning(self, "Open database", ltr(str(exc)))
            return False
        QGuiApplication.restoreOverrideCursor()
        if isinstance(where, str):
            return self.db is not None and self.db.url == where
        return self.db is not None and same_file(self.db.path, where)

    def fill_recent_menu(self) -> None:
        """File → Open recent: the last databases opened, the open one ticked, a missing one
        greyed (its drive may come back)."""
        menu = self.ui.menuOpenRecent
        menu.clear()
        server, _ = last_server()
        if server is not None:
            action = menu.addAction(f"&0 {isolate(place(server).replace('&', '&&'))}")
            action.setObjectName("recentServer")
            action.setToolTip(server)
            if self.db is not None and self.db.url == server:
                action.setCheckable(True)
                action.setChecked(True)
            action.triggered.connect(lambda _checked=False: self.open_server(server))
        recent = recent_databases()
        current = self.db.path if self.db is not None else None
        for number, path in enumerate(recent, 1):
            where = f"{isolate(path.name)} — {isolate(path.parent)}"
            where = where.replace("&", "&&")  # "&" is no mnemonic here
            action = menu.addAction(f"&{number} {where}")
            action.setObjectName(f"recentDatabase{number}")
            action.setData(str(path))
            action.setToolTip(str(path))
            if not path.is_file():
                action.setText(action.text() + " (not found)")
                action.setToolTip(f"Not found: {path}")
                action.setEnabled(False)
            elif same_file(path, current):
                action.setCheckable(True)
                action.setChecked(True)
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if not recent:
            menu.addAction("No databases opened yet").setEnabled(False)
            return
        menu.addSeparator()
        clear = menu.addAction("&Clear the list")
        clear.setObjectName("clearRecentDatabases")
        clear.triggered.connect(self._clear_recent)

    def _clear_recent(self) -> None:
        clear_recent_databases()
        if self.db is not None and self.db.path is not None:
            remember_database(self.db.path)  # the open one stays, to come back to at next start
        self.fill_recent_menu()

    # --- the demo ---------------------------------------------------------------------------

    def reset_demo(self) -> None:
        """The banner's *Reset the demo…*: after a confirmation, the demo starts afresh."""
        if self.db is None or not self._demo or self.db.path is None:
            return
        answer = QMessageBox.question(
            self, "Reset the demo",
            "Start the demo afresh? Every change made in it is lost; the made-up organisation "
            "comes back as it was at the start.",
            QMessageBox.StandardButton.Reset | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Reset:
            return
        path = self.db.path
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._close_database(backup=False)  # nothing of the demo is worth a backup now
            remove_database_files(path)
            news = self._open(sqlite_url(path), self._fill_demo)
        except (RevMentorError, OSError) as exc:  # e.g. the file is held by another program
            QGuiApplication.restoreOverrideCursor()
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
            QMessageBox.warning(self, "Reset the demo", f"The demo could not be reset: {reason}")
            if self.db is None and path.is_file():
                self.open_path(path)  # the demo as it was
            return
        QGuiApplication.restoreOverrideCursor()
        done = (news or "").replace(DEMO_NEWS, "The demo starts afresh: ", 1)
        self.statusBar().showMessage(done, 20000)

    def set_up_organisation(self) -> None:
        """The banner's way out of the demo: the organisation's own database (the default one),
        set up first when it does not exist yet."""
        default = default_db_path()
        if not default.is_file():
            self._set_up(default)
        elif not same_file(default, self.db.path if self.db else None):
            self.open_path(default)
        else:  # the demo was made in the default place (`revmentor demo`): choose another
            self.new_database()

    # --- pages and actions -------------------------------------------------------------------

    def new_partnership(self) -> None:
        """Show the Partnerships page and start the wizard from scratch there."""
        self.show_page(self.ui.actionPartnerships)
        self.page(self.ui.actionPartnerships).new_partnership()

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
        self._organisation, self._demo = _organisation_of(self.db)
        self._show_database()
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
                       self.ui.actionSettings, self.ui.actionBackups,
                       self.messages_action, self.move_to_server_action,
                       self.local_copy_action):  # fmt: skip
            action.setEnabled(enabled)

    def _getting_started_page(self) -> Page:
        from revmentor_desktop.gui.pages.getting_started import GettingStartedPage

        page = GettingStartedPage(self.db)
        page.open_screen.connect(self._open_screen)
        return page

    def _open_screen(self, key: str) -> None:
        """The Getting started page's buttons: each opens the screen where its step is done."""
        if key == "settings":
            self.edit_settings()
        elif key == "import_people":
            self.import_people()
        elif key == "add_person":
            self.people.add_person_action.trigger()  # shows People and opens the person dialog
        else:
            pages = {
                "programmes": self.ui.actionProgrammes,
                "suggestions": self.ui.actionSuggestions,
                "partnerships": self.ui.actionPartnerships,
                "dashboard": self.ui.actionDashboard,
            }
            self.show_page(pages[key])

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
            on_ended=self._ended_at_check_in,
        )  # fmt: skip
        if dialog is None:  # deleted or finished meanwhile
            self._mark_stale(self.ui.actionDashboard)
            return
        self.check_in_dialog = dialog

    def _ended_at_check_in(self, partnership_id: int) -> None:
        """A fit check ended the partnership without fault: as after ending it on the
        Partnerships page, the closing conversation follows, once the check-in has closed."""
        self._mark_stale(
            self.ui.actionDashboard, self.ui.actionPartnerships, self.ui.actionSuggestions
        )
        QTimer.singleShot(0, lambda: self.open_closing_conversation(partnership_id))

    def open_closing_conversation(self, partnership_id: int) -> None:
        from revmentor_desktop.gui.dialogs.end_partnership import open_closure_dialog

        dialog = open_closure_dialog(self, self.db, partnership_id)
        if dialog is None:  # deleted meanwhile
            return
        pair = f"{isolate(dialog.record.mentor)} and {isolate(dialog.record.mentee)}"
        dialog.saved.connect(
            lambda _id: self.statusBar().showMessage(f"Closing conversation saved for {pair}")
        )
        self.closure_dialog = dialog

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
        if action not in self._navigating:  # once: the pages change with the database
            self._navigating.add(action)
            action.triggered.connect(lambda _checked=False, a=action: self.show_page(a))

    def page(self, action) -> Page:
        if action not in self._pages:
            self._install_page(action, self._page_makers[action]())
        return self._pages[action]

    def _install_page(self, action, page: Page) -> None:
        page.message.connect(lambda text: self.statusBar().showMessage(text, 10000))
        page.restore_state(window_settings())
        self.ui.pages.addWidget(page)
        self._pages[action] = page

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

    def others_changed(self, names: list[str]) -> None:
        """Another coordinator changed the server's data: the page shown reads it afresh, the
        others when next shown."""
        current = self.current_page()
        self._stale.update(action for action, page in self._pages.items() if page is not current)
        current.reload()
        who = join(isolate(name) for name in names) if names else "Someone"
        self.statusBar().showMessage(f"{who} changed the data: this page shows it now", 15000)

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

    def pair_messages(self) -> None:
        """The messages dialog, on the programme the current page shows."""
        from revmentor_desktop.gui.dialogs.messages import MessagesDialog

        programme_id, _partnership_id = self.current_page().report_context()
        dialog = MessagesDialog(self.db, programme_id=programme_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.messages_dialog = dialog

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
        from revmentor_desktop.gui.dialogs.common import EXPORTS, ask_save_path

        kind = EXPORT_KINDS[what]
        path = ask_save_path(
            self, kind.title, kind.default_file_name,
            "Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)", EXPORTS,
        )  # fmt: skip
        if path is None:
            return
        try:
            rows = kind.write(self.db, path)
        except RevMentorError as exc:
            QMessageBox.warning(self, kind.title, ltr(str(exc)))
            return
        self.statusBar().showMessage(kind.done_text(rows, path), 8000)

    def about(self) -> None:
        QMessageBox.about(
            self,
            "About RevMentor",
            f"<h3>RevMentor Desktop {__version__}</h3>"
            "<p>Run a reverse-mentoring programme end to end on this computer: people, pair "
            "suggestions, partnership agreements, check-ins and reports. Nothing leaves the "
            "machine.</p>"
            f"<p>Database: {isolate(self.db.path or self.db.url) if self.db else 'not open'}</p>",
        )

    def _restore_geometry(self) -> None:
        settings = window_settings()
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
            fit_to_screen(self)
        state = settings.value("main/state")
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = window_settings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/state", self.saveState())
        settings.sync()
        if self._first_read is not None:  # closed before the database had opened
            self._first_read.lock.release()
            self._first_read = None
        if self.db is not None:
            self.hide()  # the window is gone at once; the day's backup follows
            self._close_database()
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


def _organisation_of(db: Database) -> tuple[str | None, bool]:
    """The organisation's name (None before it has one) and whether it is the demo."""
    from revmentor_desktop.core.services.organisation import ORGANISATION_NAME, get_setting, is_demo

    with db.engine.connect() as connection:
        return get_setting(connection, ORGANISATION_NAME) or None, is_demo(connection)
