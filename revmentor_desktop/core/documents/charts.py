"""Small charts for the reports (reportlab.graphics), in the documents' fonts and colours."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from revmentor_desktop.core.documents.base import ACCENT, INK, MUTED, RULE
from revmentor_desktop.core.documents.fonts import CJK, COMPLEX, SANS, line_runs, use_face
from revmentor_desktop.core.documents.shaping import shape_text

LABEL_SIZE = 7
GRID = colors.HexColor("#e3e8eb")


def _drawing(width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    # Otherwise a drawing starts in Helvetica, which then appears (unembedded) in the PDF.
    drawing.initialFontName = SANS
    return drawing


def _count_step(top: float) -> float:
    """A round whole-number tick step (1, 2, 5, 10, 20, 50, …) giving at most ~5 ticks to `top`."""
    rough = max(top / 5, 1)
    magnitude = 10 ** math.floor(math.log10(rough))
    return next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= rough)


def _empty(width: float, height: float, message: str) -> Drawing:
    drawing = _drawing(width, height)
    drawing.add(String(width / 2, height / 2, message, fontName=SANS, fontSize=8,
                       fillColor=MUTED, textAnchor="middle"))  # fmt: skip
    return drawing


def _label(text: str) -> tuple[str, str]:
    """A chart label in one face (a label is drawn in one) and in the order it is read, shaped
    where its script needs it: a skill named in Arabic or Hindi."""
    runs = line_runs(text)
    faces = {face for face, _ in runs}
    if faces <= {SANS}:
        return SANS, text
    if faces <= {SANS, CJK}:  # WenQuanYi has Latin letters too
        return use_face(CJK), text
    face = next(face for face in faces if face != SANS)
    visual = "".join(run for _, run in runs)
    if len(faces) > 1 or face not in COMPLEX:  # two scripts that need shaping: rare, unshaped
        return use_face(face), visual
    return use_face(face), shape_text(visual, face, LABEL_SIZE)[0]


def _style_axes(chart, labels: Sequence[str]) -> list[tuple[str, str]]:
    """Axis looks and the category labels, in their face when they share one (reportlab draws
    an axis's labels in one face); returns (face, text) of each label."""
    faced = [_label(text) for text in labels]
    faces = {face for face, _ in faced}
    chart.categoryAxis.categoryNames = [text for _, text in faced]
    chart.categoryAxis.labels.fontName = faces.pop() if len(faces) == 1 else SANS
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.tickShift = 0
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = LABEL_SIZE
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID
    chart.valueAxis.valueMin = 0
    return faced


def bar_chart(
    labels: Sequence[str],
    values: Sequence[float | None],
    width: float,
    height: float,
    *,
    horizontal: bool = False,
    top: float | None = None,
    label: Callable[[float | None], str] = lambda v: "" if v is None else f"{v:g}",
    empty: str = "Nothing to show yet",
) -> Flowable:
    """Bars with their values written on them; `top` fixes the scale (5 for ratings, 100 for %).

    None values are drawn as no bar, labelled by `label(None)` (e.g. "no ratings yet"); with
    nothing but zeros and Nones the chart is just the `empty` sentence.
    """
    if not any(values):
        return _empty(width, height, empty)
    drawing = _drawing(width, height)
    chart = HorizontalBarChart() if horizontal else VerticalBarChart()
    numbers = [v or 0 for v in values]
    chart.data = [numbers]
    faced = _style_axes(chart, labels)
    highest = max(numbers)
    if top is None:
        step = _count_step(highest)
        chart.valueAxis.valueStep = step
        chart.valueAxis.valueMax = max(step * math.ceil(highest / step), step)
    else:
        chart.valueAxis.valueMax = top
        chart.valueAxis.valueStep = top / 5
    chart.valueAxis.labelTextFormat = "%g"
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    # Per-bar labels, so None can read differently from 0.
    chart.barLabelArray = [[label(v) for v in values]]
    chart.barLabelFormat = "values"
    chart.barLabels.fontName = SANS
    chart.barLabels.fontSize = LABEL_SIZE
    chart.barLabels.fillColor = INK
    if horizontal:
        room = max(stringWidth(text, face, LABEL_SIZE) for face, text in faced) + 6
        chart.x, chart.y = min(room, width * 0.45), 14
        chart.width, chart.height = width - chart.x - 24, height - chart.y - 4
        chart.barLabels.boxAnchor = "w"
        chart.barLabels.dx = 3
        chart.categoryAxis.reverseDirection = True  # the first bar at the top
    else:
        chart.x, chart.y = 24, 16
        chart.width, chart.height = width - chart.x - 4, height - chart.y - 12
        chart.barLabels.boxAnchor = "s"
        chart.barLabels.dy = 2
    chart.barWidth = 10
    chart.groupSpacing = 6
    drawing.add(chart)
    if horizontal:  # skills, named in any script: each label in its own face
        chart.categoryAxis.visibleLabels = False
        band = chart.height / len(faced)
        for index, (face, text) in enumerate(faced):
            middle = chart.y + chart.height - (index + 0.5) * band  # the first at the top
            drawing.add(String(chart.x - 5, middle - LABEL_SIZE * 0.35, text, fontName=face,
                               fontSize=LABEL_SIZE, fillColor=INK, textAnchor="end"))  # fmt: skip
    return drawing


def line_chart(
    labels: Sequence[str],
    values: Sequence[float],
    width: float,
    height: float,
    *,
    empty: str = "Nothing to show yet",
) -> Flowable:
    """One line with dots over labelled steps (months); a blank label leaves its step unnamed."""
    if not labels:
        return _empty(width, height, empty)
    drawing = _drawing(width, height)
    chart = HorizontalLineChart()
    chart.data = [list(values)]
    _style_axes(chart, labels)
    step = _count_step(max(values))
    chart.valueAxis.valueStep = step
    chart.valueAxis.valueMax = max(step * math.ceil(max(values) / step), step)
    chart.valueAxis.labelTextFormat = "%g"
    chart.x, chart.y = 24, 16
    chart.width, chart.height = width - chart.x - 6, height - chart.y - 10
    chart.lines[0].strokeColor = ACCENT
    chart.lines[0].strokeWidth = 1.5
    chart.joinedLines = True
    chart.lines[0].symbol = makeMarker("FilledCircle", size=3, fillColor=ACCENT)
    chart.categoryAxis.labels.angle = 0
    drawing.add(chart)
    return drawing
