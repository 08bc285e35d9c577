"""The people view: everyone in the organisation, with search-as-you-type, filters and sorting,
adding, editing, archiving and restoring people, and their data-protection requests."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QHeaderView,
    QMenu,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.services.people.listing import (
    FilterOptions,
    FirstRead,
    PeopleFilter,
    PersonRow,
)
from revmentor_desktop.core.text import count, isolate, plural
from revmentor_desktop.gui.bidi import ltr
from revmentor_desktop.gui.dialogs.common import PERSON_DATA, DialogHost, ask_save_path
from revmentor_desktop.gui.forms.ui_people_view import Ui_PeopleView
from revmentor_desktop.gui.models.people import PERSON_ID_ROLE, PeopleTableModel
from revmentor_desktop.gui.pages.base import Page
from revmentor_desktop.gui.widgets.columns import FittedColumns

if TYPE_CHECKING:
    from revmentor_desktop.core.db import Database

# Starting widths in characters; the columns then share the table's width (FittedColumns).
COLUMN_CHARS = (24, 32, 18, 28, 20, 14, 18, 40)
ANY = None
NAME_COLUMN = 0
ARCHIVE_TEXT, RESTORE_TEXT = "Arch&ive", "Res&tore"


class ArchivedDelegate(QStyledItemDelegate):
    """Draws archived people greyed out, with "(archived)" after the name."""

    def __init__(self, archived: set[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.archived = archived  # the view's own set, kept up to date by reload()

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        if self.archived and index.data(PERSON_ID_ROLE) in self.archived:
            muted = option.palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            option.palette.setColor(QPalette.ColorRole.Text, muted)
            if index.column() == NAME_COLUMN:
                option.text += " (archived)"


class PeopleView(DialogHost, Page):
    """Everyone, read from `db`; or, at start-up, from a `first` read of a database not open yet:
    the list, search and filters work at once, the rest once `attach` hands over the database.
    """

    def __init__(
        self, db: Database | None, parent: QWidget | None = None, *, first: FirstRead | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.ui = Ui_PeopleView()
        self.ui.setupUi(self)
        self.model = PeopleTableModel(self)
        table = self.ui.peopleTable
        table.setModel(self.model)
        # A fixed row height lets the view skip measuring 10,000 rows.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        char = table.fontMetrics().averageCharWidth()
        self.columns = FittedColumns(table, [chars * char for chars in COLUMN_CHARS])
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

        self.ui.searchEdit.textChanged.connect(self.apply_filter)
        for combo in (self.ui.departmentFilter, self.ui.levelFilter, self.ui.programmeFilter):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.ui.clearFiltersButton.clicked.connect(self.clear_filters)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.ui.searchEdit, self.ui.searchEdit.clear)

        self.archived_ids: set[int] = set()
        table.setItemDelegate(ArchivedDelegate(self.archived_ids, table))
        # One action for "add a person": the main window can put this same action in its menu,
        # so Ctrl+N is never claimed twice (which Qt would treat as ambiguous).
        self.add_person_action = QAction("&Add person…", self)
        self.add_person_action.setObjectName("actionAddPerson")
        self.add_person_action.setShortcut(QKeySequence.StandardKey.New)
        self.add_person_action.triggered.connect(self.add_person)
        self.addAction(self.add_person_action)
        self.ui.addPersonButton.clicked.connect(self.add_person_action.trigger)
        self.ui.editPersonButton.clicked.connect(self.edit_selected)
        self.ui.archiveButton.clicked.connect(self.archive_or_restore_selected)
        self.ui.showArchivedCheck.toggled.connect(self.reload)
        table.doubleClicked.connect(self.edit_selected)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), table, self.edit_selected,
                      context=Qt.ShortcutContext.WidgetShortcut)  # fmt: skip
        self._add_privacy_actions()
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        if first is None:
            self.reload()
        else:
            self._show(first.options, first.people)
            self._set_database_actions_enabled()

    def attach(self, db: Database) -> None:
        """The database the first read came from, now open: what changes it works too."""
        self.db = db
        self._set_database_actions_enabled()
        self._selection_changed()

    def _set_database_actions_enabled(self) -> None:
        for widget in (self.add_person_action, self.ui.addPersonButton, self.ui.showArchivedCheck,
                       self.due_action, self.requests_action):  # fmt: skip
            widget.setEnabled(self.db is not None)

    def _add_privacy_actions(self) -> None:
        """A "Privacy" button beside Archive, its person actions also on the table's menu."""

        def action(text: str, name: str, slot) -> QAction:
            made = QAction(text, self)
            made.setObjectName(name)
            made.triggered.connect(slot)
            return made

        self.export_data_action = action(
            "E&xport this person's data…", "actionExportPersonData", self.export_selected_data
        )
        self.erase_action = action("E&rase this person…", "actionErasePerson", self.erase_selected)
        self.due_action = action(
            "People &due for erasure…", "actionPeopleDue", lambda: self.open_privacy(0)
        )
        self.requests_action = action(
            "Privacy re&quests…", "actionPrivacyRequests", lambda: self.open_privacy(1)
        )
        menu = QMenu(self)
        menu.addActions([self.export_data_action, self.erase_action])
        menu.addSeparator()
        menu.addActions([self.due_action, self.requests_action])
        self.privacy_button = QPushButton("Privac&y", self)
        self.privacy_button.setObjectName("privacyButton")
        self.privacy_button.setToolTip(
            "Export everything held about the selected person, erase them, see who is due for "
            "erasure and the requests made so far"
        )
        self.privacy_button.setMenu(menu)
        self.ui.actionRow.addWidget(self.privacy_button)
        table = self.ui.peopleTable
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._table_menu)

    def _table_menu(self, point: QPoint) -> None:
        if len(self.selected_ids()) != 1:
            return
        menu = QMenu(self)
        menu.addActions([self.export_data_action, self.erase_action])
        menu.popup(self.ui.peopleTable.viewport().mapToGlobal(point))

    def reload(self) -> None:
        """Read people and filter choices afresh from the database, keeping the current filter."""
        from revmentor_desktop.core.services.people.directory import filter_options, list_people

        rows = list_people(self.db, include_archived=self.ui.showArchivedCheck.isChecked())
        self._show(filter_options(self.db), rows)

    def _show(self, options: FilterOptions, rows: list[PersonRow]) -> None:
        self._fill_combo(self.ui.departmentFilter, "All departments",
                         [(d, d) for d in options.departments])  # fmt: skip
        self._fill_combo(self.ui.levelFilter, "All levels",
                         [(label, rank) for rank, label in options.levels])  # fmt: skip
        self._fill_combo(self.ui.programmeFilter, "All programmes",
                         [(name, pid) for pid, name in options.programmes])  # fmt: skip
        self.archived_ids.clear()
        self.archived_ids.update(row.id for row in rows if row.archived)
        self.model.set_rows(rows)
        self.apply_filter()

    def current_filter(self) -> PeopleFilter:
        return PeopleFilter(
            text=self.ui.searchEdit.text(),
            department=self.ui.departmentFilter.currentData(),
            level_rank=self.ui.levelFilter.currentData(),
            programme_id=self.ui.programmeFilter.currentData(),
        )

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        shown, total = self.model.rowCount(), self.model.total
        noun = plural(total, "person", "people")
        text = f"{total:,} {noun}" if shown == total else f"{shown:,} of {total:,} {noun} shown"
        if self.archived_ids:
            text += f" ({len(self.archived_ids):,} archived)"
        self.ui.countLabel.setText(text)

    def clear_filters(self) -> None:
        for combo in (self.ui.departmentFilter, self.ui.levelFilter, self.ui.programmeFilter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.ui.searchEdit.clear()  # re-filters once
        self.apply_filter()

    def save_state(self, settings) -> None:
        settings.setValue("people/header", self.ui.peopleTable.horizontalHeader().saveState())

    def restore_state(self, settings) -> None:
        """Column widths, order and sorting as the coordinator left them."""
        header = self.ui.peopleTable.horizontalHeader()
        state = settings.value("people/header")
        if state is not None and header.restoreState(state):
            self.ui.peopleTable.sortByColumn(
                header.sortIndicatorSection(), header.sortIndicatorOrder()
            )
            self.columns.keep_current()

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    # --- adding, editing, archiving ------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = self.ui.peopleTable.selectionModel().selectedRows()
        return [self.model.person_id(index.row()) for index in sorted(rows, key=lambda i: i.row())]

    def select_person(self, person_id: int) -> bool:
        """Select and show the person's row; False when the filters hide them."""
        return self.select_people([person_id]) == 1

    def select_people(self, person_ids: list[int]) -> int:
        """Select the rows of these people that are shown; how many were."""
        wanted = set(person_ids)
        rows = [row for row in range(self.model.rowCount()) if self.model.person_id(row) in wanted]
        table, flags = self.ui.peopleTable, QItemSelectionModel.SelectionFlag
        table.selectionModel().clearSelection()
        for row in rows:
            index = self.model.index(row, NAME_COLUMN)
            table.selectionModel().setCurrentIndex(index, flags.Select | flags.Rows)
        if rows:
            table.scrollTo(self.model.index(rows[0], NAME_COLUMN))
        return len(rows)

    def add_person(self) -> None:
        self._open_dialog(None)

    def edit_person(self, person_id: int) -> None:
        self._open_dialog(person_id)

    def edit_selected(self, *_args) -> None:
        selected = self.selected_ids()
        if len(selected) == 1:
            self.edit_person(selected[0])

    def _open_dialog(self, person_id: int | None) -> None:
        if self.db is None:  # a double-click before the database has opened
            return
        # Loaded on first use: the people list is on screen at start-up, the dialog is not.
        from revmentor_desktop.gui.dialogs.person import PersonDialog

        try:
            dialog = PersonDialog(self.db, person_id, self)
        except RevMentorError as exc:  # e.g. erased by someone else meanwhile
            QMessageBox.warning(self, "People", ltr(str(exc)))
            self.reload()
            return
        try:
            if self._run_dialog(dialog):
                self.reload()
                if not self.select_person(dialog.person_id):
                    # Saved but hidden by the search or a filter: show everyone, then them.
                    self.clear_filters()
                    self.select_person(dialog.person_id)
                self.ui.peopleTable.setFocus()
            elif dialog.outdated:  # cancelled after another coordinator's save: show theirs
                self.reload()
        finally:
            dialog.deleteLater()

    def archive_or_restore_selected(self) -> None:
        """Archive the selection (after asking), or restore it when everyone in it is archived."""
        selected = self.selected_ids()
        if not selected:
            return
        restore = all(pid in self.archived_ids for pid in selected)
        if not restore:
            names = [self.model.index(row, NAME_COLUMN).data() for row in self._selected_rows()]
            who = isolate(names[0]) if len(names) == 1 else f"{len(names):,} people"
            question = (
                f"Archive {who}? Archived people leave the people list and future pair "
                "suggestions; nothing is deleted and you can restore them."
            )
            if not self._confirm("Archive", question):
                return
        from revmentor_desktop.core.services.people.records import set_archived

        try:
            set_archived(self.db, selected, not restore)
        except RevMentorError as exc:  # e.g. erased by someone else meanwhile
            QMessageBox.warning(self, "People", ltr(str(exc)))
        self.reload()
        if restore:
            self.select_people(selected)

    def _selected_rows(self) -> list[int]:
        return sorted(i.row() for i in self.ui.peopleTable.selectionModel().selectedRows())

    def _selection_changed(self, *_args) -> None:
        # Before the database is open (start-up), a selection has nothing to act on yet.
        selected = self.selected_ids() if self.db is not None else []
        self.ui.editPersonButton.setEnabled(len(selected) == 1)
        self.export_data_action.setEnabled(len(selected) == 1)
        self.erase_action.setEnabled(len(selected) == 1)
        self.ui.archiveButton.setEnabled(bool(selected))
        restore = bool(selected) and all(pid in self.archived_ids for pid in selected)
        self.ui.archiveButton.setText(RESTORE_TEXT if restore else ARCHIVE_TEXT)
        self.ui.archiveButton.setToolTip(
            "Bring the selected people back into the list and pair suggestions"
            if restore
            else "Archive the selected people: they leave the list and future pair "
            "suggestions; nothing is deleted"
        )

    # --- data-protection requests ----------------------------------------------------------

    def _selected_person(self) -> tuple[int, str, str] | None:
        """(id, name, email) of the one selected person, or None (a message said why)."""
        from revmentor_desktop.core.services.people.requests import person_identity

        selected = self.selected_ids()
        if len(selected) != 1:
            return None
        try:
            return (selected[0], *person_identity(self.db, selected[0]))
        except RevMentorError as exc:  # erased by someone else meanwhile
            QMessageBox.warning(self, "People", ltr(str(exc)))
            self.reload()
            return None

    def export_selected_data(self) -> None:
        """Everything held about the selected person, as a JSON file for them."""
        from revmentor_desktop.core.services.people.data_export import (
            export_file_name,
            save_person_export,
        )

        person = self._selected_person()
        if person is None:
            return
        person_id, name, email = person
        path = ask_save_path(
            self, f"Export {isolate(name)}'s data", export_file_name(person_id),
            "JSON files (*.json)", PERSON_DATA,
        )  # fmt: skip
        if path is None:
            return
        try:
            result = save_person_export(self.db, email, path)
        except RevMentorError as exc:
            QMessageBox.warning(self, "Export this person's data", ltr(str(exc)))
            return
        self.message.emit(
            f"Exported {count(result.records, 'record')} about {isolate(name)} to "
            f"{isolate(result.path)} "
            f"(request {result.request})"
        )

    def erase_selected(self) -> None:
        """Erase the selected person, after they are named and their email typed."""
        from revmentor_desktop.gui.dialogs.privacy import EraseDialog

        person = self._selected_person()
        if person is None:
            return
        try:
            dialog = EraseDialog(self.db, person[2], self)
        except RevMentorError as exc:  # erased or changed meanwhile
            QMessageBox.warning(self, "People", ltr(str(exc)))
            self.reload()
            return
        try:
            if self._run_dialog(dialog) and dialog.result is not None:
                self.reload()
                result = dialog.result
                note = (
                    ""
                    if result.file_cleaned
                    else "; another program is reading the database, so its last traces are "
                    "wiped when the database is closed"
                )
                self.message.emit(
                    f"Erased {isolate(result.plan.name)}: "
                    f"{count(result.plan.records, 'record')} removed or changed "
                    f"(request {result.request}){note}"
                )
        finally:
            dialog.deleteLater()

    def open_privacy(self, tab: int) -> None:
        """People due for erasure (tab 0) or the requests made (tab 1)."""
        from revmentor_desktop.gui.dialogs.privacy import PrivacyDialog

        dialog = PrivacyDialog(self.db, self, tab=tab)
        dialog.erased.connect(self.reload)
        try:
            self._run_dialog(dialog)
        finally:
            dialog.deleteLater()

    @staticmethod
    def _fill_combo(combo, everything: str, choices: list[tuple[str, object]]) -> None:
        """Replace a filter's choices, keeping the current one when it still exists."""
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, ANY)
        for text, value in choices:
            combo.addItem(text, value)
        found = combo.findData(current) if current is not ANY else 0
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)
        # The box is narrow to leave the search room; its list is as wide as its longest choice.
        view = combo.view()
        scroll_bar = view.verticalScrollBar().sizeHint().width()
        view.setMinimumWidth(view.sizeHintForColumn(0) + scroll_bar)
