"""Nothing is cut off: every page and dialog on the demo, at the default window and at 1024×700.

Each screen is shown at both sizes and searched for text that does not fit where it is drawn
(labels, buttons, tabs, fields, table headers, chart labels), columns without a header, and
horizontal scrollbars. A dialog must also fit on a screen of that size.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import shutil
from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QTabBar,
    QTableView,
    QTabWidget,
    QWidget,
    QWizard,
)
from sqlalchemy import func, select

import revmentor_desktop.gui
from revmentor_desktop.core.db import open_database
from revmentor_desktop.core.db.models import CheckIn, Partnership, PartnershipStatus, Person
from revmentor_desktop.core.demo.organisation import create_demo
from revmentor_desktop.gui import create_main_window, window_state
from revmentor_desktop.gui.tasks import TaskRunner
from revmentor_desktop.gui.widgets.charts import Chart

SIZES = ((1200, 760), (1024, 700))


# --- what counts as cut off ---------------------------------------------------------------------


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _name(widget: QWidget) -> str:
    names = []
    while widget is not None and len(names) < 3:
        names.append(widget.objectName() or type(widget).__name__)
        widget = widget.parentWidget()
    return "/".join(reversed(names))


def _plain(text: str, mnemonics: bool) -> str:
    """The text as drawn: with a mnemonic, "&x" shows as "x" and "&&" as "&"."""
    return re.sub(r"&(.)", r"\1", text) if mnemonics else text


def _text_width(widget: QWidget, text: str, rich: bool = False) -> int:
    if rich:
        document = QTextDocument()
        document.setDefaultFont(widget.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        return int(document.idealWidth() + 0.5)
    return max(widget.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))


def _label_problem(label: QLabel) -> str | None:
    if not label.text() or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text())
    )
    room = label.contentsRect()
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + 1:
            return f"wraps to {needed} px in {label.height()} px"
        return None
    text = label.text() if rich else _plain(label.text(), label.buddy() is not None)
    width = _text_width(label, text, rich)
    available = room.width() - 2 * label.margin() - max(label.indent(), 0)
    if width > available + 1:
        return f"“{text[:40]}” needs {width} px, has {available}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    text = _plain(button.text(), True)
    if not text or not isinstance(button, QPushButton | QCheckBox | QRadioButton):
        return None
    option = QStyleOptionButton()
    option.initFrom(button)
    style = button.style()
    needed = button.fontMetrics().horizontalAdvance(text)
    if isinstance(button, QPushButton):
        room = style.subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
        if not button.icon().isNull():
            needed += button.iconSize().width() + 4
        if button.menu() is not None:
            needed += style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, button)
    else:
        element = (QStyle.SubElement.SE_CheckBoxContents if isinstance(button, QCheckBox)
                   else QStyle.SubElement.SE_RadioButtonContents)  # fmt: skip
        room = style.subElementRect(element, option, button)
    if needed > room.width() + 1:
        return f"“{text}” needs {needed} px, has {room.width()}"
    return None


def _line_edit_problem(edit: QLineEdit) -> str | None:
    text = edit.text() or edit.placeholderText()
    if not text or edit.echoMode() != QLineEdit.EchoMode.Normal:
        return None
    margins = edit.textMargins()
    style = edit.style()
    frame = style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth) if edit.hasFrame() else 0
    available = edit.width() - margins.left() - margins.right() - 2 * frame - 4
    needed = edit.fontMetrics().horizontalAdvance(text)
    if needed > available + 1:
        return f"“{text}” needs {needed} px, has {available}"
    return None


def _combo_problem(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text and combo.isEditable():
        text = combo.lineEdit().placeholderText()
    if not text:
        return None
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.editable = combo.isEditable()
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    needed = combo.fontMetrics().horizontalAdvance(text)
    if needed > field.width() - (4 if combo.isEditable() else 0) + 1:
        return f"“{text}” needs {needed} px, has {field.width()}"
    return None


def _tab_problems(bar: QTabBar) -> list[str]:
    problems = []
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        rect, wanted = bar.tabRect(index), bar.tabSizeHint(index)
        if rect.width() < wanted.width() or rect.right() >= bar.width() or rect.left() < 0:
            problems.append(f"tab “{bar.tabText(index)}” does not show in full")
    return problems


def _header_problems(table: QTableView) -> list[str]:
    header = table.horizontalHeader()
    if header.isHidden() or table.model() is None:
        return []
    problems = []
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    room = table.viewport().width()
    for section in range(header.count()):
        size = header.sectionSize(section)
        if header.isSectionHidden(section) or size == 0:
            continue
        text = str(table.model().headerData(section, Qt.Orientation.Horizontal) or "")
        if not text.strip():
            problems.append(f"column {section} has no header")
            continue
        needed = _text_width(header, text) + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
            needed += header.fontMetrics().height()  # the sort arrow beside the text
        if size < needed:
            problems.append(f"header “{text}” needs {needed} px, has {size}")
        elif header.sectionViewportPosition(section) + size > room + 1:
            problems.append(f"header “{text}” runs past the table's right edge")
    return problems


def _squeezed(widget: QWidget) -> str | None:
    """A widget given less room than its layout needs: its contents overlap or are clipped."""
    layout = widget.layout()
    if layout is None:
        return None
    need = layout.totalMinimumSize()
    if widget.width() < need.width() - 1:
        return f"needs {need.width()} px wide, has {widget.width()}"
    if not layout.hasHeightForWidth() and widget.height() < need.height() - 1:
        return f"needs {need.height()} px high, has {widget.height()}"
    return None


def cut_off(top: QWidget) -> list[str]:
    """Everything shown in `top` (and its current tabs) that does not show in full."""
    problems: list[str] = []

    def add(widget: QWidget, problem: str | None) -> None:
        if problem:
            problems.append(f"{_name(widget)}: {problem}")

    for widget in [top, *top.findChildren(QWidget)]:
        if _shown(widget):
            add(widget, _squeezed(widget))
    for label in top.findChildren(QLabel):
        if _shown(label):
            add(label, _label_problem(label))
    for button in top.findChildren(QAbstractButton):
        if _shown(button):
            add(button, _button_problem(button))
    for edit in top.findChildren(QLineEdit):
        # A combo box's or spin box's own line edit is checked with its owner, or is a number.
        owner = edit.parentWidget()
        if _shown(edit) and not isinstance(owner, QComboBox | QAbstractSpinBox):
            add(edit, _line_edit_problem(edit))
    for combo in top.findChildren(QComboBox):
        if _shown(combo):
            add(combo, _combo_problem(combo))
    for bar in top.findChildren(QTabBar):
        if _shown(bar):
            for problem in _tab_problems(bar):
                add(bar, problem)
    for table in top.findChildren(QTableView):
        if _shown(table):
            for problem in _header_problems(table):
                add(table, problem)
    for area in top.findChildren(QAbstractScrollArea):
        if _shown(area) and area.horizontalScrollBar().isVisible():
            add(area, "shows a horizontal scrollbar")
        elif _shown(area) and isinstance(area, QScrollArea) and area.widget() is not None:
            inside, room = area.widget().width(), area.viewport().width()
            if inside > room + 1:  # wider than its window, with no scrollbar to reach the rest
                add(area, f"cuts off its contents: {inside} px wide in {room}")
    for chart in top.findChildren(Chart):
        if _shown(chart):
            for label in chart.elided_labels():
                add(chart, f"label “{label}” is cut short")
    return problems


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def every_tab(top: QWidget) -> list[str]:
    """`cut_off` on each tab of each tab widget in turn, as the user would look at them."""
    problems = cut_off(top)
    for tabs in top.findChildren(QTabWidget):
        if not _shown(tabs):
            continue
        start = tabs.currentIndex()
        for index in range(tabs.count()):
            if index != start and tabs.isTabEnabled(index) and tabs.isTabVisible(index):
                tabs.setCurrentIndex(index)
                settle()
                shown = cut_off(tabs.widget(index))
                problems += [f"[tab {tabs.tabText(index)}] {p}" for p in shown]
        tabs.setCurrentIndex(start)
    return list(dict.fromkeys(problems))


# --- the screens ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    """The demo organisation, made once; each test opens a copy of it."""
    folder = tmp_path_factory.mktemp("demo")
    path = folder / "demo.sqlite"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("REVMENTOR_DATA_DIR", str(folder / "data"))
        db = open_database("sqlite:///" + str(path))
        create_demo(db)
        db.close()
    return path


@pytest.fixture
def window(qtbot, demo_file, tmp_path, monkeypatch, request):
    monkeypatch.setattr(TaskRunner, "synchronous", True)
    path = tmp_path / "revmentor.sqlite"
    shutil.copy(demo_file, path)
    main = create_main_window("sqlite:///" + str(path))
    qtbot.addWidget(main)
    width, height = request.param
    main.resize(width, height)
    main.show()
    settle()
    assert (main.width(), main.height()) == (width, height), "the window cannot be this small"
    return main


def _page(name: str) -> Callable:
    def show(main):
        main.show_page(getattr(main.ui, f"action{name}"))
        settle()
        page = main.current_page()
        if name == "Suggestions":  # a pair chosen: its explanation and alternatives show
            page.ui.pairsTable.selectRow(0)
            settle()
        return page

    return show


def _one(main, query):
    with main.db.session() as session:
        return session.execute(query).first()


def _partnership(main, status: PartnershipStatus, *, with_check_ins: bool = False) -> int:
    query = select(Partnership.id).where(Partnership.status == status)
    if with_check_ins:
        query = query.where(Partnership.id.in_(select(CheckIn.partnership_id)))
    return _one(main, query.order_by(Partnership.id))[0]


def _longest_email(main) -> int:
    return _one(main, select(Person.id).order_by(func.length(Person.email).desc()))[0]


def _row(main, partnership_id: int):
    from revmentor_desktop.core.services.partnerships.life import list_partnerships

    return next(row for row in list_partnerships(main.db) if row.id == partnership_id)


def _person_dialog(main, new: bool = False):
    from revmentor_desktop.gui.dialogs.person import PersonDialog

    return PersonDialog(main.db, None if new else _longest_email(main), main)


def _programme_dialog(main, new: bool = False):
    from revmentor_desktop.gui.dialogs.programme import ProgrammeDialog

    programme = None if new else _one(main, select(func.min(Partnership.programme_id)))[0]
    return ProgrammeDialog(main.db, programme, parent=main)


def _enrol_dialog(main):
    from revmentor_desktop.core.db.models import Role
    from revmentor_desktop.gui.dialogs.programme import EnrolDialog

    programme = _one(main, select(func.min(Partnership.programme_id)))[0]
    return EnrolDialog(main.db, programme, "Reverse Mentoring", Role.MENTEE, parent=main)


def _settings_dialog(main):
    from revmentor_desktop.gui.dialogs.organisation import SettingsDialog

    return SettingsDialog(main.db, main)


def _check_in_dialog(main):
    from revmentor_desktop.gui.dialogs.checkin import CheckInDialog

    return CheckInDialog(main.db, _partnership(main, PartnershipStatus.ACTIVE), parent=main)


def _review_check_in(main):
    from revmentor_desktop.core.db.models import CheckInKind

    dialog = _check_in_dialog(main)
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData(CheckInKind.MIDPOINT_REVIEW))
    dialog.ui.reviewTabs.setCurrentWidget(dialog.ui.selfAssessmentTab)
    return dialog


def _closure_dialog(main):
    from revmentor_desktop.gui.dialogs.end_partnership import ClosureDialog

    return ClosureDialog(main.db, _partnership(main, PartnershipStatus.COMPLETED), main)


def _starting_assessment(main):
    from revmentor_desktop.gui.wizard.starting_assessment import StartingAssessmentDialog

    return StartingAssessmentDialog(main.db, _partnership(main, PartnershipStatus.ACTIVE), main)


def _messages(main):
    from revmentor_desktop.gui.dialogs.messages import MessagesDialog

    return MessagesDialog(main.db, parent=main)


def _check_in_history(main):
    from revmentor_desktop.gui.dialogs.checkin_history import CheckInHistoryDialog

    partnership = _partnership(main, PartnershipStatus.ACTIVE, with_check_ins=True)
    return CheckInHistoryDialog(main.db, partnership, main)


def _end_partnership(main):
    from revmentor_desktop.gui.dialogs.end_partnership import EndPartnershipDialog

    row = _row(main, _partnership(main, PartnershipStatus.ACTIVE))
    return EndPartnershipDialog(main.db, row, main)


def _brainstorm(main):
    from revmentor_desktop.gui.dialogs.brainstorm import BrainstormDialog

    row = _row(main, _partnership(main, PartnershipStatus.ACTIVE))
    return BrainstormDialog(f"{row.mentor_name} & {row.mentee_name}", date.today(), main)


def _report(main):
    from revmentor_desktop.gui.dialogs.report import ReportDialog

    partnership = _partnership(main, PartnershipStatus.ACTIVE)
    return ReportDialog(main.db, partnership_id=partnership, parent=main)


def _backups(main):
    from revmentor_desktop.gui.dialogs.backups import BackupsDialog

    return BackupsDialog(main.db, main)


def _privacy(main, tab: int):
    from revmentor_desktop.gui.dialogs.privacy import PrivacyDialog

    return PrivacyDialog(main.db, main, tab=tab)


def _erase(main):
    from revmentor_desktop.gui.dialogs.privacy import EraseDialog

    email = _one(main, select(Person.email).order_by(func.length(Person.email).desc()))[0]
    return EraseDialog(main.db, email, main)


def _import(main, check_ins: bool = False):
    from revmentor_desktop.gui.dialogs.imports import CHECK_INS, PEOPLE, ImportDialog

    return ImportDialog(main.db, None, main, kind=CHECK_INS if check_ins else PEOPLE)


def _crash(main):
    from revmentor_desktop.gui.crash import CrashDialog

    return CrashDialog("Traceback (most recent call last):\nValueError: for the test", main)


def _wizard(main):
    from revmentor_desktop.gui.wizard.partnership_wizard import PartnershipWizard

    return PartnershipWizard(main.db, _partnership(main, PartnershipStatus.ACTIVE), parent=main)


def _first_meeting(main):
    from datetime import datetime

    from revmentor_desktop.gui.wizard.partnership_wizard import FirstMeetingDialog

    return FirstMeetingDialog(datetime(2027, 3, 10, 10, 0), main)


def _welcome(main, set_up: bool = False):
    from revmentor_desktop.gui.dialogs.welcome import WelcomeDialog

    path = main.db.path.with_name("new.sqlite")
    return WelcomeDialog(path, lambda _settings: None, None if set_up else (lambda: None), main)


def _connect_to_server(main):
    from revmentor_desktop.gui.server.connect import ConnectDialog

    return ConnectDialog(main)


def _move_to_server(main):
    from revmentor_desktop.gui.server.move import MoveToServerDialog

    return MoveToServerDialog(main.db, main)


def _help(main):
    from revmentor_desktop.gui.help_window import HelpWindow

    return HelpWindow(main)


# Every QDialog of the window, each opened by at least one entry of DIALOGS.
DIALOG_CLASSES = {
    "PersonDialog", "ProgrammeDialog", "EnrolDialog", "SettingsDialog", "CheckInDialog",
    "CheckInHistoryDialog", "EndPartnershipDialog", "BrainstormDialog", "ReportDialog",
    "BackupsDialog", "PrivacyDialog", "EraseDialog", "ImportDialog", "CrashDialog",
    "PartnershipWizard", "FirstMeetingDialog", "WelcomeDialog", "HelpWindow", "ClosureDialog",
    "StartingAssessmentDialog", "MessagesDialog", "MoveToServerDialog", "ConnectDialog",
}  # fmt: skip
PAGES = {
    name: _page(name)
    for name in (
        "GettingStarted",
        "People",
        "Programmes",
        "Suggestions",
        "Partnerships",
        "Dashboard",
    )
}
DIALOGS: dict[str, Callable] = {
    "new person": lambda main: _person_dialog(main, new=True),
    "person": _person_dialog,
    "new programme": lambda main: _programme_dialog(main, new=True),
    "programme": _programme_dialog,
    "enrol": _enrol_dialog,
    "organisation settings": _settings_dialog,
    "check-in": _check_in_dialog,
    "review check-in": _review_check_in,
    "closing conversation": _closure_dialog,
    "starting self-assessment": _starting_assessment,
    "messages": _messages,
    "check-in history": _check_in_history,
    "end partnership": _end_partnership,
    "brainstorming": _brainstorm,
    "report": _report,
    "backups": _backups,
    "people due for erasure": lambda main: _privacy(main, 0),
    "privacy requests": lambda main: _privacy(main, 1),
    "erase": _erase,
    "import people": _import,
    "import check-ins": lambda main: _import(main, check_ins=True),
    "crash": _crash,
    "partnership wizard": _wizard,
    "first meeting": _first_meeting,
    "welcome": _welcome,
    "set up the organisation": lambda main: _welcome(main, set_up=True),
    "help": _help,
    "move to a server": _move_to_server,
    "open a server database": _connect_to_server,
}


def _show_dialog(main, dialog: QWidget, size: tuple[int, int]) -> list[str]:
    """The dialog as it opens over the window, kept within a screen of the window's size."""
    dialog.show()
    settle()
    width, height = size
    dialog.resize(min(dialog.width(), width), min(dialog.height(), height))
    settle()
    problems = []
    if dialog.width() > width or dialog.height() > height:
        problems.append(f"{dialog.width()}×{dialog.height()} does not fit on the screen")
    if isinstance(dialog, QWizard):  # every step, as Next shows them
        while True:
            problems += [f"[step {dialog.currentId() + 1}] {p}" for p in every_tab(dialog)]
            if dialog.nextId() < 0 or not dialog.currentPage().isComplete():
                break
            dialog.next()
            settle()
    else:
        problems += every_tab(dialog)
    dialog.hide()
    dialog.deleteLater()
    return problems


