"""File → Backups…: the list, Back up now, Restore… with its question; the day's backup on close;
a damaged database at start offers its newest good backup."""

import sqlite3
import sys

import factories
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QPushButton

from revmentor_desktop.core.db import backup as backups
from revmentor_desktop.core.db.backup import MANUAL, ROUTINE, list_backups, make_backup
from revmentor_desktop.gui import create_main_window
from revmentor_desktop.gui.app import install_damage_message, run
from revmentor_desktop.gui.tasks import TaskRunner
from revmentor_desktop.gui.window_state import window_settings


def answer(monkeypatch, reply: QMessageBox.StandardButton) -> list[str]:
    """Answer every QMessageBox.question with `reply`; returns the questions asked."""
    asked = []

    def question(parent, title, text, buttons, default):
        asked.append(text)
        return reply

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


@pytest.fixture(autouse=True)
def synchronous_tasks(monkeypatch):
    monkeypatch.setattr(TaskRunner, "synchronous", True)


@pytest.fixture
def window(qtbot, db, small_org):
    db.close()  # the window takes the writer lock itself
    main = create_main_window(db.url)
    qtbot.addWidget(main)
    return main


def open_backups(window):
    window.ui.actionBackups.trigger()
    dialog = window.backups_dialog
    assert dialog.objectName() == "backupsDialog" and dialog.isVisible()
    return dialog


def rows(dialog) -> list[list[str]]:
    table = dialog.ui.backupsTable
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]  # fmt: skip


def test_the_dialog_lists_this_databases_backups_newest_first(window, db):
    older = make_backup(db.path, ROUTINE)
    newer = make_backup(db.path, MANUAL)
    dialog = open_backups(window)
    header = dialog.ui.backupsTable.horizontalHeaderItem
    assert [header(c).text() for c in range(6)] == ["Taken", "Kind", "People", "Partnerships",
                                                    "Size", "File"]  # fmt: skip
    listed = rows(dialog)
    assert [row[1] for row in listed] == ["Made by hand", "Routine"]
    assert listed[0][0].endswith(newer.when) and listed[1][0].endswith(older.when)
    assert listed[0][2:] == ["6", "0", newer.size_text, newer.path.name]
    assert dialog.selected() == list_backups(db.path)[0]
    assert "revmentor.sqlite" in dialog.ui.headerLabel.text()


def test_back_up_now_adds_a_checked_backup_and_selects_it(window, db):
    dialog = open_backups(window)
    assert rows(dialog) == [] and not dialog.ui.restoreButton.isEnabled()
    assert "No backups yet" in dialog.ui.statusLabel.text()
    dialog.ui.backUpButton.click()
    (made,) = list_backups(db.path)
    assert made.label == MANUAL and made.people == 6
    assert dialog.selected() == made
    assert dialog.ui.statusLabel.text().startswith("Backed up: 6 people and 0 partnerships")
    assert dialog.ui.restoreButton.isEnabled() and not dialog.ui.progressBar.isVisible()


def test_restore_asks_first_then_the_window_shows_the_restored_data(qtbot, window, db, monkeypatch):
    made = make_backup(db.path, MANUAL)
    factories.add_person(window.db, "Ana", "Lima", "ana.lima@x.org", 2)
    window.refresh()
    assert window.people.model.total == 6  # five at work and Ana (Bob is archived)
    dialog = open_backups(window)
    declined = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    dialog.ui.restoreButton.click()
    assert len(declined) == 1 and window.people.model.total == 6  # nothing happened
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.restored, timeout=5000) as restored:
        dialog.ui.restoreButton.click()
    assert asked == [
        f"Restore the backup of {made.when} (made by hand, 6 people and 0 partnerships)?\n\n"
        "It replaces everything in the database now. The current data is backed up first "
        "(as “Before a restore”), so you can go back to it from this list."
    ]
    result = restored.args[0]
    assert result.restored.path == made.path
    assert window.people.model.total == 5  # Ana is gone: the pages read the restored file
    assert [row[1] for row in rows(dialog)] == ["Before a restore", "Made by hand"]
    assert list_backups(db.path)[0].people == 7  # Ana is kept in the backup made first
    assert "Restored the backup of" in window.statusBar().currentMessage()
    assert window.db.lock.held  # still this window's database


