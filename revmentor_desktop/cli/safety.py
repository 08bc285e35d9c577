"""`revmentor check`: the database's health."""

from __future__ import annotations

import argparse
import sys


def add_commands(commands: argparse._SubParsersAction) -> None:
    check = commands.add_parser("check", help="check the database's integrity and the app's rules")
    check.set_defaults(run=_check)


def _check(args: argparse.Namespace, url: str) -> int:
    from revmentor_desktop.core.db import open_database
    from revmentor_desktop.core.services.integrity import check_database

    with open_database(url, writer=False) as db:
        report = check_database(db)
    for label, rows in report.counts.items():
        print(f"{label:>13}: {rows:,}")
    if report.ok:
        print("OK: no problems found")
        return 0
    for problem in report.problems:
        print(f"PROBLEM: {problem}")
    print(f"{len(report.problems)} problem(s) found", file=sys.stderr)
    return 1
