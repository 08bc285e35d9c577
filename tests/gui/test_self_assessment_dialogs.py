"""Self-assessments through the window: the review check-in's tab and the starting ratings."""

from datetime import date

import pytest
from factories import add_partnership
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
)

from revmentor_desktop.core.db.models import (
    AssessmentMoment,
    CheckInKind,
    GoalDirection,
    PartnershipStatus,
    Role,
)
from revmentor_desktop.core.services.assessments import assessment_history, skills_to_rate
from revmentor_desktop.core.services.partnerships.closure import ClosingWords, load_closure
from revmentor_desktop.gui.dialogs.checkin import CheckInDialog
from revmentor_desktop.gui.dialogs.end_partnership import ClosureDialog
from revmentor_desktop.gui.pages.partnerships import PartnershipsView
from revmentor_desktop.gui.tasks import TaskRunner
from revmentor_desktop.gui.wizard.starting_assessment import StartingAssessmentDialog

TODAY = date(2027, 1, 15)
MENTEE, MENTOR = GoalDirection.MENTEE_LEARNS, GoalDirection.MENTOR_LEARNS


@pytest.fixture(autouse=True)
def synchronous_tasks(monkeypatch):
    monkeypatch.setattr(TaskRunner, "synchronous", True)


@pytest.fixture
def pair(db, small_org):
    """Dana Fox (reverse mentor, learns Budgeting) and Zoë Adams (mentee, learns TikTok)."""
    pid, _ = add_partnership(db, small_org, "dana.fox@x.org", "zoe.adams@x.org")
    skills = {s.name: s.skill_id for learner in skills_to_rate(db, pid) for s in learner.skills}
    return pid, skills


def level(widget, direction, skill_id) -> QComboBox:
    return widget.findChild(QComboBox, f"level_{direction.value}_{skill_id}")


def note(widget, direction, skill_id) -> QLineEdit:
    return widget.findChild(QLineEdit, f"note_{direction.value}_{skill_id}")


def choose(combo, value):
    combo.setCurrentIndex(combo.findData(value))


def review_dialog(qtbot, db, pid, kind=CheckInKind.MIDPOINT_REVIEW, check_in_id=None):
    dialog = CheckInDialog(db, pid, check_in_id, today=TODAY)
    qtbot.addWidget(dialog)
    choose(dialog.ui.kindCombo, kind)
    return dialog


def test_a_review_check_in_saves_each_partners_self_assessment(qtbot, db, pair):
    pid, skills = pair
    dialog = review_dialog(qtbot, db, pid, CheckInKind.CHECK_IN)
    tabs = dialog.ui.reviewTabs
    assert not tabs.isTabVisible(tabs.indexOf(dialog.ui.selfAssessmentTab))
    choose(dialog.ui.kindCombo, CheckInKind.MIDPOINT_REVIEW)
    assert tabs.isTabVisible(tabs.indexOf(dialog.ui.selfAssessmentTab))
    assert dialog.ui.selfAssessmentIntro.text().startswith("At the mid-point")
    choose(level(dialog, MENTEE, skills["TikTok"]), 3)
    note(dialog, MENTEE, skills["TikTok"]).setText("Posting weekly now")
    choose(level(dialog, MENTOR, skills["Budgeting"]), 2)
    assert dialog.save()
    rows = assessment_history(db, pid)
    assert [(r.moment, r.skill, r.level, r.confidence_note, r.check_in_id) for r in rows] == [
        (AssessmentMoment.MIDPOINT, "TikTok", 3, "Posting weekly now", dialog.check_in_id),
        (AssessmentMoment.MIDPOINT, "Budgeting", 2, "", dialog.check_in_id),
    ]
    assert {r.assessed_on for r in rows} == {TODAY}

    # Reopened, the review shows its ratings; made a plain check-in, they go.
    again = CheckInDialog(db, pid, dialog.check_in_id, today=TODAY)
    qtbot.addWidget(again)
    assert level(again, MENTEE, skills["TikTok"]).currentData() == 3
    assert note(again, MENTEE, skills["TikTok"]).text() == "Posting weekly now"
    choose(again.ui.kindCombo, CheckInKind.CHECK_IN)
    assert again.save()
    assert assessment_history(db, pid) == []


def test_a_note_without_a_level_is_shown_and_nothing_is_saved(qtbot, db, pair):
    pid, skills = pair
    dialog = review_dialog(qtbot, db, pid, CheckInKind.FINAL_REVIEW)
    note(dialog, MENTOR, skills["Budgeting"]).setText("Not sure yet")
    assert not dialog.save()
    assert dialog.ui.reviewTabs.currentWidget() is dialog.ui.selfAssessmentTab
    error = dialog.assessment.error
    assert not error.isHidden()
    assert "Choose" in error.text() and "level in Budgeting" in error.text()
    assert dialog.check_in_id is None
    assert assessment_history(db, pid) == []


# --- the starting self-assessment ------------------------------------------------------------


def test_the_starting_self_assessment_saves_or_is_skipped(qtbot, db, pair):
    pid, skills = pair
    dialog = StartingAssessmentDialog(db, pid, today=date(2026, 10, 1))
    qtbot.addWidget(dialog)
    assert dialog.has_skills
    choose(level(dialog, MENTEE, skills["TikTok"]), 1)
    note(dialog, MENTEE, skills["TikTok"]).setText("Never posted")
    assert dialog.save()
    rows = assessment_history(db, pid)
    assert [(r.moment, r.skill, r.level, r.confidence_note) for r in rows] == [
        (AssessmentMoment.START, "TikTok", 1, "Never posted")
    ]
    skipped = StartingAssessmentDialog(db, pid)
    qtbot.addWidget(skipped)
    assert level(skipped, MENTEE, skills["TikTok"]).currentData() == 1  # shows what was saved
    skipped.findChild(QPushButton, "skipButton").click()
    assert skipped.result() == QDialog.DialogCode.Rejected
    assert len(assessment_history(db, pid)) == 1


