"""Programme and partnership progress on a fixed clock: figures, stalled pairs, overdue reviews,
drafts, people still without a partner, and the brainstorming invitation."""

from datetime import UTC, date, datetime, timedelta

import pytest
from factories import (
    add_check_in,
    add_partnership,
    add_person,
    enrol,
    person_id,
    set_private_data,
)
from sqlalchemy import select

from revmentor_desktop.core.db.models import (
    CheckInKind,
    Enrolment,
    EnrolmentStatus,
    FitVerdict,
    GoalDirection,
    GoalStatus,
    PartnershipStatus,
    Programme,
    Role,
)
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.services import dashboard as progress
from revmentor_desktop.core.services.dashboard import (
    BRAINSTORM,
    LOG_CHECK_IN,
    RESUME_DRAFT,
    SUGGEST_PARTNER,
)
from revmentor_desktop.core.text import isolate

pytestmark = pytest.mark.both_engines

TODAY = date(2026, 11, 20)
START = date(2026, 10, 1)


def overview(db, programme_id, today=TODAY):
    return progress.programme_overview(db, programme_id, today)


def ids(items) -> list[int | None]:
    return [item.partnership_id for item in items]


# --- stalled --------------------------------------------------------------------------------


@pytest.mark.parametrize(("days", "stalled"), [(20, False), (21, False), (22, True)])
def test_stalled_after_the_programmes_threshold_not_on_it(db, small_org, days, stalled):
    pid, _ = add_partnership(db, small_org, "dana.fox@x.org", "zoe.adams@x.org")
    add_check_in(db, pid, TODAY - timedelta(days=days))
    result = overview(db, small_org)
    assert ids(result.stalled) == ([pid] if stalled else [])
    assert progress.partnership_progress(db, pid, TODAY).stalled is stalled
    if stalled:
        item = result.stalled[0]
        assert item.names == ("Dana Fox", "Zoë Adams")
        assert item.who == f"Dana Fox & {isolate('Zoë Adams')}"  # each name isolated
        assert item.detail == "no check-in for 22 days (the last on 29 Oct 2026)"
        assert item.action == BRAINSTORM


def test_the_threshold_is_the_programmes_own(db, small_org):
    with db.session() as session, session.begin():
        session.get(Programme, small_org).stalled_after_days = 30
    pid, _ = add_partnership(db, small_org, "dana.fox@x.org", "zoe.adams@x.org")
    add_check_in(db, pid, TODAY - timedelta(days=25))
    assert overview(db, small_org).stalled == []
    assert ids(overview(db, small_org, TODAY + timedelta(days=6)).stalled) == [pid]


def test_without_check_ins_the_clock_starts_at_the_later_of_start_and_activation(db, small_org):
    # Started on paper on 1 Oct, but only activated on 5 Nov: not late before 27 Nov.
    late, _ = add_partnership(
        db, small_org, "dana.fox@x.org", "zoe.adams@x.org", activated=date(2026, 11, 5)
    )
    assert overview(db, small_org, date(2026, 11, 26)).stalled == []
    item = overview(db, small_org, date(2026, 11, 27)).stalled[0]
    assert (item.partnership_id, item.action) == (late, LOG_CHECK_IN)
    assert item.detail == "no check-in logged since it started on 5 Nov 2026 (22 days)"


def test_a_start_in_the_future_is_not_stalled(db, small_org):
    add_partnership(
        db, small_org, "dana.fox@x.org", "zoe.adams@x.org", start=date(2026, 12, 1),
        activated=date(2026, 9, 1),
    )  # fmt: skip
    assert overview(db, small_org).stalled == []


