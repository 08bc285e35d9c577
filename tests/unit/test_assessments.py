"""Self-assessments: which skills each partner rates, saving and replacing ratings, validation."""

from datetime import date

import pytest
from factories import add_check_in, add_partnership

from revmentor_desktop.core.db.models import (
    AssessmentMoment,
    CheckInKind,
    GoalDirection,
    PartnershipStatus,
    Role,
)
from revmentor_desktop.core.errors import RevMentorError, ValidationError
from revmentor_desktop.core.services import assessments
from revmentor_desktop.core.services.assessments import Rating

pytestmark = pytest.mark.both_engines

DAY = date(2026, 10, 2)
MENTEE, MENTOR = GoalDirection.MENTEE_LEARNS, GoalDirection.MENTOR_LEARNS


@pytest.fixture
def pair(db, small_org):
    """Dana Fox (reverse mentor) and Zoë Adams (mentee): Zoë learns TikTok, Dana Budgeting."""
    pid, _ = add_partnership(
        db,
        small_org,
        "dana.fox@x.org",
        "zoe.adams@x.org",
        goals=(
            (MENTEE, "Post on TikTok every week", "TikTok"),
            (MENTEE, "Film a short video", "TikTok"),  # the same skill: rated once
            (MENTEE, "Be curious", None),  # no skill: nothing to rate
            (MENTOR, "Read a departmental budget", "Budgeting"),
        ),
    )
    return pid


def skill_ids(db, pid) -> dict[str, int]:
    return {
        skill.name: skill.skill_id
        for learner in assessments.skills_to_rate(db, pid)
        for skill in learner.skills
    }


def test_each_partner_rates_the_skills_of_the_goals_they_learn(db, pair):
    mentee, mentor = assessments.skills_to_rate(db, pair)
    assert (mentee.role, mentee.name, [s.name for s in mentee.skills]) == (
        Role.MENTEE,
        "Zoë Adams",
        ["TikTok"],
    )
    assert (mentor.role, mentor.name, [s.name for s in mentor.skills]) == (
        Role.REVERSE_MENTOR,
        "Dana Fox",
        ["Budgeting"],
    )


def test_ratings_are_saved_replaced_and_cleared_per_moment(db, pair):
    ids = skill_ids(db, pair)
    saved = assessments.save_ratings(
        db,
        pair,
        AssessmentMoment.START,
        [Rating(MENTEE, ids["TikTok"], 2, " unsure "), Rating(MENTOR, ids["Budgeting"], 1)],
        assessed_on=DAY,
    )
    assert saved == 2
    assessments.save_ratings(
        db, pair, AssessmentMoment.FINAL, [Rating(MENTEE, ids["TikTok"], 4)], assessed_on=DAY
    )
    start = assessments.ratings_at(db, pair, AssessmentMoment.START)
    assert start[(MENTEE, ids["TikTok"])] == Rating(MENTEE, ids["TikTok"], 2, "unsure")
    # A new rating at the same moment replaces the old one; "not rated" removes it.
    assessments.save_ratings(
        db,
        pair,
        AssessmentMoment.START,
        [Rating(MENTEE, ids["TikTok"], 3), Rating(MENTOR, ids["Budgeting"], None)],
        assessed_on=DAY,
    )
    history = assessments.assessment_history(db, pair)
    assert [(r.moment, r.skill, r.level) for r in history] == [
        (AssessmentMoment.START, "TikTok", 3),
        (AssessmentMoment.FINAL, "TikTok", 4),
    ]
    assert history[0].moment_label == "At the start"


def test_a_level_outside_1_to_5_or_a_skill_not_learnt_is_refused_and_nothing_saved(db, pair):
    ids = skill_ids(db, pair)
    with pytest.raises(ValidationError) as caught:
        assessments.save_ratings(
            db,
            pair,
            AssessmentMoment.START,
            [Rating(MENTEE, ids["TikTok"], 6), Rating(MENTOR, ids["TikTok"], 3)],
            assessed_on=DAY,
        )
    messages = " ".join(caught.value.errors.values())
    assert "level in TikTok must be from 1 to 5, not 6" in messages
    assert "only for a skill of the reverse mentor's goals" in messages
    assert assessments.assessment_history(db, pair) == []


def test_a_draft_takes_no_self_assessment(db, small_org):
    pid, _ = add_partnership(
        db, small_org, "dana.fox@x.org", "zoe.adams@x.org", status=PartnershipStatus.DRAFT
    )
    ids = skill_ids(db, pid)
    with pytest.raises(RevMentorError, match="finish setting up"):
        assessments.save_ratings(
            db, pid, AssessmentMoment.START, [Rating(MENTEE, ids["TikTok"], 2)], assessed_on=DAY
        )


def test_ratings_entered_with_a_review_follow_its_kind(db, pair):
    ids = skill_ids(db, pair)
    check_in = add_check_in(db, pair, date(2027, 1, 10), CheckInKind.MIDPOINT_REVIEW)
    assert assessments.moment_for(CheckInKind.MIDPOINT_REVIEW) == AssessmentMoment.MIDPOINT
    assert assessments.moment_for(CheckInKind.CHECK_IN) is None
    rating = Rating(MENTEE, ids["TikTok"], 3)
    assessments.save_ratings(
        db, pair, AssessmentMoment.MIDPOINT, [rating], assessed_on=DAY, check_in_id=check_in
    )
    # The review became the final one: its mid-point ratings go, the final ones stay.
    assessments.save_ratings(
        db, pair, AssessmentMoment.FINAL, [rating], assessed_on=DAY, check_in_id=check_in
    )
    history = assessments.assessment_history(db, pair)
    assert [(r.moment, r.check_in_id) for r in history] == [(AssessmentMoment.FINAL, check_in)]
    assessments.forget_check_in_ratings(db, check_in)
    assert assessments.assessment_history(db, pair) == []


def test_a_check_in_of_another_partnership_is_refused(db, small_org, pair):
    other, _ = add_partnership(db, small_org, "wang.wei@x.org", "jose.muller@x.org")
    check_in = add_check_in(db, other, date(2027, 1, 10), CheckInKind.MIDPOINT_REVIEW)
    ids = skill_ids(db, pair)
    with pytest.raises(RevMentorError, match="not one of this partnership"):
        assessments.save_ratings(
            db,
            pair,
            AssessmentMoment.MIDPOINT,
            [Rating(MENTEE, ids["TikTok"], 3)],
            check_in_id=check_in,
        )
