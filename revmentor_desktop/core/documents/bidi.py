"""Right-to-left text in a PDF line: the Unicode bidirectional algorithm's levels and reordering,
at the granularity the PDF needs (HarfBuzz then lays out each right-to-left run itself).

reportlab writes a line's text left to right as given. So "محمد العلي signs as:" must reach it
with the Arabic words swapped ("العلي محمد signs as:"); each word is then shaped right to left,
joined, by HarfBuzz. This module works out that order from the characters' bidirectional types,
following the algorithm's rules for strong letters, numbers, neutrals, isolates and trailing
spaces (UAX #9: W1–W7, N1–N2, I1–I2, L1, L2, L4), without explicit embeddings, which names and
notes never carry.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

from revmentor_desktop.core.text import FSI, PDI

# A character's type, simplified: strong left, strong right, number, or neutral.
LEFT, RIGHT, NUMBER, NEUTRAL = "L", "R", "N", "ON"
_TYPES = {"L": LEFT, "R": RIGHT, "AL": RIGHT, "EN": NUMBER, "AN": NUMBER}
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_MIRROR = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")


def has_rtl(text: str) -> bool:
    """True when `text` has a right-to-left letter (Hebrew, Arabic and their neighbours)."""
    return bool(_RTL.search(text))


def _first_strong(chars: str) -> str | None:
    depth = 0
    for char in chars:
        if char == FSI:
            depth += 1
        elif char == PDI:
            depth = max(depth - 1, 0)
        elif depth == 0 and (kind := _TYPES.get(unicodedata.bidirectional(char))) in (LEFT, RIGHT):
            return kind
    return None


def base_level(text: str) -> int:
    """1 when the paragraph's first strong letter (outside isolates) is right-to-left, else 0."""
    return 1 if _first_strong(text) == RIGHT else 0


def levels(text: str, base: int) -> list[int]:
    """Each character's embedding level in a line whose paragraph level is `base`."""
    result = [base] * len(text)
    _resolve(text, 0, len(text), base, result)
    # L1: spaces at the end of the line sit at the paragraph's level.
    end = len(text)
    while end and (text[end - 1].isspace() or text[end - 1] in (FSI, PDI)):
        end -= 1
        result[end] = base
    return result


def _resolve(text: str, start: int, stop: int, level: int, result: list[int]) -> None:
    """Levels for text[start:stop] at embedding `level`; an isolate inside is one neutral here
    and gets its own level from its own first strong letter."""
    kinds: list[str] = []
    positions: list[int] = []
    index = start
    while index < stop:
        char = text[index]
        if char == FSI:
            close = _matching_pdi(text, index, stop)
            inner = _first_strong(text[index + 1 : close]) or LEFT
            inner_level = level + (2 if (inner == RIGHT) == (level % 2 == 1) else 1)
            _resolve(text, index + 1, close, inner_level, result)
            kinds.append(NEUTRAL)
            positions.append(index)
            result[index] = level
            if close < stop:
                result[close] = level
            index = close + 1
            continue
        bidi_class = unicodedata.bidirectional(char)
        if bidi_class == "NSM" and kinds:  # W1: a combining mark takes its base's type
            kinds.append(kinds[-1])
        else:
            kinds.append(_TYPES.get(bidi_class, NEUTRAL))
        positions.append(index)
        index += 1
    embedding = RIGHT if level % 2 else LEFT
    # W2/W7: a number after a left letter (or at the start of a left line) is left.
    last = embedding
    for i, kind in enumerate(kinds):
        if kind in (LEFT, RIGHT):
            last = kind
        elif kind == NUMBER and last == LEFT:
            kinds[i] = LEFT
    # N1/N2: neutrals between two of the same direction take it (numbers count as right),
    # others the embedding direction.
    strong = [RIGHT if k == NUMBER else k for k in kinds]
    i = 0
    while i < len(kinds):
        if kinds[i] != NEUTRAL:
            i += 1
            continue
        j = i
        while j < len(kinds) and kinds[j] == NEUTRAL:
            j += 1
        before = strong[i - 1] if i else embedding
        after = strong[j] if j < len(kinds) else embedding
        for k in range(i, j):
            kinds[k] = before if before == after else embedding
        i = j
    # I1/I2: the implicit levels.
    for kind, position in zip(kinds, positions, strict=True):
        if level % 2 == 0:
            result[position] = level + {LEFT: 0, RIGHT: 1, NUMBER: 2}[kind]
        else:
            result[position] = level + (0 if kind == RIGHT else 1)


def _matching_pdi(text: str, start: int, stop: int) -> int:
    depth = 0
    for index in range(start, stop):
        if text[index] == FSI:
            depth += 1
        elif text[index] == PDI:
            depth -= 1
            if depth == 0:
                return index
    return stop


def visual(runs: list[tuple[str, str]], base: int, rtl_faces: Collection[str]):
    """One line's runs of (face, characters) in the order a left-to-right writer must put them
    down, isolate marks dropped.

    Runs at an odd level are reversed by word, not by character: a run in one of `rtl_faces`
    is reversed inside by HarfBuzz, which shapes it right to left; any other run at an odd
    level (a full stop a Hebrew face lacks, say) is reversed here, its brackets mirrored (L4).
    """
    line = "".join(text for _, text in runs)
    if base == 0 and not has_rtl(line):
        return [(face, without_marks(text)) for face, text in runs if without_marks(text)]
    level_of = iter(levels(line, base))
    pieces: list[tuple[int, str, str]] = []  # (level, face, characters), no space inside
    for face, text in runs:
        for char in text:
            level = next(level_of)
            if char in (FSI, PDI):
                continue
            last = pieces[-1] if pieces else None
            if (last and last[:2] == (level, face) and not char.isspace()
                    and not last[2][-1].isspace()):  # fmt: skip
                pieces[-1] = (level, face, last[2] + char)
            else:
                pieces.append((level, face, char))
    # L2: from the highest level down to the lowest odd one, reverse every run at or above it.
    highest = max((level for level, _, _ in pieces), default=0)
    lowest_odd = min((level for level, _, _ in pieces if level % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(pieces):
            j = i
            while j < len(pieces) and pieces[j][0] >= level:
                j += 1
            pieces[i:j] = reversed(pieces[i:j])
            i = j + 1
    return [
        (face, text if level % 2 == 0 or face in rtl_faces else text[::-1].translate(_MIRROR))
        for level, face, text in pieces
    ]


def without_marks(text: str) -> str:
    """`text` without isolate marks, which a PDF font has no glyph for."""
    return text.replace(FSI, "").replace(PDI, "")
