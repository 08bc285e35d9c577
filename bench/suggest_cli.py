"""`revmentor suggest --json` end to end on 1,000 reverse mentors and 1,000 mentees.

Each sample is a fresh process running the real entry point (`python -m revmentor_desktop --db
FILE suggest --programme NAME --json`), timed from launch until it exits with the whole report
read; the reference is a bare `python -c "import scipy.optimize"` started the same way, which is
the least any process that solves the assignment has to pay. Then the same steps in this process,
to show where the time goes. Run: python bench/suggest_cli.py [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from common import OUT, median_ms

PROGRAMME = "Reverse Mentoring 2026/27"
# The demo enrols a quarter of the organisation: 9,000 people give a few more than 1,000 of each
# role, and the extras are un-enrolled (the demo gives everyone enrolled a consent date).
DEMO_PEOPLE = 9000
MENTOR_RANKS, MENTEE_RANKS = range(1, 4), range(6, 9)


def build_database(mentors: int, mentees: int) -> Path:
    """A demo database with exactly this many consenting people per role, made once."""
    OUT.mkdir(exist_ok=True)
    path = OUT / f"suggest-{mentors}x{mentees}.sqlite"
    if path.exists():
        return path
    os.environ.setdefault("REVMENTOR_DATA_DIR", tempfile.mkdtemp())
    from revmentor_desktop.core.db import open_database
    from revmentor_desktop.core.db.models import Role
    from revmentor_desktop.core.demo.organisation import create_demo
    from revmentor_desktop.core.services.programmes import (
        enrol,
        enrolment_candidates,
        list_enrolments,
        list_programmes,
        record_consent,
        unenrol,
    )

    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    rng = random.Random(1)
    with open_database("sqlite:///" + str(partial)) as db:
        create_demo(db, people=DEMO_PEOPLE, seed=1)
        (programme,) = [p.id for p in list_programmes(db) if p.name == PROGRAMME]
        for role, wanted, ranks in ((Role.REVERSE_MENTOR, mentors, MENTOR_RANKS),
                                    (Role.MENTEE, mentees, MENTEE_RANKS)):  # fmt: skip
            enrolled = [e for e in list_enrolments(db, programme) if e.role == role]
            if len(enrolled) > wanted:
                extras = rng.sample(enrolled, len(enrolled) - wanted)
                unenrol(db, [e.enrolment_id for e in extras])
            elif len(enrolled) < wanted:
                fitting = [c.person_id for c in enrolment_candidates(db, programme)
                           if c.level_rank in ranks]  # fmt: skip
                if len(fitting) < wanted - len(enrolled):
                    raise SystemExit(f"the demo has too few people to enrol {wanted} as {role}")
                chosen = rng.sample(fitting, wanted - len(enrolled))
                enrol(db, programme, chosen, role)
                record_consent(db, chosen, date(2026, 9, 1))
    partial.with_name(partial.name + ".lock").unlink(missing_ok=True)
    partial.rename(path)
    return path


def run(command: list[str]) -> tuple[float, str]:
    """Seconds from launch to exit, and what the process printed."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command[:4])}… failed: {result.stderr.strip()}")
    return elapsed, result.stdout


def in_process(path: Path, runs: int) -> dict[str, list[float]]:
    """The same steps in this process (modules already imported), each timed on its own."""
    from revmentor_desktop.core.db import open_database
    from revmentor_desktop.core.matching import Matcher
    from revmentor_desktop.core.services import suggestions
    from revmentor_desktop.core.services.programmes import programme_by_name

    steps: dict[str, list[float]] = {"load_cohort": [], "Matcher(cohort)": [], "suggest": [],
                                     "report + JSON": []}  # fmt: skip
    with open_database("sqlite:///" + str(path), writer=False) as db:
        programme = programme_by_name(db, PROGRAMME)
        settings = suggestions.load_matching_settings(db, programme)
        for _ in range(runs):
            start = time.perf_counter()
            cohort = suggestions.load_cohort(db, programme)
            loaded = time.perf_counter()
            matcher = Matcher(cohort)
            built = time.perf_counter()
            suggestion = matcher.suggest(settings)
            solved = time.perf_counter()
            json.dumps(suggestions.suggestion_report(cohort, suggestion), ensure_ascii=False,
                       indent=2)  # fmt: skip
            done = time.perf_counter()
            for key, seconds in zip(steps, (loaded - start, built - loaded, solved - built,
                                            done - solved), strict=True):  # fmt: skip
                steps[key].append(seconds)
    return steps


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--mentors", type=int, default=1000)
    parser.add_argument("--mentees", type=int, default=1000)
    args = parser.parse_args()
    database = build_database(args.mentors, args.mentees)
    os.environ["REVMENTOR_DATA_DIR"] = tempfile.mkdtemp()  # its log file away from yours
    bare = [sys.executable, "-c", "import scipy.optimize"]
    suggest = [sys.executable, "-m", "revmentor_desktop", "--db", str(database), "suggest",
               "--programme", PROGRAMME, "--json"]  # fmt: skip
    run(bare), run(suggest)  # warm the disk cache for both
    bare_times, suggest_times = [], []
    for _ in range(args.runs):  # interleaved, so machine noise hits both alike
        bare_times.append(run(bare)[0])
        seconds, out = run(suggest)
        suggest_times.append(seconds)
    report = json.loads(out)
    steps = in_process(database, args.runs)
    ratio = median_ms(suggest_times) / median_ms(bare_times)
    pairs, unmatched = len(report["pairs"]), len(report["unmatched"])
    print(f"{args.mentors:,} reverse mentors, {args.mentees:,} mentees; "
          f"{pairs:,} pairs suggested, {unmatched:,} unmatched")  # fmt: skip
    print(f"{args.runs} runs each, medians:")
    print(f'  python -c "import scipy.optimize"        {median_ms(bare_times):8.1f} ms')
    print(f"  revmentor suggest --json (end to end)    {median_ms(suggest_times):8.1f} ms  "
          f"({ratio:.2f}× the bare import)")  # fmt: skip
    print("  in one process, modules already loaded:")
    for key, seconds in steps.items():
        print(f"    {key:<16}                       {median_ms(seconds):8.1f} ms")


if __name__ == "__main__":
    main()
