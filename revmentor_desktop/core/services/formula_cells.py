"""Spreadsheet cells that no spreadsheet runs as formulas: what exports write, imports undo."""

from __future__ import annotations

import re

# A spreadsheet runs a cell starting with one of these as a formula (OWASP: "CSV injection"); a
# line feed too, for an XLSX cell's carriage return comes back from the file as a line feed.
FORMULA_TRIGGERS = frozenset("=+-@\t\r\n")
_PLAIN_NUMBER = re.compile(r"[-+]?\d+(?:[.,]\d+)*")


def neutralise_formula(text: str) -> str:
    """`text` as an exported cell: with a leading apostrophe, as OWASP advises, when it starts
    with = + - @, a tab or a line break, so that no spreadsheet runs it as a formula.

    A plain number ("-5", "+44") is left alone: it is no formula. Text that already starts with
    apostrophes before such a character gets one more, so restore_formula undoes exactly this.
    """
    if text.lstrip("'")[:1] in FORMULA_TRIGGERS and (
        text[0] == "'" or not _PLAIN_NUMBER.fullmatch(text)
    ):
        return "'" + text
    return text


def restore_formula(text: str) -> str:
    """A cell as it was before neutralise_formula: one leading apostrophe less when apostrophes
    are followed by = + - @, a tab or a line break. Other text is returned unchanged."""
    if text[:1] == "'" and text.lstrip("'")[:1] in FORMULA_TRIGGERS:
        return text[1:]
    return text
