"""`revmentor import`: the columns and --dates of the last import of a file with the same
headers are used again, --map and --dates still win, and --forget-profile matches by name."""

from datetime import date
from pathlib import Path

import pytest
from factories import run_cli, write_csv

from revmentor_desktop.core.text import date_text

pytestmark = pytest.mark.both_engines

HEADER = ["Mail", "Known as", "Clan", "Arrived", "Cost centre"]
MAP = ["--map", "Known as=given_name", "--map", "Clan=family_name", "--map",
       "Arrived=start_date", "--map", "Cost centre=ignore"]  # fmt: skip
TODAY = date_text(date.today())


@pytest.fixture
def people(rows):
    """email -> (given name, start date, department) in the database at `url`."""
    query = "SELECT email, given_name, CAST(start_date AS TEXT), department FROM person"
    return lambda url: {email: tuple(rest) for email, *rest in rows(url, query)}


def first_import(capsys, database: str, tmp_path: Path) -> str:
    """October's import, with its columns named by --map and its dates month first."""
    path = write_csv(tmp_path / "october.csv",
                     [HEADER, ["ana@x.org", "Ana", "Lima", "01/02/2024", "Sales"]])  # fmt: skip
    code, out, err = run_cli(capsys, database, "import", "people", path, *MAP,
                             "--dates", "mdy")  # fmt: skip
    assert (code, err) == (0, "")
    assert "Columns: as remembered" not in out
    return database


def next_month(tmp_path: Path) -> Path:
    """November's export: the same columns in another order, dates as ambiguous as before."""
    return write_csv(tmp_path / "november.csv",
                     [["Cost centre", "Arrived", "Clan", "Known as", "Mail"],
                      ["Sales", "03/04/2023", "Chen", "Bo", "bo@x.org"]])  # fmt: skip


def test_the_next_export_with_the_same_columns_needs_no_options(
    engine_url, tmp_path, capsys, people
):
    database = first_import(capsys, engine_url, tmp_path)
    code, out, err = run_cli(capsys, database, "import", "people", next_month(tmp_path))
    assert (code, err) == (0, "")
    assert out.splitlines()[1] == (
        f"Columns: as remembered from the import of {TODAY}, with dates that fit both orders "
        "read month first"
    )
    assert 'Ignored columns: "Cost centre"' in out
    assert people(database)["bo@x.org"] == ("Bo", "2023-03-04", "")


def test_a_dry_run_does_not_remember(engine_url, tmp_path, capsys):
    database = engine_url
    path = write_csv(tmp_path / "october.csv",
                     [HEADER, ["ana@x.org", "Ana", "Lima", "01/02/2024", "Sales"]])  # fmt: skip
    run_cli(capsys, database, "import", "people", path, *MAP, "--dates", "mdy")
    # A dry run with other columns: nothing written, so the first import's columns stay.
    code, out, _ = run_cli(capsys, database, "import", "people", path, "--map",
                           "Cost centre=department", "--dry-run")  # fmt: skip
    assert code == 0 and "dry run: nothing was written" in out
    code, out, _ = run_cli(capsys, database, "import", "people", path, "--dry-run")
    assert 'Ignored columns: "Cost centre"' in out


def test_map_and_dates_given_now_win(engine_url, tmp_path, capsys, people):
    database = first_import(capsys, engine_url, tmp_path)
    code, out, err = run_cli(capsys, database, "import", "people", next_month(tmp_path),
                             "--map", "Cost centre=department", "--dates", "dmy")  # fmt: skip
    assert (code, err) == (0, "")
    assert f"Columns: as remembered from the import of {TODAY}" in out.splitlines()
    assert "Ignored columns" not in out
    assert people(database)["bo@x.org"] == ("Bo", "2023-04-03", "Sales")
    # What was applied is remembered in its turn: the department, day first.
    code, out, err = run_cli(capsys, database, "import", "people", next_month(tmp_path),
                             "--dry-run")  # fmt: skip
    assert "read day first, as chosen for this import" in out and "Ignored columns" not in out


def test_forget_profile_matches_the_columns_by_their_names(engine_url, tmp_path, capsys):
    database = first_import(capsys, engine_url, tmp_path)
    code, out, err = run_cli(capsys, database, "import", "people", next_month(tmp_path),
                             "--forget-profile", "--dry-run")  # fmt: skip
    assert (code, err) == (1, "")  # a new person without a name: rejected
    assert "Columns: as remembered" not in out
    # By their names only "Mail" is known: the others are ignored again.
    assert 'Ignored columns: "Cost centre", "Arrived", "Clan", "Known as"' in out


def test_other_columns_are_matched_by_their_names(engine_url, tmp_path, capsys):
    database = first_import(capsys, engine_url, tmp_path)
    other = write_csv(tmp_path / "other.csv",
                      [[*HEADER, "Team"], ["bo@x.org", "Bo", "Chen", "", "", ""]])  # fmt: skip
    code, out, err = run_cli(capsys, database, "import", "people", other, "--dry-run")
    assert "Columns: as remembered" not in out
    assert '"Known as"' in out  # ignored: no profile of these columns
