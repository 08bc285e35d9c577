"""Check-ins: what may be logged, goals following the latest one, history, the no-fault offer."""

from dataclasses import replace
from datetime import date, timedelta

import pytest
from factories import add_check_in, add_partnership, enrol, goal_state
from sqlalchemy import func, select

from revmentor_desktop.core.db.models import (
    CheckIn,
    CheckInGoalProgress,
    CheckInKind,
    FitVerdict,
    Goal,
    GoalStatus,
    PartnershipStatus,
    Role,
)
from revmentor_desktop.core.errors import RevMentorError, ValidationError
from revmentor_desktop.core.services import checkins
from revmentor_desktop.core.services.checkins import CheckInEntry

pytestmark = pytest.mark.both_engines

TODAY = date(2026, 11, 20)


@pytest.fixture
def pair(db, small_org):
    """An active partnership (Dana Fox → Zoë Adams) with one goal each way: (id, goal ids)."""
    return add_partnership(db, small_org, "dana.fox@x.org", "zoe.adams@x.org")


def count_check_ins(db) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(CheckIn))


def errors_of(db, entry, today=TODAY) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        checkins.log_check_in(db, entry, today=today)
    return caught.value.errors


def test_the_first_entry_is_a_fit_check_with_the_goals_current_progress(db, pair):
    pid, (goal_a, goal_b) = pair
    entry = checkins.new_check_in(db, pid, today=TODAY)
    assert (entry.kind, entry.held_on, entry.held) == (CheckInKind.FIT_CHECK, TODAY, True)
    assert entry.goal_progress == {goal_a: 0, goal_b: 0}
    assert entry.duration_minutes == 60  # the agreed meeting length

    entry.goal_progress = {goal_a: 30}
    entry.fit_verdict = FitVerdict.GOOD_FIT
    checkins.log_check_in(db, entry, today=TODAY)
    later = checkins.new_check_in(db, pid, today=TODAY)
    assert later.kind == CheckInKind.CHECK_IN
    assert later.goal_progress == {goal_a: 30, goal_b: 0}


def test_a_held_fit_check_logged_or_corrected_by_hand_needs_a_verdict(db, pair):
    pid, _ = pair
    empty = checkins.new_check_in(db, pid, today=TODAY)  # no verdict, ratings or summary
    assert errors_of(db, empty) == {
        "fit_verdict": "A fit check needs a verdict: choose whether the pair is a good fit, "
        "still deciding, or not a fit."
    }
    # A cancelled fit check has nothing to judge; an import may leave the verdict out.
    checkins.log_check_in(db, replace(empty, held=False, duration_minutes=None), today=TODAY)
    imported = checkins.entry_problems(empty, start_date=None, goal_ids=empty.goal_progress,
                                       today=TODAY)  # fmt: skip
    assert imported == {}
    check_in_id = checkins.log_check_in(
        db, replace(empty, held_on=TODAY - timedelta(days=1), fit_verdict=FitVerdict.DECIDING),
        today=TODAY,
    )  # fmt: skip
    corrected = replace(checkins.load_check_in(db, check_in_id), fit_verdict=None)
    with pytest.raises(ValidationError) as caught:
        checkins.update_check_in(db, corrected, today=TODAY)
    assert set(caught.value.errors) == {"fit_verdict"}


def test_dropped_goals_are_not_offered(db, pair):
    pid, (goal_a, goal_b) = pair
    with db.session() as session, session.begin():
        session.get(Goal, goal_b).status = GoalStatus.DROPPED
    assert checkins.new_check_in(db, pid, today=TODAY).goal_progress == {goal_a: 0}


@pytest.mark.parametrize(
    "status", [PartnershipStatus.DRAFT, PartnershipStatus.COMPLETED, PartnershipStatus.ENDED_EARLY]
)
def test_only_active_or_paused_partnerships_take_check_ins(db, small_org, status):
    pid, _ = add_partnership(db, small_org, "dana.fox@x.org", "zoe.adams@x.org", status=status)
    with pytest.raises(RevMentorError, match="active or paused"):
        checkins.new_check_in(db, pid, today=TODAY)
    with pytest.raises(RevMentorError, match="active or paused"):
        checkins.log_check_in(db, CheckInEntry(pid, date(2026, 10, 5)), today=TODAY)
    assert count_check_ins(db) == 0


