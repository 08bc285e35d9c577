"""Check-ins through the window: logging, fixing, the no-fault offer, the history, the import."""

from datetime import date

import pytest
from factories import add_check_in, add_partnership, goal_state
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget
from sqlalchemy import func, select

from revmentor_desktop.core.db.models import (
    CheckIn,
    CheckInKind,
    FitVerdict,
    Partnership,
    PartnershipStatus,
)
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.services.checkins import load_check_in
from revmentor_desktop.core.text import isolate
from revmentor_desktop.gui.dialogs.checkin import NO_FAULT_QUESTION, CheckInDialog
from revmentor_desktop.gui.dialogs.checkin_history import CheckInHistoryDialog
from revmentor_desktop.gui.dialogs.imports import CHECK_INS, ImportDialog
from revmentor_desktop.gui.tasks import TaskRunner

TODAY = date(2026, 11, 20)


@pytest.fixture(autouse=True)
def synchronous_tasks(monkeypatch):
    """Background work runs in place, so a test sees its result at once."""
    monkeypatch.setattr(TaskRunner, "synchronous", True)


@pytest.fixture
def pair(db, small_org):
    """Dana Fox (reverse mentor) and Zoë Adams (mentee), active since 1 Oct 2026, one goal each
    way (Zoë's TikTok goal first): (partnership id, [goal ids])."""
    return add_partnership(db, small_org, "dana.fox@x.org", "zoe.adams@x.org")


def make_dialog(qtbot, db, partnership_id, check_in_id=None):
    dialog = CheckInDialog(db, partnership_id, check_in_id, today=TODAY)
    qtbot.addWidget(dialog)
    return dialog


def pick(combo, value):
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def spin(dialog, goal_id):
    return dialog.findChild(QWidget, f"goalProgress{goal_id}")


def save_button(dialog):
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)


def check_ins(db):
    with db.session() as session:
        return session.scalars(select(CheckIn).order_by(CheckIn.held_on)).all()


def status(db, partnership_id):
    with db.session() as session:
        partnership = session.get(Partnership, partnership_id)
        return partnership.status, partnership.no_fault_ending, partnership.end_reason


def answer(monkeypatch, button, asked):
    """QMessageBox.question answers `button` and notes what it was asked."""

    def question(parent, title, text, *args):
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))


def test_a_first_check_in_is_a_fit_check_and_moves_the_goals(qtbot, db, pair):
    partnership_id, (tiktok, budget) = pair
    dialog = make_dialog(qtbot, db, partnership_id)
    ui = dialog.ui
    assert ui.kindCombo.currentData() == CheckInKind.FIT_CHECK
    assert ui.verdictCombo.isVisibleTo(dialog)
    assert ui.mentorRatingLabel.text() == "Dana Fox (re&verse mentor):"
    assert ui.menteeRatingLabel.text() == f"{isolate('Zoë Adams')} (m&entee):"
    assert ui.durationSpin.value() == 60  # the partnership's usual meeting length
    assert spin(dialog, tiktok).value() == 0 and spin(dialog, budget).value() == 0
    ui.dateEdit.setDate(QDate(2026, 10, 8))
    pick(ui.verdictCombo, FitVerdict.GOOD_FIT)
    pick(ui.mentorRatingCombo, 4)
    pick(ui.menteeRatingCombo, 5)
    spin(dialog, tiktok).setValue(30)
    dialog.findChild(QWidget, f"goalSlider{budget}").setValue(100)  # the slider moves the spin
    assert spin(dialog, budget).value() == 100
    ui.summaryEdit.setPlainText("Set up Zoë's TikTok account together.")
    ui.privateNotesEdit.setPlainText("Zoë worries about her team's restructuring.")
    ui.nextMeetingCheck.setChecked(True)
    ui.nextMeetingEdit.setDate(QDate(2026, 10, 22))
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    [logged] = check_ins(db)
    assert saved.args == [logged.id]
    assert (logged.held_on, logged.kind, logged.fit_verdict) == (
        date(2026, 10, 8), CheckInKind.FIT_CHECK, FitVerdict.GOOD_FIT,
    )  # fmt: skip
    assert (logged.mentor_rating, logged.mentee_rating, logged.duration_minutes) == (4, 5, 60)
    assert logged.private_notes == "Zoë worries about her team's restructuring."
    assert logged.next_meeting_on == date(2026, 10, 22)
    assert goal_state(db, tiktok) == (30, "open")
    assert goal_state(db, budget) == (100, "achieved")

    # The next one is a regular check-in, starts from the goals' progress, asks no verdict.
    second = make_dialog(qtbot, db, partnership_id)
    assert second.ui.kindCombo.currentData() == CheckInKind.CHECK_IN
    assert not second.ui.verdictCombo.isVisibleTo(second)
    assert (spin(second, tiktok).value(), spin(second, budget).value()) == (30, 100)


