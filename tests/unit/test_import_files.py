"""Reading import files: Excel's CSV dialects and encodings, XLSX, bad files, and cell values."""

import codecs
import gc
import os
import random
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from revmentor_desktop.core.db.models import Channel, Role
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.services.imports.cells import (
    parse_channels,
    parse_hours,
    parse_role,
    split_full_name,
    split_list,
)
from revmentor_desktop.core.services.imports.dates import parse_date
from revmentor_desktop.core.services.imports.tables import read_table

FIXTURES = Path(__file__).parents[1] / "fixtures" / "import"


def test_excel_csv_with_bom_semicolons_and_crlf():
    table = read_table(FIXTURES / "excel-semicolon-bom.csv")
    assert (table.encoding, table.delimiter) == ("utf-8-sig", ";")
    assert table.headers[:3] == ["First name", "Surname", "Work Email"]  # no BOM left on "First"
    assert len(table.rows) == 4  # the blank row stays, so row numbers match the spreadsheet
    assert table.rows[2] == [""] * len(table.headers)
    assert table.rows[3][3] == "Research; Development"  # a quoted delimiter stays in its cell
    assert not any("\r" in cell for row in table.rows for cell in row)
    assert not table.multiline
    assert table.description == "CSV, UTF-8 with BOM, semicolon-separated, 3 rows"


def test_windows_1252_is_read_when_utf8_fails():
    table = read_table(FIXTURES / "windows-1252.csv")
    assert (table.encoding, table.delimiter) == ("cp1252", ",")
    names = [row[0] for row in table.rows]
    assert names == ["Jürgen Müller", "Zoë Adams", "Seán O’Brien"]  # ’ is 0x92 in Windows-1252
    assert table.rows[2][3] == "Associate" and table.rows[2][2] == "Sales, Ireland"
    assert "Windows-1252" in table.description


def test_tab_separated_utf8_without_bom():
    table = read_table(FIXTURES / "tab-separated.txt")
    assert (table.encoding, table.delimiter) == ("utf-8", "\t")
    assert table.headers == ["email", "given_name", "family_name", "level", "channels"]
    assert table.rows[1][1:3] == ["伟", "王"]


def test_quoted_newlines_are_one_record():
    table = read_table(FIXTURES / "quoted-newlines.csv")
    assert [row[0] for row in table.rows] == ["lee@example.org", "not-an-email", "kim@example.org"]
    assert table.rows[0][3] == "Prefers mornings.\nAsked about Power BI,\nand about TikTok."
    assert table.multiline


def test_excel_unicode_text_export_is_utf16_with_tabs(tmp_path):
    path = tmp_path / "people.txt"
    path.write_bytes(
        codecs.BOM_UTF16_LE + "Email\tName\nzoe@x.org\tZoë Adams\n".encode("utf-16-le")
    )
    table = read_table(path)
    assert (table.encoding, table.delimiter) == ("utf-16", "\t")
    assert table.rows == [["zoe@x.org", "Zoë Adams"]]


@pytest.mark.parametrize(
    ("text", "delimiter", "width"),
    [
        ("email\na@x.org\nb@x.org\n", ",", 1),  # one column: the sniffer gives up
        ("Name;Skills\nDana;Excel, Power BI, Canva\nBo;TikTok, Excel\n", ";", 2),
        ("Name,Skills\nDana,Excel; Power BI; Canva\nBo,TikTok; Excel\n", ",", 2),
        ('"Last; first",Email\n"Fox; Dana",d@x.org\n', ",", 2),
        ("a\tb\tc\n1\t2\t3\n", "\t", 3),
    ],
)
def test_delimiter_detection(tmp_path, text, delimiter, width):
    path = tmp_path / "t.csv"
    path.write_text(text, encoding="utf-8")
    table = read_table(path)
    assert table.delimiter == delimiter
    assert len(table.headers) == width


