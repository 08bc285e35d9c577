"""Peak memory of `revmentor import people` on 100,000 rows; how fast oversized files are refused.

Each figure is one run of the command in a fresh process under `/usr/bin/time -v`: its maximum
resident set size and its wall-clock time.

- people: a 100,000-row file as CSV and as XLSX (the export of the 100,000-person demo, whose
  99,000 people not archived are exported, plus 1,000 of them again under new addresses), with
  --dry-run and imported for real into a new database; first the same for the 10,000-person
  demo's export (9,900 rows), to show how the memory grows with the file;
- oversized: the same rows repeated into a CSV of 198 MB (647,000 rows), and two XLSX made
  to fill the memory: 4,000,000 rows packed 300 times (1.2 MB) and 4,000,000 rows packed 23
  times (10 MB), which the import must refuse within seconds.

Run: python bench/import_memory.py [--only people|oversized]   (needs GNU time: /usr/bin/time)
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from common import demo_database

PEOPLE = 100_000
_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PARTS = {
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
        f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>"
    ),
    "xl/workbook.xml": (
        f'<workbook {_NS} xmlns:r="{_REL}"><sheets>'
        '<sheet name="People" sheetId="1" r:id="rId1"/></sheets></workbook>'
    ),
    "xl/_rels/workbook.xml.rels": (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
        "</Relationships>"
    ),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("people", "oversized"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="revmentor-bench-memory-") as folder:
        work = Path(folder)
        os.environ["REVMENTOR_DATA_DIR"] = str(work / "data")
        files = people_files(work)
        csv_path = files[PEOPLE][0]
        if args.only != "oversized":
            peaks: dict[tuple[int, str], float] = {}
            for rows, paths in files.items():
                csv_file, xlsx_file = paths
                print(f"{rows:,} people, CSV {size(csv_file)}, XLSX {size(xlsx_file)}")
                for path in paths:
                    kind = path.suffix[1:].upper()
                    dry = run(work, path, "--dry-run")
                    report(f"{kind} --dry-run", dry)
                    database = work / f"import-{rows}-{path.suffix[1:]}.sqlite"
                    real = run(work, path, db=database)
                    report(f"{kind} imported", real)
                    peaks[rows, kind] = max(dry[3], real[3])
            small, big = sorted(files)
            for index, kind in enumerate(("CSV", "XLSX")):
                grown = peaks[big, kind] - peaks[small, kind]
                file_grown = size_mb(files[big][index]) - size_mb(files[small][index])
                print(
                    f"  {kind}: {small:,} -> {big:,} rows: peak +{grown:,.0f} MB, "
                    f"{grown * 2**20 / (big - small):,.0f} bytes a row (the file: "
                    f"{file_grown * 2**20 / (big - small):,.0f} bytes a row)"
                )
            # The same run's reference: a bare process holding the CSV's rows as csv.reader
            # gives them, the least an import that previews every row can hold.
            for rows, paths in files.items():
                held = peak_of([sys.executable, "-c", HOLD_ROWS, str(paths[0])])
                ratio = peaks[rows, "CSV"] / held
                print(f"  {rows:,} rows: csv.reader's rows held in a bare process {held:,.0f} MB; "
                      f"the CSV import peaks at {ratio:.2f}× that")  # fmt: skip
            peak = max(peaks.values())
            verdict = "PASS" if peak < 1024 else "FAIL"
            print(f"target: {PEOPLE:,} rows under 1 GB (peak {peak:,.0f} MB): {verdict}")
        if args.only != "people":
            for path in oversized_files(work, csv_path):
                report(f"{path.name} ({size(path)})", run(work, path, "--dry-run"))


def people_files(work: Path) -> dict[int, tuple[Path, Path]]:
    """By rows: the 10,000-person demo's export and the 100,000-row people file, each as CSV
    and as XLSX."""
    from revmentor_desktop.core.db import open_database
    from revmentor_desktop.core.services.exports import PEOPLE_COLUMNS, people_table, write_table

    files = {}
    for people in (PEOPLE // 10, PEOPLE):
        with open_database("sqlite:///" + str(demo_database(people)), writer=False) as db:
            rows = people_table(db)
        if people == PEOPLE:
            for row in rows[: PEOPLE - len(rows)]:
                rows.append({**row, "email": "again." + row["email"]})
        files[len(rows)] = work / f"people-{people}.csv", work / f"people-{people}.xlsx"
        for path in files[len(rows)]:
            write_table(path, PEOPLE_COLUMNS, rows)
    return files


def oversized_files(work: Path, people_csv: Path) -> list[Path]:
    """A CSV of 198 MB and the two XLSX bombs."""
    big = work / "people-198MB.csv"
    lines = people_csv.read_text(encoding="utf-8-sig").splitlines(keepends=True)
    limit, copy = 198 * 2**20, 0
    with open(big, "w", encoding="utf-8-sig", newline="") as out:
        out.write(lines[0])
        while out.tell() < limit:
            for line in lines[1:]:
                out.write(line.replace("@", f"{copy}@", 1))
            copy += 1
    with open(big, "r+b") as file:  # cut back to 198 MB, at the end of a line
        data = file.read(limit)
        file.truncate(data.rindex(b"\n") + 1)
    packed = xlsx_bomb(
        work / "bomb-packed.xlsx", lambda n: f"<row>{_cell('a@x.org')}{_cell('A')}</row>"
    )
    rows = xlsx_bomb(work / "bomb-rows.xlsx", lambda n: f"<row>{_cell(f'p{n % 1000}@x.org')}</row>")
    return [big, packed, rows]


def xlsx_bomb(path: Path, row, rows: int = 4_000_000) -> Path:
    """A workbook whose one sheet has the column names Email and Name, then `rows` rows."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, text in _PARTS.items():
            archive.writestr(name, text)
        with archive.open("xl/worksheets/sheet1.xml", "w") as sheet:
            sheet.write(f"<worksheet {_NS}><sheetData>".encode())
            sheet.write(f"<row>{_cell('Email')}{_cell('Name')}</row>".encode())
            for start in range(0, rows, 10_000):
                sheet.write("".join(map(row, range(start, min(rows, start + 10_000)))).encode())
            sheet.write(b"</sheetData></worksheet>")
    return path


