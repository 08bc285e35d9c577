"""How much an import reads at most, and the checks that refuse a bigger file before reading it."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.text import isolate

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


def megabytes(size: int) -> str:
    """A size for a message: "0.5 MB", "198 MB"."""
    return f"{size / MB:,.0f} MB" if size >= 10 * MB else f"{size / MB:,.1f} MB"


def check_file_size(path: Path, size: int, limits: ImportLimits) -> None:
    """Refuse a file of `size` bytes beyond the limit, before reading it."""
    if size > limits.file_bytes:
        raise RevMentorError(
            f"{isolate(path.name)} is {megabytes(size)}: RevMentor imports files of up to "
            f"{megabytes(limits.file_bytes)}. Split it into smaller files."
        )


def check_parts(file: io.BufferedReader, path: Path, limits: ImportLimits) -> None:
    """Refuse a workbook with a part that would unpack beyond the limits, before unpacking any.

    The sizes come from the archive's directory; zipfile never unpacks more than they say.
    """
    with zipfile.ZipFile(file) as archive:
        for part in archive.infolist():
            if part.file_size > limits.part_bytes:
                raise RevMentorError(
                    f"{isolate(path.name)} is too big to import: its part {isolate(part.filename)} "
                    f"unpacks to {megabytes(part.file_size)}, and the most RevMentor unpacks is "
                    f"{megabytes(limits.part_bytes)}. Save the rows to import in a smaller "
                    "workbook, or as CSV."
                )
            packing = part.file_size / max(part.compress_size, 1)
            if part.file_size > MB and packing > limits.packing:
                raise RevMentorError(
                    f"{isolate(path.name)} is refused: its part {isolate(part.filename)} would "
                    f"unpack from {megabytes(part.compress_size)} to {megabytes(part.file_size)}, "
                    f"{packing:,.0f} times its size, and the most RevMentor accepts is "
                    f"{limits.packing:,} times (spreadsheets pack 5 to 20 times). A file packed "
                    "like this is made to fill the memory. Save the data again from your "
                    "spreadsheet as .xlsx or CSV."
                )
    file.seek(0)


@contextmanager
def sizes_unread() -> Iterator[None]:
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
