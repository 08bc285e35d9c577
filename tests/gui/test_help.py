"""F1 help: the user guide with its pictures, its contents and search, at each screen's section."""

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QAction, QImage, QKeySequence, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QVBoxLayout

from revmentor_desktop.gui import create_main_window
from revmentor_desktop.gui.help import SECTIONS, install_help, section_for
from revmentor_desktop.gui.help_window import GUIDE, Guide, HelpWindow, anchor_for
from revmentor_desktop.paths import resource

ROOT = Path(__file__).resolve().parents[2]
GUIDE_TEXT = resource(*GUIDE).read_text(encoding="utf-8")


@pytest.fixture
def guide(qapp):
    document = QTextDocument()
    return Guide(document)


@pytest.fixture
def window(qtbot, db, small_org):
    db.close()  # the window takes the writer lock itself
    main = create_main_window(db.url)
    qtbot.addWidget(main)
    main.help = install_help(main)
    main.show()
    return main


def _click_contents(help_window: HelpWindow, anchor: str) -> str:
    """Click a heading in the contents as the user does: through the window, where a modal
    dialog that blocks the window would swallow the click. Returns the section then shown."""
    rect = help_window.contents.visualItemRect(help_window._items[anchor])
    pos = help_window.contents.viewport().mapTo(help_window, rect.center())
    QTest.mouseClick(
        help_window.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos
    )
    return help_window.section.anchor


def _help(main) -> HelpWindow:
    help_window = main.help.window
    assert help_window is not None and help_window.isVisible()
    return help_window


# --- the guide ----------------------------------------------------------------------------------


def test_every_picture_the_guide_shows_is_shipped(guide):
    named = re.findall(r"!\[[^\]]*\]\(([^)\s]+)\)", GUIDE_TEXT)
    assert len(named) >= 7
    assert sorted(guide.images) == sorted(set(named))
    for name, path in guide.images.items():
        assert path.is_file(), name
        assert path.is_relative_to(resource("screenshots")), name
        assert not QImage(str(path)).isNull(), name


def test_every_section_the_screens_open_at_is_a_heading_of_the_guide(guide):
    missing = {name: anchor for name, anchor in SECTIONS.items() if anchor not in guide.by_anchor}
    assert missing == {}


def test_every_link_inside_the_guide_leads_to_a_heading(guide):
    links = re.findall(r"\]\(#([^)]+)\)", GUIDE_TEXT)
    assert links and [link for link in links if link not in guide.by_anchor] == []


def test_every_object_name_mapped_to_a_section_exists_in_a_form_or_the_code():
    """A renamed dialog or page would silently open the help at the top."""
    names = set()
    for form in (ROOT / "ui").glob("*.ui"):
        names |= set(re.findall(r'<widget class="\w+" name="(\w+)"', form.read_text()))
    for module in (ROOT / "revmentor_desktop" / "gui").rglob("*.py"):
        names |= set(re.findall(r'setObjectName\("(\w+)"\)', module.read_text()))
    assert set(SECTIONS) - names == set()


def test_sections_are_named_as_github_names_them():
    taken = set()
    assert anchor_for("Personal data: export, erasure, retention", taken) == (
        "personal-data-export-erasure-retention"
    )
    assert anchor_for("Setting up a partnership: the five-step wizard", taken) == (
        "setting-up-a-partnership-the-five-step-wizard"
    )
    assert anchor_for("Backups", taken) == "backups"
    assert anchor_for("Backups", taken) == "backups-1"


def test_the_contents_follow_the_headings(guide):
    titles = [(s.level, s.title) for s in guide.sections]
    assert titles[0] == (1, "RevMentor user guide")
    assert (2, "Keeping data safe") in titles and (3, "Backups") in titles
    assert all(a.start < b.start for a, b in zip(guide.sections, guide.sections[1:], strict=False))


def test_search_finds_the_sections_holding_every_word_ignoring_case_and_accents(guide):
    assert [s.anchor for s in guide.search("ZIP bomb")] == ["import-limits"]
    assert "the-people-view" in [s.anchor for s in guide.search("josé")]
    assert guide.search("  ") == []
    assert guide.search("backup xylophone") == []
    start, end = guide.matches("zip bomb")[0]
    assert guide.plain[start:end].lower() in ("zip", "bomb")


