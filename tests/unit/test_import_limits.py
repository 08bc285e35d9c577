"""Import limits: files, sheets, rows, columns and cells beyond them are refused with a message
naming the limit, as soon as it is crossed, and "zip bombs" before anything is unpacked.

The limits are small here (ImportLimits given to read_table, or tables.LIMITS replaced), so the
files stay small; bench/import_memory.py measures the real ones on real-sized files. That a
read stops at the limit is shown without timing: the file goes on with something that would
fail if it were read (a NUL byte, broken XML)."""

import zipfile
from pathlib import Path

import pytest
from factories import run_cli
from openpyxl import Workbook

from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.services.imports import tables
from revmentor_desktop.core.services.imports.limits import ImportLimits
from revmentor_desktop.core.services.imports.tables import read_table

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PARTS = {
    "[Content_Types].xml": (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
    ),
    "_rels/.rels": (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>"
    ),
    "xl/workbook.xml": (
        f'<workbook {NS} xmlns:r="{REL}"><sheets>'
        '<sheet name="People" sheetId="1" r:id="rId1"/></sheets></workbook>'
    ),
    "xl/_rels/workbook.xml.rels": (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
        "</Relationships>"
    ),
}


def cell(text: str) -> str:
    return f'<c t="inlineStr"><is><t>{text}</t></is></c>'


