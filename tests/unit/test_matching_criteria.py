"""The matching engine's nine criteria, hand-checked: exact scores, plain words, the total."""

import math

import pytest
from factories import participant

from revmentor_desktop.core.matching import (
    CRITERIA,
    DEFAULT_WEIGHTS,
    Cohort,
    Matcher,
    MatchSettings,
    Weight,
)

SKILLS = {1: "TikTok", 2: "Power BI", 3: "Canva", 4: "Budgeting", 5: "Leadership"}


def cohort(mentors, mentees, **rules):
    return Cohort(mentors=mentors, mentees=mentees, skill_names=SKILLS, managers={}, **rules)


def only(key, **settings):
    """Settings that weigh one criterion High and switch every other one off."""
    weights = {k: Weight.OFF for k in CRITERIA}
    weights[key] = Weight.HIGH
    return MatchSettings(weights=weights, **settings)


def criterion(matcher, settings, mentor_id, mentee_id, key):
    found = {c.key: c for c in matcher.pair(settings, mentor_id, mentee_id).criteria}
    return found[key]


def test_skills_for_the_mentee_weigh_rarer_skills_more():
    ana = participant(1, "Ana", 1, offers={1: 3, 2: 4})
    ben = participant(2, "Ben", 1, offers={1: 2})
    dana = participant(10, "Dana", 4, wants={1: 1, 2: 1})
    matcher = Matcher(cohort([ana, ben], [dana]))
    settings = only("skills_for_mentee")
    # TikTok is offered by both reverse mentors, Power BI by Ana only: its weight is
    # ln(3/2) + 1 against TikTok's ln(3/3) + 1 = 1.
    power_bi = math.log(3 / 2) + 1
    both = criterion(matcher, settings, 1, 10, "skills_for_mentee")
    assert both.score == 1.0
    assert both.explanation == "covers both skills Dana wants: Power BI, TikTok"
    one = criterion(matcher, settings, 2, 10, "skills_for_mentee")
    assert one.score == pytest.approx(1 / (1 + power_bi), abs=1e-6)
    assert one.score < 0.5  # the common skill counts for less than half
    assert one.explanation == "covers 1 of the 2 skills Dana wants: TikTok"
    assert matcher.pair(settings, 2, 10).score == pytest.approx(100 * one.score)


def test_skills_for_the_reverse_mentor_and_nothing_to_cover():
    ana = participant(1, "Ana", 1, wants={4: 2, 5: 2, 3: 1})
    dana = participant(10, "Dana", 4, offers={4: 5, 5: 4})
    eve = participant(11, "Eve", 5)
    matcher = Matcher(cohort([ana], [dana, eve]))
    settings = only("skills_for_mentor")
    covered = criterion(matcher, settings, 1, 10, "skills_for_mentor")
    assert covered.label == "Skills for the reverse mentor"
    assert 0 < covered.score < 1
    assert covered.explanation == "covers 2 of the 3 skills Ana wants: Budgeting, Leadership"
    nothing = criterion(matcher, settings, 1, 11, "skills_for_mentor")
    assert (nothing.score, nothing.explanation) == (0.0, "offers none of the 3 skills Ana wants")
    # A mentee who wants nothing has nothing a partner could cover.
    silent = criterion(matcher, only("skills_for_mentee"), 1, 10, "skills_for_mentee")
    assert (silent.score, silent.explanation) == (0.0, "Dana has not said what they want to learn")


def test_a_rare_covered_skill_is_named():
    mentors = [participant(i, f"M{i}", 1, offers={1: 1}) for i in range(1, 11)]
    mentors.append(participant(11, "Ana", 1, offers={1: 1, 3: 2}))
    dana = participant(20, "Dana", 5, wants={1: 1, 3: 1})
    matcher = Matcher(cohort(mentors, [dana]))
    words = criterion(matcher, MatchSettings(), 11, 20, "skills_for_mentee").explanation
    assert words == (
        "covers both skills Dana wants: Canva, TikTok; "
        "only 1 of the 11 reverse mentors offers Canva"
    )