def test_an_empty_fit_check_is_refused_beside_its_verdict(qtbot, db, pair):
    partnership_id, _ = pair
    dialog = make_dialog(qtbot, db, partnership_id)
    ui = dialog.ui
    dialog.show()
    assert ui.kindCombo.currentData() == CheckInKind.FIT_CHECK
    assert ui.verdictCombo.currentText() == "Choose a verdict"
    assert not dialog.save()
    assert check_ins(db) == []
    assert ui.verdictError.isVisible()
    assert ui.verdictError.text().startswith("A fit check needs a verdict")
    assert dialog.focusWidget() is ui.verdictCombo
    # Right under the verdict, not at the foot of the dialog.
    combo = ui.verdictCombo.mapTo(dialog, QPoint(0, ui.verdictCombo.height()))
    message = ui.verdictError.mapTo(dialog, QPoint(0, 0))
    assert 0 <= message.y() - combo.y() < ui.verdictCombo.height()
    pick(ui.verdictCombo, FitVerdict.GOOD_FIT)
    assert not ui.verdictError.isVisible()  # the message goes once a verdict is chosen
    assert dialog.save()
    assert [c.fit_verdict for c in check_ins(db)] == [FitVerdict.GOOD_FIT]


def test_problems_show_beside_their_fields_and_nothing_is_saved(qtbot, db, pair):
    partnership_id, _ = pair
    dialog = make_dialog(qtbot, db, partnership_id)
    ui = dialog.ui
    ui.dateEdit.setDate(QDate(2026, 11, 27))  # a week after "today"
    ui.nextMeetingCheck.setChecked(True)
    ui.nextMeetingEdit.setDate(QDate(2026, 11, 1))
    ui.summaryEdit.setPlainText("Kept when the save fails")
    assert not dialog.save()
    assert ui.dateError.isVisibleTo(dialog)
    assert "27 Nov 2026 is after today (20 Nov 2026)" in ui.dateError.text()
    assert "must come after this one" in ui.nextMeetingError.text()
    assert dialog.result() != QDialog.DialogCode.Accepted and check_ins(db) == []
    assert ui.summaryEdit.toPlainText() == "Kept when the save fails"
    ui.dateEdit.setDate(QDate(2026, 9, 20))  # before the partnership started
    assert not ui.dateError.isVisibleTo(dialog)  # the message goes once the date changes
    assert not dialog.save()
    assert "before the partnership started (1 Oct 2026)" in ui.dateError.text()

    # Ratings are optional: a partner who gave none is not made to have given one.
    ui.dateEdit.setDate(QDate(2026, 11, 2))
    ui.nextMeetingEdit.setDate(QDate(2026, 11, 16))
    pick(ui.verdictCombo, FitVerdict.DECIDING)  # the first meeting is a fit check
    assert dialog.save()
    [logged] = check_ins(db)
    assert (logged.mentor_rating, logged.mentee_rating) == (None, None)
    assert logged.summary == "Kept when the save fails"

    # The same kind of meeting on the same day is refused, with the reason by the date.
    again = make_dialog(qtbot, db, partnership_id)
    again.ui.dateEdit.setDate(QDate(2026, 11, 2))
    pick(again.ui.kindCombo, CheckInKind.FIT_CHECK)
    assert not again.save()
    assert "already logged" in again.ui.dateError.text()


