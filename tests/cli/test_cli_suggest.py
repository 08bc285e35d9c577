"""`revmentor suggest`: the JSON report, the readable table, --accept, and errors as one line."""

import json
import re
import subprocess
import sys

import pytest
from sqlalchemy import select

from revmentor_desktop.cli import main
from revmentor_desktop.core.db import open_database
from revmentor_desktop.core.db.lock import WriterLock
from revmentor_desktop.core.db.models import Partnership, PartnershipStatus, Programme
from revmentor_desktop.core.matching import CRITERIA
from revmentor_desktop.paths import sqlite_path

pytestmark = pytest.mark.both_engines

PROGRAMME = "Reverse Mentoring 2026/27"
PAIR_KEYS = {"mentor_email", "mentor_name", "mentee_email", "mentee_name", "score", "reasons",
             "locked", "criteria"}  # fmt: skip
CRITERION_KEYS = {"key", "label", "weight", "score", "explanation"}
UNMATCHED_KEYS = {"email", "name", "role", "reason"}
SUMMARY = re.compile(
    r"^(\d+) pairs? suggested, total score ([\d,]+\.\d); ([\d,]+) (?:person|people) unmatched$"
)


# The demo comes with partnerships of its own; `drafts` leaves those out.
_DEMO_PARTNERSHIPS: dict = {}


@pytest.fixture
def demo_db(engine_url, capsys):
    """The demo organisation in this test's database: its `--db` URL."""
    assert main(["--db", engine_url, "demo", "--people", "120", "--seed", "7"]) == 0
    capsys.readouterr()
    _DEMO_PARTNERSHIPS[engine_url] = {p.id for p in drafts(engine_url)}
    return engine_url


def suggest(capsys, url, *options):
    code = main(["--db", url, "suggest", "--programme", PROGRAMME, *options])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out, captured.err


def drafts(url):
    """The partnerships made since the demo was created."""
    with open_database(url, writer=False) as db, db.session() as session:
        made = session.scalars(select(Partnership).order_by(Partnership.id))
        return [p for p in made if p.id not in _DEMO_PARTNERSHIPS.get(url, ())]


def test_json_report_has_exactly_the_documented_shape(demo_db, capsys):
    code, out, err = suggest(capsys, demo_db, "--json")
    assert (code, err) == (0, "")
    report = json.loads(out)
    assert set(report) == {"pairs", "unmatched", "not_considered"}
    assert len(report["pairs"]) >= 5  # the demo has already paired some of its people
    scores = [pair["score"] for pair in report["pairs"]]
    assert scores == sorted(scores, reverse=True)  # best first
    emails = set()
    for pair in report["pairs"]:
        assert set(pair) == PAIR_KEYS
        assert pair["score"] == round(pair["score"], 1) and 0 <= pair["score"] <= 100
        assert "@" in pair["mentor_email"] and "@" in pair["mentee_email"]
        assert pair["mentor_name"] and pair["mentee_name"]
        assert pair["reasons"] and all(isinstance(r, str) and r for r in pair["reasons"])
        assert pair["locked"] is False
        assert [c["key"] for c in pair["criteria"]] == [
            key for key in CRITERIA if key in {c["key"] for c in pair["criteria"]}
        ]  # in the engine's order
        for criterion in pair["criteria"]:
            assert set(criterion) == CRITERION_KEYS
            assert criterion["label"] == CRITERIA[criterion["key"]]
            assert criterion["weight"] in {"low", "medium", "high", "must"}  # never "off"
            assert 0 <= criterion["score"] <= 1
        emails.add(pair["mentor_email"])
    assert len(emails) == len(report["pairs"])  # demo reverse mentors take one partner each
    for person in report["unmatched"]:
        assert set(person) == UNMATCHED_KEYS
        assert person["role"] in {"reverse_mentor", "mentee"} and person["reason"]
    # Names in any script stay readable, and the layout is indented by two.
    assert "\\u" not in out
    assert out.startswith('{\n  "pairs": [\n    {\n      "mentor_email"')
    assert drafts(demo_db) == []  # a suggestion alone writes nothing


def test_readable_table_agrees_with_the_json(demo_db, capsys):
    _, out, _ = suggest(capsys, demo_db, "--json")
    report = json.loads(out)
    code, out, err = suggest(capsys, demo_db)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert re.match(r"^Score  Reverse mentor +Mentee +Why$", lines[0])
    count, total, unmatched = SUMMARY.match(lines[-1]).groups()
    assert int(count) == len(report["pairs"])
    assert int(unmatched) == len(report["unmatched"])
    assert float(total.replace(",", "")) == pytest.approx(
        sum(p["score"] for p in report["pairs"]), abs=0.1 * len(report["pairs"])
    )
    rows = lines[1 : 1 + len(report["pairs"])]
    for row, pair in zip(rows, report["pairs"], strict=True):
        assert row.startswith(f"{pair['score']:5.1f}  ")
        assert pair["mentor_name"][:10] in row and pair["mentee_name"][:10] in row
        assert "; ".join(pair["reasons"][:2])[:40] in row
    if report["unmatched"]:
        assert "Unmatched:" in lines
        first = report["unmatched"][0]
        assert f"  {first['name']} <{first['email']}>" in out and first["reason"] in out


