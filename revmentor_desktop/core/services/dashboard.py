"""How a programme and its partnerships are doing: figures, charts' data, and who needs a nudge.

Pure reads: `today` is always a parameter, so the dashboard passes the date and tests fix it.
Nothing here ever returns private notes, birth years or diversity perspectives.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import Connection, select

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.models import (
    CheckIn,
    CheckInKind,
    Enrolment,
    EnrolmentStatus,
    FitVerdict,
    Goal,
    GoalDirection,
    GoalStatus,
    Partnership,
    PartnershipStatus,
    Person,
    Programme,
    Role,
    Skill,
    display_name,
)
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.services.checkins import SHAREABLE_COLUMNS
from revmentor_desktop.core.services.partnerships.life import review_overdue
from revmentor_desktop.core.text import count, date_text, fold, isolate
from revmentor_desktop.core.vocabulary import FINISHED, LIVE, ROLE_LABELS, STEPS

# What the dashboard offers to do about an item.
LOG_CHECK_IN = "log check-in"
BRAINSTORM = "schedule a brainstorming session"
RESUME_DRAFT = "resume draft"
SUGGEST_PARTNER = "suggest a partner"

# The headline figures, in the order a report shows them.
PEOPLE_ENROLLED = "people enrolled"
PARTNERSHIPS_ACTIVE = "partnerships active"
PARTNERSHIPS_PAUSED = "partnerships paused"
DRAFTS = "drafts"
COMPLETED = "completed"
ENDED_EARLY = "ended early"
CHECK_INS_LOGGED = "check-ins logged"
MENTOR_RATING = "average rating, reverse mentors"
MENTEE_RATING = "average rating, mentees"
HEADLINE_KEYS = (
    PEOPLE_ENROLLED, PARTNERSHIPS_ACTIVE, PARTNERSHIPS_PAUSED, DRAFTS, COMPLETED, ENDED_EARLY,
    CHECK_INS_LOGGED, MENTOR_RATING, MENTEE_RATING,
)  # fmt: skip

_STATUS_ORDER = {status: i for i, status in enumerate(PartnershipStatus)}


@dataclass(frozen=True)
class ActionItem:
    """Someone the coordinator should act on, and what to do: one of the action strings above."""

    partnership_id: int | None
    person_id: int | None
    names: tuple[str, ...]  # the pair's, the reverse mentor's first, or one person's name
    detail: str  # "no check-in for 34 days (last on 3 Oct 2026)"
    action: str

    @property
    def who(self) -> str:
        """ "Dana Fox & Zoë Adams" to read, each name isolated: two right-to-left names would
        otherwise swap places around the "&" in an English line."""
        return " & ".join(isolate(name) for name in self.names)


@dataclass(frozen=True)
class PairProgress:
    """One partnership in a programme's table of pairs."""

    id: int
    mentor: str  # the reverse mentor's name
    mentee: str
    status: PartnershipStatus
    start: date | None
    last_check_in: date | None  # the last held one
    goals: int
    goal_progress: float | None  # mean % over the goals; None without goals
    next_review: date | None  # the next mid-point/final review not yet held


@dataclass(frozen=True)
class ProgrammeOverview:
    programme: str
    headline: dict[str, int | float | None]  # HEADLINE_KEYS; a rating is None until given
    by_status: dict[str, int]  # PartnershipStatus value -> partnerships (every status)
    check_ins_by_month: list[tuple[str, int]]  # ("2026-03", 7): held check-ins, no gaps
    average_ratings: tuple[float | None, float | None]  # (reverse mentors, mentees)
    goal_progress: dict[str, float]  # GoalDirection value -> mean progress % (with goals)
    skills_exchanged: dict[str, list[tuple[str, int]]]  # direction -> [(skill, goals)]
    pairs: list[PairProgress]
    stalled: list[ActionItem]
    overdue_reviews: list[ActionItem]
    unfinished_drafts: list[ActionItem]
    unpaired: list[ActionItem]


@dataclass(frozen=True)
class GoalProgress:
    id: int
    direction: GoalDirection
    title: str
    skill: str  # "" when no skill is linked
    success_measure: str
    target_date: date | None
    progress: int
    status: GoalStatus


