"""File → Open a server database…: the organisation's database on its PostgreSQL server."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QWidget

from revmentor_desktop.gui.coordinators import remember_coordinator_name
from revmentor_desktop.gui.server.move import MoveToServerDialog


class ConnectDialog(MoveToServerDialog):
    """The move dialog's fields (server, database, user, password, encryption, your name),
    without the copying: `url` is the database to open once accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(None, parent)
        self.setObjectName("connectToServerDialog")
        self.setWindowTitle("Open a server database")
        self.findChild(QLabel, "introLabel").setText(
            "Open the database your organisation keeps on its PostgreSQL server. Your "
            "administrator gives you the server, the database and your user name."
        )
        self.test_button.hide()
        self.test_result.hide()
        self.move_button.setText("&Open")
        self.move_button.clicked.disconnect(self.move)
        self.move_button.clicked.connect(self.open_it)
        self.resize(self.width(), self.sizeHint().height())  # no room left for the move's parts

    def open_it(self) -> None:
        url = self.address()
        if url is None:
            return
        remember_coordinator_name(self.editor_edit.text())  # the name the window opens it under
        self.url = url
        self.accept()


def ask_server_database(window) -> str | None:
    """The URL of the server database the user chose to open (no password in it), or None."""
    dialog = ConnectDialog(window)
    try:
        return dialog.url if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
