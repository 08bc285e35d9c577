"""Exports never hand a spreadsheet a formula (OWASP "CSV injection"): text that starts with
= + - @, a tab or a line break gets a leading apostrophe, numbers stay numbers, an XLSX stores
text as text, and importing the export gives back the original text."""

import csv
import os
import shutil
import subprocess

import pytest
from factories import run_cli
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook
from sqlalchemy import select

from revmentor_desktop.core.db import open_database
from revmentor_desktop.core.db.models import Person, PersonSkill, Skill, SkillInterest
from revmentor_desktop.core.services.exports import export_people, people_table, write_table
from revmentor_desktop.core.services.formula_cells import (
    FORMULA_TRIGGERS,
    neutralise_formula,
    restore_formula,
)
from revmentor_desktop.core.services.imports.people import (
    apply_import,
    guess_mapping,
    plan_import,
    read_table,
)

PAYLOADS = ['=HYPERLINK("http://x","click")', "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3", "\t=1",
            "\r=1"]  # fmt: skip

pytestmark = pytest.mark.both_engines


@pytest.mark.parametrize("payload", PAYLOADS)
def test_a_payload_gets_an_apostrophe_that_the_import_takes_off(payload):
    assert neutralise_formula(payload) == "'" + payload
    assert restore_formula("'" + payload) == payload


@pytest.mark.parametrize(
    "text", ["-5", "+44", "-1.5", "-2,5", "Dana Fox", "", "'quoted'", "e=mc²", "2026-10-05", "#N/A"]
)
def test_numbers_and_plain_text_are_left_alone(text):
    assert neutralise_formula(text) == text
    assert restore_formula(text) == text


def test_text_already_quoted_keeps_its_own_apostrophe():
    assert neutralise_formula("'=1") == "''=1"
    assert neutralise_formula("'-5") == "''-5"  # not a number: the apostrophe is the user's
    assert restore_formula("''=1") == "'=1"


@given(st.text())
def test_the_import_undoes_exactly_what_the_export_did(text):
    written = neutralise_formula(text)
    assert restore_formula(written) == text
    if written[:1] in FORMULA_TRIGGERS:  # only a plain number may start so
        assert written.lstrip("+-").replace(".", "").replace(",", "").isdecimal()


def _table(path):
    columns = ("text", "number")
    rows = [{"text": payload, "number": -5} for payload in PAYLOADS]
    rows.append({"text": "#N/A", "number": None})
    write_table(path, columns, rows)
    return rows


def test_csv_cells_are_neutralised_and_numbers_kept(tmp_path):
    path = tmp_path / "table.csv"
    _table(path)
    with open(path, encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    assert [row["text"] for row in rows] == ["'" + payload for payload in PAYLOADS] + ["#N/A"]
    assert [row["number"] for row in rows] == ["-5"] * len(PAYLOADS) + [""]


def test_xlsx_stores_text_as_text_and_numbers_as_numbers(tmp_path):
    path = tmp_path / "table.xlsx"
    _table(path)
    sheet = load_workbook(path).worksheets[0]
    texts = [sheet.cell(row, 1) for row in range(2, sheet.max_row + 1)]
    assert all(cell.data_type == "s" for cell in texts)  # no formula ("f"), no error ("e")
    # An XLSX cell gives a carriage return back as a line feed, whatever RevMentor writes.
    assert [cell.value for cell in texts[:-1]] == [
        "'" + payload.replace("\r", "\n") for payload in PAYLOADS
    ]
    assert texts[-1].value == "#N/A"
    assert [sheet.cell(row, 2).value for row in range(2, sheet.max_row)] == [-5] * len(PAYLOADS)
    assert sheet.cell(2, 2).data_type == "n"


@pytest.fixture
def payload_people(db, small_org):
    """The small organisation with payloads for names, department, job title and skills."""
    with db.session() as session, session.begin():
        query = select(Person).where(Person.archived.is_(False)).order_by(Person.email)
        people = session.scalars(query).all()
        fields = ("given_name", "family_name", "department", "job_title", "location")
        for i, person in enumerate(people):
            for j, field in enumerate(fields):
                setattr(person, field, PAYLOADS[(i + j) % len(PAYLOADS)])
        skill = Skill(name="@SUM(1)")
        session.add(skill)
        session.flush()
        session.add(PersonSkill(person_id=people[0].id, skill_id=skill.id,
                                interest=SkillInterest.OFFERS, level=3))  # fmt: skip
    return people_table(db)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_export_imports_back_unchanged(db, payload_people, tmp_path, suffix):
    path = tmp_path / f"people{suffix}"
    export_people(db, path)
    table = read_table(path)
    cells = {cell for row in table.rows for cell in row}
    assert not any(cell.startswith("'") for cell in cells)
    with open_database("sqlite:///" + str(tmp_path / "copy.sqlite")) as copy:
        apply_import(copy, plan_import(copy, table, guess_mapping(table.headers)))
        expected = payload_people
        if suffix == ".xlsx":  # see above: XLSX cells carry no carriage return
            expected = [
                {k: v.replace("\r", "\n") if isinstance(v, str) else v for k, v in row.items()}
                for row in expected
            ]
        assert people_table(copy) == expected
    assert any(row["offers"].startswith("@SUM(1)") for row in payload_people)


def test_the_command_line_round_trip(db, payload_people, tmp_path, capsys):
    path = tmp_path / "people.csv"
    code, _, _ = run_cli(capsys, db.url, "export", "people", path)
    assert code == 0
    assert "'=HYPERLINK" in path.read_text(encoding="utf-8-sig")
    copy = tmp_path / "copy.sqlite"
    code, out, err = run_cli(capsys, copy, "import", "people", path)
    assert (code, err) == (0, "")
    assert "5 created" in out
    with open_database("sqlite:///" + str(copy), writer=False) as imported:
        assert people_table(imported) == payload_people


# --- a real spreadsheet -------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("soffice") is None and not os.environ.get("CI"),  # CI installs it: never skip
    reason="LibreOffice (soffice) is not here; installer/setup.sh test installs it",
)
def test_libreoffice_reads_every_payload_as_text(tmp_path):
    """LibreOffice Calc opens our CSV and saves it as XLSX: every payload is text in it, where
    the same CSV without the apostrophes gives a formula (so the check can fail)."""
    ours = tmp_path / "ours.csv"
    _table(ours)
    raw = tmp_path / "raw.csv"
    with open(raw, "w", encoding="utf-8-sig", newline="") as out:
        csv.writer(out).writerows([["text", "number"], *([p, -5] for p in PAYLOADS)])
    for path in (ours, raw):
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless",
             "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", str(tmp_path / "lo"),
             str(path)],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
    raw_types = [row[0].data_type for row in load_workbook(tmp_path / "lo" / "raw.xlsx").active]
    assert "f" in raw_types  # LibreOffice runs =HYPERLINK(…) from a plain CSV
    sheet = load_workbook(tmp_path / "lo" / "ours.xlsx").active
    cells = [(row[0].value, row[0].data_type, row[1].value) for row in sheet.iter_rows(min_row=2)]
    assert [(data_type, number) for _, data_type, number in cells[: len(PAYLOADS)]] == [
        ("s", -5)
    ] * len(PAYLOADS)
    assert all(value.startswith("'") for value, _, _ in cells[: len(PAYLOADS)])
    assert cells[-1][:2] == ("#N/A", "s")
