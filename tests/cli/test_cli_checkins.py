"""`revmentor import checkins` and `revmentor export pairs|checkins`, end to end: output, exit
codes, --map, --dry-run, --skip-bad-rows, --programme, and one-line errors."""

import csv
from datetime import date, timedelta

import pytest
from factories import add_check_in, add_partnership, enrol, run_cli, write_csv

from revmentor_desktop.cli import main
from revmentor_desktop.core.db.lock import WriterLock
from revmentor_desktop.core.db.models import Role
from revmentor_desktop.paths import sqlite_path

pytestmark = pytest.mark.both_engines

# Dates in the file are relative to the real today: the CLI has no clock to fix.
RECENT = date.today() - timedelta(days=3)
HEADER = ["Reverse mentor email", "Mentee email", "Date", "Kind", "Mentor rating",
          "Mentee rating", "Summary", "Private notes"]  # fmt: skip
GOOD = [
    HEADER,
    ["dana.fox@x.org", "zoe.adams@x.org", "2026-10-05", "fit check", "4", "5", "Coffee",
     "PRIVATE-NOTE"],
    ["wang.wei@x.org", "jose.muller@x.org", RECENT.isoformat(), "check-in", "3", "", "", ""],
]  # fmt: skip


@pytest.fixture
def database(db, small_org) -> str:
    """Two active pairs in "Cohort 2026" (started 1 Oct 2026), then the database is closed."""
    enrol(db, small_org, "jose.muller@x.org", Role.MENTEE)
    first, _ = add_partnership(db, small_org, "dana.fox@x.org", "zoe.adams@x.org")
    add_partnership(db, small_org, "wang.wei@x.org", "jose.muller@x.org")
    add_check_in(db, first, date(2026, 10, 20), summary="Shared", private_notes="SECRET-NOTE")
    db.close()
    return db.url


@pytest.fixture
def rows_of(rows):
    """The check-ins in the database at `url`, oldest first."""
    return lambda url: rows(
        url,
        "SELECT partnership_id, CAST(held_on AS TEXT), kind, mentor_rating, private_notes "
        "FROM check_in ORDER BY held_on",
    )


@pytest.fixture
def snapshot(rows):
    """What an import of check-ins could change."""
    tables = ("check_in", "check_in_goal_progress", "goal", "partnership", "setting")
    return lambda url: [rows(url, f"SELECT * FROM {table} ORDER BY 1") for table in tables]


def test_import_then_import_again(database, tmp_path, capsys, rows_of):
    path = write_csv(tmp_path / "survey.csv", GOOD)
    code, out, err = run_cli(capsys, database, "import", "checkins", path)
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"Read {path}: CSV, UTF-8, comma-separated, 2 rows",
        "2 created, 0 already logged, 0 rejected",
    ]
    assert rows_of(database) == [
        (1, "2026-10-05", "fit_check", 4, "PRIVATE-NOTE"),
        (1, "2026-10-20", "check_in", None, "SECRET-NOTE"),
        (2, RECENT.isoformat(), "check_in", 3, ""),
    ]
    code, out, _ = run_cli(capsys, database, "import", "checkins", path)
    assert code == 0
    assert out.splitlines()[-1] == "0 created, 2 already logged, 0 rejected"
    assert len(rows_of(database)) == 3


def test_bad_rows_write_nothing_unless_skipped(database, tmp_path, capsys, rows_of, snapshot):
    bad = [*GOOD, ["dana.fox@x.org", "nobody@x.org", "2026-10-06", "", "", "", "", ""],
           ["dana.fox@x.org", "zoe.adams@x.org", "2026-10-07", "", "7", "", "", ""]]  # fmt: skip
    path = write_csv(tmp_path / "bad.csv", bad)
    before = snapshot(database)
    code, out, err = run_cli(capsys, database, "import", "checkins", path)
    assert code == 1
    assert out.splitlines()[1:] == [
        "line 4: Dana Fox & nobody@x.org, 6 Oct 2026 · Check-in — nobody in RevMentor has the "
        'mentee email "nobody@x.org"',
        'line 5: Dana Fox & Zoë Adams, 7 Oct 2026 · Check-in — rating "7" in "Mentor rating" '
        "is not from 1 to 5",
    ]
    assert err == (
        "revmentor: error: 2 rows have problems, so nothing was imported: correct the file, or "
        "import the other rows with --skip-bad-rows.\n"
    )
    assert snapshot(database) == before
    code, out, _ = run_cli(capsys, database, "import", "checkins", path, "--skip-bad-rows")
    assert code == 0
    assert out.splitlines()[-1] == "2 created, 0 already logged, 2 rejected (skipped)"
    assert len(rows_of(database)) == 3


def test_dry_run_writes_nothing(database, tmp_path, capsys, snapshot):
    path = write_csv(tmp_path / "survey.csv", GOOD)
    before = snapshot(database)
    code, out, err = run_cli(capsys, database, "import", "checkins", path, "--dry-run")
    assert (code, err) == (0, "")
    assert out.splitlines()[-2:] == [
        "2 created, 0 already logged, 0 rejected",
        "dry run: nothing was written",
    ]
    bad = write_csv(tmp_path / "bad.csv", [*GOOD, ["x@x.org", "", "", "", "", "", "", ""]])
    code, out, _ = run_cli(capsys, database, "import", "checkins", bad, "--dry-run")
    assert code == 1 and out.splitlines()[-1] == "dry run: nothing was written"
    assert snapshot(database) == before


