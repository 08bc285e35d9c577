"""Directory noise in the people import: guests, accounts that are not people, disabled, leavers."""

import csv
from datetime import date, timedelta
from pathlib import Path

import pytest
from factories import HR_EXPORTS
from openpyxl import Workbook
from sqlalchemy import select

from revmentor_desktop.core.db.models import Person
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.services.imports.people import (
    apply_import,
    guess_mapping,
    parse_map_options,
    plan_import,
    read_table,
)
from revmentor_desktop.core.text import date_text

pytestmark = pytest.mark.both_engines

HR = HR_EXPORTS
ENTRA = ["userPrincipalName", "displayName", "mail", "userType", "accountEnabled", "companyName",
         "department"]  # fmt: skip
NOT_A_PERSON = "not a person (an account without an email address): skipped"


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows([header, *rows])
    return path


def plan_file(db, path: Path, options=()):
    table = read_table(path)
    return plan_import(db, table, parse_map_options(list(options), table.headers))


def by_email(plan) -> dict[str, tuple[str, list[str]]]:
    return {row.email or row.name: (row.action, row.problems) for row in plan.rows}


def people(db) -> dict[str, Person]:
    with db.session() as session:
        return {p.email: p for p in session.scalars(select(Person))}


# --- the fixture exports ----------------------------------------------------------------------


def test_entra_download_users_guests_rooms_service_accounts_and_leavers(db):
    table = read_table(HR / "entra-download.csv")
    mapping = guess_mapping(table.headers)
    plan = plan_import(db, table, mapping)
    # Read to decide, imported into no field: listed apart from the ignored columns.
    assert plan.account_columns == ["userPrincipalName", "userType", "accountEnabled"]
    assert not set(plan.account_columns) & set(plan.ignored_columns)
    assert "objectId" in plan.ignored_columns
    rows = by_email(plan)
    assert rows["room.athens2@northwind.example"] == ("skip", ["account disabled: skipped"])
    assert rows["Backup service"] == ("skip", [NOT_A_PERSON])
    assert rows["tom.leaver@northwind.example"] == ("skip", ["account disabled: skipped"])
    assert (plan.skipped_not_people, plan.skipped_disabled) == (1, 2)
    assert plan.skipped_parts == ["1 skipped (not a person)", "2 skipped (disabled or left)"]
    # Skipped rows are not rejected: nothing blocks the import.
    assert plan.ok and plan.rejected == 0
    assert (plan.created, plan.updated) == (42, 0)  # 40 staff and two guests

    summary = apply_import(db, plan)
    assert (summary.created, summary.rejected) == (42, 0)
    assert (summary.skipped_not_people, summary.skipped_disabled) == (1, 2)
    assert summary.skipped_parts == plan.skipped_parts
    found = people(db)
    assert len(found) == 42
    assert "room.athens2@northwind.example" not in found
    assert "tom.leaver@northwind.example" not in found
    guests = {p.email: p.external_org for p in found.values() if p.is_external}
    # Their organisation is their own address's domain: the file has no company column.
    assert guests == {"pat.lee@partner.example": "partner.example",
                      "mira.sato@gmail.com": "gmail.com"}  # fmt: skip
    assert not found["pat.lee@partner.example"].share_permission_confirmed
    assert found["margaret.okafor@northwind.example"].external_org == ""


def test_google_workspace_suspended_user_is_skipped(db):
    plan = plan_file(db, HR / "google-workspace.csv")
    assert by_email(plan)["tom.leaver@northwind.example"] == (
        "skip", ["account suspended: skipped"])  # fmt: skip
    assert (plan.created, plan.rejected, plan.skipped_disabled, plan.skipped_not_people) == (
        40, 0, 1, 0)  # fmt: skip
    assert plan.skipped_parts == ["1 skipped (disabled or left)"]


@pytest.mark.parametrize("name", ["bamboohr.csv", "breathehr.csv", "personio.csv", "sage-hr.csv"])
def test_hr_exports_with_a_status_column_of_staff_import_everyone(db, name):
    plan = plan_file(db, HR / name)
    assert len(plan.account_columns) == 1  # their status column
    assert plan._rows_to("skip") == 0 and plan.skipped_parts == []


# --- guests -----------------------------------------------------------------------------------


