"""Partnerships, goals and check-ins edited from two places: a save over a newer change is refused.

The `both_engines` tests are one coordinator with a view gone stale; the PostgreSQL tests are
Priya and Tom, each with their own connection to one server database.
"""

import dataclasses
import re
import threading
import time
from datetime import date, datetime

import pytest
from sqlalchemy import create_engine, text

from revmentor_desktop.core.db import open_database
from revmentor_desktop.core.db.models import (
    CheckInKind,
    Goal,
    GoalDirection,
    Partnership,
    PartnershipStatus,
    Role,
)
from revmentor_desktop.core.errors import ChangedElsewhereError, RevMentorError
from revmentor_desktop.core.services import checkins
from revmentor_desktop.core.services.checkins import CheckInEntry
from revmentor_desktop.core.services.partnerships.agreement import (
    COMMUNICATION,
    OPENNESS,
    GoalDraft,
)
from revmentor_desktop.core.services.partnerships.life import (
    end_early,
    list_partnerships,
    pause,
    resume,
)
from revmentor_desktop.core.services.partnerships.meeting_series import meeting_series
from revmentor_desktop.core.services.partnerships.setup import (
    delete_draft,
    load_agreement,
    new_agreement,
    save_draft,
    save_step,
)
from revmentor_desktop.core.vocabulary import GROUND_RULES
from tests.factories import add_partnership, enrol, person_id

TODAY = date(2026, 11, 20)
ON_SERVER = pytest.mark.parametrize("engine", ["postgresql"], indirect=True)
WAIT_SECONDS = 30


def refused_by(who: str) -> str:
    """The message naming who saved first and when (a date too when not today)."""
    return rf"^{who} changed this (on .+ )?at \d\d:\d\d — reload and apply your change again$"


@pytest.fixture
def pid(db, small_org) -> int:
    """Dana and Zoë's active partnership, every step filled in, with two goals."""
    pid, _ = add_partnership(db, small_org, "dana.fox@x.org", "zoe.adams@x.org")
    agreement = load_agreement(db, pid)
    agreement.channels, agreement.meeting_interval_days = ["video"], 14
    agreement.meeting_place, agreement.agenda_owner = "Room 4", "both"
    agreement.cancellation_rule, agreement.reply_time = "A day's notice", "Within two days"
    agreement.confidentiality_agreed = True
    agreement.ground_rules_accepted = [key for key, _ in GROUND_RULES]
    agreement.manager_visibility = "That we meet"
    save_draft(db, agreement)
    return pid


@pytest.fixture
def coordinators(postgres_url, pid):
    """Priya's and Tom's apps, both connected to the server database holding `pid`."""
    with (
        open_database(postgres_url, editor="Priya") as priya,
        open_database(postgres_url, editor="Tom") as tom,
    ):
        yield priya, tom


def stored(db, pid: int):
    return load_agreement(db, pid)


def meeting(db, pid: int) -> CheckInEntry:
    """A new regular check-in, today, as the dialog offers it."""
    return dataclasses.replace(checkins.new_check_in(db, pid, TODAY), kind=CheckInKind.CHECK_IN)


# --- one coordinator, a view gone stale (both engines) ----------------------------------------


@pytest.mark.both_engines
def test_new_records_have_no_version_and_saving_gives_one(db, small_org, pid):
    assert new_agreement(db, small_org).version is None
    assert checkins.new_check_in(db, pid, TODAY).version is None
    loaded = load_agreement(db, pid)
    loaded.meeting_place = "Room 5"
    saved = save_step(db, loaded, COMMUNICATION)
    assert saved.version == stored(db, pid).version > loaded.version
    assert save_step(db, saved, OPENNESS).version == saved.version  # nothing changed