def test_a_paused_partnership_takes_check_ins(db, small_org):
    pid, _ = add_partnership(
        db, small_org, "dana.fox@x.org", "zoe.adams@x.org", status=PartnershipStatus.PAUSED
    )
    assert checkins.log_check_in(db, CheckInEntry(pid, date(2026, 10, 5)), today=TODAY)


def test_a_gone_partnership_says_so(db, small_org):
    with pytest.raises(RevMentorError, match="no longer exists"):
        checkins.new_check_in(db, 999, today=TODAY)
    with pytest.raises(RevMentorError, match="no longer exists"):
        checkins.check_in_history(db, 999)


def test_the_meeting_must_have_happened_already(db, pair):
    pid, _ = pair
    assert "after today" in errors_of(db, CheckInEntry(pid, date(2026, 11, 21)))["held_on"]
    # Today itself is fine.
    assert checkins.log_check_in(db, CheckInEntry(pid, TODAY), today=TODAY)


def test_not_before_the_partnership_started(db, pair):
    pid, _ = pair
    errors = errors_of(db, CheckInEntry(pid, date(2026, 9, 30)))
    assert errors == {"held_on": "30 Sep 2026 is before the partnership started (1 Oct 2026)."}


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        ({"mentor_rating": 0}, "mentor_rating", "from 1 to 5, not 0"),
        ({"mentor_rating": 6}, "mentor_rating", "from 1 to 5, not 6"),
        ({"mentee_rating": 9}, "mentee_rating", "mentee's rating must be from 1 to 5"),
        ({"duration_minutes": 0}, "duration_minutes", "between 1 and 600 minutes"),
        ({"duration_minutes": -5}, "duration_minutes", "between 1 and 600 minutes"),
        ({"duration_minutes": 601}, "duration_minutes", "between 1 and 600 minutes"),
        ({"fit_verdict": FitVerdict.GOOD_FIT}, "fit_verdict", "fit check only, not to a check-in"),
        ({"next_meeting_on": date(2026, 10, 10)}, "next_meeting_on", "come after this one"),
        ({"held": False, "mentor_rating": 3}, "mentor_rating", "not rated"),
        ({"held": False, "duration_minutes": 30}, "duration_minutes", "has no length"),
    ],
)
def test_bad_values_are_refused_with_a_sentence_each(db, pair, values, field, message):
    pid, _ = pair
    errors = errors_of(db, replace(CheckInEntry(pid, date(2026, 10, 10)), **values))
    assert list(errors) == [field]
    assert message in errors[field]
    assert errors[field].endswith(".")
    assert count_check_ins(db) == 0


def test_boundary_values_are_accepted(db, pair):
    pid, (goal_a, _) = pair
    entry = CheckInEntry(
        pid, date(2026, 10, 10), CheckInKind.FIT_CHECK, duration_minutes=1, mentor_rating=1,
        mentee_rating=5, fit_verdict=FitVerdict.DECIDING, goal_progress={goal_a: 0},
        next_meeting_on=date(2026, 10, 11),
    )  # fmt: skip
    assert checkins.log_check_in(db, entry, today=TODAY)
    assert checkins.log_check_in(
        db, CheckInEntry(pid, date(2026, 10, 11), duration_minutes=600), today=TODAY
    )


def test_goal_ids_must_belong_to_the_partnership(db, small_org, pair):
    pid, (goal_a, _) = pair
    enrol(db, small_org, "jose.muller@x.org", Role.MENTEE)
    _, (other_goal, _) = add_partnership(db, small_org, "wang.wei@x.org", "jose.muller@x.org")
    errors = errors_of(db, CheckInEntry(pid, date(2026, 10, 10), goal_progress={other_goal: 50}))
    assert errors == {"goal_progress": "A goal is not one of this partnership's goals."}
    errors = errors_of(db, CheckInEntry(pid, date(2026, 10, 10), goal_progress={goal_a: 101}))
    assert errors == {"goal_progress": "Goal progress must be from 0 to 100 %, not 101."}
    assert goal_state(db, other_goal) == (0, "open")