def workbook(path: Path, rows: int, row, tail: str = "</sheetData></worksheet>") -> Path:
    """An XLSX written straight into its zip, as a crafted file would be: a sheet without a
    recorded size, the column names Email and Name, then `rows` rows made by `row(n)`."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in PARTS.items():
            archive.writestr(name, text)
        with archive.open("xl/worksheets/sheet1.xml", "w") as sheet:
            sheet.write(
                f"<worksheet {NS}><sheetData><row>{cell('Email')}{cell('Name')}</row>".encode()
            )
            for start in range(0, rows, 10_000):
                sheet.write("".join(map(row, range(start, min(rows, start + 10_000)))).encode())
            sheet.write(tail.encode())
    return path


def person_row(n: int) -> str:
    return f"<row>{cell(f'p{n}@x.org')}{cell(f'P {n}')}</row>"


def test_a_sheet_written_like_the_bombs_reads(tmp_path):
    table = read_table(workbook(tmp_path / "people.xlsx", 3, person_row))
    assert table.headers == ["Email", "Name"]
    assert table.rows == [["p0@x.org", "P 0"], ["p1@x.org", "P 1"], ["p2@x.org", "P 2"]]


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    # 400,000 identical rows: 37 MB of XML packed into about 0.1 MB.
    same = "<row>" + cell("a@x.org") + cell("A") + "</row>"
    path = workbook(tmp_path / "bomb.xlsx", 400_000, lambda n: same)
    with pytest.raises(RevMentorError) as refused:
        read_table(path)
    message = str(refused.value)
    assert message.startswith("bomb.xlsx is refused: its part xl/worksheets/sheet1.xml would")
    assert "times its size, and the most RevMentor accepts is 100 times" in message


def test_a_sheet_that_unpacks_too_big_is_refused(tmp_path):
    path = workbook(tmp_path / "big.xlsx", 20_000, person_row)
    with pytest.raises(RevMentorError, match=r"its part xl/worksheets/sheet1.xml unpacks to 2\.0 "
                       r"MB, and the most RevMentor unpacks is 0\.5 MB"):  # fmt: skip
        read_table(path, limits=ImportLimits(part_bytes=2**19))


def test_rows_beyond_the_limit_are_never_read(tmp_path):
    # Broken XML after the rows: reading on (or looking for the sheet's size) would fail on it.
    path = workbook(tmp_path / "long.xlsx", 5_000, person_row, tail="<row><c>broken")
    with pytest.raises(RevMentorError, match="long.xlsx has more than 1,000 rows below its "
                       "column names: RevMentor imports at most 1,000 at a time"):  # fmt: skip
        read_table(path, limits=ImportLimits(rows=1_000))
    with pytest.raises(RevMentorError, match="not a readable Excel workbook"):
        read_table(path)  # the default limit lets it read on, to the broken end


def test_csv_rows_beyond_the_limit_are_never_read(tmp_path):
    path = tmp_path / "long.csv"
    lines = "".join(f"p{n}@x.org,P {n}\n" for n in range(20_000))  # 300 KB, past the sniffing
    path.write_bytes(b"Email,Name\n" + lines.encode() + b"\x00binary\n")
    with pytest.raises(RevMentorError, match="long.csv has more than 1,000 rows"):
        read_table(path, limits=ImportLimits(rows=1_000))
    with pytest.raises(RevMentorError, match="binary data"):
        read_table(path)


def test_blank_rows_count(tmp_path):
    path = tmp_path / "blank.csv"
    path.write_text("Email,Name\n" + "\n" * 10 + "a@x.org,A\n", encoding="utf-8")
    assert len(read_table(path, limits=ImportLimits(rows=11)).rows) == 11
    with pytest.raises(RevMentorError, match="more than 10 rows"):
        read_table(path, limits=ImportLimits(rows=10))


def xlsx(path: Path, rows: list[list]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def csv_file(path: Path, rows: list[list[str]]) -> Path:
    path.write_text("".join(",".join(row) + "\n" for row in rows), encoding="utf-8")
    return path


@pytest.mark.parametrize("write", [csv_file, xlsx])
def test_a_cell_too_long_is_refused_naming_its_row_and_column(tmp_path, write):
    rows = [["Email", "Notes"], ["a@x.org", "fine"], ["b@x.org", "x" * 101]]
    path = write(tmp_path / f"people.{'csv' if write is csv_file else 'xlsx'}", rows)
    assert read_table(path, limits=ImportLimits(cell_chars=101)).rows[1][1] == "x" * 101
    with pytest.raises(RevMentorError) as refused:
        read_table(path, limits=ImportLimits(cell_chars=100))
    assert str(refused.value) == (
        f'Row 3 of {path.name} has 101 characters in column "Notes": the most one cell may hold '
        "is 100."
    )


def test_a_cell_beyond_what_csv_reads_is_refused_clearly(tmp_path):
    path = csv_file(tmp_path / "people.csv", [["Email", "Notes"], ["a@x.org", "x" * 200_000]])
    with pytest.raises(RevMentorError, match="A cell on line 2 of people.csv holds more than "
                       "131,072 characters: the most one cell may hold is 10,000"):  # fmt: skip
        read_table(path)


def test_a_line_longer_than_any_row_can_be_is_refused_before_it_is_split(tmp_path):
    path = csv_file(tmp_path / "people.csv", [["Email", "Name"], ["a@x.org", "A"],
                                                ["b@x.org", ",".join(["b"] * 100)]])  # fmt: skip
    with pytest.raises(RevMentorError, match="Line 3 of people.csv is longer than 26 characters"):
        read_table(path, limits=ImportLimits(columns=2, cell_chars=10))


@pytest.mark.parametrize("write", [csv_file, xlsx])
def test_too_many_columns(tmp_path, write):
    header = [f"Column {i}" for i in range(12)] + ["", ""]
    path = write(tmp_path / f"wide.{'csv' if write is csv_file else 'xlsx'}", [header, ["a"] * 12])
    assert len(read_table(path, limits=ImportLimits(columns=12)).headers) == 12
    with pytest.raises(RevMentorError, match=f"{path.name} has 12 columns: RevMentor imports "
                       "at most 11. Delete the columns the import does not need"):  # fmt: skip
        read_table(path, limits=ImportLimits(columns=11))


def test_cells_beyond_the_limit_columns_are_left_out(tmp_path):
    path = xlsx(tmp_path / "people.xlsx", [["Email", "Name"], ["a@x.org", "A", "stray"]])
    path_csv = csv_file(tmp_path / "people.csv", [["Email", "Name"], ["a@x.org", "A", "stray"]])
    for file in (path, path_csv):
        assert read_table(file, limits=ImportLimits(columns=2, cell_chars=10)).rows == [
            ["a@x.org", "A"]
        ]


def test_too_many_cells_for_the_width(tmp_path):
    rows = [["Email", "A", "B", "C"]] + [[f"p{n}@x.org", "1", "2", "3"] for n in range(30)]
    path = csv_file(tmp_path / "wide.csv", rows)
    assert len(read_table(path, limits=ImportLimits(cells=120)).rows) == 30
    with pytest.raises(RevMentorError, match="wide.csv is too big to import at once: its first "
                       "26 rows of 4 columns are more than the 100 cells"):  # fmt: skip
        read_table(path, limits=ImportLimits(cells=100))


@pytest.mark.parametrize("name", ["people.csv", "people.xlsx"])
def test_a_file_too_big_is_refused_unread(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"\x00" * 2048)  # never read: a read would call it binary data
    with pytest.raises(RevMentorError, match=f"{name} is 0.0 MB: RevMentor imports files of up "
                       "to 0.0 MB"):  # fmt: skip
        read_table(path, limits=ImportLimits(file_bytes=1024))


def test_the_command_line_says_which_limit(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(tables, "LIMITS", ImportLimits(rows=2))
    path = csv_file(tmp_path / "people.csv", [["Email", "Name"]] + [["a@x.org", "A"]] * 3)
    code, out, err = run_cli(capsys, tmp_path / "db.sqlite", "import", "people", path, "--dry-run")
    assert code == 1 and out == ""
    assert err == (
        "revmentor: error: people.csv has more than 2 rows below its column names: RevMentor "
        "imports at most 2 at a time. Split it into smaller files.\n"
    )
