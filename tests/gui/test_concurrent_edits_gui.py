"""A save another coordinator beat: the dialog says who and when, keeps the edits on screen and
shows the other coordinator's version on Reload; an enrolment edited in place says so under the
table and shows theirs."""

import re

from factories import ids_by_email
from PySide6.QtWidgets import QApplication, QDialog

from revmentor_desktop.core.db.models import Enrolment, Person, Programme, Setting
from revmentor_desktop.core.services.organisation import (
    ORGANISATION_NAME,
    load_organisation_settings,
)
from revmentor_desktop.core.services.people.records import load_person
from revmentor_desktop.core.services.programmes import load_programme
from revmentor_desktop.gui.dialogs.organisation import SettingsDialog
from revmentor_desktop.gui.dialogs.person import PersonDialog
from revmentor_desktop.gui.dialogs.programme import ProgrammeDialog
from revmentor_desktop.gui.models.enrolments import CAPACITY, NAME
from revmentor_desktop.gui.pages.people import PeopleView
from revmentor_desktop.gui.pages.programmes import ProgrammesView

REFUSED = r"^Priya changed this at \d\d:\d\d — reload and apply your change again$"


def saved_by_priya(db, model, key, **values) -> None:
    """Priya's save from her own computer, as this database sees it: new values, a new version,
    her name (on SQLite only one app writes at a time, so her save is made here)."""
    with db.session() as session, session.begin():
        session.info["editor"] = "Priya"
        row = session.get(model, key)
        for name, value in values.items():
            setattr(row, name, value)


def test_a_refused_person_save_keeps_the_edits_then_reload_shows_priyas(
    qtbot, db, small_org, boxes, closing
):
    dana = ids_by_email(db)["dana.fox@x.org"]
    dialog = PersonDialog(db, dana)
    closing(dialog)
    dialog.show()
    dialog.ui.jobTitleEdit.setText("Tom's title")
    dialog.ui.notesEdit.setPlainText("Tom's notes")
    saved_by_priya(db, Person, dana, job_title="Priya's title")

    dialog.accept()
    [(name, text)] = boxes
    assert name == "changedElsewhereBox"
    assert re.match(REFUSED, text)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.ui.jobTitleEdit.text() == "Tom's title"
    assert dialog.ui.notesEdit.toPlainText() == "Tom's notes"
    assert load_person(db, dana).job_title == "Priya's title"  # hers is kept

    boxes.answer = "&Reload"
    dialog.accept()
    assert len(boxes) == 2
    assert dialog.ui.jobTitleEdit.text() == "Priya's title"
    assert dialog.ui.notesEdit.toPlainText() == ""
    assert not dialog.has_changes()

    dialog.ui.notesEdit.setPlainText("Tom's notes")  # applied again, now on her version
    dialog.accept()
    assert len(boxes) == 2 and dialog.result() == QDialog.DialogCode.Accepted
    saved = load_person(db, dana)
    assert (saved.job_title, saved.notes) == ("Priya's title", "Tom's notes")


def test_a_refused_programme_save_keeps_the_edits(qtbot, db, small_org, boxes, closing):
    dialog = ProgrammeDialog(db, small_org)
    closing(dialog)
    dialog.ui.nameEdit.setText("Tom's cohort")
    saved_by_priya(db, Programme, small_org, stalled_after_days=40)
    assert not dialog.save()
    assert [name for name, _ in boxes] == ["changedElsewhereBox"]
    assert dialog.ui.nameEdit.text() == "Tom's cohort"
    assert dialog.ui.formError.text().startswith("Priya changed this at")
    boxes.answer = "&Reload"
    assert not dialog.save()
    assert (dialog.ui.nameEdit.text(), dialog.ui.stalledSpin.value()) == ("Cohort 2026", 40)
    assert dialog.ui.formError.isHidden()
    dialog.ui.nameEdit.setText("Tom's cohort")
    assert dialog.save()
    saved = load_programme(db, small_org)
    assert (saved.name, saved.stalled_after_days) == ("Tom's cohort", 40)


def test_refused_settings_keep_the_edits(qtbot, db, boxes, closing):
    dialog = SettingsDialog(db)
    closing(dialog)
    dialog.ui.nameEdit.setText("Tom's organisation")
    dialog.ui.retentionSpin.setValue(12)
    with db.session() as session, session.begin():
        session.info["editor"] = "Priya"
        session.add(Setting(key=ORGANISATION_NAME, value="Priya's organisation"))
    assert not dialog.save()  # the name had no row when the dialog read it: changed now
    assert [name for name, _ in boxes] == ["changedElsewhereBox"]
    assert (dialog.ui.nameEdit.text(), dialog.ui.retentionSpin.value()) == (
        "Tom's organisation",
        12,
    )
    boxes.answer = "&Reload"
    assert not dialog.save()
    assert dialog.ui.nameEdit.text() == "Priya's organisation"
    assert dialog.ui.retentionSpin.value() == 24
    dialog.ui.retentionSpin.setValue(12)
    assert dialog.save()
    saved = load_organisation_settings(db)
    assert (saved.name, saved.retention_months) == ("Priya's organisation", 12)


def test_enrolments_edited_in_place_keep_up_with_their_versions(qtbot, db, small_org):
    view = ProgrammesView(db)
    qtbot.addWidget(view)

    def cell(name: str):
        row = next(r for r in range(view.proxy.rowCount())
                   if view.proxy.index(r, NAME).data() == name)  # fmt: skip
        return view.proxy.index(row, CAPACITY)

    # Two edits of one row in a row: the second goes through on the version the first made.
    assert view.proxy.setData(cell("Dana Fox"), 2)
    QApplication.processEvents()  # the rows are read afresh once the edit has finished
    assert view.proxy.setData(cell("Dana Fox"), 3)
    QApplication.processEvents()
    assert cell("Dana Fox").data() == "3"

    enrolment_id = next(r.enrolment_id for r in view.model.rows if r.name == "Dana Fox")
    saved_by_priya(db, Enrolment, enrolment_id, capacity=4)
    assert not view.proxy.setData(cell("Dana Fox"), 5)
    assert re.match(REFUSED, view.ui.messageLabel.text())
    QApplication.processEvents()
    assert cell("Dana Fox").data() == "4"  # Priya's, shown to apply the change again on
    assert view.proxy.setData(cell("Dana Fox"), 5)


def test_the_people_list_shows_priyas_change_when_the_refused_dialog_is_cancelled(
    qtbot, db, small_org, boxes
):
    view = PeopleView(db)
    qtbot.addWidget(view)
    dana = ids_by_email(db)["dana.fox@x.org"]

    def run(dialog):
        dialog.ui.jobTitleEdit.setText("Tom's title")
        saved_by_priya(db, Person, dana, family_name="Fox-Adams")
        dialog.accept()  # refused; the edits stay
        QDialog.done(dialog, QDialog.DialogCode.Rejected)  # then Cancel, dropping them
        return False

    view._run_dialog = run
    view.edit_person(dana)
    assert [name for name, _ in boxes] == ["changedElsewhereBox"]
    names = [view.model.index(row, 0).data() for row in range(view.model.rowCount())]
    assert "Dana Fox-Adams" in names
