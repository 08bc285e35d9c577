"""The partnership set-up wizard, driven as a coordinator and a pair would: keys, drafts, edits."""

from datetime import date, datetime, time, timedelta

import pytest
from factories import consent_all, ids_by_email
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QWizard,
)
from sqlalchemy import select, update

from revmentor_desktop.core.db.models import (
    GoalDirection,
    Partnership,
    PartnershipStatus,
    Person,
)
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.matching import Matcher
from revmentor_desktop.core.services.coordinator import coordinator_email, save_coordinator_email
from revmentor_desktop.core.services.partnerships import setup
from revmentor_desktop.core.services.partnerships.agreement import GoalDraft, apply_defaults
from revmentor_desktop.core.services.partnerships.meeting_series import local_zone
from revmentor_desktop.core.services.partnerships.setup import new_agreement, save_step
from revmentor_desktop.core.services.suggestions import (
    accept_pairs,
    load_cohort,
    load_matching_settings,
)
from revmentor_desktop.core.text import isolate
from revmentor_desktop.core.vocabulary import GROUND_RULES
from revmentor_desktop.gui.window_state import window_settings
from revmentor_desktop.gui.wizard import partnership_wizard
from revmentor_desktop.gui.wizard.partnership_wizard import GEOMETRY_KEY, PartnershipWizard

MENTEE_LEARNS, MENTOR_LEARNS = GoalDirection.MENTEE_LEARNS, GoalDirection.MENTOR_LEARNS
PAGE_NAMES = ["partnersPage", "goalsPage", "communicationPage", "opennessPage", "progressPage"]
ALT = Qt.KeyboardModifier.AltModifier
Button = QMessageBox.StandardButton
# A new partnership starts when the programme does (1 Oct 2026), or today once that is past.
DEFAULT_START = max(date(2026, 10, 1), date.today())


def stored(db, partnership_id):
    with db.session() as session:
        partnership = session.get(Partnership, partnership_id)
        goals = [(g.direction, g.title, g.success_measure) for g in partnership.goals]
        return partnership, goals


def partnership_ids(db):
    with db.session() as session:
        return list(session.scalars(select(Partnership.id)))


def fill_step(agreement, step):
    """What a pair would agree in each step (beyond the defaults), as plain values."""
    start = agreement.start_date
    if step == 1:
        agreement.goals = [
            GoalDraft(MENTEE_LEARNS, "Post a short video each week", "Four videos posted",
                         start + timedelta(days=60)),
            GoalDraft(MENTOR_LEARNS, "Read a department budget", "Explains the Q3 budget",
                         start + timedelta(days=90)),
        ]  # fmt: skip
    elif step == 2:
        agreement.channels = ["video"]
        agreement.meeting_place = "Room 4.12"
    elif step == 3:
        agreement.confidentiality_agreed = True
        agreement.ground_rules_accepted = [key for key, _ in GROUND_RULES]
        agreement.manager_visibility = "The goals and how they progress"
    elif step == 4:
        agreement.success_measures = "Every goal reached by its date"
        agreement.no_fault_acknowledged = True
        agreement.mentor_signoff_name = "Dana Fox"
        agreement.mentee_signoff_name = "Zoë Adams"


def make_partnership(db, programme_id, steps, *, mentor="dana.fox@x.org", activate=False):
    """Dana Fox and Zoë Adams with the first `steps` steps saved (and activated if asked)."""
    people = ids_by_email(db)
    agreement = new_agreement(db, programme_id, people[mentor], people["zoe.adams@x.org"])
    for step in range(steps):
        apply_defaults(db, agreement, step)
        fill_step(agreement, step)
        agreement = save_step(db, agreement, step)
    if activate:
        agreement = setup.activate(db, agreement)
    return agreement.id


@pytest.fixture
def open_wizard(qtbot, db, small_org):
    """Shows a wizard (without a modal loop) and makes it the active window.

    Everyone has consented, as before any pair starts; the consent tests take it back.
    """
    consent_all(db)
    wizards = []

    def make(partnership_id=None, programme_id=small_org):
        wizard = PartnershipWizard(db, partnership_id, programme_id=programme_id)
        wizards.append(wizard)
        signals = {"saved": [], "activated": []}
        wizard.saved.connect(signals["saved"].append)
        wizard.activated.connect(signals["activated"].append)
        wizard.signals = signals
        with qtbot.waitExposed(wizard):
            wizard.show()
        wizard.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
        return wizard

    yield make
    for wizard in wizards:  # closed without a question as the test ends
        if wizard.isVisible():
            QDialog.done(wizard, QDialog.DialogCode.Rejected)
        wizard.deleteLater()


def focused():
    return QApplication.focusWidget()


def receiver(qtbot):
    """Where Qt delivers the next key: an open popup (a picker's completions) first.

    Shown and closed popups change the active window through queued window-system events;
    a window manager gives activation back to the dialog once a popup closes, the offscreen
    platform leaves the closed popup "active", so that is done here.
    """
    QApplication.processEvents()
    popup = QApplication.activePopupWidget()
    if popup is not None:
        return popup
    active = QApplication.activeWindow()
    if active is not None and active.windowFlags() & Qt.WindowType.Popup == Qt.WindowType.Popup:
        window = QApplication.focusWidget().window()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return QApplication.focusWidget()