def _cell(text: str) -> str:
    return f'<c t="inlineStr"><is><t>{text}</t></is></c>'


def run(
    work: Path, path: Path, *options: str, db: Path | None = None
) -> tuple[str, str, str, float]:
    """(peak memory, time, last line of output, peak in MB) of `revmentor import people PATH
    OPTIONS`."""
    database = db or work / "none.sqlite"  # --dry-run without a database: an empty one in memory
    command = [sys.executable, "-m", "revmentor_desktop", "--db", str(database), "import",
               "people", str(path), *options]  # fmt: skip
    done = subprocess.run(["/usr/bin/time", "-v", *command], capture_output=True, text=True)
    timing = done.stderr
    peak = _peak_kb(timing)
    elapsed = re.search(r"Elapsed \(wall clock\) time .*: (\S+)", timing).group(1)
    said = [line for line in (done.stdout + timing).splitlines() if _SAID.search(line)]
    said_last = said[-1] if said else "(no result line)"
    return f"{peak / 1024:,.0f} MB", elapsed, said_last, peak / 1024


HOLD_ROWS = (
    "import csv, sys\n"
    "with open(sys.argv[1], encoding='utf-8-sig', newline='') as f: rows = list(csv.reader(f))"
)


def peak_of(command: list[str]) -> float:
    """Peak memory in MB of `command`, run under `/usr/bin/time -v`."""
    done = subprocess.run(["/usr/bin/time", "-v", *command], capture_output=True, text=True)
    return _peak_kb(done.stderr) / 1024


def _peak_kb(timing: str) -> int:
    return int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", timing).group(1))


_SAID = re.compile(r" created, |^revmentor: error: ")  # the command's result, or its refusal


def report(label: str, figures: tuple[str, str, str, float]) -> None:
    peak, elapsed, said, _ = figures
    print(f"  {label:<40} peak {peak:>8}  {elapsed:>8}  {said}")


def size(path: Path) -> str:
    return f"{size_mb(path):,.1f} MB"


def size_mb(path: Path) -> float:
    return path.stat().st_size / 2**20


if __name__ == "__main__":
    main()
