"""Windows open no larger than the room on their screen, whatever size they remember."""

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QDialog, QWidget

from revmentor_desktop.gui import create_main_window, window_state
from revmentor_desktop.gui.window_state import RemembersSize, fit_to_screen, window_settings
from revmentor_desktop.gui.wizard.partnership_wizard import PartnershipWizard

# A 1280 x 1000 screen at 150 % scaling, less a 48-px task bar: the room a window has in pixels.
SMALL = QRect(0, 0, 853, 634)
TITLE_BAR = 32  # fit_to_screen's allowance for the frame of a window not yet shown


@pytest.fixture
def small_screen(monkeypatch):
    monkeypatch.setattr(window_state, "available_geometry", lambda widget: QRect(SMALL))
    return SMALL


def fits(widget: QWidget, room: QRect) -> bool:
    return widget.width() <= room.width() and widget.height() + TITLE_BAR <= room.height()


class Remembering(RemembersSize, QDialog):
    GEOMETRY_KEY = "test/geometry"

    def __init__(self) -> None:
        super().__init__()
        self.resize(400, 300)
        self._restore_geometry()


def test_a_window_too_big_for_the_screen_is_shrunk_and_kept_on_it(qtbot, small_screen):
    window = QWidget()
    qtbot.addWidget(window)
    window.setGeometry(600, 500, 1200, 900)
    fit_to_screen(window)
    assert fits(window, small_screen)
    assert small_screen.contains(window.geometry())


def test_a_window_that_fits_is_left_as_it_is(qtbot, small_screen):
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(500, 400)
    fit_to_screen(window)
    assert (window.width(), window.height()) == (500, 400)


def test_the_wizard_opens_within_a_small_screen(qtbot, db, small_org, small_screen):
    wizard = PartnershipWizard(db, None, programme_id=small_org)
    qtbot.addWidget(wizard)
    assert fits(wizard, small_screen)  # its default is 960 x 760


def test_a_size_remembered_on_a_big_screen_is_fitted_to_a_small_one(qtbot, small_screen):
    big = Remembering()
    qtbot.addWidget(big)
    big.resize(1500, 1100)
    QDialog.done(big, 0)  # keeps the geometry without the small-screen fit in between
    settings = window_settings()
    settings.setValue(Remembering.GEOMETRY_KEY, big.saveGeometry())
    settings.sync()
    again = Remembering()
    qtbot.addWidget(again)
    assert fits(again, small_screen)


def test_the_main_window_restores_a_size_that_fits(qtbot, db, small_org, small_screen):
    db.close()  # the window takes the writer lock itself
    first = create_main_window(db.url)
    first.resize(1600, 1200)
    settings = window_settings()
    settings.setValue("main/geometry", first.saveGeometry())
    settings.sync()
    first.close()
    first.deleteLater()
    second = create_main_window(db.url)
    qtbot.addWidget(second)
    assert second.height() < 1200
    assert fits(second, small_screen)