def test_a_dry_run_works_while_the_window_has_the_file(sqlite_file, database, tmp_path, capsys):
    path = write_csv(tmp_path / "survey.csv", GOOD)
    before = sqlite_path(database).read_bytes()
    lock = WriterLock(sqlite_path(database), "RevMentor")
    lock.acquire()
    try:
        code, out, err = run_cli(capsys, database, "import", "checkins", path, "--dry-run")
        assert (code, err) == (0, "")
        assert out.splitlines()[-2:] == [
            "2 created, 0 already logged, 0 rejected",
            "dry run: nothing was written",
        ]
        # Importing for real needs the database to itself.
        code, _, err = run_cli(capsys, database, "import", "checkins", path)
        assert code == 1 and err.startswith("revmentor: error:") and err.count("\n") == 1
    finally:
        lock.release()
    assert sqlite_path(database).read_bytes() == before


def test_map_and_programme_options(database, tmp_path, capsys):
    rows = [["Teacher", "Learner", "When", "Extra"],
            ["dana.fox@x.org", "zoe.adams@x.org", "5/10/2026", "x"]]  # fmt: skip
    path = write_csv(tmp_path / "odd.csv", rows)
    code, _, err = run_cli(capsys, database, "import", "checkins", path)
    assert code == 1
    assert err.startswith("revmentor: error: No column holds the reverse mentor's email")
    options = ["--map", "Teacher=reverse_mentor_email", "--map", "Learner=mentee_email",
               "--map", "When=date", "--programme", "Cohort 2026"]  # fmt: skip
    code, out, err = run_cli(capsys, database, "import", "checkins", path, *options)
    assert (code, err) == (0, "")
    assert out.splitlines()[1:] == [
        'Dates: "When" is ambiguous: its dates fit both day first and month first (5/10/2026 is '
        "5 Oct 2026 or 10 May 2026); read day first, as nothing says otherwise; if they are month "
        "first, use --dates mdy",
        'Ignored columns: "Extra"',
        "1 created, 0 already logged, 0 rejected",
    ]
    code, _, err = run_cli(capsys, database, "import", "checkins", path, *options[:-1], "Nope")
    assert (code, err) == (1, 'revmentor: error: There is no programme called "Nope".\n')


def test_import_errors_are_one_line(database, tmp_path, capsys):
    missing = tmp_path / "missing.csv"
    code, _, err = run_cli(capsys, database, "import", "checkins", missing)
    assert (code, err) == (1, f"revmentor: error: There is no file {missing}.\n")
    survey = write_csv(tmp_path / "survey.csv", GOOD)
    code, _, err = run_cli(capsys, tmp_path / "none.sqlite", "import", "checkins", survey)
    assert (code, err) == (
        1,
        f"revmentor: error: There is no database at {tmp_path / 'none.sqlite'}.\n",
    )
    assert not (tmp_path / "none.sqlite").exists()
    code, _, err = run_cli(capsys, database, "import", "meetings", survey)
    assert code == 2 and "invalid choice: 'meetings'" in err and err.count("\n") == 1


def test_export_pairs_and_checkins(database, tmp_path, capsys):
    code, out, err = run_cli(capsys, database, "export", "pairs", tmp_path / "pairs.csv")
    assert (code, out, err) == (0, f"Exported 2 pairs to {tmp_path / 'pairs.csv'}\n", "")
    with open(tmp_path / "pairs.csv", encoding="utf-8-sig") as file:
        pairs = list(csv.DictReader(file))
    assert [(p["reverse_mentor_email"], p["mentee_email"], p["status"]) for p in pairs] == [
        ("dana.fox@x.org", "zoe.adams@x.org", "Active"),
        ("wang.wei@x.org", "jose.muller@x.org", "Active"),
    ]
    target = tmp_path / "checkins.xlsx"
    code, out, err = run_cli(
        capsys, database, "export", "checkins", target, "--programme", "Cohort 2026"
    )
    assert (code, out, err) == (0, f"Exported 1 check-in to {target}\n", "")
    from openpyxl import load_workbook

    book = load_workbook(target, read_only=True)
    cells = [list(row) for row in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    assert cells[1][cells[0].index("summary")] == "Shared"
    assert "SECRET-NOTE" not in repr(cells)


def test_export_errors_are_one_line(database, tmp_path, capsys):
    code, _, err = run_cli(capsys, database, "export", "checkins", tmp_path / "c.txt")
    assert (code, err) == (
        1, "revmentor: error: Cannot export to c.txt: choose a .csv or .xlsx file name.\n",
    )  # fmt: skip
    code, _, err = run_cli(
        capsys, database, "export", "pairs", tmp_path / "p.csv", "--programme", "X"
    )
    assert (code, err) == (1, 'revmentor: error: There is no programme called "X".\n')
    code, _, err = run_cli(capsys, database, "export", "pairs", tmp_path / "no" / "p.csv")
    assert code == 1 and "does not exist" in err and err.count("\n") == 1


def test_help_names_the_new_choices(capsys):
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "{people,pairs,checkins}" in text and "never the private notes" in text
    with pytest.raises(SystemExit):
        main(["import", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "{people,checkins}" in text and "reverse_mentor_email mentee_email date" in text
