"""Names in right-to-left scripts on the command line: the services isolate them for the window,
the terminal gets the plain text (no isolate marks, which terminals show as boxes or nothing)."""

import json

import pytest
from factories import add_partnership, consent_all, run_cli, write_csv
from sqlalchemy import update

from revmentor_desktop.cli import PlainText
from revmentor_desktop.core.db.models import Person, Programme
from revmentor_desktop.core.text import FSI, PDI, isolate

pytestmark = pytest.mark.both_engines

ARABIC, HEBREW = "محمد العلي", "שירה כהן"
PROGRAMME = "برنامج الإرشاد"
MARKS = (FSI, PDI)


@pytest.fixture
def database(db, small_org) -> str:
    """Dana Fox (reverse mentor) is محمد العلي, Zoë Adams (mentee) שירה כהן, the programme
    برنامج الإرشاد; the two are partners; everyone has consented. Then the database is closed."""
    with db.session() as session, session.begin():
        for email, given, family in (("dana.fox@x.org", "محمد", "العلي"),
                                     ("zoe.adams@x.org", "שירה", "כהן")):  # fmt: skip
            session.execute(update(Person).where(Person.email == email)
                            .values(given_name=given, family_name=family))  # fmt: skip
        session.execute(update(Programme).values(name=PROGRAMME))
    consent_all(db)
    add_partnership(db, small_org, "dana.fox@x.org", "zoe.adams@x.org")
    path = db.url
    db.close()
    return path


def assert_plain(text: str, *names: str) -> None:
    for name in names:
        assert name in text, (name, text)
    assert not any(mark in text for mark in MARKS), repr(text)


def test_a_rejected_row_names_the_partners_without_isolate_marks(database, tmp_path, capsys):
    # The emails the wrong way round: the service's sentence isolates both names.
    rows = [["Reverse mentor email", "Mentee email", "Date"],
            ["zoe.adams@x.org", "dana.fox@x.org", "2026-10-05"]]  # fmt: skip
    path = write_csv(tmp_path / "checkins.csv", rows)
    code, out, err = run_cli(capsys, database, "import", "checkins", path, "--dry-run")
    assert code == 1
    assert (
        f"the emails are the wrong way round: {ARABIC} is the reverse mentor and {HEBREW} "
        "the mentee" in out
    )
    assert_plain(out, ARABIC, HEBREW)
    assert_plain(err)


def test_an_error_naming_a_programme_has_no_marks(database, capsys):
    code, out, err = run_cli(capsys, database, "suggest", "--programme", "Pilot")
    assert (code, out) == (1, "")
    assert err == (
        f'revmentor: error: There is no programme called "Pilot"; the programmes are: '
        f'"{PROGRAMME}".\n'
    )
    assert_plain(err, PROGRAMME)


def test_suggest_prints_names_and_json_without_marks(database, capsys):
    code, out, err = run_cli(capsys, database, "suggest", "--programme", PROGRAMME, "--json")
    assert (code, err) == (0, "")
    report = json.loads(out)
    assert_plain(out)
    unmatched = {person["email"]: person["name"] for person in report["unmatched"]}
    assert unmatched == {"wang.wei@x.org": "王伟"}  # Zoë is taken, by Dana
    code, out, err = run_cli(capsys, database, "suggest", "--programme", PROGRAMME)
    assert code == 0
    assert_plain(out + err, "王伟")


def test_the_plain_stream_drops_the_marks_and_passes_everything_else_on(capsys):
    import sys

    stream = PlainText(sys.stdout)
    sentence = f"{isolate(ARABIC)} signs as:"
    assert stream.write(sentence) == len(sentence)
    stream.writelines(["\n", isolate(HEBREW), "\n"])
    stream.flush()
    assert capsys.readouterr().out == f"{ARABIC} signs as:\n{HEBREW}\n"
    assert stream.encoding == sys.stdout.encoding


def test_files_the_command_writes_hold_no_marks(database, tmp_path, capsys):
    pairs, person = tmp_path / "pairs.csv", tmp_path / "dana.json"
    code, out, _ = run_cli(capsys, database, "export", "pairs", pairs)
    assert code == 0
    assert_plain(out)
    assert_plain(pairs.read_text(encoding="utf-8-sig"), ARABIC, HEBREW, PROGRAMME)
    code, out, _ = run_cli(capsys, database, "person", "export", "dana.fox@x.org", "-o", person)
    assert code == 0
    assert_plain(out)
    assert_plain(person.read_text(encoding="utf-8"), ARABIC, HEBREW, PROGRAMME)