@pytest.mark.parametrize(
    ("mentee_level", "ideal", "score", "words"),
    [
        (4, (2, 4), 1.0, "3 levels apart (ideal 2–4)"),
        (3, (2, 4), 1.0, "2 levels apart (ideal 2–4)"),
        (2, (2, 4), 0.75, "1 level apart (ideal 2–4)"),
        (7, (2, 4), 0.5, "6 levels apart (ideal 2–4)"),
        (9, (2, 4), 0.0, "8 levels apart (ideal 2–4)"),
        (1, (2, 4), 0.5, "same level (ideal 2–4)"),
        (4, (3, 3), 1.0, "3 levels apart (ideal 3)"),
    ],
)
def test_seniority_gap_is_best_inside_the_ideal_band(mentee_level, ideal, score, words):
    matcher = Matcher(cohort([participant(1, "Ana", 1)], [participant(10, "Dana", mentee_level)]))
    result = criterion(matcher, only("seniority_gap", ideal_gap=ideal, min_gap=0), 1, 10,
                       "seniority_gap")  # fmt: skip
    assert (result.score, result.explanation) == (score, words)


@pytest.mark.parametrize(
    ("mine", "theirs", "score", "words"),
    [
        ({"video"}, {"video"}, 1.0, "both prefer video calls"),
        ({"video", "email"}, {"email", "video"}, 1.0, "both prefer video calls and email"),
        ({"video", "email"}, {"video", "phone"}, 1 / 3,
         "both like video calls (1 of the 3 channels either prefers)"),
        ({"phone"}, {"email", "in_person"}, 0.0,
         "no channel in common: Ana prefers phone calls, Dana prefers meeting in person and email"),
        (set(), {"email"}, 0.5, "Ana has not said how they like to communicate"),
        (set(), set(), 0.5, "neither has said how they like to communicate"),
    ],
)  # fmt: skip
def test_communication_is_the_overlap_of_preferred_channels(mine, theirs, score, words):
    ana = participant(1, "Ana", 1, channels=frozenset(mine))
    dana = participant(10, "Dana", 4, channels=frozenset(theirs))
    result = criterion(Matcher(cohort([ana], [dana])), MatchSettings(), 1, 10, "communication")
    assert result.score == pytest.approx(score, abs=1e-6)
    assert result.explanation == words


@pytest.mark.parametrize(
    ("mine", "theirs", "score", "words"),
    [
        ("Sales", "Finance", 1.0, "different departments: Sales and Finance"),
        ("Sales", " sales ", 0.0, "both in Sales"),
        ("", "Finance", 0.5, "department not recorded for Ana"),
        ("", "", 0.5, "departments not recorded"),
    ],
)
def test_different_department(mine, theirs, score, words):
    ana = participant(1, "Ana", 1, department=mine)
    dana = participant(10, "Dana", 4, department=theirs)
    result = criterion(Matcher(cohort([ana], [dana])), MatchSettings(), 1, 10,
                       "different_department")  # fmt: skip
    assert (result.score, result.explanation) == (score, words)


@pytest.mark.parametrize(
    ("mine", "theirs", "score", "words"),
    [
        (("London", ()), ("london", ()), 1.0, "both in London"),
        (("London", ("video",)), ("Paris", ("email",)), 1.0,
         "can meet remotely (London and Paris)"),
        (("Remote", ()), ("Remote", ()), 1.0, "both work remotely"),
        (("Remote", ()), ("Paris", ("phone",)), 1.0, "can meet remotely (Remote and Paris)"),
        (("Remote", ()), ("Paris", ("in_person",)), 0.0,
         "different sites (Remote and Paris), and Dana cannot meet remotely"),
        (("", ()), ("Paris", ()), 0.0,
         "site not recorded for Ana, and Ana and Dana cannot meet remotely"),
    ],
)  # fmt: skip
def test_location_same_site_or_both_remote(mine, theirs, score, words):
    ana = participant(1, "Ana", 1, location=mine[0], channels=frozenset(mine[1]))
    dana = participant(10, "Dana", 4, location=theirs[0], channels=frozenset(theirs[1]))
    result = criterion(Matcher(cohort([ana], [dana])), MatchSettings(), 1, 10, "location")
    assert (result.score, result.explanation) == (score, words)


