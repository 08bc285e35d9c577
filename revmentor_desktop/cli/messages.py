"""`revmentor messages`: ready messages for the pairs, as .eml drafts or mailto: links."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

# On the command line "thank-you", as people type it; the services' kind is "thank_you".
KIND_CHOICES = ("introduction", "reminder", "survey", "thank-you")
SETTINGS_HINT = (
    "no coordinator's email is set, so the messages have no sender and the introductions no "
    "meeting invitation: set it in the window under File → Organisation settings…"
)


def add_commands(commands: argparse._SubParsersAction) -> None:
    messages = commands.add_parser(
        "messages",
        help="write messages for the pairs as email drafts (.eml) or mailto: links",
        description="Write ready messages for the pairs of a programme, to send from your own "
        "mail program: an introduction for each accepted pair (with the agreement and the "
        "meeting series attached where they exist), a reminder for stalled pairs and overdue "
        "reviews, a survey request when a review is due, a thank-you at the end. RevMentor "
        "never sends mail itself.",
    )
    messages.add_argument(
        "kind", choices=KIND_CHOICES, metavar="KIND", help=", ".join(KIND_CHOICES)
    )
    messages.add_argument("--programme", required=True, metavar="NAME", help="the programme")
    output = messages.add_mutually_exclusive_group(required=True)
    output.add_argument(
        "-o", "--output", type=Path, metavar="FOLDER", help="write one .eml file per pair here"
    )
    output.add_argument(
        "--mailto", action="store_true", help="print one mailto: link per pair (no attachments)"
    )
    messages.add_argument(
        "--partnership",
        type=int,
        action="append",
        metavar="ID",
        help="only this partnership (repeat for several); default: every pair it is for",
    )
    # Attaching a meeting series counts as exporting it (its SEQUENCE), a change to the database.
    messages.set_defaults(run=_messages, writes=_writes)


def _writes(args: argparse.Namespace) -> bool:
    return args.kind == "introduction" and not args.mailto


def _messages(args: argparse.Namespace, url: str) -> int:
    import sys

    from revmentor_desktop.core.db import open_database
    from revmentor_desktop.core.errors import RevMentorError
    from revmentor_desktop.core.services import messages
    from revmentor_desktop.core.services.programmes import programme_by_name

    kind = args.kind.replace("-", "_")
    today = date.today()
    with open_database(url, writer=_writes(args)) as db:
        programme_id = programme_by_name(db, args.programme)
        found = messages.candidates(db, programme_id, kind, today)
        ids = [c.partnership_id for c in found]
        if args.partnership:
            unknown = [pid for pid in args.partnership if pid not in ids]
            if unknown:
                listed = ", ".join(map(str, unknown))
                raise RevMentorError(
                    f'Not for partnership {listed} in "{args.programme}" today: '
                    f"{messages.plural_noun(kind)} are for {messages.KIND_PAIRS[kind]}."
                )
            ids = [pid for pid in ids if pid in args.partnership]
        if not ids:
            noun = messages.plural_noun(kind)
            print(
                f'No pair in "{args.programme}" needs one today: {noun} are for '
                f"{messages.KIND_PAIRS[kind]}."
            )
            return 0
        built = messages.build_messages(db, programme_id, kind, ids, today)
        if not built[0].sender:
            print(f"revmentor: note: {SETTINGS_HINT}", file=sys.stderr)
        if args.mailto:
            for message in built:
                print(messages.mailto_link(message))
            return 0
        args.output.mkdir(parents=True, exist_ok=True)
        paths = messages.write_messages(built, args.output)
    for path in paths:
        print(path)
    print(f"Wrote {messages.summary(len(paths), kind)} to {args.output}")
    return 0