def type_into(qtbot, text):
    qtbot.keyClicks(receiver(qtbot), text)


def tab(qtbot, times=1):
    for _ in range(times):
        qtbot.keyClick(receiver(qtbot), Qt.Key.Key_Tab)
    receiver(qtbot)  # settle, so focused() tells where the keyboard is now


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(receiver(qtbot), key, modifier)
    receiver(qtbot)


def mnemonic(qtbot, letter, done):
    """Alt+letter, as a user presses it; the button clicks a moment later (it shows being
    pressed first), so wait until `done()` says it happened."""
    press(qtbot, getattr(Qt.Key, f"Key_{letter}"), ALT)
    qtbot.waitUntil(done)


def go_next(qtbot, wizard):
    page = wizard.currentId()
    mnemonic(qtbot, "N", lambda: wizard.currentId() == page + 1)


def answer_with(monkeypatch, button):
    """Answer the wizard's question box with `button`; returns what it asked."""
    asked = []

    def exec_(box):
        asked.append((box.text(), [b.text() for b in box.buttons()]))
        return button.value

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


# --- the whole wizard with the keyboard alone -------------------------------------------------
def test_keyboard_alone_sets_up_an_active_partnership_with_goals_both_ways(qtbot, db, open_wizard):
    wizard = open_wizard()
    assert wizard.objectName() == "partnershipWizard"
    assert [wizard.page(i).objectName() for i in wizard.pageIds()] == PAGE_NAMES
    assert wizard.windowTitle() == "New partnership"
    partners = wizard.pages[0]
    # 1 Partners: the programme is chosen, so the reverse mentor's picker has the keyboard.
    assert focused() is partners.ui.mentorCombo
    type_into(qtbot, "Dana")
    tab(qtbot)
    assert focused() is partners.ui.menteeCombo
    type_into(qtbot, "Zoe")  # accents are ignored: this finds Zoë
    tab(qtbot)
    assert "Dana Fox" in partners.ui.mentorProfileLabel.text()
    assert "Zoë Adams" in partners.ui.menteeProfileLabel.text()
    assert wizard.windowTitle() == f"Set up a partnership: Dana Fox and {isolate('Zoë Adams')}"
    go_next(qtbot, wizard)

    # 2 Goals: dates and hours come from the programme and the people; one goal each way.
    goals = wizard.pages[1]
    draft = wizard.agreement.id
    assert draft is not None and wizard.signals["saved"] == [draft]
    assert focused() is goals.ui.startDateEdit
    assert goals.ui.startDateEdit.date().toPython() == DEFAULT_START
    tab(qtbot, 4)
    assert focused() is goals.ui.addGoalButton
    press(qtbot, Qt.Key.Key_Space)
    assert focused() is goals.ui.directionCombo
    assert goals.ui.directionCombo.currentData() == MENTEE_LEARNS
    tab(qtbot)
    type_into(qtbot, "Post a short video each week")
    tab(qtbot)
    type_into(qtbot, "Four videos posted by December")
    mnemonic(qtbot, "A", lambda: goals.ui.goalsTable.rowCount() == 2)  # Add goal
    # The other direction has fewer goals now, so the new one goes that way.
    assert goals.ui.directionCombo.currentData() == MENTOR_LEARNS
    tab(qtbot)
    type_into(qtbot, "Read a department budget")
    tab(qtbot)
    type_into(qtbot, "Explains the Q3 budget to the team")
    go_next(qtbot, wizard)

    # 3 Communication: tick a channel with Space, type the place, Enter goes on.
    communication = wizard.pages[2]
    assert focused() is communication.ui.channelCheck_in_person
    press(qtbot, Qt.Key.Key_Space)
    tab(qtbot, 7)
    assert focused() is communication.ui.meetingPlaceEdit
    type_into(qtbot, "Room 4.12")
    assert communication.ui.intervalCombo.currentData() == 14  # the programme's rhythm
    press(qtbot, Qt.Key.Key_Return)

    # 4 Openness: confidentiality and the five ground rules one by one.
    assert wizard.currentId() == 3
    openness = wizard.pages[3]
    assert focused() is openness.ui.confidentialityCheck
    press(qtbot, Qt.Key.Key_Space)
    tab(qtbot, 3)
    assert focused() is openness.ui.menteeFeedbackEdit
    type_into(qtbot, "In writing first")
    for key, _ in GROUND_RULES:
        tab(qtbot)
        assert focused() is openness.rule_checks[key]
        press(qtbot, Qt.Key.Key_Space)
    tab(qtbot)
    assert focused() is openness.ui.managerVisibilityEdit
    type_into(qtbot, "The goals and how they progress")
    assert not openness.ui.externalRestrictionsEdit.isVisible()  # nobody is external
    go_next(qtbot, wizard)

    # 5 Progress: review dates are filled in; measures, no-fault and both sign-offs typed.
    progress = wizard.pages[4]
    assert focused() is progress.ui.checkinIntervalSpin
    fit_check = progress.ui.fitCheckDateEdit.date().toPython()
    assert DEFAULT_START < fit_check <= DEFAULT_START + timedelta(days=21)  # soon after it starts
    tab(qtbot, 4)
    type_into(qtbot, "Both goals reached by their dates")
    tab(qtbot)
    assert focused() is progress.ui.noFaultCheck
    press(qtbot, Qt.Key.Key_Space)
    tab(qtbot)
    type_into(qtbot, "Dana Fox")
    tab(qtbot, 2)
    assert focused() is progress.ui.menteeSignoffNameEdit
    type_into(qtbot, "Zoe Adams")
    mnemonic(qtbot, "F", lambda: not wizard.isVisible())  # Finish and activate

    assert wizard.result() == QDialog.DialogCode.Accepted
    assert wizard.signals["activated"] == [draft]
    partnership, saved_goals = stored(db, draft)
    assert partnership.status == PartnershipStatus.ACTIVE and partnership.activated_at
    assert partnership.wizard_step == 5
    assert saved_goals == [
        (MENTEE_LEARNS, "Post a short video each week", "Four videos posted by December"),
        (MENTOR_LEARNS, "Read a department budget", "Explains the Q3 budget to the team"),
    ]
    assert partnership.channels == ["in_person"]
    assert partnership.meeting_place == "Room 4.12"
    assert partnership.mentee_feedback_preference == "In writing first"
    assert sorted(partnership.ground_rules_accepted) == sorted(k for k, _ in GROUND_RULES)
    assert (partnership.mentor_signoff_name, partnership.mentee_signoff_name) == (
        "Dana Fox", "Zoe Adams")  # fmt: skip


