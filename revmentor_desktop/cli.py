"""The `revmentor` command: opens the window, or runs one task over the same services."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from revmentor_desktop import __version__
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.text import count
from revmentor_desktop.paths import DB_ENV, database_url

if TYPE_CHECKING:  # the services load with the command that needs them
    from revmentor_desktop.core.services.suggestions import NotConsidered

log = logging.getLogger("revmentor_desktop.cli")


class CommandError(RevMentorError):
    """The command line itself is wrong (unknown option, missing argument)."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line instead of argparse's usage dump
        raise CommandError(f"{message} (see revmentor --help)")


def build_parser() -> Parser:
    from revmentor_desktop.core.services.imports.dates import DATE_ORDERS

    parser = Parser(
        prog="revmentor",
        description="RevMentor Desktop: run a reverse-mentoring programme on this computer. "
        "Without a command it opens the window.",
    )
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help=f"database file or SQLAlchemy URL (default: ${DB_ENV}, else the user's data folder)",
    )
    parser.add_argument("--version", action="version", version=f"revmentor {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="fill a new database with a realistic demo programme")
    demo.add_argument("--people", type=int, default=120, metavar="N", help="how many (120)")
    demo.add_argument("--seed", type=int, metavar="S", help="random seed: same seed, same data")

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

    commands.add_parser("check", help="check the database's integrity and the app's rules")

    suggest = commands.add_parser(
        "suggest",
        help="suggest reverse mentor / mentee pairs for a programme",
        description="Suggest the best pairs for everyone in the programme who still has room "
        "for a partner, with the programme's weights and rules, and say why each pair fits, "
        "why anyone is left over, and who was not considered at all and why (not enrolled, no "
        "consent recorded, …).",
    )
    suggest.add_argument("--programme", required=True, metavar="NAME", help="the programme")
    suggest.add_argument("--json", action="store_true", help="print the suggestion as JSON")
    suggest.add_argument(
        "--accept", action="store_true", help="turn the suggested pairs into draft partnerships"
    )

    agreement = commands.add_parser(
        "agreement",
        help="write a partnership's agreement as a PDF",
        description="Write the partnership agreement (both parties, goals both ways, how they "
        "meet, ground rules, review dates and signature lines) as a PDF.",
    )
    agreement.add_argument("partnership", type=int, metavar="PARTNERSHIP_ID")
    agreement.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")

    report = commands.add_parser(
        "report",
        help="write a programme or partnership report for managers as a PDF",
        description="Write a report for managers: headline figures, charts, the pairs with "
        "their last check-in and goal progress, and who needs attention. Never private notes "
        "or sensitive fields.",
    )
    which = report.add_mutually_exclusive_group(required=True)
    which.add_argument("--programme", metavar="NAME", help="a whole programme")
    which.add_argument("--partnership", type=int, metavar="ID", help="one partnership")
    report.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    report.add_argument(
        "--anonymise", action="store_true", help="pairs as “Pair 1”, “Pair 2” … without names"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    from revmentor_desktop.logs import setup_logging

    log_path = "the log file"
    for stream in (sys.stdout, sys.stderr):
        # Names in any script must not crash a console that cannot show them (e.g. cp1252).
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    try:
        args = build_parser().parse_args(argv)
        log_path = setup_logging()
        log.info("revmentor %s: %s", __version__, args.command or "window")
        url = database_url(args.db)
        if args.command is None:
            from revmentor_desktop.gui.app import run

            # Only the very first start on the default database fills it with the demo.
            uses_default = not args.db and not os.environ.get(DB_ENV)
            return run(url, demo_if_new=uses_default)
        return COMMANDS[args.command](args, url)
    except RevMentorError as exc:
        print(f"revmentor: error: {exc}", file=sys.stderr)
        return 2 if isinstance(exc, CommandError) else 1
    except BrokenPipeError:
        # The reader stopped early (e.g. `revmentor suggest … | head`): not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("revmentor: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: keep the traceback in the log, not in the user's face
        log.exception("Unexpected error")
        print(
            f"revmentor: error: unexpected {type(exc).__name__}: {exc} (details in {log_path})",
            file=sys.stderr,
        )
        return 1


def _demo(args: argparse.Namespace, url: str) -> int:
    from revmentor_desktop.core.db import open_database
    from revmentor_desktop.core.demo.organisation import create_demo

    with open_database(url) as db:
        summary = create_demo(db, people=args.people, seed=args.seed)
        print(
            f'Created the demo programme "{summary.programme}": {summary.people:,} people, '
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
    from revmentor_desktop.core.services.imports.levels import parse_level_options
    from revmentor_desktop.core.services.imports.tables import parse_role

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


def _agreement(args: argparse.Namespace, url: str) -> int:
    from revmentor_desktop.core.db import open_database
    from revmentor_desktop.core.services.pdf_files import save_agreement

    with open_database(url, writer=False) as db:
        path = save_agreement(db, args.partnership, args.output)
    print(f"Wrote the agreement of partnership {args.partnership} to {path}")
    return 0


def _report(args: argparse.Namespace, url: str) -> int:
    from revmentor_desktop.core.db import open_database
    from revmentor_desktop.core.services import pdf_files
    from revmentor_desktop.core.services.programmes import programme_by_name

    with open_database(url, writer=False) as db:
        if args.programme is not None:
            programme_id = programme_by_name(db, args.programme)
            path = pdf_files.save_programme_report(
                db, programme_id, args.output, anonymise=args.anonymise
            )
            what = f'the report of "{args.programme}"'
        else:
            path = pdf_files.save_partnership_report(
                db, args.partnership, args.output, anonymise=args.anonymise
            )
            what = f"the report of partnership {args.partnership}"
    print(f"Wrote {what}{' (anonymised)' if args.anonymise else ''} to {path}")
    return 0


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


def _suggest(args: argparse.Namespace, url: str) -> int:
    import json

    from revmentor_desktop.core.db import open_database
    from revmentor_desktop.core.matching import Matcher  # numpy and scipy: only this command
    from revmentor_desktop.core.services import suggestions
    from revmentor_desktop.core.services.programmes import load_programme, programme_by_name

    # Reading needs no writer lock, so a suggestion can be previewed while the window is open.
    with open_database(url, writer=args.accept) as db:
        programme_id = programme_by_name(db, args.programme)
        cohort = suggestions.load_cohort(db, programme_id)
        suggestion = Matcher(cohort).suggest(suggestions.load_matching_settings(db, programme_id))
        report = suggestions.suggestion_report(cohort, suggestion)
        left_out = suggestions.not_considered(db, programme_id)
        report["not_considered"] = [
            {"email": p.email, "name": p.name, "reason": p.reason} for p in left_out
        ]
        nobody = ""
        if not (cohort.mentors or cohort.mentees):
            name = load_programme(db, programme_id).name
            nobody = suggestions.nobody_to_suggest(name, left_out)
        # Accepted before anything is printed: a refusal is then the only output.
        created = (
            suggestions.accept_pairs(db, programme_id, suggestion.pairs) if args.accept else []
        )
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(report_text(report, suggestion.total_score, left_out, nobody))
    if args.accept:
        # With --json, stdout stays one JSON document.
        print(
            f"created {count(len(created), 'draft partnership')}",
            file=sys.stderr if args.json else sys.stdout,
        )
    return 0


# --- `revmentor suggest` in a terminal ----------------------------------------------------

NAME_COLUMN_MAX = 28  # terminal columns for a name


def _width(text: str) -> int:
    """Columns a terminal gives `text`: wide (CJK) characters take two, accents none."""
    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        for ch in text
    )


def _cell(text: str, width: int) -> str:
    if _width(text) > width:
        while _width(text + "…") > width:
            text = text[:-1]
        text += "…"
    return text + " " * (width - _width(text))


# A reason shared by this many people or fewer lists their emails; more, only how many.
EMAILS_LISTED_UP_TO = 5


def _not_considered_lines(people: Iterable[NotConsidered]) -> list[str]:
    """ "Not considered:" and a line per reason: how many, and who when they are few."""
    from revmentor_desktop.core.services.suggestions import by_reason

    groups = by_reason(people)
    if not groups:
        return ["Not considered: nobody"]
    lines = ["Not considered:"]
    for kind, group in groups:
        line = f"  {count(len(group), 'person', 'people')} {kind.words}"
        if len(group) <= EMAILS_LISTED_UP_TO:
            line += ": " + ", ".join(p.email for p in group)
        lines.append(line)
    return lines


def report_text(
    report: dict[str, list[dict[str, Any]]],
    total_score: float,
    not_considered: Iterable[NotConsidered] | None = None,
    nobody: str = "",
) -> str:
    """The suggestion as a table to read in a terminal, ending with a one-line summary.

    Before the summary, who was not considered and why (when `not_considered` is given), and
    first, `nobody`: the sentence that says why the cohort is empty.
    """
    from revmentor_desktop.core.db.models import Role
    from revmentor_desktop.core.vocabulary import ROLE_LABELS

    pairs, unmatched = report["pairs"], report["unmatched"]
    lines = [nobody] if nobody else []
    if pairs:
        names = [(p["mentor_name"], p["mentee_name"]) for p in pairs]
        mentor_w = min(NAME_COLUMN_MAX, max(_width("Reverse mentor"),
                                            *(_width(m) for m, _ in names)))  # fmt: skip
        mentee_w = min(NAME_COLUMN_MAX, max(_width("Mentee"), *(_width(m) for _, m in names)))
        lines.append(
            f"Score  {_cell('Reverse mentor', mentor_w)}  {_cell('Mentee', mentee_w)}  Why"
        )
        for pair in pairs:
            why = "; ".join(pair["reasons"][:2])
            if pair["locked"]:
                why = "[locked] " + why
            lines.append(
                f"{pair['score']:5.1f}  {_cell(pair['mentor_name'], mentor_w)}  "
                f"{_cell(pair['mentee_name'], mentee_w)}  {why}".rstrip()
            )
    if unmatched:
        if lines:
            lines.append("")
        lines.append("Unmatched:")
        for person in unmatched:
            role = ROLE_LABELS[Role(person["role"])].lower()
            lines.append(f"  {person['name']} <{person['email']}>, {role}: {person['reason']}")
    if not_considered is not None:
        if lines:
            lines.append("")
        lines.extend(_not_considered_lines(not_considered))
    if lines:
        lines.append("")
    lines.append(
        f"{count(len(pairs), 'pair')} suggested, total score {total_score:,.1f}; "
        f"{count(len(unmatched), 'person', 'people')} unmatched"
    )
    return "\n".join(lines)


COMMANDS = {
    "demo": _demo, "export": _export, "import": _import, "check": _check, "suggest": _suggest,
    "agreement": _agreement, "report": _report,
}  # fmt: skip
