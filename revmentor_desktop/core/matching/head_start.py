"""The assignment solved from a head start: column prices from a few rounds of an auction."""

# scipy's linear_sum_assignment finds one row's partner after another by shortest augmenting
# paths, starting from zero prices. On a cohort's scores, where some people are nearly everyone's
# best partner, the late rows' paths grow long, and a square problem of 1,000 takes about 1.3
# times as long as one of random numbers. A few rounds of an auction, in which every row without
# a column bids for its cheapest one at once, price the popular columns up first (Bertsekas's
# auction algorithm, Jacobi version, stopped early). Adding a price to every cost in a column
# adds the same amount to every complete assignment's total when every column is assigned, as in
# a square problem, so the optimum is unchanged and only the solver's paths get shorter: about
# half the solver's time at 1,000 per side, including the rounds.

from __future__ import annotations

import numpy as np

from revmentor_desktop.core.matching.solver import assignment_solver

RAISE = 0.5  # the least step of a bid, in score points: finer prices need more rounds
ROUNDS = 80  # most rows have a column after 20 rounds; later ones refine fewer rows each
SMALLEST = 256  # below this the solver takes a millisecond or two, less than the rounds
NEARLY_SQUARE = 0.02  # a problem further from square is easy already, and padding it is not


def solve(cost: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Rows and columns of a minimum-cost assignment, as `linear_sum_assignment` gives them."""
    linear_sum_assignment = assignment_solver()  # loaded only when solving

    rows, cols = cost.shape
    size = max(rows, cols)
    if min(rows, cols) < SMALLEST or size - min(rows, cols) > NEARLY_SQUARE * size:
        return linear_sum_assignment(cost)
    if rows == cols:
        square = cost.copy()
    else:
        # Made square with rows (or columns) for nobody at no cost, like a person left alone.
        square = np.zeros((size, size))
        square[:rows, :cols] = cost
    square += prices(square)
    picked_rows, picked_cols = linear_sum_assignment(square)
    real = (picked_rows < rows) & (picked_cols < cols)
    return picked_rows[real], picked_cols[real]


def prices(cost: np.ndarray) -> np.ndarray:
    """Column prices after a few rounds of bidding on a square cost matrix of finite numbers.

    `cost` is marked in place during the first round and left as it was.
    """
    size = cost.shape[0]
    price = np.zeros(size)
    owner = np.full(size, -1)
    bidders = np.arange(size)
    for round_ in range(ROUNDS):
        if bidders.size == 0:
            break
        if round_ == 0:
            offers = cost  # everyone bids at price 0: the matrix itself, as a copy costs a round
        else:
            offers = cost[bidders]
            offers += price
        everyone = np.arange(bidders.size)
        best = offers.argmin(axis=1)
        cheapest = offers[everyone, best]
        offers[everyone, best] = np.inf
        second = offers.min(axis=1)
        if round_ == 0:
            offers[everyone, best] = cheapest
        # A bidder raises the price until its best column is only just better than its second.
        bids = price[best] + (second - cheapest) + RAISE
        # Each column goes to its highest bid; its previous owner bids again next round.
        order = np.lexsort((-bids, best))
        first = np.ones(order.size, dtype=bool)
        first[1:] = best[order[1:]] != best[order[:-1]]
        winners, won = order[first], best[order[first]]
        outbid = owner[won]
        owner[won] = bidders[winners]
        price[won] = bids[winners]
        lost = np.ones(bidders.size, dtype=bool)
        lost[winners] = False
        bidders = np.concatenate([bidders[lost], outbid[outbid >= 0]])
    return price
