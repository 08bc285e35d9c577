"""Small charts drawn with QPainter (Qt Charts is not part of PySide6-Essentials)."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import NamedTuple

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from revmentor_desktop.core.text import isolate
from revmentor_desktop.gui.style import BAR_COLOUR

MAX_TICKS = 5
LABEL_SHARE = 0.45  # of a bar chart's width, at most, for its labels; longer ones wrap
WRAP = Qt.TextFlag.TextWordWrap


class Bar(NamedTuple):
    """One bar: its label, its value (None: nothing measured yet), and what hovering it says."""

    label: str  # may hold a line break for a two-line axis label
    value: float | None
    tooltip: str = ""
    colour: QColor | None = None


def nice_ticks(maximum: float) -> list[float]:
    """Round axis values from 0 to at least `maximum` (steps of 1, 2, 2.5 or 5 × 10ⁿ, whole).

    Never a step below 1: every chart here counts or scores whole units, and "0.5 goals" on a
    scale would read as nonsense.
    """
    if maximum <= 0:
        return [0.0, 1.0]
    raw = maximum / MAX_TICKS
    power = 10 ** math.floor(math.log10(raw))
    # Whole steps only: 2.5 × 10ⁿ from 25 up ("12.5 check-ins" reads as nonsense too).
    steps = (m * power for m in (1, 2, 2.5, 5, 10))
    step = max(1, next((v for v in steps if v >= raw and v == int(v)), 1))
    count = math.ceil(maximum / step - 1e-9)
    return [i * step for i in range(count + 1)]


def label_step(intervals: int, crowded: int) -> int:
    """How many ticks apart to label: at least `crowded` apart, and always the top of the scale.

    A scale of 0–100 labelled 0, 40, 80 would hide where it ends.
    """
    return next((n for n in range(max(crowded, 1), intervals + 1) if intervals % n == 0), 1)


def _number(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.1f}"


class Chart(QWidget):
    """What both charts share: the bars, the scale, tooltips and the accessible description.

    `value_text` formats a value for its label and the description; `maximum` fixes the scale
    (5 for a rating, 100 for a percentage) instead of following the largest value.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[Bar] = []
        self.maximum: float | None = None
        self.value_text: Callable[[float], str] = _number
        self.tick_text: Callable[[float], str] = _number
        self.axis_title = ""
        self.empty_text = "Nothing to show yet"
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    @property
    def bars(self) -> list[Bar]:
        return list(self._bars)

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self._bars = list(bars)
        described = "; ".join(f"{bar.label.replace(chr(10), ' ')}: {self.text_of(bar)}"
                              for bar in self._bars)  # fmt: skip
        self.setAccessibleDescription(described or self.empty_text)
        self.updateGeometry()
        self.update()

    def text_of(self, bar: Bar) -> str:
        return "none yet" if bar.value is None else self.value_text(bar.value)

    def ticks(self) -> list[float]:
        largest = max((bar.value or 0 for bar in self._bars), default=0)
        return nice_ticks(max(largest, self.maximum or 0))

    def bar_rects(self) -> list[QRectF]:
        """Where each bar is drawn at the widget's current size (an empty rect for no value)."""
        raise NotImplementedError

    def bar_at(self, position: QPoint | QPointF) -> int | None:
        """The bar under a point, with its whole row or column counting, for tooltips."""
        for index, rect in enumerate(self._hit_rects()):
            if rect.contains(QPointF(position)):
                return index
        return None

    def tooltip_of(self, index: int) -> str:
        bar = self._bars[index]
        return bar.tooltip or f"{isolate(bar.label.replace(chr(10), ' '))}: {self.text_of(bar)}"

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            index = self.bar_at(event.pos())
            if index is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_of(index), self)
            return True
        return super().event(event)

    def _hit_rects(self) -> list[QRectF]:
        raise NotImplementedError

    def elided_labels(self) -> list[str]:
        """The labels drawn cut short at the widget's current size (their tooltip has them)."""
        return []

    def _colour(self, bar: Bar) -> QColor:
        return bar.colour or BAR_COLOUR

    def _paint_empty(self, painter: QPainter) -> None:
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, self.empty_text)

    def _grid_pen(self) -> QColor:
        colour = self.palette().color(QPalette.ColorRole.WindowText)
        colour.setAlpha(40)
        return colour


