"""The HR systems' export headers: each real header row maps without --map, and the fixtures."""

import csv
import re
from datetime import date
from pathlib import Path

import pytest
from factories import HR_EXPORTS, hr_exports_maker
from openpyxl import Workbook

from revmentor_desktop.core.services.imports.hr_systems import SYNONYMS, SYSTEMS, with_hr_systems
from revmentor_desktop.core.services.imports.people import COLUMNS, FIELDS, guess_mapping
from revmentor_desktop.core.services.imports.tables import read_table
from revmentor_desktop.core.text import fold

HR = HR_EXPORTS
_SCRIPT = "make_hr_exports.py"
make = hr_exports_maker()

# The fields added for employee numbers and managers by ID or name; checked in a test of their own.
NEW_FIELDS = {"employee_id", "manager"}
BY_NAME = {system.name: system for system in SYSTEMS}


def expected_mapping(system) -> dict[int, str | None]:
    field_of = {header: name for name, headers in system.headers.items() for header in headers}
    return {i: field_of.get(header) for i, header in enumerate(system.header_row)}


def write_csv(path: Path, headers, row) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as file:
        csv.writer(file).writerows([headers, row])
    return path


def header_mapping(tmp_path, system) -> dict[int, str | None]:
    """The header row as a real CSV file, read back and mapped as the import does."""
    row = ["x"] * len(system.header_row)
    table = read_table(write_csv(tmp_path / "export.csv", system.header_row, row))
    assert table.headers == list(system.header_row)
    return guess_mapping(table.headers)


@pytest.mark.parametrize("system", SYSTEMS, ids=lambda s: s.name)
def test_each_systems_header_row_maps_every_column_to_its_field(tmp_path, system):
    mapping = header_mapping(tmp_path, system)
    expected = expected_mapping(system)
    # Columns we leave out on purpose (passwords, "ID", "Org Unit Path") must stay ignored.
    assert {i: f for i, f in mapping.items() if expected[i] not in NEW_FIELDS} == {
        i: f for i, f in expected.items() if f not in NEW_FIELDS
    }
    assert "email" in mapping.values()
    assert {"given_name", "full_name"} & set(mapping.values())


@pytest.mark.parametrize(
    "system", [s for s in SYSTEMS if NEW_FIELDS & set(s.headers)], ids=lambda s: s.name
)
def test_each_systems_employee_id_and_manager_columns_are_recognised(tmp_path, system):
    mapping = header_mapping(tmp_path, system)
    expected = expected_mapping(system)
    assert {i: f for i, f in mapping.items() if expected[i] in NEW_FIELDS} == {
        i: f for i, f in expected.items() if f in NEW_FIELDS
    }


def test_a_workday_workbook_maps_too(tmp_path):
    system = BY_NAME["Workday"]
    book = Workbook()
    book.active.append(list(system.header_row))
    book.active.append(["210001", "Dana Fox", "Dana", "Fox", "dana.fox@x.org", "Engineer", "",
                        "6 Individual Contributor", "Engineering (Lee Chan)", "London",
                        date(2024, 3, 14), "Lee Chan", "Employee"])  # fmt: skip
    book.save(tmp_path / "workers.xlsx")
    table = read_table(tmp_path / "workers.xlsx")
    assert guess_mapping(table.headers) == expected_mapping(system)
    assert table.rows[0][10] == "2024-03-14"  # a date cell stays a date


def test_every_listed_header_lands_on_its_own_field():
    wrong = [
        (system.name, header, COLUMNS.field_of(header), name)
        for system in SYSTEMS
        for name, headers in system.headers.items()
        for header in headers
        if COLUMNS.field_of(header) != name
    ]
    assert wrong == []
    assert set(SYNONYMS) <= set(FIELDS)


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Employee #", "employee_id"),  # BambooHR's number, not a name
        ("Email Address [Required]", "email"),
        ("Email - Primary Work", "email"),
        ("Legal Name - First Name", "given_name"),
        ("Business Title", "job_title"),
        ("Employee Title", "job_title"),
        ("Supervisor EID", "manager"),
        ("Reports To", "manager"),
        ("Manager - Work email", "manager_email"),
        ("displayName", "full_name"),
        ("mail", "email"),
        # What looks like a field but is not one: sign-in names (a guest's is "x#EXT#@…"),
        # Google's policy units, Forms' response number and opening time, secondary addresses.
        ("userPrincipalName", None),
        ("Org Unit Path [Required]", None),
        ("ID", None),
        ("Start time", None),
        ("Completion time", None),
        ("Recovery Email", None),
        ("Work Secondary Email", None),
        ("Last Sign In [READ ONLY]", None),
        ("Job Profile", None),
        ("companyName", None),
        ("Preferred first name", None),
        ("Employee Type", None),
    ],
)
def test_lookalike_headers(header, field):
    assert COLUMNS.field_of(header) == field