@pytest.mark.parametrize(
    ("mine", "theirs", "score", "words"),
    [
        (4, 5, 0.8, "similar availability: 4 and 5 hours a month"),
        (10, 2, 0.2, "different availability: 10 and 2 hours a month"),
        (2.5, 2.5, 1.0, "same availability: 2.5 hours a month each"),
        (0, 0, 1.0, "same availability: 0 hours a month each"),
        (0, 6, 0.0, "different availability: 0 and 6 hours a month"),
        (None, 6, 0.5, "Ana has not said how many hours a month they can give"),
    ],
)
def test_availability_compares_hours_a_month(mine, theirs, score, words):
    ana, dana = participant(1, "Ana", 1, hours=mine), participant(10, "Dana", 4, hours=theirs)
    result = criterion(Matcher(cohort([ana], [dana])), MatchSettings(), 1, 10, "availability")
    assert result.score == pytest.approx(score, abs=1e-6)
    assert result.explanation == words


@pytest.mark.parametrize(
    ("mine", "theirs", "score", "words"),
    [
        (2000, 1990, 0.5, "born 10 years apart"),
        (2000, 1965, 1.0, "born 35 years apart"),
        (1999, 1999, 0.0, "born in the same year"),
        (2000, None, 0.5, "birth year not recorded for Dana"),
    ],
)
def test_generation_gap_only_when_switched_on(mine, theirs, score, words):
    ana = participant(1, "Ana", 1, birth_year=mine)
    dana = participant(10, "Dana", 4, birth_year=theirs)
    matcher = Matcher(cohort([ana], [dana]))
    result = criterion(matcher, only("generation_gap"), 1, 10, "generation_gap")
    assert (result.score, result.explanation) == (score, words)
    # Off by default: age is sensitive, so it is neither scored nor put into words.
    pair = matcher.pair(MatchSettings(), 1, 10)
    assert "generation_gap" not in {c.key for c in pair.criteria}
    assert not any("born" in reason or "birth" in reason for reason in pair.reasons())


def test_would_like_to_work_with_counts_either_way():
    ana, ben = participant(1, "Ana", 1), participant(2, "Ben", 1)
    dana = participant(10, "Dana", 4)
    matcher = Matcher(cohort([ana, ben], [dana], would_like=frozenset({(10, 1)})))
    liked = criterion(matcher, MatchSettings(), 1, 10, "would_like")
    assert (liked.score, liked.explanation) == (1.0, "Dana would like to work with Ana")
    other = criterion(matcher, MatchSettings(), 2, 10, "would_like")
    assert (other.score, other.explanation) == (0.0, "no wish to work together recorded")
    both = Matcher(cohort([ana], [dana], would_like=frozenset({(10, 1), (1, 10)})))
    assert criterion(both, MatchSettings(), 1, 10, "would_like").explanation == (
        "both would like to work together"
    )