class BarChart(Chart):
    """Horizontal bars: labels on the left, the value at each bar's end, a scale underneath.

    A label longer than its share of the width wraps (up to three lines), and the chart asks
    for the height that takes (height for width); only a word too long for the column is cut
    short, with the whole label in the bar's tooltip.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _label_width(self, width: int) -> float:
        metrics = QFontMetrics(self.font())
        widest = max((metrics.horizontalAdvance(b.label) for b in self._bars), default=0)
        return min(widest, width * LABEL_SHARE) + metrics.height() / 2

    def _lines(self, label: str, width: float) -> int:
        """How many lines a label takes wrapped in `width`; 99 when one word is wider."""
        metrics = QFontMetrics(self.font())
        box = metrics.boundingRect(0, 0, max(int(width), 1), 10_000, WRAP, label)
        return 99 if box.width() > width else max(round(box.height() / metrics.lineSpacing()), 1)

    def _row_lines(self, width: int) -> float:
        """A row's height in lines of text: room for the tallest label, or 2.2 (a bar and air)."""
        label_width = self._label_width(width)
        lines = max((min(self._lines(b.label, label_width), 3) for b in self._bars), default=1)
        return max(2.2, lines + 0.5)

    def _layout(self) -> tuple[QRectF, float, float]:
        """(the plotting area, label column width, row height)."""
        metrics = QFontMetrics(self.font())
        pad = metrics.height() / 2
        label_width = self._label_width(self.width())
        value_room = max((metrics.horizontalAdvance(self.text_of(b)) for b in self._bars),
                         default=0) + pad  # fmt: skip
        bottom = metrics.height() * (2 if self.axis_title else 1) + pad
        plot = QRectF(label_width + pad, pad / 2,
                      max(self.width() - label_width - 2 * pad - value_room, 1),
                      max(self.height() - bottom - pad / 2, 1))  # fmt: skip
        row = plot.height() / max(len(self._bars), 1)
        return plot, label_width, min(row, metrics.height() * self._row_lines(self.width()))

    def _scale(self) -> float:
        return self.ticks()[-1] or 1.0

    def elided_labels(self) -> list[str]:
        _, label_width, row = self._layout()
        room = max(int(row / QFontMetrics(self.font()).lineSpacing()), 1)
        return [b.label for b in self._bars if self._lines(b.label, label_width) > room]

    def bar_rects(self) -> list[QRectF]:
        plot, _, row = self._layout()
        scale, thickness = self._scale(), row * 0.64
        rects = []
        for i, bar in enumerate(self._bars):
            top = plot.top() + i * row + (row - thickness) / 2
            width = plot.width() * max(bar.value or 0, 0) / scale
            rects.append(QRectF(plot.left(), top, width, thickness))
        return rects

    def _hit_rects(self) -> list[QRectF]:
        plot, _, row = self._layout()
        return [QRectF(0, plot.top() + i * row, self.width(), row) for i in range(len(self._bars))]

    def sizeHint(self) -> QSize:
        width = QFontMetrics(self.font()).averageCharWidth() * 40
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        rows = max(len(self._bars), 2)
        return QSize(metrics.averageCharWidth() * 30, int(metrics.height() * (1.4 * rows + 3)))

    def heightForWidth(self, width: int) -> int:
        """Tall enough for every row at this width, its label wrapped if need be."""
        metrics = QFontMetrics(self.font())
        rows = max(len(self._bars), 2)
        return int(metrics.height() * (self._row_lines(width) * rows + 3))

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._bars:
            self._paint_empty(painter)
            painter.end()
            return
        metrics = QFontMetrics(self.font())
        plot, label_width, row = self._layout()
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        scale = self._scale()
        ticks = self.ticks()
        bottom = plot.top() + row * len(self._bars)
        # Crowded scales label every n-th tick only; the grid keeps every line.
        spacing = plot.width() / max(len(ticks) - 1, 1)
        widest = max(metrics.horizontalAdvance(self.tick_text(t)) for t in ticks)
        crowded = math.ceil((widest + metrics.averageCharWidth() * 2) / spacing)
        every = label_step(len(ticks) - 1, crowded)
        for i, tick in enumerate(ticks):
            x = plot.left() + plot.width() * tick / scale
            painter.setPen(self._grid_pen())
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, bottom))
            if i % every == 0:
                painter.setPen(text_colour)
                painter.drawText(QRectF(x - spacing * every / 2, bottom + 2, spacing * every,
                                        metrics.height()),
                                 Qt.AlignmentFlag.AlignHCenter, self.tick_text(tick))  # fmt: skip
        if self.axis_title:
            # Centred under the scale, but free to use the whole width when it is longer.
            title = QRectF(0, bottom + metrics.height() + 2, self.width(), metrics.height())
            shift = plot.center().x() - title.center().x()
            room = self.width() - metrics.horizontalAdvance(self.axis_title)
            title.translate(max(-room / 2, min(shift, room / 2)), 0)
            painter.setPen(text_colour)
            painter.drawText(title, Qt.AlignmentFlag.AlignHCenter, self.axis_title)
        for i, (bar, rect) in enumerate(zip(self._bars, self.bar_rects(), strict=True)):
            row_top = plot.top() + i * row
            right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.setPen(text_colour)
            if self._lines(bar.label, label_width) * metrics.lineSpacing() <= row:
                painter.drawText(QRectF(0, row_top, label_width, row), right | WRAP, bar.label)
            else:
                label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight,
                                           int(label_width))  # fmt: skip
                painter.drawText(QRectF(0, row_top, label_width, row), right, label)
            painter.fillRect(rect, self._colour(bar))
            painter.drawText(QRectF(rect.right() + 4, row_top, self.width(), row),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self.text_of(bar))  # fmt: skip
        painter.end()


