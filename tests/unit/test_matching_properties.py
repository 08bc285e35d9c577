"""Properties of the matching engine on small random cohorts, checked against brute force."""

import contextlib
import functools
import itertools
import re
from collections import Counter
from unittest import mock

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from revmentor_desktop.core.matching import (
    CRITERIA,
    Cohort,
    Matcher,
    MatchSettings,
    Participant,
    Weight,
    head_start,
)
from revmentor_desktop.core.matching.assign import best_pairs

SKILLS = {1: "TikTok", 2: "Power BI", 3: "Canva", 4: "Budgeting"}
CHANNELS = ("in_person", "video", "phone", "email", "messaging")
OUTSIDERS = (90, 91)  # managers who are not in the cohort
TOLERANCE = 1e-3  # the engine optimises single-precision totals


@st.composite
def people(draw, ids, levels, everyone):
    found = []
    for pid in ids:
        found.append(
            Participant(
                id=pid,
                name=f"P{pid}",
                email=f"p{pid}@x.org",
                level=draw(levels),
                department=draw(st.sampled_from(["", "Sales", "Finance"])),
                location=draw(st.sampled_from(["", "London", "Paris", "Remote"])),
                channels=frozenset(draw(st.sets(st.sampled_from(CHANNELS), max_size=3))),
                hours=draw(st.sampled_from([None, 0, 2, 4, 8])),
                offers=dict.fromkeys(draw(st.sets(st.sampled_from(sorted(SKILLS)))), 2),
                wants=dict.fromkeys(draw(st.sets(st.sampled_from(sorted(SKILLS)))), 1),
                manager_id=draw(st.sampled_from([None, *everyone, *OUTSIDERS])),
                external=draw(st.booleans()),
                share_permission=draw(st.sampled_from([True, True, False])),
                birth_year=draw(st.sampled_from([None, 1965, 1980, 1999])),
                capacity=draw(st.integers(1, 2)),
            )
        )
    return found


@st.composite
def cohorts(draw):
    mentor_ids = list(range(1, draw(st.integers(0, 5)) + 1))
    mentee_ids = list(range(11, draw(st.integers(0, 5)) + 11))
    if mentor_ids and mentee_ids and draw(st.booleans()):
        mentee_ids[0] = mentor_ids[0]  # someone enrolled on both sides
    everyone = sorted(set(mentor_ids) | set(mentee_ids))
    mentors = draw(people(mentor_ids, st.integers(1, 4), everyone))
    mentees = draw(people(mentee_ids, st.integers(2, 7), everyone))
    managers = {90: draw(st.sampled_from([None, *everyone])), 91: 90}
    managers.update({p.id: p.manager_id for p in (*mentors, *mentees)})
    anyone = st.tuples(st.sampled_from(everyone), st.sampled_from(everyone)) if everyone else None
    pair = (
        st.tuples(st.sampled_from(mentor_ids), st.sampled_from(mentee_ids))
        if mentor_ids and mentee_ids
        else None
    )

    def some(strategy, most):
        if strategy is None:
            return frozenset()
        return frozenset(draw(st.lists(strategy, max_size=most)))

    rejected = some(pair, 3)
    return Cohort(
        mentors=mentors,
        mentees=mentees,
        skill_names=SKILLS,
        managers=managers,
        would_like=some(anyone, 3),
        would_rather_not=some(anyone, 2),
        rejected=rejected,
        locked=some(pair, 2) - rejected,
    )


match_settings = st.builds(
    MatchSettings,
    weights=st.fixed_dictionaries({key: st.sampled_from(list(Weight)) for key in CRITERIA}),
    min_gap=st.integers(0, 2),
    ideal_gap=st.tuples(st.integers(0, 3), st.integers(2, 5)),
    whole_reporting_chain=st.booleans(),
    min_score=st.sampled_from([0.0, 0.0, 20.0, 45.0]),
    favour_participation=st.booleans(),
)


