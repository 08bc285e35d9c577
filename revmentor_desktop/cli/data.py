"""`revmentor demo`, `export` and `import`: data into and out of the database."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from revmentor_desktop.cli.parser import CommandError
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.text import count
from revmentor_desktop.paths import demo_db_path


def add_commands(commands: argparse._SubParsersAction) -> None:
    from revmentor_desktop.core.services.imports.dates import DATE_ORDERS

    demo = commands.add_parser(
        "demo",
        help="fill a new database with a realistic demo programme",
        description="Fill a new, empty database with a made-up organisation and its programme. "
        "Without --db (or $REVMENTOR_DB) it fills the window's demo database (demo.sqlite in "
        "the data folder), never the organisation's.",
    )
    demo.add_argument("--people", type=int, default=120, metavar="N", help="how many (120)")
    demo.add_argument("--seed", type=int, metavar="S", help="random seed: same seed, same data")
    # Never the organisation's database unless named: the demo has a database of its own.
    demo.set_defaults(run=_demo, writes=True, default_database=demo_db_path)

    export = commands.add_parser(
        "export",
        help="export people, pairs or check-ins to a .csv or .xlsx file",
        description="Export people, pairs (partnerships, with both partners' names and emails "
        "for a mail merge) or check-ins (shareable: never the private notes) to a CSV or Excel "
        "file. The file is written under a temporary name and renamed when complete.",
    )
    export.add_argument("what", choices=["people", "pairs", "checkins"], help="what to export")
    export.add_argument("file", type=Path, metavar="FILE.csv|FILE.xlsx")
    export.add_argument(
        "--programme", metavar="NAME", help="only this programme's people, pairs or check-ins"
    )
    export.set_defaults(run=_export)

    imports = commands.add_parser(
        "import",
        help="import people or check-ins from a .csv or .xlsx file (all rows or none)",
        description="Import people or check-ins from a CSV or Excel file. Columns are "
        "recognised by their names; --map names the others. People already in the database "
        "(same email) are updated; a check-in names its partnership by the reverse mentor's and "
        "the mentee's emails, and one already logged (same partners, date and kind) is not "
        "logged twice. Nothing is written while any row has a problem, unless --skip-bad-rows.",
    )
    imports.add_argument("what", choices=["people", "checkins"], help="what to import")
    imports.add_argument("file", type=Path, metavar="FILE", help="a .csv or .xlsx file")
    imports.add_argument(
        "--programme", metavar="NAME", help="people: enrol those with a role in this programme "
        "(created if it does not exist); check-ins: only this programme's partnerships",
    )  # fmt: skip
    imports.add_argument(
        "--map", action="append", default=[], metavar="COLUMN=field",
        help="read COLUMN as this field (or =ignore); people fields: "
        "given_name family_name full_name email employee_id department job_title level "
        "start_date manager manager_email location external_org offers wants channels hours role "
        "consent_date; "
        "check-in fields: programme reverse_mentor_email mentee_email date kind held "
        "duration_minutes reverse_mentor_rating mentee_rating fit_verdict summary next_steps "
        "next_meeting private_notes",
    )  # fmt: skip
    imports.add_argument(
        "--dates", choices=DATE_ORDERS, metavar="dmy|mdy|ymd",
        help="how the file writes dates that fit both day first and month first, e.g. "
        "01/03/2024 (default: the organisation's setting, else this computer's); a column with "
        "a date like 13/05/2024 or 05/13/2024 is read in the order that date shows",
    )  # fmt: skip
    imports.add_argument(
        "--level", action="append", default=[], metavar="LABEL=LEVEL",
        help="people: read the file's level LABEL as this level of the ladder (=none: no level; "
        '="new above LEVEL" or ="new below LEVEL": add LABEL to the ladder there); remembered '
        "for the next import. A label the ladder lacks and nothing maps leaves the person "
        "without a level",
    )  # fmt: skip
    imports.add_argument(
        "--role", metavar='mentee|"reverse mentor"',
        help="people: enrol everyone in the file in --programme with this role (a role column's "
        "filled cells win)",
    )  # fmt: skip
    imports.add_argument(
        "--role-by-level", metavar="LEVEL",
        help="people: those below this level of the ladder become reverse mentors, those at or "
        "above it mentees (a role column's filled cells win; nobody without a level is enrolled)",
    )  # fmt: skip
    imports.add_argument(
        "--consent-date", metavar="DATE",
        help="people: the date everyone in the file consented, e.g. 2026-03-01 (a consent "
        "column's filled cells win; a consent already recorded is kept); needs --programme",
    )  # fmt: skip
    imports.add_argument(
        "--forget-profile", action="store_true",
        help="match the columns by their names, not as remembered from the last import of a "
        "file with the same columns (an import remembers its columns and, for dates that fit "
        "both orders, its --dates; --map and --dates given now still win)",
    )  # fmt: skip
    imports.add_argument(
        "--dry-run", action="store_true", help="check the file and report; write nothing"
    )
    imports.add_argument(
        "--skip-bad-rows", action="store_true", help="import the good rows, skip the rejected"
    )
    imports.set_defaults(run=_import, writes=lambda args: not args.dry_run)


def _demo(args: argparse.Namespace, url: str) -> int:
    from revmentor_desktop.core.db import open_database
    from revmentor_desktop.core.demo.organisation import create_demo

    with open_database(url) as db:
        summary = create_demo(db, people=args.people, seed=args.seed)
        print(
            f'Created the demo programme "{summary.programme}": {summary.people_text()}, '
            f"{summary.reverse_mentors} reverse mentors and {summary.mentees} mentees enrolled, "
            f"in {db.path or url}"
        )
    return 0


def _export(args: argparse.Namespace, url: str) -> int:
    from revmentor_desktop.core.db import open_database
    from revmentor_desktop.core.services.exports import EXPORT_KINDS

    kind = EXPORT_KINDS[args.what]
    with open_database(url, writer=False) as db:
        rows = kind.write(db, args.file, programme=args.programme)
    print(kind.done_text(rows, args.file))
    return 0


# The all-or-nothing rule's refusal on the command line, naming the option that skips bad rows.
IMPORT_REFUSAL = (
    "{rows} {have} problems, so nothing was imported: correct the file, or import the other rows "
    "with --skip-bad-rows."
)


def _import(args: argparse.Namespace, url: str) -> int:
    from revmentor_desktop.core.db import open_database
    from revmentor_desktop.core.services.imports import checkins, people
    from revmentor_desktop.core.services.imports.dates import ORDER_WORDS, computer_date_order
    from revmentor_desktop.core.services.imports.plan import refuse_rejected_rows, refused
    from revmentor_desktop.core.services.imports.profiles import find_profile
    from revmentor_desktop.paths import sqlite_path

    service = checkins if args.what == "checkins" else people
    whole_file = _whole_file_options(args)  # wrong options fail before the file is read
    table = service.read_table(args.file)  # a bad file fails before the database is locked
    mapping = service.parse_map_options(args.map, table.headers)
    print(f"Read {args.file}: {table.description}")
    # A dry run only reads, so it works while the window has the database open.
    writer, path = not args.dry_run, sqlite_path(url)
    if path is not None and not path.exists():
        if service is checkins:  # check-ins name partnerships: there are none without a database
            raise RevMentorError(f"There is no database at {path}.")
        if args.dry_run:
            # No database yet: check the file against an empty one in memory, creating no file.
            url, writer = "sqlite://", True
    with open_database(url, writer=writer) as db:
        date_order = args.dates
        profile = None
        if not args.forget_profile:
            profile = find_profile(db, service.PROFILE_KIND, table.headers, service.COLUMNS)
        if profile is not None:
            remembered = profile.mapping(table.headers)
            mapping = service.COLUMNS.parse_map_options(args.map, table.headers, remembered)
            line = f"Columns: as remembered from the import of {profile.saved_text}"
            if date_order is None and profile.date_order is not None:
                date_order = profile.date_order
                line += f", with dates that fit both orders read {ORDER_WORDS[date_order]}"
            print(line)
        plan = service.plan_import(
            db, table, mapping, programme=args.programme,
            date_order=date_order, default_date_order=computer_date_order(), **whole_file,
        )  # fmt: skip
        for column in plan.date_orders.values():
            if column.day_month:  # dates like 01/03/2024, whose order had to be decided
                print(f"Dates: {column.sentence()}{_dates_hint(column)}")
        if service is people:
            for line in _level_lines(plan):
                print(line)
        if plan.ignored_columns:
            print("Ignored columns: " + ", ".join(f'"{c}"' for c in plan.ignored_columns))
        for row in plan.rows:
            if row.action == "reject":
                problems = "; ".join(row.problems)
                print(f"{plan.where(row)}: {_rejected_row(args.what, row)} — {problems}")
            elif row.action == "skip" and args.what == "people":  # not a person, or gone
                print(f"{plan.where(row)}: {row.email or row.name} — {row.problems[0]}")
        rejected = f"{plan.rejected:,} rejected" + (" (skipped)" if args.skip_bad_rows else "")
        if args.dry_run:
            print(_imported(args.what, plan, None, rejected))
            _print_nobody_enrolled(args, plan, applied=False)
            print("dry run: nothing was written")
            return 1 if refused(plan, skip_bad_rows=args.skip_bad_rows) else 0
        refuse_rejected_rows(plan, skip_bad_rows=args.skip_bad_rows, refusal=IMPORT_REFUSAL)
        summary = service.apply_import(db, plan, skip_bad_rows=args.skip_bad_rows)
    print(_imported(args.what, plan, summary, rejected))
    _print_nobody_enrolled(args, plan, applied=True)
    return 0


def _whole_file_options(args: argparse.Namespace) -> dict[str, Any]:
    """`revmentor import people`'s --level, --role, --role-by-level and --consent-date as
    plan_import takes them; CommandError when they do not fit together."""
    given = [option for option, value in (("--level", args.level), ("--role", args.role),
             ("--role-by-level", args.role_by_level), ("--consent-date", args.consent_date))
             if value]  # fmt: skip
    if not given:
        return {}
    if args.what != "people":
        raise CommandError(f"{given[0]} is for importing people, not check-ins.")
    from revmentor_desktop.core.services.imports.cells import parse_role
    from revmentor_desktop.core.services.imports.levels import parse_level_options

    for_everyone = [option for option in given if option != "--level"]
    if for_everyone and not args.programme:
        raise CommandError(
            f"{for_everyone[0]} needs --programme: it says how everyone is enrolled in one."
        )
    if args.role and args.role_by_level:
        raise CommandError("Use --role or --role-by-level, not both.")
    options: dict[str, Any] = {"levels": parse_level_options(args.level)}
    if args.role:
        try:
            options["role"] = parse_role(args.role)
        except ValueError:
            options["role"] = None
        if options["role"] is None:
            raise CommandError(f'--role "{args.role}" is not a role: mentee or "reverse mentor".')
    if args.role_by_level:
        options["role_by_level"] = args.role_by_level
    if args.consent_date:
        options["consent_date"] = _one_date("--consent-date", args.consent_date, args.dates)
    return options


def _one_date(option: str, text: str, order: str | None):
    """A date given on the command line; one that reads differently day first and month first
    (01/03/2024) needs --dates, for it is never guessed."""
    from revmentor_desktop.core.services.imports.dates import (
        DATE_EXAMPLE,
        DMY,
        MDY,
        parse_date,
    )

    try:
        day_first, month_first = parse_date(text, DMY), parse_date(text, order or MDY)
    except ValueError:
        raise CommandError(
            f'{option} "{text}" is not a date: write it as {DATE_EXAMPLE}.'
        ) from None
    if day_first != month_first and order is None:
        raise CommandError(
            f'{option} "{text}" could be day first or month first: write it as {DATE_EXAMPLE}.'
        )
    return month_first if order else day_first


def _level_lines(plan) -> list[str]:
    """How the file's levels were read: each mapping, then who comes in without a level."""
    from revmentor_desktop.core.services.imports.levels import (
        mapped_levels_text,
        unknown_levels_text,
    )

    lines = mapped_levels_text(plan.mapped_levels)
    if plan.unknown_levels:
        lines.append(
            f"{unknown_levels_text(plan.unknown_levels)} — map them with "
            f'--level "LABEL=LEVEL" (the ladder: {", ".join(plan.ladder)})'
        )
    if plan.without_role and plan.enrolments and plan.programme:
        lines.append(f"{count(plan.without_role, 'person', 'people')} with no role: not enrolled")
    return lines


