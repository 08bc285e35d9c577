"""Reading a spreadsheet for an import: CSV as Excel writes it or XLSX, row by row, as text."""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
import warnings
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.services.formula_cells import restore_formula
from revmentor_desktop.core.services.imports.limits import (
    LIMITS,
    ImportLimits,
    check_file_size,
    check_parts,
    sizes_unread,
)
from revmentor_desktop.core.services.imports.plan import collector_paused
from revmentor_desktop.core.text import count, isolate

DELIMITERS = ",;\t"
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}
ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 with BOM",
    "utf-16": "UTF-16",
    "cp1252": "Windows-1252",
}
XLSX_SUFFIXES = (".xlsx", ".xlsm")
SNIFF_CHARS = 32_000  # csv.Sniffer is a regex engine: a sample is enough, and much faster
_SNIFF_BYTES = 4 * SNIFF_CHARS  # SNIFF_CHARS characters in any encoding read here
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # the old binary .xls format
_CONTROL = {chr(c) for c in range(32)} - {"\t", "\n", "\r", "\f"}
# Lines above the column names that some exports write: Entra ID's bulk-create template starts
# with "version:v1.0", Excel reports with a title and a blank row. A few at most.
MAX_LINES_ABOVE = 5
# A cell that holds a value rather than a column name: an address, a number, a date, a time.
_VALUE_CELL = re.compile(r"^[^@\s]+@[^@\s]+$|^[\d\s.,:/+\-]+$")
PROGRESS_ROWS = 1_000  # rows read between two reports to `progress`


@dataclass
class SourceTable:
    """A file's column names and the data rows below them, every cell as stripped text.

    The column names are on the spreadsheet's row `header_line` (1, unless a title or version
    line above them was skipped), so `rows[i]` is its row `line(i)`; blank rows are kept so
    those numbers stay right. `encoding` and `delimiter` are None for an XLSX workbook.
    """

    path: Path
    headers: list[str]
    rows: list[list[str]]
    encoding: str | None
    delimiter: str | None
    header_line: int = 1

    def line(self, index: int) -> int:
        """The spreadsheet row (or CSV line, if no cell spans lines) of `rows[index]`."""
        return self.header_line + 1 + index

    @property
    def multiline(self) -> bool:
        """True when a cell spans lines, so a text editor's line numbers differ from row numbers."""
        # One joined string a row: far quicker than looking at each cell in Python.
        return any("\n" in text or "\r" in text for text in map("".join, self.rows))

    @property
    def description(self) -> str:
        """What was read, for the user: "CSV, UTF-8 with BOM, semicolon-separated, 12 rows",
        and ", column names on row 2" when lines above them were skipped."""
        rows = count(sum(1 for row in self.rows if any(row)), "row")
        if self.header_line > 1:
            rows += f", column names on row {self.header_line}"
        if self.delimiter is None:
            return f"Excel workbook, {rows}"
        encoding = ENCODING_NAMES.get(self.encoding or "", self.encoding)
        return f"CSV, {encoding}, {DELIMITER_NAMES[self.delimiter]}-separated, {rows}"


PEOPLE_EXAMPLE = '"Email", "First name", "Surname"'


