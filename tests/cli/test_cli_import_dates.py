"""`revmentor import … --dates`: the order each date column was read in, said on its own line."""

from datetime import date

import pytest
from factories import add_partnership, enrol, run_cli, write_csv

from revmentor_desktop.core.db import open_database
from revmentor_desktop.core.db.models import Role
from revmentor_desktop.core.services.organisation import (
    load_organisation_settings,
    save_organisation_settings,
)

pytestmark = pytest.mark.both_engines

HEADER = ["Work Email", "First Name", "Last Name", "Hire Date"]
MONTH_FIRST = [
    HEADER,
    ["ana@x.org", "Ana", "Silva", "01/02/2024"],
    ["bo@x.org", "Bo", "Chan", "05/13/2023"],
]
AMBIGUOUS = [HEADER, ["ana@x.org", "Ana", "Silva", "01/02/2024"]]


@pytest.fixture(autouse=True)
def no_regional_format(monkeypatch):
    """This computer says nothing about dates unless a test says it does."""
    for variable in ("LC_ALL", "LC_TIME", "LANG"):
        monkeypatch.delenv(variable, raising=False)


@pytest.fixture
def database(db) -> str:
    db.close()
    return db.url


@pytest.fixture
def start_dates(rows):
    """Each person's start date in the database at `url`, by email."""
    return lambda url: {
        email: date.fromisoformat(day)
        for email, day in rows(url, "SELECT email, CAST(start_date AS TEXT) FROM person")
        if day
    }


def import_people(capsys, database, path, *options):
    return run_cli(capsys, database, "import", "people", path, *options)


def test_a_month_first_file_is_read_month_first_and_says_why(
    database, tmp_path, capsys, start_dates
):
    code, out, err = import_people(capsys, database, write_csv(tmp_path / "p.csv", MONTH_FIRST))
    assert (code, err) == (0, "")
    assert out.splitlines()[1] == (
        'Dates: "Hire Date" read month first (05/13/2023 can only be 13 May 2023)'
    )
    assert start_dates(database) == {"ana@x.org": date(2024, 1, 2), "bo@x.org": date(2023, 5, 13)}


def test_dates_option_overrides_the_order_of_an_ambiguous_column(
    database, tmp_path, capsys, start_dates
):
    path = write_csv(tmp_path / "p.csv", AMBIGUOUS)
    code, out, _ = import_people(capsys, database, path, "--dry-run")
    assert code == 0
    assert out.splitlines()[1] == (
        'Dates: "Hire Date" is ambiguous: its dates fit both day first and month first '
        "(01/02/2024 is 1 Feb 2024 or 2 Jan 2024); read day first, as nothing says otherwise; "
        "if they are month first, use --dates mdy"
    )
    code, out, _ = import_people(capsys, database, path, "--dates", "mdy")
    assert code == 0
    assert out.splitlines()[1].endswith(
        "read month first, as chosen for this import; if they are day first, use --dates dmy"
    )
    assert start_dates(database) == {"ana@x.org": date(2024, 1, 2)}


def test_the_organisations_setting_then_this_computers_format(
    database, tmp_path, capsys, monkeypatch, start_dates
):
    path = write_csv(tmp_path / "p.csv", AMBIGUOUS)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    code, out, _ = import_people(capsys, database, path, "--dry-run")
    assert "read month first from this computer's date format" in out.splitlines()[1]
    with open_database(database) as db:
        settings = load_organisation_settings(db)
        settings.date_order = "dmy"
        save_organisation_settings(db, settings)
    code, out, _ = import_people(capsys, database, path)
    assert "read day first from the organisation's setting" in out.splitlines()[1]
    assert start_dates(database) == {"ana@x.org": date(2024, 2, 1)}
    import_people(capsys, database, path, "--dates", "mdy")  # the import's word is final
    assert start_dates(database) == {"ana@x.org": date(2024, 1, 2)}


def test_a_column_with_only_unambiguous_dates_needs_no_line(database, tmp_path, capsys):
    rows = [HEADER, ["ana@x.org", "Ana", "Silva", "2024-01-02"], ["bo@x.org", "Bo", "Chan", ""]]
    code, out, _ = import_people(capsys, database, write_csv(tmp_path / "p.csv", rows))
    assert code == 0 and "Dates:" not in out


def test_a_contradicting_date_is_a_rejected_row(database, tmp_path, capsys, start_dates):
    rows = [*MONTH_FIRST, ["cy@x.org", "Cy", "Dunn", "13/05/2023"], ["di@x.org", "Di", "E", ""],
            ["ed@x.org", "Ed", "Fox", "12/25/2022"]]  # fmt: skip
    code, out, _ = import_people(capsys, database, write_csv(tmp_path / "p.csv", rows))
    assert code == 1
    lines = out.splitlines()
    assert lines[1] == (
        'Dates: "Hire Date" read month first (05/13/2023 can only be 13 May 2023); 1 date is only '
        "day first (13/05/2023): not imported"
    )
    assert lines[2].startswith(
        'line 4: cy@x.org — "13/05/2023" in "Hire Date" can only be day first (13 May 2023)'
    )
    assert start_dates(database) == {}  # all or nothing


def test_a_bad_dates_option_is_one_line(database, tmp_path, capsys):
    path = write_csv(tmp_path / "p.csv", AMBIGUOUS)
    code, out, err = import_people(capsys, database, path, "--dates", "dd/mm/yyyy")
    assert code == 2 and out == ""
    assert err.startswith("revmentor: error: argument --dates: invalid choice: 'dd/mm/yyyy'")
    assert err.count("\n") == 1


def test_check_ins_take_the_dates_option_too(db, small_org, tmp_path, capsys, rows):
    enrol(db, small_org, "jose.muller@x.org", Role.MENTEE)
    add_partnership(db, small_org, "dana.fox@x.org", "zoe.adams@x.org")
    database = db.url
    db.close()
    path = write_csv(tmp_path / "survey.csv", [
        ["Reverse mentor email", "Mentee email", "Date"],
        ["dana.fox@x.org", "zoe.adams@x.org", "10/11/2026"]])  # fmt: skip
    code, out, _ = run_cli(capsys, database, "import", "checkins", path, "--dry-run")
    assert code == 0 and "read day first" in out.splitlines()[1]
    code, out, _ = run_cli(capsys, database, "import", "checkins", path, "--dates", "mdy")
    assert code == 0 and "read month first, as chosen for this import" in out.splitlines()[1]
    assert rows(database, "SELECT CAST(held_on AS TEXT) FROM check_in") == [("2026-10-11",)]
