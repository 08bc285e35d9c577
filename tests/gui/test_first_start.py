"""The very first start: the welcome's two ways in, the demo apart and resettable, the title."""

import factories
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox

from revmentor_desktop.core.services.organisation import (
    LADDER_TEMPLATES,
    date_order_setting,
    is_demo,
    ladder_labels,
    load_organisation_settings,
)
from revmentor_desktop.gui.main_window import MainWindow, window_title
from revmentor_desktop.gui.window_state import recent_databases
from revmentor_desktop.paths import default_db_path, demo_db_path


@pytest.fixture
def window(qtbot):
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    main.start()  # no --db: the last database, the default one, or the welcome
    return main


def welcome(window):
    dialog = window.welcome_dialog
    assert dialog.objectName() == "welcomeDialog" and dialog.isVisible()
    return dialog


def set_up_page(window):
    dialog = welcome(window)
    dialog.ui.setUpButton.click()
    assert dialog.ui.stack.currentWidget() is dialog.ui.setUpPage
    return dialog


def choose_template(dialog, name):
    combo = dialog.ui.templateCombo
    combo.setCurrentIndex(combo.findData(name))


def test_the_very_first_start_welcomes_and_makes_no_database_yet(window):
    dialog = welcome(window)
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert not dialog.ui.createButton.isVisible() and not dialog.ui.backButton.isVisible()
    assert window.db is None and window.windowTitle() == "RevMentor"
    assert window.database_label.text() == "No database open"
    assert not window.ui.actionPeople.isEnabled()
    assert not default_db_path().exists() and not demo_db_path().exists()


def test_exploring_the_demo_opens_a_database_of_its_own_marked_as_the_demo(window):
    welcome(window).ui.demoButton.click()
    assert not window.welcome_dialog.isVisible()
    assert window.db.path == demo_db_path() and is_demo(window.db)
    assert not default_db_path().exists()  # the organisation's database gets no demo people
    assert window.windowTitle() == "RevMentor — Northwind Logistics (demo)"
    assert window.database_label.text() == f"Demo database: {demo_db_path()}"
    assert window.ui.demoBanner.isVisible() and window.ui.resetDemoButton.isEnabled()
    assert window.ui.demoSetUpButton.text() == "Set up your organisation…"
    # The counts are the ones the People list shows: those who have left are hidden there.
    assert window.people.model.total == 118
    assert window.people.ui.countLabel.text() == "118 people"
    assert window.statusBar().currentMessage() == (
        "The demo: 118 people (and 2 who have left) and the programme “Reverse Mentoring 2026/27”."
    )
    assert recent_databases() == [demo_db_path().resolve()]


def test_setting_up_the_organisation_makes_an_empty_database_in_the_default_place(
    window, tmp_path, monkeypatch
):
    logo = tmp_path / "logo.png"
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    assert image.save(str(logo))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args: (str(logo), "Images"))
    )
    dialog = set_up_page(window)
    assert dialog.ui.backButton.isVisible() and dialog.ui.createButton.isDefault()
    assert str(default_db_path()) in dialog.ui.databaseInfo.text()
    dialog.ui.nameEdit.setText("Fabrikam Health")
    choose_template(dialog, "Public sector")
    assert dialog.levels() == list(LADDER_TEMPLATES["Public sector"])
    dialog.ui.dateOrderCombo.setCurrentIndex(dialog.ui.dateOrderCombo.findData("mdy"))
    dialog.ui.chooseLogoButton.click()
    assert dialog.ui.logoInfo.text() == "logo.png"

    dialog.ui.createButton.click()
    assert not dialog.isVisible()
    db = window.db
    assert db.path == default_db_path()
    assert window.people.model.total == 0 and not is_demo(db)
    assert ladder_labels(db) == list(LADDER_TEMPLATES["Public sector"])
    assert date_order_setting(db) == "mdy"
    saved = load_organisation_settings(db)
    assert saved.name == "Fabrikam Health" and saved.logo_path is not None
    assert window.windowTitle() == "RevMentor — Fabrikam Health"
    assert window.database_label.text() == f"Database: {default_db_path()}"
    assert not window.ui.demoBanner.isVisible()
    assert not demo_db_path().exists()