def test_a_cancelled_meeting_greys_out_what_it_cannot_have(qtbot, db, pair):
    partnership_id, (tiktok, budget) = pair
    add_check_in(db, partnership_id, date(2026, 10, 8), CheckInKind.FIT_CHECK,
                 progress={tiktok: 20, budget: 40})  # fmt: skip
    dialog = make_dialog(qtbot, db, partnership_id)
    ui = dialog.ui
    measured = (ui.durationSpin, ui.mentorRatingCombo, ui.menteeRatingCombo, spin(dialog, tiktok))
    pick(ui.mentorRatingCombo, 3)
    spin(dialog, tiktok).setValue(90)
    qtbot.mouseClick(ui.cancelledRadio, Qt.MouseButton.LeftButton)
    assert ui.cancelledRadio.isChecked()
    assert not any(widget.isEnabled() for widget in measured)
    assert "cancelled meeting moves no goal" in ui.goalsIntro.text()
    ui.dateEdit.setDate(QDate(2026, 10, 22))
    ui.summaryEdit.setPlainText("Zoë was ill.")
    assert dialog.save()
    cancelled = check_ins(db)[-1]
    assert (cancelled.held, cancelled.duration_minutes, cancelled.mentor_rating) == (
        False, None, None,
    )  # fmt: skip
    assert load_check_in(db, cancelled.id).goal_progress == {}
    assert goal_state(db, tiktok) == (20, "open")  # unchanged by a meeting that did not happen

    other = make_dialog(qtbot, db, partnership_id)
    other.ui.cancelledRadio.setChecked(True)
    other.ui.heldRadio.setChecked(True)
    back = (other.ui.durationSpin, other.ui.mentorRatingCombo, spin(other, tiktok))
    assert all(widget.isEnabled() for widget in back)


@pytest.mark.parametrize("choice", ["yes", "no"])
def test_not_a_fit_offers_a_no_fault_ending(qtbot, db, pair, monkeypatch, choice):
    partnership_id, _ = pair
    asked = []
    button = QMessageBox.StandardButton.Yes if choice == "yes" else QMessageBox.StandardButton.No
    answer(monkeypatch, button, asked)
    dialog = make_dialog(qtbot, db, partnership_id)
    dialog.ui.dateEdit.setDate(QDate(2026, 10, 8))
    pick(dialog.ui.verdictCombo, FitVerdict.NOT_A_FIT)
    ended = []
    dialog.partnership_ended.connect(ended.append)
    assert dialog.save()
    assert len(asked) == 1 and asked[0].startswith(NO_FAULT_QUESTION)
    assert len(check_ins(db)) == 1  # the check-in is saved whatever the answer
    if choice == "yes":
        state, no_fault, reason = status(db, partnership_id)
        assert (state, no_fault) == (PartnershipStatus.ENDED_EARLY, True)
        assert "8 Oct 2026" in reason
        assert ended == [partnership_id] and dialog.ended
    else:
        assert status(db, partnership_id)[0] == PartnershipStatus.ACTIVE
        assert ended == []
        # Declined once, it is not asked again when the same check-in is corrected.
        fix = make_dialog(qtbot, db, partnership_id, check_ins(db)[0].id)
        fix.ui.summaryEdit.setPlainText("We will try two more sessions.")
        assert fix.save() and len(asked) == 1


def test_a_good_fit_asks_nothing(qtbot, db, pair):
    partnership_id, _ = pair
    dialog = make_dialog(qtbot, db, partnership_id)
    dialog.ui.dateEdit.setDate(QDate(2026, 10, 8))
    pick(dialog.ui.verdictCombo, FitVerdict.GOOD_FIT)
    assert dialog.save()  # an unexpected question would fail the test (tests/gui/conftest.py)
    assert status(db, partnership_id)[0] == PartnershipStatus.ACTIVE


@pytest.fixture
def history(db, pair):
    """Three check-ins of the pair: a fit check, a cancelled one, a check-in with notes."""
    partnership_id, (tiktok, budget) = pair
    ids = [
        add_check_in(db, partnership_id, date(2026, 10, 8), CheckInKind.FIT_CHECK,
                     progress={tiktok: 10, budget: 20}, fit_verdict=FitVerdict.GOOD_FIT,
                     mentor_rating=4, mentee_rating=5, summary="Good start."),
        add_check_in(db, partnership_id, date(2026, 10, 22), held=False,
                     summary="Quarter-end close."),
        add_check_in(db, partnership_id, date(2026, 11, 5), progress={tiktok: 50, budget: 20},
                     mentor_rating=5, mentee_rating=4, duration_minutes=45,
                     summary="First TikTok video posted.", next_steps="Post weekly.",
                     private_notes="Zoë finds her manager hard to read."),
    ]  # fmt: skip
    with db.session() as session, session.begin():  # the helper writes rows, not goal progress
        from revmentor_desktop.core.services.checkins import follow_goals

        follow_goals(session, [tiktok, budget])
    return partnership_id, ids