@pytest.mark.both_engines
def test_a_save_over_a_newer_agreement_is_refused_and_nothing_is_written(db, pid):
    first, second = load_agreement(db, pid), load_agreement(db, pid)
    first.meeting_place = "Room 5"
    save_step(db, first, COMMUNICATION)
    second.off_limits_topics = "Pay"
    with pytest.raises(ChangedElsewhereError, match=refused_by(re.escape(db.editor))):
        save_step(db, second, OPENNESS)
    now = stored(db, pid)
    assert (now.meeting_place, now.off_limits_topics) == ("Room 5", "")
    with pytest.raises(ChangedElsewhereError):  # the draft kept on Cancel: the same rule
        save_draft(db, second)


@pytest.mark.both_engines
def test_goals_added_changed_or_removed_elsewhere_are_never_overwritten(db, pid):
    base = load_agreement(db, pid)
    added = dataclasses.replace(base, goals=[*base.goals, GoalDraft(
        GoalDirection.MENTEE_LEARNS, "Film a reel", "One reel a month")])  # fmt: skip
    save_draft(db, added)
    # The older view has no such goal: saving it would drop the new one.
    with pytest.raises(ChangedElsewhereError):
        save_draft(db, base)
    titles = [goal.title for goal in stored(db, pid).goals]
    assert "Film a reel" in titles and len(titles) == 3

    base = load_agreement(db, pid)
    renamed = load_agreement(db, pid)
    renamed.goals[0].title = "Post on TikTok twice a week"
    save_draft(db, renamed)  # only a goal changed: the partnership's version moves all the same
    base.goals.pop()
    with pytest.raises(ChangedElsewhereError):
        save_draft(db, base)
    assert [goal.title for goal in stored(db, pid).goals][0] == "Post on TikTok twice a week"
    assert len(stored(db, pid).goals) == 3


@pytest.mark.both_engines
def test_a_check_in_moving_a_goal_makes_an_open_agreement_stale(db, pid):
    """The wizard writes goals' progress too: it must not put back what a check-in moved."""
    agreement = load_agreement(db, pid)
    goal_id = agreement.goals[0].id
    entry = meeting(db, pid)
    entry.goal_progress[goal_id] = 40
    checkins.log_check_in(db, entry, TODAY)
    agreement.meeting_place = "Room 5"
    with pytest.raises(ChangedElsewhereError):
        save_step(db, agreement, COMMUNICATION)
    reloaded = load_agreement(db, pid)
    assert reloaded.goals[0].progress == 40
    reloaded.meeting_place = "Room 5"
    assert save_step(db, reloaded, COMMUNICATION).goals[0].progress == 40


@pytest.mark.both_engines
def test_a_check_in_that_moves_no_goal_leaves_the_agreement_as_it_was(db, pid):
    agreement = load_agreement(db, pid)
    entry = meeting(db, pid)
    entry.goal_progress = {}
    checkins.log_check_in(db, entry, TODAY)
    agreement.meeting_place = "Room 5"
    assert save_step(db, agreement, COMMUNICATION).meeting_place == "Room 5"


@pytest.mark.both_engines
def test_exporting_the_meetings_is_no_edit_of_the_agreement(db, pid):
    agreement = load_agreement(db, pid)
    meeting_series(db, pid, datetime(2026, 12, 1, 10, 0), organizer="coordinator@x.org")
    meeting_series(db, pid, datetime(2026, 12, 1, 10, 0), organizer="coordinator@x.org")
    agreement.meeting_place = "Room 5"
    assert save_step(db, agreement, COMMUNICATION).meeting_place == "Room 5"
    with db.session() as session:
        assert session.get(Partnership, pid).calendar_sequence == 2