def test_the_set_up_says_what_is_missing_and_makes_no_file(window):
    dialog = set_up_page(window)
    dialog.ui.createButton.click()
    assert dialog.isVisible() and dialog.ui.nameError.isVisible()
    assert "organisation's name" in dialog.ui.nameError.text()
    dialog.ui.nameEdit.setText("Fabrikam Health")
    assert not dialog.ui.nameError.isVisible()
    choose_template(dialog, "Small company")
    dialog.ui.levelsEdit.setPlainText("Junior\nSenior\njunior")
    # Changed by hand, the template is the organisation's own ladder now.
    assert dialog.ui.templateCombo.currentData() is None
    dialog.ui.createButton.click()
    assert dialog.ui.levelsError.text() == "“junior” appears twice; each needs a name of its own."
    dialog.ui.levelsEdit.setPlainText("")
    dialog.ui.createButton.click()
    assert dialog.ui.levelsError.text() == "The ladder needs at least one level."
    assert window.db is None and not default_db_path().exists()
    # Back to the choice, and on to the demo: nothing of the set-up was made.
    dialog.ui.backButton.click()
    assert dialog.ui.stack.currentWidget() is dialog.ui.choicePage
    dialog.ui.demoButton.click()
    assert window.db.path == demo_db_path() and not default_db_path().exists()


def test_closing_the_welcome_closes_the_window_and_makes_nothing(window):
    welcome(window).ui.closeButton.click()
    assert not window.isVisible()
    assert not default_db_path().exists() and not demo_db_path().exists()


def test_the_demo_resets_after_a_confirmation(window, monkeypatch):
    welcome(window).ui.demoButton.click()
    factories.add_person(window.db, "Real", "Person", "real.person@fabrikam.example", 3)
    window.people.reload()
    assert window.people.model.total == 119
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Reset]
    asked = []

    def question(parent, title, text, buttons, default):
        asked.append((title, default))
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    window.ui.resetDemoButton.click()  # cancelled: the demo stays as it is
    assert window.people.model.total == 119
    window.ui.resetDemoButton.click()
    assert asked == [("Reset the demo", QMessageBox.StandardButton.Cancel)] * 2
    assert window.db.path == demo_db_path() and is_demo(window.db)
    assert window.people.model.total == 118  # the demo as it was made
    assert window.windowTitle() == "RevMentor — Northwind Logistics (demo)"
    assert window.statusBar().currentMessage().startswith("The demo starts afresh: 118 people")


def test_the_banner_leads_from_the_demo_to_the_organisation(window):
    welcome(window).ui.demoButton.click()
    window.ui.demoSetUpButton.click()
    dialog = window.welcome_dialog
    assert dialog.ui.stack.currentWidget() is dialog.ui.setUpPage
    assert not dialog.ui.backButton.isVisible()  # the set-up alone
    dialog.ui.nameEdit.setText("Fabrikam Health")
    dialog.ui.createButton.click()
    assert window.db.path == default_db_path() and window.people.model.total == 0
    window.ui.actionOpenDemo.trigger()
    assert window.db.path == demo_db_path()
    # Set up once, the organisation's database is opened from the banner.
    assert window.ui.demoSetUpButton.text() == "Open your organisation"
    window.ui.demoSetUpButton.click()
    assert window.db.path == default_db_path()
    assert window.windowTitle() == "RevMentor — Fabrikam Health"


def test_the_next_start_reopens_the_last_database(window, qtbot):
    welcome(window).ui.demoButton.click()
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    again.start()
    assert again.db.path == demo_db_path()
    assert not hasattr(again, "welcome_dialog")
    again.close()
    # Gone since (deleted, or on a drive not connected): the default database, else the welcome.
    demo_db_path().unlink()
    third = MainWindow()
    qtbot.addWidget(third)
    third.start()
    assert third.db is None and welcome(third).isVisible()
    assert "is not there any more" in third.statusBar().currentMessage()


@pytest.mark.parametrize(
    ("organisation", "file_name", "demo", "title"),
    [
        ("Northwind Logistics", "demo.sqlite", True, "RevMentor — Northwind Logistics (demo)"),
        ("Fabrikam Health", "revmentor.sqlite", False, "RevMentor — Fabrikam Health"),
        (None, "clinic.sqlite", False, "RevMentor — clinic.sqlite"),
        ("", "clinic.sqlite", True, "RevMentor — clinic.sqlite (demo)"),
        (None, None, False, "RevMentor"),
    ],
)
def test_the_title_names_the_app_once_and_what_is_open(organisation, file_name, demo, title):
    assert window_title(organisation, file_name, demo) == title
    assert title.count("RevMentor") == 1
