"""The demo programme's partnerships: a spread the dashboard and reports can show at once."""

from collections import Counter
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from revmentor_desktop.core.db import open_database
from revmentor_desktop.core.db.models import (
    CheckIn,
    CheckInKind,
    FitVerdict,
    GoalDirection,
    PairDecision,
    PairDecisionKind,
    PairingPreference,
    Partnership,
    PartnershipStatus,
    PreferenceKind,
)
from revmentor_desktop.core.demo.organisation import create_demo
from revmentor_desktop.core.demo.partnerships import STORIES
from revmentor_desktop.core.services import dashboard as progress
from revmentor_desktop.core.services.exports import checkins_table
from revmentor_desktop.core.services.integrity import check_database

pytestmark = pytest.mark.both_engines

TODAY = date(2026, 11, 20)


@pytest.fixture
def demo(db):
    create_demo(db, 120, today=TODAY)
    return 1  # the demo programme's id


def partnerships(db) -> list[Partnership]:
    with db.session() as session:
        found = session.scalars(select(Partnership).order_by(Partnership.id)).all()
        for partnership in found:  # loaded while the session is open
            for check_in in partnership.check_ins:
                _ = check_in.goal_progress
            _ = partnership.goals
        return found


def test_the_dashboard_has_something_in_every_list(db, demo):
    overview = progress.programme_overview(db, demo, TODAY)
    statuses = Counter(p.status for p in overview.pairs)
    assert statuses == {
        PartnershipStatus.ACTIVE: 5, PartnershipStatus.DRAFT: 2, PartnershipStatus.PAUSED: 1,
        PartnershipStatus.COMPLETED: 2, PartnershipStatus.ENDED_EARLY: 1,
    }  # fmt: skip
    assert len(overview.stalled) == 1 and overview.stalled[0].action == progress.BRAINSTORM
    assert len(overview.overdue_reviews) == 1
    assert "mid-point review was due" in overview.overdue_reviews[0].detail
    assert overview.stalled[0].partnership_id != overview.overdue_reviews[0].partnership_id
    assert sorted(item.detail for item in overview.unfinished_drafts) == [
        "set-up stopped at step 2 of 5 (goals)",
        "set-up stopped at step 3 of 5 (communication)",
    ]
    assert overview.unpaired  # the demo leaves people for the suggestions screen
    assert overview.headline["check-ins logged"] >= 10
    assert all(count for _, count in overview.check_ins_by_month)
    assert set(overview.goal_progress) == {d.value for d in GoalDirection}
    assert all(overview.skills_exchanged.values())


def test_the_pairs_follow_the_apps_own_rules(db, demo):
    report = check_database(db)
    assert report.ok, report.problems
    for partnership in partnerships(db):
        assert partnership.mentor_id != partnership.mentee_id
        if partnership.status == PartnershipStatus.DRAFT:
            continue
        directions = {goal.direction for goal in partnership.goals}
        assert directions == set(GoalDirection), partnership.id  # goals both ways
        assert partnership.start_date <= partnership.end_date
        assert partnership.confidentiality_agreed and len(partnership.ground_rules_accepted) == 5
        days = [c.held_on for c in partnership.check_ins]
        assert all(partnership.start_date <= day <= TODAY for day in days)
        first = min(partnership.check_ins, key=lambda c: c.held_on)
        assert first.kind == CheckInKind.FIT_CHECK and first.held
        for check_in in partnership.check_ins:
            if not check_in.held:
                assert check_in.mentor_rating is None and not check_in.goal_progress
        held = [c for c in partnership.check_ins if c.held and c.goal_progress]
        if held:  # goals show the latest held check-in's progress
            latest = max(held, key=lambda c: c.held_on)
            recorded = {row.goal_id: row.progress for row in latest.goal_progress}
            assert {g.id: g.progress for g in partnership.goals} == recorded


def test_the_ended_and_completed_pairs(db, demo):
    by_status = {p.status: p for p in partnerships(db)}
    ended = by_status[PartnershipStatus.ENDED_EARLY]
    assert ended.no_fault_ending and ended.end_reason and ended.ended_at
    (fit_check,) = ended.check_ins
    assert fit_check.fit_verdict == FitVerdict.NOT_A_FIT
    with db.session() as session:
        decisions = session.execute(select(PairDecision.mentor_id, PairDecision.mentee_id,
                                           PairDecision.kind)).all()  # fmt: skip
    assert decisions == [(ended.mentor_id, ended.mentee_id, PairDecisionKind.REJECTED)]
    completed = by_status[PartnershipStatus.COMPLETED]
    assert completed.end_date < TODAY and completed.ended_at
    assert {g.progress for g in completed.goals} == {100}
    assert CheckInKind.FINAL_REVIEW in {c.kind for c in completed.check_ins}


def test_private_notes_exist_but_never_reach_the_shared_export(db, demo):
    with db.session() as session:
        notes = [n for n in session.scalars(select(CheckIn.private_notes)) if n]
    assert notes
    shared = repr(checkins_table(db))
    assert not any(note in shared for note in notes)


def test_same_seed_and_day_same_partnerships(tmp_path, db):
    def fingerprint(database):
        with database.session() as session:
            return [
                (c.partnership.mentor.email, c.partnership.mentee.email, c.held_on, c.kind,
                 c.held, c.mentor_rating, c.summary)
                for c in session.scalars(select(CheckIn).order_by(CheckIn.id))
            ]  # fmt: skip

    create_demo(db, 60, seed=4, today=TODAY)
    other = open_database("sqlite:///" + str(tmp_path / "other.sqlite"))
    try:
        create_demo(other, 60, seed=4, today=TODAY)
        assert fingerprint(db) == fingerprint(other)
    finally:
        other.close()


@pytest.mark.parametrize("today", [date(2026, 10, 2), date(2027, 3, 15), date(2027, 9, 1)], ids=str)
def test_any_day_gives_one_stalled_pair_and_nothing_in_the_future(db, today):
    create_demo(db, 120, today=today)
    as_of = min(today, date(2027, 6, 30))
    overview = progress.programme_overview(db, 1, as_of)
    assert len(overview.stalled) == 1
    # One pair is behind with its review; the stalled pair may miss its reviews too.
    late = {item.partnership_id for item in overview.overdue_reviews}
    assert len(late - {overview.stalled[0].partnership_id}) == 1
    with db.session() as session:
        latest = max(session.scalars(select(CheckIn.held_on)))
    assert latest <= as_of
    assert check_database(db).ok


@pytest.mark.parametrize("size", [20, 30])
def test_a_small_organisation_gets_what_its_people_allow(db, size):
    summary = create_demo(db, size, today=TODAY)
    found = partnerships(db)
    assert len(found) <= min(len(STORIES), summary.mentees, summary.reverse_mentors)
    with db.session() as session:
        rather_not = {
            frozenset((p.person_id, p.other_id))
            for p in session.scalars(select(PairingPreference))
            if p.kind == PreferenceKind.WOULD_RATHER_NOT
        }
    assert not any(frozenset((p.mentor_id, p.mentee_id)) in rather_not for p in found)
    if size == 30:
        assert found and found[0].status == PartnershipStatus.ACTIVE
    assert check_database(db).ok


def test_a_big_organisation_still_gets_every_story(db):
    create_demo(db, 2_000, today=TODAY)
    assert len(partnerships(db)) == len(STORIES) == 11
    assert timedelta(0) <= TODAY - max(c.held_on for p in partnerships(db) for c in p.check_ins)
