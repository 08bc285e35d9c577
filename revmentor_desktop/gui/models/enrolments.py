"""A programme's enrolments as a table: columns, sorting, the role and capacity edited in place."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from revmentor_desktop.core.db.models import Role
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.services.programmes import MAX_CAPACITY, EnrolmentRow
from revmentor_desktop.core.text import date_text, fold
from revmentor_desktop.core.vocabulary import ROLE_LABELS
from revmentor_desktop.gui.models.rows import Index, RowsModel
from revmentor_desktop.gui.style import attention

ROW_ROLE = Qt.ItemDataRole.UserRole  # the EnrolmentRow behind a table row

SORT_ROLE = Qt.ItemDataRole.UserRole + 1

NAME, EMAIL, DEPARTMENT, LEVEL, ROLE, CAPACITY, CONSENT, STATUS = range(8)

HEADERS = ("Name", "Email", "Department", "Level", "Role", "Capacity", "Consent", "Status")

# Typical widest contents, which set each column's starting width.
COLUMN_SAMPLES = (
    "Natalia Kowalczyk",
    "natalia.wojcik@northwind.exam",
    "Customer Care",
    "Senior professional",
    "Reverse mentor",
    "Capacity",
    "Not recorded",
    "Withdrawn",
)

NO_CONSENT = "Not recorded"


def _sort_key(row: EnrolmentRow, column: int) -> Any:
    return (
        fold(row.name),
        row.email.casefold(),
        fold(row.department),
        row.level_rank,
        ROLE_LABELS[row.role],
        row.capacity,
        row.consent_date.toordinal() if row.consent_date else 0,
        row.status_label,
    )[column]


def _display(row: EnrolmentRow, column: int) -> str:
    return (
        row.name,
        row.email,
        row.department,
        row.level,
        ROLE_LABELS[row.role],
        str(row.capacity),
        date_text(row.consent_date) if row.consent_date else NO_CONSENT,
        row.status_label,
    )[column]


class EnrolmentsModel(RowsModel[EnrolmentRow]):
    """A programme's enrolments; role and capacity are edited in place through `save_edit`.

    `save_edit(enrolment_id, role, capacity)` writes the change (core.services.programmes.
    update_enrolment) and returns the enrolment's new version, or raises RevMentorError to refuse
    it; `edit_failed` then carries the message and the row keeps its old value.
    """

    HEADERS = HEADERS
    edit_failed = Signal(str)
    edited = Signal()

    def __init__(
        self,
        save_edit: Callable[[int, Role | None, int | None], int] | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._save_edit = save_edit

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid():
            return flags
        row = self._rows[index.row()]
        if index.column() in (ROLE, CAPACITY) and row.active and self._save_edit is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(row, column)
        if role == Qt.ItemDataRole.EditRole:
            if column == ROLE:
                return row.role.value
            if column == CAPACITY:
                return row.capacity
            return _display(row, column)
        if role == SORT_ROLE:
            return _sort_key(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if not row.active or row.archived:
                return QApplication.palette().color(QPalette.ColorGroup.Disabled,
                                                    QPalette.ColorRole.Text)  # fmt: skip
            if column == CONSENT and row.consent_date is None:
                return attention()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == CAPACITY:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    @staticmethod
    def _tooltip(row: EnrolmentRow, column: int) -> str | None:
        if not row.active:
            return "Withdrawn: their partnerships in this programme are kept"
        if row.archived:
            return "Archived since enrolling: they are no longer suggested for pairs"
        if column in (ROLE, CAPACITY):
            return "Double-click or press F2 to change"
        if column == CONSENT and row.consent_date is None:
            return "No consent recorded yet: people are only paired once they agree to take part"
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or role != Qt.ItemDataRole.EditRole
            or not self.flags(index) & Qt.ItemFlag.ItemIsEditable
        ):
            return False
        row = self._rows[index.row()]
        try:
            if index.column() == ROLE:
                new_role = Role(value)
                if new_role == row.role:
                    return True
                version = self._save_edit(row.enrolment_id, new_role, None)
                changed = dataclasses.replace(row, role=new_role, version=version)
            else:
                capacity = int(value)
                if capacity == row.capacity:
                    return True
                version = self._save_edit(row.enrolment_id, None, capacity)
                changed = dataclasses.replace(row, capacity=capacity, version=version)
        except (RevMentorError, ValueError) as exc:
            self.edit_failed.emit(str(exc))
            return False
        self._rows[index.row()] = changed
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), STATUS))
        self.edited.emit()
        return True


class EnrolmentsFilter(QSortFilterProxyModel):
    """Sorts by each column's natural order and keeps the rows whose name or email match."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        row = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        text = fold(f"{row.name} {row.email}")
        return all(word in text for word in self._words)


class EnrolmentDelegate(QStyledItemDelegate):
    """A role list and a capacity spin box for editing in place."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        if index.column() == ROLE:
            combo = QComboBox(parent)
            combo.setObjectName("roleEditor")
            for role in Role:
                combo.addItem(ROLE_LABELS[role], role.value)
            # Picking a role is the whole edit: write it at once rather than on leaving the cell.
            combo.activated.connect(lambda _i, c=combo: self._finish(c))
            return combo
        if index.column() == CAPACITY:
            spin = QSpinBox(parent)
            spin.setObjectName("capacityEditor")
            spin.setRange(1, MAX_CAPACITY)
            spin.setAccessibleName("Capacity")
            return spin
        return super().createEditor(parent, option, index)

    def _finish(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
