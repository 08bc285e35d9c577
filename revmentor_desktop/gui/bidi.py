"""Sentences that embed names keep their own direction on screen, whatever script a name is in."""

from __future__ import annotations

import html
import re
import unicodedata

from revmentor_desktop.core.text import isolate

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
    The mark also keeps a sentence from the services that opens with a name (not isolated
    there) left to right in any label. `rich`: HTML, whose tags and entities are no letters.
    """
    shown = html.unescape(_TAG.sub("", sentence)) if rich else sentence
    for char in shown:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return sentence
        if kind in ("R", "AL"):
            return LRM + sentence
    return sentence


def isolate_partners(who: str) -> str:
    """A pair named as the dashboard names it, "Dana Fox & محمد العلي", with each name isolated:
    two right-to-left names would otherwise swap places around the "&" in an English line."""
    return " & ".join(isolate(name) for name in who.split(" & "))