def brute_force(matcher, cohort, match):
    """The best (pairs, total) or total over every feasible set of pairs beside the locked ones."""
    mentors = sorted(cohort.mentors, key=lambda p: p.id)
    mentees = sorted(cohort.mentees, key=lambda p: p.id)
    locked = {(a, b) for a, b in cohort.locked if a in {p.id for p in mentors}
              and b in {p.id for p in mentees}}  # fmt: skip
    held_mentor, held_mentee = Counter(a for a, _ in locked), Counter(b for _, b in locked)
    options = []
    for mentor in mentors:
        allowed = []
        for k, mentee in enumerate(mentees):
            pair = matcher.pair(match, mentor.id, mentee.id)
            if (
                (mentor.id, mentee.id) not in locked
                and matcher.blocked_reason(match, mentor.id, mentee.id) is None
                and pair.score >= match.min_score - 1e-4
            ):
                allowed.append((k, pair.score))
        options.append((max(0, mentor.capacity - held_mentor[mentor.id]), allowed))

    def better(a, b):
        key = (lambda v: v) if match.favour_participation else (lambda v: v[1])
        return a if key(a) >= key(b) else b

    @functools.cache
    def best(i, places):
        if i == len(mentors):
            return (0, 0.0)
        found = best(i + 1, places)
        room, allowed = options[i]
        for size in range(1, room + 1):
            for chosen in itertools.combinations(allowed, size):
                if all(places[k] > 0 for k, _ in chosen):
                    left = list(places)
                    for k, _ in chosen:
                        left[k] -= 1
                    count, total = best(i + 1, tuple(left))
                    found = better((count + size, total + sum(s for _, s in chosen)), found)
        return found

    return best(0, tuple(max(0, p.capacity - held_mentee[p.id]) for p in mentees))


def explanation_agrees(mentor, mentee, result, match):
    """The numbers in a criterion's words are the ones its score comes from."""
    words, score = result.explanation, result.score
    if result.key in ("skills_for_mentee", "skills_for_mentor"):
        wanter, offerer = (
            (mentee, mentor) if result.key == "skills_for_mentee" else (mentor, mentee)
        )
        wanted, covered = set(wanter.wants), set(wanter.wants) & set(offerer.offers)
        if not wanted:
            return score == 0 and "has not said" in words
        listed = words.split(": ", 1)[1].split(";")[0].split(", ") if covered else []
        assert {SKILLS[s] for s in covered} == set(listed)
        if not covered:
            return score == 0 and ("none of the" in words or "does not offer" in words)
        if covered == wanted:
            return score == pytest.approx(1, abs=1e-6) and re.search(r"the one|both|all \d", words)
        found = re.match(r"covers (\d+) of the (\d+) skills", words)
        return (int(found[1]), int(found[2])) == (len(covered), len(wanted)) and 0 < score < 1
    if result.key == "seniority_gap":
        gap, (low, high) = mentee.level - mentor.level, sorted(match.ideal_gap)
        shown = re.match(r"(\d+) levels? apart|same level|\S+ is (\d+) levels? above", words)
        number = 0 if shown[0] == "same level" else int(shown[1] or shown[2])
        return number == abs(gap) and (score == 1) == (low <= gap <= high)
    if result.key == "communication":
        if "said how" in words:
            return score == 0.5
        if words.startswith("no channel"):
            return score == 0
        if words.startswith("both prefer"):
            return score == 1
        found = re.search(r"\((\d+) of the (\d+) channels", words)
        return score == pytest.approx(int(found[1]) / int(found[2]), abs=1e-6)
    if result.key == "different_department":
        expected = 0.5 if "not recorded" in words else 0.0 if words.startswith("both") else 1.0
        return score == expected
    if result.key == "location":
        together = words.startswith("both") or words.startswith("can meet remotely")
        return score == (1.0 if together else 0.0)
    if result.key == "availability":
        if "said how" in words:
            return score == 0.5
        a, b = max(mentor.hours, 0), max(mentee.hours, 0)
        assert re.findall(r"\d+(?:\.\d+)?", words) == (
            [f"{a:g}"] if a == b else [f"{a:g}", f"{b:g}"]
        )
        return score == pytest.approx(1 - abs(a - b) / max(a, b, 1e-9) if a != b else 1, abs=1e-6)
    if result.key == "generation_gap":
        if "not recorded" in words:
            return score == 0.5
        years = abs(mentor.birth_year - mentee.birth_year)
        shown = 0 if "same year" in words else int(re.search(r"born (\d+)", words)[1])
        return shown == years and score == pytest.approx(min(1, years / 20), abs=1e-6)
    return score == (1.0 if "would like" in words else 0.0)


