"""Plain values an agreement is printed from (no reportlab here: the services fill them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path


@dataclass
class Letterhead:
    """What every page's header shows: the organisation's name and logo (when set)."""

    organisation: str = ""
    logo: Path | None = None


@dataclass
class PartySheet:
    name: str
    role: str  # "Reverse mentor" / "Mentee"
    email: str = ""
    level: str = ""
    department: str = ""
    job_title: str = ""
    external_org: str = ""  # set for an external partner


@dataclass
class GoalSheet:
    title: str
    success_measure: str = ""
    target_date: date | None = None
    skill: str = ""
    status: str = ""  # "Open", "Achieved", "Dropped"
    progress: int = 0


@dataclass
class AgreementSheet:
    """Everything an agreement PDF shows, as the partners agreed it in the set-up wizard."""

    partnership_id: int
    programme: str
    status: str  # the partnership's status as a label, e.g. "Active"
    mentor: PartySheet
    mentee: PartySheet
    letterhead: Letterhead = field(default_factory=Letterhead)
    programme_start: date | None = None
    programme_end: date | None = None
    start_date: date | None = None
    end_date: date | None = None
    time_commitment_hours: float | None = None
    # Goals in each direction: what the mentee learns, then what the reverse mentor learns.
    mentee_goals: list[GoalSheet] = field(default_factory=list)
    mentor_goals: list[GoalSheet] = field(default_factory=list)
    channels: list[str] = field(default_factory=list)  # labels, e.g. "Video call"
    meeting_frequency: str = ""  # e.g. "Every two weeks"
    meeting_minutes: int | None = None
    meeting_place: str = ""
    preferred_times: str = ""
    agenda_owner: str = ""  # a sentence, e.g. "Both, taking turns"
    cancellation_rule: str = ""
    reply_time: str = ""
    confidentiality_agreed: bool = False
    off_limits_topics: str = ""
    mentor_feedback_preference: str = ""
    mentee_feedback_preference: str = ""
    ground_rules: list[tuple[str, bool]] = field(default_factory=list)  # (sentence, accepted)
    manager_visibility: str = ""
    external_restrictions: str = ""
    checkin_frequency: str = ""  # e.g. "Monthly"
    fit_check_date: date | None = None
    midpoint_review_date: date | None = None
    final_review_date: date | None = None
    success_measures: str = ""
    no_fault_acknowledged: bool = False
    mentor_signoff_name: str = ""
    mentor_signoff_date: date | None = None
    mentee_signoff_name: str = ""
    mentee_signoff_date: date | None = None


@dataclass
class Vocabulary:
    """The product's words for stored values, handed in by the services (keyed by value)."""

    status: dict[str, str] = field(default_factory=dict)  # partnership status -> "Active"
    check_in_kind: dict[str, str] = field(default_factory=dict)  # -> "Mid-point review"
    fit_verdict: dict[str, str] = field(default_factory=dict)  # -> "Good fit"
    direction: dict[str, str] = field(default_factory=dict)  # -> "Mentees learn"

    def word(self, table: str, value: object) -> str:
        """The label for `value`, or the value itself spelt out when the table lacks it."""
        if value is None:
            return ""
        key = str(getattr(value, "value", value))
        return getattr(self, table).get(key) or key.replace("_", " ").capitalize()