@pytest.mark.both_engines
def test_an_edited_check_in_is_not_saved_over_a_newer_one(db, pid):
    check_in_id = checkins.log_check_in(db, meeting(db, pid), TODAY)
    first, second = (checkins.load_check_in(db, check_in_id) for _ in range(2))
    first.summary = "Agreed the TikTok plan"
    assert checkins.update_check_in(db, first, TODAY) == first.version + 1
    second.next_steps = "Three drafts"
    with pytest.raises(ChangedElsewhereError, match=refused_by(re.escape(db.editor))):
        checkins.update_check_in(db, second, TODAY)
    with pytest.raises(ChangedElsewhereError):
        checkins.delete_check_in(db, check_in_id, version=second.version)
    now = checkins.load_check_in(db, check_in_id)
    assert (now.summary, now.next_steps) == ("Agreed the TikTok plan", "")
    # Only a change of its goals' progress is a change of the check-in too.
    goal_id = next(iter(now.goal_progress))
    moved = dataclasses.replace(now, goal_progress={**now.goal_progress, goal_id: 70})
    checkins.update_check_in(db, moved, TODAY)
    with pytest.raises(ChangedElsewhereError):
        checkins.update_check_in(db, now, TODAY)
    [row] = checkins.check_in_history(db, pid)
    checkins.delete_check_in(db, check_in_id, version=row.version)
    assert checkins.check_in_history(db, pid) == []


@pytest.mark.both_engines
def test_status_changes_are_decided_on_what_the_coordinator_saw(db, pid):
    [row] = list_partnerships(db)
    agreement = load_agreement(db, pid)
    agreement.meeting_place = "Room 5"
    save_step(db, agreement, COMMUNICATION)
    with pytest.raises(ChangedElsewhereError):
        end_early(db, pid, "Not a fit", no_fault=True, version=row.version)
    [row] = list_partnerships(db)
    assert row.status == PartnershipStatus.ACTIVE
    pause(db, pid, version=row.version)
    with pytest.raises(ChangedElsewhereError):  # the list, not read again, shows it active
        resume(db, pid, version=row.version)
    [row] = list_partnerships(db)
    resume(db, pid, version=row.version)
    assert list_partnerships(db)[0].status == PartnershipStatus.ACTIVE


@pytest.mark.both_engines
def test_a_draft_changed_since_is_not_deleted(db, small_org, pid):
    mentee = enrol(db, small_org, "jose.muller@x.org", Role.MENTEE)
    pair = new_agreement(db, small_org, person_id(db, "wang.wei@x.org"), mentee)
    draft = save_draft(db, pair)
    draft_id = draft.id
    changed = load_agreement(db, draft_id)
    changed.preferred_times = "Mornings"
    save_draft(db, changed)
    with pytest.raises(ChangedElsewhereError):
        delete_draft(db, draft_id, version=draft.version)
    delete_draft(db, draft_id, version=load_agreement(db, draft_id).version)
    with pytest.raises(RevMentorError, match="no longer exists"):
        load_agreement(db, draft_id)


# --- Priya and Tom on one server ----------------------------------------------------------------


@ON_SERVER
def test_two_coordinators_on_one_agreement(coordinators, pid):
    priya, tom = coordinators
    hers, his = load_agreement(priya, pid), load_agreement(tom, pid)
    hers.meeting_place = "Room 5"
    save_step(priya, hers, COMMUNICATION)
    his.off_limits_topics = "Pay"
    with pytest.raises(ChangedElsewhereError, match=refused_by("Priya")):
        save_step(tom, his, OPENNESS)
    assert (stored(tom, pid).meeting_place, stored(tom, pid).off_limits_topics) == ("Room 5", "")
    his = load_agreement(tom, pid)  # Reload, and apply the change again
    his.off_limits_topics = "Pay"
    save_step(tom, his, OPENNESS)
    now = stored(priya, pid)
    assert (now.meeting_place, now.off_limits_topics) == ("Room 5", "Pay")
    with priya.session() as session:
        assert session.get(Partnership, pid).updated_by == "Tom"


