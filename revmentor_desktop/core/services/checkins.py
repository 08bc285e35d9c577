"""Check-ins: logging, correcting and listing a partnership's meetings; goals follow them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.models import (
    CheckIn,
    CheckInGoalProgress,
    CheckInKind,
    FitVerdict,
    Goal,
    GoalStatus,
    Partnership,
    PartnershipStatus,
)
from revmentor_desktop.core.db.versions import check_version
from revmentor_desktop.core.errors import RevMentorError, ValidationError
from revmentor_desktop.core.services.partnerships.life import can_log_check_in, touch
from revmentor_desktop.core.text import date_text
from revmentor_desktop.core.vocabulary import (
    CHECK_IN_KIND_LABELS,
    FIT_VERDICT_LABELS,
    PARTNERSHIP_STATUS_PHRASES,
)

GONE = "This partnership no longer exists."
CHECK_IN_GONE = "This check-in no longer exists."
MAX_DURATION_MINUTES = 600


@dataclass
class CheckInEntry:
    """What the check-in dialog edits, as plain values."""

    partnership_id: int
    held_on: date
    kind: CheckInKind = CheckInKind.CHECK_IN
    held: bool = True  # False: the meeting was cancelled
    duration_minutes: int | None = None
    mentor_rating: int | None = None  # 1..5, the reverse mentor's
    mentee_rating: int | None = None  # 1..5
    fit_verdict: FitVerdict | None = None  # only for a first-session fit check
    goal_progress: dict[int, int] = field(default_factory=dict)  # goal id -> 0..100
    summary: str = ""  # shareable with managers
    private_notes: str = ""  # never in a report or a manager export
    next_steps: str = ""
    next_meeting_on: date | None = None
    id: int | None = None
    version: int | None = None  # the stored check-in's version when loaded (None: a new one)


# What anyone the pair shares their check-ins with may read: never the private notes. The
# history, the check-ins export and the reports select these columns, not whole rows.
SHAREABLE_COLUMNS = (
    CheckIn.held_on,
    CheckIn.kind,
    CheckIn.held,
    CheckIn.duration_minutes,
    CheckIn.mentor_rating,
    CheckIn.mentee_rating,
    CheckIn.fit_verdict,
    CheckIn.summary,
    CheckIn.next_steps,
)


@dataclass(frozen=True)
class CheckInRow:
    """One check-in in a partnership's history (no private notes: only whether there are any)."""

    id: int
    held_on: date
    kind: CheckInKind
    held: bool
    duration_minutes: int | None
    mentor_rating: int | None
    mentee_rating: int | None
    fit_verdict: FitVerdict | None
    summary: str
    next_steps: str
    next_meeting_on: date | None
    has_private_notes: bool
    version: int | None = None  # the check-in's stored version when the history was read

    @property
    def kind_label(self) -> str:
        return CHECK_IN_KIND_LABELS[self.kind]

    @property
    def verdict_label(self) -> str:
        return FIT_VERDICT_LABELS[self.fit_verdict] if self.fit_verdict else ""


def _today(today: date | None) -> date:
    return today or date.today()


def _partnership(session: Session, partnership_id: int) -> Partnership:
    partnership = session.get(Partnership, partnership_id)
    if partnership is None:
        raise RevMentorError(GONE)
    return partnership


def _check_status(status: PartnershipStatus) -> None:
    if not can_log_check_in(status):
        raise RevMentorError(
            "Check-ins are logged for active or paused partnerships; this one "
            f"{PARTNERSHIP_STATUS_PHRASES[status]}."
        )


