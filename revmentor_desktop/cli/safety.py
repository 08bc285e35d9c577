"""`revmentor check`, `backup` and `restore`: the database's health and its backups."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from revmentor_desktop.core.errors import RevMentorError


def add_commands(commands: argparse._SubParsersAction) -> None:
    check = commands.add_parser(
        "check",
        help="check the database's integrity and the app's rules",
        description="Check the database file with SQLite's integrity check, or a database on a "
        "PostgreSQL server for its constraints, indexes, change notices and id sequences; then "
        "the app's own rules, and count what it holds. A damaged file is reported with its newest "
        "good backup. Exits 1 when anything is wrong.",
    )
    check.set_defaults(run=_check)

    backup = commands.add_parser(
        "backup",
        help="make a verified backup of the database now (or --list them)",
        description="Copy the database while it may be in use, check the copy with SQLite's "
        "integrity check, and keep it in the database's backups folder (or write it to -o FILE). "
        "RevMentor also makes a routine backup once a day when its window closes, keeping one for "
        "each of the last 7 days, 4 weeks and 12 months.",
    )
    backup.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help="write the backup to this file instead of the backups folder",
    )
    backup.add_argument("--list", action="store_true",
                        help="list the database's backups, newest first, instead")  # fmt: skip
    backup.set_defaults(run=_backup)

    restore = commands.add_parser(
        "restore",
        help="replace the database by a backup (the current data is backed up first)",
        description="Check the backup, back up the current database (as 'before restore'), then "
        "put the backup in its place. Refused while RevMentor is writing to the database "
        "elsewhere; a damaged or foreign backup is refused and nothing changes.",
    )
    restore.add_argument(
        "file", type=Path, metavar="FILE",
        help="the backup: a file, or a name from `revmentor backup --list`",
    )  # fmt: skip
    restore.set_defaults(run=_restore)


def _database_file(url: str) -> Path:
    from revmentor_desktop.paths import sqlite_path

    path = sqlite_path(url)
    if path is None:
        raise RevMentorError(
            "Backups and restore work on a database file; back up a database server with its "
            "own tools."
        )
    return path


def _check(args: argparse.Namespace, url: str) -> int:
    from revmentor_desktop.core.db import open_database
    from revmentor_desktop.core.db.backup import damaged_error
    from revmentor_desktop.core.db.location import storage_warning_line
    from revmentor_desktop.core.services.integrity import check_database

    with open_database(url, writer=False) as db:  # a damaged header is refused here already
        report = check_database(db)
    if report.damage:
        for line in report.damage:
            print(f"DAMAGE: {' '.join(line.split())}")
        reason = "; ".join(" ".join(line.split()) for line in report.damage[:2]
                           if "in database main" not in line)  # fmt: skip
        raise damaged_error(_database_file(url), reason or "SQLite's integrity check failed")
    for label, rows in report.counts.items():
        print(f"{label:>13}: {rows:,}")
    if db.path and (risk := storage_warning_line(db.path)):
        print(risk)  # a warning, not a problem: the file is sound today
    if report.ok:
        print("OK: no problems found")
        return 0
    for problem in report.problems:
        print(f"PROBLEM: {problem}")
    print(f"{len(report.problems)} problem(s) found", file=sys.stderr)
    return 1


def _counts(backup) -> str:
    from revmentor_desktop.core.db.backup import DAMAGED
    from revmentor_desktop.core.text import count

    if backup.people is None:
        return "damaged" if backup.label == DAMAGED else "unreadable"
    people = count(backup.people, "person", "people")
    return f"{people}, {count(backup.partnerships, 'partnership')}"


def _backup(args: argparse.Namespace, url: str) -> int:
    from revmentor_desktop.core.db.backup import MANUAL, backup_folder, list_backups, make_backup

    database = _database_file(url)
    if args.list:
        if args.output:
            raise RevMentorError("--list and -o do not go together: list, or make one.")
        backups = list_backups(database)
        if not backups:
            print(f"No backups of {database} yet: `revmentor backup` makes one.")
            return 0
        print(f"Backups of {database}, newest first, in {backup_folder(database)}:")
        for backup in backups:
            print(f"  {backup.taken:%Y-%m-%d %H:%M}  {backup.kind:<22} {backup.size_text:>8}  "
                  f"{_counts(backup):<32} {backup.path.name}")  # fmt: skip
        return 0
    backup = make_backup(database, MANUAL, target=args.output)
    print(f"Backed up {database} to {backup.path} ({backup.size_text}): {_counts(backup)}.")
    return 0


def _restore(args: argparse.Namespace, url: str) -> int:
    from revmentor_desktop.core.db.backup import DAMAGED, backup_folder, restore

    database = _database_file(url)
    chosen: Path = args.file
    if not chosen.exists() and chosen.name == str(chosen):  # a name from `backup --list`
        named = backup_folder(database) / chosen.name
        chosen = named if named.exists() else chosen
    result = restore(database, chosen)
    restored = result.restored
    print(f"Restored {database} from the backup of {restored.when} ({restored.path}): "
          f"{_counts(restored)}.")  # fmt: skip
    if result.replaced is not None:
        what = "damaged file" if result.replaced.label == DAMAGED else "data"
        print(f"The {what} it replaced is kept in {result.replaced.path}.")
    return 0
