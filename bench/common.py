"""Shared by the benchmarks: demo databases cached in bench/out/, and a median helper."""

from __future__ import annotations

import os
import statistics
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"


def demo_database(people: int) -> Path:
    """A demo database with `people` people, made once and reused by later runs."""
    OUT.mkdir(exist_ok=True)
    path = OUT / f"demo-{people}.sqlite"
    os.environ.setdefault("REVMENTOR_DATA_DIR", tempfile.mkdtemp())
    if path.exists():
        return up_to_date(path)
    from revmentor_desktop.core.db import open_database
    from revmentor_desktop.core.demo.organisation import create_demo

    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    with open_database("sqlite:///" + str(partial)) as db:
        create_demo(db, people=people, seed=1)
    partial.with_name(partial.name + ".lock").unlink(missing_ok=True)
    partial.rename(path)
    return path


def up_to_date(path: Path) -> Path:
    """A cached database made by an older version, brought to the current schema (as the app
    would on opening it), so that the benchmarks may open it read-only."""
    from revmentor_desktop.core.db import open_database

    os.environ.setdefault("REVMENTOR_DATA_DIR", tempfile.mkdtemp())
    with open_database("sqlite:///" + str(path)):
        pass
    path.with_name(path.name + ".lock").unlink(missing_ok=True)
    return path


def median_ms(seconds: list[float]) -> float:
    return statistics.median(seconds) * 1000
