"""Issue 12's "done means": every HR system's realistic export imports right without --map.

Each fixture of tests/fixtures/import/hr (written by tests/fixtures/make_hr_exports.py from one
organisation of 40 people) goes through the real reader and the real import into a fresh
database, with no --map and no date order given (the test set-up pins the C locale, so an
ambiguous column would be read day first), and the database is checked against that
organisation: everyone in, every start date right, every line manager kept. Also here: the
reader skipping a version or title line above the column names, which Entra ID's bulk-create
template needs.
"""

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from factories import HR_EXPORTS, hr_exports_maker
from openpyxl import Workbook
from sqlalchemy import select

from revmentor_desktop.core.db.models import Person, display_name
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.services.imports.dates import FILE
from revmentor_desktop.core.services.imports.hr_systems import SYSTEMS, HRSystem
from revmentor_desktop.core.services.imports.people import (
    apply_import,
    guess_mapping,
    plan_import,
)
from revmentor_desktop.core.services.imports.tables import read_table

pytestmark = pytest.mark.both_engines

HR = HR_EXPORTS
make = hr_exports_maker()

ORG = make.organisation()
DOMAIN = make.DOMAIN


@dataclass(frozen=True)
class Expected:
    """What importing one export must give, besides the 40 people of the organisation."""

    skipped_not_people: int = 0
    skipped_disabled: int = 0
    guests: tuple[tuple[str, str], ...] = ()  # (email, organisation) of guests made external


# Directory noise (make_hr_exports._entra_noise and _google_noise), as directory.py handles it.
EXPECTED = {
    # Two guests come in as external people of their own domain; the backup service account has
    # no mail (not a person); the meeting room and Tom Leaver are disabled (accountEnabled False).
    "entra-download": Expected(
        skipped_not_people=1,
        skipped_disabled=2,
        guests=(
            ("pat.lee@partner.example", "partner.example"),
            ("mira.sato@gmail.com", "gmail.com"),
        ),
    ),
    # Tom Leaver's account is Suspended.
    "google-workspace": Expected(skipped_disabled=1),
}


def export_files():
    """(system, file) for every fixture: each system's CSV, and its workbook where it has one."""
    for system in SYSTEMS:
        slug = make.SLUGS[system.name]
        yield pytest.param(system, HR / f"{slug}.csv", id=f"{slug}.csv")
        if system.xlsx:
            yield pytest.param(system, HR / f"{slug}.xlsx", id=f"{slug}.xlsx")


def test_every_fixture_file_is_tested():
    tested = {param.values[1].name for param in export_files()}
    assert tested == {path.name for path in HR.iterdir() if path.suffix in (".csv", ".xlsx")}
    assert len({system.name for system in SYSTEMS}) == len(make.SLUGS) == 12


def has_start_dates(system: HRSystem) -> bool:
    return "start_date" in system.headers


def has_managers(system: HRSystem) -> bool:
    return bool({"manager", "manager_email"} & set(system.headers))


def import_file(db, path: Path):
    """read_table → plan_import → apply_import as the window and the command do, with no --map
    and no date order: (plan, summary, {email: Person})."""
    table = read_table(path)
    plan = plan_import(db, table, guess_mapping(table.headers))
    summary = apply_import(db, plan)  # all or nothing: a rejected row fails here
    with db.session() as session:
        people = {p.email.lower(): p for p in session.scalars(select(Person))}
    return plan, summary, people


@pytest.mark.parametrize(("system", "path"), list(export_files()))
def test_each_systems_export_imports_everyone_with_dates_and_managers(db, system, path):
    expected = EXPECTED.get(make.SLUGS[system.name], Expected())
    plan, summary, people = import_file(db, path)

    # Everyone came in, nobody was rejected, the directory noise was handled.
    assert [r for r in plan.rows if r.action == "reject"] == []
    assert (summary.created, summary.updated, summary.rejected) == (
        len(ORG) + len(expected.guests), 0, 0)  # fmt: skip
    assert (summary.skipped_not_people, summary.skipped_disabled) == (
        expected.skipped_not_people, expected.skipped_disabled)  # fmt: skip
    assert set(people) == {p.email for p in ORG} | {email for email, _ in expected.guests}
    assert {e: (people[e].is_external, people[e].external_org) for e, _ in expected.guests} == {
        e: (True, org) for e, org in expected.guests
    }
    assert not any(people[p.email].is_external for p in ORG)
    # Names as the organisation writes them (a full-name column splits at the last space, so
    # compare the name as shown).
    assert {p.email: display_name(people[p.email].given_name, people[p.email].family_name)
            for p in ORG} == {p.email: p.name for p in ORG}  # fmt: skip

    # Every start date right, read in the order the file itself shows (never a guess).
    starts = {p.email: people[p.email].start_date for p in ORG}
    if has_start_dates(system):
        assert starts == {p.email: p.start for p in ORG}
        for column in plan.date_orders.values():
            assert not column.ambiguous, column.sentence()
            assert column.chosen_by == FILE or not column.day_month
    else:
        assert set(starts.values()) == {None}

    # Every line manager kept, whether the file names them by number, email or name.
    by_id = {person.id: person.email for person in people.values()}
    managers = {p.email: by_id.get(people[p.email].manager_id) for p in ORG}
    if has_managers(system):
        assert managers == {
            p.email: ORG[p.manager].email if p.manager is not None else None for p in ORG
        }
    else:
        assert set(managers.values()) == {None}


