"""The partnerships table's model and its filter: who, where in the set-up, and what is due."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from revmentor_desktop.core.db.models import PartnershipStatus
from revmentor_desktop.core.services.partnerships.life import PartnershipRow
from revmentor_desktop.core.text import date_text, fold, isolate
from revmentor_desktop.core.vocabulary import PARTNERSHIP_STATUS_LABELS
from revmentor_desktop.gui.models.rows import RowsModel
from revmentor_desktop.gui.style import attention

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole  # the PartnershipRow behind a table row
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

PARTNERS, PROGRAMME, STATUS, STEP, START, END, NEXT_REVIEW, LAST_CHECK_IN = range(8)
HEADERS = (
    "Partners (reverse mentor → mentee)",
    "Programme",
    "Status",
    "Step reached",
    "Start",
    "End",
    "Next review",
    "Last check-in",
)
# Typical widest contents, which set each column's starting width.
COLUMN_SAMPLES = (
    "Natalia Kowalczyk → Aleksander Wiśniewski",
    "Reverse Mentoring 2026/27",
    "Ended early",
    "3 of 5: communication",
    "30 Sep 2026",
    "30 Sep 2026",
    "30 Sep 2026",
    "Last check-in",
)
ARROW = " → "


def partners_text(row: PartnershipRow) -> str:
    """ "Reverse mentor → mentee", each name isolated: two Arabic names would otherwise swap
    places around the arrow, and the mentee would read as the reverse mentor."""
    return f"{isolate(row.mentor_name)}{ARROW}{isolate(row.mentee_name)}"


def _display(row: PartnershipRow, column: int) -> str:
    return (
        partners_text(row),
        row.programme,
        PARTNERSHIP_STATUS_LABELS[row.status],
        row.step_text,
        date_text(row.start_date),
        date_text(row.end_date),
        date_text(row.next_review),
        date_text(row.last_check_in),
    )[column]


def _day(day: date | None) -> int:
    # Undated rows sort after dated ones when ascending.
    return day.toordinal() if day else 10**7


def _sort_key(row: PartnershipRow, column: int) -> Any:
    if column == PARTNERS:
        return (fold(row.mentor_name), fold(row.mentee_name), row.id)
    if column == PROGRAMME:
        return (fold(row.programme), row.id)
    if column == STATUS:
        return (list(PartnershipStatus).index(row.status), row.id)
    if column == STEP:
        done = row.status != PartnershipStatus.DRAFT
        return (done, row.wizard_step, row.id)
    day = (row.start_date, row.end_date, row.next_review, row.last_check_in)[column - START]
    return (_day(day), row.id)


class PartnershipsModel(RowsModel[PartnershipRow]):
    """Rows come from `core.services.partnerships.life.list_partnerships`; read-only.

    `today` is the page's clock, asked at each paint so a review whose date passes while the
    list is open shows as overdue; without one, no review is marked overdue.
    """

    HEADERS = HEADERS

    def __init__(self, parent=None, *, today: Callable[[], date] | None = None) -> None:
        super().__init__(parent)
        self._today = today

    def _review_overdue(self, row: PartnershipRow) -> bool:
        return self._today is not None and row.next_review_overdue(self._today())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(row, column)
        if role == SORT_ROLE:
            return _sort_key(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == NEXT_REVIEW
            and self._review_overdue(row)
        ):
            return attention()
        return None

    def _tooltip(self, row: PartnershipRow, column: int) -> str | None:
        if column == PARTNERS:
            return f"Reverse mentor: {isolate(row.mentor_name)}\nMentee: {isolate(row.mentee_name)}"
        if column == STEP and row.status == PartnershipStatus.DRAFT:
            return "Still being set up: open it to continue where the wizard stopped"
        if column == NEXT_REVIEW and self._review_overdue(row):
            return "This review date has passed"
        return None


class PartnershipsFilter(QSortFilterProxyModel):
    """Sorts by each column's natural order; keeps rows of one programme, status and names."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._programme_id: int | None = None
        self._status: PartnershipStatus | None = None
        self.setSortRole(SORT_ROLE)

    def set_filter(
        self, text: str = "", programme_id: int | None = None,
        status: PartnershipStatus | None = None,
    ) -> None:  # fmt: skip
        self.beginFilterChange()
        self._words = fold(text).split()
        self._programme_id = programme_id
        self._status = status
        self.endFilterChange()

    def lessThan(self, left: Index, right: Index) -> bool:
        # The sort keys are Python tuples, which Qt cannot compare itself.
        return left.data(SORT_ROLE) < right.data(SORT_ROLE)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        row: PartnershipRow = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        if self._programme_id is not None and row.programme_id != self._programme_id:
            return False
        if self._status is not None and row.status != self._status:
            return False
        if self._words:
            names = fold(f"{row.mentor_name} {row.mentee_name}")
            return all(word in names for word in self._words)
        return True
