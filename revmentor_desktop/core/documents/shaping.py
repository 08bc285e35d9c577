"""Shaped text in PDFs: reportlab's HarfBuzz shaping, made safe for words in several faces and
for copying text out of the PDF."""

from __future__ import annotations

from functools import cache
from itertools import groupby

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfgen import canvas, textobject
from reportlab.platypus import paragraph

# HarfBuzz gives glyphs with no character of their own (a Devanagari conjunct such as "क्ष",
# an Arabic ligature) a code in the Private Use Area, which a PDF reader cannot turn back into
# text. The characters each such glyph stands for, by the face's PostScript name.
_PRIVATE = range(0xE000, 0xF900)
_meanings: dict[str, dict[int, str]] = {}
# In Indic scripts a vowel sign can be drawn before the consonant it follows in the text; a
# reader gives such words back in their drawn order unless the PDF says what the glyphs spell
# (ActualText). The words of those faces, as their glyph codes, by what they spell.
_spelled: dict[str, str] = {}
_reordering: tuple[str, ...] = ()
FEATURES = {"kern": True, "liga": True}


@cache
def install(reordering: tuple[str, ...]) -> None:
    """Route reportlab's word shaping, text drawing and ToUnicode maps through this module,
    once; `reordering` names the faces whose glyphs can come in another order than the text."""
    global _reordering
    _reordering = reordering
    original = ttfonts.shapeFragWord

    def shape_word(word, *args, **kwargs):
        """Shape a paragraph word (a width, then (fragment, text) pairs) one face at a time.

        reportlab shapes a whole word with its first fragment's face, so "לוי." (Hebrew, then
        a full stop DejaVu draws) would take the stop's glyph from the Hebrew face: a box.
        """
        # Without discretionary ligatures: Noto Sans Arabic's would write "محمد" with vowels.
        kwargs.setdefault("features", FEATURES)
        if isinstance(word, ttfonts.ShapedFragWord):  # a paragraph wrapped a second time
            return word
        pieces = [
            list(group)
            for _, group in groupby(word[1:], key=lambda p: getattr(p[0], "fontName", None))
        ]
        if len(pieces) == 1:
            return _remember(original(word, *args, **kwargs), word[1:])
        shaped = [
            _remember(original([_width(piece), *piece], *args, **kwargs), piece) for piece in pieces
        ]
        # The word's own class says whether a space follows it, so keep it.
        if any(isinstance(s, ttfonts.ShapedFragWord) for s in shaped):
            result = ttfonts.makeShapedFragWord(word)()
        else:
            result = word.__class__()
        result.append(sum(s[0] for s in shaped))
        for s in shaped:
            result.extend(s[1:])
        return result

    for module in (ttfonts, paragraph, canvas):
        module.shapeFragWord = shape_word
    make_cmap = ttfonts.makeToUnicodeCMap

    def to_unicode_cmap(font_name: str, subset: list[int]) -> str:
        """reportlab's ToUnicode map, with each private code given the text it stands for."""
        meanings = _meanings.get(font_name.partition("+")[2], {})
        cmap = make_cmap(font_name, subset)
        for index, code in enumerate(subset):
            if code in meanings:
                text = meanings[code].encode("utf-16-be").hex().upper()
                cmap = cmap.replace(f"<{index:02X}> <{code:04X}>", f"<{index:02X}> <{text}>")
        return cmap

    ttfonts.makeToUnicodeCMap = to_unicode_cmap
    format_text = textobject.PDFTextObject._formatText

    def format_spelled(self, text) -> str:
        """reportlab's text operators, marked with what they spell where the glyphs' order
        differs from the text's (Arabic and Hebrew are left to the reader, which orders
        right-to-left runs itself)."""
        code = format_text(self, text)
        if not isinstance(text, ttfonts.ShapedStr) or not _spelled:
            return code
        spelled = _spelled.get(str(text))  # a line drawn straight on the canvas
        if spelled is None:  # else a paragraph's line, made of its words
            words = str(text).split(" ")
            if not any(word in _spelled for word in words):
                return code
            spelled = " ".join(_spelled.get(word, word) for word in words)
        return f"/Span <</ActualText <FEFF{spelled.encode('utf-16-be').hex()}>>> BDC {code} EMC"

    textobject.PDFTextObject._formatText = format_spelled


def _width(piece: list) -> float:
    return sum(pdfmetrics.stringWidth(text, f.fontName, f.fontSize) for f, text in piece)


def _remember(word, pieces: list):
    """Note what each private-code glyph of a shaped word stands for; returns the word.

    `pieces` are the (fragment, text) pairs it was shaped from: the shaping data's clusters
    count characters of their text joined.
    """
    if not isinstance(word, ttfonts.ShapedFragWord):
        return word
    source = "".join(text for f, text in pieces if not hasattr(f, "cbDefn"))
    if len(word) == 2 and word[1][0].fontName.startswith(_reordering):
        _spelled[str(word[1][1])] = source
    glyphs = [
        (fragment, char, data)
        for fragment, text in word[1:]
        for char, data in zip(text, getattr(text, "__shapeData__", None) or (), strict=False)
    ]
    starts = sorted({data.cluster for _, _, data in glyphs if data.cluster < len(source)})
    for fragment, char, data in glyphs:
        if ord(char) not in _PRIVATE or data.cluster >= len(source):
            continue
        end = next((s for s in starts if s > data.cluster), len(source))
        # The cluster's other glyphs with a character of their own (a vowel sign drawn before
        # its consonant) already give theirs.
        others = {c for _, c, d in glyphs if d.cluster == data.cluster and ord(c) not in _PRIVATE}
        meaning = "".join(c for c in source[data.cluster : end] if c not in others)
        face = pdfmetrics.getFont(fragment.fontName).face.name.decode("latin-1")
        _meanings.setdefault(face, {}).setdefault(ord(char), meaning)
    return word


def shape_text(text: str, face: str, size: float):
    """`text` in one face, shaped for drawing straight on a canvas, and its width.

    Each word is shaped on its own: the words already come in the order to draw them
    (core/documents/bidi.py), and HarfBuzz would turn a right-to-left run's words round again.
    """
    shaped = None
    for word in text.split(" "):
        piece = ttfonts.shapeStr(word, face, size, force=True) if word else ""
        if shaped is None:
            shaped = piece
        else:
            shaped = shaped + ttfonts.shapeStr(" ", face, size, force=True) + piece
    data = getattr(shaped, "__shapeData__", None)
    if not data:
        return text, pdfmetrics.stringWidth(text, face, size)
    return shaped, sum(d.x_advance for d in data) * size / 1000
