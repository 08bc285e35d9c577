"""The people table's model: all rows in memory, filtered and sorted in Python, fast at 10,000."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from revmentor_desktop.core.services.people.listing import (
    PeopleFilter,
    PersonRow,
    filter_people,
    narrows,
)
from revmentor_desktop.core.text import fold
from revmentor_desktop.core.vocabulary import ROLE_LABELS

Index = QModelIndex | QPersistentModelIndex
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole


def _role_text(row: PersonRow, programme_id: int | None) -> str:
    """The role in the chosen programme, or every role (the tooltip names the programmes)."""
    if programme_id is None:
        return ", ".join(dict.fromkeys(ROLE_LABELS[role] for role in row.roles.values()))
    role = row.roles.get(programme_id)
    return ROLE_LABELS[role] if role else ""


# (header, display text, sort key); the programme filter decides which role the role column shows.
COLUMNS: list[tuple[str, Callable[[PersonRow, int | None], str], Callable[[PersonRow], Any]]] = [
    ("Name", lambda r, _: r.name, lambda r: fold(r.name)),
    ("Email", lambda r, _: r.email, lambda r: r.email.casefold()),
    ("Department", lambda r, _: r.department, lambda r: fold(r.department)),
    ("Job title", lambda r, _: r.job_title, lambda r: fold(r.job_title)),
    ("Level", lambda r, _: r.level, lambda r: r.level_rank),
    ("Site", lambda r, _: r.location, lambda r: fold(r.location)),
    ("Role", _role_text, lambda r: _role_text(r, None)),
    ("Skills", lambda r, _: r.skills_text, lambda r: (len(r.offers) + len(r.wants), r.skills_text)),
]

ROLE_COLUMN, SKILLS_COLUMN = 6, 7


class PeopleTableModel(QAbstractTableModel):
    """Rows come from `core.services.people.list_people`; filtering keeps indexes into them."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[PersonRow] = []
        self._visible: list[int] = []
        self._filter = PeopleFilter()
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # --- what the view asks -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[self._visible[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[index.column()][1](row, self._filter.programme_id)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, index.column())
        if role == PERSON_ID_ROLE:
            return row.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section][0]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        # Remember which person each persistent index (e.g. the selection) points at.
        persistent = self.persistentIndexList()
        people = [self._rows[self._visible[i.row()]].id for i in persistent]
        self._sort_rows()
        self._visible = filter_people(self._rows, self._filter)
        position = {self._rows[v].id: n for n, v in enumerate(self._visible)}
        self.changePersistentIndexList(
            persistent,
            [
                self.index(position[pid], i.column()) if pid in position else QModelIndex()
                for pid, i in zip(people, persistent, strict=True)
            ],
        )
        self.layoutChanged.emit()

    @staticmethod
    def _tooltip(row: PersonRow, column: int) -> str | None:
        if column == ROLE_COLUMN and row.role_text:
            return row.role_text.replace("; ", "\n")
        if column == SKILLS_COLUMN and row.skills_text:
            return row.skills_text.replace(" · ", "\n")
        return None

    # --- what the people view asks ------------------------------------------------------
    def set_rows(self, rows: list[PersonRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._sort_rows()
        self._visible = filter_people(self._rows, self._filter)
        self.endResetModel()

    def set_filter(self, people_filter: PeopleFilter) -> None:
        # Typing one more letter can only shrink the list: search what is shown, not everyone.
        within = self._visible if narrows(self._filter, people_filter) else None
        self.beginResetModel()
        self._filter = people_filter
        self._visible = filter_people(self._rows, people_filter, within)
        self.endResetModel()

    @property
    def total(self) -> int:
        return len(self._rows)

    def person_id(self, row: int) -> int:
        return self._rows[self._visible[row]].id

    def _sort_rows(self) -> None:
        if self._sort is None:
            return
        column, order = self._sort
        key = COLUMNS[column][2]
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