def test_a_guest_by_type_or_by_ext_sign_in_name_is_external(db, tmp_path):
    path = write_csv(tmp_path / "users.csv", ENTRA, [
        ["ana_contoso.com#EXT#@nw.onmicrosoft.com", "Ana Ruiz", "ana@contoso.com", "Guest",
         "True", "", "Sales"],
        # Made a member, the principal name still says where they come from.
        ["li_fabrikam.co.uk#EXT#@nw.onmicrosoft.com", "Li Wu", "li.wu@fabrikam.co.uk", "Member",
         "True", "", ""],
        ["kim@partner.example", "Kim Lee", "kim@partner.example", "Guest", "True",
         "Partner Ltd", ""],
        ["sam@northwind.example", "Sam Oak", "sam@northwind.example", "Member", "True",
         "Northwind", "Sales"],
    ])  # fmt: skip
    plan = plan_file(db, path)
    assert plan.ok and plan.created == 4
    apply_import(db, plan)
    found = people(db)
    assert {e: (p.is_external, p.external_org) for e, p in found.items()} == {
        "ana@contoso.com": (True, "contoso.com"),
        "li.wu@fabrikam.co.uk": (True, "fabrikam.co.uk"),
        # A company column names a guest's organisation, never a member's.
        "kim@partner.example": (True, "Partner Ltd"),
        "sam@northwind.example": (False, ""),
    }
    assert found["ana@contoso.com"].department == "Sales"


def test_a_guests_organisation_column_comes_first(db, tmp_path):
    path = write_csv(tmp_path / "users.csv", ["Email", "Name", "User type", "Organisation"], [
        ["ana@contoso.com", "Ana Ruiz", "Guest", "Contoso Pharma"],
        ["bo@contoso.com", "Bo Ek", "Guest", ""],
    ])  # fmt: skip
    apply_import(db, plan_file(db, path))
    found = people(db)
    assert (found["ana@contoso.com"].is_external, found["ana@contoso.com"].external_org) == (
        True, "Contoso Pharma")  # fmt: skip
    assert (found["bo@contoso.com"].is_external, found["bo@contoso.com"].external_org) == (
        True, "contoso.com")  # fmt: skip


def test_the_sign_in_name_when_it_is_the_email_column(db, tmp_path):
    # Entra's bulk-create template has no mail column: the principal name is the address.
    path = write_csv(tmp_path / "users.csv", ["Email", "Name"], [
        ["ana_contoso.com#EXT#@nw.onmicrosoft.com", "Ana Ruiz"],
        ["sam@northwind.example", "Sam Oak"],
    ])  # fmt: skip
    plan = plan_file(db, path)
    assert plan.ok
    apply_import(db, plan)
    found = people(db)
    assert found["ana_contoso.com#EXT#@nw.onmicrosoft.com"].external_org == "contoso.com"
    assert not found["sam@northwind.example"].is_external


# --- accounts that are not people -------------------------------------------------------------


def test_accounts_without_email_do_not_block_the_import(db, tmp_path):
    path = write_csv(tmp_path / "users.csv", ENTRA, [
        ["svc-backup@nw.onmicrosoft.com", "Backup service", "", "Member", "True", "", ""],
        ["shared-desk@nw.onmicrosoft.com", "Help desk", "", "Member", "True", "", ""],
        ["sam@northwind.example", "Sam Oak", "sam@northwind.example", "Member", "True", "", ""],
    ])  # fmt: skip
    plan = plan_file(db, path)
    assert [(r.line, r.action, r.problems) for r in plan.rows] == [
        (2, "skip", [NOT_A_PERSON]), (3, "skip", [NOT_A_PERSON]), (4, "create", [])]  # fmt: skip
    assert plan.ok and plan.skipped_parts == ["2 skipped (not people)"]
    summary = apply_import(db, plan)  # no skip_bad_rows needed
    assert (summary.created, summary.skipped_not_people) == (1, 2)
    assert list(people(db)) == ["sam@northwind.example"]


