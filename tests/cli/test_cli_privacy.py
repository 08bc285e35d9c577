"""`revmentor person export|erase|due|requests` end to end: files, confirmation, backups, the
audit trail, `revmentor check` afterwards, and one-line errors."""

import json
import os
import stat
from datetime import date

import pytest
from factories import add_check_in, add_partnership, enrol, run_cli
from sqlalchemy import update

from revmentor_desktop.core.db.backup import list_backups, make_backup
from revmentor_desktop.core.db.models import PartnershipStatus, Person, Role
from revmentor_desktop.paths import sqlite_path

pytestmark = pytest.mark.both_engines

NOTE = "CLI-canary-private-note"


@pytest.fixture
def database(db, small_org) -> str:
    """Dana mentors Zoë (completed, a check-in with a private note); José left long ago."""
    enrol(db, small_org, "jose.muller@x.org", Role.MENTEE)
    pair, _ = add_partnership(
        db, small_org, "dana.fox@x.org", "zoe.adams@x.org", status=PartnershipStatus.COMPLETED
    )
    add_check_in(db, pair, date(2026, 10, 20), summary="Shared", private_notes=NOTE)
    with db.session() as session, session.begin():
        session.execute(
            update(Person).where(Person.email == "bob@x.org").values(updated_at=date(2020, 1, 1))
        )
    db.close()
    return db.url


def everything(url: str) -> bytes:
    path = sqlite_path(url)
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_export_writes_the_json_for_the_user_alone(database, tmp_path, capsys):
    target = tmp_path / "person-data-5.json"
    code, out, err = run_cli(capsys, database, "person", "export", "Dana.Fox@x.org", "-o", target)
    assert (code, err) == (0, "")
    assert out.startswith("Exported ") and f"to {target} (request 1)" in out
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["summary"][0].startswith("This file holds everything RevMentor held about Dana")
    assert data["partnerships"][0]["check_ins"][0]["private_notes"] == NOTE
    if os.name != "nt":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_erase_without_yes_says_what_would_go_and_changes_nothing(database, capsys, rows):
    code, out, err = run_cli(capsys, database, "person", "erase", "dana.fox@x.org")
    assert code == 1
    assert out.splitlines()[0] == "Erasing Dana Fox (dana.fox@x.org) would remove or change:"
    assert "1 partnership stays" in out
    assert err == "revmentor: error: Nothing was erased: add --yes to erase Dana Fox.\n"
    assert rows(database, "SELECT given_name FROM person WHERE email = 'dana.fox@x.org'") == [
        ("Dana",)
    ]
    assert rows(database, "SELECT private_notes FROM check_in") == [(NOTE,)]
    assert rows(database, "SELECT count(*) FROM privacy_request") == [(0,)]


def test_erase_without_yes_leaves_the_file_as_it_was(sqlite_file, database, capsys):
    before = everything(database)
    assert run_cli(capsys, database, "person", "erase", "dana.fox@x.org")[0] == 1
    assert everything(database) == before


def test_erase_then_check_then_the_requests(database, capsys, rows):
    code, out, err = run_cli(capsys, database, "person", "erase", "dana.fox@x.org", "--yes")
    assert (code, err) == (0, "")
    assert out.startswith("Erased Dana Fox (") and out.splitlines()[0].endswith("request 1)")
    assert rows(database, "SELECT count(*) FROM person WHERE given_name = 'Dana'") == [(0,)]
    assert rows(database, "SELECT private_notes FROM check_in") == [("",)]
    code, out, err = run_cli(capsys, database, "check")
    assert (code, err) == (0, ""), out
    code, out, _ = run_cli(capsys, database, "person", "requests")
    assert code == 0 and out.splitlines()[0].split()[0] == "1"
    assert "Erasure  by" in out and "dana" not in out.lower()


def test_erase_then_prune_the_backups_then_check(sqlite_file, database, capsys, data_folder):
    old = make_backup(sqlite_path(database))
    code, out, err = run_cli(capsys, database, "person", "erase", "dana.fox@x.org", "--yes")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith("Erased Dana Fox (") and lines[0].endswith("request 1)")
    assert lines[1:3] == ["1 backup still holds them:", f"  {old.path}"]
    for text in (NOTE, "dana.fox@x.org", "Dana"):
        assert text.encode() not in everything(database)
    logs = b"".join(p.read_bytes() for p in (data_folder / "logs").glob("*"))
    assert b"Privacy request 1: erased one person" in logs and b"dana" not in logs.lower()
    assert NOTE.encode() in old.path.read_bytes()

    # Erased already: the backups are still found by the email, and pruned.
    code, out, err = run_cli(
        capsys, database, "person", "erase", "dana.fox@x.org", "--yes", "--prune-backups"
    )
    assert (code, err) == (0, "")
    assert "Deleted 1 backup that still held them" in out
    assert list_backups(sqlite_path(database), counts=False) == []

    code, out, err = run_cli(capsys, database, "check")
    assert (code, err) == (0, ""), out
    assert "OK: no problems found" in out

    code, out, _ = run_cli(capsys, database, "person", "requests")
    assert code == 0
    assert [line.split()[0] for line in out.splitlines()] == ["2", "1"]
    assert "Erasure  by" in out and "1 backup held them: deleted" in out
    assert "dana" not in out.lower()


def test_erase_with_prune_deletes_the_backups_at_once(sqlite_file, database, capsys):
    make_backup(sqlite_path(database))
    code, out, _ = run_cli(
        capsys, database, "person", "erase", "dana.fox@x.org", "--yes", "--prune-backups"
    )
    assert code == 0 and "Deleted 1 backup that still held them" in out
    assert list_backups(sqlite_path(database), counts=False) == []


def test_due_lists_who_left_long_ago(database, capsys):
    code, out, err = run_cli(capsys, database, "person", "due")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Bob Archived <bob@x.org>: Left (archived) by 1 Jan 2020",
        "1 person due for erasure (personal data kept 24 months after people leave)",
    ]
    code, _, err = run_cli(capsys, database, "person", "due", "--months", "0")
    assert code == 1 and err == "revmentor: error: --months must be from 1 to 240.\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("person", "erase", "nobody@x.org", "--yes"),
         "Nobody in the database has the email nobody@x.org."),
        (("person", "export", "nobody@x.org", "-o", "x.json"),
         "Nobody in the database has the email nobody@x.org."),
        (("person",), "the following arguments are required: ACTION (see revmentor --help)"),
    ],
)  # fmt: skip
def test_errors_are_one_line(database, capsys, args, message):
    code, out, err = run_cli(capsys, database, *args)
    assert code in (1, 2)
    assert err == f"revmentor: error: {message}\n"
