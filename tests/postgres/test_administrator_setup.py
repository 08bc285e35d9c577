"""The README's set-up for an administrator works as written: roles without superuser powers,
every coordinator in one group, backups with pg_dump that restore to a database that checks."""

import shutil
import subprocess

import pytest
from sqlalchemy import text

from revmentor_desktop.core.db import open_database
from revmentor_desktop.core.db.presence import others_connected
from revmentor_desktop.core.demo.organisation import create_demo
from revmentor_desktop.core.services.coordinator import save_coordinator_email
from revmentor_desktop.core.services.exports import export_people
from revmentor_desktop.core.services.integrity import check_database

# The statements of the README's "Setting up the server" section, with its names.
SET_UP = """
CREATE ROLE revmentor_app NOLOGIN;
CREATE DATABASE revmentor OWNER revmentor_app;
REVOKE ALL ON DATABASE revmentor FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE revmentor TO revmentor_app;
CREATE ROLE priya LOGIN IN ROLE revmentor_app;
ALTER ROLE priya IN DATABASE revmentor SET role = 'revmentor_app';
CREATE ROLE tom LOGIN IN ROLE revmentor_app;
ALTER ROLE tom IN DATABASE revmentor SET role = 'revmentor_app';
"""


@pytest.fixture
def server(postgres):
    for statement in filter(str.strip, SET_UP.split(";")):
        postgres.execute(statement)
    yield postgres
    postgres.execute("DROP DATABASE IF EXISTS revmentor WITH (FORCE)")
    postgres.execute("DROP DATABASE IF EXISTS revmentor_restored WITH (FORCE)")
    for role in ("priya", "tom", "revmentor_app"):
        postgres.execute(f"DROP ROLE IF EXISTS {role}")


def url_for(server, user: str, database: str = "revmentor") -> str:
    return f"postgresql+psycopg://{user}@/{database}?host={server.socket}"


def test_two_coordinators_share_the_database_without_superuser_powers(server, tmp_path):
    with open_database(url_for(server, "priya"), editor="Priya") as priya:
        with priya.engine.connect() as connection:
            assert connection.scalar(text("SELECT rolsuper FROM pg_roles "
                                          "WHERE rolname = session_user")) is False  # fmt: skip
            assert connection.scalar(text("SELECT current_user")) == "revmentor_app"
        create_demo(priya, people=40, seed=1)
        with open_database(url_for(server, "tom"), editor="Tom") as tom:
            save_coordinator_email(tom, "mentoring@northwind.example")  # a write as Tom
            export_people(tom, tmp_path / "people.csv")
            assert others_connected(priya.engine, priya.application_name) == ["Tom"]
            assert check_database(tom).ok
        owners = priya.engine.connect().execute(
            text("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'")
        )
        assert owners.scalars().all() == ["revmentor_app"]  # whoever created the schema


def test_a_pg_dump_backup_restores_to_a_database_that_checks(server, tmp_path):
    pg_dump, pg_restore = (server.bin / "pg_dump", server.bin / "pg_restore")
    if not pg_dump.exists() or not shutil.which(str(pg_restore)):
        pytest.skip("pg_dump is not installed with the server")
    with open_database(url_for(server, "priya"), editor="Priya") as priya:
        create_demo(priya, people=40, seed=1)
        export_people(priya, tmp_path / "before.csv")
    dump = tmp_path / "revmentor.dump"
    connect = ["--host", str(server.socket), "--username", "revmentor_tests"]
    subprocess.run([pg_dump, *connect, "--format=custom", f"--file={dump}", "revmentor"],
                   check=True)  # fmt: skip
    server.execute("CREATE DATABASE revmentor_restored OWNER revmentor_app")
    subprocess.run([pg_restore, *connect, "--no-owner", "--role=revmentor_app",
                    "--dbname=revmentor_restored", dump], check=True)  # fmt: skip
    with open_database(url_for(server, "priya", "revmentor_restored"), editor="Priya") as back:
        assert check_database(back).ok, check_database(back).problems
        export_people(back, tmp_path / "after.csv")
    assert (tmp_path / "after.csv").read_bytes() == (tmp_path / "before.csv").read_bytes()
