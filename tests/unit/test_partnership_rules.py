"""What each partnership status allows, and when a review is overdue: the rules the screens ask."""

from datetime import date, timedelta

import pytest
from factories import add_partnership

from revmentor_desktop.core.db.models import Partnership, PartnershipStatus
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.services.dashboard import review_state
from revmentor_desktop.core.services.partnerships.life import (
    PartnershipRow,
    can_complete,
    can_end_early,
    can_log_check_in,
    can_pause,
    can_resume,
    complete,
    end_early,
    pause,
    resume,
    review_overdue,
)

DRAFT, ACTIVE, PAUSED, COMPLETED, ENDED_EARLY = (
    PartnershipStatus.DRAFT,
    PartnershipStatus.ACTIVE,
    PartnershipStatus.PAUSED,
    PartnershipStatus.COMPLETED,
    PartnershipStatus.ENDED_EARLY,
)
pytestmark = pytest.mark.both_engines

TODAY = date(2027, 3, 10)


def allowed(rule) -> set[PartnershipStatus]:
    return {status for status in PartnershipStatus if rule(status)}


def test_what_each_status_allows():
    assert allowed(can_pause) == {ACTIVE}
    assert allowed(can_resume) == {PAUSED}
    assert allowed(can_complete) == {ACTIVE, PAUSED}
    assert allowed(can_end_early) == {ACTIVE, PAUSED}
    # A draft has not started and a finished partnership is read-only.
    assert allowed(can_log_check_in) == {ACTIVE, PAUSED}


@pytest.mark.parametrize("status", list(PartnershipStatus))
@pytest.mark.parametrize(
    ("change", "rule"),
    [
        (pause, can_pause),
        (resume, can_resume),
        (complete, can_complete),
        (lambda db, pid: end_early(db, pid, "Not a fit", no_fault=True), can_end_early),
    ],
    ids=["pause", "resume", "complete", "end early"],
)
def test_the_services_refuse_exactly_what_the_rules_refuse(db, small_org, status, change, rule):
    partnership_id, _ = add_partnership(
        db, small_org, "dana.fox@x.org", "zoe.adams@x.org", status=status
    )
    if rule(status):
        change(db, partnership_id)
        with db.session() as session:
            assert session.get(Partnership, partnership_id).status != status
    else:
        with pytest.raises(RevMentorError):
            change(db, partnership_id)


def test_a_review_is_overdue_from_the_day_after_its_date():
    assert not review_overdue(None, TODAY)
    assert not review_overdue(TODAY + timedelta(days=1), TODAY)
    assert not review_overdue(TODAY, TODAY)
    assert review_overdue(TODAY - timedelta(days=1), TODAY)


def test_the_dashboard_counts_overdue_reviews_by_the_same_rule():
    yesterday, today = TODAY - timedelta(days=1), TODAY
    overdue, upcoming = review_state(yesterday, today, set(), TODAY)
    assert overdue == [("mid-point review", yesterday)]
    assert upcoming == yesterday


def row(status: PartnershipStatus, next_review: date | None) -> PartnershipRow:
    return PartnershipRow(
        id=1, programme_id=1, programme="Cohort 2027", mentor_name="Dana Fox",
        mentee_name="Zoë Adams", status=status, wizard_step=5, start_date=None, end_date=None,
        next_review=next_review, last_check_in=None,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("status", "overdue"),
    [(DRAFT, False), (ACTIVE, True), (PAUSED, True), (COMPLETED, False), (ENDED_EARLY, False)],
)
def test_a_listed_partnership_s_next_review_is_overdue_only_while_it_is_under_way(status, overdue):
    assert row(status, TODAY - timedelta(days=1)).next_review_overdue(TODAY) is overdue
    assert not row(status, TODAY).next_review_overdue(TODAY)
    assert not row(status, None).next_review_overdue(TODAY)
