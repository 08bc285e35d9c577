"""The base of every PDF: A4 pages, fonts, named styles, header and footer, "Page X of Y"."""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Sequence
from datetime import date
from functools import cached_property

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from revmentor_desktop.core.documents.bidi import has_rtl, without_marks
from revmentor_desktop.core.documents.data import Letterhead
from revmentor_desktop.core.documents.fonts import (
    COMPLEX,
    SANS,
    SANS_BOLD,
    SANS_ITALIC,
    line_runs,
    markup,
    needs_shaping,
    only_sans,
    register_fonts,
    use_face,
)
from revmentor_desktop.core.documents.paragraphs import BidiParagraph
from revmentor_desktop.core.documents.shaping import shape_text

# The app's one date format, shared with the screens (a pure helper, no database).
from revmentor_desktop.core.text import date_text as shared_date_text

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]

INK = colors.HexColor("#1d2b36")
ACCENT = colors.HexColor("#1f5f74")
MUTED = colors.HexColor("#5b6770")
RULE = colors.HexColor("#c5ced4")
SHADE = colors.HexColor("#eef3f5")
CELL_PADDING = 4  # points, left and right of a data table's cells


def date_text(day: date | None, empty: str = "—") -> str:
    """A date as the rest of the app writes it ("1 Oct 2026"), `empty` when there is none."""
    return shared_date_text(day) or empty


def draw_text(
    canvas: Canvas, x: float, y: float, text: str, font: str, size: float, *, right: bool = False
) -> float:
    """Draw `text` on a canvas, each script's run in its face and shaped; returns its width."""
    pieces = _pieces(text, font, size)
    width = sum(w for _, _, w in pieces)
    if right:
        x -= width
    for face, run, w in pieces:
        canvas.setFont(face, size)
        canvas.drawString(x, y, run)
        x += w
    return width


def _pieces(text: str, font: str, size: float) -> list[tuple[str, str, float]]:
    """(face, text to draw, width) for each run of a one-line `text` set in `font`."""
    pieces = []
    for face, run in line_runs(text):
        if face == SANS:
            pieces.append((font, run, stringWidth(run, font, size)))
            continue
        face = use_face(face, bold=font == SANS_BOLD)
        pieces.append((face, *shape_text(run, face, size)) if face.startswith(COMPLEX) else
                      (face, run, stringWidth(run, face, size)))  # fmt: skip
    return pieces


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """`text` cut short with "…" so that it fits `width` (an organisation name in the header)."""

    def measure(value: str) -> float:
        return sum(w for _, _, w in _pieces(value, font, size))

    if measure(text) <= width:
        return text
    while text and measure(text + "…") > width:
        text = text[:-1]
    return text.rstrip() + "…"


def table_style(*commands: tuple) -> TableStyle:
    """A TableStyle whose cells start in DejaVu (a table would otherwise set Helvetica, which
    then appears, unembedded, in the PDF's fonts even when every cell is a paragraph)."""
    return TableStyle([("FONT", (0, 0), (-1, -1), SANS, 8.5), *commands])


