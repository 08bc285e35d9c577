"""Named colours follow the palette: tinted rows stay readable (WCAG AA) in any theme."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from revmentor_desktop.core.matching.model import PairSuggestion
from revmentor_desktop.gui import style
from revmentor_desktop.gui.dialogs.imports import ImportDialog
from revmentor_desktop.gui.models.pairs import PairsModel
from revmentor_desktop.gui.tasks import TaskRunner

ONE_BAD = (
    "First name;Surname;Work Email;Team;Grade;Can teach;Role in programme\n"
    "Maya;Okafor;maya.okafor@x.org;Marketing;Associate;TikTok|Canva;reverse mentor\n"
    "Lee;Park;not-an-email;Sales;Associate;;\n"
)


def wcag_contrast(a: QColor, b: QColor) -> float:
    """The WCAG 2 contrast ratio, written out here apart from the code under test."""

    def lum(colour: QColor) -> float:
        def lin(c: int) -> float:
            s = c / 255
            return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

        red, green, blue = lin(colour.red()), lin(colour.green()), lin(colour.blue())
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    high, low = sorted((lum(a), lum(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.Text: "#eeeeee",
        QPalette.ColorRole.WindowText: "#eeeeee",
        QPalette.ColorRole.Button: "#2b2b2b",
        QPalette.ColorRole.ButtonText: "#eeeeee",
    }.items():
        palette.setColor(role, QColor(colour))
    return palette


def high_contrast_palette() -> QPalette:
    """As Windows' "High contrast black" sets it: pure black fields, white text."""
    palette = QPalette()
    for role, colour in {
        QPalette.ColorRole.Base: "#000000",
        QPalette.ColorRole.Window: "#000000",
        QPalette.ColorRole.Text: "#ffffff",
        QPalette.ColorRole.WindowText: "#ffffff",
    }.items():
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture(params=["light", "dark", "high contrast"])
def palette(request, qapp):
    """Each test runs under the default light palette, a dark one and a high-contrast one."""
    old = QApplication.palette()
    chosen = {"light": old, "dark": dark_palette(), "high contrast": high_contrast_palette()}
    QApplication.setPalette(chosen[request.param])
    yield QApplication.palette()
    QApplication.setPalette(old)


@pytest.fixture(autouse=True)
def synchronous_tasks(monkeypatch):
    monkeypatch.setattr(TaskRunner, "synchronous", True)


def text_on(palette: QPalette, background: QColor) -> float:
    return wcag_contrast(palette.color(QPalette.ColorRole.Text), background)


def test_the_import_previews_problem_rows_are_readable(qtbot, db, small_org, tmp_path, palette):
    path = tmp_path / "people.csv"
    path.write_text(ONE_BAD, encoding="utf-8")
    dialog = ImportDialog(db, path)
    qtbot.addWidget(dialog)
    dialog.next_step()
    dialog.next_step()
    preview = dialog.ui.previewTable.model()
    assert preview.rowCount() == 1
    brush = preview.index(0, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert brush is not None
    background = brush.color()
    assert text_on(palette, background) >= 4.5
    # Still marked: the row differs from the plain field, except where contrast forbids a tint.
    if palette.color(QPalette.ColorRole.Base).name() != "#000000":
        assert background != palette.color(QPalette.ColorRole.Base)


def test_a_new_pairs_highlight_is_readable(qapp, palette):
    model = PairsModel()
    model.show([PairSuggestion(1, 2, 80.0, ())], {1: "Maya", 2: "Tom"}, {(1, 2)})
    background = model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole).color()
    assert text_on(palette, background) >= 4.5
    assert background != palette.color(QPalette.ColorRole.Base) or background.name() == "#000000"


def test_warning_and_error_text_is_readable_on_the_field(qapp, palette):
    base = palette.color(QPalette.ColorRole.Base)
    for colour in (style.error(), style.warning(), style.attention()):
        assert wcag_contrast(colour, base) >= 4.5
    assert style.warning_style() == f"color: {style.warning().name()};"


def test_the_help_windows_search_marks_are_readable(qapp, palette):
    background, foreground = style.search_match()
    assert wcag_contrast(foreground, background) >= 4.5


def test_the_dark_palette_changes_the_colours(qapp):
    light = (style.problem_background(), style.warning(), style.new_pair_background())
    old = QApplication.palette()
    QApplication.setPalette(dark_palette())
    try:
        dark = (style.problem_background(), style.warning(), style.new_pair_background())
    finally:
        QApplication.setPalette(old)
    assert all(a != b for a, b in zip(light, dark, strict=True))
    assert style.luminance(dark[0]) < 0.1 < style.luminance(light[0])  # a dark red, a light pink
