"""The suggestion: the whole-cohort optimum, places, unmatched reasons and alternatives."""

import pytest
from factories import participant

from revmentor_desktop.core.matching import (
    CRITERIA,
    Cohort,
    Matcher,
    MatchSettings,
    Weight,
)

SKILLS = {1: "TikTok", 2: "Power BI", 3: "Canva"}


def cohort(mentors, mentees, managers=None, **rules):
    return Cohort(mentors=mentors, mentees=mentees, skill_names=SKILLS,
                  managers=managers or {}, **rules)  # fmt: skip


def only(key, **settings):
    weights = {k: Weight.OFF for k in CRITERIA}
    weights[key] = Weight.HIGH
    return MatchSettings(weights=weights, **settings)


def pairs(suggestion):
    return {(p.mentor_id, p.mentee_id) for p in suggestion.pairs}


def reasons(suggestion):
    return {u.person_id: u.reason for u in suggestion.unmatched}


def test_the_whole_cohort_optimum_beats_taking_the_best_pair_first():
    # Ana covers everything both mentees want; Ben only covers some of what Dana wants.
    ana = participant(1, "Ana", 1, offers={1: 3, 2: 3, 3: 3})
    ben = participant(2, "Ben", 1, offers={1: 3})
    dana = participant(10, "Dana", 4, wants={1: 1, 2: 1})
    eve = participant(11, "Eve", 4, wants={3: 1})
    suggestion = Matcher(cohort([ana, ben], [dana, eve])).suggest(only("skills_for_mentee"))
    # Best pair first would give Ana to Dana (100 %) and leave Ben with Eve (0 %).
    assert pairs(suggestion) == {(1, 11), (2, 10)}
    by_pair = {(p.mentor_id, p.mentee_id): p.score for p in suggestion.pairs}
    assert by_pair[1, 11] == 100.0 and 0 < by_pair[2, 10] < 100
    assert suggestion.total_score == pytest.approx(sum(by_pair.values()))
    assert [p.score for p in suggestion.pairs] == sorted(by_pair.values(), reverse=True)
    assert suggestion.unmatched == []


# Seniority only, ideal gap exactly 2: Ana–Dana 100 %, Ana–Eve 25 %, Ben–Dana 50 %.
ANA, BEN = participant(1, "Ana", 1), participant(2, "Ben", 3)
DANA, EVE = participant(10, "Dana", 3), participant(11, "Eve", 6)
SENIORITY = {"ideal_gap": (2, 2), "min_gap": 0}


def three_pairs(**rules):
    return Matcher(cohort([ANA, BEN], [DANA, EVE], rejected=frozenset({(2, 11)}), **rules))


def test_the_best_total_can_leave_people_out():
    suggestion = three_pairs().suggest(only("seniority_gap", **SENIORITY))
    assert pairs(suggestion) == {(1, 10)}
    assert reasons(suggestion) == {
        2: "partners went to better overall matches (best possible: Dana, 50 %)",
        11: "partners went to better overall matches (best possible: Ana, 25 %)",
    }


def test_favouring_participation_pairs_as_many_as_possible_first():
    suggestion = three_pairs().suggest(
        only("seniority_gap", favour_participation=True, **SENIORITY)
    )
    assert pairs(suggestion) == {(1, 11), (2, 10)}
    assert suggestion.total_score == pytest.approx(75.0)


def test_pairs_below_the_minimum_score_are_not_suggested():
    settings = only("seniority_gap", favour_participation=True, min_score=40, **SENIORITY)
    suggestion = three_pairs().suggest(settings)
    assert pairs(suggestion) == {(1, 10)}
    assert reasons(suggestion) == {
        2: "partners went to better overall matches (best possible: Dana, 50 %)",
        11: "the only possible partner, Ana, scores 25 %: below 40 %",
    }
    many = Matcher(cohort([ANA], [EVE, participant(12, "Fay", 7)]))
    assert reasons(many.suggest(only("seniority_gap", min_score=30, **SENIORITY)))[1] == (
        "every possible partner scores below the minimum of 30 % (best: Eve, 25 %)"
    )
    # A score that rounds up to the minimum is not shown as reaching it: 1 - 6.002 / 10.
    close = Matcher(
        cohort([participant(1, "Ana", 1, hours=10)], [participant(10, "Dana", 4, hours=3.998)])
    )
    assert reasons(close.suggest(only("availability", min_score=40)))[1] == (
        "the only possible partner, Dana, scores 39.9 %: below 40 %"
    )


