"""`revmentor import people`: the per-row report, exit codes, --map, --dry-run, --skip-bad-rows."""

from pathlib import Path

import pytest
from factories import write_csv

from revmentor_desktop.cli import main
from revmentor_desktop.core.db.lock import WriterLock
from revmentor_desktop.core.db.models import Base
from revmentor_desktop.paths import sqlite_path

pytestmark = pytest.mark.both_engines

FIXTURES = Path(__file__).parents[1] / "fixtures" / "import"
GOOD = [
    ["Work Email", "First name", "Surname", "Grade", "Role in programme", "Line manager email"],
    ["jane@x.org", "Jane", "Roe", "Associate", "reverse mentor", "boss@x.org"],
    ["boss@x.org", "Big", "Boss", "Executive", "mentee", ""],
]


@pytest.fixture
def database(engine_url, tmp_path) -> str:
    """A database with the default ladder and one person in it: its `--db` URL."""
    assert main(["--db", engine_url, "import", "people", str(write_csv(tmp_path / "seed.csv", [
        ["Email", "Name"], ["seed@x.org", "Seed Person"]]))]) == 0  # fmt: skip
    return engine_url


@pytest.fixture
def state(rows):
    """Every row of every table: a dry run or a refused import must change none."""
    return lambda url: {
        name: rows(url, f'SELECT * FROM "{name}" ORDER BY 1') for name in Base.metadata.tables
    }


@pytest.fixture
def people(rows):
    """The people in the database at `url` by email: (given name, level, manager's email)."""
    query = (
        "SELECT p.email, p.given_name, l.label, m.email FROM person p "
        "LEFT JOIN seniority_level l ON l.id = p.level_id "
        "LEFT JOIN person m ON m.id = p.manager_id"
    )
    return lambda url: {email: list(rest) for email, *rest in rows(url, query)}


def run(capsys, database, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(database), "import", "people", *map(str, args)])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out, captured.err


def test_import_creates_then_updates_and_enrols(database, tmp_path, capsys, people, rows):
    path = write_csv(tmp_path / "people.csv", GOOD)
    code, out, err = run(capsys, database, path, "--programme", "Cohort 2027")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"Read {path}: CSV, UTF-8, comma-separated, 2 rows",
        '2 created, 0 updated, 0 rejected, enrolled 2 in "Cohort 2027" (a new programme)',
    ]
    assert people(database)["jane@x.org"] == ["Jane", "Associate", "boss@x.org"]
    assert rows(database, "SELECT name, status FROM programme") == [("Cohort 2027", "planning")]
    code, out, _ = run(capsys, database, path, "--programme", "Cohort 2027")
    assert code == 0
    assert out.splitlines()[-1] == '0 created, 2 updated, 0 rejected, enrolled 2 in "Cohort 2027"'
    assert len(people(database)) == 3


def test_rejected_rows_are_reported_and_nothing_is_written(
    database, tmp_path, capsys, people, state
):
    rows = [*GOOD, ["kim@x.org", "Kim", "Lee", "Associate", "coach", ""],
            ["", "No", "Mail", "", "", ""]]  # fmt: skip
    path = write_csv(tmp_path / "people.csv", rows)
    before = state(database)
    code, out, err = run(capsys, database, path)
    assert code == 1
    assert out.splitlines()[1:] == [
        'line 4: kim@x.org — unknown role "coach" (roles: reverse mentor, mentee, or empty for '
        "not taking part)",
        "line 5: (no email) — no email address",
    ]
    assert err.strip() == (
        "revmentor: error: 2 rows have problems, so nothing was imported: correct the file, or "
        "import the other rows with --skip-bad-rows."
    )
    assert state(database) == before
    assert set(people(database)) == {"seed@x.org"}


def test_skip_bad_rows_imports_the_rest_and_exits_0(database, tmp_path, capsys, people):
    rows = [*GOOD, ["kim@x.org", "Kim", "Lee", "Associate", "coach", ""]]
    code, out, err = run(capsys, database, write_csv(tmp_path / "p.csv", rows), "--skip-bad-rows")
    assert (code, err) == (0, "")
    assert out.splitlines()[-1] == "2 created, 0 updated, 1 rejected (skipped)"
    assert set(people(database)) == {"seed@x.org", "jane@x.org", "boss@x.org"}


