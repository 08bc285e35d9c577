"""The solver's head start changes how fast the optimum is found, never which total it has."""

import itertools
from unittest import mock

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.optimize import linear_sum_assignment

from revmentor_desktop.core.matching import head_start
from revmentor_desktop.core.matching.head_start import prices, solve


def clustered(rows, cols, seed):
    """Costs like a cohort's: some rows and columns better for everyone, some pairs forbidden."""
    rng = np.random.default_rng(seed)
    scores = rng.random((rows, 1)) * 30 + rng.random((1, cols)) * 30 + rng.random((rows, cols)) * 40
    cost = -np.round(scores, 1)  # rounded, so that many pairs tie
    cost[rng.random((rows, cols)) < 0.15] = 0.0
    return cost


def check_optimal(cost, picked):
    rows, cols = picked
    assert len(set(rows.tolist())) == len(rows) == min(cost.shape)
    assert len(set(cols.tolist())) == len(cols)
    assert cost[rows, cols].sum() == pytest.approx(
        cost[linear_sum_assignment(cost)].sum(), abs=1e-9
    )


@pytest.mark.parametrize("shape", [(300, 300), (300, 303), (303, 300), (600, 600)])
@pytest.mark.parametrize("seed", [1, 2])
def test_a_head_start_reaches_the_same_optimum(shape, seed):
    cost = clustered(*shape, seed)
    assert min(shape) >= head_start.SMALLEST  # the head start is taken
    check_optimal(cost, solve(cost))


def test_the_head_start_prices_the_popular_columns():
    cost = clustered(400, 400, 3)
    before = cost.copy()
    price = prices(cost)
    np.testing.assert_array_equal(cost, before)  # marked during the first round, then restored
    popular = cost.mean(axis=0)  # lower cost: better for everyone
    # The columns everyone wants end up dearer than the ones nobody does.
    cheap, dear = np.argsort(popular)[:40], np.argsort(popular)[-40:]
    assert price[cheap].mean() > price[dear].mean() + head_start.RAISE


def test_far_from_square_and_small_problems_go_straight_to_the_solver():
    with mock.patch.object(head_start, "prices", side_effect=AssertionError("no head start")):
        for shape in [(300, 400), (400, 300), (10, 10)]:
            cost = clustered(*shape, 4)
            check_optimal(cost, solve(cost))


def by_hand(cost):
    rows, cols = cost.shape
    if rows <= cols:
        return min(
            sum(cost[r, c] for r, c in enumerate(p))
            for p in itertools.permutations(range(cols), rows)
        )
    return by_hand(cost.T)


@st.composite
def matrices(draw):
    rows, cols = draw(st.integers(2, 6)), draw(st.integers(2, 6))
    cells = draw(st.lists(st.integers(-5, 5), min_size=rows * cols, max_size=rows * cols))
    return np.array(cells, dtype=np.float64).reshape(rows, cols) * 10  # ties everywhere


@settings(max_examples=200, deadline=None)
@given(matrices())
def test_with_a_head_start_on_any_small_matrix_the_total_is_the_brute_force_optimum(cost):
    # Taken however small and however far from square, so that brute force can check it.
    with mock.patch.multiple(head_start, SMALLEST=2, NEARLY_SQUARE=1.0):
        rows, cols = solve(cost)
    assert len(set(rows.tolist())) == len(rows) == min(cost.shape)
    assert len(set(cols.tolist())) == len(cols)
    assert cost[rows, cols].sum() == pytest.approx(by_hand(cost))
