"""On a server the window says who else is connected and shows their changes as they come."""

import pytest

from revmentor_desktop.core.db import open_database
from revmentor_desktop.core.db.models import Person
from revmentor_desktop.gui import create_main_window
from revmentor_desktop.gui.coordinators import CoordinatorWatch
from tests.factories import add_person

WAIT_MS = 10_000


@pytest.fixture
def window(qtbot, postgres_url):
    main = create_main_window(postgres_url)
    qtbot.addWidget(main)  # closed at the end, which stops the watch and closes the database
    main.ui.actionPeople.trigger()  # an organisation with no programme opens on its checklist
    return main


def emails(window) -> set[str]:
    model = window.people.model
    return {model.index(row, 1).data() for row in range(model.rowCount())}


def test_another_coordinators_new_person_appears_with_their_name(window, qtbot, postgres_url):
    label = window.findChild(type(window.database_label), "coordinatorsLabel")
    assert not label.isHidden() and label.text() == "Only you are connected"
    with open_database(postgres_url, editor="Tom Baker") as tom:
        window.coordinators.show_presence()
        assert label.text() == "Also connected: Tom Baker"
        add_person(tom, "Zoë", "Adams", "zoe.adams@x.org", 3)
        qtbot.waitUntil(lambda: "zoe.adams@x.org" in emails(window), timeout=WAIT_MS)
    assert window.statusBar().currentMessage() == (
        "Tom Baker changed the data: this page shows it now"
    )
    # Pages not on screen read the news when next shown.
    window.ui.actionProgrammes.trigger()
    window.ui.actionPeople.trigger()
    assert "zoe.adams@x.org" in emails(window)


def test_its_own_changes_are_no_news(window, qtbot):
    window.coordinators.listener.heard()
    with window.db.session() as session, session.begin():
        session.add(Person(given_name="Own", email="own@x.org"))
    qtbot.wait(300)
    window.coordinators.poll()
    assert window.coordinators.pending is None
    assert "changed the data" not in window.statusBar().currentMessage()


def test_news_waits_while_a_dialog_is_open(window, qtbot, postgres_url, monkeypatch):
    calls = []
    watch: CoordinatorWatch = window.coordinators
    monkeypatch.setattr(watch, "changed", calls.append)
    from PySide6.QtWidgets import QApplication, QDialog

    dialog = QDialog(window)
    dialog.setModal(True)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    with open_database(postgres_url, editor="Tom") as tom:
        add_person(tom, "Ann", "Lee", "ann@x.org", 2)
    qtbot.waitUntil(lambda: watch.pending == ["Tom"], timeout=WAIT_MS)
    assert calls == []
    dialog.close()
    qtbot.waitUntil(lambda: calls == [["Tom"]], timeout=WAIT_MS)


def test_a_file_database_is_not_watched(qtbot, db):
    db.close()
    main = create_main_window(db.url)
    qtbot.addWidget(main)
    assert main.coordinators.listener is None
    assert main.findChild(type(main.database_label), "coordinatorsLabel").isHidden()


def test_the_next_start_opens_the_server_again_and_the_recent_menu_offers_it(
    window, qtbot, postgres_url, db
):
    from revmentor_desktop.gui.main_window import MainWindow

    window.fill_recent_menu()
    entry = window.findChild(type(window.ui.actionRefresh), "recentServer")
    assert entry.isChecked() and entry.toolTip() == postgres_url
    name = postgres_url.split("@/")[1].split("?")[0]
    assert entry.text() == f"&0 {name} on this computer"
    assert window.database_label.text() == f"Database: {name} on this computer"
    window.close()
    later = MainWindow()
    qtbot.addWidget(later)
    later.start()
    assert later.db.url == postgres_url
    # A file opened afterwards is what the start after that opens.
    db.close()
    assert later.open_path(db.path)
    later.close()
    again = MainWindow()
    qtbot.addWidget(again)
    again.start()
    assert again.db.path == db.path
    again.close()


def test_a_server_that_asks_for_a_password_opens_once_it_is_given(
    qtbot, password_role, monkeypatch, db
):
    from postgres_server import PASSWORD
    from PySide6.QtWidgets import QInputDialog

    from revmentor_desktop.core.db import credentials

    monkeypatch.setattr(credentials, "_PASSWORDS", {})
    asked = []

    def type_password(parent, title, label, echo):
        asked.append(label)
        return ("wrong" if len(asked) == 1 else PASSWORD), True

    monkeypatch.setattr(QInputDialog, "getText", type_password)
    db.close()
    window = create_main_window(db.url)
    qtbot.addWidget(window)
    assert window.open_server(password_role)
    assert window.db.url == password_role and "password" not in password_role
    assert len(asked) == 2 and "turned down that password" in asked[1]
    assert window.local_copy_action.isEnabled() and not window.move_to_server_action.isEnabled()


def test_cancelling_the_password_keeps_the_open_database(qtbot, password_role, monkeypatch, db):
    from PySide6.QtWidgets import QInputDialog

    from revmentor_desktop.core.db import credentials

    monkeypatch.setattr(credentials, "_PASSWORDS", {})
    monkeypatch.setattr(QInputDialog, "getText", lambda *args: ("", False))
    db.close()
    window = create_main_window(db.url)
    qtbot.addWidget(window)
    assert not window.open_server(password_role)
    assert window.db.path == db.path
    assert window.move_to_server_action.isEnabled() and not window.local_copy_action.isEnabled()


def test_file_open_a_server_database_opens_it_under_the_name_given(
    qtbot, postgres, postgres_url, monkeypatch, db
):
    from PySide6.QtWidgets import QDialog

    from revmentor_desktop.gui.server.connect import ConnectDialog

    db.close()
    window = create_main_window(db.url)
    qtbot.addWidget(window)
    name = postgres_url.split("@/")[1].split("?")[0]

    def fill_in(dialog):
        dialog.open_it()  # nothing filled in yet: refused, the server field focused
        assert dialog.form_error.text() == "Enter the server's name (e.g. db.example.org)."
        dialog.host_edit.setText(str(postgres.socket))
        dialog.database_edit.setText(name)
        dialog.user_edit.setText("revmentor_tests")
        dialog.editor_edit.setText("Priya Raman")
        dialog.open_it()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ConnectDialog, "exec", fill_in)
    window.open_server_action.trigger()
    assert window.db.path is None and window.db.engine.url.database == name
    assert window.db.editor == "Priya Raman"
    assert window.windowTitle().endswith(name) or name in window.windowTitle()


def test_asked_for_the_coordinators_email_when_another_has_just_set_it(
    qtbot, postgres_url, monkeypatch
):
    from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

    from revmentor_desktop.core.services.coordinator import (
        coordinator_email,
        save_coordinator_email,
    )
    from revmentor_desktop.gui.dialogs.common import ask_coordinator_email

    told = []
    with (
        open_database(postgres_url, editor="Tom") as tom,
        open_database(postgres_url, editor="Priya") as priya,
    ):

        def type_email(*args):
            save_coordinator_email(priya, "priya@northwind.example")  # while Tom types
            return "tom@northwind.example", True

        monkeypatch.setattr(QInputDialog, "getText", staticmethod(type_email))
        monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: told.append(a)))
        parent = QWidget()
        qtbot.addWidget(parent)
        assert ask_coordinator_email(parent, tom)
        assert coordinator_email(tom) == "priya@northwind.example"
        assert "Another coordinator set the coordinator's email address meanwhile" in told[0][2]
