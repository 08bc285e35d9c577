"""`revmentor suggest` always says who was not considered and why, in text and in JSON."""

import json
import re

import pytest
from factories import run_cli, write_csv

from revmentor_desktop.core.db import open_database
from revmentor_desktop.core.db.models import Programme

pytestmark = pytest.mark.both_engines

PROGRAMME = "Cohort 2026"
HEADERS = ["Email", "First name", "Surname", "Grade"]
SUMMARY = re.compile(r"^\d+ pairs? suggested, total score [\d,]+\.\d; [\d,]+ (?:person|people) "
                     r"unmatched$")  # fmt: skip


@pytest.fixture
def database(engine_url):
    """A new database with the programme "Cohort 2026" and nobody in it: its `--db` URL."""
    with open_database(engine_url) as db, db.session() as session, session.begin():
        session.add(Programme(name=PROGRAMME))
    return engine_url


def import_people(capsys, database, tmp_path, rows, *options):
    code, _, err = run_cli(capsys, database, "import", "people",
                           write_csv(tmp_path / "people.csv", rows), *options)  # fmt: skip
    assert (code, err) == (0, "")


def suggest(capsys, database, *options):
    code, out, err = run_cli(capsys, database, "suggest", "--programme", PROGRAMME, *options)
    assert (code, err) == (0, "")
    return json.loads(out) if "--json" in options else out.splitlines()


def test_a_file_without_role_or_consent_enrols_nobody_and_suggest_says_why(
    database, tmp_path, capsys
):
    import_people(capsys, database, tmp_path, [
        HEADERS,
        ["kim@x.org", "Kim", "Lee", "Associate"],
        ["ana@x.org", "Ana", "Silva", "Executive"],
        ["bo@x.org", "Bo", "Chen", "Manager"],
    ])  # fmt: skip
    report = suggest(capsys, database, "--json")
    assert (report["pairs"], report["unmatched"]) == ([], [])
    assert report["not_considered"] == [
        {"email": "ana@x.org", "name": "Ana Silva", "reason": "not enrolled in this programme"},
        {"email": "bo@x.org", "name": "Bo Chen", "reason": "not enrolled in this programme"},
        {"email": "kim@x.org", "name": "Kim Lee", "reason": "not enrolled in this programme"},
    ]
    assert suggest(capsys, database) == [
        f'Nobody to suggest pairs for: 3 people are not enrolled in "{PROGRAMME}" — enrol them '
        "under Programmes, or import them with a role column.",
        "",
        "Not considered:",
        "  3 people not enrolled in this programme: ana@x.org, bo@x.org, kim@x.org",
        "",
        "0 pairs suggested, total score 0.0; 0 people unmatched",
    ]


def test_enrolled_without_consent_is_the_reason_given(database, tmp_path, capsys):
    rows = [[*HEADERS, "Role"]]
    rows += [[f"m{i}@x.org", "Mentee", f"Number {i}", "Executive", "mentee"] for i in range(6)]
    rows += [["rm@x.org", "Rita", "Mentor", "Associate", "reverse mentor"],
             ["out@x.org", "Olu", "Outside", "Associate", ""]]  # fmt: skip
    import_people(capsys, database, tmp_path, rows, "--programme", PROGRAMME)
    report = suggest(capsys, database, "--json")
    reasons = {p["email"]: p["reason"] for p in report["not_considered"]}
    assert reasons == {
        **{f"m{i}@x.org": "enrolled without consent recorded" for i in range(6)},
        "rm@x.org": "enrolled without consent recorded",
        "out@x.org": "not enrolled in this programme",
    }
    lines = suggest(capsys, database)
    assert lines[0] == (
        "Nobody to suggest pairs for: 7 people are enrolled without consent recorded — record "
        "their consent under Programmes, or import them with a consent column."
    )
    # More than five people for one reason: how many, not who (the JSON has everyone).
    assert lines[-5:] == [
        "Not considered:",
        "  1 person not enrolled in this programme: out@x.org",
        "  7 people enrolled without consent recorded",
        "",
        "0 pairs suggested, total score 0.0; 0 people unmatched",
    ]


def test_when_everyone_was_considered_it_says_so(database, tmp_path, capsys):
    import_people(capsys, database, tmp_path, [
        [*HEADERS, "Role", "Consent date"],
        ["rm@x.org", "Rita", "Mentor", "Associate", "reverse mentor", "2026-09-01"],
        ["boss@x.org", "Big", "Boss", "Executive", "mentee", "2026-09-01"],
    ], "--programme", PROGRAMME)  # fmt: skip
    report = suggest(capsys, database, "--json")
    assert report["not_considered"] == []
    assert len(report["pairs"]) == 1
    lines = suggest(capsys, database)
    assert lines[-3:-1] == ["Not considered: nobody", ""]
    assert SUMMARY.match(lines[-1]) and lines[-1].startswith("1 pair suggested")
    assert not any(line.startswith("Nobody to suggest") for line in lines)


def test_on_the_demo_text_and_json_agree(engine_url, capsys):
    path = engine_url
    code, made, _ = run_cli(capsys, path, "demo", "--people", "120", "--seed", "7")
    assert code == 0
    # "118 people (and 2 who have left), 19 reverse mentors and 17 mentees enrolled"
    present, mentors, mentees = map(int, re.search(
        r"(\d+) people \(and 2 who have left\), (\d+) reverse mentors and (\d+) mentees", made
    ).groups())  # fmt: skip
    programme = "Reverse Mentoring 2026/27"
    code, out, _ = run_cli(capsys, path, "suggest", "--programme", programme, "--json")
    report = json.loads(out)
    assert list(report) == ["pairs", "unmatched", "not_considered"]  # the old keys first
    left_out = report["not_considered"]
    assert all(set(p) == {"email", "name", "reason"} and p["reason"] for p in left_out)
    assert len({p["email"] for p in left_out}) == len(left_out)
    # Nobody is both suggested or unmatched and not considered.
    considered = {p[key] for p in report["pairs"] for key in ("mentor_email", "mentee_email")}
    considered |= {p["email"] for p in report["unmatched"]}
    assert not considered & {p["email"] for p in left_out}
    code, out, _ = run_cli(capsys, path, "suggest", "--programme", programme)
    lines = out.splitlines()
    assert SUMMARY.match(lines[-1])
    block = lines[lines.index("Not considered:") + 1 : -2]
    counted = [re.match(r"^  ([\d,]+) (?:person|people) ([^:]+)", line).groups() for line in block]
    assert sum(int(n) for n, _ in counted) == len(left_out)
    assert (str(present - mentors - mentees), "not enrolled in this programme") in counted
    for n, words in counted:
        assert sum(p["reason"].startswith(words) for p in left_out) == int(n)
