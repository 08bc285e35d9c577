"""`revmentor person export|erase|due|requests`: one person's data, erasure and the audit trail."""

from __future__ import annotations

import argparse
from pathlib import Path

from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.text import count, plural


def add_commands(commands: argparse._SubParsersAction) -> None:
    person = commands.add_parser(
        "person",
        help="one person's data: export it, erase them, who is due for erasure, the requests",
        description="Data-protection requests about one person, by their email address: export "
        "everything held about them, or erase them; list the people due for erasure under the "
        "organisation's retention setting, and the requests made so far (never whom they were "
        "about).",
    )
    actions = person.add_subparsers(dest="person_command", metavar="ACTION", required=True)

    export = actions.add_parser(
        "export",
        help="write everything held about the person to a JSON file",
        description="Write everything RevMentor holds about the person to a JSON file for them: "
        "a summary in plain words first, then their record, skills, programmes, partnerships "
        "(with the agreement, goals and every check-in, private notes included) and the pairing "
        "preferences and decisions that name them. The file is readable by you alone.",
    )
    export.add_argument("email", metavar="EMAIL")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.json")
    export.set_defaults(run=_export)

    erase = actions.add_parser(
        "erase",
        help="erase the person (needs --yes); their partnerships stay as 'Erased partner'",
        description="Erase the person: their record, skills, enrolments, pairing preferences by "
        "or about them, pair decisions naming them and their line-manager links go; their "
        "partnerships stay for the programme's statistics with 'Erased partner', without the "
        "agreement's wording or the check-ins' notes, summaries and next steps. Deleted space "
        "is overwritten and the file rebuilt, so nothing of them is left in it. Without --yes "
        "it only says what would go.",
    )
    erase.add_argument("email", metavar="EMAIL")
    erase.add_argument("--yes", action="store_true", help="erase without asking")
    erase.add_argument(
        "--prune-backups", action="store_true",
        help="also delete this database's backups that still hold the person",
    )  # fmt: skip
    erase.set_defaults(run=_erase)

    due = actions.add_parser(
        "due",
        help="people due for erasure: left, or their programmes closed, long enough ago",
        description="List the people who left (archived) or whose programmes all closed longer "
        "ago than the organisation's retention setting (24 months unless changed in the "
        "organisation settings), and who take part in nothing current.",
    )
    due.add_argument(
        "--months", type=int, metavar="N", help="use N months instead of the organisation's setting"
    )
    due.set_defaults(run=_due)

    requests = actions.add_parser(
        "requests", help="the audit trail of exports and erasures (never whom they were about)"
    )
    requests.set_defaults(run=_requests)


def _export(args: argparse.Namespace, url: str) -> int:
    from revmentor_desktop.core.db import open_database
    from revmentor_desktop.core.services.people.data_export import save_person_export

    with open_database(url) as db:  # a writer: the request goes into the audit trail
        result = save_person_export(db, args.email, args.output)
    print(
        f"Exported {count(result.records, 'record')} about {args.email} to {result.path} "
        f"(request {result.request})"
    )
    return 0


def _erase(args: argparse.Namespace, url: str) -> int:
    from revmentor_desktop.core.db import open_database
    from revmentor_desktop.core.services.people.erasure import erase_person, erase_plan
    from revmentor_desktop.core.services.people.erasure_backups import backups_holding_email

    with open_database(url) as db:
        try:
            plan = erase_plan(db, args.email)
        except RevMentorError:
            # Erased before, perhaps without pruning: their backups can still be found.
            if args.prune_backups and (backups := backups_holding_email(db, args.email)):
                return _prune_only(args, db, backups)
            raise
        if not args.yes:
            print(f"Erasing {plan.name} ({plan.email}) would remove or change:")
            for line in plan.sentences():
                print(f"  - {line}")
            raise RevMentorError(f"Nothing was erased: add --yes to erase {plan.name}.")
        result = erase_person(db, args.email)
        print(
            f"Erased {plan.name} ({count(plan.records, 'record')} removed or changed, "
            f"request {result.request})"
        )
        if not result.file_cleaned:
            print(
                "Note: another program was reading the database, so its write-ahead log could "
                "not be emptied yet; it is emptied when the database is next closed."
            )
        _report_backups(args, db, result.request, result.backups)
    return 0


def _report_backups(args, db, request: int | None, backups) -> None:
    from revmentor_desktop.core.services.people.erasure_backups import delete_backups_holding

    if not backups:
        print("No backup of this database holds them.")
        return
    names = "\n".join(f"  {b.path}" for b in backups)
    if args.prune_backups:
        deleted = delete_backups_holding(db, request, backups)
        print(f"Deleted {count(deleted, 'backup')} that still held them:\n{names}")
    else:
        print(
            f"{count(len(backups), 'backup')} still {plural(len(backups), 'holds', 'hold')} "
            f"them:\n{names}\nDelete {plural(len(backups), 'it', 'them')} with "
            f"`revmentor person erase {args.email} --yes --prune-backups`."
        )


def _prune_only(args, db, backups) -> int:
    if not args.yes:
        print(f"Nobody in the database has the email {args.email}, but these backups hold it:")
        for backup in backups:
            print(f"  {backup.path}")
        raise RevMentorError("Nothing was deleted: add --yes to delete these backups.")
    print(f"Nobody in the database has the email {args.email}.")
    _report_backups(args, db, None, backups)
    return 0


def _due(args: argparse.Namespace, url: str) -> int:
    from revmentor_desktop.core.db import open_database
    from revmentor_desktop.core.services.organisation import (
        RETENTION_MAX,
        RETENTION_MIN,
        retention_months_setting,
    )
    from revmentor_desktop.core.services.people.retention import people_due

    if args.months is not None and not RETENTION_MIN <= args.months <= RETENTION_MAX:
        raise RevMentorError(f"--months must be from {RETENTION_MIN} to {RETENTION_MAX}.")
    with open_database(url, writer=False) as db:
        months = args.months or retention_months_setting(db)
        due = people_due(db, months=months)
    for person in due:
        print(f"{person.name} <{person.email}>: {person.reason}")
    kept = f"personal data kept {count(months, 'month')} after people leave"
    if due:
        print(f"{count(len(due), 'person', 'people')} due for erasure ({kept})")
    else:
        print(f"Nobody is due for erasure ({kept})")
    return 0


def _requests(args: argparse.Namespace, url: str) -> int:
    from revmentor_desktop.core.db import open_database
    from revmentor_desktop.core.services.people.requests import list_requests

    with open_database(url, writer=False) as db:
        requests = list_requests(db)
    for request in requests:
        backups = f", {request.backups_text}" if request.backups_text else ""
        print(
            f"{request.number:>4}  {request.when}  {request.kind_label:<8} by {request.made_by}: "
            f"{count(request.records, 'record')}{backups}"
        )
    if not requests:
        print("No data-protection requests yet")
    return 0
