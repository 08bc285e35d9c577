"""Dates in the exports: real date cells in an XLSX (they sort, filter and count as dates), ISO
text in a CSV; checked with openpyxl and, in a slow test, with LibreOffice."""

import csv
import os
import shutil
import subprocess
from datetime import date, datetime

import pytest
from factories import add_check_in, add_partnership, enrol
from openpyxl import load_workbook

from revmentor_desktop.core.db.models import CheckInKind, PartnershipStatus, Person, Role
from revmentor_desktop.core.services import exports

pytestmark = pytest.mark.both_engines


@pytest.fixture
def dated(db, small_org):
    """A pair from 1 Oct 2026 with a check-in (next meeting 19 Oct), a draft pair without dates,
    and Dana's start date at work; Zoë's start date is unknown."""
    enrol(db, small_org, "dana.fox@x.org", Role.REVERSE_MENTOR)  # consent on 1 Sep 2026
    active, _ = add_partnership(db, small_org, "dana.fox@x.org", "zoe.adams@x.org")
    add_check_in(db, active, date(2026, 10, 5), CheckInKind.FIT_CHECK,
                 next_meeting_on=date(2026, 10, 19))  # fmt: skip
    add_partnership(
        db, small_org, "wang.wei@x.org", "jose.muller@x.org", status=PartnershipStatus.DRAFT,
        wizard_step=1, start=None, end=None,
    )  # fmt: skip
    with db.session() as session, session.begin():
        people = {p.email: p for p in session.query(Person)}
        people["dana.fox@x.org"].start_date = date(2019, 3, 4)
        people["zoe.adams@x.org"].start_date = None


def sheet_rows(path):
    """{column name: cell} for each row of the workbook's first sheet."""
    book = load_workbook(path)
    sheet = book.worksheets[0]
    header = [cell.value for cell in sheet[1]]
    rows = [dict(zip(header, row, strict=True)) for row in sheet.iter_rows(min_row=2)]
    return sheet, header, rows


DATE_COLUMNS = {
    "people": ("start_date", "consent_date"),
    "pairs": ("start_date", "end_date"),
    "checkins": ("date", "next_meeting"),
}


@pytest.mark.parametrize("kind", list(DATE_COLUMNS))
def test_xlsx_dates_are_date_cells_with_a_date_format(db, dated, tmp_path, kind):
    path = tmp_path / f"{kind}.xlsx"
    exports.EXPORT_KINDS[kind].write(db, path)
    sheet, header, rows = sheet_rows(path)
    filled = 0
    for row in rows:
        for column in DATE_COLUMNS[kind]:
            cell = row[column]
            if cell.value is None:
                continue  # an unknown date stays an empty cell, never "" or "None"
            assert cell.is_date, (column, cell.value)
            assert isinstance(cell.value, datetime)  # openpyxl reads every date cell so
            assert cell.number_format == "yyyy-mm-dd"
            filled += 1
        # Text stays text: a name is never taken for a date.
        assert all(not cell.is_date for name, cell in row.items()
                   if name not in DATE_COLUMNS[kind])  # fmt: skip
    assert filled >= 2
    for column in DATE_COLUMNS[kind]:  # wide enough to show a date rather than ########
        letter = sheet.cell(1, header.index(column) + 1).column_letter
        assert sheet.column_dimensions[letter].width >= 11


def test_the_dates_are_the_right_days(db, dated, tmp_path):
    exports.export_checkins(db, tmp_path / "c.xlsx")
    _, _, [row] = sheet_rows(tmp_path / "c.xlsx")
    assert (row["date"].value.date(), row["next_meeting"].value.date()) == (
        date(2026, 10, 5), date(2026, 10, 19),
    )  # fmt: skip
    exports.export_pairs(db, tmp_path / "p.xlsx")
    _, _, rows = sheet_rows(tmp_path / "p.xlsx")
    by_status = {row["status"].value: row for row in rows}
    assert by_status["Active"]["end_date"].value == datetime(2027, 6, 30)
    assert by_status["Draft"]["start_date"].value is None
    exports.export_people(db, tmp_path / "people.xlsx")
    _, _, rows = sheet_rows(tmp_path / "people.xlsx")
    by_email = {row["email"].value: row for row in rows}
    assert by_email["dana.fox@x.org"]["start_date"].value == datetime(2019, 3, 4)
    assert by_email["dana.fox@x.org"]["consent_date"].value == datetime(2026, 9, 1)
    assert by_email["zoe.adams@x.org"]["start_date"].value is None


def test_csv_dates_stay_iso_text(db, dated, tmp_path):
    exports.export_checkins(db, tmp_path / "c.csv")
    exports.export_pairs(db, tmp_path / "p.csv")
    with open(tmp_path / "c.csv", encoding="utf-8-sig", newline="") as file:
        [row] = list(csv.DictReader(file))
    assert (row["date"], row["next_meeting"]) == ("2026-10-05", "2026-10-19")
    with open(tmp_path / "p.csv", encoding="utf-8-sig", newline="") as file:
        dates = {r["status"]: (r["start_date"], r["end_date"]) for r in csv.DictReader(file)}
    assert dates == {"Active": ("2026-10-01", "2027-06-30"), "Draft": ("", "")}


def _libreoffice(xlsx, folder, target: str):
    """Have LibreOffice Calc open the file and save it as `target` ("csv:…" or "fods")."""
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{folder}/lo", "--headless",
         "--convert-to", target, "--outdir", str(folder / "out"), str(xlsx)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    return folder / "out"


@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("soffice") is None and not os.environ.get("CI"),  # CI installs it: never skip
    reason="LibreOffice (soffice) is not here; installer/setup.sh test installs it",
)
def test_libreoffice_reads_the_dates_as_dates(db, dated, tmp_path):
    """A real spreadsheet holds a date value (not text that looks like one) and shows it as
    2026-10-05."""
    path = tmp_path / "checkins.xlsx"
    exports.export_checkins(db, path)
    # Its own flat file format says each cell's type.
    saved = (_libreoffice(path, tmp_path, "fods") / "checkins.fods").read_text(encoding="utf-8")
    for day in ("2026-10-05", "2026-10-19"):
        assert f'office:value-type="date" office:date-value="{day}"' in saved
    assert 'office:value-type="string"' in saved  # the names and labels stay text
    # CSV as shown on screen: comma, double quote, UTF-8.
    out = _libreoffice(path, tmp_path, "csv:Text - txt - csv (StarCalc):44,34,76")
    with open(out / "checkins.csv", encoding="utf-8", newline="") as file:
        header, row = list(csv.reader(file))
    assert (row[header.index("date")], row[header.index("mentee")]) == ("2026-10-05", "Zoë Adams")
