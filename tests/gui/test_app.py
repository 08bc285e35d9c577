"""Starting the app as `revmentor` does: the window first, then the database or the welcome."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from revmentor_desktop.core.db.lock import WriterLock
from revmentor_desktop.gui.app import run
from revmentor_desktop.paths import default_db_path, demo_db_path


def test_first_start_shows_the_window_then_welcomes_and_opens_the_demo_apart(
    safety_net, main_window
):
    seen = {}

    def when_welcomed():
        window = main_window()
        dialog = getattr(window, "welcome_dialog", None)
        if dialog is None or not dialog.isVisible():  # not welcomed yet: look again shortly
            QTimer.singleShot(20, when_welcomed)
            return
        seen["window shown first"] = window.isVisible() and window.db is None
        dialog.ui.demoButton.click()
        seen["people"] = window.people.model.total
        seen["title"] = window.windowTitle()
        seen["label"] = window.database_label.text()
        window.close()

    QTimer.singleShot(0, when_welcomed)
    assert run() == 0
    assert seen["window shown first"]
    assert seen["people"] == 118  # the 120-person demo, less the 2 who have left
    assert seen["title"] == "RevMentor — Northwind Logistics (demo)"
    assert seen["label"] == f"Demo database: {demo_db_path()}"
    assert not default_db_path().exists()  # the organisation's database has no demo people


def test_a_named_database_opens_without_a_welcome(safety_net, main_window, tmp_path):
    path = tmp_path / "named.sqlite"
    seen = {}

    def when_open():
        window = main_window()
        if window.db is None:
            QTimer.singleShot(20, when_open)
            return
        seen["people"] = window.people.model.total
        seen["title"] = window.windowTitle()
        window.close()

    QTimer.singleShot(0, when_open)
    assert run("sqlite:///" + str(path)) == 0
    assert seen == {"people": 0, "title": "RevMentor — named.sqlite"}  # no name yet: the file's
    assert not demo_db_path().exists()


def test_a_locked_database_is_explained_and_the_app_exits(safety_net, tmp_path, monkeypatch):
    path = tmp_path / "held.sqlite"
    messages = []
    record = staticmethod(lambda parent, title, text: messages.append(text))
    monkeypatch.setattr(QMessageBox, "critical", record)
    with WriterLock(path, program="RevMentor on the other desk"):
        assert run("sqlite:///" + str(path)) == 1
    assert len(messages) == 1
    assert "already open for writing by RevMentor on the other desk" in messages[0]
    assert not path.exists()
