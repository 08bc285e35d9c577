"""Data-protection dialogs: erasing one person (their email typed to confirm), the people due
for erasure under the retention setting, and the audit trail of requests."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.services.organisation import retention_months_setting
from revmentor_desktop.core.services.people.erasure import EraseResult, erase_people, erase_plan
from revmentor_desktop.core.services.people.erasure_backups import delete_backups_holding
from revmentor_desktop.core.services.people.requests import list_requests
from revmentor_desktop.core.services.people.retention import DuePerson, people_due
from revmentor_desktop.core.text import count, isolate, join, plural
from revmentor_desktop.core.vocabulary import ERASED_NAME
from revmentor_desktop.gui.bidi import ltr
from revmentor_desktop.gui.dialogs.common import show_error
from revmentor_desktop.gui.icons import apply_button_icons
from revmentor_desktop.gui.tasks import TaskRunner
from revmentor_desktop.gui.window_state import RemembersSize

PERSON_ROLE = Qt.ItemDataRole.UserRole  # the DuePerson behind a row
SHOWN_BACKUPS = 8  # listed by date in the question; the rest are counted
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def offer_to_delete_backups(
    parent: QWidget, db: Database, results: list[EraseResult], who: str
) -> int:
    """Ask whether to delete the backups that still hold the erased people; how many went.
    `who` is shown as it is: its names already isolated."""
    holding = {b.path: b for result in results for b in result.backups}
    if not holding:
        return 0
    backups = sorted(holding.values(), key=lambda b: b.taken, reverse=True)
    lines = [f"• {b.when} ({b.kind.lower()})" for b in backups[:SHOWN_BACKUPS]]
    if len(backups) > SHOWN_BACKUPS:
        lines.append(f"• and {len(backups) - SHOWN_BACKUPS:,} older")
    n = len(backups)
    question = (
        f"{count(n, 'backup')} of this database made before now still "
        f"{plural(n, 'holds', 'hold')} {who}'s data:\n\n" + "\n".join(lines) + "\n\n"
        f"Delete {plural(n, 'it', 'them')}? Restoring {plural(n, 'it', 'one')} would bring "
        f"the data back. Backups made from now on do not hold it."
    )
    answer = QMessageBox.question(
        parent,
        "Backups still hold the data",
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return 0
    try:
        for result in results:
            delete_backups_holding(db, result.request, result.backups)
    except OSError as exc:
        QMessageBox.warning(
            parent, "Backups", f"Could not delete every backup: {exc.strerror or exc}"
        )
    return n


class EraseDialog(QDialog):
    """Erase one person: says what goes and what stays, and asks for their email to confirm.

    Signal `erased(EraseResult)` is emitted once the person is erased (and the backups that
    still held them deleted, when the coordinator agreed), before the dialog closes.
    """

    erased = Signal(object)

    def __init__(self, db: Database, email: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.plan = erase_plan(db, email)  # RevMentorError when they are gone meanwhile
        self.result: EraseResult | None = None
        self.setObjectName("eraseDialog")
        name, email = self.plan.name, self.plan.email
        self.setWindowTitle(f"Erase {isolate(name)}")
        layout = QVBoxLayout(self)
        heading = QLabel(
            f"<b>Erase {html.escape(isolate(name))} ({html.escape(isolate(email))})?</b> "
            "This cannot be undone."
        )
        heading.setObjectName("headingLabel")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        goes = QLabel(
            "What happens:<ul>"
            + "".join(f"<li>{html.escape(ltr(line))}</li>" for line in self.plan.sentences())
            + "</ul>Backups made before now still hold their data: you can delete them next."
        )
        goes.setObjectName("planLabel")
        goes.setWordWrap(True)
        goes.setTextFormat(Qt.TextFormat.RichText)
        goes.setMinimumWidth(self.fontMetrics().averageCharWidth() * 92)  # the dialog's width
        layout.addWidget(goes)
        layout.addSpacing(6)
        caption = QLabel("&Type their email address to confirm:")
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setObjectName("confirmEdit")
        self.confirm_edit.setPlaceholderText(email)
        self.confirm_edit.setAccessibleName("Email address of the person to erase")
        caption.setBuddy(self.confirm_edit)
        layout.addWidget(caption)
        layout.addWidget(self.confirm_edit)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        show_error(self.error_label, None)
        layout.addWidget(self.error_label)
        self.progress = QProgressBar()
        self.progress.setObjectName("progressBar")
        self.progress.setRange(0, 0)  # busy: erasing and rebuilding the file
        self.progress.setFormat("Erasing and rebuilding the database file…")
        self.progress.setTextVisible(True)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("buttonBox")
        self.erase_button = self.buttons.addButton(
            f"&Erase {isolate(name)}", QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.setObjectName("eraseButton")
        self.erase_button.setEnabled(False)
        # No default button: Enter in the email box erases once the email matches, else nothing.
        for button in self.buttons.buttons():
            button.setAutoDefault(False)
            button.setDefault(False)
        self.erase_button.clicked.connect(self.erase)
        self.confirm_edit.returnPressed.connect(self.erase)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # As tall as its wrapped text needs at this width, never with gaps between the lines.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        self.confirm_edit.textChanged.connect(self._typed)
        apply_button_icons(self)

    def _typed(self, text: str) -> None:
        show_error(self.error_label, None)
        self.erase_button.setEnabled(text.strip().casefold() == self.plan.email.casefold())

    def erase(self) -> None:
        if not self.erase_button.isEnabled():
            return
        self.erase_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(False)
        self.confirm_edit.setEnabled(False)
        self.progress.show()
        email = self.plan.email
        TaskRunner.start(
            lambda _control: erase_people(self.db, [email]),
            on_done=self._erased,
            on_error=self._failed,
            parent=self,
        )

    def _erased(self, results: list[EraseResult]) -> None:
        self.progress.hide()
        self.result = results[0]
        offer_to_delete_backups(self, self.db, results, isolate(self.plan.name))
        self.erased.emit(self.result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.progress.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(True)
        self.confirm_edit.setEnabled(True)
        self._typed(self.confirm_edit.text())
        if not isinstance(error, RevMentorError):
            raise error  # a bug: the crash dialog reports it
        show_error(self.error_label, str(error))

    def reject(self) -> None:
        if self.progress.isVisible():
            return  # never half-way: the erasure finishes first
        super().reject()


class PrivacyDialog(RemembersSize, QDialog):
    """People due for erasure (with "Erase selected…") and the audit trail of requests.

    Signal `erased()` is emitted after people were erased, so the pages showing them reload.
    """

    GEOMETRY_KEY = "privacyDialog/geometry"
    DUE, REQUESTS = 0, 1
    erased = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None, tab: int = DUE) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("privacyDialog")
        self.setWindowTitle("Privacy")
        self.resize(self.fontMetrics().averageCharWidth() * 136, 480)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        layout.addWidget(self.tabs)
        self.tabs.addTab(self._due_tab(), "People &due for erasure")
        self.tabs.addTab(self._requests_tab(), "&Requests")
        self.tabs.setCurrentIndex(tab)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("buttonBox")
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._restore_geometry()
        self.reload()
        apply_button_icons(self)

    def _due_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.due_intro = QLabel()
        self.due_intro.setObjectName("dueIntro")
        self.due_intro.setWordWrap(True)
        layout.addWidget(self.due_intro)
        self.due_table = _table("dueTable", ("Name", "Email", "Why"), "People due for erasure")
        self.due_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.due_table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.due_table)
        self.progress = QProgressBar()
        self.progress.setObjectName("progressBar")
        self.progress.hide()
        layout.addWidget(self.progress)
        row = QHBoxLayout()
        self.due_count = QLabel()
        self.due_count.setObjectName("dueCount")
        row.addWidget(self.due_count, 1)
        self.erase_button = QPushButton("&Erase selected…")
        self.erase_button.setObjectName("eraseSelectedButton")
        self.erase_button.setAutoDefault(False)
        self.erase_button.setToolTip(
            "Erase the selected people; their partnerships stay as “Erased partner”"
        )
        self.erase_button.clicked.connect(self.erase_selected)
        row.addWidget(self.erase_button)
        layout.addLayout(row)
        return tab

    def _requests_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        intro = QLabel(
            "Every export and erasure of one person's data, newest first: what was done, when, "
            "by whom and how many records. Whom a request was about is never kept."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.requests_table = _table(
            "requestsTable", ("No.", "When", "Request", "By", "Records", "Backups"),
            "Data-protection requests",
        )  # fmt: skip
        layout.addWidget(self.requests_table)
        return tab

    # --- reading --------------------------------------------------------------------------

    def reload(self) -> None:
        months = retention_months_setting(self.db)
        self.due_intro.setText(
            f"People who left (archived), or whose programmes all closed, more than "
            f"{count(months, 'month')} ago, and who take part in nothing now. The period is "
            "set in the organisation settings. Erasing keeps their partnerships for the "
            f"statistics, shown with “{ERASED_NAME}”."
        )
        due = people_due(self.db, months=months)
        table = self.due_table
        table.setRowCount(len(due))
        for row, person in enumerate(due):
            for column, text in enumerate((person.name, person.email, person.reason)):
                item = QTableWidgetItem(text)
                item.setData(PERSON_ROLE, person)
                table.setItem(row, column, item)
        self.due_count.setText(
            f"{count(len(due), 'person', 'people')} due" if due else "Nobody is due for erasure."
        )
        self._selection_changed()

        requests = list_requests(self.db)
        table = self.requests_table
        table.setRowCount(len(requests))
        for row, request in enumerate(requests):
            values = (str(request.number), request.when, request.kind_label, request.made_by,
                      f"{request.records:,}", request.backups_text)  # fmt: skip
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column in (0, 4):
                    item.setTextAlignment(RIGHT)
                table.setItem(row, column, item)

    def selected(self) -> list[DuePerson]:
        rows = sorted(index.row() for index in self.due_table.selectionModel().selectedRows())
        return [self.due_table.item(row, 0).data(PERSON_ROLE) for row in rows]

    def _selection_changed(self) -> None:
        self.erase_button.setEnabled(bool(self.selected()) and not self.progress.isVisible())

    # --- erasing --------------------------------------------------------------------------

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            "Erase people",
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def erase_selected(self) -> None:
        people = self.selected()
        if not people:
            return
        names = [isolate(p.name) for p in people]
        who = (
            join(names)
            if len(names) <= 4
            else f"{', '.join(names[:3])} and {len(names) - 3:,} others"
        )
        question = (
            f"Erase {who}? This cannot be undone.\n\n"
            f"{plural(len(people), 'Their record', 'Their records')}, skills, enrolments, pairing "
            "preferences by or about them and pair decisions naming them go; their partnerships "
            f"stay for the statistics, shown with “{ERASED_NAME}”, without the agreement's "
            "wording or the check-ins' notes."
        )
        if not self._confirm(question):
            return
        self.progress.setRange(0, len(people))
        self.progress.setValue(0)
        self.progress.show()
        self.erase_button.setEnabled(False)
        emails = [p.email for p in people]
        self._task = TaskRunner.start(
            lambda control: erase_people(self.db, emails, control.progress),
            on_done=lambda results: self._erased(results, who),
            on_error=self._failed,
            on_progress=lambda done, _total: self.progress.setValue(done),
            parent=self,
        )

    def _erased(self, results: list[EraseResult], who: str) -> None:
        self.progress.hide()
        offer_to_delete_backups(self, self.db, results, who)
        self.reload()
        self.erased.emit()

    def _failed(self, error: BaseException) -> None:
        self.progress.hide()
        self.reload()
        self.erased.emit()  # some may have been erased before the problem
        if not isinstance(error, RevMentorError):
            raise error
        QMessageBox.warning(self, "Erase people", ltr(str(error)))

    def reject(self) -> None:
        if self.progress.isVisible():
            return  # the erasures finish first
        super().reject()


def _table(name: str, headers: tuple[str, ...], accessible: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table