@settings(max_examples=120, deadline=None)
@given(cohorts(), match_settings)
def test_suggestions_follow_every_rule_and_reach_the_brute_force_optimum(cohort, match):
    matcher = Matcher(cohort)
    suggestion = matcher.suggest(match)
    found = [(p.mentor_id, p.mentee_id) for p in suggestion.pairs]
    assert len(set(found)) == len(found)  # no pair twice
    locked = {pair for pair in cohort.locked if pair in {(a.id, b.id) for a in cohort.mentors
                                                          for b in cohort.mentees}}  # fmt: skip
    assert locked <= set(found)
    for pair in suggestion.pairs:
        assert pair.locked == ((pair.mentor_id, pair.mentee_id) in locked)
        if not pair.locked:
            assert matcher.blocked_reason(match, pair.mentor_id, pair.mentee_id) is None
            assert (pair.mentor_id, pair.mentee_id) not in cohort.rejected
            assert pair.score >= match.min_score - 1e-4
    # Nobody has more partners than places (a lock may be over a place: HR decided).
    for role, people, side in (("mentor", cohort.mentors, 0), ("mentee", cohort.mentees, 1)):
        taken = Counter(pair[side] for pair in found)
        held = Counter(pair[side] for pair in locked)
        for person in people:
            assert taken[person.id] <= max(person.capacity, held[person.id]), role
    # The optimum over what is still open, pairs first when participation is favoured.
    free = [p for p in suggestion.pairs if not p.locked]
    count, total = brute_force(matcher, cohort, match)
    assert sum(p.score for p in free) == pytest.approx(total, abs=TOLERANCE)
    if match.favour_participation:
        assert len(free) == count
    # Everyone without a partner, and only they, gets a reason.
    paired = {p.mentor_id for p in suggestion.pairs}, {p.mentee_id for p in suggestion.pairs}
    expected = {("reverse_mentor", p.id) for p in cohort.mentors if p.id not in paired[0]}
    expected |= {("mentee", p.id) for p in cohort.mentees if p.id not in paired[1]}
    assert {(u.role, u.person_id) for u in suggestion.unmatched} == expected
    assert all(u.reason for u in suggestion.unmatched)


@settings(max_examples=80, deadline=None)
@given(cohorts(), match_settings, st.randoms(use_true_random=False))
def test_the_same_input_in_any_order_gives_the_same_suggestion(cohort, match, rng):
    first = Matcher(cohort).suggest(match)
    assert Matcher(cohort).suggest(match) == first
    mentors, mentees = list(cohort.mentors), list(cohort.mentees)
    rng.shuffle(mentors)
    rng.shuffle(mentees)
    shuffled = Cohort(mentors, mentees, cohort.skill_names, cohort.managers, cohort.would_like,
                      cohort.would_rather_not, cohort.rejected, cohort.locked)  # fmt: skip
    assert Matcher(shuffled).suggest(match) == first