@dataclass(frozen=True)
class CheckInSummary:
    """A check-in as a report may show it: the shareable parts only, never private notes."""

    held_on: date
    kind: CheckInKind
    held: bool
    duration_minutes: int | None
    mentor_rating: int | None
    mentee_rating: int | None
    fit_verdict: FitVerdict | None
    summary: str
    next_steps: str


@dataclass(frozen=True)
class PartnershipProgress:
    id: int
    programme: str
    mentor: str  # the reverse mentor's name
    mentee: str
    status: PartnershipStatus
    start_date: date | None
    end_date: date | None
    activated_on: date | None
    ended_on: date | None
    no_fault_ending: bool
    fit_check_date: date | None
    midpoint_review_date: date | None
    final_review_date: date | None
    goals: list[GoalProgress]
    check_ins: list[CheckInSummary]  # oldest first
    last_check_in: date | None
    next_review: date | None
    stalled: bool
    overdue_reviews: list[str] = field(default_factory=list)  # e.g. ["mid-point review"]
    average_ratings: tuple[float | None, float | None] = (None, None)


# --- the rules, on plain values (the partnerships list may use them too) -------------------


def baseline(
    start_date: date | None, activated_at: datetime | date | None, created_at: datetime | None
) -> date | None:
    """The day a partnership's clock starts before any check-in: its start or its activation,
    whichever is later (a partnership activated in September to start in October is not late in
    September; one set up after the fact is not late before it was set up)."""
    days = [d.date() if isinstance(d, datetime) else d for d in (start_date, activated_at)]
    known = [d for d in days if d is not None]
    if known:
        return max(known)
    return created_at.date() if created_at else None


def days_without_check_in(
    status: PartnershipStatus,
    since: date | None,
    last_held: date | None,
    stalled_after_days: int,
    today: date,
) -> int | None:
    """How many days an ACTIVE partnership has gone without a held check-in, when that is more
    than `stalled_after_days` (counted from `since` when none was held yet); else None."""
    if status != PartnershipStatus.ACTIVE:
        return None
    reference = last_held or since
    if reference is None:
        return None
    days = (today - reference).days
    return days if days > stalled_after_days else None


def review_state(
    midpoint: date | None, final: date | None, held_kinds: set[CheckInKind], today: date
) -> tuple[list[tuple[str, date]], date | None]:
    """(overdue reviews as (name, due date), the next review not yet held).

    A review is held once a review of its kind was held; a final review also settles the
    mid-point one. It is overdue once its date has passed (the day after it) without that.
    """
    final_held = CheckInKind.FINAL_REVIEW in held_kinds
    outstanding = []
    if midpoint is not None and not (CheckInKind.MIDPOINT_REVIEW in held_kinds or final_held):
        outstanding.append(("mid-point review", midpoint))
    if final is not None and not final_held:
        outstanding.append(("final review", final))
    overdue = [(name, due) for name, due in outstanding if review_overdue(due, today)]
    upcoming = min((due for _, due in outstanding), default=None)
    return overdue, upcoming


def _ago(days: int) -> str:
    if days == 0:
        return "today"
    return f"{count(days, 'day')} ago"


# --- reading a programme --------------------------------------------------------------------


@dataclass
class _Pair:
    """One partnership with what the rules need, read in a handful of queries."""

    id: int
    mentor_id: int
    mentee_id: int
    mentor: str
    mentee: str
    status: PartnershipStatus
    wizard_step: int
    start_date: date | None
    end_date: date | None
    activated_at: datetime | None
    created_at: datetime | None
    midpoint: date | None
    final: date | None
    last_held: date | None = None
    held_kinds: set[CheckInKind] = field(default_factory=set)

    @property
    def names(self) -> tuple[str, str]:
        return self.mentor, self.mentee


_PAIR_COLUMNS = (
    Partnership.id, Partnership.mentor_id, Partnership.mentee_id, Partnership.status,
    Partnership.wizard_step, Partnership.start_date, Partnership.end_date,
    Partnership.activated_at, Partnership.created_at, Partnership.midpoint_review_date,
    Partnership.final_review_date,
)  # fmt: skip


def _names(connection: Connection, person_ids: Iterable[int]) -> dict[int, str]:
    ids = set(person_ids)
    if not ids:
        return {}
    query = select(Person.id, Person.given_name, Person.family_name).where(Person.id.in_(ids))
    return {id_: display_name(given, family) for id_, given, family in connection.execute(query)}


