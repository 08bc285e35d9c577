"""The assignment solver is scipy's own `linear_sum_assignment`, loaded without scipy.optimize."""

import subprocess
import sys

import numpy as np
import pytest

from revmentor_desktop.core.matching.solver import MODULE, assignment_solver


def test_the_solver_is_scipys_compiled_function_loaded_on_its_own():
    solver = assignment_solver()
    # Not the fallback: a scipy that moved the function would make every suggest 0.4 s slower.
    assert solver.__module__ == MODULE
    assert type(solver).__name__ == "builtin_function_or_method"
    assert assignment_solver() is solver  # loaded once


@pytest.mark.parametrize("shape", [(1, 1), (5, 5), (7, 4), (4, 7), (60, 60), (300, 290)])
def test_it_gives_exactly_what_scipy_optimize_gives(shape):
    from scipy.optimize import linear_sum_assignment

    rng = np.random.default_rng(sum(shape))
    for cost in (rng.random(shape), rng.integers(0, 3, shape).astype(float)):  # ties too
        ours, theirs = assignment_solver()(cost), linear_sum_assignment(cost)
        assert all(np.array_equal(a, b) for a, b in zip(ours, theirs, strict=True))


def test_solving_loads_neither_scipy_optimize_nor_the_optimisers_it_imports():
    code = (
        "import sys, numpy as np\n"
        "from revmentor_desktop.core.matching.solver import assignment_solver\n"
        "print(assignment_solver()(1 - np.eye(3))[1].tolist())\n"
        "print(sorted(m for m in sys.modules if m.startswith(('scipy.optimize', 'scipy.linalg'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    # The compiled module itself is registered under its name (scipy.optimize reuses it later).
    assert out.stdout.splitlines() == ["[0, 1, 2]", f"['{MODULE}']"]