def test_the_peoples_own_synonyms_come_first_and_stay():
    merged = with_hr_systems({"email": ("E-mail",), "external_org": ("Company",)})
    assert merged["email"][0] == "E-mail" and "Email Address [Required]" in merged["email"]
    assert merged["external_org"] == ("Company",)  # no HR system lists one
    assert len(set(merged["email"])) == len(merged["email"])
    assert COLUMNS.field_of("Forename") == "given_name"
    assert COLUMNS.field_of("Employee name") == "full_name"


# --- the fixture exports ----------------------------------------------------------------------


def test_the_fixtures_are_what_the_generator_writes():
    """Regenerate with `python tests/fixtures/make_hr_exports.py` after changing either."""
    for system in SYSTEMS:
        slug = make.SLUGS[system.name]
        assert (HR / f"{slug}.csv").read_bytes() == make.csv_bytes(system), slug
        assert (HR / f"{slug}.xlsx").exists() == system.xlsx, slug


def test_the_fixture_organisation():
    org = make.organisation()
    assert len(org) == 40
    assert len({p.email for p in org}) == 40
    names = [p.name for p in org]
    assert any(re.search("[α-ω]", n) for n in names) and any(re.search("[а-я]", n) for n in names)
    assert any(re.search("[\u4e00-\u9fff]", n) for n in names) and "José García" in names
    managers = {p.manager for p in org}
    twins = [p for p in org if names.count(p.name) > 1]
    assert twins and not {p.index for p in twins} & managers  # one name, two people, no boss

    def chain(p):
        return 0 if p.manager is None else 1 + chain(org[p.manager])

    assert max(chain(p) for p in org) == 3


def fixture_files():
    for system in SYSTEMS:
        slug = make.SLUGS[system.name]
        yield pytest.param(system, HR / f"{slug}.csv", id=f"{slug}.csv")
        if system.xlsx:
            yield pytest.param(system, HR / f"{slug}.xlsx", id=f"{slug}.xlsx")


@pytest.mark.parametrize(("system", "path"), list(fixture_files()))
def test_each_fixture_reads_and_maps_without_map(system, path):
    table = read_table(path)
    assert table.headers == list(system.header_row)
    assert len(table.rows) >= 40
    assert guess_mapping(table.headers) == expected_mapping(system)


def test_the_entra_bulk_create_template_has_its_headers_on_the_second_line():
    lines = list(csv.reader((HR / "entra-bulk-create.csv").read_text("utf-8").splitlines()))
    assert lines[0][0] == "version:v1.0"
    assert read_table(HR / "entra-bulk-create.csv").header_line == 2


def _date_parts(table, column):
    return [
        tuple(map(int, re.split(r"[/.]", cell)[:2]))
        for row in table.rows
        if (cell := row[column]) and re.match(r"^\d{1,2}[/.]\d{1,2}[/.]\d{4}", cell)
    ]


@pytest.mark.parametrize(
    "system", [s for s in SYSTEMS if "start_date" in s.headers], ids=lambda s: s.name
)
def test_fixture_dates_are_in_the_systems_order_and_can_be_told_apart(system):
    """Month-first files have a second part over 12 somewhere (and day-first ones a first part),
    and many values that fit both orders, so both ways of deciding are exercised."""
    slug = make.SLUGS[system.name]
    table = read_table(HR / f"{slug}.csv")
    column = table.headers.index(system.headers["start_date"][0])
    parts = _date_parts(table, column)
    month_first = make.csv_date_format(slug).startswith("M")
    org = {p.email: p.start for p in make.organisation()}
    email = next(i for i, f in guess_mapping(table.headers).items() if f == "email")
    for row, (first, second) in zip(table.rows, parts, strict=True):
        start = org[row[email]]
        assert (first, second) == (
            (start.month, start.day) if month_first else (start.day, start.month)
        )
    assert any((second if month_first else first) > 12 for first, second in parts)
    assert sum(1 for first, second in parts if first <= 12 and second <= 12) >= 10


@pytest.mark.parametrize(
    "system",
    [s for s in SYSTEMS if {"manager", "manager_email"} & set(s.headers)],
    ids=lambda s: s.name,
)
def test_fixture_managers_name_someone_in_the_file(system):
    table = read_table(HR / f"{make.SLUGS[system.name]}.csv")
    mapping = guess_mapping(table.headers)
    column = {f: i for i, f in mapping.items() if f}
    manager = column.get("manager", column.get("manager_email"))
    known = set()
    for row in table.rows:
        for name in ("employee_id", "email", "full_name"):
            if name in column:
                known.add(fold(row[column[name]]))
        if "given_name" in column:
            given, family = row[column["given_name"]], row[column["family_name"]]
            known |= {fold(f"{given} {family}"), fold(f"{family}, {given}"), fold(family + given)}
    named = [row[manager] for row in table.rows if row[manager]]
    assert len(named) == len([r for r in table.rows if any(r)]) - 1 - _noise(system)
    assert [m for m in named if fold(m) not in known] == []


def _noise(system) -> int:
    """Rows of a directory export that are not staff (and so have no manager)."""
    return {"Google Workspace (Download users)": 1}.get(system.name, 0)