def _pairs(connection: Connection, where) -> list[_Pair]:
    rows = connection.execute(select(*_PAIR_COLUMNS).where(where).order_by(Partnership.id)).all()
    names = _names(connection, [r.mentor_id for r in rows] + [r.mentee_id for r in rows])
    pairs = [
        _Pair(
            id=r.id,
            mentor_id=r.mentor_id,
            mentee_id=r.mentee_id,
            mentor=names[r.mentor_id],
            mentee=names[r.mentee_id],
            status=r.status,
            wizard_step=r.wizard_step,
            start_date=r.start_date,
            end_date=r.end_date,
            activated_at=r.activated_at,
            created_at=r.created_at,
            midpoint=r.midpoint_review_date,
            final=r.final_review_date,
        )  # fmt: skip
        for r in rows
    ]
    return pairs


def _stalled_item(
    pair: _Pair, stalled_after_days: int, today: date
) -> tuple[int, ActionItem] | None:
    """(days without a check-in, the item) for a stalled pair, else None."""
    since = baseline(pair.start_date, pair.activated_at, pair.created_at)
    days = days_without_check_in(pair.status, since, pair.last_held, stalled_after_days, today)
    if days is None:
        return None
    how_long = count(days, "day")
    if pair.last_held is None:
        detail = f"no check-in logged since it started on {date_text(since)} ({how_long})"
        action = LOG_CHECK_IN
    else:
        detail = f"no check-in for {how_long} (the last on {date_text(pair.last_held)})"
        action = BRAINSTORM
    return days, ActionItem(pair.id, None, pair.names, detail, action)


def _draft_item(pair: _Pair) -> ActionItem:
    saved = pair.wizard_step
    if saved >= len(STEPS):
        detail = "all five steps saved, not activated yet"
    else:
        detail = f"set-up stopped at step {saved + 1} of {len(STEPS)} ({STEPS[saved]})"
    return ActionItem(pair.id, None, pair.names, detail, RESUME_DRAFT)


def _mean(values: list[int]) -> float | None:
    return round(sum(values) / len(values), 2) if values else None


