"""A partnership after set-up: the list, what each status allows, pausing, resuming, ending."""

from __future__ import annotations

import calendar
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.models import (
    CheckIn,
    CheckInKind,
    PairDecision,
    PairDecisionKind,
    Partnership,
    PartnershipStatus,
    Person,
    Programme,
    display_name,
)
from revmentor_desktop.core.db.versions import check_version
from revmentor_desktop.core.errors import RevMentorError, ValidationError
from revmentor_desktop.core.text import fold, isolate
from revmentor_desktop.core.vocabulary import FINISHED, LIVE, PARTNERSHIP_STATUS_LABELS, STEPS

DEFAULT_LENGTH_MONTHS = 6  # when the programme has no end date


def add_months(day: date, months: int) -> date:
    """The same day `months` later (the month's last day when it is shorter)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def default_dates(
    programme_start: date | None, programme_end: date | None, today: date | None = None
) -> tuple[date, date]:
    """A new partnership's start and end: it starts today or when the programme starts,
    whichever is later (never silently in the past), and ends with the programme, or
    DEFAULT_LENGTH_MONTHS later when the programme has no end after that start."""
    today = today or date.today()
    start = max(programme_start, today) if programme_start else today
    if programme_end is None or programme_end <= start:
        programme_end = add_months(start, DEFAULT_LENGTH_MONTHS)
    return start, programme_end


END_REASON_MAX = 2000
GONE = "This partnership no longer exists; reload the list."

# The check-in that counts as holding each planned review.
_REVIEWS = (
    ("fit_check_date", CheckInKind.FIT_CHECK),
    ("midpoint_review_date", CheckInKind.MIDPOINT_REVIEW),
    ("final_review_date", CheckInKind.FINAL_REVIEW),
)


@dataclass
class PartnershipRow:
    """One partnership in the partnerships list."""

    id: int
    programme_id: int
    programme: str
    mentor_name: str
    mentee_name: str
    status: PartnershipStatus
    wizard_step: int  # how many of the five set-up steps are saved
    start_date: date | None
    end_date: date | None
    next_review: date | None  # the earliest fit check or review still to come
    last_check_in: date | None  # the last meeting held
    version: int | None = None  # the partnership's stored version when the list was read

    @property
    def status_label(self) -> str:
        return PARTNERSHIP_STATUS_LABELS[self.status]

    @property
    def step_text(self) -> str:
        return step_reached(self.status, self.wizard_step)

    def next_review_overdue(self, today: date) -> bool:
        """Its next review's date has passed while it is under way (active or paused)."""
        return self.status in LIVE and review_overdue(self.next_review, today)


# --- what each status allows ------------------------------------------------------------------
# One definition for the services below, which refuse the rest, and for the screens, which only
# offer what is allowed.


def can_pause(status: PartnershipStatus) -> bool:
    return status == PartnershipStatus.ACTIVE


def can_resume(status: PartnershipStatus) -> bool:
    return status == PartnershipStatus.PAUSED


def can_complete(status: PartnershipStatus) -> bool:
    return status in LIVE


def can_end_early(status: PartnershipStatus) -> bool:
    return status in LIVE


def can_log_check_in(status: PartnershipStatus) -> bool:
    """Meetings are logged (and corrected) while a partnership is under way; a draft has not
    started and a finished one is read-only."""
    return status in LIVE


def review_overdue(due: date | None, today: date) -> bool:
    """A planned review not yet held is overdue from the day after its date."""
    return due is not None and due < today


def step_reached(status: PartnershipStatus, wizard_step: int) -> str:
    """Where a draft's set-up stands, as the wizard resumes it ("3 of 5: communication");
    "done" once the partnership is set up."""
    if status != PartnershipStatus.DRAFT:
        return "done"
    page = min(max(wizard_step, 0), len(STEPS) - 1)
    return f"{page + 1} of {len(STEPS)}: {STEPS[page]}"


