"""The Getting started screen: its steps, ticks from the database, and the screens it asks for."""

import factories
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from revmentor_desktop.core.services.organisation import ORGANISATION_NAME, set_setting
from revmentor_desktop.gui.pages.getting_started import SCREENS, GettingStartedPage

STEPS = ("organisation", "people", "programme", "consent", "suggestions", "partnerships")
TITLES = (
    "Name your organisation",
    "Add your people",
    "Create a programme and enrol people",
    "Record consent",
    "Look at the pair suggestions",
    "Set up the partnerships",
)


@pytest.fixture
def make_page(qtbot, db):
    def make() -> GettingStartedPage:
        page = GettingStartedPage(db)
        qtbot.addWidget(page)
        page.resize(1000, 700)
        page.show()
        qtbot.waitExposed(page)
        return page

    return make


def name_organisation(db):
    with db.session() as session, session.begin():
        set_setting(session, ORGANISATION_NAME, "Northwind Logistics")


def ticked(page) -> list[str]:
    return [key for key in STEPS if page.step_done(key)]


def test_the_page_lists_the_six_steps_in_order(make_page):
    page = make_page()
    assert page.objectName() == "gettingStartedPage"
    cards = [card for card in page.findChildren(QLabel) if card.objectName().startswith("title_")]
    order = sorted(cards, key=lambda label: label.mapTo(page, label.rect().topLeft()).y())
    assert [label.text() for label in order] == list(TITLES)
    assert page.findChild(QLabel, "gettingStartedProgressLabel").text() == "0 of 6 done"


def test_nothing_is_ticked_on_an_empty_database_and_the_first_step_is_next(make_page):
    page = make_page()
    assert ticked(page) == []
    assert page.cards["organisation"].badge.is_next
    assert not any(page.cards[key].badge.is_next for key in STEPS[1:])
    # Only the next step shows where it stands; later steps show what to do.
    assert page.findChild(QLabel, "status_organisation").isVisible()
    assert not page.findChild(QLabel, "status_people").isVisible()
    assert page.findChild(QLabel, "text_people").isVisible()
    assert not page.all_done.isVisible()


def test_ticks_follow_the_database(make_page, small_org, db):
    name_organisation(db)
    page = make_page()
    assert ticked(page) == ["organisation", "people", "programme"]
    assert page.cards["consent"].badge.is_next
    status = page.findChild(QLabel, "status_consent")
    assert status.isVisible() and status.text() == "0 of 3 enrolled people have consented"
    # A step done folds: what to do moves to the tooltip.
    assert not page.findChild(QLabel, "text_people").isVisible()
    assert page.cards["people"].toolTip().startswith("Import everyone")
    assert page.findChild(QLabel, "gettingStartedProgressLabel").text() == "3 of 6 done"


def test_the_page_reads_the_database_afresh_when_shown_again(make_page, small_org, db):
    page = make_page()
    assert not page.step_done("organisation")
    page.hide()
    name_organisation(db)
    factories.consent_all(db)
    page.show()
    assert ticked(page) == ["organisation", "people", "programme", "consent"]
    assert page.cards["suggestions"].badge.is_next


def test_reload_shows_a_change_made_elsewhere(make_page, small_org, db):
    page = make_page()
    factories.add_partnership(db, small_org, "wang.wei@x.org", "zoe.adams@x.org")
    assert not page.step_done("partnerships")
    page.reload()
    assert page.step_done("partnerships") and page.step_done("suggestions")


@pytest.mark.parametrize(
    ("button", "screen"),
    [
        ("settingsButton", "settings"),
        ("importPeopleButton", "import_people"),
        ("addPersonButton", "add_person"),
        ("programmesButton", "programmes"),
        ("consentProgrammesButton", "programmes"),
        ("suggestionsButton", "suggestions"),
        ("partnershipsButton", "partnerships"),
    ],
)
def test_each_button_asks_for_its_screen(make_page, qtbot, button, screen):
    page = make_page()
    with qtbot.waitSignal(page.open_screen) as signal:
        qtbot.mouseClick(page.findChild(QPushButton, button), Qt.MouseButton.LeftButton)
    assert signal.args == [screen]
    assert screen in SCREENS


def test_only_the_next_steps_main_button_stands_out(make_page, small_org, db):
    page = make_page()  # next: name the organisation
    assert page.findChild(QPushButton, "settingsButton").styleSheet()
    assert not page.findChild(QPushButton, "importPeopleButton").styleSheet()
    assert not page.findChild(QPushButton, "consentProgrammesButton").styleSheet()


def test_when_everything_is_done_the_page_says_so_and_offers_the_dashboard(
    make_page, qtbot, small_org, db
):
    name_organisation(db)
    factories.consent_all(db)
    factories.add_partnership(db, small_org, "wang.wei@x.org", "zoe.adams@x.org")
    page = make_page()
    assert ticked(page) == list(STEPS)
    assert page.all_done.isVisible()
    assert not page.findChild(QLabel, "gettingStartedIntro").isVisible()
    assert not any(card.badge.is_next for card in page.cards.values())
    with qtbot.waitSignal(page.open_screen) as signal:
        qtbot.mouseClick(
            page.findChild(QPushButton, "openDashboardButton"), Qt.MouseButton.LeftButton
        )
    assert signal.args == ["dashboard"]
