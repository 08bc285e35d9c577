"""What the matching engine takes and gives: people, a cohort, settings, and explained pairs."""

from __future__ import annotations

import enum
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple


class Weight(enum.StrEnum):
    """How much a criterion counts, as the programme's admin sets it."""

    OFF = "off"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    MUST = "must"

    @property
    def value_in_total(self) -> int:
        # A Must also blocks the pairs it scores 0; in the total it weighs like High.
        return {"off": 0, "low": 1, "medium": 3, "high": 5, "must": 5}[self.value]

    @property
    def label(self) -> str:
        return self.value.capitalize()


CRITERIA: dict[str, str] = {
    "skills_for_mentee": "Skills for the mentee",
    "skills_for_mentor": "Skills for the reverse mentor",
    "seniority_gap": "Seniority gap",
    "communication": "Communication",
    "different_department": "Different department",
    "location": "Location",
    "availability": "Availability",
    "generation_gap": "Generation gap",
    "would_like": "Would like to work with",
}

# What each criterion rewards, in the words the window shows beside it.
CRITERION_DESCRIPTIONS: dict[str, str] = {
    "skills_for_mentee": "How much of what the mentee wants to learn the reverse mentor offers; "
    "rare skills count more.",
    "skills_for_mentor": "How much of what the reverse mentor wants to learn the mentee offers: "
    "the exchange runs both ways.",
    "seniority_gap": "Full marks when they are within the ideal gap in levels (see Rules), "
    "a quarter less for each level outside it.",
    "communication": "How far their preferred ways of keeping in touch overlap; none in common "
    "scores 0.",
    "different_department": "Full marks when they work in different departments, so each sees "
    "beyond their usual peers.",
    "location": "Full marks when they share a site, or both can meet remotely.",
    "availability": "How close the hours a month they can give are.",
    "generation_gap": "The further apart their birth years, the higher, up to a generation "
    "(20 years). Off by default: age is sensitive.",
    "would_like": "Full marks when one of them asked to work with the other.",
}
WEIGHT_DESCRIPTION = (
    "Off leaves it out. Low, Medium and High count it 1, 3 and 5 times in the score. Must counts "
    "like High, and a pair it scores 0 is never suggested."
)
# What each rule of MatchSettings does, by its field name.
RULE_DESCRIPTIONS: dict[str, str] = {
    "min_gap": "The reverse mentor must be at least this many levels below the mentee; 0 allows "
    "partners of the same level.",
    "ideal_gap": "How many levels apart the partners should be: the seniority gap scores in full "
    "inside this band.",
    "min_score": "Pairs that score less are not suggested.",
    "whole_reporting_chain": "Never pair someone with anyone above or below them in their line "
    "of management, not only their direct manager or report.",
    "favour_participation": "Give as many people as possible a partner first, then make the pairs "
    "as good as possible.",
}

DEFAULT_WEIGHTS: dict[str, Weight] = {
    "skills_for_mentee": Weight.HIGH,
    "skills_for_mentor": Weight.MEDIUM,
    "seniority_gap": Weight.MEDIUM,
    "communication": Weight.MEDIUM,
    "different_department": Weight.LOW,
    "location": Weight.LOW,
    "availability": Weight.LOW,
    "generation_gap": Weight.OFF,  # age is sensitive: only when the admin turns it on
    "would_like": Weight.LOW,
}

REVERSE_MENTOR = "reverse_mentor"
MENTEE = "mentee"


@dataclass(frozen=True)
class Participant:
    """One eligible person as the engine sees them (no database object)."""

    id: int
    name: str
    email: str
    level: int  # seniority rank, 1 = most junior
    department: str = ""
    location: str = ""
    channels: frozenset[str] = frozenset()  # models.Channel values
    hours: float | None = None  # per month
    offers: Mapping[int, int] = field(default_factory=dict)  # skill id -> level 1..5
    wants: Mapping[int, int] = field(default_factory=dict)
    manager_id: int | None = None
    external: bool = False
    share_permission: bool = True  # only meaningful when external
    birth_year: int | None = None
    capacity: int = 1  # partners still open for