def test_short_and_long_rows_take_the_header_width(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("a,b,c\n1\n1,2,3,4\n\n\n", encoding="utf-8")
    table = read_table(path)
    assert table.rows == [["1", "", ""], ["1", "2", "3"]]  # trailing blank lines dropped


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"\xef\xbb\xbf \r\n\r\n", "is empty"),
        (b"Email;Name\r\n", "no rows of people"),
        (b"Email,Name\n,\n ,  \n", "no rows of people"),
        (b",,\nx@y.org,a,b\n", "first row"),
        (bytes(range(1, 32)) * 8, "binary data"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old-style Excel .xls"),
        (b"Name\n\x81\x8d\x8f\x90\x9d\xc3\n", "neither UTF-8 nor Windows-1252"),
    ],
)
def test_unreadable_files_are_one_clear_error(tmp_path, content, message):
    path = tmp_path / "people.csv"
    path.write_bytes(content)
    with pytest.raises(RevMentorError, match=message):
        read_table(path)


def test_random_garbage_is_refused(tmp_path):
    path = tmp_path / "people.csv"
    path.write_bytes(random.Random(3).randbytes(4096))
    with pytest.raises(RevMentorError, match="binary data|neither UTF-8"):
        read_table(path)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(RevMentorError, match="There is no file"):
        read_table(tmp_path / "nope.csv")
    with pytest.raises(RevMentorError, match="is a folder"):
        read_table(tmp_path)


def _open_files() -> set[str]:
    return {os.path.realpath(f"/proc/self/fd/{fd}") for fd in os.listdir("/proc/self/fd")}


@pytest.mark.parametrize("kind", ["text", "zip", "empty-zip"])
def test_a_bad_xlsx_is_refused_and_left_closed(tmp_path, kind):
    path = tmp_path / "people.xlsx"
    if kind == "text":
        path.write_text("Email,Name\na@x.org,A\n", encoding="utf-8")
    else:
        with zipfile.ZipFile(path, "w") as archive:
            if kind == "zip":
                archive.writestr("hello.txt", "not a workbook")
    with pytest.raises(RevMentorError, match="not a readable Excel workbook"):
        read_table(path)
    gc.collect()  # an unclosed file would warn here, and warnings are errors
    if os.path.isdir("/proc/self/fd"):
        assert str(path) not in _open_files()


def _workbook(path: Path, rows: list[list]) -> Path:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    book.create_sheet("Second")["A1"] = "never read"
    book.save(path)
    return path


def test_xlsx_cells_become_text(tmp_path):
    path = _workbook(
        tmp_path / "people.xlsx",
        [
            ["Email", "Hire date", "Hours", "Level", "Remote", "Joined at"],
            ["a@x.org", datetime(2024, 3, 1), 4.0, 3, True, datetime(2024, 3, 1, 9, 30)],
            [],
            ["b@x.org", date(2019, 12, 31), 2.5, "Manager", False, None],
            [None, None, None],
        ],
    )
    table = read_table(path)
    assert (table.encoding, table.delimiter) == (None, None)
    assert table.headers == ["Email", "Hire date", "Hours", "Level", "Remote", "Joined at"]
    assert table.rows[0] == ["a@x.org", "2024-03-01", "4", "3", "TRUE", "2024-03-01 09:30"]
    assert table.rows[1] == [""] * 6  # the empty row keeps later row numbers right
    assert table.rows[2] == ["b@x.org", "2019-12-31", "2.5", "Manager", "FALSE", ""]
    assert len(table.rows) == 3
    assert table.description == "Excel workbook, 2 rows"
    gc.collect()
    if os.path.isdir("/proc/self/fd"):
        assert str(path) not in _open_files()  # read-only workbooks must be closed


def test_an_xlsx_saved_as_csv_is_still_read(tmp_path):
    path = _workbook(tmp_path / "people.xlsx", [["Email"], ["a@x.org"]])
    renamed = path.rename(tmp_path / "people.csv")
    assert read_table(renamed).rows == [["a@x.org"]]


def test_empty_xlsx_and_header_only_xlsx(tmp_path):
    with pytest.raises(RevMentorError, match="is empty"):
        read_table(_workbook(tmp_path / "empty.xlsx", []))
    with pytest.raises(RevMentorError, match="no rows of people"):
        read_table(_workbook(tmp_path / "header.xlsx", [["Email", "Name"]]))


