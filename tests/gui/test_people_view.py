"""The main window and the people view, driven as a coordinator would."""

import csv

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from revmentor_desktop.core.errors import DatabaseLockedError
from revmentor_desktop.core.services.people.directory import list_people
from revmentor_desktop.core.services.people.listing import PeopleFilter
from revmentor_desktop.gui import create_main_window
from revmentor_desktop.gui.crash import CrashDialog, crash_report
from revmentor_desktop.gui.models.people import PERSON_ID_ROLE, PeopleTableModel


@pytest.fixture
def window(qtbot, db, small_org):
    db.close()  # the window takes the writer lock itself
    main = create_main_window(db.url)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def shown_emails(view):
    model = view.model
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def test_model_passes_qtmodeltester_while_filtered_and_sorted(qtmodeltester, db, small_org):
    model = PeopleTableModel()
    model.set_rows(list_people(db))
    qtmodeltester.check(model)
    model.sort(4, Qt.SortOrder.DescendingOrder)
    model.set_filter(PeopleFilter(text="x.org", programme_id=small_org))
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.index(0, 0).data(PERSON_ID_ROLE) == model.person_id(0)


def test_role_column_names_the_programme_in_its_tooltip(db, small_org):
    model = PeopleTableModel()
    model.set_rows(list_people(db))
    model.set_filter(PeopleFilter(text="dana"))
    role = model.index(0, 6)
    assert role.data() == "Reverse mentor"
    assert role.data(Qt.ItemDataRole.ToolTipRole) == "Reverse mentor in Cohort 2026"
    assert (
        model.index(0, 7).data(Qt.ItemDataRole.ToolTipRole) == "Offers: Power BI\nWants: Budgeting"
    )


def test_main_window_shows_the_people_page(window):
    assert window.objectName() == "mainWindow"
    assert window.ui.actionPeople.isChecked()
    assert window.ui.pages.currentWidget() is window.people
    assert window.people.ui.countLabel.text() == "5 people"
    assert window.findChild(type(window.ui.actionPeople), "actionPeople") is window.ui.actionPeople


def test_search_as_you_type_and_escape_clears(window, qtbot):
    view = window.people
    qtbot.keyClicks(view.ui.searchEdit, "tiktok")
    assert sorted(shown_emails(view)) == ["wang.wei@x.org", "zoe.adams@x.org"]
    assert view.ui.countLabel.text() == "2 of 5 people shown"
    qtbot.keyClick(view.ui.searchEdit, Qt.Key.Key_Escape)
    assert view.ui.searchEdit.text() == ""
    assert len(shown_emails(view)) == 5


def test_ctrl_f_focuses_the_search(window, qtbot):
    view = window.people
    view.ui.peopleTable.setFocus()
    qtbot.keyClick(view.ui.peopleTable, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.ui.searchEdit.hasFocus()


def test_filters_and_clear_filters(window, qtbot):
    view = window.people
    view.ui.departmentFilter.setCurrentText("Finance")
    assert sorted(shown_emails(view)) == ["jose.muller@x.org", "olga.koval@x.org"]
    view.ui.levelFilter.setCurrentText("Professional")
    assert shown_emails(view) == []
    view.ui.departmentFilter.setCurrentIndex(0)
    assert shown_emails(view) == ["dana.fox@x.org"]
    view.ui.levelFilter.setCurrentIndex(0)
    view.ui.programmeFilter.setCurrentText("Cohort 2026")
    assert len(shown_emails(view)) == 3
    role_column = [view.model.index(r, 6).data() for r in range(3)]
    assert sorted(role_column) == ["Mentee", "Reverse mentor", "Reverse mentor"]
    qtbot.mouseClick(view.ui.clearFiltersButton, Qt.MouseButton.LeftButton)
    assert len(shown_emails(view)) == 5
    assert view.ui.programmeFilter.currentIndex() == 0


def test_sorting_by_a_header_click_keeps_the_selection(window, qtbot):
    view = window.people
    table = view.ui.peopleTable
    header = table.horizontalHeader()
    assert shown_emails(view)[0] == "dana.fox@x.org"  # name order: Dana, José, Zoë, Ольга, 王
    table.selectRow(0)
    level_x = header.sectionViewportPosition(4) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(level_x, header.height() // 2))  # fmt: skip
    levels = [view.model.index(r, 4).data() for r in range(5)]
    ranks = ["Apprentice", "Associate", "Professional", "Manager", "Executive"]
    assert levels in (ranks, ranks[::-1])  # by rank, not alphabetically
    selected = table.selectionModel().selectedRows()
    assert [view.model.index(i.row(), 1).data() for i in selected] == ["dana.fox@x.org"]


def test_window_size_columns_and_sorting_are_remembered(qtbot, window):
    window.resize(761, 533)  # inside the offscreen 800×600 screen
    table = window.people.ui.peopleTable
    table.setColumnWidth(1, 333)
    table.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # level, most senior first
    url = window.db.url
    window.close()
    again = create_main_window(url)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (761, 533)
    table = again.people.ui.peopleTable
    assert table.columnWidth(1) == 333
    assert table.horizontalHeader().sortIndicatorSection() == 4
    assert again.people.model.index(0, 4).data() == "Executive"


def test_a_second_window_on_the_same_database_is_refused_until_the_first_closes(qtbot, window):
    with pytest.raises(DatabaseLockedError, match="already open for writing"):
        create_main_window(window.db.url)
    url = window.db.url
    window.close()
    again = create_main_window(url)
    qtbot.addWidget(again)
    assert again.db.writable


def test_export_people_from_the_menu(window, tmp_path, monkeypatch):
    target = tmp_path / "out" / "people"
    target.parent.mkdir()
    answer = (str(target), "CSV, comma-separated (*.csv)")  # no extension typed: the filter decides
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: answer))
    window.ui.actionExportPeople.trigger()
    with open(target.with_suffix(".csv"), encoding="utf-8-sig") as exported:
        rows = list(csv.DictReader(exported))
    assert sorted(r["email"] for r in rows) == sorted(
        ["dana.fox@x.org", "jose.muller@x.org", "olga.koval@x.org", "wang.wei@x.org",
         "zoe.adams@x.org"])  # fmt: skip
    assert "Exported 5 people" in window.statusBar().currentMessage()


def test_crash_dialog_shows_a_copyable_report(qtbot):
    try:
        raise ValueError("planted bug")
    except ValueError as exc:
        report = crash_report(type(exc), exc, exc.__traceback__)
    dialog = CrashDialog(report)
    qtbot.addWidget(dialog)
    assert "ValueError: planted bug" in dialog.ui.reportText.toPlainText()
    assert "RevMentor" in dialog.ui.reportText.toPlainText().splitlines()[0]
    qtbot.mouseClick(dialog.ui.copyButton, Qt.MouseButton.LeftButton)
    assert "planted bug" in QGuiApplication.clipboard().text()