def test_after_activation_the_page_offers_it_only_when_there_is_a_skill_to_rate(
    qtbot, db, small_org, pair
):
    pid, _ = pair
    bare, _ = add_partnership(db, small_org, "wang.wei@x.org", "jose.muller@x.org",
                              goals=((MENTEE, "Be curious", None),))  # fmt: skip
    view = PartnershipsView(db)
    qtbot.addWidget(view)
    view.open_starting_assessment(bare, only_with_skills=True)
    assert view.follow_up is None
    view.open_starting_assessment(pid, only_with_skills=True)
    assert isinstance(view.follow_up, StartingAssessmentDialog)
    assert view.follow_up.isVisible()
    view.follow_up.reject()


# --- the closing conversation ----------------------------------------------------------------


def test_completing_opens_the_closing_conversation_which_saves_both_partners(
    qtbot, db, pair, monkeypatch
):
    pid, skills = pair
    view = PartnershipsView(db)
    qtbot.addWidget(view)
    view.select_partnership(pid)
    monkeypatch.setattr(view, "_confirm", lambda title, text: True)
    view.ui.completeButton.click()
    dialog = view.follow_up
    assert isinstance(dialog, ClosureDialog) and dialog.isVisible()
    ui = dialog.ui
    assert "Zoë Adams" in ui.menteeGroup.title() and "Dana Fox" in ui.mentorGroup.title()
    ui.menteeLearntEdit.setPlainText("Short videos")
    choose(ui.menteeRecommendCombo, 9)
    choose(ui.menteeAgainCombo, True)
    choose(ui.mentorAgainCombo, False)
    choose(level(dialog, MENTOR, skills["Budgeting"]), 4)
    assert dialog.save()
    record = load_closure(db, pid)
    assert record.words[Role.MENTEE] == ClosingWords(Role.MENTEE, "Short videos", 9, True)
    assert record.words[Role.REVERSE_MENTOR] == ClosingWords(Role.REVERSE_MENTOR, "", None, False)
    assert record.final[(MENTOR, skills["Budgeting"])].level == 4

    # Later, from the context menu, it opens again with the answers.
    view.select_partnership(pid)
    view.open_closure()
    again = view.follow_up
    assert again is not dialog and again.ui.menteeLearntEdit.toPlainText() == "Short videos"
    again.reject()


def test_thank_you_certificates_are_saved_for_both_partners(
    qtbot, db, small_org, tmp_path, monkeypatch
):
    pid, _ = add_partnership(db, small_org, "wang.wei@x.org", "olga.koval@x.org",
                             status=PartnershipStatus.ENDED_EARLY)  # fmt: skip
    dialog = ClosureDialog(db, pid)
    qtbot.addWidget(dialog)
    dialog.ui.menteeLearntEdit.setPlainText("Budgets")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *args: str(tmp_path)))  # fmt: skip
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    dialog.ui.certificatesButton.click()
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == [
        "Thank you - Ольга Коваль.pdf",
        "Thank you - 王伟.pdf",
    ]
    assert load_closure(db, pid).words[Role.MENTEE].learnt == "Budgets"  # saved first
    assert opened and opened[0].toLocalFile() == str(tmp_path)
    # A second time, replacing needs a yes.
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.Cancel))  # fmt: skip
    dialog.ui.certificatesButton.click()
    assert "already in this folder" in asked[0]
    assert len(opened) == 1


def test_ending_early_opens_the_closing_conversation_too(qtbot, db, pair, monkeypatch):
    pid, _ = pair
    view = PartnershipsView(db)
    qtbot.addWidget(view)
    view.select_partnership(pid)

    def run(dialog):
        dialog.ui.reasonEdit.setPlainText("Moved abroad")
        return dialog.end()

    monkeypatch.setattr(view, "_run_dialog", run)
    view.ui.endEarlyButton.click()
    assert isinstance(view.follow_up, ClosureDialog)
    assert "has ended early" in view.follow_up.ui.headerLabel.text()
    view.follow_up.reject()  # nothing typed: closes without a question
    assert load_closure(db, pid).recorded_on is None


def test_a_fit_check_ending_it_from_the_history_opens_the_closing_conversation(
    qtbot, db, pair, monkeypatch
):
    from revmentor_desktop.core.services.partnerships.life import end_early

    pid, _ = pair
    view = PartnershipsView(db)
    qtbot.addWidget(view)
    view.select_partnership(pid)

    def run(history):  # a not-a-fit check-in logged there, and the partnership ended
        end_early(db, pid, "Not a fit: the first-session fit check.", no_fault=True)
        history.changed.emit()
        return False

    monkeypatch.setattr(view, "_run_dialog", run)
    view.ui.checkInsButton.click()
    assert isinstance(view.follow_up, ClosureDialog)
    assert "has ended early" in view.follow_up.ui.headerLabel.text()
    view.follow_up.reject()
    # A change that does not end it opens nothing.
    view.follow_up = None
    monkeypatch.setattr(view, "_run_dialog", lambda history: history.changed.emit())
    view.select_partnership(pid)
    view.ui.checkInsButton.click()
    assert view.follow_up is None
