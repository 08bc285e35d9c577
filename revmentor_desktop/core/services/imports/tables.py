"""Reading a spreadsheet for an import: CSV as Excel writes it, XLSX, and what the cells say."""

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
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from revmentor_desktop.core.db.models import Channel, Role, display_name
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.text import count, fold
from revmentor_desktop.core.vocabulary import CHANNEL_LABELS

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
MB = 2**20


@dataclass(frozen=True)
class ImportLimits:
    """The most one import reads. A file beyond a limit is refused with a message naming it, as
    soon as it is crossed (an XLSX before it is unpacked, a CSV at the first row too many), so an
    oversized or malicious file can neither fill the memory nor keep the user waiting long."""

    file_bytes: int = 200 * MB  # the file as stored, CSV or XLSX
    rows: int = 200_000  # rows below the column names, blank ones included
    columns: int = 500  # named columns
    cells: int = 10_000_000  # rows × columns: a wide file holds fewer rows
    cell_chars: int = 10_000  # characters in one cell
    part_bytes: int = 512 * MB  # one part of an XLSX (a sheet, its shared strings), unpacked
    # Unpacked / stored size of a part over 1 MB: sheets pack 5 to 20 times, "zip bombs" ~1000.
    packing: int = 100


LIMITS = ImportLimits()


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
        return any("\n" in cell or "\r" in cell for row in self.rows for cell in row)

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


def read_table(
    path: Path,
    *,
    rows_of: str = "people",
    example: str = PEOPLE_EXAMPLE,
    limits: ImportLimits | None = None,
) -> SourceTable:
    """Read a .csv (or other text) or .xlsx file; RevMentorError when it is unreadable, empty or
    beyond `limits` (LIMITS unless given).

    Rows are read one at a time, so only the table itself is held. `rows_of` names what the
    rows hold and `example` some column names, for the messages.
    """
    path = Path(path)
    limits = limits or LIMITS
    try:
        with open(path, "rb") as file:
            head = file.read(_SNIFF_BYTES)
            size = file.seek(0, io.SEEK_END)
            if size > limits.file_bytes:
                raise RevMentorError(
                    f"{path.name} is {_megabytes(size)}: RevMentor imports files of up to "
                    f"{_megabytes(limits.file_bytes)}. Split it into smaller files."
                )
            if head.startswith(_OLE_MAGIC) or path.suffix.lower() == ".xls":
                raise RevMentorError(
                    f"{path.name} is an old-style Excel .xls file: open it in Excel or LibreOffice "
                    "and save it as .xlsx or CSV, then import that."
                )
            if path.suffix.lower() in XLSX_SUFFIXES or head.startswith(_ZIP_MAGIC):
                file.seek(0)
                return _read_xlsx(file, path, limits, rows_of, example)
        return _read_csv(path, head, size, limits, rows_of, example)
    except FileNotFoundError as exc:
        raise RevMentorError(f"There is no file {path}.") from exc
    except IsADirectoryError as exc:
        raise RevMentorError(f"{path} is a folder, not a file.") from exc
    except OSError as exc:
        raise RevMentorError(f"Cannot read {path}: {exc.strerror or exc}") from exc


def _megabytes(size: int) -> str:
    return f"{size / MB:,.0f} MB" if size >= 10 * MB else f"{size / MB:,.1f} MB"


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


def _read_csv(
    path: Path, head: bytes, size: int, limits: ImportLimits, rows_of: str, example: str
) -> SourceTable:
    """Read a text file in the first encoding that reads all of it: UTF-16 if it starts with its
    BOM, else UTF-8 (BOM or not), else Windows-1252. `head` is its first bytes."""
    whole = size <= len(head)
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
                records = _csv_records(text, delimiter, path, limits)
                head_records = list(itertools.islice(records, MAX_LINES_ABOVE + 1))
                found = _collect(head_records, lambda _cut, rest=records: rest, path, limits)
        except UnicodeDecodeError:
            continue  # further on than the sample: start again in the next encoding
        if encoding == "utf-8-sig" and not head.startswith(codecs.BOM_UTF8):
            encoding = "utf-8"
        return _tidy(path, *found, encoding, delimiter, rows_of, example)
    raise RevMentorError(
        f"Cannot read {path.name} as text: it is neither UTF-8 nor Windows-1252. Save it from "
        'your spreadsheet as "CSV UTF-8" or as an Excel workbook.'
    )


