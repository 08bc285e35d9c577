"""`revmentor suggest`: pair suggestions, as a table for a terminal or as JSON."""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from revmentor_desktop.core.text import count

if TYPE_CHECKING:  # the services load with the command that needs them
    from revmentor_desktop.core.services.suggestions import NotConsidered


def add_commands(commands: argparse._SubParsersAction) -> None:
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
    suggest.set_defaults(run=_suggest, writes=lambda args: args.accept)


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
