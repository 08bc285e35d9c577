"""The matching engine's hard rules: which pairs are never suggested, and the words saying why."""

import pytest
from factories import participant

from revmentor_desktop.core.matching import (
    CRITERIA,
    DEFAULT_WEIGHTS,
    Cohort,
    Matcher,
    MatchSettings,
    Weight,
    suggest_pairs,
)


def cohort(mentors, mentees, managers=None, **rules):
    return Cohort(mentors=mentors, mentees=mentees, skill_names={1: "TikTok"},
                  managers=managers or {}, **rules)  # fmt: skip


ANA, BEN = participant(1, "Ana", 1), participant(2, "Ben", 1)
DANA = participant(10, "Dana", 4)


def pairs(suggestion):
    return {(p.mentor_id, p.mentee_id) for p in suggestion.pairs}


def test_nothing_blocks_an_ordinary_pair():
    matcher = Matcher(cohort([ANA], [DANA]))
    assert matcher.blocked_reason(MatchSettings(), 1, 10) is None
    assert pairs(matcher.suggest(MatchSettings())) == {(1, 10)}


def test_nobody_is_paired_with_themselves():
    both = participant(5, "Sam", 2)
    matcher = Matcher(cohort([both], [participant(5, "Sam", 2)]))
    assert matcher.blocked_reason(MatchSettings(min_gap=0), 5, 5) == (
        "Sam cannot be paired with themselves"
    )
    assert matcher.suggest(MatchSettings(min_gap=0)).pairs == []


@pytest.mark.parametrize(
    ("mentor_level", "min_gap", "reason"),
    [
        (3, 1, None),
        (3, 2, "Ana is only 1 level below Dana; at least 2 needed"),
        (4, 1, "Ana and Dana are at the same level; Ana must be at least 1 level below"),
        (4, 0, None),
        (6, 1, "Ana is 2 levels above Dana; a reverse mentor must be at least 1 level below "
               "the mentee"),
        (5, 0, "Ana is 1 level above Dana; a reverse mentor must not be above"),
    ],
)  # fmt: skip
def test_the_reverse_mentor_must_be_min_gap_levels_below(mentor_level, min_gap, reason):
    ana = participant(1, "Ana", mentor_level)
    matcher = Matcher(cohort([ana], [DANA]))
    settings = MatchSettings(min_gap=min_gap)
    assert matcher.blocked_reason(settings, 1, 10) == reason
    assert pairs(matcher.suggest(settings)) == (set() if reason else {(1, 10)})


def test_a_direct_line_manager_or_report_is_never_suggested():
    ana = participant(1, "Ana", 1, manager_id=10)
    boss_of_dana = participant(2, "Ben", 2)
    dana = participant(10, "Dana", 4, manager_id=2)
    matcher = Matcher(cohort([ana, boss_of_dana], [dana]))
    settings = MatchSettings()
    assert matcher.blocked_reason(settings, 1, 10) == "Dana is Ana's line manager"
    assert matcher.blocked_reason(settings, 2, 10) == "Ben is Dana's line manager"
    assert matcher.suggest(settings).pairs == []


def test_the_whole_reporting_chain_passes_through_people_outside_the_cohort():
    # Ana reports to Tom (not in the programme), who reports to Dana.
    ana = participant(1, "Ana", 1, manager_id=50)
    matcher = Matcher(cohort([ana, BEN], [DANA], managers={1: 50, 50: 10, 10: None}))
    direct_only = MatchSettings()
    assert matcher.blocked_reason(direct_only, 1, 10) is None
    chain = MatchSettings(whole_reporting_chain=True)
    assert matcher.blocked_reason(chain, 1, 10) == "Dana is above Ana in the reporting line"
    assert pairs(matcher.suggest(chain)) == {(2, 10)}


def test_a_reporting_chain_with_a_loop_still_ends():
    ana = participant(1, "Ana", 1)
    matcher = Matcher(cohort([ana], [DANA], managers={1: 50, 50: 51, 51: 50}))
    assert matcher.blocked_reason(MatchSettings(whole_reporting_chain=True), 1, 10) is None


@pytest.mark.parametrize(
    ("recorded", "reason"),
    [
        ((1, 10), "Ana would rather not work with Dana"),
        ((10, 1), "Dana would rather not work with Ana"),
    ],
)
def test_would_rather_not_forbids_either_way(recorded, reason):
    matcher = Matcher(cohort([ANA, BEN], [DANA], would_rather_not=frozenset({recorded})))
    assert matcher.blocked_reason(MatchSettings(), 1, 10) == reason
    assert pairs(matcher.suggest(MatchSettings())) == {(2, 10)}


def test_a_pair_hr_rejected_never_returns():
    matcher = Matcher(cohort([ANA, BEN], [DANA], rejected=frozenset({(1, 10)})))
    assert matcher.blocked_reason(MatchSettings(), 1, 10) == "HR rejected the pair Ana and Dana"
    for favour in (False, True):
        assert pairs(matcher.suggest(MatchSettings(favour_participation=favour))) == {(2, 10)}