def _csv_records(
    text: io.TextIOBase, delimiter: str, path: Path, limits: ImportLimits
) -> Iterator[list[str]]:
    """The records of a CSV file opened with newline="", read line by line.

    A line longer than a row within the limits can be is refused before it is split; so is a
    line with a NUL character (binary data).
    """
    longest = limits.columns * (limits.cell_chars + 3)

    def lines() -> Iterator[str]:
        number, line = 1, text.readline(longest + 1)
        while line:
            if len(line) > longest:
                raise RevMentorError(
                    f"Line {number:,} of {path.name} is longer than {longest:,} characters: "
                    f"more than {limits.columns:,} columns of {limits.cell_chars:,} characters "
                    "each, the most RevMentor imports. Is it really a CSV file?"
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
                f"A cell on line {reader.line_num:,} of {path.name} holds more than "
                f"{csv.field_size_limit():,} characters: the most one cell may hold is "
                f"{limits.cell_chars:,}."
            ) from exc
        raise RevMentorError(f"{path.name} is not a well-formed CSV file: {exc}") from exc


def _not_a_table(path: Path) -> str:
    return (
        f"{path.name} does not look like a CSV file or an Excel workbook (it holds binary data). "
        "Save it from your spreadsheet as CSV or .xlsx."
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


def _read_xlsx(
    file: io.BufferedReader, path: Path, limits: ImportLimits, rows_of: str, example: str
) -> SourceTable:
    """The first sheet, read row by row once its parts are known to unpack to a sane size. The
    workbook reads from our own file handle and is closed in all cases: openpyxl's read-only
    mode otherwise keeps the file open."""
    from openpyxl import load_workbook  # loaded on first use: it is slow to import
    from openpyxl.utils.exceptions import InvalidFileException

    book = None
    try:
        _check_parts(file, path, limits)
        with warnings.catch_warnings():
            # Unsupported extensions or a missing default style are harmless for reading values.
            warnings.simplefilter("ignore", UserWarning)
            with _sizes_unread():
                book = load_workbook(file, read_only=True, data_only=True)
            if not book.worksheets:
                raise RevMentorError(f"{path.name} has no worksheet.")
            sheet = book.worksheets[0]
            head = list(sheet.iter_rows(max_row=MAX_LINES_ABOVE + 1, values_only=True))
            found = _collect(
                head,
                # Cells right of the column names are not even made.
                lambda cut: sheet.iter_rows(
                    min_row=MAX_LINES_ABOVE + 2, max_col=cut, values_only=True
                ),
                path,
                limits,
            )
    except (
        zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, TypeError, EOFError,
        zlib.error,
        SyntaxError,  # the XML parsers' errors (ParseError) are SyntaxErrors
    ) as exc:  # fmt: skip
        raise RevMentorError(
            f"{path.name} is not a readable Excel workbook (.xlsx): {exc or type(exc).__name__}. "
            "Open it in your spreadsheet and save it again as .xlsx or CSV."
        ) from exc
    finally:
        if book is not None:
            book.close()
    return _tidy(path, *found, None, None, rows_of, example)


@contextmanager
def _sizes_unread() -> Iterator[None]:
    """Load a workbook without reading its sheets' sizes: RevMentor reads what is there, for
    some writers record a wrong size, and openpyxl parses a sheet that records none to its end
    to look for one, which takes minutes on a crafted sheet of millions of rows."""
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    get_size = ReadOnlyWorksheet._get_size
    ReadOnlyWorksheet._get_size = _no_size
    try:
        yield
    finally:
        ReadOnlyWorksheet._get_size = get_size


def _no_size(sheet: object) -> None:
    """The sheet's size stays unknown: its rows are read until they end."""


def _check_parts(file: io.BufferedReader, path: Path, limits: ImportLimits) -> None:
    """Refuse a workbook with a part that would unpack beyond the limits, before unpacking any.

    The sizes come from the archive's directory; zipfile never unpacks more than they say.
    """
    with zipfile.ZipFile(file) as archive:
        for part in archive.infolist():
            if part.file_size > limits.part_bytes:
                raise RevMentorError(
                    f"{path.name} is too big to import: its part {part.filename} unpacks to "
                    f"{_megabytes(part.file_size)}, and the most RevMentor unpacks is "
                    f"{_megabytes(limits.part_bytes)}. Save the rows to import in a smaller "
                    "workbook, or as CSV."
                )
            packing = part.file_size / max(part.compress_size, 1)
            if part.file_size > MB and packing > limits.packing:
                raise RevMentorError(
                    f"{path.name} is refused: its part {part.filename} would unpack from "
                    f"{_megabytes(part.compress_size)} to {_megabytes(part.file_size)}, "
                    f"{packing:,.0f} times its size, and the most RevMentor accepts is "
                    f"{limits.packing:,} times (spreadsheets pack 5 to 20 times). A file packed "
                    "like this is made to fill the memory. Save the data again from your "
                    "spreadsheet as .xlsx or CSV."
                )
    file.seek(0)


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
    path: Path,
    limits: ImportLimits,
) -> tuple[list[str], list[list[str]], int]:
    """(column names, rows, the column names' line) from a file's records, checked against the
    limits one row at a time.

    `head` is the first records (enough to find the column names), `rest(width)` the others:
    cells right of the column names may be left out. Each row is kept as trimmed text without
    its trailing empty cells; a cell our exports neutralised (neutralise_formula) is restored.
    """
    head = [[_cell_text(cell) for cell in record] for record in head]
    above = _lines_above_header(head)
    headers = head[above] if len(head) > above else []
    named = _filled_width(headers)
    if named > limits.columns:
        raise RevMentorError(
            f"{path.name} has {named:,} columns: RevMentor imports at most {limits.columns:,}. "
            "Delete the columns the import does not need, then import it again."
        )
    # Without column names, every column is read to tell an empty file from a headless one.
    cut = min(len(headers), limits.columns) if named else limits.columns
    headers = headers[:cut]
    rows: list[list[str]] = []
    width = named
    shared: dict[str, str] = {}
    for line, record in enumerate(itertools.chain(head[above + 1 :], rest(cut)), above + 2):
        if len(rows) == limits.rows:
            raise RevMentorError(
                f"{path.name} has more than {limits.rows:,} rows below its column names: "
                f"RevMentor imports at most {limits.rows:,} at a time. Split it into smaller "
                "files."
            )
        # One string for each repeated text (a department, a level, a date) halves the memory
        # a people file takes. The texts remembered are bounded, for a file of unique ones.
        if len(shared) < _SHARED_TEXTS:
            row = [shared.setdefault(text, text) for text in map(_cell, record[:cut])]
        else:
            row = [shared.get(text, text) for text in map(_cell, record[:cut])]
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
                f'Row {line:,} of {path.name} has {longest:,} characters in column "{name}": '
                f"the most one cell may hold is {limits.cell_chars:,}."
            )
        width = max(width, len(row))
        if (len(rows) + 1) * width > limits.cells:
            raise RevMentorError(
                f"{path.name} is too big to import at once: its first {len(rows) + 1:,} rows of "
                f"{width:,} columns are more than the {limits.cells:,} cells RevMentor imports "
                "at a time. Delete the columns the import does not need, or split the rows into "
                "smaller files."
            )
        rows.append(row)
    return headers, rows, above + 1