# --- cell values ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03-01", date(2024, 3, 1)),
        ("2024-3-1", date(2024, 3, 1)),
        ("2024-03-01 00:00:00", date(2024, 3, 1)),
        ("2024/03/01", date(2024, 3, 1)),
        ("01/03/2024", date(2024, 3, 1)),  # day first: the organisation is European
        ("1/3/2024", date(2024, 3, 1)),
        ("13.12.2023", date(2023, 12, 13)),
        ("01-03-24", date(2024, 3, 1)),
        ("15/06/98", date(1998, 6, 15)),
        ("1 March 2024", date(2024, 3, 1)),
        ("1st march 2024", date(2024, 3, 1)),
        ("01-Mar-24", date(2024, 3, 1)),
        ("5 Sept 2021", date(2021, 9, 5)),
        ("March 1, 2024", date(2024, 3, 1)),
        ("45352", date(2024, 3, 1)),  # an Excel date cell copied as its serial number
        ("", None),
    ],
)
def test_dates(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text", ["31/02/2024", "2024-13-01", "tomorrow", "1 Foo 2024", "03/2024", "12", "2024"]
)
def test_bad_dates(text):
    with pytest.raises(ValueError):
        parse_date(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Power BI; Excel", ["Power BI", "Excel"]),
        ("Power BI, Excel", ["Power BI", "Excel"]),
        ("Power BI | Excel", ["Power BI", "Excel"]),
        ("Diversity, equity and inclusion; Excel", ["Diversity, equity and inclusion", "Excel"]),
        ("  TikTok  ", ["TikTok"]),
        ("a;;b;", ["a", "b"]),
        ("", []),
    ],
)
def test_lists_in_a_cell(text, expected):
    assert split_list(text) == expected


@pytest.mark.parametrize(
    ("full", "given", "family"),
    [
        ("Dana Fox", "Dana", "Fox"),
        ("Mary Ann  Smith", "Mary Ann", "Smith"),
        ("Madonna", "Madonna", ""),
        ("王伟", "伟", "王"),
        ("欧阳娜娜", "阳娜娜", "欧"),  # keep it simple: the first character is the family name
        ("王 伟", "伟", "王"),
        ("김민준", "민준", "김"),
    ],
)
def test_full_names(full, given, family):
    assert split_full_name(full) == (given, family)


def test_hours_channels_roles():
    assert [parse_hours(t) for t in ("4", "2,5", "3.5 h", "6 hours a month", "0", "")] == [
        4.0, 2.5, 3.5, 6.0, 0.0, None,
    ]  # fmt: skip
    for bad in ("-1", "lots", "4-6"):
        with pytest.raises(ValueError):
            parse_hours(bad)
    channels, unknown = parse_channels("Teams, Zoom | Slack; chat; IM; face to face")
    assert channels == ["video", "messaging", "in_person"] and unknown == []
    channels, unknown = parse_channels("Video call; in_person; Phone; E-mail; pigeon")
    assert channels == [Channel.VIDEO, Channel.IN_PERSON, Channel.PHONE, Channel.EMAIL]
    assert unknown == ["pigeon"]
    assert parse_role("Reverse mentor") is Role.REVERSE_MENTOR
    assert parse_role("reverse_mentor") is Role.REVERSE_MENTOR
    assert parse_role("MENTOR") is Role.REVERSE_MENTOR
    assert parse_role(" Mentee ") is Role.MENTEE
    assert parse_role("") is None
    with pytest.raises(ValueError):
        parse_role("coach")


def test_a_few_stray_control_characters_are_still_text(tmp_path):
    path = tmp_path / "people.csv"
    rows = "".join(f"p{i}@x.org,Line one\x0bline two\n" for i in range(20))
    path.write_text("Email,Notes\n" + rows + "\x1a", encoding="utf-8")
    assert len(read_table(path).rows) == 20
