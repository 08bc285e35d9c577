"""A partnership, goal or check-in another coordinator saved first: the wizard and the dialogs say
who and when, keep the edits on screen, and show what is stored on Reload."""

import re
from datetime import date, timedelta

import pytest
from factories import consent_all, ids_by_email
from PySide6.QtWidgets import QMessageBox

from revmentor_desktop.core.db.models import (
    CheckIn,
    Goal,
    GoalDirection,
    Partnership,
    PartnershipStatus,
)
from revmentor_desktop.core.services import checkins
from revmentor_desktop.core.services.partnerships.agreement import (
    COMMUNICATION,
    GoalDraft,
    apply_defaults,
)
from revmentor_desktop.core.services.partnerships.life import list_partnerships, touch
from revmentor_desktop.core.services.partnerships.setup import (
    activate,
    load_agreement,
    new_agreement,
)
from revmentor_desktop.core.vocabulary import GROUND_RULES
from revmentor_desktop.gui.dialogs.checkin import CheckInDialog
from revmentor_desktop.gui.dialogs.end_partnership import EndPartnershipDialog
from revmentor_desktop.gui.wizard.partnership_wizard import PartnershipWizard

REFUSED = r"^Priya changed this at \d\d:\d\d — reload and apply your change again$"
TODAY = date.today()  # a new partnership starts today at the earliest


def by_priya(db, model, key, **values):
    """Priya's save from her own computer, as this database sees it (on SQLite only one app
    writes at a time, so hers is made here): new values, a new version, her name. A goal's
    change moves its partnership's version too, as the services do."""
    with db.session() as session, session.begin():
        session.info["editor"] = "Priya"
        row = session.get(model, key)
        for name, value in values.items():
            setattr(row, name, value)
        return row


@pytest.fixture
def live(db, small_org) -> int:
    """Dana and Zoë's active partnership, every step of its agreement complete."""
    consent_all(db)
    people = ids_by_email(db)
    agreement = new_agreement(db, small_org, people["dana.fox@x.org"], people["zoe.adams@x.org"])
    for step in range(5):
        apply_defaults(db, agreement, step)
    start = agreement.start_date
    agreement.goals = [
        GoalDraft(direction, title, "Shown at a check-in", start + timedelta(days=60))
        for direction, title in zip(
            GoalDirection, ("Post a video weekly", "Read a budget"),
            strict=True,
        )
    ]  # fmt: skip
    agreement.channels, agreement.meeting_place = ["video"], "Room 4.12"
    agreement.confidentiality_agreed = True
    agreement.ground_rules_accepted = [key for key, _ in GROUND_RULES]
    agreement.manager_visibility = "The goals and how they progress"
    agreement.success_measures = "Every goal reached by its date"
    agreement.no_fault_acknowledged = True
    agreement.mentor_signoff_name, agreement.mentee_signoff_name = "Dana Fox", "Zoë Adams"
    return activate(db, agreement).id


def wizard_on(db, partnership_id, step, closing):
    wizard = PartnershipWizard(db, partnership_id)
    closing(wizard)
    wizard.show()
    while wizard.currentId() < step:
        wizard.next()
    assert wizard.currentId() == step
    return wizard


def test_a_refused_agreement_save_keeps_the_edits_then_reload_shows_priyas(
    qtbot, db, live, boxes, closing
):
    wizard = wizard_on(db, live, COMMUNICATION, closing)
    page = wizard.currentPage()
    page.ui.meetingPlaceEdit.setText("Tom's room")
    by_priya(db, Partnership, live, preferred_times="Priya's mornings")

    wizard.next()  # Next saves the step: refused
    [(name, text)] = boxes
    assert name == "changedElsewhereBox" and re.match(REFUSED, text)
    assert wizard.currentId() == COMMUNICATION
    assert page.ui.meetingPlaceEdit.text() == "Tom's room"  # the edits stay
    assert page.problems_shown()["page"].startswith("Priya changed this at")
    stored = load_agreement(db, live)
    assert (stored.meeting_place, stored.preferred_times) == ("Room 4.12", "Priya's mornings")

    boxes.answer = "&Reload"
    wizard.next()
    assert len(boxes) == 2 and wizard.currentId() == COMMUNICATION
    assert page.ui.meetingPlaceEdit.text() == "Room 4.12"
    assert page.ui.preferredTimesEdit.text() == "Priya's mornings"
    assert page.problems_shown()["page"].startswith("Reloaded")
    assert not wizard.has_unsaved_changes()

    page.ui.meetingPlaceEdit.setText("Tom's room")  # applied again, on her version
    wizard.next()
    assert len(boxes) == 2 and wizard.currentId() == COMMUNICATION + 1
    stored = load_agreement(db, live)
    assert (stored.meeting_place, stored.preferred_times) == ("Tom's room", "Priya's mornings")