def _check_still_open(partnership: Partnership) -> None:
    """Saving a check-in: a partnership someone finished while it was being written takes it
    no more, and the coordinator is told who did and when (what they typed stays on screen)."""
    if can_log_check_in(partnership.status):
        return
    if partnership.status not in (PartnershipStatus.COMPLETED, PartnershipStatus.ENDED_EARLY):
        _check_status(partnership.status)
    who = partnership.updated_by.strip() or "Another coordinator"
    when = partnership.updated_at
    at = ""
    if when is not None:
        local = (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone()
        at = f" at {local:%H:%M}" if local.date() == date.today() else (
            f" on {date_text(local.date())} at {local:%H:%M}")  # fmt: skip
    done = (f"marked this partnership completed{at}"
            if partnership.status == PartnershipStatus.COMPLETED
            else f"ended this partnership early{at}")  # fmt: skip
    raise RevMentorError(
        f"Not saved: {who} {done}; check-ins are logged for active or paused partnerships "
        "only. Copy what you wrote if you want to keep it."
    )


def new_check_in(db: Database, partnership_id: int, today: date | None = None) -> CheckInEntry:
    """An unsaved entry for today: a fit check when none was logged yet, goals' current progress.

    RevMentorError when the partnership is gone or takes no check-ins (a draft, or finished).
    """
    with db.session() as session:
        partnership = _partnership(session, partnership_id)
        _check_status(partnership.status)
        logged = session.scalar(
            select(func.count())
            .select_from(CheckIn)
            .where(CheckIn.partnership_id == partnership_id)
        )
        return CheckInEntry(
            partnership_id=partnership_id,
            held_on=_today(today),
            kind=CheckInKind.CHECK_IN if logged else CheckInKind.FIT_CHECK,
            duration_minutes=partnership.meeting_minutes,
            goal_progress={
                goal.id: goal.progress
                for goal in partnership.goals
                if goal.status != GoalStatus.DROPPED
            },
        )


def load_check_in(db: Database, check_in_id: int) -> CheckInEntry:
    """A saved check-in as an entry to edit (with its private notes: the dialog shows them)."""
    with db.session() as session:
        check_in = session.get(CheckIn, check_in_id)
        if check_in is None:
            raise RevMentorError(CHECK_IN_GONE)
        return CheckInEntry(
            partnership_id=check_in.partnership_id,
            held_on=check_in.held_on,
            kind=check_in.kind,
            held=check_in.held,
            duration_minutes=check_in.duration_minutes,
            mentor_rating=check_in.mentor_rating,
            mentee_rating=check_in.mentee_rating,
            fit_verdict=check_in.fit_verdict,
            goal_progress={row.goal_id: row.progress for row in check_in.goal_progress},
            summary=check_in.summary,
            private_notes=check_in.private_notes,
            next_steps=check_in.next_steps,
            next_meeting_on=check_in.next_meeting_on,
            id=check_in.id,
            version=check_in.version,
        )


def entry_problems(
    entry: CheckInEntry,
    *,
    start_date: date | None,
    goal_ids: Iterable[int],
    today: date,
    verdict_required: bool = False,
) -> dict[str, str]:
    """What is wrong with an entry for a partnership that started on `start_date` and has the
    goals `goal_ids`, as {CheckInEntry field: sentence}; empty when it can be saved.

    The check-in dialog and the check-in import both check entries with this. Only a check-in
    logged or corrected by hand must give a held fit check its verdict (`verdict_required`):
    survey exports often have no verdict column, and their fit checks are still worth keeping.
    """
    problems: dict[str, str] = {}
    if not isinstance(entry.held_on, date):
        problems["held_on"] = "Enter the date of the meeting."
    elif entry.held_on > today:
        problems["held_on"] = (
            f"The meeting cannot be logged before it happened: {date_text(entry.held_on)} is "
            f"after today ({date_text(today)})."
        )
    elif start_date is not None and entry.held_on < start_date:
        problems["held_on"] = (
            f"{date_text(entry.held_on)} is before the partnership started "
            f"({date_text(start_date)})."
        )
    if (
        entry.next_meeting_on is not None
        and isinstance(entry.held_on, date)
        and entry.next_meeting_on <= entry.held_on
    ):
        problems["next_meeting_on"] = "The next meeting must come after this one."
    if entry.held:
        if entry.duration_minutes is not None and not (
            0 < entry.duration_minutes <= MAX_DURATION_MINUTES
        ):
            problems["duration_minutes"] = (
                f"The meeting's length must be between 1 and {MAX_DURATION_MINUTES} minutes."
            )
        for name, who in (("mentor_rating", "reverse mentor's"), ("mentee_rating", "mentee's")):
            rating = getattr(entry, name)
            if rating is not None and not 1 <= rating <= 5:
                problems[name] = f"The {who} rating must be from 1 to 5, not {rating}."
    else:
        # A cancelled meeting happened not at all: nothing to measure or rate.
        if entry.duration_minutes is not None:
            problems["duration_minutes"] = "A cancelled meeting has no length: leave it empty."
        for name in ("mentor_rating", "mentee_rating"):
            if getattr(entry, name) is not None:
                problems[name] = "A cancelled meeting is not rated: leave the rating empty."
    if entry.fit_verdict is not None:
        if entry.kind != CheckInKind.FIT_CHECK:
            problems["fit_verdict"] = (
                "A fit verdict belongs to the first-session fit check only, not to a "
                f"{CHECK_IN_KIND_LABELS[entry.kind].lower()}."
            )
        elif not entry.held:
            problems["fit_verdict"] = "A cancelled fit check has no verdict: leave it empty."
    elif verdict_required and entry.held and entry.kind == CheckInKind.FIT_CHECK:
        problems["fit_verdict"] = (
            "A fit check needs a verdict: choose whether the pair is a good fit, still "
            "deciding, or not a fit."
        )
    known = set(goal_ids)
    for goal_id, progress in entry.goal_progress.items():
        if goal_id not in known:
            problems["goal_progress"] = "A goal is not one of this partnership's goals."
            break
        if not 0 <= progress <= 100:
            problems["goal_progress"] = f"Goal progress must be from 0 to 100 %, not {progress}."
            break
    return problems


def _validate(session: Session, entry: CheckInEntry, today: date) -> Partnership:
    partnership = _partnership(session, entry.partnership_id)
    _check_still_open(partnership)
    problems = entry_problems(
        entry,
        start_date=partnership.start_date,
        goal_ids=[goal.id for goal in partnership.goals],
        today=today,
        verdict_required=True,
    )
    if "held_on" not in problems and "kind" not in problems:
        same = session.scalar(
            select(CheckIn.id).where(
                CheckIn.partnership_id == entry.partnership_id,
                CheckIn.held_on == entry.held_on,
                CheckIn.kind == entry.kind,
                CheckIn.id != (entry.id or 0),
            )
        )
        if same is not None:
            problems["held_on"] = (
                f"A {CHECK_IN_KIND_LABELS[entry.kind].lower()} on {date_text(entry.held_on)} is "
                "already logged for this partnership: change that one instead."
            )
    if problems:
        raise ValidationError(problems)
    return partnership


def _write(check_in: CheckIn, entry: CheckInEntry) -> None:
    check_in.held_on = entry.held_on
    check_in.kind = entry.kind
    check_in.held = entry.held
    check_in.duration_minutes = entry.duration_minutes
    check_in.mentor_rating = entry.mentor_rating
    check_in.mentee_rating = entry.mentee_rating
    check_in.fit_verdict = entry.fit_verdict
    check_in.summary = entry.summary.strip()
    check_in.private_notes = entry.private_notes.strip()
    check_in.next_steps = entry.next_steps.strip()
    check_in.next_meeting_on = entry.next_meeting_on
    # A cancelled meeting measured nothing, so the dialog's pre-filled progress is not kept.
    wanted = dict(entry.goal_progress) if entry.held else {}
    kept = []
    for row in check_in.goal_progress:
        if row.goal_id in wanted:
            row.progress = wanted.pop(row.goal_id)
            kept.append(row)
    check_in.goal_progress = kept + [
        CheckInGoalProgress(goal_id=goal_id, progress=progress)
        for goal_id, progress in wanted.items()
    ]


def log_check_in(db: Database, entry: CheckInEntry, today: date | None = None) -> int:
    """Validate and save a new check-in in one transaction; goals' progress follows the latest
    held check-in (100 % marks a goal achieved). Returns the new check-in's id."""
    with db.session() as session, session.begin():
        _validate(session, replace(entry, id=None), _today(today))
        check_in = CheckIn(partnership_id=entry.partnership_id)
        _write(check_in, entry)
        session.add(check_in)
        session.flush()
        follow_goals(session, entry.goal_progress)
        return check_in.id


def update_check_in(db: Database, entry: CheckInEntry, today: date | None = None) -> int:
    """Validate and save changes to a check-in; goals' progress follows the latest one.

    ChangedElsewhereError when the check-in is no longer at `entry.version` (someone else saved
    it since it was loaded). Returns its new version.
    """
    if entry.id is None:
        raise RevMentorError("This check-in has not been saved yet.")
    with db.session() as session, session.begin():
        check_in = session.get(CheckIn, entry.id)
        if check_in is None:
            raise RevMentorError(CHECK_IN_GONE)
        check_version(check_in, entry.version)
        if check_in.partnership_id != entry.partnership_id:
            raise RevMentorError("A check-in cannot move to another partnership.")
        _validate(session, entry, _today(today))
        before = {row.goal_id: row.progress for row in check_in.goal_progress}
        _write(check_in, entry)
        if {row.goal_id: row.progress for row in check_in.goal_progress} != before:
            check_in.updated_at = datetime.now(UTC)  # its progress rows count as the check-in
        touched = set(before) | set(entry.goal_progress)
        session.flush()
        follow_goals(session, touched)
        return check_in.version


def delete_check_in(db: Database, check_in_id: int, version: int | None = None) -> None:
    """Delete a check-in; goals' progress goes back to the latest remaining one. With the
    `version` the coordinator saw, one someone else changed since is not deleted."""
    with db.session() as session, session.begin():
        check_in = session.get(CheckIn, check_in_id)
        if check_in is None:
            raise RevMentorError(CHECK_IN_GONE)
        check_version(check_in, version)
        _check_status(check_in.partnership.status)
        touched = {row.goal_id for row in check_in.goal_progress}
        session.delete(check_in)
        session.flush()
        follow_goals(session, touched)


def follow_goals(session: Session, goal_ids: Iterable[int]) -> None:
    """Set each goal's progress to what the latest held check-in recorded for it (0 when none
    did); 100 % marks an open goal achieved, less re-opens an achieved one. Dropped goals keep
    their status."""
    goal_ids = set(goal_ids)
    if not goal_ids:
        return
    latest: dict[int, int] = {}
    query = (
        select(CheckInGoalProgress.goal_id, CheckInGoalProgress.progress)
        .join(CheckIn, CheckIn.id == CheckInGoalProgress.check_in_id)
        .where(CheckInGoalProgress.goal_id.in_(goal_ids), CheckIn.held.is_(True))
        .order_by(CheckIn.held_on, CheckIn.id)
    )
    for goal_id, progress in session.execute(query):
        latest[goal_id] = progress  # ordered oldest first: the last one wins
    for goal in session.scalars(select(Goal).where(Goal.id.in_(goal_ids))):
        goal.progress = latest.get(goal.id, 0)
        if goal.status == GoalStatus.OPEN and goal.progress == 100:
            goal.status = GoalStatus.ACHIEVED
        elif goal.status == GoalStatus.ACHIEVED and goal.progress < 100:
            goal.status = GoalStatus.OPEN
        if session.is_modified(goal):
            # The partnership's version covers its goals: an agreement open elsewhere since
            # would otherwise put this progress back when saved.
            touch(goal.partnership)


def check_in_history(db: Database, partnership_id: int) -> list[CheckInRow]:
    """The partnership's check-ins, newest first (RevMentorError when it is gone)."""
    with db.engine.connect() as connection:
        found = connection.scalar(select(Partnership.id).where(Partnership.id == partnership_id))
        if found is None:
            raise RevMentorError(GONE)
        rows = connection.execute(
            select(
                CheckIn.id,
                *SHAREABLE_COLUMNS,
                CheckIn.next_meeting_on,
                (func.length(CheckIn.private_notes) > 0).label("has_private_notes"),
                CheckIn.version,
            )
            .where(CheckIn.partnership_id == partnership_id)
            .order_by(CheckIn.held_on.desc(), CheckIn.id.desc())
        ).all()
    return [
        CheckInRow(**{**row._asdict(), "has_private_notes": bool(row.has_private_notes)})
        for row in rows
    ]


def needs_no_fault_offer(entry: CheckInEntry) -> bool:
    """True for a held fit check whose verdict is "not a fit": offer a no-fault ending."""
    return (
        entry.kind == CheckInKind.FIT_CHECK
        and entry.held
        and entry.fit_verdict == FitVerdict.NOT_A_FIT
    )
