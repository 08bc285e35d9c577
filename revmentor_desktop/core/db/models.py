"""The whole data model of a reverse-mentoring programme, as typed SQLAlchemy 2 classes."""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from revmentor_desktop.core.db.values import (  # noqa: F401 (the model's names too)
    AssessmentMoment,
    Channel,
    CheckInKind,
    EnrolmentStatus,
    FitVerdict,
    GoalDirection,
    GoalStatus,
    PairDecisionKind,
    PartnershipStatus,
    PreferenceKind,
    PrivacyRequestKind,
    ProgrammeStatus,
    Role,
    SkillCategory,
    SkillInterest,
    display_name,
)

# Stable constraint names make migrations portable between SQLite (batch mode) and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# A partnership still running or being set up (PartnershipStatus), as SQL.
_LIVE = "status IN ('draft', 'active', 'paused')"


def _now() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Versioned:
    """A row coordinators edit: who changed it last, when, and how many times.

    SQLAlchemy adds `version` to every UPDATE's WHERE and raises on no match, so two
    coordinators on one server can never overwrite each other's change unnoticed
    (core.db.versions turns that into a message naming who and when).
    """

    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    updated_by: Mapped[str] = mapped_column(String(120), default="", server_default="")
    updated_at: Mapped[datetime | None] = mapped_column(
        DateTime(timezone=True), default=_now, onupdate=_now
    )

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}


