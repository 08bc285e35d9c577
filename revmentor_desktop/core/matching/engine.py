"""The Matcher: scores a cohort once, then suggests explained pairs for any settings."""

from __future__ import annotations

import contextlib
import gc
from collections import Counter

import numpy as np

from revmentor_desktop.core.matching.assign import best_pairs
from revmentor_desktop.core.matching.criteria import DTYPE, Criteria
from revmentor_desktop.core.matching.explain import Words, percent
from revmentor_desktop.core.matching.model import (
    CRITERIA,
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
from revmentor_desktop.core.matching.rules import Rule, Rules

SCORE_TOLERANCE = 1e-4  # at the minimum is not below it (totals are single precision)


@contextlib.contextmanager
def _collector_paused():
    """Python's cycle collector paused, for building thousands of small objects with no cycles.

    Explaining 1,000 pairs makes about 10,000 tuples and as many strings; left on, the collector
    runs dozens of times meanwhile, now and then over every object the application holds, which
    made explaining take 19 to 37 ms from one run to the next instead of 19.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _by_id(people: list[Participant], role: str) -> list[Participant]:
    ordered = sorted(people, key=lambda p: p.id)
    repeated = [a.id for a, b in zip(ordered, ordered[1:], strict=False) if a.id == b.id]
    if repeated:
        raise ValueError(f"{role} {repeated[0]} appears twice in the cohort")
    return ordered


class Matcher:
    """Built once per cohort (skill matrices, rule masks); re-run cheaply as weights change.

    People are taken in id order, so the same cohort in any order gives the same pairs.
    """

    def __init__(self, cohort: Cohort) -> None:
        self.cohort = cohort
        self.mentors = _by_id(cohort.mentors, "reverse mentor")
        self.mentees = _by_id(cohort.mentees, "mentee")
        self.criteria = Criteria(cohort, self.mentors, self.mentees)
        self.rules = Rules(cohort, self.mentors, self.mentees, self.criteria)
        self.words = Words(cohort, self.mentors, self.mentees, self.criteria, self.rules)
        self.row, self.col = self.rules.row, self.rules.col
        self.locked = sorted(
            (self.row[a], self.col[b]) for a, b in cohort.locked if a in self.row and b in self.col
        )
        self.mentor_places = np.array([p.capacity for p in self.mentors], dtype=np.int64)
        self.mentee_places = np.array([p.capacity for p in self.mentees], dtype=np.int64)
        self._scores: tuple[tuple, np.ndarray] | None = None

    # --- scores -------------------------------------------------------------------------------

    def _active(self, settings: MatchSettings) -> list[tuple[str, Weight]]:
        weights = [(key, settings.weight(key)) for key in CRITERIA]
        return [(key, weight) for key, weight in weights if weight != Weight.OFF]

    def scores(self, settings: MatchSettings) -> np.ndarray:
        """Every pair's total, 100 × Σ wᵢsᵢ / Σ wᵢ, as a mentors × mentees array (read-only)."""
        active = self._active(settings)
        key = (tuple(active), tuple(settings.ideal_gap))
        if self._scores is not None and self._scores[0] == key:
            return self._scores[1]
        weight_sum = sum(weight.value_in_total for _, weight in active)
        total = np.zeros(self.criteria.shape, dtype=DTYPE)
        scratch = np.empty_like(total)  # one buffer for every criterion: no allocation each
        for n, (name, weight) in enumerate(active):
            factor = weight.value_in_total * 100.0 / weight_sum
            self.criteria.block(name, settings, out=total if n == 0 else scratch, factor=factor)
            if n:
                total += scratch
        total.setflags(write=False)
        self._scores = (key, total)
        return total

    def _index(self, mentor_id: int, mentee_id: int) -> tuple[int, int]:
        if mentor_id not in self.row:
            raise ValueError(f"reverse mentor {mentor_id} is not in this cohort")
        if mentee_id not in self.col:
            raise ValueError(f"mentee {mentee_id} is not in this cohort")
        return self.row[mentor_id], self.col[mentee_id]

    def _exact(self, settings: MatchSettings, rows, cols) -> tuple[np.ndarray, list[tuple]]:
        """Totals and per-criterion scores of the pairs at (rows[k], cols[k]), as reported.

        The criteria are rounded to 6 decimals and each total is recomputed from them, so a
        reported score always equals 100 × Σ wᵢsᵢ / Σ wᵢ over the reported criteria.
        """
        active = self._active(settings)
        weight_sum = sum(weight.value_in_total for _, weight in active)
        totals = np.zeros(len(rows))
        columns = []
        for key, weight in active:
            values = np.round(self.criteria.at(key, settings, rows, cols).astype(float), 6)
            totals += weight.value_in_total * values
            columns.append((key, weight, values))
        if weight_sum:
            totals *= 100.0 / weight_sum
        return totals, columns

    def _pairs(
        self, settings: MatchSettings, cells: list[tuple[int, int]], locked: bool
    ) -> list[PairSuggestion]:
        """The pairs at these (row, column) cells, scored and explained."""
        if not cells:
            return []
        rows, cols = (list(side) for side in zip(*cells, strict=True))
        totals, exact = self._exact(settings, np.array(rows), np.array(cols))
        mentors = [self.mentors[i] for i in rows]
        mentees = [self.mentees[j] for j in cols]
        # Criterion by criterion rather than pair by pair: one tight loop per criterion.
        columns = [
            self._results(key, weight, values.tolist(), mentors, mentees, settings)
            for key, weight, values in exact
        ]
        per_pair = zip(*columns, strict=True) if columns else ((),) * len(cells)
        return [
            PairSuggestion(mentor.id, mentee.id, score, results, locked)
            for mentor, mentee, score, results in zip(
                mentors, mentees, totals.tolist(), per_pair, strict=True
            )
        ]

    def _results(self, key, weight, values, mentors, mentees, settings) -> list[CriterionResult]:
        """One criterion's result for each pair (mentors[k], mentees[k]) scoring values[k]."""
        explain, label = self.words.explainer(key), CRITERIA[key]
        return [
            CriterionResult(key, label, weight, value, explain(mentor, mentee, value, settings))
            for mentor, mentee, value in zip(mentors, mentees, values, strict=True)
        ]

    def pair(self, settings: MatchSettings, mentor_id: int, mentee_id: int) -> PairSuggestion:
        """The pair scored and explained, even if a rule forbids it."""
        cell = self._index(mentor_id, mentee_id)
        return self._pairs(settings, [cell], (mentor_id, mentee_id) in self.cohort.locked)[0]

    def blocked_reason(self, settings: MatchSettings, mentor_id: int, mentee_id: int) -> str | None:
        """The first hard rule the pair breaks, in words; None when the rules allow it."""
        i, j = self._index(mentor_id, mentee_id)
        rule = Rule(int(self.rules.first_rule(settings, [i], [j])[0, 0]))
        return None if rule == Rule.NONE else self.words.blocked(rule, i, j, settings)

    def alternatives(
        self, settings: MatchSettings, person_id: int, k: int = 5, role: str | None = None
    ) -> list[Alternative]:
        """The best partners for a reverse mentor or a mentee: allowed ones first, then by score.

        `role` ("reverse_mentor" or "mentee") is only needed for someone in both lists.
        """
        as_mentor = person_id in self.row and role != MENTEE
        if not as_mentor and (person_id not in self.col or role == REVERSE_MENTOR):
            raise ValueError(f"person {person_id} is not in this cohort")
        if as_mentor:
            i = self.row[person_id]
            codes = self.rules.first_rule(settings, [i], None)[0]
            ids = self.criteria.mentees.ids
            cells = (np.full(ids.size, i), np.arange(ids.size))
        else:
            j = self.col[person_id]
            codes = self.rules.first_rule(settings, None, [j])[:, 0]
            ids = self.criteria.mentors.ids
            cells = (np.arange(ids.size), np.full(ids.size, j))
        scores = self._exact(settings, *cells)[0]
        candidates = np.flatnonzero(codes != Rule.SAME_PERSON)
        order = candidates[
            np.lexsort((ids[candidates], -scores[candidates], codes[candidates] != 0))
        ][: max(k, 0)]
        found = []
        for other in order.tolist():
            rule = Rule(int(codes[other]))
            pair = (i, other) if as_mentor else (other, j)
            words = None if rule == Rule.NONE else self.words.blocked(rule, *pair, settings)
            found.append(Alternative(int(ids[other]), float(scores[other]), words))
        return found

    # --- the suggestion -----------------------------------------------------------------------

    def suggest(self, settings: MatchSettings) -> Suggestion:
        """Locked pairs, plus the whole-cohort optimum over what is still open, explained."""
        scores = self.scores(settings)
        allowed = ~self.rules.forbidden(settings)
        if settings.min_score > 0:
            allowed &= scores >= settings.min_score - SCORE_TOLERANCE
        mentor_left, mentee_left = self.mentor_places.copy(), self.mentee_places.copy()
        for i, j in self.locked:
            mentor_left[i] -= 1
            mentee_left[j] -= 1
            allowed[i, j] = False  # already in: a pair is never suggested twice
        np.maximum(mentor_left, 0, out=mentor_left)
        np.maximum(mentee_left, 0, out=mentee_left)
        found = best_pairs(scores, allowed, mentor_left, mentee_left, settings.favour_participation)
        with _collector_paused():
            pairs = self._pairs(settings, self.locked, True) + self._pairs(settings, found, False)
        pairs.sort(key=lambda p: (-p.score, p.mentor_id, p.mentee_id))
        matched = Counter(i for i, _ in self.locked) + Counter(i for i, _ in found)
        matched_e = Counter(j for _, j in self.locked) + Counter(j for _, j in found)
        lonely = [i for i in range(len(self.mentors)) if not matched[i]]
        unmatched = self._unmatched(settings, lonely, REVERSE_MENTOR)
        lonely = [j for j in range(len(self.mentees)) if not matched_e[j]]
        unmatched += self._unmatched(settings, lonely, MENTEE)
        return Suggestion(pairs=pairs, unmatched=unmatched)

    def _unmatched(self, settings: MatchSettings, people: list[int], role: str) -> list[Unmatched]:
        """Why nobody was paired with each of these people: the first explanation that holds.

        Worked out for all of them at once; only the words are made one person at a time.
        """
        if not people:
            return []
        scores = self.scores(settings)
        if role == REVERSE_MENTOR:
            codes = self.rules.first_rule(settings, people, None)
            rows, persons, partners = scores[people], self.mentors, self.mentees
            places = self.mentee_places.copy()
            for _, j in self.locked:
                places[j] -= 1
        else:
            codes = self.rules.first_rule(settings, None, people).T
            rows, persons, partners = scores[:, people].T, self.mentees, self.mentors
            places = self.mentor_places.copy()
            for i, _ in self.locked:
                places[i] -= 1
        partner_capacity = np.array([p.capacity for p in partners], dtype=np.int64)
        others = codes != Rule.SAME_PERSON
        right_way = others & (codes != Rule.DIRECTION)
        free = codes == Rule.NONE
        high = free & (rows >= settings.min_score - SCORE_TOLERANCE)
        # The first (lowest id) of equal bests, among the free partners and the high enough.
        if rows.shape[1]:
            best_free = np.where(free, rows, -np.inf).argmax(axis=1)
            best_high = np.where(high, rows, -np.inf).argmax(axis=1)
        no_room = ~(high & (partner_capacity > 0)).any(axis=1)
        locked_out = ~(high & (places > 0)).any(axis=1)
        noun = "mentees" if role == REVERSE_MENTOR else "reverse mentors"
        result = []
        for k, index in enumerate(people):
            person = persons[index]
            if person.capacity <= 0:
                reason = "no capacity left"
            elif not others[k].any():
                reason = f"there are no {noun} to pair with"
            elif person.external and not person.share_permission:
                reason = "external, and permission to share has not been confirmed"
            elif not right_way[k].any():
                reason = self.words.no_direction(role, settings)
            elif not free[k].any():
                tally = np.bincount(codes[k][right_way[k]], minlength=len(Rule))
                rules = {Rule(rule): int(n) for rule, n in enumerate(tally) if n}
                everyone = bool(right_way[k].sum() == others[k].sum())
                reason = self.words.all_blocked(role, rules, everyone, settings)
            elif not high[k].any():
                best = best_free[k]
                only = int(free[k].sum()) == 1
                score = float(rows[k, best])
                reason = self.words.below_minimum(partners[best].name, score, settings, only)
            elif no_room[k]:
                reason = "no capacity left: every possible partner has no place left"
            elif locked_out[k]:
                reason = (
                    "no capacity left: every possible partner is already taken by a locked pair"
                )
            else:
                best = best_high[k]
                reason = (
                    f"partners went to better overall matches "
                    f"(best possible: {partners[best].name}, {percent(float(rows[k, best]))})"
                )
            result.append(Unmatched(person.id, role, reason))
        return result


def suggest_pairs(cohort: Cohort, settings: MatchSettings | None = None) -> Suggestion:
    """The explained suggestion for a cohort in one call (default settings when none given)."""
    return Matcher(cohort).suggest(settings or MatchSettings())
