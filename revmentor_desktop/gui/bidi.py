"""Sentences that embed names keep their own direction on screen, whatever script a name is in."""

from __future__ import annotations

import html
import re
import unicodedata

# LEFT-TO-RIGHT MARK: a strong left-to-right character that shows nothing.
LRM = "\u200e"
_TAG = re.compile(r"<[^>]*>")


def ltr(sentence: str, *, rich: bool = False) -> str:
    """`sentence` laid out left to right even when its first word is an Arabic or Hebrew name.

    Names inside a sentence are wrapped with `isolate` (core/text.py), which a plain label
    honours. A label Qt lays out as a document does not: rich text, selectable text and so
    every message box take a paragraph's direction from its first strong letter, isolated or
    not, and would right-align the sentence with its punctuation at the wrong end. Such a
    sentence gets an invisible left-to-right mark in front; any other is returned as it is.
    `rich`: HTML, whose tags and entities are no letters.
    """
    shown = html.unescape(_TAG.sub("", sentence)) if rich else sentence
    for char in shown:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return sentence
        if kind in ("R", "AL"):
            return LRM + sentence
    return sentence
