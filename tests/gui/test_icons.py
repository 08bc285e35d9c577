"""The icon set: every mapped name is a real action or button, every icon draws, in the palette's
colour; the app icon is complete for the window, the bundle and the desktop entry."""

from __future__ import annotations

import configparser
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QColor, QIcon, QImage, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QPushButton,
    QStyle,
    QWidget,
    QWizard,
    QWizardPage,
)

from revmentor_desktop.gui import create_main_window
from revmentor_desktop.gui.icons import (
    ACTION_ICONS,
    APP_ICON_SIZES,
    BUTTON_ICONS,
    STANDARD_ICONS,
    WIZARD_ICONS,
    app_icon,
    apply_button_icons,
    apply_icons,
    icon,
    icon_path,
)
from revmentor_desktop.gui.tasks import TaskRunner
from revmentor_desktop.paths import resource

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "revmentor_desktop" / "gui"
BUTTON_CLASSES = {"QPushButton", "QToolButton", "QCommandLinkButton", "QCheckBox", "QRadioButton"}


def _opaque_colours(pixmap: QPixmap) -> set[str]:
    """The colours of the pixels a drawing covers fully (its edges are blended)."""
    image = pixmap.toImage()
    return {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }


def _darkest_alpha(pixmap: QPixmap) -> int:
    image = pixmap.toImage()
    return max(image.pixelColor(x, y).alpha() for x in range(image.width())
               for y in range(image.height()))  # fmt: skip


@pytest.fixture
def palette_text(qapp):
    """Sets the application's text colour for one test, then puts the palette back."""
    saved = QPalette(qapp.palette())

    def set_text(normal: str, disabled: str = "#888888") -> None:
        palette = QPalette(saved)
        palette.setColor(QPalette.ColorRole.WindowText, QColor(normal))
        palette.setColor(
            QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor(disabled)
        )
        qapp.setPalette(palette)

    yield set_text
    qapp.setPalette(saved)


# --- the names cannot rot ------------------------------------------------------------------------


def _declared_names() -> tuple[set[str], set[str]]:
    """(action and menu names, button names) declared in ui/*.ui, and object names set in the
    code of gui/ (dialogs and pages that build a button or an action by hand)."""
    actions, buttons = set(), set()
    for form in (ROOT / "ui").glob("*.ui"):
        tree = ET.parse(form)
        actions |= {action.get("name") for action in tree.iter("action")}
        for widget in tree.iter("widget"):
            if widget.get("class") in BUTTON_CLASSES:
                buttons.add(widget.get("name"))
            elif widget.get("class") == "QMenu":
                actions.add(widget.get("name"))
    # Names given in code pass through helpers (`action(text, "actionX", slot)`): any
    # identifier-like string literal of gui/ counts.
    in_code = set()
    for module in GUI.rglob("*.py"):
        if "forms" not in module.parts:
            in_code |= set(re.findall(r'"([A-Za-z]\w+)"', module.read_text(encoding="utf-8")))
    return actions | in_code, buttons | in_code


def test_every_mapped_name_is_declared_in_a_form_or_the_code():
    actions, buttons = _declared_names()
    assert set(ACTION_ICONS) - actions == set()
    assert set(BUTTON_ICONS) - buttons == set()


@pytest.fixture
def window(qtbot, db, small_org, monkeypatch):
    monkeypatch.setattr(TaskRunner, "synchronous", True)
    db.close()  # the window takes the writer lock itself
    main = create_main_window(db.url)
    qtbot.addWidget(main)
    apply_icons(main)
    main.show()
    return main


def test_every_action_of_the_main_window_has_an_icon_and_the_toolbar_shows_them(window):
    declared = {a.get("name") for a in ET.parse(ROOT / "ui" / "main_window.ui").iter("action")}
    for name in sorted(declared):
        action = window.findChild(QAction, name)
        assert action is not None, name
        assert not action.icon().isNull(), f"{name} has no icon: map it in ACTION_ICONS"
    toolbar = window.ui.navigationBar
    assert toolbar.iconSize() == QSize(20, 20)
    for action in toolbar.actions():
        button = toolbar.widgetForAction(action)
        if not action.isSeparator() and button is not None:
            assert not button.icon().isNull(), action.objectName()
    for button in window.findChildren(QAbstractButton):  # e.g. the demo banner's
        if button.objectName() in BUTTON_ICONS:
            assert not button.icon().isNull(), button.objectName()
    assert not window.windowIcon().isNull()


def test_every_page_gets_its_icons_when_first_shown(window):
    shown = 0
    for action in window.navigation.actions():
        action.trigger()
        page = window.current_page()
        for button in page.findChildren(QPushButton):
            if button.objectName() in BUTTON_ICONS:
                assert not button.icon().isNull(), f"{page.objectName()}: {button.objectName()}"
                shown += 1
    assert shown >= 10  # the mapping reaches the pages' buttons at all
    add_person = window.findChild(QAction, "actionAddPerson")  # the People page's own action
    assert not add_person.icon().isNull()


def test_standard_buttons_take_the_set_only_where_the_style_gives_them_icons(qtbot):
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    ok.setIcon(box.style().standardIcon(QStyle.StandardPixmap.SP_DialogOkButton))
    cancel.setIcon(QIcon())  # a style without icons on dialog buttons: none is added
    apply_button_icons(box)
    assert ok.icon().name() == "check"
    assert cancel.icon().isNull()


