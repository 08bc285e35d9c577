"""Text every screen, document and command shares: folding for search, dates, counts, file names."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date

# Combining marks (accents) left behind when NFKD splits "é" into "e" and "´".
_ACCENTS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    """Lower-case text without accents, so "jose" finds "José" and "MULLER" finds "Müller"."""
    if text.isascii():  # most text: skip the Unicode work
        return text.lower()
    return _ACCENTS.sub("", unicodedata.normalize("NFKD", text.casefold()))


def date_text(day: date | None) -> str:
    """A date as people read it, "1 Oct 2026", the same in every locale; "" when unset."""
    return f"{day.day} {day:%b %Y}" if day else ""


def count(n: float, one: str, many: str | None = None) -> str:
    """A number with its noun: "1 person", "1,250 people" ("s" is added when `many` is left out)."""
    return f"{n:,.0f} {plural(n, one, many)}"


def join(words: Iterable[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    words = list(words)
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def plural(n: float, one: str, many: str | None = None) -> str:
    """The word alone, for a count written elsewhere: "partnership" or "partnerships"."""
    return one if n == 1 else (many or one + "s")


# Characters that are not allowed in file names on at least one system.
_UNSAFE_FILE_CHARS = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def safe_file_name(name: str) -> str:
    """A file name made of people's names that every system accepts ("A/B" -> "A-B")."""
    return _UNSAFE_FILE_CHARS.sub("-", name)


# Unicode's FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE.
FSI, PDI = "\u2068", "\u2069"


def isolate(text: object) -> str:
    """`text` wrapped so that its own direction stays inside it: "محمد العلي signs as:" keeps
    the sentence left to right with the colon at its end, and a Latin name inside an Arabic
    sentence stays a left-to-right island. Every sentence that embeds a name, a skill or
    free text embeds it through here; plain ASCII needs no wrapping."""
    text = "" if text is None else str(text)
    return text if text.isascii() else f"{FSI}{text}{PDI}"


def without_isolates(text: str) -> str:
    """`text` with the isolate marks taken out, for output that lays out direction itself."""
    return text.replace(FSI, "").replace(PDI, "")
