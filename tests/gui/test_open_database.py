"""File → New database…, Open database…, Open recent and Open the demo switch databases:
the one left is closed properly (lock released, the day's backup made) and the pages rebuilt."""

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from revmentor_desktop.core.db import open_database
from revmentor_desktop.core.db.backup import ROUTINE, list_backups
from revmentor_desktop.core.db.lock import WriterLock
from revmentor_desktop.core.demo.organisation import create_demo
from revmentor_desktop.core.services.organisation import is_demo
from revmentor_desktop.gui.main_window import MainWindow
from revmentor_desktop.gui.window_state import MAX_RECENT, recent_databases, remember_database
from revmentor_desktop.paths import demo_db_path


@pytest.fixture
def window(qtbot, db, small_org):
    db.close()  # the window takes the writer lock itself
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    main.start(db.url)
    return main


@pytest.fixture
def other(tmp_path):
    """A second database: a small demo organisation of 20 people (18 still there)."""
    path = tmp_path / "other.sqlite"
    with open_database("sqlite:///" + str(path)) as db:
        create_demo(db, people=20, seed=1)
    return path


def answer_save(monkeypatch, path):
    asked = []

    def save(*args, **kwargs):
        asked.append(args)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    return asked


def answer_open(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a: (str(path), "")))


def record_warnings(monkeypatch):
    warnings = []
    record = staticmethod(lambda parent, title, text: warnings.append((title, text)))
    monkeypatch.setattr(QMessageBox, "warning", record)
    return warnings


def assert_released(path):
    lock = WriterLock(path, program="a test")
    lock.acquire()  # raises DatabaseLockedError while the window still holds it
    lock.release()


def test_new_database_sets_one_up_and_closes_the_old_one_properly(window, db, tmp_path,
                                                                  monkeypatch):  # fmt: skip
    asked = answer_save(monkeypatch, tmp_path / "second")  # the extension is added
    window.ui.actionProgrammes.trigger()
    old_programmes = window.current_page()
    window.ui.actionNewDatabase.trigger()
    assert asked[0][1] == "New database"
    dialog = window.welcome_dialog
    assert dialog.windowTitle() == "New database"
    assert dialog.ui.stack.currentWidget() is dialog.ui.setUpPage
    assert dialog.ui.closeButton.text() == "Cancel" and not dialog.ui.backButton.isVisible()
    dialog.ui.nameEdit.setText("Second Org")
    dialog.ui.createButton.click()

    second = tmp_path / "second.sqlite"
    assert window.db.path == second and window.people.model.total == 0
    assert window.windowTitle() == "RevMentor — Second Org"
    assert window.database_label.text() == f"Database: {second}"
    assert_released(db.path)
    assert [b.label for b in list_backups(db.path)] == [ROUTINE]  # as on quitting
    # The pages are the new database's, built afresh.
    window.ui.actionProgrammes.trigger()
    assert window.current_page() is not old_programmes and window.current_page().db is window.db
    assert recent_databases()[:2] == [second.resolve(), db.path.resolve()]


def test_new_database_never_overwrites_a_file(window, db, other, monkeypatch):
    answer_save(monkeypatch, other)
    warnings = record_warnings(monkeypatch)
    window.ui.actionNewDatabase.trigger()
    assert warnings == [("New database", f"{other} already exists. To work in it, choose File → "
                         "Open database…; for a new database, choose another name.")]  # fmt: skip
    assert window.db.path == db.path and not hasattr(window, "welcome_dialog")


def test_cancelling_the_set_up_of_a_new_database_makes_nothing(window, db, tmp_path, monkeypatch):
    answer_save(monkeypatch, tmp_path / "never.sqlite")
    window.ui.actionNewDatabase.trigger()
    window.welcome_dialog.ui.closeButton.click()
    assert not (tmp_path / "never.sqlite").exists()
    assert window.db.path == db.path and window.isVisible()


def test_open_database_switches_to_the_file_chosen(window, db, other, monkeypatch):
    answer_open(monkeypatch, other)
    window.ui.actionOpenDatabase.trigger()
    assert window.db.path == other and is_demo(window.db)
    assert window.people.model.total == 18
    assert window.windowTitle() == "RevMentor — Northwind Logistics (demo)"
    assert window.ui.demoBanner.isVisible()
    assert window.database_label.text() == f"Demo database: {other}"
    assert_released(db.path)
    # The Add person action of the database left is gone from the File menu.
    names = [a.objectName() for a in window.ui.menuFile.actions()]
    assert names.count("actionAddPerson") == 1


def test_open_recent_lists_the_last_databases_and_greys_the_missing(window, db, other, tmp_path,
                                                                    monkeypatch):  # fmt: skip
    remember_database(tmp_path / "gone.sqlite")
    answer_open(monkeypatch, other)
    window.ui.actionOpenDatabase.trigger()
    window.fill_recent_menu()
    actions = [a for a in window.ui.menuOpenRecent.actions() if a.objectName()]
    texts = [a.text() for a in actions]
    assert texts == [
        f"&1 other.sqlite — {other.parent}",
        f"&2 gone.sqlite — {tmp_path} (not found)",
        f"&3 revmentor.sqlite — {db.path.parent}",
        "&Clear the list",
    ]
    assert actions[0].isChecked()  # the one open
    assert not actions[1].isEnabled()
    actions[2].trigger()
    assert window.db.path == db.path and window.people.model.total == 5
    assert_released(other)
    # The menu is filled afresh on each opening (and each time it is shown).
    window.ui.menuOpenRecent.findChild(QAction, "clearRecentDatabases").trigger()
    assert recent_databases() == [db.path.resolve()]  # the open one stays


def test_the_recent_list_keeps_the_last_eight(tmp_path):
    for n in range(MAX_RECENT + 3):
        remember_database(tmp_path / f"{n}.sqlite")
    remember_database(tmp_path / "3.sqlite")  # opened again: back on top, not twice
    names = [path.name for path in recent_databases()]
    assert names == ["3.sqlite", "10.sqlite", "9.sqlite", "8.sqlite", "7.sqlite", "6.sqlite",
                     "5.sqlite", "4.sqlite"]  # fmt: skip


def test_open_the_demo_leaves_the_organisation_as_it_is(window, db):
    window.ui.actionOpenDemo.trigger()
    assert window.db.path == demo_db_path() and window.people.model.total == 118
    assert_released(db.path)
    with open_database(db.url) as organisation:
        assert not is_demo(organisation)
    window.ui.actionOpenDemo.trigger()  # open already: nothing happens
    assert window.statusBar().currentMessage() == "demo.sqlite is open already"


def test_a_file_that_cannot_be_opened_is_explained_and_the_open_one_stays(window, db, other,
                                                                          tmp_path,
                                                                          monkeypatch):  # fmt: skip
    warnings = record_warnings(monkeypatch)
    notes = tmp_path / "notes.sqlite"
    notes.write_text("not a database, only notes\n" * 100)
    answer_open(monkeypatch, notes)
    window.ui.actionOpenDatabase.trigger()
    with WriterLock(other, program="RevMentor on the other desk"):
        answer_open(monkeypatch, other)
        window.ui.actionOpenDatabase.trigger()
    assert [title for title, _text in warnings] == ["Open database"] * 2
    assert "notes.sqlite" in warnings[0][1]
    assert "already open for writing by RevMentor on the other desk" in warnings[1][1]
    assert window.db.path == db.path and window.people.model.total == 5
    assert window.windowTitle() == "RevMentor — revmentor.sqlite"
    assert notes.read_text().startswith("not a database")
