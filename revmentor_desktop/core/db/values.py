"""Stored values without SQLAlchemy: the enums the tables keep, and a person's display name.

`models.py` builds its columns on these; code that must not wait for SQLAlchemy to load (the
window's first read of the people list, the words of `vocabulary.py`) imports them from here.
"""

from __future__ import annotations

import enum
import re


class Role(enum.StrEnum):
    REVERSE_MENTOR = "reverse_mentor"
    MENTEE = "mentee"


class Channel(enum.StrEnum):
    IN_PERSON = "in_person"
    VIDEO = "video"
    PHONE = "phone"
    EMAIL = "email"
    MESSAGING = "messaging"


class SkillCategory(enum.StrEnum):
    TECHNOLOGY = "technology"
    SOCIAL_MEDIA = "social_media"
    DIVERSITY_INCLUSION = "diversity_inclusion"
    LEADERSHIP = "leadership"
    ORGANISATIONAL_KNOWLEDGE = "organisational_knowledge"
    COMMUNICATION = "communication"
    OTHER = "other"


class SkillInterest(enum.StrEnum):
    OFFERS = "offers"
    WANTS = "wants"


class ProgrammeStatus(enum.StrEnum):
    PLANNING = "planning"
    RUNNING = "running"
    CLOSED = "closed"


class EnrolmentStatus(enum.StrEnum):
    ACTIVE = "active"
    WITHDRAWN = "withdrawn"


class PreferenceKind(enum.StrEnum):
    WOULD_LIKE = "would_like"
    WOULD_RATHER_NOT = "would_rather_not"


class PrivacyRequestKind(enum.StrEnum):
    EXPORT = "export"  # everything held about one person, written to a file for them
    ERASE = "erase"


class PairDecisionKind(enum.StrEnum):
    LOCKED = "locked"
    REJECTED = "rejected"


class PartnershipStatus(enum.StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    PAUSED = "paused"
    COMPLETED = "completed"
    ENDED_EARLY = "ended_early"


class GoalDirection(enum.StrEnum):
    MENTEE_LEARNS = "mentee_learns"  # the senior partner learns from the reverse mentor
    MENTOR_LEARNS = "mentor_learns"  # the two-way street: the reverse mentor learns too


class GoalStatus(enum.StrEnum):
    OPEN = "open"
    ACHIEVED = "achieved"
    DROPPED = "dropped"


class CheckInKind(enum.StrEnum):
    FIT_CHECK = "fit_check"
    CHECK_IN = "check_in"
    MIDPOINT_REVIEW = "midpoint_review"
    FINAL_REVIEW = "final_review"
    BRAINSTORMING = "brainstorming"


class FitVerdict(enum.StrEnum):
    GOOD_FIT = "good_fit"
    DECIDING = "deciding"
    NOT_A_FIT = "not_a_fit"


class AssessmentMoment(enum.StrEnum):
    """When a partner rates their own level in a skill they learn: as the agreement is signed,
    at the mid-point review, at the final review or closing."""

    START = "start"
    MIDPOINT = "midpoint"
    FINAL = "final"


# Han, kana and hangul: names written in these scripts put the family name first, unspaced.
_FAMILY_FIRST = re.compile("[\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def display_name(given: str, family: str) -> str:
    """A person's name as they would write it: "Dana Fox", but "王伟" for 王 (family) 伟."""
    whole = given + family
    if not whole.isascii() and _FAMILY_FIRST.search(whole):
        return f"{family}{given}"
    return f"{given} {family}".strip()