def test_the_direction_of_a_goal_changes_with_the_arrow_keys_and_delete_removes_it(
    qtbot, db, small_org, open_wizard
):
    wizard = open_wizard(make_partnership(db, small_org, 1))
    goals = wizard.pages[1]
    goals.ui.addGoalButton.click()
    combo = goals.ui.directionCombo
    assert combo.currentData() == MENTEE_LEARNS
    assert combo.currentText() == f"{isolate('Zoë Adams')} learns from Dana Fox"
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert goals.goals[-1].direction == MENTOR_LEARNS
    assert goals.ui.goalsTable.item(0, 0).text() == "Dana Fox learns"
    goals.ui.goalsTable.setFocus()
    qtbot.keyClick(goals.ui.goalsTable, Qt.Key.Key_Delete)
    assert goals.goals == [] and goals.ui.goalsTable.rowCount() == 0
    assert focused() is goals.ui.addGoalButton


# --- each page's validation ------------------------------------------------------------------
def test_partners_are_required_and_the_message_sits_by_the_picker(qtbot, db, open_wizard):
    wizard = open_wizard()
    page = wizard.pages[0]
    mnemonic(qtbot, "N", lambda: bool(page.problems_shown()))
    assert wizard.currentId() == 0
    shown = page.problems_shown()
    assert shown["mentor_id"].startswith("Choose the reverse mentor")
    assert shown["mentee_id"].startswith("Choose the mentee")
    assert shown["page"] == "Fix the 2 problems shown in red on this page before going on."
    assert focused() is page.ui.mentorCombo
    assert partnership_ids(db) == []
    # A name nobody has is said so, by the field.
    page.ui.mentorCombo.setEditText("Nobody-like-this")
    page.ui.menteeCombo.setEditText("Zoe")
    wizard.next()
    assert page.problems_shown()["mentor_id"] == (
        "Nobody on the list matches “Nobody-like-this”: type part of a name"
    )
    # Typing in the field clears its message.
    page.ui.mentorCombo.setFocus()
    qtbot.keyClick(page.ui.mentorCombo, Qt.Key.Key_Backspace)
    assert "mentor_id" not in page.problems_shown()


def test_a_pair_that_is_already_working_together_cannot_go_on(qtbot, db, small_org, open_wizard):
    make_partnership(db, small_org, 1)  # Dana and Zoë have a draft already
    wizard = open_wizard()
    page = wizard.pages[0]
    page.ui.mentorCombo.setEditText("Dana")
    page.ui.menteeCombo.setEditText("Zoe")
    assert page.ui.problemsLabel.isVisible()
    assert "partner" in page.ui.problemsLabel.text()
    wizard.next()
    assert wizard.currentId() == 0
    assert page.problems_shown()  # the reason is repeated where the user looks
    assert len(partnership_ids(db)) == 1


def test_a_pair_the_wrong_way_round_needs_a_written_reason(qtbot, db, small_org, open_wizard):
    with db.session() as session, session.begin():
        zoe = session.scalar(select(Person).where(Person.email == "zoe.adams@x.org"))
        session.execute(
            update(Person).where(Person.email == "dana.fox@x.org").values(level_id=zoe.level_id)
        )
    wizard = open_wizard()
    page = wizard.pages[0]
    assert not page.ui.overrideReasonEdit.isVisible()
    page.ui.mentorCombo.setEditText("Dana")
    page.ui.menteeCombo.setEditText("Zoe")
    assert page.ui.overrideReasonEdit.isVisible()
    assert page.ui.warningsLabel.isVisible() and page.ui.warningsLabel.text()
    wizard.next()
    assert wizard.currentId() == 0
    assert page.problems_shown()["override_reason"].endswith(
        "Write why this pair should go ahead anyway."
    )
    assert focused() is page.ui.overrideReasonEdit
    qtbot.keyClicks(page.ui.overrideReasonEdit, "Dana leads the data team in practice")
    assert "override_reason" not in page.problems_shown()
    wizard.next()
    assert wizard.currentId() == 1
    assert stored(db, wizard.agreement.id)[0].override_reason == (
        "Dana leads the data team in practice"
    )


