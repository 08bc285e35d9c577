"""`revmentor copy-to`: the database copied to a server (or back to a file), then verified."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_commands(commands: argparse._SubParsersAction) -> None:
    copy = commands.add_parser(
        "copy-to",
        help="copy the database to an empty database on a PostgreSQL server, or to a new file",
        description="Copy every table of the database (--db) into an empty database on a "
        "PostgreSQL server, or into a new file (a local working copy of a server's database), "
        "then compare each table's rows and checksum with the original. Nothing is written when "
        "the target holds data already or the copy does not match. The password is asked for, "
        "or read from PGPASSFILE or ~/.pgpass; never put it in the URL.",
    )
    copy.add_argument(
        "target",
        metavar="TARGET",
        help="postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=require], or a new file's path",
    )
    copy.set_defaults(run=_copy_to)


def _copy_to(args: argparse.Namespace, url: str) -> int:
    from revmentor_desktop.core.db import open_database
    from revmentor_desktop.core.db.copy import copy_database
    from revmentor_desktop.core.db.credentials import refuse_password_in_url, server_url
    from revmentor_desktop.paths import sqlite_url

    target = args.target
    if "://" in target:
        refuse_password_in_url(target)
        target = server_url(target)
    else:
        target = sqlite_url(Path(target))
    with open_database(url) as source:
        result = copy_database(source, target)
    for table in result.tables:
        rows = "row " if table.rows == 1 else "rows"
        print(f"{table.name:<24}{table.rows:>9,} {rows}  {table.checksum[:12]}  verified")
    print(f"Copied {result.rows:,} rows in {len(result.tables)} tables; every table verified.")
    print(f"From now on use: revmentor --db '{result.path or result.url}'")
    return 0
