"""`revmentor copy-to`: to a real PostgreSQL server and back, and the server's password."""

import getpass
import subprocess
import sys

import pytest
from factories import run_cli
from postgres_server import PASSWORD
from postgres_server import PASSWORD_ROLE as ROLE
from sqlalchemy import func, select

from revmentor_desktop.core.db import credentials, open_database
from revmentor_desktop.core.db.credentials import PasswordNeededError
from revmentor_desktop.core.db.models import Person


def plain(url: str) -> str:
    """The URL as an administrator writes it, without SQLAlchemy's driver name."""
    return url.replace("postgresql+psycopg://", "postgresql://")


@pytest.fixture
def source(db, small_org):
    """A database file with six people and a programme, closed for the command to open."""
    db.close()
    return db.path


@pytest.fixture
def empty_server_database(postgres):
    postgres.execute("CREATE DATABASE copy_target")
    yield postgres.url("copy_target")
    postgres.execute("DROP DATABASE copy_target WITH (FORCE)")


@pytest.fixture(autouse=True)
def no_passwords_kept(monkeypatch):
    monkeypatch.setattr(credentials, "_PASSWORDS", {})


class Terminal:
    """Standard input that is a terminal, as when someone types the command."""

    def isatty(self) -> bool:
        return True


def test_copy_to_a_server_and_back(capsys, source, empty_server_database, tmp_path):
    code, out, err = run_cli(capsys, source, "copy-to", plain(empty_server_database))
    assert code == 0, err
    lines = out.splitlines()
    person = next(line for line in lines if line.startswith("person "))
    assert person.split()[1:3] == ["6", "rows"] and person.endswith("verified")
    assert len(person.split()[3]) == 12  # the first 12 hex digits of the checksum
    assert sum(line.endswith("verified") for line in lines) == 16  # one line per table
    assert lines[-1] == f"From now on use: revmentor --db '{empty_server_database}'"

    code, out, _ = run_cli(capsys, empty_server_database, "check")
    assert code == 0 and "OK: no problems found" in out
    local = tmp_path / "working copy.sqlite"
    code, out, err = run_cli(capsys, plain(empty_server_database), "copy-to", local)
    assert code == 0, err
    assert out.splitlines()[-1] == f"From now on use: revmentor --db '{local}'"
    assert run_cli(capsys, local, "check")[0] == 0


def test_a_target_holding_data_is_refused(capsys, source, postgres_url):
    assert run_cli(capsys, source, "copy-to", postgres_url)[0] == 0
    code, out, err = run_cli(capsys, source, "copy-to", postgres_url)
    assert code == 1 and out == ""
    assert "already holds RevMentor data" in err and "Nothing was copied" in err


def test_a_password_on_the_command_line_is_refused(capsys, source, postgres):
    with_password = postgres.url("copy_target").replace("tests@", "tests:secret@")
    for arguments in ((source, "copy-to", with_password), (with_password, "check")):
        code, out, err = run_cli(capsys, *arguments)
        assert code == 1 and out == ""
        assert "Leave the password out of the database URL" in err
        assert "PGPASSFILE" in err and "secret" not in err


def test_without_a_terminal_the_password_file_is_named(capsys, source, password_role):
    code, _, err = run_cli(capsys, source, "copy-to", password_role)
    assert code == 1
    assert f"asks for a password for {ROLE} on" in err and "PGPASSFILE" in err
    with pytest.raises(PasswordNeededError):  # the window asks on this error
        open_database(password_role)


def test_a_terminal_is_asked_for_the_password_once(capsys, source, password_role, monkeypatch):
    asked = []

    def type_password(prompt):
        asked.append(prompt)
        return PASSWORD

    monkeypatch.setattr(sys, "stdin", Terminal())
    monkeypatch.setattr(getpass, "getpass", type_password)
    code, out, err = run_cli(capsys, source, "copy-to", password_role)
    assert code == 0, err
    assert asked == [f"Password for {ROLE} on this computer (database pw_target): "]
    assert PASSWORD not in out + err
    # Kept for the run, never in the URL: the next connection needs no question.
    with open_database(password_role, writer=False) as server, server.session() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 6


def test_a_wrong_password_is_asked_once_then_refused(capsys, source, password_role, monkeypatch):
    asked = []
    monkeypatch.setattr(sys, "stdin", Terminal())
    monkeypatch.setattr(getpass, "getpass", lambda prompt: asked.append(prompt) or "wrong")
    code, _, err = run_cli(capsys, source, "copy-to", password_role)
    assert code == 1 and len(asked) == 1
    assert "refused the password" in err


def test_the_password_file_is_read(capsys, source, password_role, monkeypatch, tmp_path):
    passwords = tmp_path / "pgpass"
    passwords.write_text(f"*:*:*:{ROLE}:{PASSWORD}\n")
    passwords.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passwords))
    code, _, err = run_cli(capsys, source, "copy-to", password_role)
    assert code == 0, err


def test_the_command_line_starts_without_sqlalchemy():
    loaded = subprocess.run(
        [sys.executable, "-c", "import sys; from revmentor_desktop.cli import build_parser; "
         "build_parser(); print('sqlalchemy' in sys.modules)"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert loaded.strip() == "False"


def test_without_the_server_driver_the_command_says_how_to_get_it(capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as where the extra is not installed
    code, _, err = run_cli(capsys, "postgresql://priya@db.example.org/revmentor", "check")
    assert code == 1
    assert "needs its driver, which is not installed: pip install" in err
    assert "revmentor-desktop[postgres]" in err and "unexpected" not in err
