"""Starting the app as `revmentor` does: the window first, then the database, then the demo."""

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from revmentor_desktop.core.db.lock import WriterLock
from revmentor_desktop.gui.app import run


@pytest.fixture
def safety_net(qapp):
    """Ends a stuck event loop after 30 s; stopped after the test so it cannot hit later ones."""
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(qapp.quit)
    timer.start(30_000)
    yield
    timer.stop()
    # run() ended the application's event loop; start and end it once more so that later
    # tests' event loops (qtbot.waitUntil, waitSignal) run normally again.
    QTimer.singleShot(0, qapp.quit)
    qapp.exec()


def main_window():
    return next(w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow")


def test_first_start_shows_the_window_then_fills_it_with_the_demo(safety_net, tmp_path):
    path = tmp_path / "first.sqlite"
    seen = {}

    def when_filled():
        window = main_window()
        if window.db is None:  # still opening: look again shortly
            QTimer.singleShot(20, when_filled)
            return
        seen["people"] = window.people.model.total
        seen["title"] = window.windowTitle()
        seen["label"] = window.database_label.text()
        window.close()

    QTimer.singleShot(0, when_filled)
    assert run("sqlite:///" + str(path), demo_if_new=True) == 0
    assert seen["people"] > 100  # the 120-person demo, less the archived
    assert seen["title"] == "RevMentor — Northwind Logistics"
    assert str(path) in seen["label"]


def test_a_locked_database_is_explained_and_the_app_exits(safety_net, tmp_path, monkeypatch):
    path = tmp_path / "held.sqlite"
    messages = []
    record = staticmethod(lambda parent, title, text: messages.append(text))
    monkeypatch.setattr(QMessageBox, "critical", record)
    with WriterLock(path, program="RevMentor on the other desk"):
        assert run("sqlite:///" + str(path), demo_if_new=True) == 1
    assert len(messages) == 1
    assert "already open for writing by RevMentor on the other desk" in messages[0]
    assert not path.exists()
