"""The dashboard's to-do lists as a table: who and what is wrong, and the next action."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from revmentor_desktop.core.services.dashboard import (
    BRAINSTORM,
    LOG_CHECK_IN,
    RESUME_DRAFT,
    SUGGEST_PARTNER,
    ActionItem,
)
from revmentor_desktop.core.text import without_isolates
from revmentor_desktop.gui.models.rows import Index, RowsModel

ITEM_ROLE = Qt.ItemDataRole.UserRole  # the ActionItem behind a row

# What each next action is called in a list's Next action column.
ACTION_LABELS = {
    LOG_CHECK_IN: "Log check-in",
    BRAINSTORM: "Schedule brainstorming",
    RESUME_DRAFT: "Resume set-up",
    SUGGEST_PARTNER: "Suggest a partner",
}

WHO, NEXT_ACTION = range(2)


class ActionsModel(RowsModel[ActionItem]):
    """One of the dashboard's to-do lists: who and what is wrong (two lines), the next action."""

    HEADERS = ("Who", "Next action")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == WHO:  # `who` isolates each name
                return f"{item.who}\n{item.detail}"
            return ACTION_LABELS.get(item.action, item.action)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{item.who}: {item.detail}\nDouble-click or press Enter to {item.action}."
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if index.column() != WHO:
                return item.action
            return without_isolates(f"{item.who}: {item.detail}")  # read aloud, not laid out
        if role == ITEM_ROLE:
            return item
        return None