@settings(max_examples=80, deadline=None)
@given(cohorts(), match_settings)
def test_explanations_agree_with_the_scores(cohort, match):
    matcher = Matcher(cohort)
    active = [key for key in CRITERIA if match.weights[key] != Weight.OFF]
    total_weight = sum(match.weights[key].value_in_total for key in active)
    for mentor, mentee in itertools.product(cohort.mentors, cohort.mentees):
        pair = matcher.pair(match, mentor.id, mentee.id)
        assert [c.key for c in pair.criteria] == active
        weighted = sum(c.weight.value_in_total * c.score for c in pair.criteria)
        assert pair.score == pytest.approx(100 * weighted / total_weight if active else 0)
        for result in pair.criteria:
            assert 0 <= result.score <= 1
            assert explanation_agrees(mentor, mentee, result, match), result
        blocked = matcher.blocked_reason(match, mentor.id, mentee.id)
        must_zero = any(c.weight == Weight.MUST and c.score == 0 for c in pair.criteria)
        if must_zero:
            assert blocked is not None


@settings(max_examples=60, deadline=None)
@given(cohorts(), match_settings, st.integers(1, 6))
def test_alternatives_are_allowed_first_then_by_score(cohort, match, k):
    matcher = Matcher(cohort)
    for person in cohort.mentors:
        found = matcher.alternatives(match, person.id, k=k)
        assert len(found) == min(k, len([p for p in cohort.mentees if p.id != person.id]))
        order = [(a.blocked_by is not None, -a.score) for a in found]
        assert order == sorted(order)
        for alternative in found:
            assert alternative.blocked_by == matcher.blocked_reason(
                match, person.id, alternative.partner_id
            )
            assert alternative.score == matcher.pair(match, person.id, alternative.partner_id).score


def best_by_hand(scores, allowed, mentor_places, mentee_places, favour):
    """Every feasible set of pairs, tried one by one."""
    edges = [(i, j) for i, j in itertools.product(*map(range, scores.shape)) if allowed[i, j]]
    best = None
    for chosen in itertools.product((False, True), repeat=len(edges)):
        used = [edge for edge, taken in zip(edges, chosen, strict=True) if taken]
        rows, cols = Counter(i for i, _ in used), Counter(j for _, j in used)
        if any(n > mentor_places[i] for i, n in rows.items()):
            continue
        if any(n > mentee_places[j] for j, n in cols.items()):
            continue
        value = sum(float(scores[edge]) for edge in used)
        key = (len(used), value) if favour else (value,)
        best = key if best is None or key > best else best
    return best


@st.composite
def problems(draw):
    rows, cols = draw(st.integers(1, 4)), draw(st.integers(1, 4))
    cells = st.lists(st.integers(0, 10), min_size=rows * cols, max_size=rows * cols)
    scores = np.array(draw(cells), dtype=np.float32).reshape(rows, cols) * 10
    allowed = np.array(draw(st.lists(st.booleans(), min_size=rows * cols,
                                     max_size=rows * cols))).reshape(rows, cols)  # fmt: skip
    assume(allowed.sum() <= 12)  # 2 ** 12 sets at most, by hand
    places = st.integers(0, 3)
    mentor_places = np.array(draw(st.lists(places, min_size=rows, max_size=rows)))
    mentee_places = np.array(draw(st.lists(places, min_size=cols, max_size=cols)))
    return scores, allowed, mentor_places, mentee_places, draw(st.booleans())


@settings(max_examples=250, deadline=None)
@given(problems(), st.booleans())
def test_the_assignment_is_optimal_and_never_pairs_twice(problem, head_start_taken):
    scores, allowed, mentor_places, mentee_places, favour = problem
    # The solver's head start is taken for big, nearly square problems; here for any, at times.
    forced = mock.patch.multiple(head_start, SMALLEST=2, NEARLY_SQUARE=1.0)
    with forced if head_start_taken else contextlib.nullcontext():
        found = best_pairs(scores, allowed, mentor_places, mentee_places, favour)
    assert len(set(found)) == len(found)
    assert all(allowed[pair] for pair in found)
    assert all(n <= mentor_places[i] for i, n in Counter(i for i, _ in found).items())
    assert all(n <= mentee_places[j] for j, n in Counter(j for _, j in found).items())
    value = sum(float(scores[pair]) for pair in found)
    expected = best_by_hand(scores, allowed, mentor_places, mentee_places, favour)
    assert ((len(found), value) if favour else (value,)) == pytest.approx(expected)