def _months(first: date, last: date) -> list[str]:
    months, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def programme_overview(db: Database, programme_id: int, today: date) -> ProgrammeOverview:
    """Everything the dashboard and the programme report show for one programme.

    RevMentorError when the programme is gone.
    """
    with db.engine.connect() as connection:
        programme = connection.execute(
            select(
                Programme.name,
                Programme.start_date,
                Programme.end_date,
                Programme.stalled_after_days,
            ).where(Programme.id == programme_id)
        ).first()
        if programme is None:
            raise RevMentorError("This programme no longer exists.")
        pairs = _pairs(connection, Partnership.programme_id == programme_id)
        by_id = {pair.id: pair for pair in pairs}
        check_ins = connection.execute(
            select(
                CheckIn.partnership_id,
                CheckIn.held_on,
                CheckIn.kind,
                CheckIn.held,
                CheckIn.mentor_rating,
                CheckIn.mentee_rating,
            )
            .join(Partnership, Partnership.id == CheckIn.partnership_id)
            .where(Partnership.programme_id == programme_id)
        ).all()
        goals = connection.execute(
            select(Goal.partnership_id, Goal.direction, Goal.progress, Goal.status, Skill.name)
            .join(Partnership, Partnership.id == Goal.partnership_id)
            .outerjoin(Skill, Skill.id == Goal.skill_id)
            .where(Partnership.programme_id == programme_id)
            .order_by(Goal.id)
        ).all()
        enrolled = connection.execute(
            select(
                Person.id,
                Person.given_name,
                Person.family_name,
                Person.department,
                Person.consent_date,
                Enrolment.role,
                Enrolment.capacity,
            )
            .join(Enrolment, Enrolment.person_id == Person.id)
            .where(
                Enrolment.programme_id == programme_id,
                Enrolment.status == EnrolmentStatus.ACTIVE,
                Person.archived.is_(False),
            )
        ).all()

    held = [c for c in check_ins if c.held]
    for check_in in held:
        pair = by_id[check_in.partnership_id]
        pair.held_kinds.add(check_in.kind)
        if pair.last_held is None or check_in.held_on > pair.last_held:
            pair.last_held = check_in.held_on

    status_counts = Counter(pair.status for pair in pairs)
    mentor_ratings = [c.mentor_rating for c in held if c.mentor_rating is not None]
    mentee_ratings = [c.mentee_rating for c in held if c.mentee_rating is not None]
    average_ratings = (_mean(mentor_ratings), _mean(mentee_ratings))
    headline: dict[str, int | float | None] = {
        PEOPLE_ENROLLED: len(enrolled),
        PARTNERSHIPS_ACTIVE: status_counts[PartnershipStatus.ACTIVE],
        PARTNERSHIPS_PAUSED: status_counts[PartnershipStatus.PAUSED],
        DRAFTS: status_counts[PartnershipStatus.DRAFT],
        COMPLETED: status_counts[PartnershipStatus.COMPLETED],
        ENDED_EARLY: status_counts[PartnershipStatus.ENDED_EARLY],
        CHECK_INS_LOGGED: len(held),
        MENTOR_RATING: average_ratings[0],
        MENTEE_RATING: average_ratings[1],
    }

    by_month = Counter(f"{c.held_on:%Y-%m}" for c in held)
    check_ins_by_month: list[tuple[str, int]] = []
    if held:
        first = min(c.held_on for c in held)
        if programme.start_date is not None and programme.start_date <= first:
            first = programme.start_date
        last = max(max(c.held_on for c in held), min(today, programme.end_date or today))
        check_ins_by_month = [(month, by_month[month]) for month in _months(first, last)]

    # Goals count once the pair has started working on them: a draft's goals are only plans.
    started = {pair.id for pair in pairs if pair.status != PartnershipStatus.DRAFT}
    working = [g for g in goals if g.partnership_id in started and g.status != GoalStatus.DROPPED]
    goal_progress = {
        direction.value: mean
        for direction in GoalDirection
        if (mean := _mean([g.progress for g in working if g.direction == direction])) is not None
    }
    skills_exchanged: dict[str, list[tuple[str, int]]] = {}
    for direction in GoalDirection:
        counts = Counter(g.name for g in working if g.direction == direction and g.name)
        skills_exchanged[direction.value] = sorted(
            counts.items(), key=lambda item: (-item[1], fold(item[0]))
        )

    goals_of: dict[int, list[int]] = defaultdict(list)
    for goal in goals:
        if goal.status != GoalStatus.DROPPED:
            goals_of[goal.partnership_id].append(goal.progress)
    table = []
    stalled: list[tuple[int, ActionItem]] = []
    overdue: list[tuple[date, ActionItem]] = []
    drafts: list[ActionItem] = []
    for pair in pairs:
        reviews_overdue, next_review = review_state(
            pair.midpoint, pair.final, pair.held_kinds, today
        )
        table.append(
            PairProgress(
                id=pair.id,
                mentor=pair.mentor,
                mentee=pair.mentee,
                status=pair.status,
                start=pair.start_date,
                last_check_in=pair.last_held,
                goals=len(goals_of[pair.id]),
                goal_progress=_mean(goals_of[pair.id]),
                next_review=next_review if pair.status in LIVE else None,
            )
        )
        if pair.status == PartnershipStatus.DRAFT:
            drafts.append(_draft_item(pair))
            continue
        found = _stalled_item(pair, programme.stalled_after_days, today)
        if found is not None:
            stalled.append(found)
        if pair.status == PartnershipStatus.ACTIVE:
            for name, due in reviews_overdue:
                detail = f"{name} was due on {date_text(due)} ({_ago((today - due).days)})"
                item = ActionItem(pair.id, None, pair.names, detail, LOG_CHECK_IN)
                overdue.append((due, item))
    table.sort(key=lambda row: (_STATUS_ORDER[row.status], fold(row.mentor), fold(row.mentee)))

    live = Counter()
    for pair in pairs:
        if pair.status not in FINISHED:
            live[pair.mentor_id] += 1
            live[pair.mentee_id] += 1
    unpaired = []
    for person in sorted(
        enrolled,
        key=lambda p: (p.role != Role.MENTEE, fold(display_name(p.given_name, p.family_name))),
    ):
        if person.consent_date is None or live[person.id]:
            continue
        parts = [ROLE_LABELS[person.role]]
        if person.department:
            parts.append(isolate(person.department))
        parts.append(
            "no partner yet" if person.capacity == 1 else f"room for {person.capacity} partners"
        )
        unpaired.append(
            ActionItem(
                None,
                person.id,
                (display_name(person.given_name, person.family_name),),
                " · ".join(parts),
                SUGGEST_PARTNER,
            )
        )

    return ProgrammeOverview(
        programme=programme.name,
        headline=headline,
        by_status={status.value: status_counts[status] for status in PartnershipStatus},
        check_ins_by_month=check_ins_by_month,
        average_ratings=average_ratings,
        goal_progress=goal_progress,
        skills_exchanged=skills_exchanged,
        pairs=table,
        stalled=[item for _, item in sorted(stalled, key=lambda s: -s[0])],
        overdue_reviews=[item for _, item in sorted(overdue, key=lambda o: o[0])],
        unfinished_drafts=drafts,
        unpaired=unpaired,
    )