def test_total_is_the_weighted_mean_of_the_criteria_not_switched_off():
    ana = participant(1, "Ana", 2, department="Sales", location="London", hours=4,
                 channels=frozenset({"video"}), offers={1: 3}, wants={4: 1})  # fmt: skip
    dana = participant(10, "Dana", 5, department="Sales", location="Paris", hours=5,
                  channels=frozenset({"video", "phone"}), offers={5: 2},
                  wants={1: 2, 2: 1})  # fmt: skip
    matcher = Matcher(cohort([ana], [dana]))
    pair = matcher.pair(MatchSettings(), 1, 10)
    scores = {c.key: c.score for c in pair.criteria}
    assert list(scores) == [k for k in CRITERIA if k != "generation_gap"]  # CRITERIA order
    assert scores["skills_for_mentor"] == 0.0 and scores["seniority_gap"] == 1.0
    assert scores["communication"] == 0.5 and scores["different_department"] == 0.0
    assert scores["location"] == 1.0 and scores["availability"] == pytest.approx(0.8)
    # High 5, Medium 3, Low 1: 5 + 3 + 3 + 3 + 1 + 1 + 1 + 1 = 18.
    expected = 5 * scores["skills_for_mentee"] + 3 * (0 + 1 + 0.5) + 1 * (0 + 1 + 0.8 + 0)
    assert pair.score == pytest.approx(100 * expected / 18, abs=1e-6)
    # Must weighs like High in the total; Off drops out of the total and the breakdown.
    weights = dict(DEFAULT_WEIGHTS, skills_for_mentee=Weight.MUST, location=Weight.OFF)
    changed = matcher.pair(MatchSettings(weights=weights), 1, 10)
    assert "location" not in {c.key for c in changed.criteria}
    assert changed.score == pytest.approx(100 * (expected - 1) / 17, abs=1e-6)


def test_reasons_put_the_strongest_contribution_first():
    ana = participant(1, "Ana", 1, offers={1: 3}, department="Sales", hours=None)
    dana = participant(10, "Dana", 4, wants={1: 2}, department="Finance")
    pair = Matcher(cohort([ana], [dana])).pair(MatchSettings(), 1, 10)
    reasons = pair.reasons()
    assert reasons[0] == "covers the one skill Dana wants: TikTok"  # High × 1
    assert reasons[1] == "3 levels apart (ideal 2–4)"  # Medium × 1
    assert reasons[-1] == "no wish to work together recorded"  # Low × 0, last in order
    assert sorted(reasons) == sorted(c.explanation for c in pair.criteria)


def test_every_weight_off_scores_zero_and_explains_nothing():
    matcher = Matcher(cohort([participant(1, "Ana", 1)], [participant(10, "Dana", 4)]))
    pair = matcher.pair(MatchSettings(weights={k: Weight.OFF for k in CRITERIA}), 1, 10)
    assert (pair.score, pair.criteria, pair.reasons()) == (0.0, (), [])


def test_weights_count_zero_low_medium_high_and_must_like_high():
    assert [w.value_in_total for w in Weight] == [0, 1, 3, 5, 5]
    assert DEFAULT_WEIGHTS["generation_gap"] == Weight.OFF


def test_settings_round_trip_through_json():
    settings = MatchSettings(
        weights=dict(DEFAULT_WEIGHTS, location=Weight.MUST, generation_gap=Weight.LOW),
        min_gap=2, ideal_gap=(3, 5), whole_reporting_chain=True, min_score=40.0,
        favour_participation=True,
    )  # fmt: skip
    stored = settings.to_json()
    assert stored["weights"]["location"] == "must" and stored["ideal_gap"] == [3, 5]
    assert MatchSettings.from_json(stored) == settings


def test_settings_from_json_keep_defaults_for_anything_missing_or_wrong():
    assert MatchSettings.from_json(None) == MatchSettings()
    assert MatchSettings.from_json({}) == MatchSettings()
    loaded = MatchSettings.from_json({
        "weights": {"skills_for_mentee": "must", "bogus": "high", "location": "loud"},
        "min_gap": "two", "ideal_gap": [5, 2], "min_score": 150,
        "whole_reporting_chain": "yes", "favour_participation": True, "unknown": 1,
    })  # fmt: skip
    assert loaded.weights["skills_for_mentee"] == Weight.MUST
    assert loaded.weights["location"] == DEFAULT_WEIGHTS["location"]
    assert "bogus" not in loaded.weights
    assert (loaded.min_gap, loaded.ideal_gap, loaded.min_score) == (1, (2, 5), 100.0)
    assert (loaded.whole_reporting_chain, loaded.favour_participation) == (False, True)