_SHARED_TEXTS = 500_000


def _cell(value: object) -> str:
    """A cell as trimmed text, as it was before an export neutralised it."""
    text = value.strip() if isinstance(value, str) else _cell_text(value)
    return restore_formula(text) if text[:1] == "'" else text


def _filled_width(cells: list[str]) -> int:
    """The number of cells up to the last one that is not blank."""
    width = len(cells)
    while width and not cells[width - 1].strip():
        width -= 1
    return width


def _tidy(
    path: Path,
    headers: list[str],
    rows: list[list[str]],
    header_line: int,
    encoding: str | None,
    delimiter: str | None,
    rows_of: str,
    example: str,
) -> SourceTable:
    """The table from what _collect read: trimmed column names, no empty trailing columns or
    rows, and every row as wide as the columns."""
    headers = [h.strip().lstrip("\ufeff").strip() for h in headers]
    if not any(headers) and not any(rows):
        raise RevMentorError(
            f"{path.name} is empty." if delimiter else f"The first sheet of {path.name} is empty."
        )
    width = max(_filled_width(headers), max(map(len, rows), default=0))
    if not any(headers[:width]):
        raise RevMentorError(
            f"The first row of {path.name} is empty: it must hold the column names "
            f"(for example {example})."
        )
    while rows and not rows[-1]:
        rows.pop()
    if not rows:
        raise RevMentorError(f"{path.name} has column names but no rows of {rows_of}.")
    headers = [h or f"Column {i}" for i, h in enumerate(headers[:width], 1)]
    for index, row in enumerate(rows):
        if len(row) < width:
            rows[index] = row + [""] * (width - len(row))
    return SourceTable(path, headers, rows, encoding, delimiter, header_line)


# --- the values in the cells ----------------------------------------------------------------

# A spreadsheet runs a cell starting with one of these as a formula (OWASP: "CSV injection"); a
# line feed too, for an XLSX cell's carriage return comes back from the file as a line feed.
FORMULA_TRIGGERS = frozenset("=+-@\t\r\n")
_PLAIN_NUMBER = re.compile(r"[-+]?\d+(?:[.,]\d+)*")


