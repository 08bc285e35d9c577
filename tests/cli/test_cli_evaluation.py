"""`revmentor report --programme NAME --evaluation`: the evaluation PDF from the command line."""

from datetime import date

import pytest
from factories import add_check_in, add_partnership, enrol, run_cli
from pypdf import PdfReader

from revmentor_desktop.core.db.models import Role

pytestmark = pytest.mark.both_engines


def text_of(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_the_evaluation_named_and_anonymised(db, small_org, tmp_path, capsys):
    enrol(db, small_org, "dana.fox@x.org", Role.REVERSE_MENTOR)
    partnership, _ = add_partnership(db, small_org, "dana.fox@x.org", "zoe.adams@x.org")
    add_check_in(db, partnership, date(2026, 10, 20), mentor_rating=4, mentee_rating=5,
                 private_notes="SECRET-NOTE")  # fmt: skip
    database = db.url
    db.close()
    named, anonymous = tmp_path / "evaluation.pdf", tmp_path / "anonymous.pdf"
    code, out, _ = run_cli(capsys, database, "report", "--programme", "Cohort 2026",
                           "--evaluation", "-o", named)  # fmt: skip
    assert code == 0 and out.strip() == f'Wrote the evaluation of "Cohort 2026" to {named}'
    code, out, _ = run_cli(capsys, database, "report", "--programme", "Cohort 2026",
                           "--evaluation", "--anonymise", "-o", anonymous)  # fmt: skip
    assert code == 0 and "(anonymised)" in out
    shown = text_of(named)
    assert "Programme evaluation" in shown and "1 answer" in shown and "4.0" in shown
    hidden = text_of(anonymous)
    assert "fewer than 5 answers" in hidden and "4.0" not in hidden
    for text in (shown, hidden):
        assert "SECRET-NOTE" not in text and "Dana" not in text


def test_the_evaluation_is_for_a_programme(db, small_org, tmp_path, capsys):
    database = db.url
    db.close()
    code, _, err = run_cli(capsys, database, "report", "--partnership", "1", "--evaluation",
                           "-o", tmp_path / "e.pdf")  # fmt: skip
    assert code == 1 and "use it with --programme NAME" in err and err.count("\n") == 1
    code, _, err = run_cli(capsys, database, "report", "--programme", "Nope", "--evaluation",
                           "-o", tmp_path / "e.pdf")  # fmt: skip
    assert code == 1 and 'no programme called "Nope"' in err
    assert not any(tmp_path.glob("*.pdf"))
