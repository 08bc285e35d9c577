"""The people view: everyone in the organisation, with search-as-you-type, filters and sorting."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QWidget

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.services.people import PeopleFilter, filter_options, list_people
from revmentor_desktop.gui.forms.ui_people_view import Ui_PeopleView
from revmentor_desktop.gui.people_model import PeopleTableModel

# Starting widths in characters; the last column (skills) stretches to fill the window.
COLUMN_CHARS = (24, 32, 18, 28, 20, 14, 18)
ANY = None


class PeopleView(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
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
        for column, chars in enumerate(COLUMN_CHARS):
            table.setColumnWidth(column, chars * char)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

        self.ui.searchEdit.textChanged.connect(self.apply_filter)
        for combo in (self.ui.departmentFilter, self.ui.levelFilter, self.ui.programmeFilter):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.ui.clearFiltersButton.clicked.connect(self.clear_filters)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.ui.searchEdit, self.ui.searchEdit.clear)
        self.reload()

    def reload(self) -> None:
        """Read people and filter choices afresh from the database, keeping the current filter."""
        options = filter_options(self.db)
        self._fill_combo(self.ui.departmentFilter, "All departments",
                         [(d, d) for d in options.departments])  # fmt: skip
        self._fill_combo(self.ui.levelFilter, "All levels",
                         [(label, rank) for rank, label in options.levels])  # fmt: skip
        self._fill_combo(self.ui.programmeFilter, "All programmes",
                         [(name, pid) for pid, name in options.programmes])  # fmt: skip
        self.model.set_rows(list_people(self.db))
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
        noun = "person" if total == 1 else "people"
        self.ui.countLabel.setText(
            f"{total:,} {noun}" if shown == total else f"{shown:,} of {total:,} {noun} shown"
        )

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

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

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