def neutralise_formula(text: str) -> str:
    """`text` as an exported cell: with a leading apostrophe, as OWASP advises, when it starts
    with = + - @, a tab or a line break, so that no spreadsheet runs it as a formula.

    A plain number ("-5", "+44") is left alone: it is no formula. Text that already starts with
    apostrophes before such a character gets one more, so restore_formula undoes exactly this.
    """
    if text.lstrip("'")[:1] in FORMULA_TRIGGERS and (
        text[0] == "'" or not _PLAIN_NUMBER.fullmatch(text)
    ):
        return "'" + text
    return text


def restore_formula(text: str) -> str:
    """A cell as it was before neutralise_formula: one leading apostrophe less when apostrophes
    are followed by = + - @, a tab or a line break. Other text is returned unchanged."""
    if text[:1] == "'" and text.lstrip("'")[:1] in FORMULA_TRIGGERS:
        return text[1:]
    return text


_NON_WORD = re.compile(r"[\W_]+")
_ANY_SEPARATOR = re.compile(r"[;,|]")
_ROLES = {"reverse mentor": Role.REVERSE_MENTOR, "reversementor": Role.REVERSE_MENTOR,
          "mentor": Role.REVERSE_MENTOR,
          "mentee": Role.MENTEE}  # fmt: skip
_CHANNEL_WORDS = {
    Channel.VIDEO: ("video", "videocall", "teams", "msteams", "microsoftteams", "zoom", "webex",
                    "googlemeet", "meet", "skype", "video conference"),
    Channel.MESSAGING: ("slack", "chat", "im", "instantmessaging", "messaging", "messenger",
                        "whatsapp", "text", "sms"),
    Channel.IN_PERSON: ("facetoface", "inperson", "f2f", "meeting"),
    Channel.PHONE: ("phone", "telephone", "call", "phonecall"),
    Channel.EMAIL: ("email", "mail", "e-mail"),
}  # fmt: skip
YES = frozenset({"yes", "y", "true", "x", "1", "✓", "✔", "ja", "oui"})
NO = frozenset({"no", "n", "false", "0", "nein", "non"})
_HOURS = re.compile(r"^(\d+(?:[.,]\d+)?)\s*(?:h|hrs?|hours?)?\.?(?:\s*(?:/|per|a)\s*month)?$")


def word_key(text: str) -> str:
    """Text compared without case, accents, spaces or punctuation: "Manager's E-mail" is
    "managersemail"."""
    return _NON_WORD.sub("", fold(text))


_CHANNELS: dict[str, Channel] = {}
for _channel, _words in _CHANNEL_WORDS.items():
    for _word in (_channel.value, CHANNEL_LABELS[_channel], *_words):
        _CHANNELS.setdefault(word_key(_word), _channel)


def split_list(text: str) -> list[str]:
    """A cell's list: split on ";" if it has one, else on "|", else on "," (so skill names with
    commas survive in the export's own "; "-separated lists)."""
    for separator in (";", "|", ","):
        if separator in text:
            return [part.strip() for part in text.split(separator) if part.strip()]
    return [text.strip()] if text.strip() else []


def split_full_name(full: str) -> tuple[str, str]:
    """(given, family) from a full name: the last word is the family name ("Mary Ann Smith"),
    but a Chinese, Japanese or Korean name starts with it ("王伟": family 王, given 伟)."""
    full = " ".join(full.split())
    unspaced = full.replace(" ", "")
    # display_name writes these scripts family first without a space: undo exactly that.
    if len(unspaced) > 1 and display_name(unspaced[1:], unspaced[0]) == unspaced:
        family, _, given = full.partition(" ")
        return (given, family) if given else (unspaced[1:], unspaced[0])
    given, _, family = full.rpartition(" ")
    return (given, family) if given else (full, "")


def parse_hours(text: str) -> float | None:
    """Hours per month, 0 or more: "4", "2,5", "3 h", "6 hours a month"; ValueError otherwise."""
    if not text.strip():
        return None
    match = _HOURS.match(text.strip().lower())
    if match is None:
        raise ValueError(text)
    return float(match.group(1).replace(",", "."))


def parse_channels(text: str) -> tuple[list[str], list[str]]:
    """(Channel values in the order given, without repeats; the words that are no channel)."""
    channels: list[str] = []
    unknown: list[str] = []
    # No channel name holds a separator, so any mix of them splits ("Teams, Zoom; phone").
    for word in filter(None, (part.strip() for part in _ANY_SEPARATOR.split(text))):
        channel = _CHANNELS.get(word_key(word))
        if channel is None:
            unknown.append(word)
        elif channel.value not in channels:
            channels.append(channel.value)
    return channels, unknown


