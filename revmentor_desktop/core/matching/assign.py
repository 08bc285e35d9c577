"""The whole-cohort optimum: capacities by repeated rows and columns, solved as an assignment."""

# Repeating a person once per place lets `linear_sum_assignment` give someone several partners,
# but when both people have several places it may pair them twice (copy 1 with copy 1, copy 2
# with copy 2). Such a pair gets a small gadget instead: one extra column A taken either by one
# of the mentor's copies (the pair is used) or by an extra row B, which otherwise takes one of
# the mentee's copies; so the pair is used at most once, and uses one place on each side. Pairs
# are given a gadget only after they came out twice, and the problem is solved again until no
# pair does: the last solution is then optimal for a relaxation of the real problem, and
# feasible for it, hence optimal for it.

from __future__ import annotations

from collections import Counter

import numpy as np

from revmentor_desktop.core.matching.head_start import solve
from revmentor_desktop.core.matching.solver import assignment_solver

# Added to every allowed pair so that, among equal totals, more people get a partner (and a
# pair scoring 0 is told apart from a forbidden one, which is worth exactly 0).
TIE_BONUS = 1e-6


def best_pairs(
    scores: np.ndarray,
    allowed: np.ndarray,
    mentor_places: np.ndarray,
    mentee_places: np.ndarray,
    favour_participation: bool,
) -> list[tuple[int, int]]:
    """(row, column) pairs maximising the total score (or the pair count first, then the score).

    Each mentor and mentee appears at most as often as their places allow, a pair at most once.
    """
    # Only people with a place and an allowed partner: the others cannot be matched anyway.
    row_mask = (mentor_places > 0) & allowed.any(axis=1)
    col_mask = (mentee_places > 0) & allowed.any(axis=0)
    rows, cols = np.flatnonzero(row_mask), np.flatnonzero(col_mask)
    if rows.size == 0 or cols.size == 0:
        return []
    every = rows.size == allowed.shape[0] and cols.size == allowed.shape[1]
    # Rows then columns by mask: several times faster than allowed[np.ix_(rows, cols)].
    sub_allowed = allowed if every else allowed[row_mask][:, col_mask]
    sub_scores = scores if every else scores[row_mask][:, col_mask]
    # The solver minimises: each allowed pair costs minus its worth, a forbidden one 0 (it is
    # dropped if the solver uses it). Double precision: the bonuses must not swallow scores.
    row_places, col_places = mentor_places[rows], mentee_places[cols]
    bonus = TIE_BONUS
    if favour_participation:
        # One more pair must outweigh any difference in score: 100 per pair at most.
        bonus += 100.0 * (min(int(row_places.sum()), int(col_places.sum())) + 1)
    # Built straight in float64, the solver's dtype, so it makes no copy; a masked copyto is
    # cheaper than a ufunc with where=.
    cost = np.subtract(-bonus, sub_scores, dtype=np.float64)
    np.copyto(cost, 0.0, where=~sub_allowed)
    once: list[tuple[int, int]] = []  # pairs that need a gadget
    while True:
        pairs = _assignment(cost, sub_allowed, row_places, col_places, once)
        used = Counter(pairs)
        if all(n == 1 for n in used.values()):
            return sorted((int(rows[r]), int(cols[c])) for r, c in pairs)
        # The pairs that came out twice need a gadget; so, most likely in the next round, do
        # the other pairs of people with several places that were used.
        known = set(once)
        once += sorted(
            (r, c)
            for (r, c), n in used.items()
            if (n > 1 or (row_places[r] > 1 and col_places[c] > 1)) and (r, c) not in known
        )


def _copies(places: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Whose copy each repeated row (or column) is, and where each person's copies start."""
    owner = np.repeat(np.arange(places.size), places)
    return owner, np.concatenate([[0], np.cumsum(places)[:-1]])


def _assignment(cost, allowed, row_places, col_places, once) -> list[tuple[int, int]]:
    row_of, row_start = _copies(row_places)
    col_of, col_start = _copies(col_places)
    if not once:
        matrix = cost if row_of.size == cost.shape[0] and col_of.size == cost.shape[1] else None
        if matrix is None:
            matrix = cost[np.ix_(row_of, col_of)]
        picked_rows, picked_cols = solve(matrix)
        r, c = row_of[picked_rows], col_of[picked_cols]
        keep = allowed[r, c]
        return list(zip(r[keep].tolist(), c[keep].tolist(), strict=True))

    # Rows: mentor copies, then one B per gadget; columns: mentee copies, one A per gadget, and
    # spare columns so that every row (every B in particular) must be assigned somewhere.
    gadgets = len(once)
    pr, pc = row_of.size, col_of.size
    spare = max(0, pr - pc)
    width = pc + gadgets + spare
    matrix = np.zeros((pr + gadgets, width))
    matrix[:pr, :pc] = cost[np.ix_(row_of, col_of)]
    matrix[pr:, :] = np.inf  # a B row only goes to its own A or its mentee's copies
    for k, (r, c) in enumerate(once):
        mine = slice(row_start[r], row_start[r] + row_places[r])
        theirs = slice(col_start[c], col_start[c] + col_places[c])
        matrix[mine, theirs] = 0.0  # the pair only through its gadget
        matrix[mine, pc + k] = cost[r, c]
        matrix[pr + k, pc + k] = 0.0  # pair not used
        matrix[pr + k, theirs] = 0.0  # pair used: it takes one of the mentee's places
    # No head start: the infinities forbid it.
    picked_rows, picked_cols = assignment_solver()(matrix)
    gadget_pairs = set(once)
    pairs = []
    for row, col in zip(picked_rows.tolist(), picked_cols.tolist(), strict=True):
        if row >= pr:
            continue
        r = int(row_of[row])
        if col < pc:
            c = int(col_of[col])
            if allowed[r, c] and (r, c) not in gadget_pairs:
                pairs.append((r, c))
        elif col < pc + gadgets and once[col - pc][0] == r:
            pairs.append(once[col - pc])
    return pairs