def test_several_places_on_both_sides_never_pair_the_same_two_twice():
    ana = participant(1, "Ana", 1, capacity=2, offers={1: 3, 2: 3})
    ben = participant(2, "Ben", 1, capacity=2)
    dana = participant(10, "Dana", 4, capacity=2, wants={1: 1, 2: 1})
    eve = participant(11, "Eve", 4, capacity=1)
    suggestion = Matcher(cohort([ana, ben], [dana, eve])).suggest(MatchSettings())
    found = [(p.mentor_id, p.mentee_id) for p in suggestion.pairs]
    assert sorted(found) == [(1, 10), (1, 11), (2, 10)]  # Ana–Dana only once
    assert suggestion.unmatched == []


def test_people_without_a_place_left_are_unmatched():
    ana = participant(1, "Ana", 1, capacity=0)
    matcher = Matcher(cohort([ana], [DANA]))
    assert reasons(matcher.suggest(MatchSettings())) == {
        1: "no capacity left",
        10: "no capacity left: every possible partner has no place left",
    }


def test_unmatched_when_nobody_is_senior_or_junior_enough():
    senior_mentor = participant(1, "Ana", 9)
    junior_mentee = participant(10, "Dana", 1)
    suggestion = Matcher(cohort([senior_mentor], [junior_mentee])).suggest(MatchSettings())
    assert reasons(suggestion) == {
        1: "no mentee at least 1 level above",
        10: "no reverse mentor at least 1 level below",
    }
    same_level = Matcher(cohort([participant(1, "Ana", 4)], [participant(10, "Dana", 4)]))
    assert pairs(same_level.suggest(MatchSettings(min_gap=0))) == {(1, 10)}
    assert reasons(same_level.suggest(MatchSettings(min_gap=2)))[10] == (
        "no reverse mentor at least 2 levels below"
    )


def test_unmatched_when_the_other_side_is_empty():
    assert reasons(Matcher(cohort([ANA], [])).suggest(MatchSettings())) == {
        1: "there are no mentees to pair with"
    }
    assert reasons(Matcher(cohort([], [DANA])).suggest(MatchSettings())) == {
        10: "there are no reverse mentors to pair with"
    }


def test_unmatched_in_their_own_reporting_line():
    # Ana → Tom (outside the programme) → Dana → Carl → Zoë: every mentee is above her.
    ana = participant(1, "Ana", 1)
    mentees = [participant(10, "Dana", 4), participant(11, "Carl", 6), participant(12, "Zoë", 8)]
    managers = {1: 50, 50: 10, 10: 11, 11: 12, 12: None}
    matcher = Matcher(cohort([ana], mentees, managers=managers))
    suggestion = matcher.suggest(MatchSettings(whole_reporting_chain=True))
    assert reasons(suggestion)[1] == "all 3 eligible mentees are in their reporting line"
    only_direct = matcher.suggest(MatchSettings())
    assert len(only_direct.pairs) == 1
    one = Matcher(cohort([ana], [participant(10, "Dana", 4)], managers={1: 10}))
    assert reasons(one.suggest(MatchSettings()))[1] == (
        "the only eligible mentee is in their reporting line"
    )


def test_unmatched_reasons_name_the_commonest_rule_first_with_counts():
    ana = participant(1, "Ana", 1)
    mentees = [participant(10, "Dana", 4), participant(11, "Carl", 6), participant(12, "Zoë", 8),
               participant(13, "Ivo", 1)]  # fmt: skip
    managers = {1: 10, 10: 11, 11: None, 12: None}
    matcher = Matcher(cohort([ana], mentees, managers=managers,
                             would_rather_not=frozenset({(12, 1)})))  # fmt: skip
    suggestion = matcher.suggest(MatchSettings(whole_reporting_chain=True))
    # Ivo is at Ana's level, so he is not counted among those blocked by a rule.
    assert reasons(suggestion)[1] == (
        "all 3 mentees at least 1 level above are blocked: 2 are in their reporting line, "
        "1 is marked “would rather not” with them"
    )