@dataclass(frozen=True)
class Cohort:
    """Everyone the engine may pair, and the rules and preferences recorded about them."""

    mentors: list[Participant]  # reverse mentors (the juniors)
    mentees: list[Participant]  # the seniors
    skill_names: Mapping[int, str]
    managers: Mapping[int, int | None]  # everyone's line manager: chains may leave the cohort
    would_like: frozenset[tuple[int, int]] = frozenset()  # (person, other), either direction
    would_rather_not: frozenset[tuple[int, int]] = frozenset()  # either direction forbids
    rejected: frozenset[tuple[int, int]] = frozenset()  # (mentor id, mentee id) HR rejected
    locked: frozenset[tuple[int, int]] = frozenset()  # (mentor id, mentee id) always kept
    # (mentor id, mentee id) already working together: never suggested twice, and said so.
    already_partners: frozenset[tuple[int, int]] = frozenset()


def _int(value: Any, default: int, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return default
    return max(low, min(high, int(value)))


@dataclass
class MatchSettings:
    """A programme's weights and rules, saved with it as JSON."""

    weights: dict[str, Weight] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    min_gap: int = 1  # the reverse mentor at least this many levels below the mentee
    ideal_gap: tuple[int, int] = (2, 4)
    whole_reporting_chain: bool = False  # False: only a direct manager/report is forbidden
    min_score: float = 0.0  # percent; pairs below are not suggested
    favour_participation: bool = False  # first as many pairs as possible, then the score

    def weight(self, key: str) -> Weight:
        return self.weights.get(key, DEFAULT_WEIGHTS[key])

    def to_json(self) -> dict:
        return {
            "weights": {key: str(self.weight(key).value) for key in CRITERIA},
            "min_gap": int(self.min_gap),
            "ideal_gap": [int(self.ideal_gap[0]), int(self.ideal_gap[1])],
            "whole_reporting_chain": bool(self.whole_reporting_chain),
            "min_score": float(self.min_score),
            "favour_participation": bool(self.favour_participation),
        }

    @classmethod
    def from_json(cls, data: dict | None) -> MatchSettings:
        """Settings from saved JSON; anything missing, unknown or malformed keeps its default."""
        settings = cls()
        if not isinstance(data, dict):
            return settings
        weights = data.get("weights")
        if isinstance(weights, dict):
            for key, value in weights.items():
                if key in CRITERIA and value in set(Weight):
                    settings.weights[key] = Weight(value)
        settings.min_gap = _int(data.get("min_gap"), settings.min_gap, 0, 100)
        ideal = data.get("ideal_gap")
        if isinstance(ideal, list | tuple) and len(ideal) == 2:
            low, high = (_int(v, -1, 0, 100) for v in ideal)
            if low >= 0 and high >= 0:
                settings.ideal_gap = (min(low, high), max(low, high))
        for name in ("whole_reporting_chain", "favour_participation"):
            if isinstance(data.get(name), bool):
                setattr(settings, name, data[name])
        score = data.get("min_score")
        if isinstance(score, int | float) and not isinstance(score, bool) and math.isfinite(score):
            settings.min_score = float(max(0.0, min(100.0, score)))
        return settings


class CriterionResult(NamedTuple):  # thousands per suggestion: a tuple is cheap to make
    key: str
    label: str
    weight: Weight
    score: float  # in [0, 1]
    explanation: str  # plain words, e.g. "4 levels apart (ideal 2–4)"


class PairSuggestion(NamedTuple):
    mentor_id: int
    mentee_id: int
    score: float  # 0..100 = 100 * sum(w_i s_i) / sum(w_i) over the criteria that are not OFF
    criteria: tuple[CriterionResult, ...]  # every criterion that is not OFF, in CRITERIA order
    locked: bool = False

    def reasons(self) -> list[str]:
        """The explanations, strongest contribution to the score first."""
        ranked = sorted(
            enumerate(self.criteria),
            key=lambda item: (-item[1].weight.value_in_total * item[1].score, item[0]),
        )
        return [criterion.explanation for _, criterion in ranked]


@dataclass(frozen=True)
class Unmatched:
    person_id: int
    role: str  # "reverse_mentor" | "mentee"
    reason: str  # e.g. "all 6 eligible mentees are in their reporting line"


@dataclass(frozen=True)
class Alternative:
    partner_id: int
    score: float
    blocked_by: str | None  # None when the rules allow the pair, else the rule in words


@dataclass
class Suggestion:
    pairs: list[PairSuggestion]  # best score first
    unmatched: list[Unmatched]

    @property
    def total_score(self) -> float:
        return float(sum(pair.score for pair in self.pairs))
