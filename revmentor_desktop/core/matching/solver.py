"""scipy's `linear_sum_assignment`, loaded without the rest of `scipy.optimize`."""

# `from scipy.optimize import linear_sum_assignment` runs `scipy/optimize/__init__.py`, which
# imports every optimiser scipy has (linprog, shgo, the linalg and sparse packages, numpy.f2py
# through scipy's array API layer): 0.35-0.5 s, a third of `revmentor suggest`, for one C
# function. That function lives alone in the compiled module `scipy.optimize._lsap`, which needs
# only numpy; loading that file by its path skips the package's `__init__`. It is the very
# function `scipy.optimize` exports, so the pairs cannot differ. Should a scipy release move it,
# the ordinary import is used (tests/unit/test_matching_solver.py notices).

from __future__ import annotations

import functools
import importlib.machinery
import importlib.util
from collections.abc import Callable
from pathlib import Path

MODULE = "scipy.optimize._lsap"


@functools.cache
def assignment_solver() -> Callable:
    """The solver function, loaded on first use."""
    try:
        return _load_alone()
    except (ImportError, OSError, AttributeError):
        from scipy.optimize import linear_sum_assignment as solver

        return solver


def _load_alone() -> Callable:
    scipy = importlib.util.find_spec("scipy")  # finds the package without importing it
    if scipy is None or not scipy.submodule_search_locations:
        raise ImportError("scipy is not installed")
    folder = Path(next(iter(scipy.submodule_search_locations))) / "optimize"
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        path = folder / f"_lsap{suffix}"
        if path.is_file():
            spec = importlib.util.spec_from_file_location(MODULE, path)
            if spec is None or spec.loader is None:
                break
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            return module.linear_sum_assignment
    raise ImportError(f"no compiled {MODULE} in {folder}")
