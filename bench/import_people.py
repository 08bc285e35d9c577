"""Importing 10,000 people from CSV, against SQLite itself inserting the same rows.

The file is the export of the 10,000-person demo database (9,900 rows: archived people are not
exported). Each run imports it into a fresh, empty database with the default ladder, as
`revmentor import people` does: read_table + guess_mapping + plan_import + apply_import (one
transaction).

The reference, alternating run by run with the import: the `sqlite3` module inserting the same
person rows, skills and person-skill rows (every column exactly as our import stored them, read
back from a first, untimed import and prepared as tuples beforehand, not timed) with
`executemany` in one transaction, into a fresh database made by our migrations (the same
indexes and constraints), its connection set up by our engine's own hook (the same PRAGMAs:
WAL, synchronous=FULL, foreign_keys=ON). People go in managers first, so each manager_id is
set as the row goes in. Timed from BEGIN to the end of COMMIT.

A last figure re-imports the file into the database a run filled (9,900 updates that change
nothing). Medians of --runs runs each.
Run: python bench/import_people.py [--people 10000] [--runs 5]
"""

from __future__ import annotations

import argparse
import csv
import os
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from common import demo_database, median_ms

TARGET = 3.0  # the import takes at most this many times SQLite's own executemany


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    source = demo_database(args.people)
    with tempfile.TemporaryDirectory(prefix="revmentor-bench-import-") as folder:
        os.environ["REVMENTOR_DATA_DIR"] = str(Path(folder) / "data")
        measure(source, Path(folder), args.runs)


def fresh_database(path: Path) -> None:
    """An empty database made by our migrations, with the default ladder (as the demo's)."""
    from revmentor_desktop.core.db import open_database
    from revmentor_desktop.core.services.organisation import ensure_levels

    with (
        open_database("sqlite:///" + str(path)) as db,
        db.session() as session,
        session.begin(),
    ):
        ensure_levels(session)


def import_file(path: Path, database: Path) -> tuple[dict[str, float], object]:
    """Our import end to end into `database`, as the command runs it: (seconds by step, summary)."""
    from revmentor_desktop.core.db import open_database
    from revmentor_desktop.core.services.imports.people import (
        apply_import,
        guess_mapping,
        plan_import,
        read_table,
    )

    with open_database("sqlite:///" + str(database)) as db:
        start = time.perf_counter()
        table = read_table(path)
        mapping = guess_mapping(table.headers)
        read = time.perf_counter()
        plan = plan_import(db, table, mapping)
        planned = time.perf_counter()
        summary = apply_import(db, plan)
        done = time.perf_counter()
    steps = {"read": read - start, "plan": planned - read, "apply": done - planned}
    return steps | {"total": done - start}, summary


def written_rows(database: Path) -> dict[str, tuple[str, list[tuple]]]:
    """What an import wrote, per table: (INSERT statement, rows), managers before their reports."""
    connection = sqlite3.connect(database)
    tables = {}
    for name in ("skill", "person", "person_skill"):
        cursor = connection.execute(f"SELECT * FROM {name}")  # noqa: S608 (our table names)
        columns = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
        if name == "person":
            rows = managers_first(rows, columns.index("id"), columns.index("manager_id"))
        marks = ", ".join("?" * len(columns))
        tables[name] = (f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({marks})", rows)
    connection.close()
    return tables


def managers_first(rows: list[tuple], id_at: int, manager_at: int) -> list[tuple]:
    """The rows ordered by depth in the line-management tree, so foreign keys hold row by row."""
    manager = {row[id_at]: row[manager_at] for row in rows}
    depth: dict[int, int] = {}

    def depth_of(person: int) -> int:
        chain = []
        while person is not None and person not in depth:
            chain.append(person)
            person = manager.get(person)
        level = depth.get(person, -1) if person is not None else -1
        for member in reversed(chain):
            level += 1
            depth[member] = level
        return depth[chain[0]] if chain else depth[person]

    return sorted(rows, key=lambda row: depth_of(row[id_at]))


def sqlite_insert(database: Path, tables: dict[str, tuple[str, list[tuple]]]) -> float:
    """SQLite's own executemany of the prepared rows in one transaction (seconds, from BEGIN to
    the end of COMMIT)."""
    from revmentor_desktop.core.db.engine import _configure_sqlite

    connection = sqlite3.connect(database)
    _configure_sqlite(connection, None)  # our engine's own settings: PRAGMAs, no implicit BEGIN
    start = time.perf_counter()
    connection.execute("BEGIN")
    for statement, rows in tables.values():
        connection.executemany(statement, rows)
    connection.execute("COMMIT")
    seconds = time.perf_counter() - start
    connection.close()
    return seconds


def measure(source: Path, work: Path, runs: int) -> None:
    from revmentor_desktop.core.db import open_database
    from revmentor_desktop.core.services.exports import export_people
    from revmentor_desktop.core.services.imports.people import (
        apply_import,
        guess_mapping,
        plan_import,
        read_table,
    )

    path = work / "people.csv"
    with open_database("sqlite:///" + str(source), writer=False) as db:
        exported = export_people(db, path)
    with open(path, encoding="utf-8-sig", newline="") as file:
        assert sum(1 for _ in csv.reader(file)) - 1 == exported

    # A first import, untimed: what it stores is what the reference inserts.
    first = work / "first.sqlite"
    fresh_database(first)
    import_file(path, first)
    tables = written_rows(first)

    reference: list[float] = []
    steps: dict[str, list[float]] = {"read": [], "plan": [], "apply": [], "total": []}
    reimport: list[float] = []
    for run in range(runs):
        fresh_database(work / f"ref-{run}.sqlite")
        fresh_database(work / f"run-{run}.sqlite")
        # Alternate which goes first, so neither always gets the quieter moment.
        order = ("ref", "ours") if run % 2 == 0 else ("ours", "ref")
        for which in order:
            if which == "ref":
                reference.append(sqlite_insert(work / f"ref-{run}.sqlite", tables))
                continue
            seconds, summary = import_file(path, work / f"run-{run}.sqlite")
            assert summary.created == exported, (summary, exported)
            for name, value in seconds.items():
                steps[name].append(value)
        with open_database("sqlite:///" + str(work / f"run-{run}.sqlite")) as db:
            start = time.perf_counter()
            table = read_table(path)
            summary = apply_import(db, plan_import(db, table, guess_mapping(table.headers)))
            reimport.append(time.perf_counter() - start)
            assert summary.updated == exported

    people, skills = len(tables["person"][1]), len(tables["person_skill"][1])
    ratio = statistics.median(steps["total"]) / statistics.median(reference)
    print(
        f"{exported:,} people, {people:,} person rows, {skills:,} person-skill rows, "
        f"{path.stat().st_size / 1024:,.0f} KiB CSV; {runs} runs each, alternating, medians"
    )
    lines = [
        ("reference: sqlite3 executemany, 1 transaction", reference, ""),
        ("subject: import into an empty database", steps["total"], f"  ({ratio:.2f}× reference)"),
        ("  read_table + guess_mapping", steps["read"], ""),
        ("  plan_import", steps["plan"], ""),
        ("  apply_import", steps["apply"], ""),
        ("re-import of the same file (updates)", reimport, ""),
    ]
    for label, seconds, note in lines:
        print(f"{label:<46} {median_ms(seconds):8.1f} ms{note}")
    verdict = "PASS" if ratio <= TARGET else "FAIL"
    print(f"target: import ≤ {TARGET:g}× SQLite's executemany: {ratio:.2f}× {verdict}")


if __name__ == "__main__":
    main()
