"""The fonts shipped in resources/fonts, registered with Qt so names show without system fonts."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase

from revmentor_desktop.paths import resource

FONT_SUFFIXES = (".ttf", ".ttc", ".otf")

_families: list[str] | None = None


def register_app_fonts() -> list[str]:
    """Register every font in resources/fonts with Qt, once per run; returns their families.

    Call it after the QApplication exists and before any window is built. Without a font for
    a script (Devanagari on a plain Linux desktop), Qt tries every installed font for it,
    printing "OpenType support missing" for each, then draws boxes; with one registered here
    it finds that one first.
    """
    global _families
    if _families is None:
        _families = []
        for path in sorted(resource("fonts").iterdir()):
            if path.suffix.lower() not in FONT_SUFFIXES:
                continue
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:  # a damaged install: the window still works with system fonts
                logging.getLogger(__name__).warning("Qt could not load the font %s", path)
                continue
            _families += QFontDatabase.applicationFontFamilies(font_id)
    return list(_families)