def test_in_an_hr_file_a_missing_email_is_still_a_problem(db, tmp_path):
    """Only a directory lists accounts that are not people; an HR row without an email is
    someone whose address is missing, and blocks the import as before."""
    path = write_csv(tmp_path / "people.csv", ["Email", "Name", "Status"], [
        ["", "Ann Lee", "Active"],
        ["sam@northwind.example", "Sam Oak", "Active"],
    ])  # fmt: skip
    plan = plan_file(db, path)
    assert [(r.action, r.problems) for r in plan.rows] == [
        ("reject", ["no email address"]), ("create", [])]  # fmt: skip
    assert plan.skipped_parts == []
    with pytest.raises(RevMentorError, match="1 row of the file has problems"):
        apply_import(db, plan)


def test_rejected_rows_still_block_and_skipped_ones_are_not_counted(db, tmp_path):
    path = write_csv(tmp_path / "users.csv", ENTRA, [
        ["svc@nw.onmicrosoft.com", "Service", "", "Member", "True", "", ""],
        ["bad@nw.onmicrosoft.com", "Bad Mail", "not-an-address", "Member", "True", "", ""],
        ["sam@northwind.example", "Sam Oak", "sam@northwind.example", "Member", "True", "", ""],
    ])  # fmt: skip
    plan = plan_file(db, path)
    assert (plan.rejected, plan.skipped_not_people) == (1, 1)
    with pytest.raises(RevMentorError, match="^1 row of the file has problems"):
        apply_import(db, plan)
    summary = apply_import(db, plan, skip_bad_rows=True)
    assert (summary.created, summary.rejected, summary.skipped_not_people) == (1, 1, 1)


# --- disabled accounts and leavers ------------------------------------------------------------


def test_statuses_and_leaving_dates(db, tmp_path):
    today = date.today()
    past, future = today - timedelta(days=30), today + timedelta(days=30)
    path = write_csv(tmp_path / "people.csv", ["Email", "Name", "Status", "Termination date"], [
        ["a@x.example", "A One", "Active", ""],
        ["b@x.example", "B Two", "Inactive", ""],
        ["c@x.example", "C Three", "Terminated", ""],
        ["d@x.example", "D Four", "Active", past.isoformat()],
        ["e@x.example", "E Five", "Active", future.isoformat()],  # leaving, not gone yet
        ["f@x.example", "F Six", "On leave", ""],
        ["g@x.example", "G Seven", "Suspended", ""],
        ["h@x.example", "H Eight", "Full-time", today.isoformat()],  # their last day
    ])  # fmt: skip
    plan = plan_file(db, path)
    assert {e: a if a != "skip" else p[0] for e, (a, p) in by_email(plan).items()} == {
        "a@x.example": "create",
        "b@x.example": "inactive: skipped",
        "c@x.example": 'left (status "Terminated"): skipped',
        "d@x.example": f"left on {date_text(past)}: skipped",
        "e@x.example": "create",
        "f@x.example": "create",
        "g@x.example": "account suspended: skipped",
        "h@x.example": "create",
    }
    assert plan.skipped_parts == ["4 skipped (disabled or left)"]
    assert plan.ok
    apply_import(db, plan)
    assert sorted(people(db)) == ["a@x.example", "e@x.example", "f@x.example", "h@x.example"]


def test_a_leaving_date_column_is_read_in_its_own_order(db, tmp_path):
    # 31/01/2020 can only be day first, so 02/03/2020 is 2 March, long gone.
    path = write_csv(tmp_path / "people.csv", ["Email", "Name", "Leaving date"], [
        ["a@x.example", "A One", "31/01/2020"],
        ["b@x.example", "B Two", "02/03/2020"],
        ["c@x.example", "C Three", "someday"],
    ])  # fmt: skip
    plan = plan_file(db, path)
    rows = by_email(plan)
    assert rows["b@x.example"] == ("skip", ["left on 2 Mar 2020: skipped"])
    assert rows["c@x.example"][0] == "reject"
    assert "Leaving date" in rows["c@x.example"][1][0]
    assert "Leaving date" in plan.date_orders


def test_an_excel_workbook_with_booleans_and_date_cells(db, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["mail", "displayName", "accountEnabled", "End date"])
    sheet.append(["a@x.example", "A One", True, None])
    sheet.append(["b@x.example", "B Two", False, None])
    sheet.append(["c@x.example", "C Three", True, date(2021, 6, 30)])
    book.save(tmp_path / "users.xlsx")
    plan = plan_file(db, tmp_path / "users.xlsx")
    assert [(r.action, r.problems) for r in plan.rows] == [
        ("create", []),
        ("skip", ["account disabled: skipped"]),
        ("skip", ["left on 30 Jun 2021: skipped"]),
    ]


