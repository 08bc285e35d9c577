"""The embedded fonts, and the one helper all text goes through so that names in any script show."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from revmentor_desktop.core.documents import bidi as _bidi
from revmentor_desktop.core.documents import shaping
from revmentor_desktop.paths import resource

# reportlab's names for the fonts. DejaVu covers Latin (Vietnamese too), Greek and Cyrillic;
# WenQuanYi Micro Hei Chinese, Japanese kana and Korean hangul; a Noto face each other script.
SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
SANS_ITALIC = "DejaVuSans-Oblique"
CJK = "WenQuanYi"
ARABIC = "NotoSansArabic"
HEBREW = "NotoSansHebrew"
DEVANAGARI = "NotoSansDevanagari"
BENGALI = "NotoSansBengali"
TAMIL = "NotoSansTamil"
THAI = "NotoSansThai"

# The faces that need shaping (joined letters, conjuncts, marks placed on their base).
COMPLEX = (ARABIC, HEBREW, DEVANAGARI, BENGALI, TAMIL, THAI)
RIGHT_TO_LEFT = (ARABIC, HEBREW)
# The order in which a character's face is looked for; DejaVu first, as it reads best.
_FALLBACK = (SANS, DEVANAGARI, BENGALI, TAMIL, THAI, CJK)
# DejaVu has Arabic and Hebrew letters too, but Noto's are the ones made for reading.
_OWN_BLOCKS = {
    ARABIC: ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF),
             (0xFE70, 0xFEFF)),
    HEBREW: ((0x0590, 0x05FF), (0xFB1D, 0xFB4F)),
}  # fmt: skip
_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    CJK: "wqy-microhei.ttc",  # a TrueType collection: its first face is Micro Hei
    **{face: f"{face}-Regular.ttf" for face in COMPLEX},
    **{f"{face}-Bold": f"{face}-Bold.ttf" for face in COMPLEX},
}
# Characters that never need a second look: printable ASCII is in DejaVu.
_PLAIN = re.compile(r"[\x20-\x7e]*")


@cache
def _load(name: str) -> frozenset[int]:
    """Register one face with reportlab (the first time it is needed: WenQuanYi alone is 5 MB);
    returns the characters it has."""
    font = TTFont(name, str(resource("fonts", _FILES[name])), subfontIndex=0)
    pdfmetrics.registerFont(font)
    return frozenset(font.face.charToGlyph)


@cache
def register_fonts() -> None:
    """Register DejaVu with reportlab, once per process; other faces wait until a text needs
    them."""
    for name in (SANS, SANS_BOLD, SANS_ITALIC):
        _load(name)
    # <b> and <i> inside a paragraph pick the family's faces; DejaVu has no bold oblique here.
    for bold, italic, face in ((0, 0, SANS), (1, 0, SANS_BOLD), (0, 1, SANS_ITALIC),
                               (1, 1, SANS_BOLD)):  # fmt: skip
        addMapping(SANS, bold, italic, face)
        # WenQuanYi has one face: bold or italic Chinese stays regular rather than failing;
        # the Noto faces have a bold and no italic.
        addMapping(CJK, bold, italic, CJK)
        for face in COMPLEX:
            addMapping(face, bold, italic, f"{face}-Bold" if bold else face)
    shaping.install(reordering=(DEVANAGARI, BENGALI, TAMIL))


def use_face(name: str, bold: bool = False) -> str:
    """Make sure `name` (and its bold) is registered; returns the face to draw in."""
    _load(name)
    if name in COMPLEX:
        _load(f"{name}-Bold")
        return f"{name}-Bold" if bold else name
    return SANS_BOLD if bold and name == SANS else name


@cache
def face_for(char: str) -> str | None:
    """The face that draws `char`, None when no shipped font has it."""
    code = ord(char)
    for face, blocks in _OWN_BLOCKS.items():
        if any(low <= code <= high for low, high in blocks) and code in _load(face):
            return face
    return next((face for face in _FALLBACK if code in _load(face)), None)


def _follows(char: str) -> bool:
    """True for characters that take the face of the run they are in when it has them:
    spaces, punctuation, digits, combining marks, joiners ("2024" in an Arabic sentence)."""
    return unicodedata.category(char)[0] in "ZPSNMC"


def runs(text: str) -> list[tuple[str, str]]:
    """`text` cut into runs of (face, characters), in the text's order."""
    if _PLAIN.fullmatch(text):
        return [(SANS, text)] if text else []
    result: list[tuple[str, str]] = []
    for char in text:
        face = face_for(char) or SANS  # a missing glyph still shows as a box, not an error
        if result and _follows(char) and ord(char) in _load(result[-1][0]):
            face = result[-1][0]
        if result and result[-1][0] == face:
            result[-1] = (face, result[-1][1] + char)
        else:
            result.append((face, char))
    return result


def line_runs(line: str, base: int | None = None) -> list[tuple[str, str]]:
    """One line's runs in the order to write them down left to right (right-to-left words
    swapped), in a paragraph of level `base` (by default, the line's own)."""
    if _PLAIN.fullmatch(line):
        return [(SANS, line)] if line else []
    base = _bidi.base_level(line) if base is None else base
    merged: list[tuple[str, str]] = []
    for face, text in _bidi.visual(runs(line), base, RIGHT_TO_LEFT):
        if merged and merged[-1][0] == face:
            merged[-1] = (face, merged[-1][1] + text)
        else:
            merged.append((face, text))
    return merged


def only_sans(text: str) -> bool:
    """True when all of `text` is drawn in DejaVu, with no face to switch to or shaping."""
    return bool(_PLAIN.fullmatch(text)) or all(face == SANS for face, _ in runs(text))


def markup(
    text: object,
    *,
    lines: bool = True,
    base: int | None = None,
    bidi: bool = True,
    bold: bool = False,
) -> str:
    """Paragraph markup for plain `text`: XML escaped, each script's run in its face, newlines
    kept.

    Every text that reaches a Paragraph goes through here, so a name like "王伟" or "محمد" or
    a goal with "<" in it can neither vanish as empty boxes nor break the markup. Each line is
    in the order it is read (right-to-left words swapped) unless `bidi` is off. `bold` picks
    the bold of each face (a font tag would otherwise leave a bold style's name regular).
    """
    text = "" if text is None else str(text)
    if not lines:
        text = text.replace("\n", " ")
    base = _bidi.base_level(text) if base is None else base
    return "<br/>".join(
        _line_markup(line_runs(line, base) if bidi else runs(line), bold)
        for line in text.split("\n")
    )


def _line_markup(line: list[tuple[str, str]], bold: bool) -> str:
    parts = []
    for face, run in line:
        run = escape(_bidi.without_marks(run))
        if face == SANS:
            parts.append(run)
        else:
            parts.append(f'<font name="{use_face(face, bold)}">{run}</font>')
    return "".join(parts)


def needs_shaping(text: str) -> bool:
    """True when some run of `text` is in a face whose letters join or combine."""
    return not _PLAIN.fullmatch(text) and any(face in COMPLEX for face, _ in runs(text))
