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