@collector_paused()
def read_table(
    path: Path,
    *,
    rows_of: str = "people",
    example: str = PEOPLE_EXAMPLE,
    limits: ImportLimits | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> SourceTable:
    """Read a .csv (or other text) or .xlsx file; RevMentorError when it is unreadable, empty or
    beyond `limits` (LIMITS unless given).

    Rows are read one at a time, so only the table itself is held. `rows_of` names what the
    rows hold and `example` some column names, for the messages. `progress(bytes read, file
    size)` is called as the rows are read; whatever it raises stops the reading.
    """
    path = Path(path)
    try:
        with open(path, "rb") as file:
            head = file.read(_SNIFF_BYTES)
            size = file.seek(0, io.SEEK_END)
            reading = _Reading(path, size, limits or LIMITS, rows_of, example, progress)
            check_file_size(path, size, reading.limits)
            if head.startswith(_OLE_MAGIC) or path.suffix.lower() == ".xls":
                raise RevMentorError(
                    f"{isolate(path.name)} is an old-style Excel .xls file: open it in Excel or "
                    "LibreOffice and save it as .xlsx or CSV, then import that."
                )
            reading.report(0)
            if path.suffix.lower() in XLSX_SUFFIXES or head.startswith(_ZIP_MAGIC):
                file.seek(0)
                return _read_xlsx(file, reading)
        return _read_csv(head, reading)
    except FileNotFoundError as exc:
        raise RevMentorError(f"There is no file {isolate(path)}.") from exc
    except IsADirectoryError as exc:
        raise RevMentorError(f"{isolate(path)} is a folder, not a file.") from exc
    except OSError as exc:
        raise RevMentorError(f"Cannot read {isolate(path)}: {exc.strerror or exc}") from exc


@dataclass(frozen=True)
class _Reading:
    """One call of read_table: the file, its limits, and what the messages and progress say."""

    path: Path
    size: int
    limits: ImportLimits
    rows_of: str
    example: str
    progress: Callable[[int, int], None] | None

    def report(self, position: int) -> None:
        if self.progress is not None:
            self.progress(min(position, self.size), self.size)


def _lines_above_header(records: list[list[str]]) -> int:
    """How many lines above the column names to skip: a version line, a title, blank rows.

    Only rows with one filled cell at most are skipped, and only when the row after them looks
    like column names: two or more, all different, none a value (an address, a number, a
    date). Otherwise the first row holds the column names, as in most files.
    """
    for above, record in enumerate(records[: MAX_LINES_ABOVE + 1]):
        filled = [cell.strip() for cell in record if cell.strip()]
        if len(filled) > 1:
            names = len(set(map(str.lower, filled))) == len(filled)
            if names and not any(_VALUE_CELL.match(cell) for cell in filled):
                return above
            return 0
    return 0


# --- CSV ------------------------------------------------------------------------------------


def _read_csv(head: bytes, reading: _Reading) -> SourceTable:
    """Read a text file in the first encoding that reads all of it: UTF-16 if it starts with its
    BOM, else UTF-8 (BOM or not), else Windows-1252. `head` is its first bytes."""
    path = reading.path
    whole = reading.size <= len(head)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Excel's "Unicode text" export: UTF-16 with a BOM (and tabs between columns).
        encodings: tuple[str, ...] = ("utf-16",)
    elif b"\x00" in head:
        raise RevMentorError(_not_a_table(path))
    else:
        encodings = ("utf-8-sig", "cp1252")
    for encoding in encodings:
        try:
            text = codecs.getincrementaldecoder(encoding)().decode(head, final=whole)
        except UnicodeDecodeError:
            continue
        # Text has next to no control characters (a stray vertical tab from a cell, a DOS
        # end-of-file mark); bytes that happen to decode as Windows-1252 are full of them.
        sample = text[:SNIFF_CHARS]
        if sum(1 for char in sample if char in _CONTROL) > max(2, len(sample) // 20):
            raise RevMentorError(_not_a_table(path))
        if (len(text) > SNIFF_CHARS or not whole) and "\n" in sample:
            sample = sample[: sample.rindex("\n")]  # whole lines only
        delimiter = _detect_delimiter(sample)
        try:
            with open(path, encoding=encoding, newline="") as text:
                records = _csv_records(text, delimiter, reading)
                head_records = list(itertools.islice(records, MAX_LINES_ABOVE + 1))
                found = _collect(
                    head_records,
                    lambda _cut, rest=records: rest,
                    reading,
                    text.buffer.tell,
                    _text_cells,
                )
        except UnicodeDecodeError:
            continue  # further on than the sample: start again in the next encoding
        if encoding == "utf-8-sig" and not head.startswith(codecs.BOM_UTF8):
            encoding = "utf-8"
        return _tidy(reading, *found, encoding, delimiter)
    raise RevMentorError(
        f"Cannot read {isolate(path.name)} as text: it is neither UTF-8 nor Windows-1252. Save "
        'it from your spreadsheet as "CSV UTF-8" or as an Excel workbook.'
    )


def _csv_records(text: io.TextIOBase, delimiter: str, reading: _Reading) -> Iterator[list[str]]:
    """The records of a CSV file opened with newline="", read line by line.

    A line longer than a row within the limits can be is refused before it is split; so is a
    line with a NUL character (binary data).
    """
    path, limits = reading.path, reading.limits
    longest = limits.columns * (limits.cell_chars + 3)

    def lines() -> Iterator[str]:
        number, line = 1, text.readline(longest + 1)
        while line:
            if len(line) > longest:
                raise RevMentorError(
                    f"Line {number:,} of {isolate(path.name)} is longer than {longest:,} "
                    f"characters: more than {limits.columns:,} columns of {limits.cell_chars:,} "
                    "characters each, the most RevMentor imports. Is it really a CSV file?"
                )
            if "\x00" in line:
                raise RevMentorError(_not_a_table(path))
            following = text.readline(longest + 1)
            if not following:
                line = line.removesuffix("\x1a")  # a DOS end-of-file mark is not a row
            yield line
            number, line = number + 1, following

    reader = csv.reader(lines(), delimiter=delimiter)
    try:
        yield from reader
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise RevMentorError(
                f"A cell on line {reader.line_num:,} of {isolate(path.name)} holds more than "
                f"{csv.field_size_limit():,} characters: the most one cell may hold is "
                f"{limits.cell_chars:,}."
            ) from exc
        raise RevMentorError(f"{isolate(path.name)} is not a well-formed CSV file: {exc}") from exc


def _not_a_table(path: Path) -> str:
    return (
        f"{isolate(path.name)} does not look like a CSV file or an Excel workbook (it holds binary "
        "data). Save it from your spreadsheet as CSV or .xlsx."
    )


def _detect_delimiter(sample: str) -> str:
    """Comma, semicolon or tab: csv.Sniffer's guess if the header row agrees, else the header's.

    `sample` is the file's first lines. The header row decides in the end because it is the
    row every import has, and a delimiter that does not split the column names cannot be right.
    """
    header_fields = {d: _header_fields(sample, d) for d in DELIMITERS}
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        sniffed = None
    best = max(DELIMITERS, key=lambda d: header_fields[d])  # ties: the order of DELIMITERS
    if sniffed in header_fields and header_fields[sniffed] > 1:
        return sniffed
    return best


def _header_fields(sample: str, delimiter: str) -> int:
    """The fields of the header row split on `delimiter`: the first row with two filled, or
    else the first row (a version or title line above the column names has one at most)."""
    reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
    first = None
    try:
        for record in itertools.islice(reader, MAX_LINES_ABOVE + 1):
            first = record if first is None else first
            if sum(1 for cell in record if cell.strip()) > 1:
                return len(record)
    except csv.Error:
        return 0
    return len(first or [])


# --- XLSX -----------------------------------------------------------------------------------


def _read_xlsx(file: io.BufferedReader, reading: _Reading) -> SourceTable:
    """The first sheet, read row by row once its parts are known to unpack to a sane size. The
    workbook reads from our own file handle and is closed in all cases: openpyxl's read-only
    mode otherwise keeps the file open."""
    from openpyxl import load_workbook  # loaded on first use: it is slow to import
    from openpyxl.utils.exceptions import InvalidFileException

    path, book = reading.path, None
    try:
        check_parts(file, path, reading.limits)
        counted = _CountedFile(file)
        with warnings.catch_warnings():
            # Unsupported extensions or a missing default style are harmless for reading values.
            warnings.simplefilter("ignore", UserWarning)
            with sizes_unread():
                book = load_workbook(counted, read_only=True, data_only=True)
            if not book.worksheets:
                raise RevMentorError(f"{isolate(path.name)} has no worksheet.")
            sheet = book.worksheets[0]
            head = list(sheet.iter_rows(max_row=MAX_LINES_ABOVE + 1, values_only=True))
            found = _collect(
                head,
                # Cells right of the column names are not even made.
                lambda cut: sheet.iter_rows(
                    min_row=MAX_LINES_ABOVE + 2, max_col=cut, values_only=True
                ),
                reading,
                lambda: counted.read_bytes,
            )
    except (
        zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, TypeError, EOFError,
        zlib.error,
        SyntaxError,  # the XML parsers' errors (ParseError) are SyntaxErrors
    ) as exc:  # fmt: skip
        raise RevMentorError(
            f"{isolate(path.name)} is not a readable Excel workbook (.xlsx): "
            f"{exc or type(exc).__name__}. Open it in your spreadsheet and save it again as .xlsx "
            "or CSV."
        ) from exc
    finally:
        if book is not None:
            book.close()
    return _tidy(reading, *found, None, None)


class _CountedFile:
    """A binary file that counts the bytes read from it: how far an XLSX is read, whatever the
    order of its parts (the shared strings, read first, often come after the sheet)."""

    def __init__(self, file: io.BufferedReader) -> None:
        self.file = file
        self.read_bytes = 0

    def read(self, size: int = -1) -> bytes:
        data = self.file.read(size)
        self.read_bytes += len(data)
        return data

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        return self.file.seek(offset, whence)

    def tell(self) -> int:
        return self.file.tell()

    def seekable(self) -> bool:
        return True


def _cell_text(value: object) -> str:
    """A cell as the user sees it: dates as ISO dates, whole numbers without a trailing ".0"."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# --- from records to a table ----------------------------------------------------------------


def _collect(
    head: list[Sequence[object]],
    rest: Callable[[int], Iterable[Sequence[object]]],
    reading: _Reading,
    position: Callable[[], int],
    cells: Callable[[Sequence[object]], list[str]] | None = None,
) -> tuple[list[str], list[list[str]], int]:
    """(column names, rows, the column names' line) from a file's records, checked against the
    limits one row at a time.

    `head` is the first records (enough to find the column names), `rest(width)` the others:
    cells right of the column names may be left out. Each row is kept as trimmed text without
    its trailing empty cells; a cell our exports neutralised (neutralise_formula) is restored.
    `position()` is how far into the file the reading is, for the progress reports. `cells`
    reads a record's cells as _cell does (a quicker one for records of text alone).
    """
    cells = cells or _any_cells
    path, limits = reading.path, reading.limits
    head = [[_cell_text(cell) for cell in record] for record in head]
    above = _lines_above_header(head)
    headers = head[above] if len(head) > above else []
    named = _filled_width(headers)
    if named > limits.columns:
        raise RevMentorError(
            f"{isolate(path.name)} has {named:,} columns: RevMentor imports at most "
            f"{limits.columns:,}. Delete the columns the import does not need, then import it "
            "again."
        )
    # Without column names, every column is read to tell an empty file from a headless one.
    cut = min(len(headers), limits.columns) if named else limits.columns
    headers = headers[:cut]
    rows: list[list[str]] = []
    width = named
    shared: dict[str, str] = {}
    for line, record in enumerate(itertools.chain(head[above + 1 :], rest(cut)), above + 2):
        if len(rows) % PROGRESS_ROWS == 0:
            reading.report(position())
        if len(rows) == limits.rows:
            raise RevMentorError(
                f"{isolate(path.name)} has more than {limits.rows:,} rows below its column names: "
                f"RevMentor imports at most {limits.rows:,} at a time. Split it into smaller "
                "files."
            )
        # One string for each repeated text (a department, a level, a date) halves the memory
        # a people file takes. The texts remembered are bounded, for a file of unique ones.
        if len(shared) < _SHARED_TEXTS:
            row = [shared.setdefault(text, text) for text in cells(record[:cut])]
        else:
            row = [shared.get(text, text) for text in cells(record[:cut])]
        while row and not row[-1]:
            row.pop()
        if not row:
            rows.append(row)
            continue
        longest = max(map(len, row))
        if longest > limits.cell_chars:
            column = next(i for i, cell in enumerate(row) if len(cell) == longest)
            name = headers[column].strip() or f"Column {column + 1}"
            raise RevMentorError(
                f"Row {line:,} of {isolate(path.name)} has {longest:,} characters in column "
                f'"{isolate(name)}": the most one cell may hold is {limits.cell_chars:,}.'
            )
        width = max(width, len(row))
        if (len(rows) + 1) * width > limits.cells:
            raise RevMentorError(
                f"{isolate(path.name)} is too big to import at once: its first {len(rows) + 1:,} "
                f"rows of {width:,} columns are more than the {limits.cells:,} cells RevMentor "
                "imports at a time. Delete the columns the import does not need, or split the "
                "rows into smaller files."
            )
        rows.append(row)
    return headers, rows, above + 1


_SHARED_TEXTS = 500_000


def _cell(value: object) -> str:
    """A cell as trimmed text, as it was before an export neutralised it."""
    text = value.strip() if isinstance(value, str) else _cell_text(value)
    return restore_formula(text) if text[:1] == "'" else text


def _any_cells(record: Sequence[object]) -> list[str]:
    return list(map(_cell, record))


def _text_cells(record: Sequence[object]) -> list[str]:
    """_cell of each of a CSV record's cells, which are all text: the same, about twice as
    fast for the usual row, which holds no neutralised formula."""
    texts = list(map(str.strip, record))  # type: ignore[arg-type]
    if "'" in "".join(texts):
        return [restore_formula(text) if text[:1] == "'" else text for text in texts]
    return texts


def _filled_width(cells: list[str]) -> int:
    """The number of cells up to the last one that is not blank."""
    width = len(cells)
    while width and not cells[width - 1].strip():
        width -= 1
    return width


def _tidy(
    reading: _Reading,
    headers: list[str],
    rows: list[list[str]],
    header_line: int,
    encoding: str | None,
    delimiter: str | None,
) -> SourceTable:
    """The table from what _collect read: trimmed column names, no empty trailing columns or
    rows, and every row as wide as the columns."""
    path = reading.path
    headers = [h.strip().lstrip("\ufeff").strip() for h in headers]
    if not any(headers) and not any(rows):
        name = isolate(path.name)
        raise RevMentorError(
            f"{name} is empty." if delimiter else f"The first sheet of {name} is empty."
        )
    width = max(_filled_width(headers), max(map(len, rows), default=0))
    if not any(headers[:width]):
        raise RevMentorError(
            f"The first row of {isolate(path.name)} is empty: it must hold the column names "
            f"(for example {reading.example})."
        )
    while rows and not rows[-1]:
        rows.pop()
    if not rows:
        raise RevMentorError(
            f"{isolate(path.name)} has column names but no rows of {reading.rows_of}."
        )
    headers = [h or f"Column {i}" for i, h in enumerate(headers[:width], 1)]
    for index, row in enumerate(rows):
        if len(row) < width:
            rows[index] = row + [""] * (width - len(row))
    return SourceTable(path, headers, rows, encoding, delimiter, header_line)