def make_history(qtbot, db, partnership_id):
    dialog = CheckInHistoryDialog(db, partnership_id, today=TODAY)
    qtbot.addWidget(dialog)
    return dialog


def column(table, number):
    return [table.item(row, number).text() for row in range(table.rowCount())]


def test_history_shows_newest_first_with_the_goals(qtbot, db, history):
    partnership_id, (fit, cancelled, latest) = history
    dialog = make_history(qtbot, db, partnership_id)
    ui = dialog.ui
    assert column(ui.checkInsTable, 0) == ["5 Nov 2026", "22 Oct 2026", "8 Oct 2026"]
    assert column(ui.checkInsTable, 2) == ["Held", "Cancelled", "Held"]
    assert column(ui.checkInsTable, 6) == ["", "", "Good fit"]
    assert ui.checkInsTable.horizontalHeaderItem(4).text().startswith("Dana Fox")
    assert column(ui.goalsTable, 0) == ["Post on TikTok every week", "Read a departmental budget"]
    assert column(ui.goalsTable, 1) == [f"{isolate('Zoë Adams')} learns", "Dana Fox learns"]
    assert column(ui.goalsTable, 2) == ["50 %", "20 %"]
    assert dialog.selected_row().id == latest
    details = ui.detailsLabel.text()
    assert "First TikTok video posted." in details and "Post weekly." in details
    assert "Has private notes" in details and "hard to read" not in details
    ui.checkInsTable.selectRow(2)
    assert "verdict: good fit" in ui.detailsLabel.text()