def list_partnerships(
    db: Database,
    programme_id: int | None = None,
    status: PartnershipStatus | None = None,
) -> list[PartnershipRow]:
    """The partnerships (of one programme and/or in one status), by programme and names."""
    mentor, mentee = aliased(Person), aliased(Person)
    query = (
        select(
            Partnership.id,
            Partnership.programme_id,
            Programme.name,
            mentor.given_name,
            mentor.family_name,
            mentee.given_name,
            mentee.family_name,
            Partnership.status,
            Partnership.wizard_step,
            Partnership.start_date,
            Partnership.end_date,
            Partnership.fit_check_date,
            Partnership.midpoint_review_date,
            Partnership.final_review_date,
            Partnership.version,
        )
        .join(Programme, Partnership.programme_id == Programme.id)
        .join(mentor, Partnership.mentor_id == mentor.id)
        .join(mentee, Partnership.mentee_id == mentee.id)
    )
    if programme_id is not None:
        query = query.where(Partnership.programme_id == programme_id)
    if status is not None:
        query = query.where(Partnership.status == PartnershipStatus(status))
    with db.engine.connect() as connection:
        rows = connection.execute(query).all()
        ids = [row.id for row in rows]
        last_held: dict[int, date] = {}
        reviews_held: dict[int, set[CheckInKind]] = defaultdict(set)
        if ids:
            last_held = dict(
                connection.execute(
                    select(CheckIn.partnership_id, func.max(CheckIn.held_on))
                    .where(CheckIn.partnership_id.in_(ids), CheckIn.held.is_(True))
                    .group_by(CheckIn.partnership_id)
                ).all()
            )
            for partnership_id, kind in connection.execute(
                select(CheckIn.partnership_id, CheckIn.kind)
                .where(
                    CheckIn.partnership_id.in_(ids),
                    CheckIn.held.is_(True),
                    CheckIn.kind.in_([kind for _, kind in _REVIEWS]),
                )
                .distinct()
            ):
                reviews_held[partnership_id].add(kind)
    today = date.today()
    result = []
    for row in rows:
        upcoming = []
        if row.status not in FINISHED:
            # A review already held (early, perhaps) is no longer "next".
            for name, kind in _REVIEWS:
                day = getattr(row, name)
                if day is not None and day >= today and kind not in reviews_held[row.id]:
                    upcoming.append(day)
        result.append(
            PartnershipRow(
                id=row.id,
                programme_id=row.programme_id,
                programme=row.name,
                mentor_name=display_name(row[3], row[4]),
                mentee_name=display_name(row[5], row[6]),
                status=row.status,
                wizard_step=row.wizard_step,
                start_date=row.start_date,
                end_date=row.end_date,
                next_review=min(upcoming, default=None),
                last_check_in=last_held.get(row.id),
                version=row.version,
            )
        )
    result.sort(key=lambda r: (fold(r.programme), fold(r.mentor_name), fold(r.mentee_name), r.id))
    return result


# --- status changes ---------------------------------------------------------------------------


def _get(session: Session, partnership_id: int) -> Partnership:
    partnership = session.get(Partnership, partnership_id)
    if partnership is None:
        raise RevMentorError(GONE)
    return partnership


def touch(partnership: Partnership) -> None:
    """Count a change to its goals as a change to the partnership: a newer version, by this
    editor. So the version an agreement was loaded at covers its goals, and a save over a goal
    someone else added, changed or removed since is refused."""
    partnership.updated_at = datetime.now(UTC)


def pair_words(partnership: Partnership) -> str:
    """ "The partnership of Dana Fox and Zoë Adams", each name isolated (for people to read)."""
    mentor, mentee = isolate(partnership.mentor.full_name), isolate(partnership.mentee.full_name)
    return f"The partnership of {mentor} and {mentee}"