def test_accept_creates_drafts_and_the_next_run_suggests_only_the_rest(demo_db, capsys):
    _, out, _ = suggest(capsys, demo_db, "--json")
    suggested = json.loads(out)["pairs"]
    code, out, err = suggest(capsys, demo_db, "--accept")
    assert (code, err) == (0, "")
    assert out.splitlines()[-1] == f"created {len(suggested)} draft partnerships"
    made = drafts(demo_db)
    assert len(made) == len(suggested)
    assert {(p.status, p.wizard_step) for p in made} == {(PartnershipStatus.DRAFT, 1)}
    assert sorted(p.match_score for p in made) == pytest.approx(
        sorted(p["score"] for p in suggested), abs=0.05
    )
    assert all(p.match_breakdown and p.start_date for p in made)
    # Everyone paired used their place: what is left is only the still-open capacity.
    code, out, _ = suggest(capsys, demo_db, "--json")
    again = json.loads(out)["pairs"]
    before = {(p["mentor_email"], p["mentee_email"]) for p in suggested}
    assert not before & {(p["mentor_email"], p["mentee_email"]) for p in again}
    assert not {p["mentor_email"] for p in suggested} & {p["mentor_email"] for p in again}
    assert main(["--db", demo_db, "check"]) == 0
    assert "OK: no problems found" in capsys.readouterr().out


def test_accept_with_json_keeps_stdout_one_json_document(demo_db, capsys):
    code, out, err = suggest(capsys, demo_db, "--json", "--accept")
    assert code == 0
    pairs = json.loads(out)["pairs"]
    assert err == f"created {len(pairs)} draft partnerships\n"
    assert len(drafts(demo_db)) == len(pairs)


def test_unknown_programme_lists_the_programmes(demo_db, capsys):
    assert main(["--db", demo_db, "suggest", "--programme", "Pilot", "--accept"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert lines == [
        f'revmentor: error: There is no programme called "Pilot"; the programmes are: '
        f'"{PROGRAMME}".'
    ]


@pytest.mark.parametrize(
    ("argv", "code", "words"),
    [
        (["suggest"], 2, "the following arguments are required: --programme"),
        (["suggest", "--programme", PROGRAMME, "--frobnicate"], 2, "unrecognized arguments"),
        (["--db", "{tmp}/missing.sqlite", "suggest", "--programme", "X"], 1, "no database"),
    ],
)
def test_errors_are_one_line_with_an_exit_code(argv, code, words, tmp_path, capsys):
    argv = [a.format(tmp=tmp_path) for a in argv]
    assert main(argv) == code
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and words in lines[0], captured.err
    assert not (tmp_path / "missing.sqlite").exists()


def test_accepting_needs_the_writer_lock_but_suggesting_does_not(sqlite_file, demo_db, capsys):
    with WriterLock(sqlite_path(demo_db), program="RevMentor window"):
        code, out, err = suggest(capsys, demo_db, "--accept")
        assert code == 1 and out == ""
        assert "already open for writing by RevMentor window" in err
        assert len(err.strip().splitlines()) == 1
        code, out, _ = suggest(capsys, demo_db)
        assert code == 0 and SUMMARY.match(out.splitlines()[-1])
    assert drafts(demo_db) == []


def test_an_empty_programme_suggests_nothing(engine_url, capsys):
    with open_database(engine_url) as db, db.session() as session, session.begin():
        session.add(Programme(name="Empty"))
    code = main(["--db", engine_url, "suggest", "--programme", "empty", "--accept"])
    out = capsys.readouterr().out
    assert code == 0
    assert out.splitlines() == [
        "Nobody to suggest pairs for: there is nobody in the organisation yet — add people "
        "under People, or import them.",
        "",
        "Not considered: nobody",
        "",
        "0 pairs suggested, total score 0.0; 0 people unmatched",
        "created 0 draft partnerships",
    ]


def test_starting_the_command_line_does_not_load_numpy_or_scipy():
    code = (
        "import sys, revmentor_desktop.cli as cli; cli.build_parser(); "
        "print(sorted(m for m in ('numpy', 'scipy') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)  # fmt: skip
    assert result.stdout.strip() == "[]"
