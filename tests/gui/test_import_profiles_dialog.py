"""The import window remembers the columns (and date order) confirmed for a file, and the next
file with the same headers goes from choosing it to the check step in one click."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from sqlalchemy import select, text

from revmentor_desktop.core.db.models import Person
from revmentor_desktop.core.services.organisation import IMPORT_PROFILES, get_setting
from revmentor_desktop.core.text import date_text
from revmentor_desktop.gui.dialogs.imports import ImportDialog
from revmentor_desktop.gui.tasks import TaskRunner

HEADER = "Login,Known as,Clan,Arrived,Remark\n"
OCTOBER = HEADER + "ana@x.org,Ana,Lima,01/02/2024,quiet\nbo@x.org,Bo,Chen,03/04/2023,\n"
# November's export: the same columns in another order, its dates as ambiguous as October's.
NOVEMBER = "Remark,Arrived,Clan,Known as,Login\n,05/06/2024,Diaz,Cy,cy@x.org\n"
AS_LAST_TIME = f"Columns as in your last import of this kind of file ({date_text(date.today())})."


@pytest.fixture(autouse=True)
def synchronous_tasks(monkeypatch):
    monkeypatch.setattr(TaskRunner, "synchronous", True)


@pytest.fixture(autouse=True)
def regional_format():
    """No regional format ("C"), so dates that fit both orders are read day first unless
    chosen."""
    QLocale.setDefault(QLocale(QLocale.Language.C))
    yield
    QLocale.setDefault(QLocale.system())


def open_dialog(qtbot, db, tmp_path: Path, content: str, name: str = "hr.csv") -> ImportDialog:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    dialog = ImportDialog(db, path)
    qtbot.addWidget(dialog)
    return dialog


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def page(dialog: ImportDialog) -> str:
    return dialog.ui.pages.currentWidget().objectName()


def set_field(dialog: ImportDialog, column: int, field: str | None) -> None:
    combo = dialog.ui.mappingTable.cellWidget(column, 1)
    combo.setCurrentIndex(combo.findData(field))


def october_import(qtbot, db, tmp_path) -> None:
    """Map the columns by hand, read the ambiguous dates month first, import."""
    dialog = open_dialog(qtbot, db, tmp_path, OCTOBER)
    click(qtbot, dialog.ui.nextButton)
    assert page(dialog) == "importMappingPage"
    assert dialog.ui.profileLabel.isHidden() and dialog.ui.resetMappingButton.isHidden()
    for column, field in enumerate(("email", "given_name", "family_name", "start_date")):
        set_field(dialog, column, field)
    click(qtbot, dialog.ui.nextButton)
    combo = dialog.ui.dateOrderCombo
    combo.setCurrentIndex(combo.findData("mdy"))
    combo.activated.emit(combo.currentIndex())
    click(qtbot, dialog.ui.importButton)
    assert dialog.summary is not None and dialog.summary.created == 2


def start_dates(db) -> dict[str, date]:
    with db.session() as session:
        return {p.email: p.start_date for p in session.scalars(select(Person))}


def profiles(db):
    with db.engine.connect() as connection:
        return get_setting(connection, IMPORT_PROFILES)


def test_the_next_file_with_these_columns_goes_to_the_check_in_one_click(qtbot, db, tmp_path):
    october_import(qtbot, db, tmp_path)
    dialog = open_dialog(qtbot, db, tmp_path, NOVEMBER, "november.csv")
    click(qtbot, dialog.ui.nextButton)
    assert page(dialog) == "importPreviewPage"
    assert dialog.plan.mapping == {0: None, 1: "start_date", 2: "family_name", 3: "given_name",
                                   4: "email"}  # fmt: skip
    summary = dialog.ui.summaryLabel.text()
    assert summary.endswith(f" {AS_LAST_TIME.removesuffix('.')}: Back to change them.")
    assert "read month first, as chosen for this import" in dialog.ui.dateOrderLabel.text()
    assert dialog.ui.importButton.isDefault() and dialog.ui.importButton.isEnabled()
    click(qtbot, dialog.ui.backButton)
    assert page(dialog) == "importMappingPage"
    assert dialog.ui.profileLabel.text() == AS_LAST_TIME
    assert dialog.ui.profileLabel.isVisibleTo(dialog)
    click(qtbot, dialog.ui.nextButton)
    click(qtbot, dialog.ui.importButton)
    assert start_dates(db)["cy@x.org"] == date(2024, 5, 6)


def test_the_automatic_matches_instead_of_the_remembered_columns(qtbot, db, tmp_path):
    october_import(qtbot, db, tmp_path)
    dialog = open_dialog(qtbot, db, tmp_path, NOVEMBER, "november.csv")
    click(qtbot, dialog.ui.nextButton)
    click(qtbot, dialog.ui.backButton)
    set_field(dialog, 0, "department")
    assert dialog.ui.profileLabel.text() == AS_LAST_TIME.replace(").", "), with your changes.")
    click(qtbot, dialog.ui.resetMappingButton)
    assert dialog.ui.profileLabel.isHidden() and dialog.ui.resetMappingButton.isHidden()
    assert dialog.mapping() == {0: None, 1: None, 2: None, 3: None, 4: None}
    assert dialog.profile is None and dialog.date_order is None


def test_cancelling_remembers_nothing(qtbot, db, tmp_path):
    dialog = open_dialog(qtbot, db, tmp_path, OCTOBER)
    click(qtbot, dialog.ui.nextButton)
    for column, field in enumerate(("email", "given_name", "family_name")):
        set_field(dialog, column, field)
    click(qtbot, dialog.ui.nextButton)
    assert page(dialog) == "importPreviewPage"
    click(qtbot, dialog.ui.cancelButton)
    assert profiles(db) is None
    again = open_dialog(qtbot, db, tmp_path, OCTOBER)
    click(qtbot, again.ui.nextButton)
    assert page(again) == "importMappingPage" and again.ui.profileLabel.isHidden()


def test_a_file_with_other_columns_is_matched_by_their_names(qtbot, db, tmp_path):
    october_import(qtbot, db, tmp_path)
    dialog = open_dialog(qtbot, db, tmp_path, HEADER.replace("\n", ",Team\n") + "a@x.org\n")
    click(qtbot, dialog.ui.nextButton)
    assert page(dialog) == "importMappingPage"
    assert dialog.ui.profileLabel.isHidden() and dialog.profile is None


def test_a_damaged_profile_is_left_out_quietly(qtbot, db, tmp_path):
    with db.engine.begin() as connection:
        connection.execute(text("INSERT INTO setting (key, value) VALUES (:k, '{\"people\": 7')"),
                           {"k": IMPORT_PROFILES})  # fmt: skip
    dialog = open_dialog(qtbot, db, tmp_path, OCTOBER)
    click(qtbot, dialog.ui.nextButton)
    assert page(dialog) == "importMappingPage"
    assert dialog.ui.profileLabel.isHidden() and dialog.ui.fileProblemLabel.text() == ""