def _enum(cls: type[enum.Enum], name: str) -> Enum:
    """Store an enum by its value, with a CHECK constraint so bad values never reach the file."""
    return Enum(
        cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class Setting(Versioned, Base):
    """Organisation-wide settings (organisation name, logo path, …) as key/value pairs."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class SeniorityLevel(Base):
    """One rung of the organisation's own seniority ladder; `rank` orders it (1 = most junior)."""

    __tablename__ = "seniority_level"
    __table_args__ = (CheckConstraint("rank >= 1", name="rank_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    rank: Mapped[int] = mapped_column(Integer, unique=True)
    label: Mapped[str] = mapped_column(String(80), unique=True)


class Person(Versioned, Base):
    """A participant of the organisation (or an external partner), reused across programmes."""

    __tablename__ = "person"
    __table_args__ = (
        CheckConstraint("manager_id IS NULL OR manager_id <> id", name="not_own_manager"),
        CheckConstraint("hours_per_month IS NULL OR hours_per_month >= 0", name="hours_positive"),
        CheckConstraint("length(trim(email)) > 0", name="email_present"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    given_name: Mapped[str] = mapped_column(String(120))
    family_name: Mapped[str] = mapped_column(String(120), default="")
    email: Mapped[str] = mapped_column(String(254))
    # The HR system's employee number, as written there: re-imports recognise people by it even
    # when their email changed. Optional, and unique when set (SQLite allows many NULLs).
    employee_id: Mapped[str | None] = mapped_column(String(64), index=True, unique=True)
    department: Mapped[str] = mapped_column(String(120), default="")
    job_title: Mapped[str] = mapped_column(String(160), default="")
    level_id: Mapped[int | None] = mapped_column(
        ForeignKey("seniority_level.id", ondelete="RESTRICT"), index=True
    )
    start_date: Mapped[date | None] = mapped_column(Date)
    location: Mapped[str] = mapped_column(String(120), default="")
    manager_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    is_external: Mapped[bool] = mapped_column(Boolean, default=False)
    external_org: Mapped[str] = mapped_column(String(160), default="")
    share_permission_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    # A list of Channel values, in the person's order of preference.
    channels: Mapped[list[str]] = mapped_column(JSON, default=list)
    hours_per_month: Mapped[float | None] = mapped_column(Float)
    swot_strengths: Mapped[str] = mapped_column(Text, default="")
    swot_weaknesses: Mapped[str] = mapped_column(Text, default="")
    swot_opportunities: Mapped[str] = mapped_column(Text, default="")
    swot_threats: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    consent_date: Mapped[date | None] = mapped_column(Date)
    archived: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    # Sensitive and optional: never required, never in a report or export meant for managers.
    birth_year: Mapped[int | None] = mapped_column(Integer)
    diversity_perspectives: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
    # Here since the first schema, so never empty (Versioned's may be, in rows older than it).
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=_now, onupdate=_now
    )
    # Set when the person was erased: the row is then an empty, archived shell named "Erased
    # partner", kept only so that their past partnerships still count in the statistics.
    erased_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    level: Mapped[SeniorityLevel | None] = relationship()
    manager: Mapped[Person | None] = relationship(remote_side=[id])
    skills: Mapped[list[PersonSkill]] = relationship(
        back_populates="person", cascade="all, delete-orphan"
    )
    enrolments: Mapped[list[Enrolment]] = relationship(
        back_populates="person", cascade="all, delete-orphan"
    )

    @property
    def full_name(self) -> str:
        return display_name(self.given_name, self.family_name)


class Skill(Base):
    __tablename__ = "skill"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    category: Mapped[SkillCategory] = mapped_column(
        _enum(SkillCategory, "skill_category"), default=SkillCategory.OTHER
    )


# Emails and skill names are unique ignoring case: Dana@x.org and dana@x.org are one person.
Index("uq_person_email_lower", func.lower(Person.email), unique=True)
Index("uq_skill_name_lower", func.lower(Skill.name), unique=True)


class PersonSkill(Base):
    """A skill a person offers to teach or wants to learn, with a level (1 beginner … 5 expert)."""

    __tablename__ = "person_skill"
    __table_args__ = (CheckConstraint("level BETWEEN 1 AND 5", name="level_range"),)

    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True
    )
    skill_id: Mapped[int] = mapped_column(
        ForeignKey("skill.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    interest: Mapped[SkillInterest] = mapped_column(
        _enum(SkillInterest, "skill_interest"), primary_key=True
    )
    level: Mapped[int] = mapped_column(Integer, default=3)

    person: Mapped[Person] = relationship(back_populates="skills")
    skill: Mapped[Skill] = relationship()


class Programme(Versioned, Base):
    """A cohort of the reverse-mentoring programme."""

    __tablename__ = "programme"
    __table_args__ = (
        CheckConstraint(
            "end_date IS NULL OR start_date IS NULL OR end_date >= start_date", name="dates_order"
        ),
        CheckConstraint("stalled_after_days > 0", name="stalled_positive"),
        CheckConstraint("checkin_interval_days > 0", name="checkin_positive"),
        CheckConstraint("meeting_interval_days > 0", name="meeting_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(160), unique=True)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[ProgrammeStatus] = mapped_column(
        _enum(ProgrammeStatus, "programme_status"), default=ProgrammeStatus.PLANNING
    )
    # Default meeting frequency, as days between meetings (14 = every two weeks).
    meeting_interval_days: Mapped[int] = mapped_column(Integer, default=14)
    checkin_interval_days: Mapped[int] = mapped_column(Integer, default=30)
    stalled_after_days: Mapped[int] = mapped_column(Integer, default=21)
    # The matching weights and rules chosen for this programme (see core.matching).
    matching_settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)

    enrolments: Mapped[list[Enrolment]] = relationship(
        back_populates="programme", cascade="all, delete-orphan"
    )


class Enrolment(Versioned, Base):
    """A person taking part in a programme, in one role."""

    __tablename__ = "enrolment"
    __table_args__ = (
        UniqueConstraint("programme_id", "person_id", name="uq_enrolment_programme_person"),
        CheckConstraint("capacity >= 1", name="capacity_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(
        ForeignKey("programme.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    role: Mapped[Role] = mapped_column(_enum(Role, "enrolment_role"))
    capacity: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[EnrolmentStatus] = mapped_column(
        _enum(EnrolmentStatus, "enrolment_status"), default=EnrolmentStatus.ACTIVE
    )
    enrolled_on: Mapped[date | None] = mapped_column(Date)

    programme: Mapped[Programme] = relationship(back_populates="enrolments")
    person: Mapped[Person] = relationship(back_populates="enrolments")


class PairingPreference(Base):
    """HR's record that `person` would like to / would rather not work with `other`."""

    __tablename__ = "pairing_preference"
    __table_args__ = (
        UniqueConstraint("person_id", "other_id", name="uq_pairing_preference_pair"),
        CheckConstraint("person_id <> other_id", name="distinct_people"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    other_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    kind: Mapped[PreferenceKind] = mapped_column(_enum(PreferenceKind, "preference_kind"))
    note: Mapped[str] = mapped_column(Text, default="")


class PairDecision(Base):
    """The coordinator's decision on a suggested pair in a programme: locked in, or rejected."""

    __tablename__ = "pair_decision"
    __table_args__ = (
        UniqueConstraint("programme_id", "mentor_id", "mentee_id", name="uq_pair_decision_pair"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(
        ForeignKey("programme.id", ondelete="CASCADE"), index=True
    )
    mentor_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    mentee_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    kind: Mapped[PairDecisionKind] = mapped_column(_enum(PairDecisionKind, "pair_decision_kind"))
    reason: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)


class Partnership(Versioned, Base):
    """A reverse mentor and a mentee working together, with the agreement they set up."""

    __tablename__ = "partnership"
    __table_args__ = (
        CheckConstraint("mentor_id <> mentee_id", name="distinct_partners"),
        CheckConstraint("wizard_step BETWEEN 0 AND 5", name="wizard_step_range"),
        CheckConstraint(
            "end_date IS NULL OR start_date IS NULL OR end_date >= start_date", name="dates_order"
        ),
        Index("ix_partnership_programme_status", "programme_id", "status"),
        # No pair twice at once in a programme, however many coordinators accept it together.
        Index(
            "uq_partnership_live_pair",
            "programme_id",
            "mentor_id",
            "mentee_id",
            unique=True,
            sqlite_where=text(_LIVE),
            postgresql_where=text(_LIVE),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"))
    mentor_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    mentee_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    status: Mapped[PartnershipStatus] = mapped_column(
        _enum(PartnershipStatus, "partnership_status"), default=PartnershipStatus.DRAFT
    )
    # How far the set-up wizard got: 0 = nothing yet, 5 = all five steps saved.
    wizard_step: Mapped[int] = mapped_column(Integer, default=0)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
    activated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    end_reason: Mapped[str] = mapped_column(Text, default="")
    no_fault_ending: Mapped[bool] = mapped_column(Boolean, default=False)
    # The match as it was when the pair was made: total percentage and per-criterion breakdown.
    match_score: Mapped[float | None] = mapped_column(Float)
    match_breakdown: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    # Step 1, partners: a coordinator's written reason to override a warning (e.g. wrong direction).
    override_reason: Mapped[str] = mapped_column(Text, default="")
    # Step 2, goals (the goals themselves are Goal rows).
    time_commitment_hours: Mapped[float | None] = mapped_column(Float)
    # Step 3, communication.
    channels: Mapped[list[str]] = mapped_column(JSON, default=list)
    meeting_interval_days: Mapped[int | None] = mapped_column(Integer)
    meeting_minutes: Mapped[int | None] = mapped_column(Integer)
    meeting_place: Mapped[str] = mapped_column(Text, default="")
    preferred_times: Mapped[str] = mapped_column(Text, default="")
    agenda_owner: Mapped[str] = mapped_column(String(32), default="")
    cancellation_rule: Mapped[str] = mapped_column(Text, default="")
    reply_time: Mapped[str] = mapped_column(String(120), default="")
    # Step 4, openness.
    confidentiality_agreed: Mapped[bool] = mapped_column(Boolean, default=False)
    off_limits_topics: Mapped[str] = mapped_column(Text, default="")
    mentor_feedback_preference: Mapped[str] = mapped_column(Text, default="")
    mentee_feedback_preference: Mapped[str] = mapped_column(Text, default="")
    ground_rules_accepted: Mapped[list[str]] = mapped_column(JSON, default=list)
    manager_visibility: Mapped[str] = mapped_column(Text, default="")
    external_restrictions: Mapped[str] = mapped_column(Text, default="")
    # Step 5, progress.
    checkin_interval_days: Mapped[int | None] = mapped_column(Integer)
    fit_check_date: Mapped[date | None] = mapped_column(Date)
    midpoint_review_date: Mapped[date | None] = mapped_column(Date)
    final_review_date: Mapped[date | None] = mapped_column(Date)
    success_measures: Mapped[str] = mapped_column(Text, default="")
    no_fault_acknowledged: Mapped[bool] = mapped_column(Boolean, default=False)
    mentor_signoff_name: Mapped[str] = mapped_column(String(240), default="")
    mentor_signoff_date: Mapped[date | None] = mapped_column(Date)
    mentee_signoff_name: Mapped[str] = mapped_column(String(240), default="")
    mentee_signoff_date: Mapped[date | None] = mapped_column(Date)
    # How often the meeting series was exported: a calendar replaces an event with a higher
    # SEQUENCE (RFC 5545), so a re-export updates the meetings instead of adding them again.
    calendar_sequence: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    programme: Mapped[Programme] = relationship()
    mentor: Mapped[Person] = relationship(foreign_keys=[mentor_id])
    mentee: Mapped[Person] = relationship(foreign_keys=[mentee_id])
    goals: Mapped[list[Goal]] = relationship(
        back_populates="partnership", cascade="all, delete-orphan", order_by="Goal.id"
    )
    check_ins: Mapped[list[CheckIn]] = relationship(
        back_populates="partnership", cascade="all, delete-orphan", order_by="CheckIn.held_on"
    )


class Goal(Versioned, Base):
    __tablename__ = "goal"
    __table_args__ = (CheckConstraint("progress BETWEEN 0 AND 100", name="progress_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    partnership_id: Mapped[int] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), index=True
    )
    direction: Mapped[GoalDirection] = mapped_column(_enum(GoalDirection, "goal_direction"))
    title: Mapped[str] = mapped_column(String(240))
    skill_id: Mapped[int | None] = mapped_column(ForeignKey("skill.id", ondelete="SET NULL"))
    success_measure: Mapped[str] = mapped_column(Text, default="")
    target_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[GoalStatus] = mapped_column(
        _enum(GoalStatus, "goal_status"), default=GoalStatus.OPEN
    )
    progress: Mapped[int] = mapped_column(Integer, default=0)

    partnership: Mapped[Partnership] = relationship(back_populates="goals")
    skill: Mapped[Skill | None] = relationship()


class CheckIn(Versioned, Base):
    __tablename__ = "check_in"
    __table_args__ = (
        CheckConstraint(
            "mentor_rating IS NULL OR mentor_rating BETWEEN 1 AND 5", name="mentor_rating"
        ),
        CheckConstraint(
            "mentee_rating IS NULL OR mentee_rating BETWEEN 1 AND 5", name="mentee_rating"
        ),
        CheckConstraint("duration_minutes IS NULL OR duration_minutes >= 0", name="duration"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    partnership_id: Mapped[int] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), index=True
    )
    held_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[CheckInKind] = mapped_column(
        _enum(CheckInKind, "check_in_kind"), default=CheckInKind.CHECK_IN
    )
    held: Mapped[bool] = mapped_column(Boolean, default=True)  # False: the meeting was cancelled
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    mentor_rating: Mapped[int | None] = mapped_column(Integer)
    mentee_rating: Mapped[int | None] = mapped_column(Integer)
    fit_verdict: Mapped[FitVerdict | None] = mapped_column(_enum(FitVerdict, "fit_verdict"))
    summary: Mapped[str] = mapped_column(Text, default="")  # shareable with managers
    # Never leaves the app in any report or export meant for managers.
    private_notes: Mapped[str] = mapped_column(Text, default="")
    next_steps: Mapped[str] = mapped_column(Text, default="")
    next_meeting_on: Mapped[date | None] = mapped_column(Date)

    partnership: Mapped[Partnership] = relationship(back_populates="check_ins")
    goal_progress: Mapped[list[CheckInGoalProgress]] = relationship(
        back_populates="check_in", cascade="all, delete-orphan"
    )


class CheckInGoalProgress(Base):
    """A goal's progress as recorded at one check-in."""

    __tablename__ = "check_in_goal_progress"
    __table_args__ = (CheckConstraint("progress BETWEEN 0 AND 100", name="progress_range"),)

    check_in_id: Mapped[int] = mapped_column(
        ForeignKey("check_in.id", ondelete="CASCADE"), primary_key=True
    )
    goal_id: Mapped[int] = mapped_column(
        ForeignKey("goal.id", ondelete="CASCADE"), primary_key=True
    )
    progress: Mapped[int] = mapped_column(Integer)

    check_in: Mapped[CheckIn] = relationship(back_populates="goal_progress")
    goal: Mapped[Goal] = relationship()


class PrivacyRequest(Base):
    """The audit trail of data-protection requests: what was done, when and by whom.

    Never who it was about: after an erasure nothing may lead back to the person. `id` is the
    request number the coordinator quotes.
    """

    __tablename__ = "privacy_request"
    __table_args__ = (
        CheckConstraint("records >= 0", name="records_positive"),
        CheckConstraint(
            "backups_holding IS NULL OR backups_holding >= 0", name="backups_holding_positive"
        ),
        CheckConstraint(
            "backups_deleted IS NULL OR backups_deleted >= 0", name="backups_deleted_positive"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[PrivacyRequestKind] = mapped_column(
        _enum(PrivacyRequestKind, "privacy_request_kind")
    )
    made_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
    made_by: Mapped[str] = mapped_column(String(120), default="")  # the computer's user name
    records: Mapped[int] = mapped_column(Integer, default=0)  # records exported or erased
    # Erasures only: how many backups still held the person, and how many of those were deleted.
    backups_holding: Mapped[int | None] = mapped_column(Integer)
    backups_deleted: Mapped[int | None] = mapped_column(Integer)


class SelfAssessment(Base):
    """A partner's own rating (1–5) of their level in a skill they learn from the other, at one
    moment of the partnership. Who rated follows from the direction: the mentee for what the
    mentee learns, the reverse mentor for what the reverse mentor learns."""

    __tablename__ = "self_assessment"
    __table_args__ = (
        CheckConstraint("level BETWEEN 1 AND 5", name="level_range"),
        UniqueConstraint(
            "partnership_id",
            "direction",
            "skill_id",
            "moment",
            name="uq_self_assessment_one_rating",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    partnership_id: Mapped[int] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), index=True
    )
    direction: Mapped[GoalDirection] = mapped_column(_enum(GoalDirection, "goal_direction"))
    skill_id: Mapped[int] = mapped_column(ForeignKey("skill.id", ondelete="CASCADE"))
    moment: Mapped[AssessmentMoment] = mapped_column(_enum(AssessmentMoment, "assessment_moment"))
    level: Mapped[int] = mapped_column(Integer)
    confidence_note: Mapped[str] = mapped_column(Text, default="")
    assessed_on: Mapped[date] = mapped_column(Date)
    # The review check-in it was entered with, if any.
    check_in_id: Mapped[int | None] = mapped_column(ForeignKey("check_in.id", ondelete="SET NULL"))

    partnership: Mapped[Partnership] = relationship()
    skill: Mapped[Skill] = relationship()


class Closure(Base):
    """One partner's closing conversation when a partnership is completed or ended."""

    __tablename__ = "closure"
    __table_args__ = (
        CheckConstraint(
            "recommend_score IS NULL OR recommend_score BETWEEN 0 AND 10", name="recommend_range"
        ),
        UniqueConstraint("partnership_id", "role", name="uq_closure_one_per_partner"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    partnership_id: Mapped[int] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[Role] = mapped_column(_enum(Role, "closure_role"))  # whose words these are
    learnt: Mapped[str] = mapped_column(Text, default="")
    # "Would you recommend the programme to a colleague?" 0–10, as a Net Promoter question.
    recommend_score: Mapped[int | None] = mapped_column(Integer)
    would_take_part_again: Mapped[bool | None] = mapped_column(Boolean)
    recorded_on: Mapped[date] = mapped_column(Date)

    partnership: Mapped[Partnership] = relationship()
