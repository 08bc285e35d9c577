"""`revmentor messages`: .eml drafts into a folder, mailto: links, exit codes, one-line errors."""

import email
from email.policy import default
from urllib.parse import parse_qs, urlsplit

import pytest
from factories import add_partnership, run_cli

from revmentor_desktop.core.db.models import Partnership, PartnershipStatus
from revmentor_desktop.core.services.organisation import COORDINATOR_EMAIL, set_setting

pytestmark = pytest.mark.both_engines


@pytest.fixture
def database(db, small_org):
    """Dana Fox & Zoë Adams, active with a meeting plan; 王伟 & Zoë Adams, completed."""
    active, _ = add_partnership(db, small_org, "dana.fox@x.org", "zoe.adams@x.org")
    done, _ = add_partnership(db, small_org, "wang.wei@x.org", "zoe.adams@x.org",
                              status=PartnershipStatus.COMPLETED)  # fmt: skip
    with db.session() as session, session.begin():
        session.get(Partnership, active).meeting_interval_days = 14
        set_setting(session, COORDINATOR_EMAIL, "coordinator@x.org")
    path = db.url
    db.close()
    return path, active, done


def test_introductions_are_written_into_the_folder(database, tmp_path, capsys):
    path, active, _ = database
    folder = tmp_path / "new" / "messages"  # made when missing
    code, out, err = run_cli(capsys, path, "messages", "introduction",
                             "--programme", "cohort 2026", "-o", folder)  # fmt: skip
    assert (code, err) == (0, "")
    name = folder / "Introduction - Dana Fox and Zoë Adams.eml"
    assert out.splitlines() == [str(name), f"Wrote 1 introduction to {folder}"]
    with open(name, "rb") as file:
        mail = email.message_from_binary_file(file, policy=default)
    assert mail["From"].addresses[0].addr_spec == "coordinator@x.org"
    assert mail["X-Unsent"] == "1"
    types = sorted(part.get_content_type() for part in mail.iter_attachments())
    assert types == ["application/pdf", "text/calendar"]


def test_mailto_links_are_printed_one_a_line(database, tmp_path, capsys):
    path, _, done = database
    code, out, err = run_cli(capsys, path, "messages", "thank-you", "--programme",
                             "Cohort 2026", "--mailto")  # fmt: skip
    assert (code, err) == (0, "")
    (link,) = out.splitlines()
    parts = urlsplit(link)
    assert parts.path == "wang.wei@x.org,zoe.adams@x.org"
    assert "Thank you both" in parse_qs(parts.query)["body"][0]
    assert list(tmp_path.glob("*.eml")) == []


def test_nothing_due_is_said_and_not_an_error(database, capsys):
    path, *_ = database
    code, out, _ = run_cli(capsys, path, "messages", "survey", "--programme", "Cohort 2026",
                           "--mailto")  # fmt: skip
    assert code == 0
    assert out.startswith('No pair in "Cohort 2026" needs one today: survey requests are for')


@pytest.mark.parametrize(
    ("args", "code", "error"),
    [
        (["reminder", "--programme", "Nope", "--mailto"], 1, 'no programme called "Nope"'),
        (["thank-you", "--programme", "Cohort 2026", "--mailto", "--partnership", "1"], 1,
         'Not for partnership 1 in "Cohort 2026" today: thank-you messages are for'),
        (["welcome", "--programme", "Cohort 2026", "--mailto"], 2, "invalid choice"),
        (["reminder", "--programme", "Cohort 2026"], 2, "one of the arguments"),
    ],
)  # fmt: skip
def test_errors_are_one_line(database, capsys, args, code, error):
    path, *_ = database
    got, out, err = run_cli(capsys, path, "messages", *args)
    assert got == code and error in err
    assert out == ""


def test_without_a_coordinator_the_messages_are_written_with_a_note(
    db, small_org, tmp_path, capsys
):
    add_partnership(db, small_org, "dana.fox@x.org", "zoe.adams@x.org",
                    status=PartnershipStatus.DRAFT, wizard_step=1)  # fmt: skip
    path = db.url
    db.close()
    code, out, err = run_cli(capsys, path, "messages", "introduction", "--programme",
                             "Cohort 2026", "-o", tmp_path / "out")  # fmt: skip
    assert code == 0
    assert err.startswith("revmentor: note: no coordinator's email is set")
    (written,) = (tmp_path / "out").iterdir()
    with open(written, "rb") as file:
        assert email.message_from_binary_file(file, policy=default)["From"] is None