def test_the_goals_page_needs_a_goal_each_way_each_with_a_title(qtbot, db, small_org, open_wizard):
    wizard = open_wizard(make_partnership(db, small_org, 1))
    goals = wizard.pages[1]
    assert wizard.currentId() == 1
    wizard.next()
    assert wizard.currentId() == 1
    assert "goals" in goals.problems_shown()
    assert focused() is goals.ui.addGoalButton  # no goal yet: adding one is what to do
    goals.add_goal()
    goals.add_goal()
    goals.ui.goalTitleEdit.setText("")  # the second one, selected, has no title
    goals._select(0)
    goals.ui.goalTitleEdit.setFocus()
    qtbot.keyClicks(goals.ui.goalTitleEdit, "Post a video")
    wizard.next()
    assert wizard.currentId() == 1
    # The first goal lacks a success measure, the second a title and a measure: the first
    # wrong goal is selected, its messages shown by its fields, the first field focused.
    assert goals.current_row() == 0
    assert "success measure" in goals.ui.successMeasureError.text()
    assert goals.ui.successMeasureError.isVisible()
    assert not goals.ui.goalTitleError.isVisible()
    assert focused() is goals.ui.successMeasureEdit
    assert goals.problems_shown()["page"].startswith("Fix the 3 problems")
    goals._select(1)
    assert goals.ui.goalTitleError.isVisible()
    assert goals.ui.goalTitleError.text()
    assert stored(db, wizard.agreement.id)[1] == []  # nothing of it written


def test_the_communication_page_needs_a_channel_and_a_place(qtbot, db, small_org, open_wizard):
    wizard = open_wizard(make_partnership(db, small_org, 2))
    page = wizard.pages[2]
    assert wizard.currentId() == 2
    assert page.ui.agendaOwnerCombo.currentData() == "both"  # defaults filled in
    wizard.next()
    shown = page.problems_shown()
    assert shown["channels"] == "Tick at least one way the partners will keep in touch."
    assert shown["meeting_place"].startswith("Say where the partners meet")
    assert focused() is page.ui.channelCheck_in_person
    assert wizard.currentId() == 2
    page.ui.channelCheck_video.setChecked(True)
    assert "channels" not in page.problems_shown()


def test_the_openness_page_needs_confidentiality_and_every_ground_rule(
    qtbot, db, small_org, open_wizard
):
    wizard = open_wizard(make_partnership(db, small_org, 3))
    page = wizard.pages[3]
    assert wizard.currentId() == 3
    page.ui.managerVisibilityEdit.setPlainText("Goals only")
    page.ui.confidentialityCheck.setChecked(True)
    page.rule_checks["tactful"].setChecked(True)
    wizard.next()
    assert wizard.currentId() == 3
    assert page.problems_shown()["ground_rules_accepted"] == (
        "Both partners accept every ground rule; still to accept: patient, open-minded, "
        "listen actively and constructive feedback."
    )
    assert focused() is page.rule_checks["patient"]  # the first one still unticked
    page.ui.confidentialityCheck.setChecked(False)
    for check in page.rule_checks.values():
        check.setChecked(True)
    wizard.next()
    assert list(page.problems_shown()) == ["confidentiality_agreed", "page"]
    assert focused() is page.ui.confidentialityCheck


def test_an_external_partner_needs_what_must_not_be_shared(qtbot, db, small_org, open_wizard):
    with db.session() as session, session.begin():
        session.execute(
            update(Person)
            .where(Person.email == "dana.fox@x.org")
            .values(is_external=True, external_org="Agency Ltd", share_permission_confirmed=True)
        )
    wizard = open_wizard(make_partnership(db, small_org, 3))
    page = wizard.pages[3]
    assert page.ui.externalRestrictionsEdit.isVisible()
    page.ui.confidentialityCheck.setChecked(True)
    for check in page.rule_checks.values():
        check.setChecked(True)
    page.ui.managerVisibilityEdit.setPlainText("Goals only")
    wizard.next()
    assert wizard.currentId() == 3
    assert "Agency Ltd" in page.problems_shown()["external_restrictions"]
    assert focused() is page.ui.externalRestrictionsEdit


def test_the_progress_page_needs_the_no_fault_clause_and_both_signatures(
    qtbot, db, small_org, open_wizard
):
    wizard = open_wizard(make_partnership(db, small_org, 4))
    page = wizard.pages[4]
    assert wizard.currentId() == 4
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "&Finish and activate"
    page.ui.successMeasuresEdit.setPlainText("Both goals reached")
    page.ui.mentorSignoffNameEdit.setText("Dana Fox")
    wizard.accept()
    assert wizard.isVisible() and wizard.signals["activated"] == []
    shown = page.problems_shown()
    assert set(shown) == {"no_fault_acknowledged", "mentee_signoff_name", "page"}
    assert shown["mentee_signoff_name"] == f"{isolate('Zoë Adams')} signs by typing their name."
    assert focused() is page.ui.noFaultCheck
    assert stored(db, wizard.agreement.id)[0].status == PartnershipStatus.DRAFT


def _withdraw_consent(db, email):
    with db.session() as session, session.begin():
        session.execute(update(Person).where(Person.email == email).values(consent_date=None))


