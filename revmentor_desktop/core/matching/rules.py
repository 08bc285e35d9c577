"""The hard rules as mentors × mentees boolean masks, and which rule blocks a pair first."""

from __future__ import annotations

import enum
from collections.abc import Iterable

import numpy as np

from revmentor_desktop.core.matching.criteria import Criteria, Index
from revmentor_desktop.core.matching.model import (
    CRITERIA,
    Cohort,
    MatchSettings,
    Participant,
    Weight,
)


class Rule(enum.IntEnum):
    """A hard rule; a pair broken by several is reported under the first in this order."""

    NONE = 0
    SAME_PERSON = 1
    DIRECTION = 2
    REPORTING_LINE = 3
    RATHER_NOT = 4
    ALREADY_PARTNERS = 5
    REJECTED = 6
    EXTERNAL = 7
    MUST = 8


def must_keys(settings: MatchSettings) -> list[str]:
    return [key for key in CRITERIA if settings.weight(key) == Weight.MUST]


class PairSet:
    """A sparse set of (row, column) pairs that a rule forbids."""

    def __init__(self, pairs: Iterable[tuple[int, int]]) -> None:
        found = sorted(set(pairs))
        self.rows = np.array([r for r, _ in found], dtype=np.int64)
        self.cols = np.array([c for _, c in found], dtype=np.int64)

    def mark(self, mask: np.ndarray, rows: np.ndarray | None, cols: np.ndarray | None) -> None:
        """Set the pairs that fall in the rows × cols block of `mask` (None: all of them)."""
        r = self.rows if rows is None else _positions(rows, self.rows)
        c = self.cols if cols is None else _positions(cols, self.cols)
        keep = (r >= 0) & (c >= 0)
        mask[r[keep], c[keep]] = True


def _positions(chosen: np.ndarray, indices: np.ndarray) -> np.ndarray:
    """Where each index sits among the chosen ones (-1 when not chosen)."""
    if indices.size == 0:
        return indices
    where = np.full(max(int(chosen.max(initial=-1)), int(indices.max())) + 1, -1)
    where[chosen] = np.arange(chosen.size)
    return where[indices]


