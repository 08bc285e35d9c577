"""`revmentor agreement` and `report`: the PDF documents."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_commands(commands: argparse._SubParsersAction) -> None:
    agreement = commands.add_parser(
        "agreement",
        help="write a partnership's agreement as a PDF",
        description="Write the partnership agreement (both parties, goals both ways, how they "
        "meet, ground rules, review dates and signature lines) as a PDF.",
    )
    agreement.add_argument("partnership", type=int, metavar="PARTNERSHIP_ID")
    agreement.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    agreement.set_defaults(run=_agreement)

    report = commands.add_parser(
        "report",
        help="write a programme or partnership report, or a programme's evaluation, as a PDF",
        description="Write a report for managers: headline figures, charts, the pairs with "
        "their last check-in and goal progress, and who needs attention; or, with --evaluation, "
        "a programme's one-page evaluation for leadership: ratings, recommendation, learning in "
        "both directions, goals achieved and participation. Never private notes or sensitive "
        "fields.",
    )
    which = report.add_mutually_exclusive_group(required=True)
    which.add_argument("--programme", metavar="NAME", help="a whole programme")
    which.add_argument("--partnership", type=int, metavar="ID", help="one partnership")
    report.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    report.add_argument(
        "--evaluation",
        action="store_true",
        help="the programme's evaluation for leadership instead (with --programme)",
    )
    report.add_argument(
        "--anonymise",
        action="store_true",
        help="pairs as “Pair 1”, “Pair 2” … without names; in an evaluation, no figure that "
        "fewer than five people stand behind",
    )
    report.set_defaults(run=_report)


def _agreement(args: argparse.Namespace, url: str) -> int:
    from revmentor_desktop.core.db import open_database
    from revmentor_desktop.core.services.pdf_files import save_agreement

    with open_database(url, writer=False) as db:
        path = save_agreement(db, args.partnership, args.output)
    print(f"Wrote the agreement of partnership {args.partnership} to {path}")
    return 0


def _report(args: argparse.Namespace, url: str) -> int:
    from revmentor_desktop.core.db import open_database
    from revmentor_desktop.core.errors import RevMentorError
    from revmentor_desktop.core.services import pdf_files
    from revmentor_desktop.core.services.programmes import programme_by_name

    if args.evaluation and args.programme is None:
        raise RevMentorError("--evaluation is for a whole programme: use it with --programme NAME.")
    with open_database(url, writer=False) as db:
        if args.evaluation:
            programme_id = programme_by_name(db, args.programme)
            path = pdf_files.save_evaluation(
                db, programme_id, args.output, anonymise=args.anonymise
            )
            what = f'the evaluation of "{args.programme}"'
        elif args.programme is not None:
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
