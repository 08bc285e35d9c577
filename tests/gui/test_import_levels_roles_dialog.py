"""The import window: the file's levels the ladder lacks mapped in the check step, and a role and
consent date for everyone chosen in the first step."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from sqlalchemy import select

from revmentor_desktop.core.db.models import Enrolment, Person, Programme, Role, SeniorityLevel
from revmentor_desktop.gui.dialogs.imports import CHECK_INS, ImportDialog
from revmentor_desktop.gui.tasks import TaskRunner

HR = Path(__file__).parents[1] / "fixtures" / "import" / "hr"
SIGNUP = (
    "Email,Name,Grade\na@x.org,Ana Lima,Associate\nb@x.org,Bo Chen,Director\nc@x.org,Cy Diaz,\n"
)


@pytest.fixture(autouse=True)
def synchronous_tasks(monkeypatch):
    monkeypatch.setattr(TaskRunner, "synchronous", True)


def open_dialog(qtbot, db, path: Path, programme: str | None = None) -> ImportDialog:
    dialog = ImportDialog(db, path)
    qtbot.addWidget(dialog)
    if programme:
        dialog.ui.enrolCheck.setChecked(True)
        dialog.ui.programmeCombo.setCurrentText(programme)
    return dialog


def to_preview(qtbot, dialog: ImportDialog) -> None:
    for _ in range(2):
        qtbot.mouseClick(dialog.ui.nextButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.pages.currentWidget().objectName() == "importPreviewPage"


def level_rows(dialog: ImportDialog) -> dict[str, tuple[str, str]]:
    table = dialog.ui.levelTable
    return {table.item(row, 0).text(): (table.item(row, 1).text(),
                                        table.cellWidget(row, 2).currentText())
            for row in range(table.rowCount())}  # fmt: skip


def choose(qtbot, dialog: ImportDialog, label: str, text: str) -> None:
    """Pick `text` in the combo box of the file's level `label`, as a user would."""
    table = dialog.ui.levelTable
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == label)
    combo = table.cellWidget(row, 2)
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def levels(db) -> dict[str, str | None]:
    with db.session() as session:
        return {
            p.email: p.level.label if p.level else None for p in session.scalars(select(Person))
        }


def test_levels_the_ladder_lacks_are_listed_once_and_mapped_in_the_preview(qtbot, db):
    dialog = open_dialog(qtbot, db, HR / "workday.csv")
    to_preview(qtbot, dialog)
    assert dialog.ui.levelTable.isVisibleTo(dialog) and dialog.ui.levelLabel.isVisibleTo(dialog)
    assert dialog.ui.levelLabel.text().startswith(
        "40 people without a level: “1 Executive” (1), “3 Director” (4), “5 Manager” (6), "
        "“6 Individual Contributor” (29) are not on the ladder."
    )
    assert level_rows(dialog) == {"1 Executive": ("1", "No level"), "3 Director": ("4", "No level"),
                                  "5 Manager": ("6", "No level"),
                                  "6 Individual Contributor": ("29", "No level")}  # fmt: skip
    assert dialog.plan.created == 40 and dialog.ui.importButton.isEnabled()
    choose(qtbot, dialog, "6 Individual Contributor", "Professional")
    choose(qtbot, dialog, "1 Executive", "Add to the ladder, above Executive")
    assert dialog.plan.unknown_levels == {"3 Director": 4, "5 Manager": 6}
    assert dialog.ui.levelLabel.text().startswith("10 people without a level: “3 Director” (4)")
    assert level_rows(dialog)["6 Individual Contributor"] == ("29", "Professional")
    assert level_rows(dialog)["1 Executive"] == ("1", "Add to the ladder, above Executive")
    choose(qtbot, dialog, "5 Manager", "No level")  # chosen: remembered as no level
    assert dialog.plan.unknown_levels == {"3 Director": 4}
    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
    found = levels(db)
    assert list(found.values()).count("Professional") == 29
    assert found["margaret.okafor@northwind.example"] == "1 Executive"
    with db.session() as session:
        ladder = session.scalars(select(SeniorityLevel.label).order_by(SeniorityLevel.rank))
        assert list(ladder)[-2:] == ["Executive", "1 Executive"]
    # The next import of the same export: remembered, shown, and nothing without a level but
    # the one label never mapped.
    again = open_dialog(qtbot, db, HR / "workday.xlsx")
    to_preview(qtbot, again)
    assert level_rows(again) == {"3 Director": ("4", "No level"), "5 Manager": ("6", "No level"),
                                 "6 Individual Contributor": ("29", "Professional")}  # fmt: skip
    assert again.ui.levelLabel.text().startswith("4 people without a level: “3 Director” (4)")


