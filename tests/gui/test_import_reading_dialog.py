"""The import window reads its file in the background: it stays responsive and shows the
reading's progress, a refused file is explained where file problems show, and Stop or closing
the window ends the reading without leaving a thread behind."""

import threading

import pytest
import shiboken6
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QDialog

from revmentor_desktop.core.services.imports import people as people_import
from revmentor_desktop.core.services.imports import tables
from revmentor_desktop.core.services.imports.limits import ImportLimits
from revmentor_desktop.gui import create_main_window
from revmentor_desktop.gui.dialogs.imports import ImportDialog
from revmentor_desktop.gui.tasks import Cancelled, TaskRunner

PEOPLE = "Email,First name,Surname\nmaya.okafor@x.org,Maya,Okafor\ntom.berg@x.org,Tom,Berg\n"


@pytest.fixture(autouse=True)
def background_tasks(monkeypatch):
    monkeypatch.setattr(TaskRunner, "synchronous", False)


class HeldUpRead:
    """The people import's read_table, held up after a first progress report until `release`
    is set, then reading the file for real; `outcome` says how that ended."""

    def __init__(self) -> None:
        self.reading = threading.Event()
        self.release = threading.Event()
        self.outcome: list[str] = []
        self.read_table = people_import.read_table

    def __call__(self, path, *, progress):
        progress(1, 4)
        self.reading.set()
        self.release.wait(10)
        try:
            table = self.read_table(path, progress=progress)
        except Cancelled:
            self.outcome.append("stopped")
            raise
        self.outcome.append("read")
        return table


@pytest.fixture
def held_up(monkeypatch):
    read = HeldUpRead()
    monkeypatch.setattr(people_import, "read_table", read)
    yield read
    read.release.set()
    assert QThreadPool.globalInstance().waitForDone(10_000)


def people_file(tmp_path):
    path = tmp_path / "hr.csv"
    path.write_text(PEOPLE, encoding="utf-8")
    return path


def reading_dialog(qtbot, db, tmp_path, held_up) -> ImportDialog:
    dialog = ImportDialog(db, people_file(tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.ui.nextButton, Qt.MouseButton.LeftButton)
    assert held_up.reading.wait(10)
    return dialog


def test_the_window_shows_the_reading_and_stays_responsive(qtbot, db, tmp_path, held_up):
    dialog = reading_dialog(qtbot, db, tmp_path, held_up)
    ui = dialog.ui
    # The report sent while the reading is held up reaches the bar: the window handles events.
    qtbot.waitUntil(lambda: ui.progressBar.value() == 1)
    assert ui.progressBar.isVisible() and ui.progressBar.text() == "Reading hr.csv… 25%"
    assert not (ui.nextButton.isEnabled() or ui.fileEdit.isEnabled() or ui.browseButton.isEnabled())
    assert ui.cancelButton.text() == "Stop" and dialog.step == 0
    dialog.next_step()  # Enter again while reading: nothing more starts
    assert dialog.step == 0
    held_up.release.set()
    qtbot.waitUntil(lambda: dialog.step == 1)
    assert held_up.outcome == ["read"]
    assert dialog.table.rows[0] == ["maya.okafor@x.org", "Maya", "Okafor"]
    assert dialog.mapping()[0] == "email"
    assert not ui.progressBar.isVisible() and ui.cancelButton.text() == "Cancel"
    assert ui.nextButton.isEnabled() and ui.fileEdit.isEnabled() and ui.browseButton.isEnabled()


def test_a_refused_file_is_explained_when_the_reading_ends(qtbot, db, tmp_path, monkeypatch):
    monkeypatch.setattr(tables, "LIMITS", ImportLimits(rows=1))
    dialog = ImportDialog(db, people_file(tmp_path))
    qtbot.addWidget(dialog)
    dialog.next_step()
    assert dialog.task is not None  # reading in the background
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    assert dialog.ui.fileProblemLabel.text() == (
        "hr.csv has more than 1 rows below its column names: RevMentor imports at most 1 at a "
        "time. Split it into smaller files."
    )
    assert dialog.step == 0 and dialog.table is None
    assert dialog.ui.nextButton.isEnabled() and dialog.ui.fileEdit.isEnabled()


def test_stop_ends_the_reading_and_keeps_the_window(qtbot, db, tmp_path, held_up):
    dialog = reading_dialog(qtbot, db, tmp_path, held_up)
    qtbot.mouseClick(dialog.ui.cancelButton, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    held_up.release.set()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    assert held_up.outcome == ["stopped"]
    assert dialog.isVisible() and dialog.step == 0 and dialog.table is None
    assert dialog.ui.fileProblemLabel.text() == "" and dialog.ui.cancelButton.text() == "Cancel"
    assert dialog.ui.nextButton.isEnabled()


def test_closing_the_window_while_reading_stops_the_reading(qtbot, db, tmp_path, held_up):
    dialog = reading_dialog(qtbot, db, tmp_path, held_up)
    dialog.close()
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    held_up.release.set()
    assert QThreadPool.globalInstance().waitForDone(10_000)  # no thread left behind
    assert held_up.outcome == ["stopped"]  # at the reading's first report
    qtbot.wait(20)  # the end of the reading arrives, for nobody
    assert dialog.step == 0 and dialog.table is None and dialog.ui.fileProblemLabel.text() == ""


def test_an_import_window_deleted_while_reading_takes_nothing_down(
    qtbot, db, small_org, tmp_path, held_up
):
    db.close()
    window = create_main_window(db.url)  # its import windows are deleted when they close
    qtbot.addWidget(window)
    window.import_people(people_file(tmp_path))
    dialog = window.import_dialog
    dialog.next_step()
    assert held_up.reading.wait(10)
    task = dialog.task
    with qtbot.waitSignal(dialog.destroyed, timeout=10_000):
        dialog.close()
    assert shiboken6.isValid(task)  # the reading outlives its window until it has stopped
    held_up.release.set()
    assert QThreadPool.globalInstance().waitForDone(10_000)
    assert held_up.outcome == ["stopped"]
    qtbot.waitUntil(lambda: not shiboken6.isValid(task), timeout=10_000)  # then it is gone
    window.import_people(people_file(tmp_path))  # and the next import reads as ever
    window.import_dialog.next_step()
    qtbot.waitUntil(lambda: window.import_dialog.step == 1, timeout=10_000)
    assert held_up.outcome == ["stopped", "read"]