def test_deleting_asks_first_and_goals_go_back(qtbot, db, history, monkeypatch):
    partnership_id, (fit, cancelled, latest) = history
    tiktok = add_goal_ids(db, partnership_id)[0]
    dialog = make_history(qtbot, db, partnership_id)
    asked = []
    answer(monkeypatch, QMessageBox.StandardButton.Cancel, asked)
    qtbot.mouseClick(dialog.ui.deleteButton, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "5 Nov 2026" in asked[0]
    assert len(check_ins(db)) == 3
    answer(monkeypatch, QMessageBox.StandardButton.Yes, asked)
    with qtbot.waitSignal(dialog.changed):
        qtbot.keyClick(dialog.ui.checkInsTable, Qt.Key.Key_Delete)  # the key does it too
    assert [c.id for c in check_ins(db)] == [fit, cancelled]
    assert column(dialog.ui.checkInsTable, 0) == ["22 Oct 2026", "8 Oct 2026"]
    assert goal_state(db, tiktok) == (10, "open")  # back to the fit check's
    assert column(dialog.ui.goalsTable, 2)[0] == "10 %"


def add_goal_ids(db, partnership_id):
    with db.session() as session:
        return [goal.id for goal in session.get(Partnership, partnership_id).goals]


def test_editing_from_the_history_persists(qtbot, db, history, monkeypatch):
    partnership_id, (fit, cancelled, latest) = history
    tiktok, budget = add_goal_ids(db, partnership_id)
    opened = []

    def run(self, dialog):
        opened.append(dialog)
        assert dialog.ui.privateNotesEdit.toPlainText() == "Zoë finds her manager hard to read."
        dialog.ui.summaryEdit.setPlainText("First TikTok video posted: 300 views.")
        spin(dialog, tiktok).setValue(60)
        return dialog.save()

    monkeypatch.setattr(CheckInHistoryDialog, "_run_dialog", run)
    dialog = make_history(qtbot, db, partnership_id)
    with qtbot.waitSignal(dialog.changed):
        qtbot.keyClick(dialog.ui.checkInsTable, Qt.Key.Key_Return)  # Enter edits the selected
    assert len(opened) == 1 and opened[0].check_in_id == latest
    entry = load_check_in(db, latest)
    assert entry.summary == "First TikTok video posted: 300 views."
    assert entry.goal_progress == {tiktok: 60, budget: 20}
    assert goal_state(db, tiktok) == (60, "open")
    assert column(dialog.ui.checkInsTable, 7)[0] == "First TikTok video posted: 300 views."
    assert dialog.selected_row().id == latest


def test_logging_from_the_history(qtbot, db, history, monkeypatch):
    partnership_id, _ = history

    def run(self, dialog):
        assert dialog.check_in_id is None
        dialog.ui.dateEdit.setDate(QDate(2026, 11, 19))
        pick(dialog.ui.kindCombo, CheckInKind.MIDPOINT_REVIEW)
        return dialog.save()

    monkeypatch.setattr(CheckInHistoryDialog, "_run_dialog", run)
    dialog = make_history(qtbot, db, partnership_id)
    qtbot.mouseClick(dialog.ui.logButton, Qt.MouseButton.LeftButton)
    assert column(dialog.ui.checkInsTable, 1)[0] == "Mid-point review"
    assert dialog.selected_row().held_on == date(2026, 11, 19)


def test_a_finished_partnership_is_read_only(qtbot, db, small_org):
    partnership_id, _ = add_partnership(db, small_org, "dana.fox@x.org", "zoe.adams@x.org",
                                        status=PartnershipStatus.COMPLETED)  # fmt: skip
    check_in = add_check_in(db, partnership_id, date(2026, 10, 8), private_notes="Private.")
    with pytest.raises(RevMentorError, match="completed"):
        CheckInDialog(db, partnership_id, today=TODAY)
    history = make_history(qtbot, db, partnership_id)
    assert not history.ui.logButton.isEnabled() and not history.ui.deleteButton.isEnabled()
    assert history.ui.editButton.text() == "&View…" and history.ui.editButton.isEnabled()
    dialog = make_dialog(qtbot, db, partnership_id, check_in)
    assert dialog.read_only and save_button(dialog) is None
    assert dialog.ui.privateNotesEdit.isReadOnly()
    assert dialog.ui.privateNotesEdit.toPlainText() == "Private."
    assert not dialog.ui.meetingGroup.isEnabled()
    assert not dialog.save()


def test_closing_with_changes_asks_first(qtbot, db, pair, monkeypatch):
    partnership_id, _ = pair
    dialog = make_dialog(qtbot, db, partnership_id)
    dialog.reject()  # nothing changed: closes without a question
    assert dialog.result() == QDialog.DialogCode.Rejected
    dialog = make_dialog(qtbot, db, partnership_id)
    dialog.ui.summaryEdit.setPlainText("Half-written")
    asked = []
    answer(monkeypatch, QMessageBox.StandardButton.Cancel, asked)
    dialog.setResult(-1)
    dialog.reject()
    assert len(asked) == 1 and dialog.result() == -1  # still open, text kept
    answer(monkeypatch, QMessageBox.StandardButton.Discard, asked)
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected and check_ins(db) == []


def test_keyboard_order_buddies_and_remembered_size(qtbot, db, pair):
    partnership_id, (tiktok, budget) = pair
    dialog = make_dialog(qtbot, db, partnership_id)
    ui = dialog.ui
    chain, widget = [], ui.kindCombo
    while True:
        chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is ui.kindCombo:
            break
    wanted = [ui.kindCombo, ui.dateEdit, ui.heldRadio, ui.durationSpin, ui.verdictCombo,
              ui.mentorRatingCombo, ui.menteeRatingCombo, ui.nextMeetingCheck,
              ui.nextMeetingEdit, spin(dialog, tiktok), spin(dialog, budget), ui.summaryEdit,
              ui.nextStepsEdit, ui.privateNotesEdit]  # fmt: skip
    positions = [chain.index(widget) for widget in wanted]
    assert positions == sorted(positions)
    for label, field in ((ui.kindLabel, ui.kindCombo), (ui.dateLabel, ui.dateEdit),
                         (ui.durationLabel, ui.durationSpin),
                         (ui.mentorRatingLabel, ui.mentorRatingCombo),
                         (ui.summaryLabel, ui.summaryEdit),
                         (ui.privateNotesLabel, ui.privateNotesEdit)):  # fmt: skip
        assert label.buddy() is field
    assert ui.summaryEdit.tabChangesFocus() and ui.privateNotesEdit.tabChangesFocus()
    assert "managers" in ui.summaryHint.text()
    assert "never appear in any report or export" in ui.privateNotesHint.text()
    assert (
        spin(dialog, tiktok).accessibleName() == "Progress of the goal “Post on TikTok every week”"
    )
    dialog.resize(760, 590)  # within the offscreen screen, which a restored size must fit
    dialog.reject()
    again = make_dialog(qtbot, db, partnership_id)
    assert (again.width(), again.height()) == (760, 590)


# --- importing check-ins ------------------------------------------------------------------

SURVEY = (
    "Timestamp,Reverse mentor email,Mentee email,Meeting date,Session type,Did you meet?,"
    "Duration,Mentor rating,Mentee rating,Topics discussed,Notes\n"
    "2026-10-09 10:00,dana.fox@x.org,zoe.adams@x.org,08/10/2026,Fit check,Yes,50 min,4,5,"
    "Got to know each other,Zoë is nervous about video\n"
    "2026-10-23 09:00,dana.fox@x.org,zoe.adams@x.org,22/10/2026,Check-in,Yes,1 h,5,4,"
    "First TikTok video,\n"
)
ONE_BAD = SURVEY + "2026-10-24 09:00,nobody@x.org,zoe.adams@x.org,23/10/2026,Check-in,Yes,,,,,\n"


def survey_file(tmp_path, text):
    path = tmp_path / "survey.csv"
    path.write_text(text, encoding="utf-8-sig")
    return path


def count_check_ins(db):
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(CheckIn))


