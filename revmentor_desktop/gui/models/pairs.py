"""The suggested pairs as a table, with their scores drawn as bars."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from revmentor_desktop.core.matching import PairSuggestion
from revmentor_desktop.gui.style import BAR_COLOUR, new_pair_background

SCORE, MENTOR, MENTEE, NOTE, WHY = range(5)


class PairsModel(QAbstractTableModel):
    HEADERS = ("Score", "Reverse mentor", "Mentee", "Note", "Why")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.pairs: list[PairSuggestion] = []
        self.names: dict[int, str] = {}
        self.new: set[tuple[int, int]] = set()

    def show(self, pairs: list[PairSuggestion], names: dict[int, str],
             new: set[tuple[int, int]]) -> None:  # fmt: skip
        self.beginResetModel()
        self.pairs, self.names, self.new = pairs, names, new
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.pairs)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        pair = self.pairs[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == SCORE:
                return f"{pair.score:.0f} %"
            if column == MENTOR:
                return self.names.get(pair.mentor_id, "?")
            if column == MENTEE:
                return self.names.get(pair.mentee_id, "?")
            if column == WHY:
                return "; ".join(pair.reasons()[:2])
            if column == NOTE:
                return "locked" if pair.locked else ("new" if self._is_new(pair) else "")
        if role == Qt.ItemDataRole.ToolTipRole and column == WHY:
            return "\n".join(pair.reasons())
        if role == Qt.ItemDataRole.UserRole:
            return pair.score
        if role == Qt.ItemDataRole.BackgroundRole and self._is_new(pair):
            return QBrush(new_pair_background())
        return None

    def _is_new(self, pair: PairSuggestion) -> bool:
        return (pair.mentor_id, pair.mentee_id) in self.new

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None


class ScoreBarDelegate(QStyledItemDelegate):
    """The score as a bar under its number, so strong and weak pairs stand out at a glance."""

    def paint(self, painter, option, index) -> None:
        score = index.data(Qt.ItemDataRole.UserRole) or 0.0
        if not option.state & QStyle.StateFlag.State_Selected:
            bar = QRect(option.rect.adjusted(2, 3, -2, -3))
            bar.setWidth(int(bar.width() * max(0.0, min(score, 100.0)) / 100))
            painter.fillRect(bar, BAR_COLOUR.lighter(150))
        super().paint(painter, option, index)