def test_cancelled_meetings_do_not_count_and_only_active_pairs_stall(db, small_org):
    pid, _ = add_partnership(db, small_org, "dana.fox@x.org", "zoe.adams@x.org")
    add_check_in(db, pid, TODAY - timedelta(days=30))
    add_check_in(db, pid, TODAY - timedelta(days=3), held=False)
    assert ids(overview(db, small_org).stalled) == [pid]
    assert overview(db, small_org).pairs[0].last_check_in == TODAY - timedelta(days=30)
    enrol(db, small_org, "jose.muller@x.org", Role.MENTEE)
    for status in (PartnershipStatus.PAUSED, PartnershipStatus.COMPLETED):
        add_partnership(db, small_org, "wang.wei@x.org", "jose.muller@x.org", status=status)
    assert ids(overview(db, small_org).stalled) == [pid]


# --- overdue reviews ------------------------------------------------------------------------


def test_a_review_is_overdue_the_day_after_its_date(db, small_org):
    pid, _ = add_partnership(
        db, small_org, "dana.fox@x.org", "zoe.adams@x.org", midpoint=TODAY, final=date(2027, 6, 1)
    )
    add_check_in(db, pid, TODAY - timedelta(days=2))
    assert overview(db, small_org).overdue_reviews == []
    assert overview(db, small_org).pairs[0].next_review == TODAY
    late = overview(db, small_org, TODAY + timedelta(days=1)).overdue_reviews
    assert [(i.partnership_id, i.detail, i.action) for i in late] == [
        (pid, "mid-point review was due on 20 Nov 2026 (1 day ago)", LOG_CHECK_IN)
    ]
    assert progress.partnership_progress(db, pid, TODAY + timedelta(days=1)).overdue_reviews == [
        "mid-point review"
    ]


def test_a_review_held_settles_it_and_a_final_review_settles_both(db, small_org):
    pid, _ = add_partnership(
        db, small_org, "dana.fox@x.org", "zoe.adams@x.org", midpoint=date(2026, 11, 1),
        final=date(2026, 11, 15),
    )  # fmt: skip
    add_check_in(db, pid, date(2026, 10, 30), CheckInKind.MIDPOINT_REVIEW, held=False)
    assert [i.detail.split(" was")[0] for i in overview(db, small_org).overdue_reviews] == [
        "mid-point review",
        "final review",
    ]
    # Held two days early still counts: there is one mid-point review per partnership.
    add_check_in(db, pid, date(2026, 10, 30), CheckInKind.MIDPOINT_REVIEW)
    assert [i.detail.split(" was")[0] for i in overview(db, small_org).overdue_reviews] == [
        "final review"
    ]
    add_check_in(db, pid, date(2026, 11, 16), CheckInKind.FINAL_REVIEW)
    result = overview(db, small_org)
    assert result.overdue_reviews == []
    assert result.pairs[0].next_review is None


def test_review_state_on_plain_values():
    kinds = {CheckInKind.CHECK_IN}
    assert progress.review_state(None, None, kinds, TODAY) == ([], None)
    assert progress.review_state(date(2026, 11, 19), date(2027, 1, 1), kinds, TODAY) == (
        [("mid-point review", date(2026, 11, 19))],
        date(2026, 11, 19),
    )
    assert progress.review_state(
        date(2026, 11, 19), date(2027, 1, 1), {CheckInKind.MIDPOINT_REVIEW}, TODAY
    ) == ([], date(2027, 1, 1))


# --- the whole programme --------------------------------------------------------------------


