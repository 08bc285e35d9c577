"""The warning about a database in a cloud-synced folder: once, and never again when silenced."""

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from revmentor_desktop.gui.dialogs import location
from revmentor_desktop.gui.dialogs.location import silenced_folders, warn_about_location


@pytest.fixture(autouse=True)
def new_run(monkeypatch):
    """Each test starts as RevMentor does: nothing warned about yet."""
    monkeypatch.setattr(location, "_warned", set())


@pytest.fixture
def window(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def press_ok(box: QMessageBox) -> None:
    box.button(QMessageBox.StandardButton.Ok).click()


def test_warns_once_per_folder_while_running(window, tmp_path):
    database = tmp_path / "Dropbox" / "revmentor.sqlite"
    box = warn_about_location(window, database)
    assert box is not None and box.isVisible()
    assert box.objectName() == "locationWarning"
    assert box.text() == f"The database is in a folder Dropbox keeps in sync:\n{database}"
    assert "corrupt" in box.informativeText() and "backups" in box.informativeText()
    assert not box.checkBox().isChecked()
    press_ok(box)
    assert warn_about_location(window, database) is None  # the same run: said once
    assert silenced_folders() == []
    location._warned.clear()  # the next start warns again: it was not silenced
    box = warn_about_location(window, database)
    assert box is not None
    press_ok(box)


def test_silenced_folder_is_never_warned_about_again(window, tmp_path):
    database = tmp_path / "OneDrive - Contoso" / "RevMentor" / "revmentor.sqlite"
    box = warn_about_location(window, database)
    box.findChild(QWidget, "silenceLocationWarning").setChecked(True)
    press_ok(box)
    assert silenced_folders() == [str(database.parent)]
    location._warned.clear()  # a later start
    assert warn_about_location(window, database) is None
    # Another risky folder is still worth a warning.
    other = warn_about_location(window, tmp_path / "Google Drive" / "revmentor.sqlite")
    assert other is not None
    press_ok(other)


def test_no_warning_for_a_local_folder_or_a_server(window, tmp_path):
    assert warn_about_location(window, tmp_path / "revmentor.sqlite") is None
    assert warn_about_location(window, None) is None
