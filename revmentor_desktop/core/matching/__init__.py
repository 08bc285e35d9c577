"""The pair-suggestion engine: pure numpy/scipy logic, no Qt and no database."""

from revmentor_desktop.core.matching.engine import Matcher, suggest_pairs
from revmentor_desktop.core.matching.model import (
    CRITERIA,
    CRITERION_DESCRIPTIONS,
    DEFAULT_WEIGHTS,
    MENTEE,
    REVERSE_MENTOR,
    RULE_DESCRIPTIONS,
    WEIGHT_DESCRIPTION,
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
    "CRITERION_DESCRIPTIONS",
    "DEFAULT_WEIGHTS",
    "MENTEE",
    "REVERSE_MENTOR",
    "RULE_DESCRIPTIONS",
    "WEIGHT_DESCRIPTION",
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
