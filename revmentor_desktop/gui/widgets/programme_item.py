"""How a programme reads in a list: its name in bold over its status, dates and numbers."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from revmentor_desktop.gui.models.rows import Index


class ProgrammeItemDelegate(QStyledItemDelegate):
    """A programme in the list: its name in bold, then its status, dates and numbers."""

    PADDING = 6

    def paint(self, painter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        # initStyleOption turns each newline into Qt's line separator.
        lines = opt.text.replace("\u2028", "\n").split("\n")
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        main = opt.palette.color(text_role)
        secondary = QColor(main)
        if not selected:
            secondary.setAlphaF(0.7)
        bold = QFont(opt.font)
        bold.setBold(True)
        rect = opt.rect.adjusted(self.PADDING, self.PADDING // 2, -self.PADDING, 0)
        painter.save()
        y = rect.top()
        for number, line in enumerate(lines):
            font = bold if number == 0 else opt.font
            metrics = QFontMetrics(font)
            painter.setFont(font)
            painter.setPen(main if number == 0 else secondary)
            elided = metrics.elidedText(line, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(rect.left(), y + metrics.ascent(), elided)
            y += metrics.height()
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        lines = (index.data() or "").count("\n") + 1
        bold = QFont(option.font)
        bold.setBold(True)
        height = QFontMetrics(bold).height() + (lines - 1) * QFontMetrics(option.font).height()
        return QSize(200, height + self.PADDING * 2)