def test_delete_asks_first(window, db, monkeypatch):
    make_backup(db.path, MANUAL)
    dialog = open_backups(window)
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.ui.deleteButton.click()
    assert "It cannot be brought back" in asked[0]
    assert list_backups(db.path) == [] and rows(dialog) == []


def test_closing_the_window_makes_the_days_backup_once(qtbot, db, small_org):
    db.close()
    for _ in range(2):
        main = create_main_window(db.url)
        qtbot.addWidget(main)
        main.close()
    assert [b.label for b in list_backups(db.path)] == [ROUTINE]
    assert list_backups(db.path)[0].people == 6


def test_a_failed_backup_on_close_does_not_stop_closing_and_is_told_next_time(qtbot, db):
    db.close()
    folder = backups._folder_of(db.path)
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("a file where the backups folder should be")
    main = create_main_window(db.url)
    qtbot.addWidget(main)
    assert main.close() and not main.isVisible()
    assert window_settings().value("backup/failure")
    folder.unlink()
    again = create_main_window(db.url)
    qtbot.addWidget(again)
    assert again.statusBar().currentMessage().startswith("The last routine backup failed: ")
    assert not window_settings().value("backup/failure")  # told once


def test_damage_found_while_in_use_is_explained_not_a_crash(window, db, monkeypatch):
    good = make_backup(db.path, MANUAL)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical",
                        staticmethod(lambda parent, title, text: shown.append(text)))  # fmt: skip
    broken = db.path.with_name("broken.sqlite")
    broken.write_bytes(db.path.read_bytes())
    factories.damage(broken)
    connection = sqlite3.connect(broken)
    with pytest.raises(sqlite3.DatabaseError) as raised:
        connection.execute("SELECT * FROM person").fetchall()
    connection.close()
    previous = install_damage_message(window)
    try:
        sys.excepthook(raised.type, raised.value, raised.tb)
    finally:
        sys.excepthook = previous
    assert len(shown) == 1
    assert shown[0].startswith(
        f"The database {db.path} is damaged: database disk image is malformed"
    )
    assert str(good.path) in shown[0]


def press(button_name: str, seen: list):
    """QMessageBox.exec that presses the named button of the message box, noting its text."""

    def exec_(box) -> int:
        seen.append(f"{box.text()}\n{box.informativeText()}")
        box.findChild(QPushButton, button_name).click()
        return 0

    return exec_


def test_a_damaged_database_at_start_offers_its_newest_good_backup(
    safety_net, main_window, db, small_org, monkeypatch
):
    good = make_backup(db.path, MANUAL)
    db.close()
    factories.damage(db.path)
    seen, people = [], {}
    monkeypatch.setattr(QMessageBox, "exec", press("restoreButton", seen))

    def when_open():
        window = main_window()
        if window.db is None:
            QTimer.singleShot(20, when_open)
            return
        people["shown"] = window.people.model.total
        window.close()

    QTimer.singleShot(0, when_open)
    assert run(db.url) == 0
    assert seen == [f"The database {db.path} is damaged and cannot be used as it is.\n"
                    f"The newest good backup is from {good.when} (6 people and 0 partnerships)."
                    "\n\nRestore it? The damaged file is kept in the backups folder, in case it "
                    "is needed."]  # fmt: skip
    assert people["shown"] == 5
    assert [b.label for b in list_backups(db.path)] == [ROUTINE, "damaged", MANUAL]


def test_quitting_instead_of_restoring_leaves_the_damaged_file(safety_net, db, small_org,
                                                                monkeypatch):  # fmt: skip
    make_backup(db.path, MANUAL)
    db.close()
    factories.damage(db.path)
    before = db.path.read_bytes()
    seen = []
    monkeypatch.setattr(QMessageBox, "exec", press("quitButton", seen))
    assert run(db.url) == 1
    assert len(seen) == 1 and db.path.read_bytes() == before
    assert [b.label for b in list_backups(db.path)] == [MANUAL]
