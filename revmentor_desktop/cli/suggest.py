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
    from revmentor_desktop.core.db import open_database
    from revmentor_desktop.core.matching import Matcher  # numpy and scipy: only this command
    from revmentor_desktop.core.services import suggestions
    from revmentor_desktop.core.services.programmes import load_programme, programme_by_name

    # Reading needs no writer lock, so a suggestion can be previewed while the window is open.
    with open_database(url, writer=args.accept) as db:
        programme_id = programme_by_name(db, args.programme)
        cohort, left_out = suggestions.load_cohort_and_left_out(db, programme_id)
        suggestion = Matcher(cohort).suggest(suggestions.load_matching_settings(db, programme_id))
        report = suggestions.suggestion_report(cohort, suggestion)
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
        print(indented_json(report))
    else:
        print(report_text(report, suggestion.total_score, left_out, nobody))
    if args.accept:
        # With --json, stdout stays one JSON document.
        print(
            f"created {count(len(created), 'draft partnership')}",
            file=sys.stderr if args.json else sys.stdout,
        )
    return 0


# --- `revmentor suggest --json` ------------------------------------------------------------


def indented_json(value: Any) -> str:
    """`json.dumps(value, ensure_ascii=False, indent=2)`, character for character, faster.

    With an indent, `json` falls back to its pure-Python encoder, which yields every comma and
    bracket of a 3 MB report on its own. Here a dict or list of plain values (a pair's reasons,
    an unmatched person), and a list of such dicts (a pair's criteria, everyone not considered),
    go through the C encoder in one call each; only the levels above are walked in Python.
    """
    from json.encoder import c_encode_basestring, c_make_encoder

    if c_make_encoder is None or c_encode_basestring is None:  # a Python built without _json
        import json

        return json.dumps(value, ensure_ascii=False, indent=2)
    # markers, default, string encoder, indent, key separator, item separator, sort_keys,
    # skipkeys, allow_nan: as json.dumps(ensure_ascii=False) makes it, but that the items are
    # separated by NUL, which never appears inside encoded JSON (it is written \u0000).
    encode = c_make_encoder({}, _not_serializable, c_encode_basestring, None, ": ", SEP, False,
                            False, True)  # fmt: skip
    out: list[str] = []
    walking: set[int] = set()  # the containers being written, as json checks for cycles

    def write(item: Any, depth: int) -> None:
        if isinstance(item, dict):
            members, values, brackets = item.items(), item.values(), "{}"
        elif isinstance(item, list | tuple):
            members, values, brackets = enumerate(item), item, "[]"
        else:
            out.append("".join(encode(item, 0)))
            return
        if not item:
            out.append(brackets)
            return
        outer, inner = "\n" + "  " * depth, "\n" + "  " * (depth + 1)
        if all(type(v) in _PLAIN for v in values):
            text = "".join(encode(item, 0))  # "{a\0b}": NUL where a line break goes
            out.append(text[0] + inner + text[1:-1].replace(SEP, "," + inner) + outer + text[-1])
            return
        if brackets == "[]" and all(_flat_dict(v) for v in values):
            # "[{a\0b}\0{c}]": the only NULs between a "}" and a "{" separate the dicts,
            # since a plain value never ends with "}".
            deeper = "\n" + "  " * (depth + 2)
            text = "".join(encode(item, 0))[2:-2]
            text = text.replace("}" + SEP + "{", inner.join(("", "},", "{")) + "\x01")
            text = text.replace(SEP, "," + deeper).replace("\x01", deeper)
            out.append("[" + inner + "{" + deeper + text + inner + "}" + outer + "]")
            return
        if id(item) in walking:
            raise ValueError("Circular reference detected")
        walking.add(id(item))
        separator = inner
        out.append(brackets[0])
        for key, member in members:
            out.append(separator)
            separator = "," + inner
            if brackets == "{}":
                out.append("".join(encode(key if type(key) is str else _key(key), 0)) + ": ")
            if type(member) in _PLAIN:  # most values: spare a call
                out.append("".join(encode(member, 0)))
            else:
                write(member, depth + 1)
        out.append(outer + brackets[1])
        walking.discard(id(item))

    write(value, 0)
    return "".join(out)


SEP = "\x00"
_PLAIN = frozenset({str, int, float, bool, type(None)})


def _flat_dict(item: Any) -> bool:
    return type(item) is dict and bool(item) and all(type(v) in _PLAIN for v in item.values())


def _key(key: Any) -> str:
    """A key that is not a string as `json` writes it: 1 as "1", True as "true"."""
    if key is None or isinstance(key, int | float):
        import json

        return json.dumps(key)
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")


def _not_serializable(item: Any) -> Any:
    raise TypeError(f"Object of type {type(item).__name__} is not JSON serializable")


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