def test_a_file_whose_levels_are_all_on_the_ladder_shows_no_level_table(qtbot, db, tmp_path):
    path = tmp_path / "signup.csv"
    path.write_text(SIGNUP, encoding="utf-8")
    dialog = open_dialog(qtbot, db, path)
    to_preview(qtbot, dialog)
    assert not dialog.ui.levelTable.isVisibleTo(dialog) and not dialog.ui.levelLabel.isVisibleTo(
        dialog
    )


def test_the_role_by_level_and_consent_for_everyone_from_the_first_step(qtbot, db, tmp_path):
    path = tmp_path / "signup.csv"
    path.write_text(SIGNUP, encoding="utf-8")
    dialog = open_dialog(qtbot, db, path)
    ui = dialog.ui
    assert ui.roleCombo.isVisibleTo(dialog) and not ui.roleCombo.isEnabled()  # no programme yet
    ui.enrolCheck.setChecked(True)
    ui.programmeCombo.setCurrentText("Pilot")
    assert ui.roleCombo.isEnabled() and not ui.roleLevelCombo.isEnabled()
    ui.roleCombo.setCurrentIndex(ui.roleCombo.findText("By level: reverse mentors below, "
                                                       "mentees from"))  # fmt: skip
    assert ui.roleLevelCombo.isEnabled()
    ui.roleLevelCombo.setCurrentText("Manager")
    ui.consentCheck.setChecked(True)
    ui.consentDateEdit.setDate(QDate(2026, 3, 1))
    to_preview(qtbot, dialog)
    assert (dialog.plan.enrolments, dialog.plan.without_role) == (2, 1)
    assert "1 person without a role will not be." in ui.summaryLabel.text()
    with qtbot.waitSignal(dialog.imported) as imported:
        qtbot.mouseClick(ui.importButton, Qt.MouseButton.LeftButton)
    assert (imported.args[0].enrolled, imported.args[0].programme_created) == (2, True)
    with db.session() as session:
        roles = {e.person.email: e.role for e in session.scalars(select(Enrolment))}
        consents = {p.email: p.consent_date for p in session.scalars(select(Person))}
    assert roles == {"a@x.org": Role.REVERSE_MENTOR, "b@x.org": Role.MENTEE}
    assert set(consents.values()) == {date(2026, 3, 1)}


def test_everyone_a_mentee_and_back_to_the_file_changes_the_preview(qtbot, db, tmp_path):
    path = tmp_path / "signup.csv"
    path.write_text(SIGNUP, encoding="utf-8")
    dialog = open_dialog(qtbot, db, path, programme="Pilot")
    to_preview(qtbot, dialog)
    assert dialog.plan.enrolments == 0
    nobody = ("Nobody has a role, so nobody will be enrolled and no programme will be created: "
              "go back to the first step and choose the roles")  # fmt: skip
    assert nobody in dialog.ui.summaryLabel.text()
    assert "Those with a role" not in dialog.ui.summaryLabel.text()
    qtbot.mouseClick(dialog.ui.backButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ui.backButton, Qt.MouseButton.LeftButton)
    dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findText("Everyone is a mentee"))
    to_preview(qtbot, dialog)
    assert dialog.plan.enrolments == 3
    assert "Those with a role will be enrolled in “Pilot”." in dialog.ui.summaryLabel.text()


def test_nobody_enrolled_creates_no_programme_from_the_window(qtbot, db, tmp_path):
    path = tmp_path / "signup.csv"
    path.write_text(SIGNUP, encoding="utf-8")
    dialog = open_dialog(qtbot, db, path, programme="Pilot")
    to_preview(qtbot, dialog)
    with qtbot.waitSignal(dialog.imported) as imported:
        qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
    assert (imported.args[0].created, imported.args[0].programme_created) == (3, False)
    with db.session() as session:
        assert session.scalars(select(Programme)).all() == []


def test_check_ins_offer_no_roles(qtbot, db, tmp_path):
    dialog = ImportDialog(db, None, kind=CHECK_INS)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ui.roleCombo.isVisibleTo(dialog) and not dialog.ui.consentCheck.isVisibleTo(
        dialog
    )