@pytest.mark.parametrize("window", SIZES, indirect=True, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("page", PAGES)
def test_pages_show_everything_in_full(window, page):
    shown = PAGES[page](window)
    assert shown.isVisible()
    assert every_tab(window) == []


@pytest.mark.parametrize("window", SIZES, indirect=True, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("dialog", DIALOGS)
def test_dialogs_show_everything_in_full(window, dialog, monkeypatch):
    # A dialog opens on a screen the size under test: it may be shrunk to fit, and must still
    # show everything.
    room = QRect(0, 0, window.width(), window.height())
    monkeypatch.setattr(window_state, "available_geometry", lambda widget: room)
    opened = DIALOGS[dialog](window)
    assert type(opened).__name__ in DIALOG_CLASSES
    assert _show_dialog(window, opened, (window.width(), window.height())) == []


@pytest.mark.parametrize("window", SIZES[:1], indirect=True, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_page_and_dialog_is_checked(window):
    """A new page or dialog joins the lists above, or this fails."""
    pages = {action.objectName() for action in window.navigation.actions()}
    assert pages == {f"action{name}" for name in PAGES}
    package = revmentor_desktop.gui
    dialogs = set()
    for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if ".forms" in module.name or module.name.endswith("__main__"):
            continue
        for thing in vars(importlib.import_module(module.name)).values():
            made_here = isinstance(thing, type) and thing.__module__ == module.name
            if made_here and issubclass(thing, QDialog):
                dialogs.add(thing.__name__)
    assert dialogs == DIALOG_CLASSES - {"HelpWindow"}  # a window of its own, not a QDialog


def test_the_check_finds_what_is_cut(qtbot):
    """The checks themselves: a label, a header and a scrollbar that do not fit are found."""
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QVBoxLayout

    top = QWidget()
    qtbot.addWidget(top)
    layout = QVBoxLayout(top)
    label = QLabel("A label far too long to show in the width it is given")
    label.setMinimumWidth(1)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    table = QTableView()
    model = QStandardItemModel(3, 2, table)
    model.setHorizontalHeaderLabels(["A long column title", ""])
    table.setModel(model)
    table.verticalHeader().hide()
    table.setColumnWidth(0, 30)
    table.setColumnWidth(1, 900)
    layout.addWidget(label)
    layout.addWidget(table)
    top.resize(200, 300)
    top.show()
    settle()
    found = "\n".join(cut_off(top))
    assert "A label far too long" in found
    assert "header “A long column title” needs" in found
    assert "column 1 has no header" in found
    assert "horizontal scrollbar" in found
    label.setText("Short")
    table.setColumnWidth(0, 90)
    table.setColumnWidth(1, 40)
    model.setHorizontalHeaderLabels(["Title", "X"])
    settle()
    assert cut_off(top) == []


def test_columns_share_the_table_width(qtbot):
    """Short columns stay whole while long ones give way; a dragged column keeps its width."""
    from PySide6.QtGui import QStandardItemModel

    from revmentor_desktop.gui.widgets.columns import FittedColumns

    table = QTableView()
    qtbot.addWidget(table)
    model = QStandardItemModel(2, 4, table)
    model.setHorizontalHeaderLabels(["Name", "Email", "Role", "Notes"])
    table.setModel(model)
    columns = FittedColumns(table, [150, 300, 90, 200], gives_way=3)
    table.resize(500, 200)
    table.show()
    settle()
    room = table.viewport().width()
    widths = [table.columnWidth(c) for c in range(4)]
    assert sum(widths) == room and not table.horizontalScrollBar().isVisible()
    assert widths[2] == 90  # the short column stays whole
    assert widths[3] == columns.minimum(3)  # the one with tooltips gave way first
    assert widths[1] < 300 and widths[0] <= 150
    table.setColumnWidth(0, 200)  # dragged wider: the others make room when it is let go
    columns.fit(keep=0)
    assert table.columnWidth(0) == 200 and sum(table.columnWidth(c) for c in range(4)) == room
    table.resize(1200, 200)  # room to spare goes to the last column
    settle()
    assert [table.columnWidth(c) for c in range(3)] == [200, 300, 90]
    assert sum(table.columnWidth(c) for c in range(4)) == table.viewport().width()