def partnership_progress(db: Database, partnership_id: int, today: date) -> PartnershipProgress:
    """One partnership's progress for its report; RevMentorError when it is gone."""
    with db.engine.connect() as connection:
        found = _pairs(connection, Partnership.id == partnership_id)
        if not found:
            raise RevMentorError("This partnership no longer exists.")
        pair = found[0]
        extra = connection.execute(
            select(
                Programme.name,
                Programme.stalled_after_days,
                Partnership.ended_at,
                Partnership.no_fault_ending,
                Partnership.fit_check_date,
            )
            .join(Programme, Programme.id == Partnership.programme_id)
            .where(Partnership.id == partnership_id)
        ).one()
        goals = [
            GoalProgress(
                id=g.id,
                direction=g.direction,
                title=g.title,
                skill=g.name or "",
                success_measure=g.success_measure,
                target_date=g.target_date,
                progress=g.progress,
                status=g.status,
            )
            for g in connection.execute(
                select(
                    Goal.id,
                    Goal.direction,
                    Goal.title,
                    Skill.name,
                    Goal.success_measure,
                    Goal.target_date,
                    Goal.progress,
                    Goal.status,
                )  # fmt: skip
                .outerjoin(Skill, Skill.id == Goal.skill_id)
                .where(Goal.partnership_id == partnership_id)
                .order_by(Goal.direction, Goal.id)
            )
        ]
        # Column by column: private notes are never read, so they cannot leak into a report.
        check_ins = [
            CheckInSummary(**row._asdict())
            for row in connection.execute(
                select(*SHAREABLE_COLUMNS)
                .where(CheckIn.partnership_id == partnership_id)
                .order_by(CheckIn.held_on, CheckIn.id)
            )
        ]
    held = [c for c in check_ins if c.held]
    pair.held_kinds = {c.kind for c in held}
    pair.last_held = max((c.held_on for c in held), default=None)
    overdue, next_review = review_state(pair.midpoint, pair.final, pair.held_kinds, today)
    running = pair.status in LIVE
    since = baseline(pair.start_date, pair.activated_at, pair.created_at)
    stalled = days_without_check_in(
        pair.status, since, pair.last_held, extra.stalled_after_days, today
    )
    return PartnershipProgress(
        id=pair.id,
        programme=extra.name,
        mentor=pair.mentor,
        mentee=pair.mentee,
        status=pair.status,
        start_date=pair.start_date,
        end_date=pair.end_date,
        activated_on=pair.activated_at.date() if pair.activated_at else None,
        ended_on=extra.ended_at.date() if extra.ended_at else None,
        no_fault_ending=extra.no_fault_ending,
        fit_check_date=extra.fit_check_date,
        midpoint_review_date=pair.midpoint,
        final_review_date=pair.final,
        goals=goals,
        check_ins=check_ins,
        last_check_in=pair.last_held,
        next_review=next_review if running else None,
        stalled=stalled is not None,
        overdue_reviews=[name for name, _ in overdue]
        if pair.status == PartnershipStatus.ACTIVE
        else [],
        average_ratings=(
            _mean([c.mentor_rating for c in held if c.mentor_rating is not None]),
            _mean([c.mentee_rating for c in held if c.mentee_rating is not None]),
        ),
    )


# --- the brainstorming invitation -----------------------------------------------------------
