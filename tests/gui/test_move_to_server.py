"""File → Move to a server… and File → Make a local copy…, against a real PostgreSQL server."""

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from revmentor_desktop.core.db import open_database
from revmentor_desktop.core.db.credentials import password_for
from revmentor_desktop.core.db.models import Person
from revmentor_desktop.gui.coordinators import coordinator_name
from revmentor_desktop.gui.server.local_copy import local_copy
from revmentor_desktop.gui.server.move import MoveToServerDialog, move_to_server
from revmentor_desktop.gui.server.password import ask_password
from revmentor_desktop.gui.tasks import TaskRunner


class Window(QWidget):
    """What the two menu entries use of the main window: its open database."""

    def __init__(self, db) -> None:
        super().__init__()
        self.db = db


@pytest.fixture(autouse=True)
def synchronous(monkeypatch):
    monkeypatch.setattr(TaskRunner, "synchronous", True)


@pytest.fixture
def empty_server_database(postgres):
    postgres.execute("CREATE DATABASE moved_here")
    yield postgres.url("moved_here")
    postgres.execute("DROP DATABASE moved_here WITH (FORCE)")


def fill(dialog: MoveToServerDialog, postgres, database: str = "moved_here") -> None:
    dialog.host_edit.setText(str(postgres.socket))  # a server on this computer: its socket
    dialog.database_edit.setText(database)
    dialog.user_edit.setText("revmentor_tests")
    dialog.editor_edit.setText("Priya Raman")


def same_database(url: str, other: str) -> bool:
    a, b = make_url(url), make_url(other)
    return (a.username, a.database, a.query["host"]) == (b.username, b.database, b.query["host"])


def people(url: str) -> int:
    with open_database(url, writer=False) as db, db.session() as session:
        return session.scalar(select(func.count()).select_from(Person))


def test_the_dialog_checks_tests_moves_and_lists_every_table(qtbot, db, small_org, postgres,
                                                             empty_server_database):  # fmt: skip
    dialog = MoveToServerDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.password_edit.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.tls_combo.currentData() == "prefer"
    assert dialog.move_button.isDefault()

    qtbot.mouseClick(dialog.move_button, Qt.MouseButton.LeftButton)
    assert dialog.form_error.isVisible() and "server's name" in dialog.form_error.text()
    assert dialog.focusWidget() is dialog.host_edit and dialog.url is None

    fill(dialog, postgres, database="no_such_database")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert "no_such_database" in dialog.form_error.text() and dialog.test_button.isEnabled()
    fill(dialog, postgres)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.test_result.text().startswith("Connected: the database is empty")

    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter moves
    table = dialog.result_table
    assert table.isVisible() and table.rowCount() == 16
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["person"] == "6" and rows["programme"] == "1"
    assert all(table.item(r, 2).text().startswith("✓") for r in range(table.rowCount()))
    shown = table.viewport().height() // table.verticalHeader().defaultSectionSize()
    assert shown >= 10  # most tables at a glance, not two and a scroll bar
    assert same_database(dialog.url, empty_server_database)
    assert make_url(dialog.url).query["sslmode"] == "prefer"
    assert dialog.open_button.isVisible() and not dialog.move_button.isVisible()
    assert people(dialog.url) == 6
    assert coordinator_name() == "Priya Raman"  # the window opens the server under this name


def test_a_server_database_holding_data_is_refused(qtbot, db, small_org, postgres_url, postgres):
    with open_database(postgres_url) as server, server.session() as session, session.begin():
        session.add(Person(given_name="Already", email="here@x.org"))
    dialog = MoveToServerDialog(db)
    qtbot.addWidget(dialog)
    fill(dialog, postgres, database=postgres_url.split("/")[3].split("?")[0])
    dialog.move()
    assert "already holds RevMentor data" in dialog.form_error.text()
    assert dialog.url is None and dialog.move_button.isEnabled()
    assert not dialog.result_table.isVisible()
    assert people(postgres_url) == 1


def test_move_to_server_gives_the_url_to_open(qtbot, db, small_org, postgres, monkeypatch,
                                              empty_server_database):  # fmt: skip
    window = Window(db)
    qtbot.addWidget(window)

    def run(dialog):
        fill(dialog, postgres)
        dialog.move_button.click()
        dialog.open_button.click()
        return dialog.result()

    monkeypatch.setattr(MoveToServerDialog, "exec", run)
    url = move_to_server(window)
    assert url is not None and same_database(url, empty_server_database)

    monkeypatch.setattr(MoveToServerDialog, "exec", lambda dialog: dialog.reject() or 0)
    assert move_to_server(window) is None  # cancelled


def test_a_local_copy_of_the_server_database(qtbot, postgres_url, tmp_path, monkeypatch):
    with open_database(postgres_url) as server:
        with server.session() as session, session.begin():
            session.add(Person(given_name="Nia", email="nia@x.org"))
        window = Window(server)
        qtbot.addWidget(window)
        target = tmp_path / "copy.sqlite"
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            staticmethod(lambda *args: (str(target), "")))  # fmt: skip
        asked = []
        monkeypatch.setattr(QMessageBox, "question", staticmethod(
            lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.Open))  # fmt: skip
        assert local_copy(window) == target
    assert "Copied" in asked[0] and "Open the local copy now?" in asked[0]
    with sqlite3.connect(target) as connection:
        assert connection.execute("SELECT given_name FROM person").fetchall() == [("Nia",)]
    connection.close()


def test_the_password_asked_for_is_kept_for_the_run(qtbot, monkeypatch):
    url = "postgresql+psycopg://tom@db.example.org/revmentor?sslmode=require"
    asked = []

    def type_password(parent, title, label, echo):
        asked.append((label, echo))
        return "s3cret", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(type_password))
    assert ask_password(None, url)
    assert password_for(url) == "s3cret"
    label, echo = asked[0]
    assert "tom on db.example.org (database revmentor)" in label
    assert echo == QLineEdit.EchoMode.Password
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *args: ("", False)))
    assert not ask_password(None, "postgresql+psycopg://ann@db.example.org/revmentor")
    assert password_for("postgresql+psycopg://ann@db.example.org/revmentor") is None
