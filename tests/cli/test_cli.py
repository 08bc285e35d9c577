"""The command line: demo → export → check, and errors as one clear line."""

import csv
import subprocess
import sys

import pytest
from openpyxl import load_workbook

from revmentor_desktop.cli import main
from revmentor_desktop.core.db.lock import WriterLock
from revmentor_desktop.core.services.exports import PEOPLE_COLUMNS
from revmentor_desktop.paths import sqlite_path

pytestmark = pytest.mark.both_engines


@pytest.fixture
def demo_db(engine_url, capsys):
    """The demo organisation in this test's database: its `--db` URL."""
    assert main(["--db", engine_url, "demo", "--people", "60", "--seed", "7"]) == 0
    out = capsys.readouterr().out
    # Counted as the People list counts: those who have left apart.
    assert "58 people (and 2 who have left)" in out and "Reverse Mentoring" in out
    return engine_url


def test_demo_without_a_database_named_fills_the_demo_database_not_the_organisations(capsys):
    from revmentor_desktop.paths import default_db_path, demo_db_path

    assert main(["demo", "--people", "30", "--seed", "7"]) == 0
    assert str(demo_db_path()) in capsys.readouterr().out
    assert demo_db_path().stat().st_size > 0 and not default_db_path().exists()


def one_error_line(capsys) -> str:
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert "Traceback" not in captured.err
    return lines[0]


def test_demo_export_check_round(demo_db, tmp_path, capsys):
    csv_path, xlsx_path = tmp_path / "people.csv", tmp_path / "people.xlsx"
    assert main(["--db", demo_db, "export", "people", str(csv_path)]) == 0
    assert main(["--db", demo_db, "export", "people", str(xlsx_path)]) == 0
    with open(csv_path, encoding="utf-8-sig", newline="") as exported:
        rows = list(csv.DictReader(exported))
    assert tuple(rows[0]) == PEOPLE_COLUMNS
    assert 55 <= len(rows) <= 60  # archived people are left out
    assert len({r["email"].lower() for r in rows}) == len(rows)
    book = load_workbook(xlsx_path, read_only=True)
    values = list(book.active.iter_rows(values_only=True))
    book.close()  # read-only workbooks keep the file open until closed
    assert list(values[0]) == list(PEOPLE_COLUMNS)
    assert sorted(v[2] for v in values[1:]) == sorted(r["email"] for r in rows)
    capsys.readouterr()
    assert main(["--db", demo_db, "check"]) == 0
    out = capsys.readouterr().out
    assert "people: 60" in out and "OK: no problems found" in out


def test_export_of_one_programme_carries_roles(demo_db, tmp_path):
    path = tmp_path / "cohort.csv"
    assert main(["--db", demo_db, "export", "people", str(path),
                 "--programme", "Reverse Mentoring 2026/27"]) == 0  # fmt: skip
    with open(path, encoding="utf-8-sig") as exported:
        roles = {row["role"] for row in csv.DictReader(exported)}
    assert roles == {"reverse mentor", "mentee"}


def test_check_reports_a_broken_invariant_and_exits_1(demo_db, capsys, rows):
    # Plant a line-manager cycle behind the app's back.
    a, b = [r[0] for r in rows(demo_db, "SELECT id FROM person ORDER BY id LIMIT 2")]
    rows(demo_db, "UPDATE person SET manager_id = :b WHERE id = :a", a=a, b=b)
    rows(demo_db, "UPDATE person SET manager_id = :a WHERE id = :b", a=a, b=b)
    capsys.readouterr()
    assert main(["--db", demo_db, "check"]) == 1
    assert "PROBLEM: line managers form a cycle" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["frobnicate"], "invalid choice"),
        (["export", "people"], "the following arguments are required"),
        (["--db", "{tmp}/missing.sqlite", "check"], "There is no database"),
        (["--db", "{tmp}/no/such/folder/x.sqlite", "demo"], "does not exist"),
        (["--db", "{tmp}/small.sqlite", "demo", "--people", "3"], "needs between 20"),
    ],
)
def test_errors_are_one_clear_line(argv, expected, tmp_path, capsys):
    argv = [a.format(tmp=tmp_path) for a in argv]
    assert main(argv) != 0
    assert expected in one_error_line(capsys)


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["export", "people", "{tmp}/people.pdf"], "choose a .csv or .xlsx"),
        (["export", "people", "{tmp}/nope/p.csv"], "does not exist"),
        (["export", "people", "{tmp}/p.csv", "--programme", "X"], "no programme"),
        (["demo"], "already holds 60 people"),
    ],
)
def test_errors_on_a_database_are_one_clear_line(argv, expected, demo_db, tmp_path, capsys):
    assert main(["--db", demo_db, *(a.format(tmp=tmp_path) for a in argv)]) != 0
    assert expected in one_error_line(capsys)


def test_a_locked_database_names_its_holder(sqlite_file, demo_db, capsys):
    with WriterLock(sqlite_path(demo_db), program="RevMentor window"):
        assert main(["--db", demo_db, "demo"]) == 1
    assert "already open for writing by RevMentor window" in one_error_line(capsys)


def test_no_display_is_one_line_not_a_crash(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    assert main(["--db", str(tmp_path / "x.sqlite")]) == 1
    assert "no display found" in one_error_line(capsys)
    assert not (tmp_path / "x.sqlite").exists()


def test_python_dash_m_entry_point(tmp_path):
    result = subprocess.run([sys.executable, "-m", "revmentor_desktop", "--version"],
                            capture_output=True, text=True, check=True)  # fmt: skip
    assert result.stdout.startswith("revmentor ")
