"""`revmentor agreement` and `revmentor report` end to end: PDFs, exit codes, one-line errors."""

from datetime import date
from pathlib import Path

import pytest
from factories import add_check_in, add_partnership, enrol
from pypdf import PdfReader

from revmentor_desktop.cli import main
from revmentor_desktop.core.db.models import Role

pytestmark = pytest.mark.both_engines


@pytest.fixture
def database(db, small_org) -> tuple[str, int]:
    """One active pair in "Cohort 2026" with a check-in that has a private note."""
    enrol(db, small_org, "dana.fox@x.org", Role.REVERSE_MENTOR)
    partnership, _ = add_partnership(db, small_org, "dana.fox@x.org", "zoe.adams@x.org")
    add_check_in(db, partnership, date(2026, 10, 20), summary="Shared the first dashboard",
                 private_notes="SECRET-NOTE")  # fmt: skip
    path = db.url
    db.close()
    return path, partnership


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_agreement_writes_the_pdf(database, tmp_path, capsys):
    path, partnership = database
    target = tmp_path / "agreement.pdf"
    assert main(["--db", str(path), "agreement", str(partnership), "-o", str(target)]) == 0
    assert capsys.readouterr().out.strip() == (
        f"Wrote the agreement of partnership {partnership} to {target}"
    )
    text = text_of(target)
    assert "Dana Fox" in text and "Read a departmental budget" in text
    assert "Page 1 of" in text


def test_programme_and_partnership_reports(database, tmp_path, capsys):
    path, partnership = database
    named, anonymous = tmp_path / "cohort.pdf", tmp_path / "pair.pdf"
    assert main(["--db", str(path), "report", "--programme", "Cohort 2026", "-o", str(named)]) == 0
    assert main(["--db", str(path), "report", "--partnership", str(partnership), "-o",
                 str(anonymous), "--anonymise"]) == 0  # fmt: skip
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f'Wrote the report of "Cohort 2026" to {named}',
        f"Wrote the report of partnership {partnership} (anonymised) to {anonymous}",
    ]
    assert "Dana Fox" in text_of(named) and "SECRET-NOTE" not in text_of(named)
    assert "Dana" not in text_of(anonymous) and "SECRET-NOTE" not in text_of(anonymous)


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["agreement", "999", "-o", "{tmp}/a.pdf"], "There is no partnership number 999"),
        (["report", "-o", "{tmp}/r.pdf"], "one of the arguments --programme --partnership"),
        (["report", "--programme", "Nope", "-o", "{tmp}/r.pdf"], 'no programme called "Nope"'),
        (["agreement", "1", "-o", "{tmp}/missing/a.pdf"], "does not exist"),
    ],
)
def test_errors_are_one_line(database, tmp_path, capsys, arguments, message):
    path, _ = database
    code = main(["--db", str(path)] + [a.format(tmp=tmp_path) for a in arguments])
    err = capsys.readouterr().err
    assert code in (1, 2) and message in err and err.count("\n") == 1
    assert not any(tmp_path.glob("*.pdf"))
