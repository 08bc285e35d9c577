"""Importing 10,000 people from CSV, against reading the same file with the `csv` module alone.

The file is the export of the 10,000-person demo database. Each run imports it into a fresh,
empty database with the default ladder: read_table + guess_mapping + plan_import + apply_import
(one transaction). The reference is `list(csv.reader(f))` over the same file in the same run.
A second figure re-imports the file into the database the first run filled (10,000 updates
that change nothing). Medians of --runs runs each.
Run: python bench/import_people.py [--people 10000] [--runs 3]
"""

from __future__ import annotations

import argparse
import csv
import os
import statistics
import tempfile
import time
from pathlib import Path

from common import demo_database, median_ms


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    source = demo_database(args.people)
    with tempfile.TemporaryDirectory(prefix="revmentor-bench-import-") as folder:
        os.environ["REVMENTOR_DATA_DIR"] = str(Path(folder) / "data")
        measure(source, Path(folder), args.runs)


def measure(source: Path, work: Path, runs: int) -> None:

    from revmentor_desktop.core.db import open_database
    from revmentor_desktop.core.services.exports import export_people
    from revmentor_desktop.core.services.imports.people import (
        apply_import,
        guess_mapping,
        plan_import,
        read_table,
    )
    from revmentor_desktop.core.services.organisation import ensure_levels

    path = work / "people.csv"
    with open_database("sqlite:///" + str(source), writer=False) as db:
        exported = export_people(db, path)

    reference, phases, reimport = [], {"read": [], "plan": [], "apply": [], "total": []}, []
    for run in range(runs):
        start = time.perf_counter()
        with open(path, encoding="utf-8-sig", newline="") as file:
            rows = list(csv.reader(file))
        reference.append(time.perf_counter() - start)

        with open_database("sqlite:///" + str(work / f"run-{run}.sqlite")) as db:
            with db.session() as session, session.begin():
                ensure_levels(session)  # the demo's ladder: the default one
            start = time.perf_counter()
            table = read_table(path)
            mapping = guess_mapping(table.headers)
            read = time.perf_counter()
            plan = plan_import(db, table, mapping)
            planned = time.perf_counter()
            summary = apply_import(db, plan)
            done = time.perf_counter()
            assert summary.created == exported == len(rows) - 1, (summary, exported)
            for name, seconds in (("read", read - start), ("plan", planned - read),
                                  ("apply", done - planned), ("total", done - start)):  # fmt: skip
                phases[name].append(seconds)

            start = time.perf_counter()
            table = read_table(path)
            summary = apply_import(db, plan_import(db, table, guess_mapping(table.headers)))
            reimport.append(time.perf_counter() - start)
            assert summary.updated == exported

    ratio = statistics.median(phases["total"]) / statistics.median(reference)
    lines = [
        ("csv.reader alone", reference, ""),
        ("import into an empty database", phases["total"], f"  ({ratio:.0f}× csv.reader)"),
        ("  read_table + guess_mapping", phases["read"], ""),
        ("  plan_import", phases["plan"], ""),
        ("  apply_import", phases["apply"], ""),
        ("re-import of the same file (updates)", reimport, ""),
    ]
    print(f"{exported:,} people, {path.stat().st_size / 1024:,.0f} KiB CSV, {runs} runs each")
    for label, seconds, note in lines:
        print(f"{label:<38} median {median_ms(seconds):7.1f} ms{note}")


if __name__ == "__main__":
    main()
