"""File → Move to a server…: the open database file copied to a server database, verified."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.gui.coordinators import coordinator_name, remember_coordinator_name
from revmentor_desktop.gui.dialogs.common import show_error
from revmentor_desktop.gui.icons import apply_button_icons
from revmentor_desktop.gui.tasks import Cancelled, Task, TaskRunner

if TYPE_CHECKING:
    from revmentor_desktop.core.db import Database
    from revmentor_desktop.core.db.copy import CopyResult

DEFAULT_PORT = 5432
# libpq's sslmode: what the administrator's server offers decides which one to choose.
TLS_MODES = (
    ("prefer", "Encrypt when the server offers it (prefer)"),
    ("require", "Always encrypt (require)"),
    ("verify-full", "Encrypt and check the certificate (verify-full)"),
)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def server_address(host: str, port: int, database: str, user: str, sslmode: str) -> str:
    """The SQLAlchemy URL of a server database, never with a password. A host starting with
    "/" is the folder of the server's Unix socket (a server on this computer)."""
    from sqlalchemy.engine import URL

    query = {"sslmode": sslmode}
    if host.startswith("/"):
        query["host"], host = host, ""
    return URL.create(
        "postgresql+psycopg",
        username=user,
        host=host or None,
        port=port if port != DEFAULT_PORT else None,
        database=database,
        query=query,
    ).render_as_string(hide_password=False)