def test_unmatched_when_partners_are_rejected_external_or_fail_a_must():
    ana = participant(1, "Ana", 1, channels=frozenset({"phone"}))
    dana = participant(10, "Dana", 4, channels=frozenset({"video"}))
    eve = participant(11, "Eve", 4, external=True, share_permission=False)
    rejected = Matcher(cohort([ana], [dana], rejected=frozenset({(1, 10)})))
    assert reasons(rejected.suggest(MatchSettings()))[1] == (
        "the only eligible mentee was rejected by HR as their partner"
    )
    external = Matcher(cohort([ana], [eve]))
    assert reasons(external.suggest(MatchSettings())) == {
        1: "the only eligible mentee is external without permission to share confirmed",
        11: "external, and permission to share has not been confirmed",
    }
    must = MatchSettings(weights={**MatchSettings().weights, "communication": Weight.MUST})
    assert reasons(Matcher(cohort([ana], [dana])).suggest(must))[1] == (
        "the only eligible mentee scores 0 on Communication (a Must)"
    )


def test_alternatives_list_allowed_partners_first_then_blocked_ones_with_the_rule():
    ana = participant(1, "Ana", 1, offers={1: 2}, manager_id=12)
    mentees = [
        participant(10, "Dana", 4, wants={1: 1}),  # covers what she wants
        participant(11, "Eve", 4),  # nothing to cover
        participant(12, "Zoë", 4, wants={1: 1}),  # Ana's manager: the best score, but blocked
        participant(13, "Ivo", 1),  # not senior to Ana
    ]
    matcher = Matcher(cohort([ana, participant(2, "Ben", 1)], mentees))
    found = matcher.alternatives(MatchSettings(), 1, k=10)
    assert [a.partner_id for a in found] == [10, 11, 12, 13]
    assert [a.blocked_by for a in found] == [
        None, None, "Zoë is Ana's line manager",
        "Ana and Ivo are at the same level; Ana must be at least 1 level below",
    ]  # fmt: skip
    assert found[0].score > found[1].score and found[2].score >= found[0].score
    assert found[0].score == matcher.pair(MatchSettings(), 1, 10).score
    assert [a.partner_id for a in matcher.alternatives(MatchSettings(), 1, k=2)] == [10, 11]
    # From the mentee's side, and with equal scores the lower id first.
    assert [a.partner_id for a in matcher.alternatives(MatchSettings(), 11)] == [1, 2]
    with pytest.raises(ValueError, match="not in this cohort"):
        matcher.alternatives(MatchSettings(), 99)


def test_someone_in_both_lists_is_looked_up_in_the_role_asked_for():
    sam_mentor, sam_mentee = participant(5, "Sam", 3), participant(5, "Sam", 3)
    matcher = Matcher(cohort([ANA, sam_mentor], [sam_mentee, DANA]))
    as_mentor = matcher.alternatives(MatchSettings(), 5)
    assert [a.partner_id for a in as_mentor] == [10]  # never themselves
    as_mentee = matcher.alternatives(MatchSettings(), 5, role="mentee")
    assert [a.partner_id for a in as_mentee] == [1]


def test_a_weight_change_re_suggests_on_the_same_matcher():
    matcher = three_pairs()
    first = matcher.suggest(only("seniority_gap", **SENIORITY))
    again = matcher.suggest(only("seniority_gap", favour_participation=True, **SENIORITY))
    assert pairs(first) != pairs(again)
    assert pairs(matcher.suggest(only("seniority_gap", **SENIORITY))) == pairs(first)


def test_the_same_cohort_in_any_order_gives_the_same_pairs():
    mentors = [participant(i, f"M{i}", 1 + i % 3, offers={1 + i % 3: 2}) for i in range(1, 7)]
    mentees = [participant(i, f"E{i}", 4 + i % 4, wants={1 + i % 2: 1}) for i in range(10, 16)]
    first = Matcher(cohort(mentors, mentees)).suggest(MatchSettings())
    again = Matcher(cohort(mentors[::-1], mentees[::-1])).suggest(MatchSettings())
    assert first.pairs == again.pairs and first.unmatched == again.unmatched
