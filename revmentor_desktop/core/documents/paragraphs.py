"""Paragraphs with right-to-left text: broken into lines in the text's order, then each line
written in the order it is read."""

from __future__ import annotations

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from revmentor_desktop.core.documents.bidi import base_level
from revmentor_desktop.core.documents.fonts import SANS_BOLD, markup


class BidiParagraph(Paragraph):
    """A paragraph with Arabic or Hebrew in it.

    Swapping right-to-left words before reportlab breaks the lines would put the text's last
    words on the first line; so the lines are found first, on the text as written, and then
    each line is put in its visual order. A paragraph that starts right to left is set flush
    right.
    """

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        self._text = text
        self._base = base_level(text)
        if self._base and style.alignment == TA_LEFT:
            style = ParagraphStyle(f"{style.name}RightToLeft", parent=style, alignment=TA_RIGHT)
        self._broken_for: float | None = None
        self._bold = style.fontName == SANS_BOLD
        super().__init__(markup(text, base=self._base, bold=self._bold), style)

    def wrap(self, width: float, height: float):
        if width != self._broken_for:
            self._broken_for = width
            lines = _lines(self._text, self.style, width)
            visual = "<br/>".join(markup(line, base=self._base, bold=self._bold) for line in lines)
            self.frags = Paragraph(visual, self.style).frags
            self.__dict__.pop("blPara", None)
        return super().wrap(width, height)


def _lines(text: str, style: ParagraphStyle, width: float) -> list[str]:
    """`text` broken into lines of `width` as reportlab would, each line in the text's order.

    Measured unshaped (shaped words are glyph codes, not text) and a point narrower, as joined
    letters rarely come out wider than the letters apart.
    """
    logical = Paragraph(markup(text, bidi=False), ParagraphStyle("Logical", parent=style,
                                                                 shaping=0))  # fmt: skip
    broken = logical.breakLines([max(width - 1, 1)])
    if broken.kind == 0:
        return [" ".join(words) for _, words in broken.lines]
    return ["".join(getattr(f, "text", "") for f in line.words) for line in broken.lines]