def test_the_same_kind_on_the_same_day_is_logged_once(db, pair):
    pid, _ = pair
    checkins.log_check_in(db, CheckInEntry(pid, date(2026, 10, 10)), today=TODAY)
    errors = errors_of(db, CheckInEntry(pid, date(2026, 10, 10)))
    assert "already logged" in errors["held_on"]
    # Another kind that day is a different meeting.
    checkins.log_check_in(
        db, CheckInEntry(pid, date(2026, 10, 10), CheckInKind.BRAINSTORMING), today=TODAY
    )
    assert count_check_ins(db) == 2


def test_every_problem_is_reported_at_once_and_nothing_is_written(db, pair):
    pid, _ = pair
    entry = CheckInEntry(
        pid, date(2027, 1, 1), mentor_rating=7, duration_minutes=0,
        fit_verdict=FitVerdict.NOT_A_FIT,
    )  # fmt: skip
    assert set(errors_of(db, entry)) == {
        "held_on", "mentor_rating", "duration_minutes", "fit_verdict",
    }  # fmt: skip
    assert count_check_ins(db) == 0


def test_goals_follow_the_latest_held_check_in(db, pair):
    pid, (goal_a, goal_b) = pair
    first = checkins.log_check_in(
        db, CheckInEntry(pid, date(2026, 10, 10), goal_progress={goal_a: 40, goal_b: 10}),
        today=TODAY,
    )  # fmt: skip
    assert goal_state(db, goal_a) == (40, "open")
    checkins.log_check_in(
        db, CheckInEntry(pid, date(2026, 11, 1), goal_progress={goal_a: 100}), today=TODAY
    )
    assert goal_state(db, goal_a) == (100, "achieved")
    assert goal_state(db, goal_b) == (10, "open")
    # A forgotten, older check-in logged afterwards does not turn the clock back.
    checkins.log_check_in(
        db, CheckInEntry(pid, date(2026, 10, 20), goal_progress={goal_a: 60}), today=TODAY
    )
    assert goal_state(db, goal_a) == (100, "achieved")
    # A cancelled meeting measured nothing: its pre-filled progress is not recorded.
    checkins.log_check_in(
        db, CheckInEntry(pid, date(2026, 11, 5), held=False, goal_progress={goal_b: 90}),
        today=TODAY,
    )  # fmt: skip
    assert goal_state(db, goal_b) == (10, "open")
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(CheckInGoalProgress)) == 4
    # Correcting the first check-in changes goal B, whose latest record it is.
    entry = checkins.load_check_in(db, first)
    entry.goal_progress[goal_b] = 25
    checkins.update_check_in(db, entry, today=TODAY)
    assert goal_state(db, goal_b) == (25, "open")


def test_correcting_or_deleting_the_latest_moves_goals_back(db, pair):
    pid, (goal_a, _) = pair
    checkins.log_check_in(
        db, CheckInEntry(pid, date(2026, 10, 10), goal_progress={goal_a: 50}), today=TODAY
    )
    latest = checkins.log_check_in(
        db, CheckInEntry(pid, date(2026, 11, 1), goal_progress={goal_a: 100}), today=TODAY
    )
    assert goal_state(db, goal_a) == (100, "achieved")
    entry = checkins.load_check_in(db, latest)
    entry.goal_progress = {goal_a: 80}
    checkins.update_check_in(db, entry, today=TODAY)
    assert goal_state(db, goal_a) == (80, "open")
    checkins.delete_check_in(db, latest)
    assert goal_state(db, goal_a) == (50, "open")
    assert count_check_ins(db) == 1


def test_a_dropped_goal_stays_dropped(db, pair):
    pid, (goal_a, _) = pair
    with db.session() as session, session.begin():
        session.get(Goal, goal_a).status = GoalStatus.DROPPED
    checkins.log_check_in(
        db, CheckInEntry(pid, date(2026, 10, 10), goal_progress={goal_a: 100}), today=TODAY
    )
    assert goal_state(db, goal_a) == (100, "dropped")


