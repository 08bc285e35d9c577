"""The shipped fonts are registered with Qt, so a Hindi name shows without system fonts and
without a "OpenType support missing" warning per installed font."""

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QLabel

from revmentor_desktop.gui.fonts import register_app_fonts

HINDI = "आरव शर्मा"


def test_every_shipped_font_is_registered_once(qapp):
    families = register_app_fonts()
    for family in ("DejaVu Sans", "WenQuanYi Micro Hei", "Noto Sans Devanagari"):
        assert family in families
    assert register_app_fonts() == families  # a second call registers nothing again


def test_a_hindi_name_has_a_font_and_draws_without_font_warnings(qtbot, qtlog):
    register_app_fonts()
    assert "Noto Sans Devanagari" in QFontDatabase.families(QFontDatabase.WritingSystem.Devanagari)
    metrics = QFontMetrics(QFont("Noto Sans Devanagari"))
    assert all(metrics.inFontUcs4(ord(char)) for char in HINDI)
    label = QLabel(f"Aarav {HINDI}")
    qtbot.addWidget(label)
    label.grab()  # lays the name out and draws it, as the people list does
    # Without a font for the script Qt probes every installed font, one warning each.
    font_warnings = [r.message for r in qtlog.records if "OpenType support missing" in r.message]
    assert font_warnings == []