def test_someone_already_here_who_appears_disabled_is_left_as_they_are(db, small_org, tmp_path):
    path = write_csv(tmp_path / "users.csv", ["mail", "displayName", "department",
                                              "accountEnabled"], [
        ["dana.fox@x.org", "Dana Fox", "Sales", "False"],
        ["bob@x.org", "Bob Archived", "Sales", "False"],
        ["zoe.adams@x.org", "Zoë Adams", "Sales", "True"],
    ])  # fmt: skip
    plan = plan_file(db, path)
    rows = by_email(plan)
    assert rows["dana.fox@x.org"] == ("skip", [
        "account disabled: skipped; already in RevMentor, where they stay as they are: archive "
        "them on the People page if they have left"])  # fmt: skip
    assert rows["bob@x.org"] == ("skip", [
        "account disabled: skipped (archived in RevMentor already)"])  # fmt: skip
    assert rows["zoe.adams@x.org"][0] == "update"
    apply_import(db, plan)
    found = people(db)
    # Not archived, not changed: archiving stays a person's decision.
    assert (found["dana.fox@x.org"].archived, found["dana.fox@x.org"].department) == (
        False, "Marketing")  # fmt: skip
    assert found["bob@x.org"].archived and found["bob@x.org"].department == "Finance"
    assert found["zoe.adams@x.org"].department == "Sales"


def test_reports_of_a_skipped_leaver_who_is_not_here_yet_are_a_problem(db, tmp_path):
    path = write_csv(tmp_path / "people.csv", ["Email", "Name", "Manager email", "Status"], [
        ["boss@x.example", "Boss Gone", "", "Terminated"],
        ["ann@x.example", "Ann Lee", "boss@x.example", "Active"],
    ])  # fmt: skip
    plan = plan_file(db, path)
    rows = by_email(plan)
    assert rows["boss@x.example"] == ("skip", ['left (status "Terminated"): skipped'])
    assert rows["ann@x.example"] == (
        "reject", ["line manager boss@x.example is on line 2, which is skipped"])  # fmt: skip


def test_a_rehire_listed_twice_is_not_a_duplicate(db, tmp_path):
    path = write_csv(tmp_path / "people.csv", ["Email", "Name", "Status", "Manager email"], [
        ["ann@x.example", "Ann Lee", "Terminated", ""],
        ["ann@x.example", "Ann Lee", "Active", ""],
        ["bo@x.example", "Bo Ek", "Active", "ann@x.example"],
    ])  # fmt: skip
    plan = plan_file(db, path)
    assert [(r.action, r.problems) for r in plan.rows] == [
        ("skip", ['left (status "Terminated"): skipped']),
        ("create", []),
        ("create", []),
    ]
    apply_import(db, plan)
    found = people(db)
    assert found["bo@x.example"].manager_id == found["ann@x.example"].id


def test_a_column_mapped_to_a_field_is_that_fields_only(db, tmp_path):
    path = write_csv(tmp_path / "people.csv", ["Email", "Name", "Status"], [
        ["a@x.example", "A One", "Inactive"],
    ])  # fmt: skip
    plan = plan_file(db, path)
    assert (plan.rows[0].action, plan.account_columns) == ("skip", ["Status"])
    plan = plan_file(db, path, ["Status=department"])
    assert (plan.rows[0].action, plan.account_columns) == ("create", [])


def test_a_plain_hr_export_is_planned_exactly_as_before(db, tmp_path):
    path = write_csv(tmp_path / "people.csv", ["Email", "First name", "Surname", "Department"], [
        ["a@x.example", "A", "One", "Sales"],
        ["", "B", "Two", "Sales"],
    ])  # fmt: skip
    plan = plan_file(db, path)
    assert [(r.action, r.problems) for r in plan.rows] == [
        ("create", []), ("reject", ["no email address"])]  # fmt: skip
    assert (plan.skipped_not_people, plan.skipped_disabled, plan.skipped_parts) == (0, 0, [])
    assert plan.ignored_columns == []
