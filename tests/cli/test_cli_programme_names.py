"""Every command finds a programme the same way: "cohort 2026" is "Cohort 2026"."""

import csv
from pathlib import Path

import pytest
from factories import add_partnership

from revmentor_desktop.cli import main


@pytest.fixture
def database(db, small_org) -> Path:
    """ "Cohort 2026" with one active pair (Dana Fox & Zoë Adams), then the database is closed."""
    add_partnership(db, small_org, "dana.fox@x.org", "zoe.adams@x.org")
    path = db.path
    db.close()
    return path


def write(path: Path, rows) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(rows)
    return path


def run(capsys, database: Path, *args) -> tuple[int, str, str]:
    code = main(["--db", str(database), *map(str, args)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("what, exported", [("people", "3 people"), ("pairs", "1 pair")])
def test_export_cohort_2026(database, tmp_path, capsys, what, exported):
    target = tmp_path / f"{what}.csv"
    code, out, err = run(capsys, database, "export", what, target, "--programme", "cohort 2026")
    assert (code, out, err) == (0, f"Exported {exported} to {target}\n", "")


def test_import_people_into_cohort_2026(database, tmp_path, capsys):
    path = write(
        tmp_path / "p.csv", [["Email", "Name", "Role"], ["new@x.org", "New One", "mentee"]]
    )
    code, out, err = run(capsys, database, "import", "people", path, "--programme", "cohort 2026")
    assert (code, err) == (0, "")
    assert out.splitlines()[-1] == '1 created, 0 updated, 0 rejected, enrolled 1 in "Cohort 2026"'


def test_import_checkins_for_cohort_2026(database, tmp_path, capsys):
    path = write(
        tmp_path / "c.csv",
        [
            ["Reverse mentor email", "Mentee email", "Date"],
            ["dana.fox@x.org", "zoe.adams@x.org", "2026-10-05"],
        ],
    )
    code, out, err = run(capsys, database, "import", "checkins", path, "--programme", "cohort 2026")
    assert (code, err) == (0, "")
    assert out.splitlines()[-1] == "1 created, 0 already logged, 0 rejected"