def _ready_to_finish(db, small_org, open_wizard):
    """Dana and Zoë's draft on its last page, every field right, Zoë without consent."""
    wizard = open_wizard(make_partnership(db, small_org, 4))
    _withdraw_consent(db, "zoe.adams@x.org")
    wizard.pages[0].refresh_review()  # as the coordinator would see it on opening the draft
    page = wizard.pages[4]
    page.ui.successMeasuresEdit.setPlainText("Both goals reached")
    page.ui.noFaultCheck.setChecked(True)
    page.ui.mentorSignoffNameEdit.setText("Dana Fox")
    page.ui.menteeSignoffNameEdit.setText("Zoë Adams")
    return wizard, page


def test_finish_refuses_a_partner_without_consent_at_the_top_of_the_page(
    qtbot, db, small_org, open_wizard
):
    wizard, page = _ready_to_finish(db, small_org, open_wizard)
    assert page.ui.consentBox.isVisible()
    assert f"{isolate('Zoë Adams')} has not consented" in page.ui.consentLabel.text()
    page.ui.scrollArea.verticalScrollBar().setValue(10_000)  # down at the signatures
    wizard.accept()
    assert wizard.isVisible() and wizard.signals["activated"] == []
    shown = page.problems_shown()
    assert set(shown) == {"consent", "page"}
    assert shown["consent"].startswith(f"{isolate('Zoë Adams')} has not consented to take part.")
    # Above the scrolled part of the page: in view whatever the scroll position.
    assert not page.ui.scrollArea.isAncestorOf(page.ui.consentError)
    assert page.ui.consentError.isVisible()
    assert stored(db, wizard.agreement.id)[0].status == PartnershipStatus.DRAFT


def test_consent_recorded_at_finish_lets_the_partnership_start(qtbot, db, small_org, open_wizard):
    wizard, page = _ready_to_finish(db, small_org, open_wizard)
    given = date.today() - timedelta(days=3)
    page.ui.consentDateEdit.setDate(given)
    page.ui.consentRecordButton.click()
    assert not page.ui.consentBox.isVisible()
    message = page.ui.pageMessage.text()
    assert message.startswith(f"Recorded consent for {isolate('Zoë Adams')}, given on")
    assert not any("not consented" in w for w in wizard.review.warnings)  # step 1 too
    with db.session() as session:
        zoe = session.scalar(select(Person).where(Person.email == "zoe.adams@x.org"))
        assert zoe.consent_date == given
    wizard.accept()
    assert not wizard.isVisible()
    partnership = stored(db, wizard.agreement.id)[0]
    assert partnership.status == PartnershipStatus.ACTIVE and partnership.override_reason == ""


def test_a_written_reason_starts_it_without_consent_and_is_kept(qtbot, db, small_org, open_wizard):
    wizard, page = _ready_to_finish(db, small_org, open_wizard)
    page.ui.consentOverrideEdit.setPlainText("Zoë agreed by phone; the form follows")
    wizard.accept()
    assert not wizard.isVisible()
    partnership = stored(db, wizard.agreement.id)[0]
    assert partnership.status == PartnershipStatus.ACTIVE
    assert "without recorded consent from Zoë Adams: Zoë agreed by phone; the form follows" in (
        partnership.override_reason
    )


def test_dates_already_past_are_flagged_not_refused(qtbot, db, small_org, open_wizard):
    wizard = open_wizard(make_partnership(db, small_org, 2))
    wizard.back()
    goals = wizard.pages[1]
    assert wizard.currentId() == 1
    flag = goals.past_flags["startDateEdit"]
    assert not flag.isVisible()  # a new partnership starts today at the earliest
    goals.ui.startDateEdit.setDate(date.today() - timedelta(days=30))
    assert flag.isVisible() and flag.text() == "⚠ Already past"
    # Beside the date, on the same line.
    assert flag.geometry().center().y() == pytest.approx(
        goals.ui.startDateEdit.geometry().center().y(), abs=4
    )
    assert not goals.past_flags["endDateEdit"].isVisible()
    wizard.next()  # only a warning: the step saves
    assert wizard.currentId() == 2
    assert stored(db, wizard.agreement.id)[0].start_date == date.today() - timedelta(days=30)
    progress = wizard.pages[4]
    progress.ui.fitCheckDateEdit.setDate(date.today() - timedelta(days=1))
    assert not progress.past_flags["fitCheckDateEdit"].isHidden()  # (a page not on view)
    progress.ui.fitCheckDateEdit.setDate(date.today())
    assert progress.past_flags["fitCheckDateEdit"].isHidden()


def test_a_live_agreement_flags_no_past_date(qtbot, db, small_org, open_wizard):
    partnership_id = make_partnership(db, small_org, 5, activate=True)
    wizard = open_wizard(partnership_id)
    wizard.next()
    goals = wizard.pages[1]
    goals.ui.startDateEdit.setDate(date.today() - timedelta(days=30))
    assert not goals.past_flags["startDateEdit"].isVisible()  # it started: the past is right