def test_check_ins_import_through_the_same_dialog(qtbot, db, pair, tmp_path):
    dialog = ImportDialog(db, survey_file(tmp_path, ONE_BAD), kind=CHECK_INS)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Import check-ins"
    assert not dialog.ui.programmeCombo.isEditable()  # only existing programmes narrow it down
    dialog.next_step()
    mapping = dialog.mapping()
    assert [mapping[i] for i in range(11)] == [
        None, "reverse_mentor_email", "mentee_email", "date", "kind", "held",
        "duration_minutes", "reverse_mentor_rating", "mentee_rating", "summary", "private_notes",
    ]  # fmt: skip
    dialog.next_step()
    assert dialog.ui.pages.currentWidget().objectName() == "importPreviewPage"
    assert dialog.ui.summaryLabel.text().startswith(
        "2 to create, 0 already logged (left alone), 1 with problems (shaded)."
    )
    preview = dialog.ui.previewTable.model()
    assert preview.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == (
        "Partners"
    )
    assert preview.rowCount() == 1 and preview.index(0, 0).data() == 4
    assert "nobody@x.org" in preview.index(0, 4).data()
    assert not dialog.ui.importButton.isEnabled()
    assert count_check_ins(db) == 0  # the preview writes nothing
    dialog.ui.skipBadRowsCheck.setChecked(True)
    with qtbot.waitSignal(dialog.imported) as imported:
        qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
    summary = imported.args[0]
    assert (summary.created, summary.skipped, summary.rejected) == (2, 0, 1)
    fit, regular = check_ins(db)
    assert (fit.kind, fit.fit_verdict, fit.duration_minutes) == (CheckInKind.FIT_CHECK, None, 50)
    assert fit.private_notes == "Zoë is nervous about video" and regular.duration_minutes == 60

    # The same export again: both rows are already logged and left alone.
    again = ImportDialog(db, survey_file(tmp_path, SURVEY), kind=CHECK_INS)
    qtbot.addWidget(again)
    again.next_step()
    again.next_step()
    assert again.ui.summaryLabel.text().startswith("0 to create, 2 already logged")
    again.ui.previewTable.setCurrentIndex(again.ui.previewTable.model().index(0, 0))
    assert "left alone" in again.ui.rowDetailLabel.text()


def test_check_in_columns_must_name_the_pair_and_the_date(qtbot, db, pair, tmp_path):
    dialog = ImportDialog(db, survey_file(tmp_path, SURVEY), kind=CHECK_INS)
    qtbot.addWidget(dialog)
    dialog.next_step()
    dialog.ui.mappingTable.cellWidget(3, 1).setCurrentIndex(0)  # ignore the date column
    dialog.next_step()
    assert dialog.ui.pages.currentWidget().objectName() == "importMappingPage"
    assert "the date" in dialog.ui.mappingProblemLabel.text()