@pytest.fixture
def programme(db, small_org):
    """A programme with one pair of each kind, on the clock of TODAY; returns a dict of ids."""
    for given, family, email, rank in (
        ("Ama", "Owusu", "ama@x.org", 2),
        ("Li", "Na", "li.na@x.org", 7),
        ("Sam", "Reed", "sam@x.org", 1),
        ("Kim", "Lee", "kim@x.org", 7),
        ("Noor", "Haddad", "noor@x.org", 6),
        ("Eve", "Stone", "eve@x.org", 6),
        ("Tom", "Ward", "tom@x.org", 2),
    ):
        add_person(db, given, family, email, rank, department="Sales")
    roles = {
        "dana.fox@x.org": Role.REVERSE_MENTOR, "wang.wei@x.org": Role.REVERSE_MENTOR,
        "olga.koval@x.org": Role.REVERSE_MENTOR, "ama@x.org": Role.REVERSE_MENTOR,
        "sam@x.org": Role.REVERSE_MENTOR, "tom@x.org": Role.REVERSE_MENTOR,
        "zoe.adams@x.org": Role.MENTEE, "jose.muller@x.org": Role.MENTEE,
        "li.na@x.org": Role.MENTEE, "kim@x.org": Role.MENTEE, "noor@x.org": Role.MENTEE,
        "eve@x.org": Role.MENTEE,
    }  # fmt: skip
    for email, role in roles.items():
        enrol(db, small_org, email, role)
    enrol(db, small_org, "bob@x.org", Role.REVERSE_MENTOR)  # archived: not counted
    enrol(db, small_org, "eve@x.org", Role.MENTEE, consent=None)  # no consent yet
    with db.session() as session, session.begin():
        tom = session.scalar(
            select(Enrolment).where(Enrolment.person_id == person_id(db, "tom@x.org"))
        )
        tom.status = EnrolmentStatus.WITHDRAWN
    made = {}
    made["healthy"], goals = add_partnership(
        db, small_org, "dana.fox@x.org", "zoe.adams@x.org", midpoint=date(2027, 2, 1)
    )
    add_check_in(
        db, made["healthy"], date(2026, 10, 6), CheckInKind.FIT_CHECK, mentor_rating=4,
        mentee_rating=5, fit_verdict=FitVerdict.GOOD_FIT, duration_minutes=60,
        progress={goals[0]: 20, goals[1]: 10},
    )  # fmt: skip
    add_check_in(
        db, made["healthy"], date(2026, 11, 10), mentor_rating=5, mentee_rating=4,
        progress={goals[0]: 60},
    )  # fmt: skip
    made["healthy_goals"] = goals
    made["stalled"], goals = add_partnership(db, small_org, "wang.wei@x.org", "jose.muller@x.org")
    add_check_in(db, made["stalled"], date(2026, 10, 8), mentor_rating=2, mentee_rating=3)
    made["overdue"], _ = add_partnership(
        db, small_org, "olga.koval@x.org", "li.na@x.org", midpoint=date(2026, 11, 15)
    )
    add_check_in(db, made["overdue"], date(2026, 11, 12))
    add_check_in(db, made["overdue"], date(2026, 10, 20), held=False)
    made["draft"], _ = add_partnership(
        db, small_org, "ama@x.org", "kim@x.org", status=PartnershipStatus.DRAFT, wizard_step=2
    )
    made["completed"], _ = add_partnership(
        db, small_org, "sam@x.org", "noor@x.org", status=PartnershipStatus.COMPLETED,
        end=date(2026, 11, 1),
    )  # fmt: skip
    add_check_in(db, made["completed"], date(2026, 10, 30), CheckInKind.FINAL_REVIEW)
    return made


def test_headline_figures_match_the_data(db, small_org, programme):
    result = overview(db, small_org)
    assert result.programme == "Cohort 2026"
    assert result.headline == {
        "people enrolled": 11,  # 13 enrolments: Bob is archived, Tom withdrew
        "partnerships active": 3,
        "partnerships paused": 0,
        "drafts": 1,
        "completed": 1,
        "ended early": 0,
        "check-ins logged": 5,  # held ones: the cancelled meeting is not a check-in
        "average rating, reverse mentors": round((4 + 5 + 2) / 3, 2),
        "average rating, mentees": 4.0,
    }
    assert list(result.headline) == list(progress.HEADLINE_KEYS)
    assert result.by_status == {
        "draft": 1, "active": 3, "paused": 0, "completed": 1, "ended_early": 0,
    }  # fmt: skip
    assert result.average_ratings == (3.67, 4.0)
    assert result.check_ins_by_month == [("2026-10", 3), ("2026-11", 2)]