class _NumberedCanvas(Canvas):
    """Keeps every page until the end, so each footer can say "Page X of Y"."""

    def __init__(self, document: Document, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._document = document
        self._pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            self._document.draw_page_number(self, number, total)
            super().showPage()
        super().save()


class Document:
    """One PDF document; a subclass writes its `story()` and `render()` does the rest."""

    pagesize = A4
    left_margin = right_margin = 18 * mm
    top_margin = 26 * mm  # room for the header
    bottom_margin = 18 * mm  # room for the footer
    title = "Document"  # shown at the header's right and in the PDF's metadata
    logo_height = 10 * mm

    def __init__(self, letterhead: Letterhead | None = None) -> None:
        register_fonts()
        self.letterhead = letterhead or Letterhead()
        self._progress: Progress | None = None
        self._done = 0
        self._total = 1
        self._story_steps = 0

    # --- what a subclass provides -----------------------------------------------------------

    def story(self) -> list[Flowable]:
        raise NotImplementedError

    def footer_text(self) -> str:
        """The footer's left side, e.g. the programme; the right side is "Page X of Y"."""
        return ""

    def story_steps(self) -> int:
        """How many `step()` calls `story()` makes (for the progress bar)."""
        return 0

    def estimated_pages(self) -> int:
        """A guess of the page count, so layout can move the progress bar too."""
        return 1

    # --- styles and flowables ----------------------------------------------------------------

    @cached_property
    def styles(self) -> dict[str, ParagraphStyle]:
        """The named paragraph styles every document shares."""
        body = ParagraphStyle("Body", fontName=SANS, fontSize=9.5, leading=13, textColor=INK)
        cell = ParagraphStyle("Cell", parent=body, fontSize=8.5, leading=10.5)
        return {
            "Body": body,
            "Title": ParagraphStyle(
                "Title", parent=body, fontName=SANS_BOLD, fontSize=18, leading=22, spaceAfter=2
            ),
            "Subtitle": ParagraphStyle(
                "Subtitle", parent=body, fontSize=10.5, leading=14, textColor=MUTED, spaceAfter=8
            ),
            "Heading1": ParagraphStyle(
                "Heading1",
                parent=body,
                fontName=SANS_BOLD,
                fontSize=12.5,
                leading=16,
                textColor=ACCENT,
                spaceBefore=12,
                spaceAfter=5,
                keepWithNext=True,
            ),  # fmt: skip
            "Heading2": ParagraphStyle(
                "Heading2",
                parent=body,
                fontName=SANS_BOLD,
                fontSize=10.5,
                leading=14,
                spaceBefore=8,
                spaceAfter=3,
                keepWithNext=True,
            ),  # fmt: skip
            "Small": ParagraphStyle("Small", parent=body, fontSize=8, leading=10, textColor=MUTED),
            "Note": ParagraphStyle(
                "Note",
                parent=body,
                fontName=SANS_ITALIC,
                fontSize=8.5,
                leading=11.5,
                textColor=MUTED,
                spaceBefore=2,
                spaceAfter=4,
            ),  # fmt: skip
            "Cell": cell,
            "CellBold": ParagraphStyle("CellBold", parent=cell, fontName=SANS_BOLD),
            "CellSmall": ParagraphStyle("CellSmall", parent=cell, fontSize=7.5, leading=9.5),
            "CellHead": ParagraphStyle(
                "CellHead", parent=cell, fontName=SANS_BOLD, textColor=colors.white
            ),
            "Label": ParagraphStyle(
                "Label", parent=cell, fontName=SANS_BOLD, textColor=MUTED, fontSize=8
            ),
            "Figure": ParagraphStyle(
                "Figure",
                parent=body,
                fontName=SANS_BOLD,
                fontSize=17,
                leading=21,
                alignment=TA_CENTER,
                textColor=ACCENT,
            ),  # fmt: skip
            "FigureLabel": ParagraphStyle(
                "FigureLabel",
                parent=cell,
                fontSize=7.5,
                leading=9,
                alignment=TA_CENTER,
                textColor=MUTED,
            ),  # fmt: skip
        }

    @property
    def frame_width(self) -> float:
        return self.pagesize[0] - self.left_margin - self.right_margin

    def p(self, text: object, style: str = "Body") -> Paragraph:
        """A paragraph of plain text (escaped, any script); the one way text enters a story."""
        text = "" if text is None else str(text)
        styles = self.shaped_styles if needs_shaping(text) else self.styles
        if has_rtl(text):
            return BidiParagraph(text, styles[style])
        return Paragraph(markup(text, bold=styles[style].fontName == SANS_BOLD), styles[style])

    @cached_property
    def shaped_styles(self) -> dict[str, ParagraphStyle]:
        """The styles with shaping, for text with joined letters or conjuncts (slower to lay
        out, so only where a text needs it)."""
        return {
            name: ParagraphStyle(f"{name}Shaped", parent=style, shaping=1)
            for name, style in self.styles.items()
        }

    def heading_over_table(self, text: str, style: str = "Heading1") -> list[Flowable]:
        """A heading for a table that may run over pages: a new page first only when less than
        a few rows' room is left; then the table splits wherever the page ends. (Keep-with-next
        would carry a nearly page-long table, heading and all, to the next page.)"""
        heading = self.p(text, style)
        heading.keepWithNext = False
        return [CondPageBreak(45 * mm), heading]

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[object]],
        widths: Sequence[float],
        *,
        style: str = "Cell",
        extra: Sequence[tuple] = (),
    ) -> Table:
        """A table with a shaded header row repeated on every page; cells are plain text (any
        script, never markup) or flowables.

        A text that fits its column on one line in DejaVu is drawn as a plain string: a
        paragraph per cell would make a 500-row table several times slower to lay out.
        """
        room = [width - 2 * CELL_PADDING for width in widths]
        head = [self.p(text, "CellHead") for text in header]
        body = [[self.cell(value, style, room[c]) for c, value in enumerate(row)] for row in rows]
        table = Table([head, *body], colWidths=list(widths), repeatRows=1)
        table.setStyle(
            table_style(
                *self.font_commands(style, (0, 1), (-1, -1)), *self.grid_commands(), *extra
            )  # fmt: skip
        )
        return table

    def cell(self, value: object, style: str = "Cell", room: float = 0) -> object:
        """A table cell: flowables (or a list of them) as they are, else text in `style`.

        A text that fits `room` on one line in DejaVu stays a plain string, drawn in the font
        `font_commands` gives the cell: a paragraph per cell would make a 500-row table several
        times slower to lay out.
        """
        if isinstance(value, Flowable | list):
            return value
        text = "" if value is None else str(value)
        font = self.styles[style]
        # Isolate marks only matter to right-to-left text, which never takes this path; DejaVu
        # has no glyph for them (a paragraph drops them in `markup`).
        plain = without_marks(text)
        if (
            "\n" not in plain
            and only_sans(plain)
            and stringWidth(plain, font.fontName, font.fontSize) <= room
        ):
            return plain
        return self.p(text, style)

    def font_commands(self, style: str, start: tuple[int, int], stop: tuple[int, int]):
        """Table commands that draw plain-string cells in a paragraph style's font and colour."""
        font = self.styles[style]
        return [
            ("FONT", start, stop, font.fontName, font.fontSize, font.leading),
            ("TEXTCOLOR", start, stop, font.textColor),
        ]

    def grid_commands(self) -> list[tuple]:
        """The look of every data table: shaded header, thin rules between rows."""
        return [
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ]

    def key_values(self, rows: Sequence[tuple[str, object]], label_width: float = 42 * mm):
        """A two-column table of labels and plain-text values (a value may be a Flowable)."""
        padding = 6
        rooms = (label_width - padding, self.frame_width - label_width - padding)
        data = [
            [self.cell(label, "Label", rooms[0]), self.cell(value, "Cell", rooms[1])]
            for label, value in rows
        ]
        table = Table(data, colWidths=[label_width, self.frame_width - label_width])
        table.setStyle(
            table_style(
                *self.font_commands("Label", (0, 0), (0, -1)),
                *self.font_commands("Cell", (1, 0), (1, -1)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), padding),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            )
        )
        return table

    # --- progress ----------------------------------------------------------------------------

    def step(self, count: int = 1) -> None:
        """Move the progress bar on while the story is written (it may raise to cancel)."""
        self._advance(min(self._done + count, self._story_steps))

    def _advance(self, done: int) -> None:
        done = min(max(done, self._done), self._total)
        if self._progress is not None:
            self._progress(done, self._total)
        self._done = done

    def _on_build(self, kind: str, value: int) -> None:
        if kind == "PAGE":  # a page is laid out; the last one is only certain at the end
            self._advance(min(self._story_steps + value, self._total - 1))

    # --- page furniture ----------------------------------------------------------------------

    @cached_property
    def _logo(self) -> ImageReader | None:
        path = self.letterhead.logo
        if not path:
            return None
        try:
            # reportlab draws PNG and JPEG (Organisation settings turn an SVG logo into a
            # PNG); any other file, or a damaged one, is left out.
            if path.suffix.lower() == ".svg":
                raise ValueError("SVG logos cannot be drawn in a PDF")
            return ImageReader(str(path))
        except Exception as exc:  # a bad logo must never stop a document
            log.warning("logo %s left out of the PDF: %s", path, exc)
            return None

    def draw_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """The header on every page: logo, organisation name, document title, a rule."""
        canvas.saveState()
        width, height = self.pagesize
        top = height - 12 * mm
        x = self.left_margin
        logo = self._logo
        if logo is not None:
            w, h = logo.getSize()
            logo_width = min(self.logo_height * w / h, 40 * mm)
            canvas.drawImage(
                logo, x, top - self.logo_height + 3 * mm, logo_width, self.logo_height,
                preserveAspectRatio=True, anchor="sw", mask="auto",
            )  # fmt: skip
            x += logo_width + 4 * mm
        canvas.setFillColor(INK)
        title_width = stringWidth(self.title, SANS, 9)
        room = width - self.right_margin - x - title_width - 8 * mm
        name = fit_text(self.letterhead.organisation.strip(), SANS_BOLD, 10.5, room)
        draw_text(canvas, x, top - 4 * mm, name, SANS_BOLD, 10.5)
        canvas.setFillColor(MUTED)
        draw_text(canvas, width - self.right_margin, top - 4 * mm, self.title, SANS, 9, right=True)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        rule = height - self.top_margin + 6 * mm
        canvas.line(self.left_margin, rule, width - self.right_margin, rule)
        canvas.restoreState()

    def draw_page_number(self, canvas: Canvas, number: int, total: int) -> None:
        """The footer, drawn once the page count is known."""
        canvas.saveState()
        width = self.pagesize[0]
        y = self.bottom_margin - 9 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(self.left_margin, y + 4 * mm, width - self.right_margin, y + 4 * mm)
        canvas.setFillColor(MUTED)
        page = f"Page {number} of {total}"
        room = self.frame_width - stringWidth(page, SANS, 8) - 8 * mm
        draw_text(canvas, self.left_margin, y, fit_text(self.footer_text(), SANS, 8, room), SANS, 8)
        draw_text(canvas, width - self.right_margin, y, page, SANS, 8, right=True)
        canvas.restoreState()

    # --- rendering ---------------------------------------------------------------------------

    def render(self, progress: Progress | None = None) -> bytes:
        """The whole PDF as bytes; `progress(done, total)` may raise to stop it."""
        self._progress = progress
        self._story_steps = max(self.story_steps(), 0)
        self._total = self._story_steps + max(self.estimated_pages(), 1)
        self._done = 0
        self._advance(0)
        story = self.story()
        buffer = io.BytesIO()
        doc = BaseDocTemplate(
            buffer,
            pagesize=self.pagesize,
            leftMargin=self.left_margin,
            rightMargin=self.right_margin,
            topMargin=self.top_margin,
            bottomMargin=self.bottom_margin,
            title=self.title,
            author=self.letterhead.organisation,
            creator="RevMentor Desktop",
            invariant=True,  # the same data gives the same bytes
            # Pages start in an embedded font, else each lists Helvetica, which is not embedded.
            initialFontName=SANS,
        )
        # No frame padding: text and tables line up with the header's rule.
        frame = Frame(
            self.left_margin, self.bottom_margin, self.frame_width,
            self.pagesize[1] - self.top_margin - self.bottom_margin,
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
        )  # fmt: skip
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=self.draw_page)])
        doc.setProgressCallBack(self._on_build)
        self._advance(self._story_steps)
        doc.build(story, canvasmaker=lambda *args, **kwargs: _NumberedCanvas(self, *args, **kwargs))
        self._advance(self._total)
        return buffer.getvalue()