class ColumnChart(Chart):
    """Vertical columns over time: labels underneath, the value on top, a scale on the left."""

    def _layout(self) -> tuple[QRectF, float]:
        """(the plotting area, the width of one column's slot)."""
        metrics = QFontMetrics(self.font())
        pad = metrics.height() / 2
        lines = max((bar.label.count("\n") + 1 for bar in self._bars), default=1)
        scale_width = max(metrics.horizontalAdvance(self.tick_text(t)) for t in self.ticks()) + pad
        top = metrics.height() * (2 if self.axis_title else 1) + pad / 2
        plot = QRectF(scale_width + pad, top, max(self.width() - scale_width - 2 * pad, 1),
                      max(self.height() - top - metrics.height() * lines - pad, 1))  # fmt: skip
        return plot, plot.width() / max(len(self._bars), 1)

    def bar_rects(self) -> list[QRectF]:
        plot, slot = self._layout()
        scale = self.ticks()[-1] or 1.0
        rects = []
        for i, bar in enumerate(self._bars):
            height = plot.height() * max(bar.value or 0, 0) / scale
            width = min(slot * 0.7, QFontMetrics(self.font()).height() * 4)
            left = plot.left() + i * slot + (slot - width) / 2
            rects.append(QRectF(left, plot.bottom() - height, width, height))
        return rects

    def _hit_rects(self) -> list[QRectF]:
        plot, slot = self._layout()
        return [QRectF(plot.left() + i * slot, 0, slot, self.height())
                for i in range(len(self._bars))]  # fmt: skip

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        return QSize(metrics.averageCharWidth() * 50, metrics.height() * 12)

    def minimumSizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        return QSize(metrics.averageCharWidth() * 30, metrics.height() * 9)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._bars:
            self._paint_empty(painter)
            painter.end()
            return
        metrics = QFontMetrics(self.font())
        plot, slot = self._layout()
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        ticks = self.ticks()
        scale = ticks[-1] or 1.0
        if self.axis_title:
            painter.setPen(text_colour)
            painter.drawText(QRectF(0, 0, self.width(), metrics.height()),
                             Qt.AlignmentFlag.AlignLeft, self.axis_title)  # fmt: skip
        spacing = plot.height() / max(len(ticks) - 1, 1)
        every = label_step(len(ticks) - 1, math.ceil(metrics.height() * 1.3 / spacing))
        for i, tick in enumerate(ticks):
            y = plot.bottom() - plot.height() * tick / scale
            painter.setPen(self._grid_pen())
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            if i % every:
                continue
            painter.setPen(text_colour)
            painter.drawText(QRectF(0, y - metrics.height() / 2, plot.left() - 4, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             self.tick_text(tick))  # fmt: skip
        # Crowded axes label every n-th column only; the tooltip names each one.
        widest = max(metrics.horizontalAdvance(line) for bar in self._bars
                     for line in bar.label.split("\n"))  # fmt: skip
        every = max(1, math.ceil((widest + metrics.averageCharWidth()) / slot))
        for i, (bar, rect) in enumerate(zip(self._bars, self.bar_rects(), strict=True)):
            painter.fillRect(rect, self._colour(bar))
            painter.setPen(text_colour)
            value = self.text_of(bar)
            if metrics.horizontalAdvance(value) <= slot:
                painter.drawText(QRectF(rect.left() - slot, rect.top() - metrics.height(),
                                        rect.width() + 2 * slot, metrics.height()),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                                 value)  # fmt: skip
            if i % every == 0:
                painter.drawText(QRectF(rect.center().x() - slot * every / 2, plot.bottom() + 2,
                                        slot * every, self.height() - plot.bottom()),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                                 bar.label)  # fmt: skip
        painter.setPen(text_colour)
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        painter.end()
