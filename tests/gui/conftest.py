"""GUI test set-up: a modal dialog that a test did not expect fails the test instead of hanging;
fixtures for tests that run the whole window with `run()`."""

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QMessageBox


def _unexpected(name):
    def fail(*args, **kwargs):
        raise AssertionError(f"unexpected modal dialog: {name}{args[1:3]}")

    return fail


@pytest.fixture(autouse=True)
def full_hd_screen(monkeypatch):
    """The offscreen platform's made-up 800 x 800 screen would squeeze every window: the tests
    say what screen they run on, a common 1920 x 1080 unless a test chooses a smaller one."""
    from PySide6.QtCore import QRect

    from revmentor_desktop.gui import window_state

    monkeypatch.setattr(window_state, "available_geometry", lambda widget: QRect(0, 0, 1920, 1080))


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch):
    monkeypatch.setattr(QDialog, "exec", _unexpected("QDialog.exec"))
    monkeypatch.setattr(QMessageBox, "exec", _unexpected("QMessageBox.exec"))
    for name in ("critical", "warning", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(_unexpected(f"QMessageBox.{name}")))
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(_unexpected(f"QFileDialog.{name}")))
    for name in ("getText", "getItem", "getInt", "getDouble", "getMultiLineText"):
        monkeypatch.setattr(QInputDialog, name, staticmethod(_unexpected(f"QInputDialog.{name}")))


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


@pytest.fixture
def main_window():
    """Finds the window run() shows (an earlier test's window may linger, hidden, until
    deleted): call it once run() has shown it."""
    return lambda: next(w for w in QApplication.topLevelWidgets()
                        if w.objectName() == "mainWindow" and w.isVisible())  # fmt: skip


# --- another coordinator saved first (changed_elsewhere) ----------------------------------


@pytest.fixture
def boxes(monkeypatch):
    """The message boxes shown, as (object name, text); each is answered with `boxes.answer`."""

    class Boxes(list):
        answer = "&Keep my edits on screen"

    shown = Boxes()

    def exec_(box):
        shown.append((box.objectName(), box.text()))
        next(b for b in box.buttons() if b.text() == shown.answer).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


@pytest.fixture
def closing(qtbot):
    """Dialogs and wizards to close as the test ends, with nothing saved."""
    dialogs = []
    yield dialogs.append
    for dialog in dialogs:
        QDialog.done(dialog, QDialog.DialogCode.Rejected)
        dialog.deleteLater()
