"""The shipped fonts are registered with Qt, so a name in any script shows without system fonts
and without a "OpenType support missing" warning per installed font."""

import json

import pytest
from PySide6.QtGui import QFontDatabase, QRawFont, QTextLayout
from PySide6.QtWidgets import QApplication, QLabel

from revmentor_desktop.gui.fonts import FONT_SUFFIXES, register_app_fonts
from revmentor_desktop.paths import resource

# A name in each script the demo has, and two more the organisation's may.
NAMES = {
    "Latin": "José Müller", "Vietnamese": "Nguyễn Thị Thảo", "Greek": "Νίκος Παπαδόπουλος",
    "Cyrillic": "Ольга Петрова", "Chinese": "王伟", "Japanese": "佐藤 陽菜", "Korean": "김지민",
    "Arabic": "محمد العلي", "Hebrew": "שירה כהן", "Hindi": "प्रिया क्षत्रिय",
    "Thai": "สมชาย ใจดี", "Bengali": "রবীন্দ্রনাথ ঠাকুর", "Tamil": "தமிழ்செல்வி முருகன்",
}  # fmt: skip


def shipped_fonts() -> list[QRawFont]:
    return [
        QRawFont(str(path), 12)
        for path in sorted(resource("fonts").iterdir())
        if path.suffix.lower() in FONT_SUFFIXES
    ]


def missing_glyphs(text: str) -> list[str]:
    """The characters Qt draws as the missing-glyph box (glyph 0) in the window's font."""
    layout = QTextLayout(text, QApplication.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    boxes = [g for run in layout.glyphRuns() for g in run.glyphIndexes() if g == 0]
    return [text] * len(boxes)


def test_every_shipped_font_is_registered_once(qapp):
    families = register_app_fonts()
    for family in ("DejaVu Sans", "WenQuanYi Micro Hei", "Noto Sans Arabic", "Noto Sans Hebrew",
                   "Noto Sans Devanagari", "Noto Sans Bengali", "Noto Sans Tamil",
                   "Noto Sans Thai"):  # fmt: skip
        assert family in families
    assert register_app_fonts() == families  # a second call registers nothing again


@pytest.mark.parametrize("script", NAMES)
def test_a_shipped_font_has_every_letter_of_each_script(qapp, script):
    """Coverage from the fonts' own character maps, whatever the system has installed."""
    fonts = shipped_fonts()
    for char in NAMES[script].replace(" ", ""):
        assert any(font.supportsCharacter(ord(char)) for font in fonts), (script, char)


def test_every_demo_name_draws_without_a_missing_glyph(qapp):
    register_app_fonts()
    cultures = json.loads(resource("demo", "names.json").read_text(encoding="utf-8"))["cultures"]
    names = [
        entry[form]["native"] if form == "feminine" else entry["native"]
        for culture in cultures
        for kind in ("female", "male", "family")
        for entry in culture[kind]
        for form in (("native", "feminine") if "feminine" in entry else ("native",))
    ]
    assert len(names) > 300
    assert [box for name in names for box in missing_glyphs(name)] == []
    assert missing_glyphs("a\U0010fffdb")  # the check can see a box: no font has U+10FFFD


@pytest.mark.parametrize("script", ["Hindi", "Thai", "Arabic"])
def test_a_name_has_a_font_and_draws_without_font_warnings(qtbot, qtlog, script):
    register_app_fonts()
    system = {"Hindi": QFontDatabase.WritingSystem.Devanagari,
              "Thai": QFontDatabase.WritingSystem.Thai,
              "Arabic": QFontDatabase.WritingSystem.Arabic}[script]  # fmt: skip
    assert set(register_app_fonts()) & set(QFontDatabase.families(system))
    label = QLabel(f"Aarav {NAMES[script]}")
    qtbot.addWidget(label)
    label.grab()  # lays the name out and draws it, as the people list does
    # Without a font for the script Qt probes every installed font, one warning each.
    font_warnings = [r.message for r in qtlog.records if "OpenType support missing" in r.message]
    assert font_warnings == []