class MoveToServerDialog(QDialog):
    """Where the server database is and who connects; Move copies and verifies, off the GUI
    thread. `url` is the server database's once moved."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        from revmentor_desktop.core.db.versions import default_editor

        super().__init__(parent)
        self.db = db
        self.url: str | None = None
        self._task: Task | None = None
        self.setObjectName("moveToServerDialog")
        self.setWindowTitle("Move to a server")
        layout = QVBoxLayout(self)
        intro = QLabel(
            "Copy this database into an empty database on your organisation's PostgreSQL "
            "server, so that several coordinators can work in it at once. Your administrator "
            "gives you the server, the database and your user name. This file stays as it is."
        )
        intro.setObjectName("introLabel")
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.host_edit = self._line("hostEdit", "db.example.org")
        self.port_spin = QSpinBox(objectName="portSpin", minimum=1, maximum=65535)
        self.port_spin.setValue(DEFAULT_PORT)
        self.database_edit = self._line("databaseEdit", "revmentor")
        self.user_edit = self._line("userEdit", "")
        self.password_edit = self._line("passwordEdit", "kept until RevMentor closes, never saved")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setToolTip(
            "Kept in memory until RevMentor closes, never saved. Leave it empty when it is in "
            "your password file (PGPASSFILE or ~/.pgpass)."
        )
        self.tls_combo = QComboBox(objectName="tlsCombo")
        for mode, label in TLS_MODES:
            self.tls_combo.addItem(label, mode)
        self.editor_edit = self._line("editorEdit", "")
        self.editor_edit.setText(coordinator_name() or default_editor())
        for caption, field in (
            ("Ser&ver:", self.host_edit),
            ("P&ort:", self.port_spin),
            ("&Database:", self.database_edit),
            ("&User name:", self.user_edit),
            ("Pass&word:", self.password_edit),
            ("&Encryption (TLS):", self.tls_combo),
            ("Your &name as other coordinators see it:", self.editor_edit),
        ):
            label = QLabel(caption)
            label.setBuddy(field)
            form.addRow(label, field)
        layout.addLayout(form)
        self.form_error = QLabel(objectName="formError", wordWrap=True)
        self.form_error.hide()
        layout.addWidget(self.form_error)

        testing = QHBoxLayout()
        self.test_button = QPushButton("&Test connection", objectName="testButton")
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel(objectName="testResult", wordWrap=True)
        testing.addWidget(self.test_button)
        testing.addWidget(self.test_result, 1)
        layout.addLayout(testing)

        self.progress_bar = QProgressBar(objectName="progressBar")
        self.progress_bar.hide()
        layout.addWidget(self.progress_bar)
        self.result_label = QLabel(objectName="resultLabel", wordWrap=True)
        self.result_label.hide()
        layout.addWidget(self.result_label)
        self.result_table = QTableWidget(0, 3, objectName="resultTable")
        self.result_table.setHorizontalHeaderLabels(["Table", "Rows", "Verified"])
        self.result_table.verticalHeader().hide()
        self.result_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.result_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.result_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.result_table.hide()
        layout.addWidget(self.result_table, 1)

        self.buttons = QDialogButtonBox(objectName="buttonBox")
        self.move_button = self.buttons.addButton("&Move", QDialogButtonBox.ButtonRole.AcceptRole)
        self.move_button.setObjectName("moveButton")
        self.move_button.setDefault(True)
        self.open_button = self.buttons.addButton(
            "&Open the server database", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setObjectName("openButton")
        self.open_button.hide()
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.setObjectName("closeButton")
        self.move_button.clicked.connect(self.move)
        self.open_button.clicked.connect(self.accept)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        # Wide enough for the introduction in three lines; never narrower than the layout needs.
        self.resize(self.fontMetrics().averageCharWidth() * 84, self.sizeHint().height())
        apply_button_icons(self)

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(objectName=name, placeholderText=placeholder)
        edit.textEdited.connect(lambda _text: show_error(self.form_error, None))
        return edit

    # --- the address ----------------------------------------------------------------------

    def address(self) -> str | None:
        """The server database's URL, the password remembered for it; None (with the problem
        shown under the fields, the field focused) when something is missing."""
        from revmentor_desktop.core.db.credentials import remember_password

        fields = (
            (self.host_edit, "Enter the server's name (e.g. db.example.org)."),
            (self.database_edit, "Enter the database's name on the server."),
            (self.user_edit, "Enter your user name on the server."),
            (self.editor_edit, "Enter your name as other coordinators see it."),
        )
        for field, problem in fields:
            if not field.text().strip():
                show_error(self.form_error, problem)
                field.setFocus()
                return None
        show_error(self.form_error, None)
        url = server_address(
            self.host_edit.text().strip(),
            self.port_spin.value(),
            self.database_edit.text().strip(),
            self.user_edit.text().strip(),
            self.tls_combo.currentData(),
        )
        if self.password_edit.text():
            remember_password(url, self.password_edit.text())
        return url

    def _busy(self, busy: bool) -> None:
        for widget in (self.host_edit, self.port_spin, self.database_edit, self.user_edit,
                       self.password_edit, self.tls_combo, self.editor_edit, self.test_button,
                       self.move_button):  # fmt: skip
            widget.setEnabled(not busy)

    def _problem(self, error: BaseException) -> None:
        """A failure shown under the fields; the password field focused when it is the cause."""
        from revmentor_desktop.core.db.credentials import PasswordNeededError

        if not isinstance(error, RevMentorError):
            raise error  # a bug: the crash dialog reports it
        show_error(self.form_error, str(error))
        if isinstance(error, PasswordNeededError):
            self.password_edit.selectAll()
            self.password_edit.setFocus()

    # --- Test connection --------------------------------------------------------------------

    def test_connection(self) -> None:
        from revmentor_desktop.core.db.copy import check_target

        url = self.address()
        if url is None:
            return
        self._busy(True)
        self.test_result.setStyleSheet("")
        self.test_result.setText("Connecting…")

        def done(_result) -> None:
            self._busy(False)
            self.test_result.setText("Connected: the database is empty and ready for the move.")

        def failed(error: BaseException) -> None:
            self._busy(False)
            self.test_result.setText("")
            self._problem(error)

        self._task = TaskRunner.start(lambda _control: check_target(url), on_done=done,
                                      on_error=failed, parent=self)  # fmt: skip

    # --- Move -------------------------------------------------------------------------------

    def move(self) -> None:
        from revmentor_desktop.core.db.copy import copy_database

        url = self.address()
        if url is None:
            return
        editor = self.editor_edit.text().strip()
        self._busy(True)
        self.test_result.setText("")
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self._task = TaskRunner.start(
            lambda control: copy_database(self.db, url, editor=editor, progress=control.progress),
            on_done=self._moved,
            on_error=self._not_moved,
            on_progress=self._progressed,
            parent=self,
        )

    def _progressed(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _moved(self, result: CopyResult) -> None:
        from revmentor_desktop.core.text import count

        self.url = result.url
        remember_coordinator_name(self.editor_edit.text())  # the name the window opens it under
        self.progress_bar.hide()
        self.result_table.setRowCount(len(result.tables))
        for row, table in enumerate(result.tables):
            verified = f"✓ {table.checksum[:12]}" if table.matched else "does not match"
            for column, text in enumerate((table.name, f"{table.rows:,}", verified)):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(RIGHT)
                item.setToolTip(f"sha256 {table.checksum}" if column == 2 else "")
                self.result_table.setItem(row, column, item)
        self.result_table.show()
        # Room for most tables without scrolling, on a dialog that grows to take it.
        rows_shown = min(len(result.tables), 10) + 1
        self.result_table.setMinimumHeight(
            self.result_table.verticalHeader().defaultSectionSize() * rows_shown
        )
        self.result_label.setText(
            f"Moved {count(result.rows, 'row')} in {len(result.tables)} tables; each table's "
            "rows and checksum match this file. This file stays as it was: from now on, work "
            "in the server database, so that every coordinator sees the same data."
        )
        self.result_label.show()
        self.move_button.hide()
        self.test_button.hide()
        self.open_button.show()
        self.open_button.setDefault(True)
        self.open_button.setFocus()
        self.close_button.setText("Close")
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def _not_moved(self, error: BaseException) -> None:
        self._busy(False)
        self.progress_bar.hide()
        if isinstance(error, Cancelled):
            show_error(self.form_error, "Stopped: nothing was copied.")
            return
        self._problem(error)

    def reject(self) -> None:
        if self._task is not None and not self._task.is_finished:
            self._task.cancel()  # its failure (Cancelled) comes back; the dialog stays open
            return
        super().reject()


def move_to_server(window) -> str | None:
    """File → Move to a server…: the open database file copied to a server database; the URL
    of that database when the user chose to open it, else None."""
    db = window.db
    if db is None:
        return None
    if db.path is None:
        QMessageBox.information(
            window, "Move to a server",
            "This database is on a server already. File → Make a local copy… copies it into a "
            "file on this computer.",
        )  # fmt: skip
        return None
    dialog = MoveToServerDialog(db, window)
    try:
        return dialog.url if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