@ON_SERVER
def test_two_coordinators_on_one_goal(coordinators, pid):
    priya, tom = coordinators
    hers, his = load_agreement(priya, pid), load_agreement(tom, pid)
    hers.goals[0].title = "Post on TikTok twice a week"
    save_draft(priya, hers)
    del his.goals[0]  # Tom removes the goal Priya just changed
    with pytest.raises(ChangedElsewhereError, match=refused_by("Priya")):
        save_draft(tom, his)
    goal_id = hers.goals[0].id
    with tom.session() as session:
        goal = session.get(Goal, goal_id)
        assert (goal.title, goal.updated_by) == ("Post on TikTok twice a week", "Priya")
    his = load_agreement(tom, pid)
    del his.goals[0]
    assert len(save_draft(tom, his).goals) == 1


@ON_SERVER
def test_two_coordinators_on_one_check_in(coordinators, pid):
    priya, tom = coordinators
    check_in_id = checkins.log_check_in(priya, meeting(priya, pid), TODAY)
    hers, his = checkins.load_check_in(priya, check_in_id), checkins.load_check_in(tom, check_in_id)
    hers.summary = "Agreed the TikTok plan"
    checkins.update_check_in(priya, hers, TODAY)
    his.mentee_rating = 5
    with pytest.raises(ChangedElsewhereError, match=refused_by("Priya")):
        checkins.update_check_in(tom, his, TODAY)
    assert checkins.load_check_in(tom, check_in_id).summary == "Agreed the TikTok plan"
    his = checkins.load_check_in(tom, check_in_id)
    his.mentee_rating = 5
    checkins.update_check_in(tom, his, TODAY)
    now = checkins.load_check_in(priya, check_in_id)
    assert (now.summary, now.mentee_rating) == ("Agreed the TikTok plan", 5)


@ON_SERVER
def test_a_check_in_for_a_partnership_ended_meanwhile_is_refused_clearly(coordinators, pid):
    priya, tom = coordinators
    entry = meeting(tom, pid)
    entry.summary = "Went well"
    end_early(priya, pid, "Zoë leaves the company", no_fault=True)
    with pytest.raises(RevMentorError) as refused:
        checkins.log_check_in(tom, entry, TODAY)
    assert re.match(
        r"Not saved: Priya ended this partnership early (on .+ )?at \d\d:\d\d; check-ins are "
        r"logged for active or paused partnerships only\.",
        str(refused.value),
    )
    assert checkins.check_in_history(priya, pid) == []


@ON_SERVER
def test_a_race_inside_the_save_is_caught_by_the_database(coordinators, pid, postgres_url):
    """Tom's save has checked the version when Priya's commits before his UPDATE: the row's
    version in the UPDATE's WHERE still refuses it, naming Priya."""
    priya, tom = coordinators
    his = load_agreement(tom, pid)
    his.meeting_place = "Tom's room"
    outcome: list[BaseException | None] = []
    with priya.session() as session, session.begin():
        session.get(Partnership, pid).preferred_times = "Mornings"
        session.flush()  # Priya's UPDATE holds the row until she commits

        def save() -> None:
            try:
                save_step(tom, his, COMMUNICATION)
                outcome.append(None)
            except BaseException as exc:  # noqa: BLE001 (handed to the test's thread)
                outcome.append(exc)

        thread = threading.Thread(target=save)
        thread.start()
        _wait_for_a_lock_wait(postgres_url)
    thread.join(WAIT_SECONDS)
    assert len(outcome) == 1 and isinstance(outcome[0], ChangedElsewhereError)
    assert re.match(refused_by("Priya"), str(outcome[0]))
    now = stored(tom, pid)
    assert (now.preferred_times, now.meeting_place) == ("Mornings", "Room 4")


def _wait_for_a_lock_wait(url: str) -> None:
    """Until another connection waits on a row lock (Tom's UPDATE behind Priya's)."""
    engine = create_engine(url)
    try:
        deadline = time.monotonic() + WAIT_SECONDS
        with engine.connect() as connection:
            while time.monotonic() < deadline:
                waiting = connection.scalar(
                    text(
                        "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                        "AND datname = current_database()"
                    )
                )
                connection.rollback()
                if waiting:
                    return
                time.sleep(0.05)
        raise AssertionError("Tom's save never reached the locked row")
    finally:
        engine.dispose()