class Rules:
    """The hard rules as sparse pairs and per-person flags, built once per cohort."""

    def __init__(
        self,
        cohort: Cohort,
        mentors: list[Participant],
        mentees: list[Participant],
        criteria: Criteria,
    ) -> None:
        self.criteria = criteria
        self.row, self.col = criteria.row, criteria.col
        self.mentors, self.mentees = mentors, mentees
        self.managers = dict(cohort.managers)
        for person in (*mentors, *mentees):
            if person.manager_id is not None:
                self.managers[person.id] = person.manager_id
        # A direct line: one partner is the other's line manager.
        bosses = [(p.id, self.managers.get(p.id)) for p in mentors]
        bosses += [(self.managers.get(p.id), p.id) for p in mentees]
        self.cells = {
            Rule.SAME_PERSON: self._cells((p.id, p.id) for p in mentors),
            Rule.REPORTING_LINE: self._cells(bosses),
            Rule.RATHER_NOT: self._cells(cohort.would_rather_not, either_way=True),
            Rule.ALREADY_PARTNERS: self._cells(cohort.already_partners),
            Rule.REJECTED: self._cells(cohort.rejected),
        }
        self.closed_mentors = np.array(
            [p.external and not p.share_permission for p in mentors], bool
        )
        self.closed_mentees = np.array(
            [p.external and not p.share_permission for p in mentees], bool
        )
        self._chain: PairSet | None = None
        self._static: dict[bool, np.ndarray] = {}

    def _cells(self, pairs, either_way: bool = False) -> PairSet:
        """The (row, column) of each (mentor id, mentee id) pair in the cohort."""
        found = []
        for a, b in pairs:
            for mentor, mentee in ((a, b), (b, a)) if either_way else ((a, b),):
                if mentor in self.row and mentee in self.col:
                    found.append((self.row[mentor], self.col[mentee]))
        return PairSet(found)

    def above(self, person_id: int) -> list[int]:
        """Everyone above the person in the reporting line, nearest first (cycles cut)."""
        chain, seen = [], {person_id}
        boss = self.managers.get(person_id)
        while boss is not None and boss not in seen:
            chain.append(boss)
            seen.add(boss)
            boss = self.managers.get(boss)
        return chain

    def reporting(self, settings: MatchSettings) -> PairSet:
        """Pairs in one reporting line: direct only, or anywhere in the chain through anyone."""
        if not settings.whole_reporting_chain:
            return self.cells[Rule.REPORTING_LINE]
        if self._chain is None:
            above = [(p.id, boss) for p in self.mentors for boss in self.above(p.id)]
            above += [(boss, p.id) for p in self.mentees for boss in self.above(p.id)]
            self._chain = self._cells(above)
        return self._chain

    def static(self, settings: MatchSettings) -> np.ndarray:
        """Every rule that does not depend on weights or levels, as one mask (read-only)."""
        key = settings.whole_reporting_chain
        if key not in self._static:
            mask = np.zeros(self.criteria.shape, dtype=bool)
            for rule in self.cells:
                self._pairs_of(rule, settings).mark(mask, None, None)
            mask[self.closed_mentors, :] = True
            mask[:, self.closed_mentees] = True
            mask.setflags(write=False)
            self._static[key] = mask
        return self._static[key]

    def _block(
        self, rule: Rule, settings: MatchSettings, rows: np.ndarray, cols: np.ndarray
    ) -> np.ndarray:
        mask = np.zeros((rows.size, cols.size), dtype=bool)
        if rule == Rule.EXTERNAL:
            mask[self.closed_mentors[rows], :] = True
            mask[:, self.closed_mentees[cols]] = True
            return mask
        self._pairs_of(rule, settings).mark(mask, rows, cols)
        return mask

    def _pairs_of(self, rule: Rule, settings: MatchSettings) -> PairSet:
        return self.reporting(settings) if rule == Rule.REPORTING_LINE else self.cells[rule]

    def must_zero(
        self, settings: MatchSettings, rows: Index = None, cols: Index = None
    ) -> np.ndarray | None:
        """Pairs scoring 0 on a criterion weighted Must (None when nothing is a Must)."""
        mask = None
        for key in must_keys(settings):
            zero = self.criteria.block(key, settings, rows, cols) <= 0.0
            mask = zero if mask is None else mask | zero
        return mask

    def wrong_direction(
        self, settings: MatchSettings, rows: Index = None, cols: Index = None
    ) -> np.ndarray:
        return self.criteria.block("wrong_direction", settings, rows, cols)

    def forbidden(self, settings: MatchSettings) -> np.ndarray:
        mask = self.static(settings) | self.wrong_direction(settings)
        must = self.must_zero(settings)
        return mask if must is None else mask | must

    def first_rule(
        self, settings: MatchSettings, rows: Index = None, cols: Index = None
    ) -> np.ndarray:
        """The first rule (a Rule value) blocking each pair of the rows × cols block; 0 if none.

        `rows` and `cols` are index lists; None takes them all.
        """
        rows = np.arange(self.criteria.shape[0]) if rows is None else np.asarray(rows, dtype=int)
        cols = np.arange(self.criteria.shape[1]) if cols is None else np.asarray(cols, dtype=int)
        masks = [
            (Rule.SAME_PERSON, self._block(Rule.SAME_PERSON, settings, rows, cols)),
            (Rule.DIRECTION, self.wrong_direction(settings, rows, cols)),
        ]
        for rule in (Rule.REPORTING_LINE, Rule.RATHER_NOT, Rule.ALREADY_PARTNERS, Rule.REJECTED,
                     Rule.EXTERNAL):  # fmt: skip
            masks.append((rule, self._block(rule, settings, rows, cols)))
        must = self.must_zero(settings, rows, cols)
        if must is not None:
            masks.append((Rule.MUST, must))
        codes = np.zeros(masks[0][1].shape, dtype=np.int8)
        for rule, mask in reversed(masks):
            codes[mask] = rule
        return codes