def test_apply_button_icons_sets_mapped_buttons_and_a_wizards_own(qtbot):
    wizard = QWizard()
    qtbot.addWidget(wizard)
    wizard.addPage(QWizardPage())
    wizard.addPage(QWizardPage())
    mapped = QPushButton("Add person…", wizard)
    mapped.setObjectName("addPersonButton")
    other = QPushButton("Something else", wizard)
    other.setObjectName("somethingElseButton")
    apply_button_icons(wizard)
    assert mapped.icon().name() == BUTTON_ICONS["addPersonButton"]
    assert other.icon().isNull()
    for which, name in WIZARD_ICONS.items():
        assert wizard.button(which).icon().name() == name
    # The arrow icons stand in for Qt's text arrows ("< Back", "Next >").
    assert wizard.buttonText(QWizard.WizardButton.BackButton) == "&Back"
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "&Next"
    back = QPushButton("< &Back", wizard)
    back.setObjectName("backButton")
    apply_button_icons(wizard)
    assert back.text() == "&Back" and back.icon().name() == "arrow-left"


# --- the icons themselves ----------------------------------------------------------------------


def _used_icons() -> set[str]:
    return {
        *ACTION_ICONS.values(), *BUTTON_ICONS.values(), *WIZARD_ICONS.values(),
        *STANDARD_ICONS.values(),
    }  # fmt: skip


def test_the_shipped_set_is_exactly_the_icons_in_use_with_its_licence():
    folder = resource("icons", "actions")
    assert {path.stem for path in folder.glob("*.svg")} == _used_icons()
    assert "ISC License" in (folder / "LICENSE").read_text(encoding="utf-8")
    assert "lucide-static" in (folder / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(_used_icons()))
def test_every_icon_draws_at_every_size(qapp, name):
    assert "currentColor" in icon_path(name).read_text(encoding="utf-8")
    for size in (16, 20, 24, 48):
        pixmap = icon(name).pixmap(QSize(size, size))
        assert pixmap.size() == QSize(size, size)
        # A line at least two-thirds opaque somewhere: drawn, and not a grey blur.
        assert _darkest_alpha(pixmap) >= 170, f"{name} draws nothing clear at {size} px"


def test_icons_take_the_palettes_text_colour_and_follow_a_change_of_theme(palette_text):
    users = icon("users")
    palette_text("#102030")  # light theme: dark text
    assert _opaque_colours(users.pixmap(QSize(24, 24))) == {"#102030"}
    palette_text("#f0f0f0", disabled="#606060")  # dark theme: the same icon, light
    assert _opaque_colours(users.pixmap(QSize(24, 24))) == {"#f0f0f0"}
    disabled = users.pixmap(QSize(24, 24), QIcon.Mode.Disabled)
    assert _opaque_colours(disabled) == {"#606060"}


def test_an_icon_drawn_in_another_role_takes_that_colour(qapp):
    highlighted = qapp.palette().color(QPalette.ColorRole.HighlightedText).name()
    on_highlight = icon("sparkles", QPalette.ColorRole.HighlightedText)
    assert _opaque_colours(on_highlight.pixmap(QSize(24, 24))) == {highlighted}


def test_a_changed_copy_of_an_icon_keeps_drawing(qapp):
    copy = QIcon(icon("check"))
    copy.addPixmap(QPixmap(8, 8))  # Qt clones the engine for the copy
    del copy
    QApplication.processEvents()
    assert _opaque_colours(icon("check").pixmap(QSize(16, 16)))


def test_an_unknown_icon_name_fails_at_once(qapp):
    with pytest.raises(FileNotFoundError):
        icon("no-such-icon")


# --- the app icon --------------------------------------------------------------------------------


def test_the_app_icon_comes_in_every_size(qapp):
    for size in APP_ICON_SIZES:
        png = QPixmap(str(resource("icons", f"revmentor-{size}.png")))
        assert png.size() == QSize(size, size)
    sizes = app_icon().availableSizes()
    assert set(sizes) == {QSize(s, s) for s in APP_ICON_SIZES}
    # The small sizes are the pixel-fitted drawing, not the full one scaled down.
    argb = QImage.Format.Format_ARGB32
    drawn = app_icon().pixmap(QSize(16, 16)).toImage().convertToFormat(argb)
    assert drawn == QImage(str(resource("icons", "revmentor-16.png"))).convertToFormat(argb)


def test_the_bundle_and_the_desktop_entry_use_the_app_icon():
    with Image.open(ROOT / "installer" / "revmentor.ico") as ico:
        assert set(ico.info["sizes"]) == {(s, s) for s in APP_ICON_SIZES}
    assert '"revmentor.ico"' in (ROOT / "installer" / "revmentor.spec").read_text()
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(ROOT / "installer" / "revmentor.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Icon"] == "revmentor" and desktop["Type"] == "Application"
    # The name the entry asks for is the file the install script puts in the icon theme.
    install = (ROOT / "installer" / "install-linux.sh").read_text()
    assert "hicolor" in install and re.search(r"apps/revmentor\.(png|svg)", install)


def test_a_widget_without_mapped_names_is_left_alone(qtbot):
    plain = QWidget()
    qtbot.addWidget(plain)
    button = QPushButton("OK", plain)
    apply_button_icons(plain)
    assert button.icon().isNull()
