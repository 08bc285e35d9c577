"""Reading a spreadsheet reports how far it has read, in bytes of the file, and stops when the
progress call raises (the window's Stop, or its closing)."""

from pathlib import Path

import pytest
from openpyxl import Workbook

from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.services.imports.tables import PROGRESS_ROWS, read_table

ROWS = 3 * PROGRESS_ROWS + 10


class Stop(Exception):
    pass


def csv_file(path: Path) -> Path:
    lines = "".join(f"p{n}@x.org,Person {n}\n" for n in range(ROWS))
    path.write_text("Email,Name\n" + lines, encoding="utf-8")
    return path


def xlsx_file(path: Path) -> Path:
    book = Workbook()
    book.active.append(["Email", "Name"])
    for n in range(ROWS):
        book.active.append([f"p{n}@x.org", f"Person {n}"])
    book.save(path)
    return path


@pytest.mark.parametrize("write", [csv_file, xlsx_file])
def test_the_reading_reports_bytes_read_as_it_goes(tmp_path, write):
    path = write(tmp_path / f"people.{write.__name__[:-5]}")
    reports = []
    table = read_table(path, progress=lambda done, total: reports.append((done, total)))
    assert len(table.rows) == ROWS
    size = path.stat().st_size
    assert reports[0] == (0, size) and len(reports) == 1 + 4  # at the start, every 1,000 rows
    done = [d for d, total in reports if total == size]
    assert len(done) == len(reports) and done == sorted(done) and done[-1] <= size
    assert done[-1] > done[1]


@pytest.mark.parametrize("write", [csv_file, xlsx_file])
def test_a_progress_call_that_raises_stops_the_reading(tmp_path, write):
    path = write(tmp_path / f"people.{write.__name__[:-5]}")
    reports = []

    def progress(done, total):
        reports.append(done)
        if len(reports) == 2:
            raise Stop

    with pytest.raises(Stop):
        read_table(path, progress=progress)
    assert len(reports) == 2  # nothing read after it


def test_a_file_refused_before_reading_reports_nothing(tmp_path):
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0" + bytes(100))
    reports = []
    with pytest.raises(RevMentorError, match="old-style Excel .xls file"):
        read_table(path, progress=lambda done, total: reports.append(done))
    assert reports == []