# --- the window ---------------------------------------------------------------------------------


def test_the_help_window_shows_the_pictures_fitted_to_its_width(qtbot):
    help_window = HelpWindow()
    qtbot.addWidget(help_window)
    help_window.resize(900, 600)
    help_window.show()
    document = help_window.guide.document
    width = help_window.text.viewport().width()
    for position in help_window.guide.image_positions():
        cursor = help_window._cursor(position, position + 1)
        image_format = cursor.charFormat().toImageFormat()
        assert 0 < image_format.width() < width
        url = document.baseUrl().resolved(QUrl(image_format.name()))
        image = document.resource(QTextDocument.ResourceType.ImageResource, url)
        assert isinstance(image, QImage)
        assert image.deviceIndependentSize().width() == image_format.width()


def test_search_narrows_the_contents_marks_the_words_and_enter_goes_through_the_results(qtbot):
    help_window = HelpWindow()
    qtbot.addWidget(help_window)
    with qtbot.waitActive(help_window):
        help_window.show()
        help_window.activateWindow()
    qtbot.keyClick(help_window.text, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert help_window.search_edit.hasFocus()
    help_window.search_edit.setText("backup restore")
    shown = [a for a, item in help_window._items.items() if not item.isHidden()]
    assert shown == ["keeping-data-safe", "backups", "restoring-a-backup", "a-damaged-database"]
    assert "3 sections" in help_window.result_label.text()
    assert len(help_window.text.extraSelections()) > 10
    qtbot.keyClick(help_window.search_edit, Qt.Key.Key_Return)
    assert help_window.section.anchor == "backups"
    qtbot.keyClick(help_window.search_edit, Qt.Key.Key_Return)
    assert help_window.section.anchor == "restoring-a-backup"
    assert help_window.contents.currentItem() is help_window._items["restoring-a-backup"]
    qtbot.keyClick(help_window.search_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert help_window.section.anchor == "backups"
    qtbot.keyClick(help_window.search_edit, Qt.Key.Key_Escape)
    assert help_window.search_edit.text() == "" and help_window.text.extraSelections() == []
    assert not any(item.isHidden() for item in help_window._items.values())


def test_a_search_that_finds_nothing_says_so(qtbot):
    help_window = HelpWindow()
    qtbot.addWidget(help_window)
    help_window.search_edit.setText("xylophone")
    assert help_window.result_label.text() == "No section holds every word typed."
    assert all(item.isHidden() for item in help_window._items.values())


def test_links_and_the_contents_go_to_their_section_and_back_returns(qtbot):
    help_window = HelpWindow()
    qtbot.addWidget(help_window)
    help_window.show()
    help_window.go_to("exports")
    help_window._link(QUrl("#exports-a-spreadsheet-cannot-run"))
    assert help_window.section.anchor == "exports-a-spreadsheet-cannot-run"
    qtbot.waitExposed(help_window)
    assert _click_contents(help_window, "dashboard") == "dashboard"
    top = help_window.text.cursorForPosition(QPoint(30, 10)).block().text()
    assert top == "Dashboard"
    help_window.back_button.click()
    assert help_window.section.anchor == "exports-a-spreadsheet-cannot-run"
    help_window.back_button.click()
    assert help_window.section.anchor == "exports"
    assert help_window.forward_button.isEnabled()


# --- F1 on each screen and dialog ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("action", "anchor"),
    [
        ("actionPeople", "the-people-view"),
        ("actionProgrammes", "programmes"),
        ("actionSuggestions", "pair-suggestions"),
        ("actionPartnerships", "partnerships"),
        ("actionDashboard", "dashboard"),
    ],
)
def test_f1_on_each_page_opens_the_guide_at_its_section(window, qtbot, action, anchor):
    getattr(window.ui, action).trigger()
    page = window.ui.pages.currentWidget()
    qtbot.keyClick(page, Qt.Key.Key_F1)
    assert _help(window).section.anchor == anchor
    assert _help(window).contents.currentItem().text(0) == _help(window).section.title


def test_help_menu_offers_the_user_guide_on_f1_at_the_current_page(window):
    action = window.findChild(QAction, "actionUserGuide")
    assert window.ui.menuHelp.actions()[0] is action
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    window.ui.actionDashboard.trigger()
    action.trigger()
    assert _help(window).section.anchor == "dashboard"


def test_f1_in_a_dialog_opens_its_section_and_leaves_the_help_usable(window, qtbot):
    window.ui.actionSettings.trigger()  # window-modal: the main window is blocked, not the help
    dialog = window.settings_dialog
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_F1)
    help_window = _help(window)
    assert help_window.section.anchor == "organisation-settings"
    assert help_window.windowModality() == Qt.WindowModality.NonModal
    qtbot.waitExposed(help_window)
    assert _click_contents(help_window, "exports") == "exports"  # usable beside the dialog
    dialog.reject()


