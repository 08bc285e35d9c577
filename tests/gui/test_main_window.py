"""The main window ties the pages together: navigation, settings taking effect everywhere."""

import pytest

from revmentor_desktop.gui import create_main_window


@pytest.fixture
def window(qtbot, db, small_org):
    db.close()  # the window takes the writer lock itself
    main = create_main_window(db.url)
    qtbot.addWidget(main)
    return main


def test_navigation_switches_pages_and_keeps_one_checked(window):
    assert window.ui.pages.currentWidget() is window.people
    window.ui.actionProgrammes.trigger()
    assert window.ui.pages.currentWidget().objectName() == "programmesView"
    assert window.ui.actionProgrammes.isChecked() and not window.ui.actionPeople.isChecked()
    window.ui.actionPeople.trigger()
    assert window.ui.pages.currentWidget() is window.people


def test_saved_settings_take_effect_in_the_title_and_every_page(window, qtbot):
    window.ui.actionSettings.trigger()
    dialog = window.settings_dialog
    assert dialog.objectName() == "settingsDialog"
    dialog.ui.nameEdit.setText("Fabrikam Health")
    levels = dialog.ui.levelsTable
    row = next(r for r in range(levels.rowCount()) if levels.item(r, 0).text() == "Executive")
    levels.item(row, 0).setText("Board member")
    assert dialog.save()
    assert window.windowTitle() == "RevMentor — Fabrikam Health"
    level_filter = window.people.ui.levelFilter
    assert "Board member" in [level_filter.itemText(i) for i in range(level_filter.count())]
    zoe = next(r for r in range(window.people.model.rowCount())
               if window.people.model.index(r, 1).data() == "zoe.adams@x.org")  # fmt: skip
    assert window.people.model.index(zoe, 4).data() == "Board member"


def test_every_database_action_is_disabled_until_a_database_is_open(qtbot):
    from revmentor_desktop.gui.main_window import MainWindow

    empty = MainWindow()
    qtbot.addWidget(empty)
    for name in ("actionPeople", "actionProgrammes", "actionSuggestions", "actionImport",
                 "actionExportPeople",
                 "actionSettings", "actionRefresh"):  # fmt: skip
        assert not getattr(empty.ui, name).isEnabled(), name
    assert empty.ui.actionQuit.isEnabled() and empty.ui.actionAbout.isEnabled()


def test_add_person_is_in_the_file_menu_and_shows_the_people_page(window, monkeypatch):
    opened = []
    monkeypatch.setattr(window.people, "_run_dialog", lambda dialog: opened.append(dialog) or False)
    window.ui.actionProgrammes.trigger()
    menu_actions = [a.objectName() for a in window.ui.menuFile.actions()]
    assert menu_actions.index("actionAddPerson") < menu_actions.index("actionImport")
    window.people.add_person_action.trigger()
    assert window.ui.pages.currentWidget() is window.people
    assert [d.objectName() for d in opened] == ["personDialog"]


def test_a_no_fault_ending_at_a_dashboard_check_in_opens_the_closing_conversation(
    qtbot, db, small_org, monkeypatch
):
    from factories import add_partnership
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QMessageBox

    from revmentor_desktop.core.db.models import FitVerdict

    partnership_id, _ = add_partnership(db, small_org, "dana.fox@x.org", "zoe.adams@x.org")
    db.close()
    main = create_main_window(db.url)
    qtbot.addWidget(main)
    yes = QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *args: yes))
    main.log_check_in(partnership_id)  # as the dashboard's "log check-in" does
    check_in = main.check_in_dialog
    check_in.ui.dateEdit.setDate(QDate(2026, 10, 8))
    check_in.ui.verdictCombo.setCurrentIndex(
        check_in.ui.verdictCombo.findData(FitVerdict.NOT_A_FIT)
    )
    assert check_in.save() and check_in.ended
    qtbot.waitUntil(lambda: getattr(main, "closure_dialog", None) is not None)
    closure = main.closure_dialog
    assert closure.isVisible() and closure.partnership_id == partnership_id
    assert "Dana Fox" in closure.windowTitle() and "Zoë Adams" in closure.windowTitle()
    closure.reject()