def test_the_months_run_from_the_programme_start_to_today_without_gaps(db, small_org):
    pid, _ = add_partnership(db, small_org, "dana.fox@x.org", "zoe.adams@x.org")
    add_check_in(db, pid, date(2026, 12, 3))
    result = overview(db, small_org, date(2027, 2, 10))
    assert result.check_ins_by_month == [
        ("2026-10", 0), ("2026-11", 0), ("2026-12", 1), ("2027-01", 0), ("2027-02", 0),
    ]  # fmt: skip
    assert overview(db, small_org, date(2027, 2, 10)).headline["check-ins logged"] == 1


def test_an_empty_programme_has_empty_charts(db, small_org):
    result = overview(db, small_org)
    assert result.check_ins_by_month == [] and result.pairs == []
    assert result.average_ratings == (None, None)
    assert result.headline["average rating, mentees"] is None
    assert result.goal_progress == {}
    assert result.skills_exchanged == {"mentee_learns": [], "mentor_learns": []}


def test_goal_progress_and_skills_by_direction_leave_drafts_and_dropped_goals_out(
    db, small_org, programme
):
    from revmentor_desktop.core.db.models import Goal

    with db.session() as session, session.begin():
        stalled_goals = session.scalars(
            select(Goal).where(Goal.partnership_id == programme["stalled"])
        ).all()
        stalled_goals[1].status = GoalStatus.DROPPED
    result = overview(db, small_org)
    # healthy 60 + 10, stalled 0 (+ dropped), overdue 0 + 0, completed 0 + 0; draft left out
    assert result.goal_progress == {
        GoalDirection.MENTEE_LEARNS.value: round(60 / 4, 2),
        GoalDirection.MENTOR_LEARNS.value: round(10 / 3, 2),
    }
    assert result.skills_exchanged == {
        "mentee_learns": [("TikTok", 4)],
        "mentor_learns": [("Budgeting", 3)],
    }


def test_the_table_of_pairs(db, small_org, programme):
    rows = {row.id: row for row in overview(db, small_org).pairs}
    healthy = rows[programme["healthy"]]
    assert (healthy.mentor, healthy.mentee, healthy.status) == (
        "Dana Fox", "Zoë Adams", PartnershipStatus.ACTIVE,
    )  # fmt: skip
    assert (healthy.start, healthy.last_check_in) == (START, date(2026, 11, 10))
    assert (healthy.goals, healthy.goal_progress, healthy.next_review) == (
        2,
        35.0,
        date(2027, 2, 1),
    )
    assert rows[programme["completed"]].next_review is None
    assert rows[programme["draft"]].last_check_in is None
    # Drafts first, then active pairs by name, … as PartnershipStatus orders them.
    assert [row.id for row in overview(db, small_org).pairs] == [
        programme["draft"], programme["healthy"], programme["overdue"], programme["stalled"],
        programme["completed"],
    ]  # fmt: skip


def test_the_lists_of_who_needs_a_nudge(db, small_org, programme):
    result = overview(db, small_org)
    assert [(i.partnership_id, i.action) for i in result.stalled] == [
        (programme["stalled"], BRAINSTORM)
    ]
    assert [(i.partnership_id, i.names) for i in result.overdue_reviews] == [
        (programme["overdue"], ("Ольга Коваль", "Li Na"))
    ]
    assert result.overdue_reviews[0].who == f"{isolate('Ольга Коваль')} & Li Na"
    assert [(i.partnership_id, i.detail, i.action) for i in result.unfinished_drafts] == [
        (programme["draft"], "set-up stopped at step 3 of 5 (communication)", RESUME_DRAFT)
    ]
    # Consented, actively enrolled, not archived, without a live partnership: the completed
    # pair is back in the pool; Eve has not consented, Tom withdrew, Bob is archived.
    assert [(i.who, i.detail, i.action, i.partnership_id) for i in result.unpaired] == [
        ("Noor Haddad", "Mentee · Sales · no partner yet", SUGGEST_PARTNER, None),
        ("Sam Reed", "Reverse mentor · Sales · no partner yet", SUGGEST_PARTNER, None),
    ]
    assert result.unpaired[0].person_id == person_id(db, "noor@x.org")


