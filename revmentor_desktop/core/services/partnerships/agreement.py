"""The agreement a partnership's set-up wizard edits: its values, defaults and suggested goals."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.models import (
    GoalDirection,
    GoalStatus,
    PartnershipStatus,
    Person,
    PersonSkill,
    Programme,
    Skill,
    SkillInterest,
)
from revmentor_desktop.core.services.partnerships.life import (
    DEFAULT_LENGTH_MONTHS,
    add_months,
    default_dates,
)
from revmentor_desktop.core.services.partnerships.pairing import channel_preferences
from revmentor_desktop.core.services.programmes import DEFAULT_CHECKIN_DAYS, DEFAULT_MEETING_DAYS
from revmentor_desktop.core.text import fold
from revmentor_desktop.core.vocabulary import STEPS

PARTNERS, GOALS, COMMUNICATION, OPENNESS, PROGRESS = range(len(STEPS))


DEFAULT_MEETING_MINUTES = 60
DEFAULT_AGENDA_OWNER = "both"
DEFAULT_CANCELLATION_RULE = (
    "Whoever cannot make a meeting tells the other at least one working day before and "
    "suggests a new time."
)
DEFAULT_REPLY_TIME = "Within two working days"
DEFAULT_COMMITMENT_HOURS = 4.0  # an hour a week, when neither partner said what they can give
FIT_CHECK_AFTER_DAYS = 21
FINAL_REVIEW_BEFORE_END_DAYS = 7
MAX_COMMITMENT_HOURS = 80  # twenty hours a week: more is a typing slip, not mentoring
MIN_MEETING_MINUTES, MAX_MEETING_MINUTES = 10, 480
TITLE_MAX = 240  # the goal title column
REPLY_TIME_MAX = 120  # the column
SIGNOFF_NAME_MAX = 240  # the columns
GONE = "This partnership no longer exists; it may have been deleted."

# Agreement fields that are Partnership columns of the same name, written by every save.
EDITABLE_FIELDS = (
    "override_reason",
    "start_date",
    "end_date",
    "time_commitment_hours",
    "channels",
    "meeting_interval_days",
    "meeting_minutes",
    "meeting_place",
    "preferred_times",
    "agenda_owner",
    "cancellation_rule",
    "reply_time",
    "confidentiality_agreed",
    "off_limits_topics",
    "mentor_feedback_preference",
    "mentee_feedback_preference",
    "ground_rules_accepted",
    "manager_visibility",
    "external_restrictions",
    "checkin_interval_days",
    "fit_check_date",
    "midpoint_review_date",
    "final_review_date",
    "success_measures",
    "no_fault_acknowledged",
    "mentor_signoff_name",
    "mentor_signoff_date",
    "mentee_signoff_name",
    "mentee_signoff_date",
)
READ_ONLY_FIELDS = (
    "programme_id",
    "mentor_id",
    "mentee_id",
    "status",
    "wizard_step",
    "match_score",
)


@dataclass
class GoalDraft:
    direction: GoalDirection
    title: str = ""
    success_measure: str = ""
    target_date: date | None = None
    skill_id: int | None = None
    id: int | None = None  # None until saved
    progress: int = 0  # 0..100
    status: GoalStatus = GoalStatus.OPEN


@dataclass
class Agreement:
    """Everything the wizard edits, as plain values (field names are Partnership's columns)."""

    id: int | None = None
    # The stored version this agreement was loaded at (None: not saved yet). A save over a
    # newer one, another coordinator's, is refused; it covers the goals too.
    version: int | None = None
    programme_id: int | None = None
    mentor_id: int | None = None  # the reverse mentor, the more junior partner
    mentee_id: int | None = None  # the senior partner
    status: PartnershipStatus = PartnershipStatus.DRAFT
    wizard_step: int = 0  # how many steps are saved; the wizard resumes on min(this, 4)
    match_score: float | None = None  # read-only here (from the suggestion)
    match_breakdown: list[dict] = field(default_factory=list)
    override_reason: str = ""
    # goals step
    start_date: date | None = None
    end_date: date | None = None
    time_commitment_hours: float | None = None  # hours per month
    goals: list[GoalDraft] = field(default_factory=list)
    # communication step
    channels: list[str] = field(default_factory=list)  # Channel values
    meeting_interval_days: int | None = None
    meeting_minutes: int | None = None
    meeting_place: str = ""  # a room or a video link
    preferred_times: str = ""
    agenda_owner: str = ""  # a key of AGENDA_OWNERS
    cancellation_rule: str = ""
    reply_time: str = ""
    # openness step
    confidentiality_agreed: bool = False
    off_limits_topics: str = ""
    mentor_feedback_preference: str = ""
    mentee_feedback_preference: str = ""
    ground_rules_accepted: list[str] = field(default_factory=list)  # keys of GROUND_RULES
    manager_visibility: str = ""
    external_restrictions: str = ""  # required when either partner is external
    # progress step
    checkin_interval_days: int | None = None
    fit_check_date: date | None = None
    midpoint_review_date: date | None = None
    final_review_date: date | None = None
    success_measures: str = ""
    no_fault_acknowledged: bool = False
    mentor_signoff_name: str = ""
    mentor_signoff_date: date | None = None
    mentee_signoff_name: str = ""
    mentee_signoff_date: date | None = None
    # Finish only, never stored as such: why a draft starts although a partner has not
    # consented. activate() adds it to override_reason, the partnership's written overrides.
    consent_override: str = ""


# --- defaults -----------------------------------------------------------------------------


def _review_dates(start: date, end: date) -> tuple[date, date, date] | None:
    """The fit check ≈ 3 weeks in, the mid-point halfway, the final review a week before the end.

    A short partnership gets them closer together, still in this order.
    """
    span = (end - start).days
    if span < 4:
        return None
    return (
        start + timedelta(days=min(FIT_CHECK_AFTER_DAYS, span // 4)),
        start + timedelta(days=span // 2),
        end - timedelta(days=min(FINAL_REVIEW_BEFORE_END_DAYS, span // 4)),
    )


def apply_defaults(db: Database, agreement: Agreement, step: int) -> None:
    """Fill the EMPTY fields of one step with sensible values; nothing filled is ever changed."""
    programme = None
    if agreement.programme_id is not None:
        with db.session() as session:
            programme = session.get(Programme, agreement.programme_id)
    if step == GOALS:
        if agreement.start_date is None:
            agreement.start_date = default_dates(programme and programme.start_date, None)[0]
        if agreement.end_date is None:
            end = programme.end_date if programme else None
            if end is None or end <= agreement.start_date:
                end = add_months(agreement.start_date, DEFAULT_LENGTH_MONTHS)
            agreement.end_date = end
        if agreement.time_commitment_hours is None:
            agreement.time_commitment_hours = _shared_hours(db, agreement)
    elif step == COMMUNICATION:
        if not agreement.channels and agreement.mentor_id and agreement.mentee_id:
            shared = channel_preferences(db, agreement.mentor_id, agreement.mentee_id).shared
            agreement.channels = list(shared)
        if agreement.meeting_interval_days is None:
            agreement.meeting_interval_days = (
                programme.meeting_interval_days if programme else DEFAULT_MEETING_DAYS
            )
        if agreement.meeting_minutes is None:
            agreement.meeting_minutes = DEFAULT_MEETING_MINUTES
        if not agreement.agenda_owner:
            agreement.agenda_owner = DEFAULT_AGENDA_OWNER
        if not agreement.cancellation_rule.strip():
            agreement.cancellation_rule = DEFAULT_CANCELLATION_RULE
        if not agreement.reply_time.strip():
            agreement.reply_time = DEFAULT_REPLY_TIME
    elif step == PROGRESS:
        if agreement.checkin_interval_days is None:
            agreement.checkin_interval_days = (
                programme.checkin_interval_days if programme else DEFAULT_CHECKIN_DAYS
            )
        if agreement.start_date and agreement.end_date:
            planned = _review_dates(agreement.start_date, agreement.end_date)
            names = ("fit_check_date", "midpoint_review_date", "final_review_date")
            for name, day in zip(names, planned or (), strict=False):
                if getattr(agreement, name) is None:
                    setattr(agreement, name, day)
        for name in ("mentor_signoff_date", "mentee_signoff_date"):
            if getattr(agreement, name) is None:
                setattr(agreement, name, date.today())


def _shared_hours(db: Database, agreement: Agreement) -> float:
    """The hours a month both partners can give: the smaller of the two they stated."""
    ids = [pid for pid in (agreement.mentor_id, agreement.mentee_id) if pid is not None]
    with db.engine.connect() as connection:
        hours = connection.scalars(select(Person.hours_per_month).where(Person.id.in_(ids))).all()
    known = [h for h in hours if h]
    return float(min(min(known), MAX_COMMITMENT_HOURS)) if known else DEFAULT_COMMITMENT_HOURS


# --- suggested goals ----------------------------------------------------------------------


def suggested_goals(db: Database, agreement: Agreement) -> list[GoalDraft]:
    """One goal per skill that matched, in each direction, that has no goal yet."""
    if agreement.mentor_id is None or agreement.mentee_id is None:
        return []
    dated = dataclasses.replace(agreement, goals=[])
    apply_defaults(db, dated, GOALS)
    target = None
    if dated.start_date and dated.end_date and dated.end_date > dated.start_date:
        # Three quarters in: time to reach it, and before the final review.
        target = dated.start_date + (dated.end_date - dated.start_date) * 3 // 4
    with db.session() as session:
        people = {
            p.id: p
            for p in session.scalars(
                select(Person).where(Person.id.in_([agreement.mentor_id, agreement.mentee_id]))
            )
        }
        skills: dict[tuple[int, SkillInterest], dict[int, str]] = {}
        for person_id, interest, skill_id, name in session.execute(
            select(PersonSkill.person_id, PersonSkill.interest, Skill.id, Skill.name)
            .join(Skill, PersonSkill.skill_id == Skill.id)
            .where(PersonSkill.person_id.in_(list(people)))
        ):
            skills.setdefault((person_id, interest), {})[skill_id] = name
    if len(people) < 2:
        return []
    suggested = []
    for direction, teacher, learner in (
        (GoalDirection.MENTEE_LEARNS, agreement.mentor_id, agreement.mentee_id),
        (GoalDirection.MENTOR_LEARNS, agreement.mentee_id, agreement.mentor_id),
    ):
        offered = skills.get((teacher, SkillInterest.OFFERS), {})
        wanted = skills.get((learner, SkillInterest.WANTS), {})
        have = [g for g in agreement.goals if g.direction == direction]
        covered = {g.skill_id for g in have} | {fold(g.title.strip()) for g in have}
        for skill_id in sorted(set(offered) & set(wanted), key=lambda s: fold(offered[s])):
            title = f"Learn {offered[skill_id]}"
            if skill_id in covered or fold(title) in covered:
                continue
            suggested.append(
                GoalDraft(
                    direction=direction,
                    title=title,
                    success_measure=(
                        f"{people[learner].full_name} uses {offered[skill_id]} without help "
                        f"and shows {people[teacher].full_name} an example at a check-in."
                    ),
                    target_date=target,
                    skill_id=skill_id,
                )
            )
    return suggested