def test_update_keeps_everything_and_load_gives_it_back(db, pair):
    pid, (goal_a, _) = pair
    entry = CheckInEntry(
        pid, date(2026, 10, 10), CheckInKind.FIT_CHECK, duration_minutes=45, mentor_rating=4,
        mentee_rating=5, fit_verdict=FitVerdict.GOOD_FIT, goal_progress={goal_a: 20},
        summary="  Agreed the TikTok plan. ", private_notes="Zoë was nervous.",
        next_steps="Draft three posts.", next_meeting_on=date(2026, 10, 24),
    )  # fmt: skip
    check_in_id = checkins.log_check_in(db, entry, today=TODAY)
    loaded = checkins.load_check_in(db, check_in_id)
    assert loaded == replace(entry, id=check_in_id, summary="Agreed the TikTok plan.", version=1)
    loaded.held_on = date(2026, 10, 11)
    loaded.mentor_rating = 3
    loaded.version = checkins.update_check_in(db, loaded, today=TODAY)
    assert checkins.load_check_in(db, check_in_id) == loaded


def test_update_checks_too_and_refuses_moving_partnerships(db, small_org, pair):
    pid, _ = pair
    check_in_id = checkins.log_check_in(db, CheckInEntry(pid, date(2026, 10, 10)), today=TODAY)
    entry = checkins.load_check_in(db, check_in_id)
    with pytest.raises(ValidationError):
        checkins.update_check_in(db, replace(entry, mentee_rating=0), today=TODAY)
    enrol(db, small_org, "jose.muller@x.org", Role.MENTEE)
    other, _ = add_partnership(db, small_org, "wang.wei@x.org", "jose.muller@x.org")
    with pytest.raises(RevMentorError, match="another partnership"):
        checkins.update_check_in(db, replace(entry, partnership_id=other), today=TODAY)
    # Saving it unchanged is not a clash with itself.
    checkins.update_check_in(db, entry, today=TODAY)
    assert checkins.load_check_in(db, check_in_id).mentee_rating is None


def test_gone_check_ins_say_so(db, pair):
    pid, _ = pair
    for call in (
        lambda: checkins.load_check_in(db, 42),
        lambda: checkins.delete_check_in(db, 42),
        lambda: checkins.update_check_in(db, CheckInEntry(pid, date(2026, 10, 1), id=42)),
    ):
        with pytest.raises(RevMentorError, match="no longer exists"):
            call()


def test_history_is_newest_first_without_private_notes(db, pair):
    pid, _ = pair
    old = add_check_in(db, pid, date(2026, 10, 5), CheckInKind.FIT_CHECK, private_notes="secret")
    new = add_check_in(db, pid, date(2026, 11, 2), summary="Good progress", mentor_rating=4)
    cancelled = add_check_in(db, pid, date(2026, 10, 19), held=False)
    rows = checkins.check_in_history(db, pid)
    assert [row.id for row in rows] == [new, cancelled, old]
    assert [row.has_private_notes for row in rows] == [False, False, True]
    assert rows[0].summary == "Good progress" and rows[0].mentor_rating == 4
    assert rows[2].kind_label == "First-session fit check"
    assert not hasattr(rows[2], "private_notes")
    assert "secret" not in repr(rows)


def test_a_not_a_fit_verdict_offers_a_no_fault_ending(db, pair):
    pid, _ = pair
    fit_check = CheckInEntry(pid, date(2026, 10, 5), CheckInKind.FIT_CHECK)
    assert not checkins.needs_no_fault_offer(fit_check)
    assert checkins.needs_no_fault_offer(replace(fit_check, fit_verdict=FitVerdict.NOT_A_FIT))
    assert not checkins.needs_no_fault_offer(replace(fit_check, fit_verdict=FitVerdict.DECIDING))
    assert not checkins.needs_no_fault_offer(
        replace(fit_check, kind=CheckInKind.CHECK_IN, fit_verdict=FitVerdict.NOT_A_FIT)
    )