def test_a_failure_of_the_database_is_a_message_not_a_traceback(
    qtbot, db, small_org, open_wizard, monkeypatch
):
    wizard = open_wizard(make_partnership(db, small_org, 2))

    def locked(*args):
        raise RevMentorError("Another copy of RevMentor is writing to this database.")

    monkeypatch.setattr(partnership_wizard, "save_step", locked)
    wizard.pages[2].ui.channelCheck_video.setChecked(True)
    wizard.pages[2].ui.meetingPlaceEdit.setText("Room 4.12")
    wizard.next()
    assert wizard.currentId() == 2
    assert wizard.pages[2].problems_shown() == {
        "page": "Another copy of RevMentor is writing to this database."
    }


# --- drafts ----------------------------------------------------------------------------------
def test_a_draft_is_kept_on_cancel_and_resumes_on_its_page_with_everything_filled_in(
    qtbot, db, small_org, open_wizard, monkeypatch
):
    wizard = open_wizard()
    partners = wizard.pages[0]
    partners.ui.mentorCombo.setEditText("Dana")
    partners.ui.menteeCombo.setEditText("Zoe")
    wizard.next()
    goals = wizard.pages[1]
    goals.add_goal()
    goals.ui.goalTitleEdit.setText("Post a short video each week")
    goals._goal_edited()
    asked = answer_with(monkeypatch, Button.Save)
    wizard.reject()
    assert not wizard.isVisible()
    assert asked[0][0].startswith("Keep this draft?")
    assert sorted(asked[0][1]) == ["&Discard", "&Keep draft", "Cancel"]
    draft = wizard.agreement.id
    assert wizard.signals["saved"] == [draft, draft]
    partnership, saved_goals = stored(db, draft)
    assert partnership.status == PartnershipStatus.DRAFT and partnership.wizard_step == 1
    assert saved_goals == [(MENTEE_LEARNS, "Post a short video each week", "")]

    resumed = open_wizard(draft)
    assert resumed.currentId() == 1  # step 1 saved: it goes on with the goals
    assert resumed.windowTitle() == f"Set up a partnership: Dana Fox and {isolate('Zoë Adams')}"
    assert resumed.pages[0].ui.mentorCombo.currentText() == "Dana Fox"
    assert resumed.pages[0].ui.menteeCombo.currentText() == "Zoë Adams"
    assert resumed.pages[1].ui.goalTitleEdit.text() == "Post a short video each week"
    assert resumed.pages[1].ui.startDateEdit.date().toPython() == DEFAULT_START
    resumed.back()  # the earlier page is still there
    assert resumed.currentId() == 0


def test_a_draft_made_here_can_be_discarded_and_cancel_goes_back(
    qtbot, db, small_org, open_wizard, monkeypatch
):
    wizard = open_wizard()
    wizard.pages[0].ui.mentorCombo.setEditText("Dana")
    wizard.pages[0].ui.menteeCombo.setEditText("Zoe")
    wizard.next()
    assert len(partnership_ids(db)) == 1
    asked = answer_with(monkeypatch, Button.Cancel)
    wizard.reject()
    assert wizard.isVisible() and len(asked) == 1  # Cancel: nothing happens
    asked = answer_with(monkeypatch, Button.Discard)
    wizard.reject()
    assert not wizard.isVisible()
    assert "Discard deletes it." in asked[0][0]
    assert partnership_ids(db) == []


def test_discarding_in_a_resumed_draft_only_drops_the_new_changes(
    qtbot, db, small_org, open_wizard, monkeypatch
):
    draft = make_partnership(db, small_org, 2)
    wizard = open_wizard(draft)
    wizard.pages[2].ui.meetingPlaceEdit.setText("Café on the corner")
    asked = answer_with(monkeypatch, Button.Discard)
    wizard.reject()
    assert "leaves it as it was last saved" in asked[0][0]
    partnership, _ = stored(db, draft)
    assert partnership.status == PartnershipStatus.DRAFT and partnership.meeting_place == ""


def test_cancel_on_an_untouched_new_wizard_closes_without_asking(qtbot, small_org, open_wizard):
    wizard = open_wizard(programme_id=None)
    # Without a programme given, the first one open for new partnerships is chosen.
    assert wizard.pages[0].ui.programmeCombo.currentData() == small_org
    wizard.reject()  # the autouse fixture fails the test if a question box opens
    assert not wizard.isVisible()


def test_an_accepted_suggestion_opens_on_the_goals_page(qtbot, db, small_org, open_wizard):
    with db.session() as session, session.begin():
        session.execute(update(Person).values(consent_date=date(2026, 9, 1)))
    cohort = load_cohort(db, small_org)
    pairs = Matcher(cohort).suggest(load_matching_settings(db, small_org)).pairs
    mentor_of = {pair.mentee_id: pair.mentor_id for pair in pairs}
    people = ids_by_email(db)
    assert mentor_of[people["zoe.adams@x.org"]] == people["wang.wei@x.org"]  # TikTok matches
    [draft] = accept_pairs(db, small_org, pairs)
    wizard = open_wizard(draft)
    assert wizard.currentId() == 1
    assert wizard.pages[0].ui.mentorCombo.currentText() == "王伟"
    assert wizard.pages[0].ui.scoreLabel.text().startswith("<b>Match score:")
    goals = wizard.pages[1]
    goals.ui.suggestGoalsButton.click()
    assert [(goal.direction, goal.skill_id is not None) for goal in goals.goals] == [
        (MENTEE_LEARNS, True)
    ]
    assert "TikTok" in goals.goals[0].title
    goals.ui.suggestGoalsButton.click()  # nothing new to add: it says so
    assert len(goals.goals) == 1
    assert goals.problems_shown()["page"].startswith("No more goals to suggest")