def parse_role(text: str) -> Role | None:
    """ "Reverse mentor" (also reverse_mentor, mentor) or "mentee"; empty is None (not taking
    part); ValueError otherwise."""
    if not text.strip():
        return None
    role = _ROLES.get(" ".join(_NON_WORD.sub(" ", fold(text)).split()))
    if role is None:
        raise ValueError(text)
    return role


def rank_text(text: str) -> str:
    """ "3", "3.0" and "3,0" alike, for a level given as its rank on the ladder."""
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        return text
    return str(int(number)) if number.is_integer() else text


# --- which column holds which field -------------------------------------------------------------

IGNORE_WORDS = ("", "ignore", "none", "-", "skip")  # `--map "Notes=ignore"` drops a column


class ColumnScheme:
    """The fields an import's columns can hold, and the header names that mean each.

    Headers are compared without case, accents, spaces or punctuation; a field's own name and
    its label always count, so an export's columns re-import unchanged.
    """

    def __init__(self, fields: dict[str, str], synonyms: dict[str, tuple[str, ...]]) -> None:
        self.fields = fields  # field -> label for the user
        self._by_header: dict[str, str] = {}
        for name, label in fields.items():
            for header in (name, label, *synonyms.get(name, ())):
                self._by_header.setdefault(word_key(header), name)

    def field_of(self, header: str) -> str | None:
        return self._by_header.get(word_key(header))

    def guess_mapping(self, headers: list[str]) -> dict[int, str | None]:
        """Each column's field by its name (None = ignored); a field goes to its first column."""
        mapping: dict[int, str | None] = {}
        taken: set[str] = set()
        for index, header in enumerate(headers):
            found = self.field_of(header)
            if found in taken:
                found = None
            if found:
                taken.add(found)
            mapping[index] = found
        return mapping

    def parse_map_options(
        self,
        options: list[str],
        headers: list[str],
        start: dict[int, str | None] | None = None,
    ) -> dict[int, str | None]:
        """The CLI's `--map "COLUMN=field"` choices on top of `start` (a remembered mapping) or,
        by default, of `guess_mapping`'s.

        COLUMN is a header as written (or ignoring case and punctuation); field is one of the
        fields, or "ignore" to leave the column out. A field given to a column is taken from any
        other column.
        """
        mapping = dict(start) if start is not None else self.guess_mapping(headers)
        for option in options:
            column, sep, target = option.rpartition("=")
            column, target = column.strip(), target.strip()
            if not sep or not column:
                raise RevMentorError(
                    f'--map "{option}": write it as COLUMN=field, e.g. "Work Mail=email".'
                )
            index = column_index(column, headers, option)
            chosen: str | None = target.lower()
            if chosen in IGNORE_WORDS:
                chosen = None
            elif chosen not in self.fields:
                raise RevMentorError(
                    f'--map "{option}": there is no field "{target}"; the fields are: '
                    f"{', '.join(self.fields)} (or ignore)."
                )
            for other, current in mapping.items():
                if chosen is not None and current == chosen:
                    mapping[other] = None
            mapping[index] = chosen
        return mapping

    def check_mapping(self, mapping: dict[int, str | None], headers: list[str]) -> dict[str, int]:
        """{field: column index} of a mapping; RevMentorError for a column or field that does not
        exist, or a field mapped twice."""
        columns: dict[str, int] = {}
        for index, chosen in mapping.items():
            if not 0 <= index < len(headers):
                raise RevMentorError(f"The file has no column {index + 1}.")
            if chosen is None:
                continue
            if chosen not in self.fields:
                raise RevMentorError(f'"{chosen}" is not a field RevMentor can import.')
            if chosen in columns:
                raise RevMentorError(
                    f'Both "{headers[columns[chosen]]}" and "{headers[index]}" are mapped to '
                    f"{self.fields[chosen]}: choose one."
                )
            columns[chosen] = index
        return columns


def column_index(column: str, headers: list[str], option: str) -> int:
    """The index of the header `column` names, for the `--map` option `option`."""
    exact = [i for i, header in enumerate(headers) if header == column]
    matches = exact or [
        i for i, header in enumerate(headers) if word_key(header) == word_key(column)
    ]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise RevMentorError(f'--map "{option}": the file has {len(matches)} columns "{column}".')
    raise RevMentorError(
        f'--map "{option}": the file has no column "{column}"; its columns are: '
        + ", ".join(f'"{h}"' for h in headers)
    )
