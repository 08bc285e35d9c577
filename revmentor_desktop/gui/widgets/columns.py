"""Table columns that share the table's width, so a list never needs a horizontal scrollbar."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QStyle, QTableView


class FittedColumns(QObject):
    """Keeps a table's columns within its width, whatever the window's size.

    Each column wants its starting width. When they do not all fit, `gives_way` (a column whose
    cells show in full as tooltips) gives up what it wants beyond its header's width first; then
    the widest columns give way, down to a common width, so that short values (dates, roles,
    counts) stay whole while long ones (names, emails) are shortened; no column ever gets
    narrower than its header. When there is room left, the last column takes it.

    A column the user drags, or a layout restored from the settings (`keep_current`), becomes
    what that column wants: the others make room once the mouse is released. Only when even the
    headers do not fit does the table scroll sideways.
    """

    def __init__(
        self, table: QTableView, widths: Sequence[int], gives_way: int | None = None
    ) -> None:
        super().__init__(table)
        self.table = table
        self.widths = list(widths)
        self.gives_way = gives_way
        self._fitting = False
        self._dragged: int | None = None
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.sectionResized.connect(self._resized)
        self._viewport, self._header_viewport = table.viewport(), header.viewport()
        self._header_viewport.installEventFilter(self)
        self._viewport.installEventFilter(self)

    def minimum(self, column: int) -> int:
        """The header's text with its margins and room for the sort arrow (any column may sort)."""
        header = self.table.horizontalHeader()
        model = self.table.model()
        text = str(model.headerData(column, Qt.Orientation.Horizontal) or "") if model else ""
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        metrics = header.fontMetrics()
        widest = max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)
        return widest + 2 * margin + metrics.height() + 2

    def wanted(self, column: int) -> int:
        if column < len(self.widths):
            return self.widths[column]
        return self.table.horizontalHeader().defaultSectionSize()

    def keep_current(self) -> None:
        """The widths shown now become what each column wants (after restoring a saved layout,
        which resizes the sections without saying so)."""
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)  # a layout saved by an older version may stretch it
        self.widths = [header.sectionSize(column) for column in range(header.count())]
        if self.table.isVisible():  # otherwise, when it is shown and has its width
            self.fit()

    def fit(self, keep: int | None = None) -> None:
        """Size the columns to the table's width; `keep` (a column just dragged) keeps its width
        while the others can make room for it."""
        header = self.table.horizontalHeader()
        columns = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        if not columns:
            return
        room = self.table.viewport().width()
        least = {c: self.minimum(c) for c in columns}
        wants = {c: max(self.wanted(c), least[c]) for c in columns}
        if keep in wants:
            least[keep] = min(wants[keep], max(room - sum(least.values()) + least[keep], 0))
        total = sum(wants.values())
        first = self.gives_way
        if total > room and first in wants and first != keep:
            given = min(total - room, wants[first] - least[first])
            wants[first] -= given
            total -= given
        sizes = dict(wants)
        if total > room:
            cap = _common_width(wants, least, room)
            sizes = {c: max(least[c], min(wants[c], cap)) for c in columns}
        last = columns[-1]
        sizes[last] += max(room - sum(sizes.values()), 0)  # rounding, or room to spare
        self._fitting = True
        try:
            for column, size in sizes.items():
                if header.sectionSize(column) != size:
                    header.resizeSection(column, size)
        finally:
            self._fitting = False

    def _resized(self, column: int, _old: int, new: int) -> None:
        if not self._fitting:  # the user, or a restored layout: what this column wants now
            while len(self.widths) <= column:
                self.widths.append(self.table.horizontalHeader().defaultSectionSize())
            self.widths[column] = new
            self._dragged = column

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Only the views kept at the start are asked about: the table may be going away.
        kind = event.type()
        if kind == QEvent.Type.Resize and watched is self._viewport:
            self.fit()
        elif (
            kind == QEvent.Type.MouseButtonRelease
            and self._dragged is not None
            and (watched is self._header_viewport)
        ):
            dragged, self._dragged = self._dragged, None
            self.fit(keep=dragged)
        return False


def _common_width(wants: dict[int, int], least: dict[int, int], room: int) -> int:
    """The widest a column may be for all of them to fit in `room` (or the narrowest there is)."""
    low, high = 0, max(wants.values())
    while low < high:  # the largest cap whose total still fits
        cap = (low + high + 1) // 2
        if sum(max(least[c], min(wants[c], cap)) for c in wants) <= room:
            low = cap
        else:
            high = cap - 1
    return low