def test_a_goal_priya_changed_is_not_saved_over(qtbot, db, live, boxes, closing):
    wizard = wizard_on(db, live, COMMUNICATION, closing)
    page = wizard.currentPage()
    page.ui.meetingPlaceEdit.setText("Tom's room")
    goal_id = load_agreement(db, live).goals[0].id
    with db.session() as session, session.begin():  # as the services change a goal
        session.info["editor"] = "Priya"
        session.get(Goal, goal_id).title = "Post two videos weekly"
        touch(session.get(Partnership, live))

    assert not wizard._save(page, finish=True)  # Finish and save, with the old goals
    assert [name for name, _ in boxes] == ["changedElsewhereBox"]
    stored = load_agreement(db, live)
    assert (stored.goals[0].title, stored.meeting_place) == ("Post two videos weekly", "Room 4.12")
    assert page.ui.meetingPlaceEdit.text() == "Tom's room"
    boxes.answer = "&Reload"
    assert not wizard._save(page, finish=True)
    assert wizard.current_agreement().goals[0].title == "Post two videos weekly"
    page.ui.meetingPlaceEdit.setText("Tom's room")
    assert wizard._save(page, finish=True)
    stored = load_agreement(db, live)
    assert (stored.goals[0].title, stored.meeting_place) == ("Post two videos weekly", "Tom's room")


def check_in_of(db, partnership_id) -> int:
    return checkins.log_check_in(
        db,
        checkins.CheckInEntry(partnership_id, TODAY, summary="First talk"),
        TODAY,
    )


def test_a_refused_check_in_edit_keeps_the_edits_then_reload_shows_priyas(
    qtbot, db, live, boxes, closing
):
    check_in_id = check_in_of(db, live)
    dialog = CheckInDialog(db, live, check_in_id, today=TODAY)
    closing(dialog)
    dialog.ui.nextStepsEdit.setPlainText("Tom's next steps")
    dialog.goal_rows[0].spin.setValue(30)
    by_priya(db, CheckIn, check_in_id, summary="Priya's summary")

    assert not dialog.save()
    assert [name for name, _ in boxes] == ["changedElsewhereBox"]
    assert dialog.ui.formError.text().startswith("Priya changed this at")
    assert dialog.ui.nextStepsEdit.toPlainText() == "Tom's next steps"
    assert dialog.goal_rows[0].value == 30
    assert checkins.load_check_in(db, check_in_id).next_steps == ""

    boxes.answer = "&Reload"
    assert not dialog.save()
    assert dialog.ui.summaryEdit.toPlainText() == "Priya's summary"
    assert dialog.ui.nextStepsEdit.toPlainText() == ""
    assert dialog.goal_rows[0].value == 0 and len(dialog.goal_rows) == 2
    assert dialog.ui.formError.isHidden() and not dialog.has_changes()

    dialog.ui.nextStepsEdit.setPlainText("Tom's next steps")
    assert dialog.save()
    saved = checkins.load_check_in(db, check_in_id)
    assert (saved.summary, saved.next_steps) == ("Priya's summary", "Tom's next steps")


def test_a_new_check_in_for_a_partnership_priya_ended_says_so(qtbot, db, live, boxes, closing):
    check_in_of(db, live)
    dialog = CheckInDialog(db, live, today=TODAY)
    closing(dialog)
    dialog.ui.summaryEdit.setPlainText("Tom's notes of the meeting")
    by_priya(db, Partnership, live, status=PartnershipStatus.ENDED_EARLY)
    assert not dialog.save()
    assert boxes == []  # nothing to reload into: the message says what happened
    assert re.match(
        r"^Not saved: Priya ended this partnership early at \d\d:\d\d; check-ins are logged",
        dialog.ui.formError.text(),
    )
    assert dialog.ui.summaryEdit.toPlainText() == "Tom's notes of the meeting"
    assert len(checkins.check_in_history(db, live)) == 1


def test_ending_a_partnership_priya_changed_asks_again(qtbot, db, live, boxes, closing):
    [row] = list_partnerships(db)
    dialog = EndPartnershipDialog(db, row)
    closing(dialog)
    dialog.ui.reasonEdit.setPlainText("Zoë moves abroad")
    by_priya(db, Partnership, live, status=PartnershipStatus.PAUSED)
    assert not dialog.end()
    assert [name for name, _ in boxes] == ["changedElsewhereBox"]
    assert list_partnerships(db)[0].status == PartnershipStatus.PAUSED
    boxes.answer = "&Reload"
    assert not dialog.end()
    assert dialog.ui.reasonEdit.toPlainText() == "Zoë moves abroad"
    assert dialog.end()  # decided now on the paused partnership, as stored
    assert list_partnerships(db)[0].status == PartnershipStatus.ENDED_EARLY


def test_the_wizard_finishes_normally_when_nobody_else_saved(qtbot, db, live, boxes, closing):
    wizard = wizard_on(db, live, COMMUNICATION, closing)
    wizard.currentPage().ui.meetingPlaceEdit.setText("Room 5")
    wizard.accept()  # Finish and save
    assert boxes == [] and load_agreement(db, live).meeting_place == "Room 5"


def test_the_partnerships_page_pauses_only_what_it_showed(qtbot, db, live, monkeypatch):
    from revmentor_desktop.gui.pages.partnerships import PartnershipsView

    view = PartnershipsView(db)
    qtbot.addWidget(view)
    assert view.select_partnership(live)
    by_priya(db, Partnership, live, meeting_place="Priya's room")
    warnings = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _parent, _title, text: warnings.append(text))
    )
    view.ui.pauseButton.click()
    assert len(warnings) == 1 and re.match(REFUSED, warnings[0])
    assert list_partnerships(db)[0].status == PartnershipStatus.ACTIVE
    assert view.selected_row().version == list_partnerships(db)[0].version  # read again
    view.ui.pauseButton.click()  # decided now on what is stored
    assert len(warnings) == 1 and list_partnerships(db)[0].status == PartnershipStatus.PAUSED