def _refuse(partnership: Partnership, action: str) -> RevMentorError:
    """Why `action` ("paused", "resumed", …) cannot happen to a partnership in its status."""
    who, status = pair_words(partnership), partnership.status
    if status == PartnershipStatus.DRAFT:
        hint = {
            "paused": "finish setting it up first",
            "resumed": "finish setting it up to start it",
            "completed": "finish setting it up first, or delete the draft",
            "ended early": "delete the draft instead (reject the pair in Suggestions so it is "
            "not suggested again)",
        }[action]
        return RevMentorError(f"{who} is still a draft, so it cannot be {action}: {hint}.")
    if status == PartnershipStatus.COMPLETED:
        return RevMentorError(f"{who} is completed, so it cannot be {action}.")
    if status == PartnershipStatus.ENDED_EARLY:
        return RevMentorError(f"{who} has ended early, so it cannot be {action}.")
    if status == PartnershipStatus.PAUSED:
        return RevMentorError(f"{who} is already paused.")
    return RevMentorError(f"{who} is active, not paused, so there is nothing to resume.")


def pause(db: Database, partnership_id: int, *, version: int | None = None) -> None:
    """An active partnership takes a break (holiday, a busy quarter); its place stays taken."""
    with db.session() as session, session.begin():
        partnership = _get(session, partnership_id)
        if not can_pause(partnership.status):
            raise _refuse(partnership, "paused")
        # Decided on what the coordinator saw (`version`): refused when someone changed it
        # since. The same in resume, complete and end_early.
        check_version(partnership, version)
        partnership.status = PartnershipStatus.PAUSED


def resume(db: Database, partnership_id: int, *, version: int | None = None) -> None:
    with db.session() as session, session.begin():
        partnership = _get(session, partnership_id)
        if not can_resume(partnership.status):
            raise _refuse(partnership, "resumed")
        check_version(partnership, version)
        partnership.status = PartnershipStatus.ACTIVE


def complete(db: Database, partnership_id: int, *, version: int | None = None) -> None:
    """The partnership ran its course; both people's places are free again."""
    with db.session() as session, session.begin():
        partnership = _get(session, partnership_id)
        if not can_complete(partnership.status):
            raise _refuse(partnership, "completed")
        check_version(partnership, version)
        partnership.status = PartnershipStatus.COMPLETED
        partnership.ended_at = datetime.now(UTC)


def end_early(
    db: Database, partnership_id: int, reason: str, no_fault: bool, *, version: int | None = None
) -> None:
    """End an active or paused partnership before its time, with the reason.

    The pair is remembered as rejected in the programme, so it is never suggested again; both
    enrolments stay as they are, so both people are back among the suggestions with their place
    free (for a no-fault ending that is the point: nobody is to blame, both get a new partner).
    """
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(
            {"reason": "Say why the partnership ends early, e.g. “not a fit after the first "
             "session”; it is kept with the partnership."}
        )  # fmt: skip
    if len(reason) > END_REASON_MAX:
        raise ValidationError(
            {"reason": f"The reason is {len(reason):,} characters long; keep it under "
             f"{END_REASON_MAX:,}."}
        )  # fmt: skip
    with db.session() as session, session.begin():
        partnership = _get(session, partnership_id)
        if not can_end_early(partnership.status):
            raise _refuse(partnership, "ended early")
        check_version(partnership, version)
        partnership.status = PartnershipStatus.ENDED_EARLY
        partnership.ended_at = datetime.now(UTC)
        partnership.end_reason = reason
        partnership.no_fault_ending = bool(no_fault)
        decision = session.scalar(
            select(PairDecision).where(
                PairDecision.programme_id == partnership.programme_id,
                PairDecision.mentor_id == partnership.mentor_id,
                PairDecision.mentee_id == partnership.mentee_id,
            )
        )
        if decision is None:
            decision = PairDecision(
                programme_id=partnership.programme_id,
                mentor_id=partnership.mentor_id,
                mentee_id=partnership.mentee_id,
            )
            session.add(decision)
        kind = "no-fault ending" if no_fault else "ended early"
        decision.kind = PairDecisionKind.REJECTED
        decision.reason = f"Partnership {kind}: {reason}"
        decision.decided_at = datetime.now(UTC)