def _print_nobody_enrolled(args: argparse.Namespace, plan, *, applied: bool) -> None:
    if args.what == "people" and (text := plan.nobody_enrolled_text(applied=applied)):
        print(f"{text[0].upper()}{text[1:]} — use --role, --role-by-level or a role column.")


def _dates_hint(column) -> str:
    """How to read an ambiguous column the other way."""
    from revmentor_desktop.core.services.imports.dates import ORDER_WORDS

    if not column.ambiguous:
        return ""
    return f"; if they are {ORDER_WORDS[column.other]}, use --dates {column.other}"


def _rejected_row(what: str, row) -> str:
    """Who a rejected row is about: a check-in's pair and date, or a person's email."""
    if what == "checkins":
        return ", ".join(part for part in (row.pair, row.detail) if part)
    return row.email or "(no email)"


def _imported(what: str, plan, summary, rejected: str) -> str:
    """The closing line: what the import wrote, or (no summary: a dry run) what it would write."""
    if what == "checkins":
        return f"{plan.created:,} created, {plan.skipped:,} already logged, {rejected}"
    skipped = "".join(f", {part}" for part in plan.skipped_parts)
    if summary is None:
        enrolled = _enrolled(plan.programme, plan.enrolments, not plan.programme_exists)
        return f"{plan.created:,} created, {plan.updated:,} updated, {rejected}{skipped}{enrolled}"
    enrolled = _enrolled(plan.programme, summary.enrolled, summary.programme_created)
    return (
        f"{summary.created:,} created, {summary.updated:,} updated, {rejected}{skipped}{enrolled}"
    )


def _enrolled(programme: str | None, people: int, new: bool) -> str:
    if programme is None or not people:  # nobody: said on a line of its own
        return ""
    return f', enrolled {people:,} in "{programme}"' + (" (a new programme)" if new else "")
