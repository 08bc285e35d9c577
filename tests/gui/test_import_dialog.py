"""Importing people through the window: file → columns → preview → import, all or nothing."""

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import func, select

from revmentor_desktop.core.db.models import Enrolment, Person
from revmentor_desktop.gui import create_main_window
from revmentor_desktop.gui.dialogs.imports import ImportDialog
from revmentor_desktop.gui.tasks import TaskRunner

GOOD = (
    "First name;Surname;Work Email;Team;Grade;Can teach;Role in programme\n"
    "Maya;Okafor;maya.okafor@x.org;Marketing;Associate;TikTok|Canva;reverse mentor\n"
    "Tom;Berg;tom.berg@x.org;Finance;Director;Budgeting;mentee\n"
)
ONE_BAD = GOOD + "Lee;Park;not-an-email;Sales;Associate;;\n"


@pytest.fixture(autouse=True)
def synchronous_tasks(monkeypatch):
    """Background work runs in place, so a test sees its result at once."""
    monkeypatch.setattr(TaskRunner, "synchronous", True)


def people_count(db):
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Person))


def write(tmp_path, text, name="hr.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8-sig")
    return path


def test_a_clean_file_goes_in_with_enrolments(qtbot, db, small_org, tmp_path):
    dialog = ImportDialog(db, write(tmp_path, GOOD))
    qtbot.addWidget(dialog)
    dialog.ui.enrolCheck.setChecked(True)
    dialog.ui.programmeCombo.setCurrentText("Cohort 2026")
    qtbot.mouseClick(dialog.ui.nextButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.pages.currentWidget().objectName() == "importMappingPage"
    guessed = dialog.mapping()
    assert guessed[2] == "email" and guessed[1] == "family_name" and guessed[4] == "level"
    qtbot.mouseClick(dialog.ui.nextButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.pages.currentWidget().objectName() == "importPreviewPage"
    assert dialog.ui.summaryLabel.text().startswith("2 to create, 0 to update.")
    assert dialog.ui.previewTable.model().rowCount() == 2
    assert dialog.ui.importButton.isEnabled()
    with qtbot.waitSignal(dialog.imported) as imported:
        qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
    assert (imported.args[0].created, imported.args[0].enrolled) == (2, 2)
    assert people_count(db) == 8
    with db.session() as session:
        enrolled = session.scalar(select(func.count()).select_from(Enrolment)
                                  .where(Enrolment.programme_id == small_org))  # fmt: skip
    assert enrolled == 5


def test_a_row_with_a_problem_blocks_the_import_until_skipped(qtbot, db, small_org, tmp_path):
    dialog = ImportDialog(db, write(tmp_path, ONE_BAD))
    qtbot.addWidget(dialog)
    dialog.next_step()
    dialog.next_step()
    assert "1 with problems" in dialog.ui.summaryLabel.text()
    assert dialog.ui.problemsOnlyCheck.isChecked()
    preview = dialog.ui.previewTable.model()
    assert preview.rowCount() == 1 and preview.index(0, 0).data() == 4  # the file's line 4
    assert "email" in preview.index(0, 4).data().lower()
    dialog.ui.previewTable.setCurrentIndex(preview.index(0, 0))
    assert dialog.ui.rowDetailLabel.text().startswith("Line 4: bad email")
    assert not dialog.ui.importButton.isEnabled()
    assert people_count(db) == 6  # nothing written by the preview
    dialog.ui.skipBadRowsCheck.setChecked(True)
    assert dialog.ui.importButton.isEnabled()
    dialog.start_import()
    assert dialog.summary.created == 2 and dialog.summary.rejected == 1
    assert people_count(db) == 8


def test_a_file_that_is_not_a_spreadsheet_is_explained(qtbot, db, tmp_path):
    bad = tmp_path / "photo.xlsx"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    dialog = ImportDialog(db, bad)
    qtbot.addWidget(dialog)
    dialog.next_step()
    assert dialog.ui.pages.currentWidget().objectName() == "importFilePage"
    assert dialog.ui.fileProblemLabel.text()
    dialog.ui.fileEdit.setText(str(tmp_path / "missing.csv"))
    dialog.next_step()
    assert "There is no file" in dialog.ui.fileProblemLabel.text()


def test_columns_must_include_email_and_name(qtbot, db, tmp_path):
    dialog = ImportDialog(db, write(tmp_path, GOOD))
    qtbot.addWidget(dialog)
    dialog.next_step()
    dialog.ui.mappingTable.cellWidget(2, 1).setCurrentIndex(0)  # ignore the email column
    dialog.next_step()
    assert dialog.ui.pages.currentWidget().objectName() == "importMappingPage"
    assert "email" in dialog.ui.mappingProblemLabel.text()


def test_browse_fills_the_file_name(qtbot, db, tmp_path, monkeypatch):
    path = write(tmp_path, GOOD)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a: (str(path), "")))
    dialog = ImportDialog(db)
    qtbot.addWidget(dialog)
    assert not dialog.ui.nextButton.isEnabled()
    qtbot.mouseClick(dialog.ui.browseButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.fileEdit.text() == str(path)
    assert dialog.ui.nextButton.isEnabled()


def test_dropping_a_file_on_the_window_starts_the_import(qtbot, db, small_org, tmp_path):
    db.close()
    window = create_main_window(db.url)
    qtbot.addWidget(window)
    path = write(tmp_path, GOOD)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    window.dropEvent(drop)
    dialog = window.import_dialog
    assert dialog.isVisible() and dialog.ui.fileEdit.text() == str(path)
    dialog.next_step()
    dialog.next_step()
    dialog.start_import()
    assert window.people.model.total == 7  # the people view reloaded with both new people
    assert "2 created" in window.statusBar().currentMessage()


def test_a_file_of_check_ins_dropped_as_people_says_where_it_belongs(qtbot, db, tmp_path):
    path = tmp_path / "check-ins.csv"
    path.write_text("Reverse mentor email,Mentee email,Date\na@x.org,b@x.org,2026-11-02\n")
    dialog = ImportDialog(db, path)
    qtbot.addWidget(dialog)
    dialog.next_step()
    dialog.next_step()
    assert dialog.ui.mappingProblemLabel.text() == (
        "This file holds check-ins, not people: cancel, then choose File → Import check-ins…"
    )


def test_reading_planning_and_importing_run_in_the_background(qtbot, db, small_org, tmp_path,
                                                               monkeypatch):  # fmt: skip
    monkeypatch.setattr(TaskRunner, "synchronous", False)
    dialog = ImportDialog(db, write(tmp_path, GOOD))
    qtbot.addWidget(dialog)
    dialog.next_step()
    qtbot.waitUntil(lambda: dialog.step == 1, timeout=10_000)  # the file is read
    dialog.next_step()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
    assert dialog.ui.importButton.isEnabled() and not dialog.ui.progressBar.isVisible()
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.start_import()
    assert people_count(db) == 8