def test_f1_in_a_message_box_over_a_dialog_opens_the_dialogs_section(window, qtbot):
    """A box that blocks every window: the help comes up modal above it, so it can be used."""
    window.ui.actionBackups.trigger()
    box = QMessageBox(window.backups_dialog)
    box.setWindowModality(Qt.WindowModality.ApplicationModal)
    box.setText("Restore this backup?")
    box.show()
    qtbot.waitExposed(box)
    assert QApplication.activeModalWidget() is box
    qtbot.keyClick(box, Qt.Key.Key_F1)
    help_window = _help(window)
    assert help_window.section.anchor == "backups"
    assert help_window.windowModality() == Qt.WindowModality.ApplicationModal
    assert _click_contents(help_window, "dashboard") == "dashboard"  # not blocked by the box
    help_window.close()
    box.done(0)
    window.backups_dialog.reject()
    # Opened again from the main window, the help no longer blocks anything.
    qtbot.keyClick(window.ui.pages.currentWidget(), Qt.Key.Key_F1)
    assert _help(window).windowModality() == Qt.WindowModality.NonModal


def test_a_widget_may_name_its_own_section_and_unknown_places_open_the_top(window, qtbot):
    dialog = QDialog(window)
    qtbot.addWidget(dialog)
    field = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(field)
    assert section_for(field) == "the-people-view"  # its parent, the main window, shows People
    dialog.setProperty("helpSection", "check-ins")
    assert section_for(field) == "check-ins"
    assert section_for(QLineEdit()) is None
    window.help.show_help(None)
    assert _help(window).section.anchor == "revmentor-user-guide"


def test_f1_inside_the_help_window_stays_where_it_is(window, qtbot):
    window.help.show_help("import-limits")
    qtbot.keyClick(_help(window).search_edit, Qt.Key.Key_F1)
    assert _help(window).section.anchor == "import-limits"


def test_the_help_closes_with_the_main_window(window, qtbot):
    window.help.show_help("exports")
    help_window = _help(window)
    window.close()
    assert not help_window.isVisible()


def test_f1_from_the_keyboard_reaches_the_help_through_the_window_in_use(window, qtbot):
    """A real key press goes to the active window first, with F1 also the Help action's
    shortcut: the guide opens once, at the section of the widget with the focus."""
    window.ui.actionProgrammes.trigger()
    with qtbot.waitActive(window):
        window.activateWindow()
    window.ui.pages.currentWidget().setFocus()
    action = window.findChild(QAction, "actionUserGuide")
    with qtbot.assertNotEmitted(action.triggered):  # the event filter answers, once
        QTest.keyClick(window.windowHandle(), Qt.Key.Key_F1)
    assert _help(window).section.anchor == "programmes"


def test_installing_twice_adds_one_menu_entry(window):
    assert install_help(window) is window.help
    names = [a.objectName() for a in window.ui.menuHelp.actions()]
    assert names.count("actionUserGuide") == 1


def test_back_returns_to_where_the_reader_had_scrolled_and_f1_starts_afresh(window, qtbot):
    help_window = window.help.show_help("pair-suggestions")
    assert not help_window.back_button.isEnabled()
    wizard = help_window.guide.by_anchor["setting-up-a-partnership-the-five-step-wizard"]
    document = help_window.guide.document
    top = document.documentLayout().blockBoundingRect(document.findBlock(wizard.start)).top()
    help_window.text.verticalScrollBar().setValue(int(top) + 40)  # the reader scrolls on
    assert help_window.section is wizard
    help_window._link(QUrl("#backups"))
    help_window.back()
    assert help_window.section is wizard
    window.help.show_help("dashboard")
    assert not help_window.back_button.isEnabled()