def test_someone_with_room_for_more_is_not_unpaired_once_they_have_a_partner(db, small_org):
    with db.session() as session, session.begin():
        for enrolment in session.scalars(select(Enrolment)):
            enrolment.capacity = 2
    for email in ("dana.fox@x.org", "wang.wei@x.org", "zoe.adams@x.org"):
        enrol(db, small_org, email, Role.MENTEE)  # records consent (roles are kept)
    add_partnership(db, small_org, "dana.fox@x.org", "zoe.adams@x.org")
    unpaired = overview(db, small_org).unpaired
    assert [(i.who, i.detail) for i in unpaired] == [
        (isolate("王伟"), "Reverse mentor · Marketing · room for 2 partners")
    ]


def test_a_gone_programme_or_partnership_says_so(db):
    with pytest.raises(RevMentorError, match="no longer exists"):
        progress.programme_overview(db, 99, TODAY)
    with pytest.raises(RevMentorError, match="no longer exists"):
        progress.partnership_progress(db, 99, TODAY)


# --- one partnership ------------------------------------------------------------------------


def test_partnership_progress_shows_the_shareable_parts_only(db, small_org, programme):
    pid = programme["healthy"]
    add_check_in(
        db, pid, date(2026, 11, 12), CheckInKind.BRAINSTORMING, summary="New ideas",
        private_notes="PRIVATE-NOTE-42", next_steps="Try a podcast",
    )  # fmt: skip
    set_private_data(db, "dana.fox@x.org", 1999, "DIVERSITY-PERSPECTIVE")
    report = progress.partnership_progress(db, pid, TODAY)
    assert (report.programme, report.mentor, report.mentee) == (
        "Cohort 2026",
        "Dana Fox",
        "Zoë Adams",
    )
    assert (report.status, report.start_date, report.activated_on) == (
        PartnershipStatus.ACTIVE, START, START,
    )  # fmt: skip
    assert [(g.title, g.skill, g.progress, g.status) for g in report.goals] == [
        ("Post on TikTok every week", "TikTok", 60, GoalStatus.OPEN),
        ("Read a departmental budget", "Budgeting", 10, GoalStatus.OPEN),
    ]
    assert [(c.held_on, c.kind) for c in report.check_ins] == [
        (date(2026, 10, 6), CheckInKind.FIT_CHECK),
        (date(2026, 11, 10), CheckInKind.CHECK_IN),
        (date(2026, 11, 12), CheckInKind.BRAINSTORMING),
    ]
    assert report.check_ins[0].fit_verdict == FitVerdict.GOOD_FIT
    assert report.check_ins[2].summary == "New ideas"
    assert report.last_check_in == date(2026, 11, 12)
    assert (report.stalled, report.overdue_reviews, report.next_review) == (
        False, [], date(2027, 2, 1),
    )  # fmt: skip
    assert report.average_ratings == (4.5, 4.5)
    text = repr(report) + repr(overview(db, small_org))
    for secret in ("PRIVATE-NOTE-42", "1999", "DIVERSITY-PERSPECTIVE"):
        assert secret not in text
    assert not hasattr(report.check_ins[0], "private_notes")


def test_an_ended_partnership_reports_its_ending(db, small_org):
    pid, _ = add_partnership(
        db, small_org, "dana.fox@x.org", "zoe.adams@x.org", status=PartnershipStatus.ENDED_EARLY,
        midpoint=date(2026, 11, 1),
    )  # fmt: skip
    from revmentor_desktop.core.db.models import Partnership

    with db.session() as session, session.begin():
        ended = session.get(Partnership, pid)
        ended.ended_at = datetime(2026, 10, 20, 12, tzinfo=UTC)
        ended.no_fault_ending = True
    report = progress.partnership_progress(db, pid, TODAY)
    assert (report.ended_on, report.no_fault_ending) == (date(2026, 10, 20), True)
    assert (report.stalled, report.overdue_reviews, report.next_review) == (False, [], None)
