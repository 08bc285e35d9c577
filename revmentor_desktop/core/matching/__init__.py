"""The pair-suggestion engine: pure numpy/scipy logic, no Qt and no database."""

from revmentor_desktop.core.matching.engine import Matcher, suggest_pairs
from revmentor_desktop.core.matching.model import (
    CRITERIA,
    DEFAULT_WEIGHTS,
    MENTEE,
    REVERSE_MENTOR,
    Alternative,
    Cohort,
    CriterionResult,
    MatchSettings,
    PairSuggestion,
    Participant,
    Suggestion,
    Unmatched,
    Weight,
)

__all__ = [
    "CRITERIA",
    "DEFAULT_WEIGHTS",
    "MENTEE",
    "REVERSE_MENTOR",
    "Alternative",
    "Cohort",
    "CriterionResult",
    "MatchSettings",
    "Matcher",
    "PairSuggestion",
    "Participant",
    "Suggestion",
    "Unmatched",
    "Weight",
    "suggest_pairs",
]