def test_importing_an_export_again_changes_nobody(db):
    """Next month's export: everyone is recognised (by employee number) and nothing changes."""
    path = HR / "bamboohr.csv"
    import_file(db, path)
    plan, summary, people = import_file(db, path)
    assert (summary.created, summary.updated, summary.rejected) == (0, len(ORG), 0)
    assert {p.email: people[p.email].employee_id for p in ORG} == {
        p.email: str(1001 + p.index) for p in ORG
    }


# --- the reader: lines above the column names ---------------------------------------------------

HEADERS = ["Email", "First name", "Last name", "Start date"]
ROW = ["ann@x.org", "Ann", "Lee", "2024-03-14"]


def write_csv(path: Path, lines: list[str]) -> Path:
    path.write_bytes("\r\n".join(lines).encode() + b"\r\n")
    return path


@pytest.mark.parametrize(
    ("lines", "header_line"),
    [
        # Entra ID's bulk-create template, as Excel saves it (padded) and as downloaded.
        (["version:v1.0,,,", ",".join(HEADERS), ",".join(ROW)], 2),
        (["version:v1.0", ",".join(HEADERS), ",".join(ROW)], 2),
        # A report's title, a generated-on line and a blank row above the column names.
        (["Staff list;;;", "Exported 3 March 2025;;;", ";;;", ";".join(HEADERS), ";".join(ROW)], 4),
        (["Staff list", ";".join(HEADERS), ";".join(ROW)], 2),  # the header row decides ";"
        (["", ",".join(HEADERS), ",".join(ROW)], 2),
        ([",".join(HEADERS), ",".join(ROW)], 1),
    ],
    ids=["entra-padded", "entra-bare", "title-semicolons", "bare-title", "blank-first", "plain"],
)
def test_lines_above_the_column_names_are_skipped(tmp_path, lines, header_line):
    table = read_table(write_csv(tmp_path / "people.csv", lines))
    assert (table.headers, table.rows, table.header_line) == (HEADERS, [ROW], header_line)
    assert table.line(0) == header_line + 1
    assert table.delimiter == (";" if ";" in lines[-1] else ",")
    assert table.description.endswith(
        "1 row" if header_line == 1 else f"1 row, column names on row {header_line}"
    )


def test_lines_above_the_column_names_of_a_workbook_are_skipped(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Northwind: people report"])
    sheet.append([])
    sheet.append(HEADERS)
    sheet.append([*ROW[:3], date(2024, 3, 14)])
    book.save(tmp_path / "report.xlsx")
    table = read_table(tmp_path / "report.xlsx")
    assert (table.headers, table.rows, table.header_line) == (HEADERS, [ROW], 3)
    assert table.description == "Excel workbook, 1 row, column names on row 3"


@pytest.mark.parametrize(
    "lines",
    [
        # One column: its name has one cell, like a title, and the row below is a value.
        ["Email", "ann@x.org", "bob@x.org"],
        # The row below the single cell is data (an address, a date, numbers), not names.
        ["Staff", "ann@x.org,Ann,Lee", "bob@x.org,Bob,Ray"],
        ["Staff", "Ann,Lee,14/03/2024", "Bob,Ray,15/03/2024"],
        ["Staff", "Ann,Ann", "Bob,Ray"],  # the same name twice is no header row
    ],
)
def test_a_single_cell_first_row_stays_the_header_when_no_column_names_follow(tmp_path, lines):
    table = read_table(write_csv(tmp_path / "people.csv", lines))
    assert table.header_line == 1
    assert table.headers[0] == lines[0] and table.rows[0][0] == lines[1].split(",")[0]


def test_more_lines_above_than_a_title_or_two_are_not_skipped(tmp_path):
    lines = ["Title", *[""] * 5, ",".join(HEADERS), ",".join(ROW)]
    table = read_table(write_csv(tmp_path / "people.csv", lines))
    assert (table.headers, table.header_line) == (["Title"], 1)
    # Blank first rows are skipped only while column names follow.
    with pytest.raises(RevMentorError, match="first row"):
        read_table(write_csv(tmp_path / "people.csv", ["", ",".join(ROW)]))


def test_a_rejected_row_under_a_version_line_names_its_real_line(db, tmp_path):
    lines = ["version:v1.0", ",".join(HEADERS), ",".join(ROW), "not-an-address,Bob,Ray,"]
    table = read_table(write_csv(tmp_path / "people.csv", lines))
    plan = plan_import(db, table, guess_mapping(table.headers))
    assert [(r.line, r.action) for r in plan.rows] == [(3, "create"), (4, "reject")]


def test_an_hr_reports_company_column_is_the_employer_not_an_external_organisation(db, tmp_path):
    # Workday, HiBob and Rippling reports often add the legal employer as "Company".
    lines = [
        "Employee ID,Worker,Email - Primary Work,Company,Hire Date",
        "210000,Margaret Okafor,margaret@x.org,Northwind Logistics Ltd,11/23/2014",
        "210001,José García,jose@x.org,Northwind Logistics Ltd,6/12/2013",
    ]
    path = tmp_path / "workday.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    table = read_table(path)
    plan = plan_import(db, table, guess_mapping(table.headers))
    assert plan.ignored_columns == ["Company"]
    apply_import(db, plan)
    with db.session() as session:
        people = session.scalars(select(Person).order_by(Person.email)).all()
        assert [(p.email, p.is_external, p.external_org) for p in people] == [
            ("jose@x.org", False, ""),
            ("margaret@x.org", False, ""),
        ]