@pytest.mark.parametrize("bad", [False, True])
def test_dry_run_reports_and_writes_nothing(database, tmp_path, capsys, bad, state):
    rows = [*GOOD, ["kim@x.org", "Kim", "Lee", "Associate", "coach", ""]] if bad else GOOD
    path = write_csv(tmp_path / "people.csv", rows)
    before = state(database)
    code, out, err = run(capsys, database, path, "--dry-run", "--programme", "Cohort 2027")
    assert code == (1 if bad else 0) and err == ""
    lines = out.splitlines()
    assert lines[-1] == "dry run: nothing was written"
    assert lines[-2] == (
        f'2 created, 0 updated, {int(bad)} rejected, enrolled 2 in "Cohort 2027" (a new programme)'
    )
    assert ("line 4: kim@x.org — unknown role" in out) == bad
    assert state(database) == before  # the same rows
    code, *_ = run(capsys, database, path, "--dry-run", "--skip-bad-rows")
    assert code == 0
    assert state(database) == before


def test_dry_run_works_while_the_window_has_the_database(sqlite_file, database, tmp_path, capsys):
    path = write_csv(tmp_path / "people.csv", GOOD)
    with WriterLock(sqlite_path(database), program="RevMentor window"):
        code, out, _ = run(capsys, database, path, "--dry-run")
        assert code == 0 and "dry run: nothing was written" in out
        code, _, err = run(capsys, database, path)
    assert code == 1
    assert "already open for writing by RevMentor window" in err
    assert len(err.strip().splitlines()) == 1


def test_dry_run_without_a_database_creates_no_file(tmp_path, capsys):
    database = tmp_path / "new.sqlite"
    code, out, _ = run(capsys, database, write_csv(tmp_path / "p.csv", GOOD), "--dry-run")
    assert code == 0 and "2 created, 0 updated, 0 rejected" in out
    assert list(tmp_path.glob("new.sqlite*")) == []


def test_map_names_columns_the_guess_does_not_know(database, tmp_path, capsys, people):
    path = write_csv(tmp_path / "p.csv", [["Courriel", "Prénom", "Nom", "Remarque"],
                                      ["ana@x.org", "Ana", "Silva", "hello"]])  # fmt: skip
    code, out, err = run(capsys, database, path)
    assert code == 1 and "No column holds the email address" in err
    code, out, err = run(capsys, database, path, "--map", "Courriel=email", "--map",
                         "prénom=given_name", "--map", "Nom=family_name")  # fmt: skip
    assert (code, err) == (0, "")
    assert 'Ignored columns: "Remarque"' in out
    assert people(database)["ana@x.org"][:1] == ["Ana"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--map", "Nope=email"], 'the file has no column "Nope"'),
        (["--map", "Surname=surname"], 'there is no field "surname"'),
    ],
)
def test_bad_map_options_are_one_line(database, tmp_path, capsys, args, message):
    code, _, err = run(capsys, database, write_csv(tmp_path / "p.csv", GOOD), *args)
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and message in err


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", b"", "is empty"),
        ("header.csv", b"Email;Name\r\n", "no rows of people"),
        ("garbage.csv", bytes(range(256)) * 4, "binary data"),
        ("fake.xlsx", b"Email,Name\nx@y.org,X\n", "not a readable Excel workbook"),
    ],
)
def test_bad_files_are_one_line_and_change_nothing(
    database, tmp_path, capsys, name, content, message, state
):
    path = tmp_path / name
    path.write_bytes(content)
    before = state(database)
    code, out, err = run(capsys, database, path)
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and message in err
    assert state(database) == before


def test_windows_1252_and_the_row_word_for_multiline_cells(database, capsys, people):
    code, out, _ = run(capsys, database, FIXTURES / "windows-1252.csv")
    assert code == 0 and "Windows-1252" in out.splitlines()[0]
    assert people(database)["juergen.mueller@example.org"][0] == "Jürgen"
    code, out, _ = run(capsys, database, FIXTURES / "quoted-newlines.csv", "--dry-run")
    assert code == 1
    assert 'row 3: not-an-email — bad email address "not-an-email"' in out


def test_only_people_and_checkins_can_be_imported(database, tmp_path, capsys):
    assert main(["--db", database, "import", "meetings", str(tmp_path / "x.csv")]) == 2
    assert "invalid choice: 'meetings'" in capsys.readouterr().err
