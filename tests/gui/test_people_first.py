"""At start-up the people are on screen before the database layer has loaded: the list works at
once, what changes the database once it has opened, and nothing else about opening changes."""

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from revmentor_desktop.core.db import open_database
from revmentor_desktop.core.db.lock import WriterLock
from revmentor_desktop.core.errors import SchemaTooNewError
from revmentor_desktop.core.services.people.directory import list_people
from revmentor_desktop.core.text import fold
from revmentor_desktop.gui.app import run
from revmentor_desktop.gui.main_window import MainWindow


@pytest.fixture
def url(db, small_org):
    expected = list_people(db)
    db.close()  # the window takes the writer lock itself
    return db.url, expected


def lock_is_free(url: str) -> bool:
    lock = WriterLock(Path(url.removeprefix("sqlite:///")), program="a test")
    try:
        lock.acquire()
    except Exception:
        return False
    lock.release()
    return True


def test_people_show_first_then_the_database_opens_under_the_same_page(qtbot, url):
    db_url, expected = url
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    rest = window.start(db_url, people_first=True)
    assert rest is not None
    people = window.people
    assert window.db is None and not lock_is_free(db_url)
    assert window.current_page() is people and window.ui.actionPeople.isChecked()
    assert people.model._rows == sorted(expected, key=lambda row: fold(row.name))  # as sorted
    people.ui.searchEdit.setText("dana")  # search and filters work at once
    assert people.model.rowCount() == 1
    # What needs the database waits for it.
    assert not people.add_person_action.isEnabled()
    assert not people.ui.showArchivedCheck.isEnabled()
    assert not window.ui.actionProgrammes.isEnabled()
    people.ui.peopleTable.selectRow(0)
    assert not people.ui.editPersonButton.isEnabled()
    assert not people.ui.archiveButton.isEnabled()

    rest()
    assert window.db is not None and window.db.lock is not None
    assert window.people is people and window.current_page() is people  # not rebuilt
    assert people.db is window.db
    assert people.add_person_action.isEnabled() and window.ui.actionProgrammes.isEnabled()
    assert people.ui.editPersonButton.isEnabled()  # the selection made meanwhile counts now
    assert window.windowTitle().startswith("RevMentor — ")
    window.close()
    assert lock_is_free(db_url)


def test_closing_before_the_database_opens_gives_the_lock_back(qtbot, url):
    db_url, _expected = url
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    rest = window.start(db_url, people_first=True)
    window.close()
    assert lock_is_free(db_url)
    rest()  # the timer that would have opened it finds the window closed
    assert window.db is None


def test_a_database_that_needs_the_ordinary_opening_opens_at_once(qtbot, db):
    db.close()  # no programme yet: the checklist of first steps comes first
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.start(db.url, people_first=True) is None
    assert window.db is not None
    assert window.current_page() is window.page(window.ui.actionGettingStarted)
    window.close()


def test_the_app_opens_the_database_after_showing_its_people(safety_net, main_window, url):
    db_url, expected = url
    seen = {}

    def when_open():
        window = main_window()
        if window.db is None:
            QTimer.singleShot(1, when_open)
            return
        seen["people"] = window.people.model.total
        seen["title"] = window.windowTitle()
        window.close()

    QTimer.singleShot(0, when_open)
    assert run(db_url) == 0
    assert seen["people"] == len(expected)
    assert seen["title"].startswith("RevMentor — ")
    assert lock_is_free(db_url)
    with open_database(db_url) as db:  # closed properly: opens again without a check
        assert len(list_people(db)) == len(expected)


def test_when_the_opening_fails_after_all_the_people_go_and_the_lock_is_given_back(qtbot, url):
    db_url, _expected = url
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    rest = window.start(db_url, people_first=True)
    # Whatever the reason (here, a newer RevMentor's schema), the error is the ordinary one.
    with sqlite3.connect(db_url.removeprefix("sqlite:///")) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    with pytest.raises(SchemaTooNewError):
        rest()
    assert window.db is None and window.people is None
    assert window.ui.pages.count() == 0 and not window.ui.actionPeople.isChecked()  # as before
    assert lock_is_free(db_url)