def test_people_already_working_together_are_not_suggested_again():
    ana = participant(1, "Ana", 1, capacity=2)
    dana = participant(10, "Dana", 4, capacity=2)
    matcher = Matcher(cohort([ana], [dana], already_partners=frozenset({(1, 10)})))
    assert matcher.blocked_reason(MatchSettings(), 1, 10) == "Ana and Dana are already partners"
    assert matcher.suggest(MatchSettings()).pairs == []


def test_an_external_partner_needs_permission_to_share():
    closed = participant(10, "Dana", 4, external=True, share_permission=False)
    opened = participant(11, "Eve", 4, external=True, share_permission=True)
    matcher = Matcher(cohort([ANA, BEN], [closed, opened]))
    assert matcher.blocked_reason(MatchSettings(), 1, 10) == (
        "Dana is external and permission to share has not been confirmed"
    )
    assert matcher.blocked_reason(MatchSettings(), 1, 11) is None
    assert {mentee for _, mentee in pairs(matcher.suggest(MatchSettings()))} == {11}


def test_a_must_criterion_scoring_zero_blocks_the_pair():
    ana = participant(1, "Ana", 1, channels=frozenset({"phone"}))
    ben = participant(2, "Ben", 1, channels=frozenset({"video"}))
    silent = participant(3, "Cy", 1)
    dana = participant(10, "Dana", 4, channels=frozenset({"video", "email"}))
    matcher = Matcher(cohort([ana, ben, silent], [dana]))
    must = MatchSettings(weights=dict(DEFAULT_WEIGHTS, communication=Weight.MUST))
    assert matcher.blocked_reason(must, 1, 10) == (
        "Communication is a Must and scores 0 (no channel in common: Ana prefers phone calls, "
        "Dana prefers video calls and email)"
    )
    assert matcher.blocked_reason(must, 2, 10) is None
    assert matcher.blocked_reason(must, 3, 10) is None  # unknown scores ½, not 0
    assert matcher.blocked_reason(MatchSettings(), 1, 10) is None  # Medium: only scores less


def test_must_on_skills_blocks_mentors_who_cover_nothing():
    ana = participant(1, "Ana", 1, offers={1: 3})
    ben = participant(2, "Ben", 1)
    dana = participant(10, "Dana", 4, wants={1: 2})
    matcher = Matcher(cohort([ana, ben], [dana]))
    weights = {key: Weight.OFF for key in CRITERIA}
    weights["skills_for_mentee"] = Weight.MUST
    settings = MatchSettings(weights=weights)
    assert matcher.blocked_reason(settings, 2, 10) == (
        "Skills for the mentee is a Must and scores 0 (does not offer the one skill Dana wants "
        "(TikTok))"
    )
    suggestion = matcher.suggest(settings)
    assert pairs(suggestion) == {(1, 10)}
    assert suggestion.pairs[0].score == 100.0


def test_a_locked_pair_is_kept_even_when_a_rule_forbids_it():
    ana = participant(1, "Ana", 1, manager_id=10)
    matcher = Matcher(cohort([ana, BEN], [DANA], locked=frozenset({(1, 10)}),
                             rejected=frozenset({(1, 10)})))  # fmt: skip
    settings = MatchSettings(min_score=100.0)
    assert matcher.blocked_reason(settings, 1, 10) == "Dana is Ana's line manager"
    suggestion = matcher.suggest(settings)
    assert [(p.mentor_id, p.mentee_id, p.locked) for p in suggestion.pairs] == [(1, 10, True)]
    assert [(u.person_id, u.reason) for u in suggestion.unmatched] == [
        (2, "the only possible partner, Dana, scores 31 %: below 100 %")
    ]
    # The lock took Dana's only place.
    assert [(u.person_id, u.reason) for u in matcher.suggest(MatchSettings()).unmatched] == [
        (2, "no capacity left: every possible partner is already taken by a locked pair")
    ]
    assert matcher.pair(settings, 1, 10).locked and not matcher.pair(settings, 2, 10).locked


def test_locks_of_people_outside_the_cohort_are_ignored():
    matcher = Matcher(cohort([ANA], [DANA], locked=frozenset({(1, 99), (98, 10)})))
    found = matcher.suggest(MatchSettings()).pairs
    assert [(p.mentor_id, p.mentee_id, p.locked) for p in found] == [(1, 10, False)]


def test_the_first_broken_rule_is_named():
    ana = participant(1, "Ana", 5, manager_id=10)  # wrong direction and reporting line
    matcher = Matcher(cohort([ana], [DANA], rejected=frozenset({(1, 10)})))
    assert matcher.blocked_reason(MatchSettings(), 1, 10).startswith("Ana is 1 level above Dana")


def test_unknown_people_are_a_programming_error():
    matcher = Matcher(cohort([ANA], [DANA]))
    with pytest.raises(ValueError, match="reverse mentor 7"):
        matcher.pair(MatchSettings(), 7, 10)
    with pytest.raises(ValueError, match="mentee 7"):
        matcher.blocked_reason(MatchSettings(), 1, 7)
    with pytest.raises(ValueError, match="appears twice"):
        Matcher(cohort([ANA, ANA], [DANA]))


def test_suggest_pairs_uses_the_default_settings():
    assert pairs(suggest_pairs(cohort([ANA], [DANA]))) == {(1, 10)}