def test_names_show_as_written_in_the_goals_summary(qtbot, db, small_org, open_wizard):
    with db.session() as session, session.begin():
        session.execute(update(Person).where(Person.email == "zoe.adams@x.org")
                        .values(family_name="O'Neill <Ops>"))  # fmt: skip
    wizard = open_wizard(make_partnership(db, small_org, 2))
    assert wizard.currentId() == 2
    wizard.back()
    summary = wizard.pages[1].ui.goalsSummaryLabel.text()
    name = isolate("Zoë O'Neill <Ops>")  # isolated inside the sentence, as written otherwise
    assert f"for {name} to learn" in summary


# --- editing a live agreement ----------------------------------------------------------------
def test_edit_mode_starts_on_the_partners_and_keeps_the_partnership_active(
    qtbot, db, small_org, open_wizard
):
    partnership_id = make_partnership(db, small_org, 5, activate=True)
    wizard = open_wizard(partnership_id)
    assert wizard.windowTitle() == f"Edit agreement: Dana Fox and {isolate('Zoë Adams')}"
    assert wizard.currentId() == 0
    assert not wizard.pages[0].ui.mentorCombo.isEnabled()  # the partners cannot change
    wizard.next()
    wizard.next()
    assert wizard.currentId() == 2
    page = wizard.pages[2]
    page.ui.meetingPlaceEdit.setText("https://meet.example.org/dana-zoe")
    page.ui.intervalCombo.setCurrentIndex(page.ui.intervalCombo.findData(-1))
    page.ui.intervalSpin.setValue(10)
    # Finish is offered on every page of a live agreement.
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isVisible() and finish.text() == "&Finish and save"
    finish.click()
    assert not wizard.isVisible()
    assert wizard.signals["activated"] == [partnership_id]
    partnership, goals = stored(db, partnership_id)
    assert partnership.status == PartnershipStatus.ACTIVE
    assert partnership.meeting_place == "https://meet.example.org/dana-zoe"
    assert partnership.meeting_interval_days == 10
    assert len(goals) == 2  # the goals were kept, not duplicated

    again = open_wizard(partnership_id)
    again.next()
    again.next()
    assert again.pages[2].ui.intervalSpin.isVisible()
    assert again.pages[2].ui.intervalSpin.value() == 10


def test_a_live_agreement_is_never_saved_with_a_problem_on_another_page(
    qtbot, db, small_org, open_wizard, monkeypatch
):
    partnership_id = make_partnership(db, small_org, 5, activate=True)
    wizard = open_wizard(partnership_id)
    wizard.next()
    assert wizard.signals["saved"] == [partnership_id]  # all fine so far: saved
    goals = wizard.pages[1]
    goals._select(0)
    goals.ui.goalTitleEdit.setText("")  # broken on the goals page, then back to the partners
    goals._goal_edited()
    wizard.back()
    wizard.pages[0].ui.overrideReasonEdit.setPlainText("They asked for each other")
    wizard.next()  # the partners page itself is fine: on, but nothing is written yet
    assert wizard.currentId() == 1 and wizard.signals["saved"] == [partnership_id]
    assert stored(db, partnership_id)[0].override_reason == ""
    wizard.next()  # the goals page's own problem stops it
    assert wizard.currentId() == 1
    assert goals.ui.goalTitleError.isVisible()
    # Going on from a later page, Finish names the step that needs putting right.
    goals.ui.goalTitleEdit.setText("Post a short video each week")
    goals._goal_edited()
    wizard.next()
    assert wizard.signals["saved"] == [partnership_id] * 2
    assert stored(db, partnership_id)[0].override_reason == "They asked for each other"
    wizard.back()
    goals.ui.goalTitleEdit.setText("")
    goals._goal_edited()
    wizard.next()
    assert wizard.currentId() == 1  # its own page: blocked again
    wizard.pages[1].ui.goalTitleEdit.setText("Post a short video each week")
    goals._goal_edited()
    asked = answer_with(monkeypatch, Button.Save)
    wizard.pages[2].ui.meetingPlaceEdit.setText("")
    wizard.reject()  # Save checks every step, as Finish does
    assert wizard.isVisible() and len(asked) == 1
    assert wizard.pages[1].problems_shown()["page"].startswith("Step 3, Communication: ")
    assert stored(db, partnership_id)[0].meeting_place == "Room 4.12"


def test_edit_mode_cancel_offers_to_save_the_changes(
    qtbot, db, small_org, open_wizard, monkeypatch
):
    partnership_id = make_partnership(db, small_org, 5, activate=True)
    wizard = open_wizard(partnership_id)
    wizard.pages[0].ui.overrideReasonEdit.setPlainText("They asked for each other")
    asked = answer_with(monkeypatch, Button.Save)
    wizard.reject()
    assert asked[0][0].startswith("Save your changes to this agreement?")
    partnership, _ = stored(db, partnership_id)
    assert partnership.override_reason == "They asked for each other"
    assert partnership.status == PartnershipStatus.ACTIVE


