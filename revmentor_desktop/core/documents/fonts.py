"""The embedded fonts, and the one helper all text goes through so that names in any script show."""

from __future__ import annotations

import re
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from revmentor_desktop.paths import resource

# reportlab's names for the fonts; DejaVu covers Latin, Greek and Cyrillic, WenQuanYi Micro Hei
# Chinese, Japanese kana and Korean hangul (it also has Latin, but DejaVu reads better).
SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
SANS_ITALIC = "DejaVuSans-Oblique"
CJK = "WenQuanYi"

_FILES = {
    SANS: ("DejaVuSans.ttf", 0),
    SANS_BOLD: ("DejaVuSans-Bold.ttf", 0),
    SANS_ITALIC: ("DejaVuSans-Oblique.ttf", 0),
    CJK: ("wqy-microhei.ttc", 0),  # a TrueType collection: its first face is Micro Hei
}
# Characters that never need a second look: printable ASCII is in DejaVu.
_PLAIN = re.compile(r"[\x20-\x7e]*")


def _register(name: str) -> None:
    filename, index = _FILES[name]
    pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename)), subfontIndex=index))


@cache
def register_fonts() -> None:
    """Register DejaVu with reportlab, once per process; WenQuanYi (a 5 MB collection, slower
    to load) waits until a text first needs it."""
    for name in (SANS, SANS_BOLD, SANS_ITALIC):
        _register(name)
    # <b> and <i> inside a paragraph pick the family's faces; DejaVu has no bold oblique here.
    for bold, italic, face in ((0, 0, SANS), (1, 0, SANS_BOLD), (0, 1, SANS_ITALIC),
                               (1, 1, SANS_BOLD)):  # fmt: skip
        addMapping(SANS, bold, italic, face)
        # WenQuanYi has one face: bold or italic Chinese stays regular rather than failing.
        addMapping(CJK, bold, italic, CJK)


@cache
def _sans_coverage() -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(SANS).face.charToGlyph)


@cache
def _cjk_coverage() -> frozenset[int]:
    _register(CJK)
    return frozenset(pdfmetrics.getFont(CJK).face.charToGlyph)


def needs_cjk(char: str) -> bool:
    """True when DejaVu has no glyph for `char` but WenQuanYi has one."""
    code = ord(char)
    return code not in _sans_coverage() and code in _cjk_coverage()


def has_cjk(text: str) -> bool:
    """True when some character of `text` must be drawn in WenQuanYi."""
    return not _PLAIN.fullmatch(text) and any(needs_cjk(char) for char in text)


def runs(text: str) -> list[tuple[bool, str]]:
    """`text` cut into runs of (needs the CJK font, characters), in order."""
    if _PLAIN.fullmatch(text):
        return [(False, text)] if text else []
    result: list[tuple[bool, str]] = []
    for char in text:
        cjk = needs_cjk(char) if not char.isspace() else bool(result and result[-1][0])
        if result and result[-1][0] == cjk:
            result[-1] = (cjk, result[-1][1] + char)
        else:
            result.append((cjk, char))
    return result


def markup(text: object, *, lines: bool = True) -> str:
    """Paragraph markup for plain `text`: XML escaped, CJK runs in WenQuanYi, newlines kept.

    Every text that reaches a Paragraph goes through here, so a name like "王伟" or a goal with
    "<" in it can neither vanish as empty boxes nor break the markup.
    """
    text = "" if text is None else str(text)
    parts = []
    for cjk, run in runs(text):
        run = escape(run)
        parts.append(f'<font name="{CJK}">{run}</font>' if cjk else run)
    joined = "".join(parts)
    return joined.replace("\n", "<br/>") if lines else joined.replace("\n", " ")


def font_for(text: str, default: str = SANS) -> str:
    """One font for a whole label drawn straight on a canvas or chart (no runs possible there).

    WenQuanYi also has Latin letters, so a label with any CJK character is drawn in it.
    """
    return CJK if any(cjk for cjk, _ in runs(text)) else default
