"""`revmentor suggest --json` end to end against mentor-match, on 1,000 + 1,000 people.

The subject: the real entry point (`python -m revmentor_desktop --db FILE suggest --programme
NAME --json`), each sample a fresh process timed from launch until it exits with the whole
report read: interpreter start, imports (numpy and scipy included), reading, solving, writing.
The reference: the open-source mentor-match package (7.0.1, `matching`) pairing the same cohort
in-process with the same rules as far as it can express them, its modules already imported:
only its matching is timed (scoring every pair, dropping people with no allowed partner,
Munkres), in a process of its own that imports nothing else. The two alternate run by run; a
bare `python -c "import scipy.optimize"` is timed alongside, as context. Then a breakdown of the
command, step by step, in fresh processes. Run: python bench/suggest_cli.py [--runs 3]
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()  # first thing: the breakdown's end of interpreter start

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

from common import OUT, median_ms  # noqa: E402

PROGRAMME = "Reverse Mentoring 2026/27"
# The demo enrols a quarter of the organisation: 9,000 people give a few more than 1,000 of each
# role, and the extras are un-enrolled (the demo gives everyone enrolled a consent date).
DEMO_PEOPLE = 9000
MENTOR_RANKS, MENTEE_RANKS = range(1, 4), range(6, 9)
TARGET = 10.0  # mentor-match's time over ours
HOURS_CLOSE = 0.25  # mentor-match's availability rule: hours a month within a quarter


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


def export_cohort(database: Path) -> Path:
    """The cohort `revmentor suggest` pairs, and the programme's weights, as JSON for
    mentor-match: read by the same service (`load_cohort`), so both pair the same people."""
    from revmentor_desktop.core.db import open_database
    from revmentor_desktop.core.matching import CRITERIA
    from revmentor_desktop.core.matching.criteria import REMOTE_CHANNELS, REMOTE_SITE, folded
    from revmentor_desktop.core.services import suggestions
    from revmentor_desktop.core.services.programmes import programme_by_name

    with open_database("sqlite:///" + str(database), writer=False) as db:
        programme = programme_by_name(db, PROGRAMME)
        cohort = suggestions.load_cohort(db, programme)
        settings = suggestions.load_matching_settings(db, programme)

    def person(p):
        site = folded(p.location)
        return {"id": p.id, "name": p.name, "email": p.email, "level": p.level,
                "department": p.department, "site": site, "channels": sorted(p.channels),
                "remote": site == REMOTE_SITE or bool(p.channels & REMOTE_CHANNELS),
                "hours": p.hours, "offers": sorted(p.offers), "wants": sorted(p.wants),
                "manager_id": p.manager_id,
                "closed": p.external and not p.share_permission}  # fmt: skip

    data = {
        "mentors": [person(p) for p in cohort.mentors],
        "mentees": [person(p) for p in cohort.mentees],
        "weights": {key: settings.weight(key).value_in_total for key in CRITERIA},
        "min_gap": settings.min_gap,
        "ideal_gap": list(settings.ideal_gap),
        "would_like": sorted(cohort.would_like),
        "never": sorted(
            cohort.would_rather_not
            | {(b, a) for a, b in cohort.would_rather_not}
            | cohort.rejected
            | cohort.already_partners
        ),  # fmt: skip
    }
    path = database.with_name(database.stem + "-cohort.json")
    path.write_text(json.dumps(data))
    return path


# --- the reference: mentor-match, in a process of its own --------------------------------------


def mentor_match_rules(data: dict) -> list:
    """Our hard rules and default criteria as mentor-match rules.

    mentor-match scores a pair by yes/no rules, each worth a whole number of points: each of our
    criteria that is not Off becomes one worth its weight (Low 1, Medium 3, High 5) when it holds
    (any skill the mentee wants offered, the gap in the ideal band, a channel in common, another
    department, the same site or both remote, hours within a quarter, asked to work together).
    Our hard rules become Disqualify rules: the direction (the reverse mentor at least `min_gap`
    levels below), a direct line manager, would-rather-not, rejected and current pairs, an
    external person without permission to share. Its two own rules (not the same person, not
    already matched) stay.
    """
    from matching.rules.rule import Disqualify, Generic

    low, high = data["ideal_gap"]
    like = {tuple(p) for p in data["would_like"]} | {(b, a) for a, b in data["would_like"]}
    never = {tuple(p) for p in data["never"]}

    def close_hours(m) -> bool:
        a, b = m.mentor.hours, m.mentee.hours
        return a is not None and b is not None and abs(a - b) <= HOURS_CLOSE * max(a, b, 1e-9)

    tests = {
        "skills_for_mentee": lambda m: bool(m.mentor.offers & m.mentee.wants),
        "skills_for_mentor": lambda m: bool(m.mentee.offers & m.mentor.wants),
        "seniority_gap": lambda m: low <= m.mentee.grade - m.mentor.grade <= high,
        "communication": lambda m: bool(m.mentor.channels & m.mentee.channels),
        "different_department": lambda m: m.mentor.organisation != m.mentee.organisation,
        "location": lambda m: m.mentor.site == m.mentee.site or m.mentor.remote and m.mentee.remote,
        "availability": close_hours,
        "generation_gap": lambda m: False,  # birth years are not exported: Off by default
        "would_like": lambda m: (m.mentor.id, m.mentee.id) in like,
    }
    rules = [
        Disqualify(lambda m: m.mentee.grade - m.mentor.grade < data["min_gap"]),
        Disqualify(
            lambda m: m.mentor.manager_id == m.mentee.id or m.mentee.manager_id == m.mentor.id
        ),  # fmt: skip
        Disqualify(lambda m: (m.mentor.id, m.mentee.id) in never),
        Disqualify(lambda m: m.mentor.closed or m.mentee.closed),
    ]
    for key, weight in data["weights"].items():
        if weight:
            rules.append(Generic({True: weight, False: 0}, tests[key]))
    return rules


def mentor_match_people(data: dict) -> tuple[list, list]:
    """Mentor and Mentee objects: its own fields (grade, organisation, email, names, role), and
    as plain attributes what the rules read."""
    from matching.mentee import Mentee
    from matching.mentor import Mentor

    def person(cls, p):
        given, _, family = p["name"].partition(" ")
        made = cls(grade=p["level"], organisation=p["department"], email=p["email"],
                   role=cls.__str__(), **{"first name": given, "last name": family})  # fmt: skip
        made.id, made.site, made.remote = p["id"], p["site"], p["remote"]
        made.channels, made.offers = set(p["channels"]), set(p["offers"])
        made.wants = set(p["wants"])
        made.hours, made.manager_id, made.closed = p["hours"], p["manager_id"], p["closed"]
        return made

    return ([person(Mentor, p) for p in data["mentors"]],
            [person(Mentee, p) for p in data["mentees"]])  # fmt: skip


def mentor_match_worker(cohort: Path) -> None:
    """One timed matching: one round of rules (one partner each), as `process_data` runs it,
    with the package's own `create_matches` first, which drops the people no rule allows any
    partner for. `process_data` leaves them in, and Munkres then takes about 5 times as long
    on this cohort (76 s against 14 s): the faster way is the reference."""
    # This folder's matching.py (the engine's bench) would hide the package of the same name.
    here = Path(__file__).resolve().parent
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != here]
    from matching.process import (
        create_matches,
        generate_match_matrix,
        match_and_assign_participants,
    )

    data = json.loads(cohort.read_text())
    mentors, mentees = mentor_match_people(data)
    rules = mentor_match_rules(data)
    start = time.perf_counter()
    match_and_assign_participants(create_matches(generate_match_matrix(mentors, mentees, rules)))
    seconds = time.perf_counter() - start
    pairs = sum(len(m.mentees) for m in mentors)
    print(json.dumps({"seconds": seconds, "pairs": pairs}))


# --- where the command's time goes -------------------------------------------------------------

# What the command imports, in the order it needs them; each group is timed as it loads.
IMPORTS = [
    ("the command line (cli, argparse, logging)", ["revmentor_desktop.cli"]),
    ("numpy", ["numpy"]),
    ("SQLAlchemy", ["sqlalchemy", "sqlalchemy.orm"]),
    ("core.db (engine, schema, backups)", ["revmentor_desktop.core.db",
                                           "revmentor_desktop.core.db.database"]),
    ("core.db.models", ["revmentor_desktop.core.db.models"]),
    ("core.matching (the engine)", ["revmentor_desktop.core.matching"]),
    ("services (suggestions, programmes)", ["revmentor_desktop.core.services.suggestions",
                                            "revmentor_desktop.core.services.programmes"]),
]  # fmt: skip


def breakdown_worker(database: Path, launched: float, report: Path) -> None:
    """The command run in this fresh process, with each step timed (perf_counter is the
    system's monotonic clock, so `launched`, taken by the parent, is comparable)."""
    import importlib

    steps = {"interpreter start": STARTED - launched,
             "this script's own imports": time.perf_counter() - STARTED}  # fmt: skip
    for label, modules in IMPORTS:
        start = time.perf_counter()
        for name in modules:
            importlib.import_module(name)
        steps["import " + label] = time.perf_counter() - start
    start = time.perf_counter()
    try:
        from revmentor_desktop.core.matching.solver import assignment_solver

        assignment_solver()
    except ImportError:  # a version before the solver was loaded on its own
        importlib.import_module("scipy.optimize")
    steps["import scipy's linear_sum_assignment"] = time.perf_counter() - start

    from revmentor_desktop import cli
    from revmentor_desktop.core import db as core_db
    from revmentor_desktop.core.matching import engine
    from revmentor_desktop.core.matching.rules import Rules
    from revmentor_desktop.core.services import programmes, suggestions

    timed: dict[str, float] = {}

    def wrap(owner, name: str, label: str) -> None:
        original = getattr(owner, name)

        def timing(*args, **kwargs):
            start = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                timed[label] = timed.get(label, 0.0) + time.perf_counter() - start

        setattr(owner, name, timing)

    wrap(core_db, "open_database", "open the database (schema check)")
    wrap(programmes, "programme_by_name", "find the programme")
    wrap(suggestions, "load_matching_settings", "read the settings")
    wrap(suggestions, "load_cohort", "read the cohort")
    if hasattr(suggestions, "load_cohort_and_left_out"):  # both reads in one since issue 17
        wrap(suggestions, "load_cohort_and_left_out", "read the cohort and who is left out")
    wrap(engine.Matcher, "__init__", "build the Matcher")
    wrap(engine.Matcher, "scores", "score every pair")
    wrap(Rules, "forbidden", "apply the hard rules")
    wrap(engine, "best_pairs", "solve the assignment")
    wrap(engine.Matcher, "_pairs", "explain the pairs")
    wrap(engine.Matcher, "_unmatched", "explain the unmatched")
    wrap(suggestions, "suggestion_report", "build the report")
    wrap(suggestions, "not_considered", "read who is not considered")
    wrap(json, "dumps", "encode the JSON")
    from revmentor_desktop.cli import suggest as command

    if hasattr(command, "indented_json"):
        wrap(command, "indented_json", "encode the JSON")
    wrap(cli.PlainText, "write", "write it out")
    start = time.perf_counter()
    cli.main(["--db", str(database), "suggest", "--programme", PROGRAMME, "--json"])
    ended = time.perf_counter()
    steps.update(timed)
    steps["the rest (arguments, logging, closing)"] = ended - start - sum(timed.values())
    report.write_text(json.dumps({"steps": steps, "ended": ended - launched}))


# --- the runs ----------------------------------------------------------------------------------


def run(command: list[str]) -> tuple[float, str]:
    """Seconds from launch to exit, and what the process printed."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command[:4])}… failed: {result.stderr.strip()}")
    return elapsed, result.stdout


def breakdown(database: Path, runs: int) -> dict[str, list[float]]:
    """Each step's seconds over `runs` fresh processes, the exit included."""
    steps: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "steps.json"
        for _ in range(runs):
            launched = time.perf_counter()
            seconds, _ = run([sys.executable, __file__, "--breakdown-worker", str(database),
                              repr(launched), str(report)])  # fmt: skip
            found = json.loads(report.read_text())
            found["steps"]["exit"] = seconds - found["ended"]
            for key, value in found["steps"].items():
                steps.setdefault(key, []).append(value)
    return steps


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--mentors", type=int, default=1000)
    parser.add_argument("--mentees", type=int, default=1000)
    parser.add_argument("--mentor-match-worker", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--breakdown-worker", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mentor_match_worker:
        return mentor_match_worker(args.mentor_match_worker)
    if args.breakdown_worker:
        database, launched, report = args.breakdown_worker
        return breakdown_worker(Path(database), float(launched), Path(report))

    database = build_database(args.mentors, args.mentees)
    os.environ["REVMENTOR_DATA_DIR"] = tempfile.mkdtemp()  # its log file away from yours
    cohort = export_cohort(database)
    reference = [sys.executable, __file__, "--mentor-match-worker", str(cohort)]
    bare = [sys.executable, "-c", "import scipy.optimize"]
    suggest = [sys.executable, "-m", "revmentor_desktop", "--db", str(database), "suggest",
               "--programme", PROGRAMME, "--json"]  # fmt: skip
    run(bare), run(suggest)  # warm the disk cache
    theirs, ours, bare_times = [], [], []
    for _ in range(args.runs):  # alternating, so machine noise hits both alike
        found = json.loads(run(reference)[1])
        theirs.append(found["seconds"])
        seconds, out = run(suggest)
        ours.append(seconds)
        bare_times.append(run(bare)[0])
    report = json.loads(out)
    steps = breakdown(database, args.runs)

    data = json.loads(cohort.read_text())
    ratio = median_ms(theirs) / median_ms(ours)
    print(f"{len(data['mentors']):,} reverse mentors and {len(data['mentees']):,} mentees open "
          f"({args.mentors:,} + {args.mentees:,} enrolled)")  # fmt: skip
    print(f"{args.runs} runs each, alternating, medians:")
    print(f"  reference: mentor-match 7.0.1 matching in-process, one round       "
          f"{median_ms(theirs):8.1f} ms  ({found['pairs']:,} pairs)")  # fmt: skip
    print(f"  subject:   revmentor suggest --json, launch to exit                "
          f"{median_ms(ours):8.1f} ms  ({len(report['pairs']):,} pairs, "
          f"{len(report['unmatched']):,} unmatched)")  # fmt: skip
    print(f'  context:   python -c "import scipy.optimize", launch to exit        '
          f"{median_ms(bare_times):8.1f} ms")  # fmt: skip
    print(f"  ratio: mentor-match / revmentor suggest = {ratio:.1f}×; "
          f"target ≥ {TARGET:.0f}×: {'PASS' if ratio >= TARGET else 'FAIL'}")  # fmt: skip
    total = sum(statistics.median(v) for v in steps.values())
    print(f"where the command's time goes ({args.runs} fresh processes, medians; "
          f"sum {total * 1000:.0f} ms):")  # fmt: skip
    for key, seconds in steps.items():
        print(f"  {key:<52} {median_ms(seconds):7.1f} ms")


if __name__ == "__main__":
    main()
