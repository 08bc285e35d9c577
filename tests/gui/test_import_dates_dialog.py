"""The import window's preview says in which order it read each column of dates, and an
ambiguous column can be read the other way there and then."""

from datetime import date

import pytest
from PySide6.QtCore import QLocale
from sqlalchemy import select

from revmentor_desktop.core.db.models import Person
from revmentor_desktop.core.services.organisation import (
    load_organisation_settings,
    save_organisation_settings,
)
from revmentor_desktop.gui.dialogs.imports import ImportDialog
from revmentor_desktop.gui.dialogs.organisation import computer_date_order
from revmentor_desktop.gui.style import warning_style
from revmentor_desktop.gui.tasks import TaskRunner

HEADER = "Work Email,First Name,Last Name,Hire Date\n"
MONTH_FIRST = HEADER + "ana@x.org,Ana,Silva,01/02/2024\nbo@x.org,Bo,Chan,05/13/2023\n"
AMBIGUOUS = HEADER + "ana@x.org,Ana,Silva,01/02/2024\nbo@x.org,Bo,Chan,03/04/2023\n"


@pytest.fixture(autouse=True)
def synchronous_tasks(monkeypatch):
    monkeypatch.setattr(TaskRunner, "synchronous", True)


@pytest.fixture(autouse=True)
def regional_format():
    """This computer's format, as Qt reports it: none ("C") unless a test sets one."""
    QLocale.setDefault(QLocale(QLocale.Language.C))
    yield QLocale.setDefault
    QLocale.setDefault(QLocale.system())


def preview(qtbot, db, tmp_path, text):
    path = tmp_path / "hr.csv"
    path.write_text(text, encoding="utf-8")
    dialog = ImportDialog(db, path)
    qtbot.addWidget(dialog)
    dialog.next_step()
    dialog.next_step()
    assert dialog.ui.pages.currentWidget().objectName() == "importPreviewPage"
    return dialog


def start_dates(db):
    with db.engine.connect() as connection:
        return dict(connection.execute(select(Person.email, Person.start_date)).all())


def test_the_preview_says_a_month_first_column_was_read_month_first(qtbot, db, tmp_path):
    dialog = preview(qtbot, db, tmp_path, MONTH_FIRST)
    label = dialog.ui.dateOrderLabel
    assert not label.isHidden() and label.styleSheet() == ""
    assert label.text() == (
        'Dates: "Hire Date" read month first (05/13/2023 can only be 13 May 2023).'
    )
    assert dialog.ui.dateOrderCombo.isHidden()  # nothing to choose
    dialog.start_import()
    assert start_dates(db)["ana@x.org"] == date(2024, 1, 2)


def test_an_ambiguous_column_is_flagged_and_can_be_read_the_other_way(qtbot, db, tmp_path):
    dialog = preview(qtbot, db, tmp_path, AMBIGUOUS)
    label, combo = dialog.ui.dateOrderLabel, dialog.ui.dateOrderCombo
    assert label.styleSheet() == warning_style()
    assert label.text().startswith('Dates: "Hire Date" is ambiguous: its dates fit both')
    assert label.text().endswith("read day first, as nothing says otherwise.")
    assert not combo.isHidden() and combo.currentData() == "dmy"
    combo.setCurrentIndex(combo.findData("mdy"))
    combo.activated.emit(combo.currentIndex())  # as a click on the choice does
    assert label.text().endswith("read month first, as chosen for this import.")
    assert dialog.plan.ok
    dialog.start_import()
    stored = start_dates(db)
    assert (stored["ana@x.org"], stored["bo@x.org"]) == (date(2024, 1, 2), date(2023, 3, 4))


def test_the_organisations_order_then_this_computers(qtbot, db, tmp_path, regional_format):
    regional_format(QLocale("en_US"))
    assert computer_date_order() == "mdy"
    dialog = preview(qtbot, db, tmp_path, AMBIGUOUS)
    assert dialog.ui.dateOrderLabel.text().endswith(
        "read month first from this computer's date format."
    )
    settings = load_organisation_settings(db)
    settings.date_order = "dmy"
    save_organisation_settings(db, settings)
    dialog = preview(qtbot, db, tmp_path, AMBIGUOUS)
    assert dialog.ui.dateOrderLabel.text().endswith(
        "read day first from the organisation's setting."
    )


def test_a_file_without_day_month_dates_shows_no_date_line(qtbot, db, tmp_path):
    dialog = preview(qtbot, db, tmp_path, HEADER + "ana@x.org,Ana,Silva,2024-01-02\n")
    assert dialog.ui.dateOrderLabel.isHidden() and dialog.ui.dateOrderCombo.isHidden()