# --- the meeting series ----------------------------------------------------------------------
def test_export_meetings_saves_the_step_then_writes_the_calendar_file(
    qtbot, db, small_org, open_wizard, monkeypatch, tmp_path
):
    draft = make_partnership(db, small_org, 2)
    wizard = open_wizard(draft)
    page = wizard.pages[2]
    page.ui.channelCheck_video.setChecked(True)
    page.ui.meetingPlaceEdit.setText("Room 4.12")
    page.ui.preferredTimesEdit.setText("Tuesdays 15:30")
    asked = {}

    def first_meeting(dialog):
        asked["first"] = dialog.first_meeting()
        return QDialog.DialogCode.Accepted

    def save_as(parent, caption, suggested, filters):
        asked["suggested"] = suggested
        return str(tmp_path / "meetings"), filters

    answers = ["Sam Lee", "sam.lee@x.org"]  # not an address, then one

    def coordinator(parent, title, label, mode, text):
        asked.setdefault("coordinator", []).append((title, label, text))
        return answers.pop(0), True

    monkeypatch.setattr(QDialog, "exec", first_meeting)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(coordinator))
    mnemonic(qtbot, "X", lambda: "first" in asked)  # Export meetings (.ics)…
    # No coordinator's email yet: asked for once (again after a wrong one), then kept.
    [(title, label, _), (_, again, typed)] = asked["coordinator"]
    assert title == "Coordinator's email" and "Organisation settings" in label
    assert "is not an email address" in again and typed == "Sam Lee"
    assert coordinator_email(db) == "sam.lee@x.org"
    tuesday = DEFAULT_START + timedelta(days=(1 - DEFAULT_START.weekday()) % 7)
    assert asked["first"] == datetime.combine(tuesday, time(15, 30))  # the first Tuesday
    assert asked["suggested"].endswith("Meetings Dana Fox and Zoë Adams.ics")
    calendar = (tmp_path / "meetings.ics").read_text(encoding="utf-8")
    assert f"partnership-{draft}-meetings@revmentor" in calendar and "RRULE" in calendar
    assert "Room 4.12" in calendar
    # An invitation from the coordinator, at the local time chosen, with its time zone.
    invitation = Calendar.from_ical(calendar)
    assert str(invitation["METHOD"]) == "REQUEST"
    [event] = invitation.walk("VEVENT")
    assert str(event["ORGANIZER"]) == "mailto:sam.lee@x.org"
    assert event.decoded("DTSTART") == asked["first"].replace(tzinfo=local_zone())
    assert page.problems_shown()["page"].startswith("Saved the meetings to")
    assert stored(db, draft)[0].wizard_step == 3 and wizard.signals["saved"] == [draft]
    assert wizard.currentId() == 2  # the wizard stays where it was


def test_export_meetings_asks_for_the_coordinators_email_only_when_none_is_set(
    qtbot, db, small_org, open_wizard, monkeypatch
):
    draft = make_partnership(db, small_org, 2)
    wizard = open_wizard(draft)
    page = wizard.pages[2]
    page.ui.channelCheck_video.setChecked(True)
    page.ui.meetingPlaceEdit.setText("Room 4.12")
    asked = []
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *args: asked.append(args) or ("", False)))  # fmt: skip
    page.ui.exportIcsButton.click()  # cancelled: no first meeting, no file dialog (fixture)
    assert len(asked) == 1 and coordinator_email(db) is None
    save_coordinator_email(db, "sam.lee@x.org")
    monkeypatch.setattr(QDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    page.ui.exportIcsButton.click()  # set: straight to the first meeting
    assert len(asked) == 1


def test_export_meetings_shows_what_is_missing_instead(
    qtbot, db, small_org, open_wizard, monkeypatch
):
    wizard = open_wizard(make_partnership(db, small_org, 2))
    wizard.pages[2].ui.exportIcsButton.click()  # no file dialog may open (the fixture checks)
    assert "meeting_place" in wizard.pages[2].problems_shown()


# --- how it looks and reads ------------------------------------------------------------------
def test_every_input_has_a_label_buddy_or_an_accessible_name(open_wizard):
    wizard = open_wizard()
    inner = (QComboBox, QAbstractSpinBox)
    for page in wizard.pages:
        buddies = {label.buddy() for label in page.findChildren(QLabel)}
        inputs = [
            widget
            for kind in (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QTableWidget)
            for widget in page.findChildren(kind)
            if not isinstance(widget.parentWidget(), inner)
        ]
        assert len(inputs) >= 4, page.objectName()
        for widget in inputs:
            assert widget in buddies or widget.accessibleName(), widget.objectName()


def test_every_page_has_guidance_and_a_title(open_wizard):
    wizard = open_wizard()
    for number, page in enumerate(wizard.pages, start=1):
        assert page.title().startswith(f"Step {number} of 5: ")
        assert len(page.ui.guidanceLabel.text()) > 200
        assert page.ui.guidanceLabel.wordWrap()


def test_the_wizard_remembers_its_size(qtbot, open_wizard):
    wizard = open_wizard()
    wizard.resize(720, 560)  # the offscreen screen is 800 pixels wide: stay inside it
    chosen = wizard.size()
    assert (chosen.width(), chosen.height()) == (720, 560)
    wizard.reject()
    assert window_settings().value(GEOMETRY_KEY) is not None
    assert open_wizard().size() == chosen
