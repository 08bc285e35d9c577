"""Test set-up: no display, no real data folder, and a fresh database per test."""

import os
import shutil
from pathlib import Path

# Before anything imports Qt: tests run without a screen.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("REVMENTOR_DB", None)
# Imports take an ambiguous date order from the computer's regional format: tests run in the
# neutral C locale (day first), whatever the machine's, unless a test sets another.
for variable in ("LC_ALL", "LC_TIME", "LANG"):
    os.environ[variable] = "C.UTF-8"

import pytest  # noqa: E402

from revmentor_desktop.core.db import open_database  # noqa: E402
from revmentor_desktop.paths import sqlite_path  # noqa: E402

# Tests here open databases the real way: creating or upgrading them is what they test.
MIGRATION_TESTS = Path(__file__).parent / "migrations"


@pytest.fixture(autouse=True)
def data_folder(tmp_path, monkeypatch):
    """Every test gets its own data folder, so nothing touches the user's real one."""
    folder = tmp_path / "data"
    monkeypatch.setenv("REVMENTOR_DATA_DIR", str(folder))
    return folder


@pytest.fixture(scope="session")
def migrated_database(tmp_path_factory) -> Path:
    """A database file at the current schema, made once per run: every `db` starts as a copy,
    so the migrations run once instead of once per test."""
    path = tmp_path_factory.mktemp("migrated") / "revmentor.sqlite"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("REVMENTOR_DATA_DIR", str(path.parent / "data"))
        open_database("sqlite:///" + str(path)).close()
    # Closed cleanly, SQLite has folded its write-ahead log back into the file, so the file
    # alone is the whole database; a log left behind would make a copy lose data.
    assert not path.with_name(path.name + "-wal").exists()
    return path


@pytest.fixture
def db_url(tmp_path):
    """Where this test's database lives; no file is there until `db` puts one (a brand-new
    database for tests that let the app or the CLI create it)."""
    return "sqlite:///" + str(tmp_path / "revmentor.sqlite")


def pytest_generate_tests(metafunc):
    """Tests marked `both_engines` run twice: on SQLite and on the PostgreSQL server."""
    marked = metafunc.definition.get_closest_marker("both_engines")
    if marked and "engine" in metafunc.fixturenames:  # these fixtures, not a module's own db
        # A test of the SQLite file itself (it asks for `sqlite_file`) has no server run.
        sqlite_only = "sqlite_file" in metafunc.fixturenames
        engines = ["sqlite"] if sqlite_only else ["sqlite", "postgresql"]
        metafunc.parametrize("engine", engines, indirect=True)


@pytest.fixture
def sqlite_file(engine):
    """Asked for by a test of the SQLite file itself (its bytes, its write-ahead log, its writer
    lock, backups of it) in a `both_engines` module: it then runs on SQLite only."""
    assert engine == "sqlite"


@pytest.fixture
def engine(request):
    """Which engine a `both_engines` test runs on (SQLite for every other test)."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def engine_url(engine, request, migrated_database, db_url):
    """This test's database URL, at the current schema: a copy of the migrated SQLite file
    (none for the migration tests, which create theirs as the app would), or for a
    `both_engines` test once a database of its own on the PostgreSQL server."""
    if engine == "postgresql":
        return request.getfixturevalue("postgres_url")
    if MIGRATION_TESTS not in request.path.parents:
        shutil.copy(migrated_database, sqlite_path(db_url))
    return db_url


@pytest.fixture
def db(engine_url):
    """This test's database (`engine_url`), open for writing."""
    database = open_database(engine_url)
    yield database
    database.close()


@pytest.fixture(scope="session")
def postgres():
    """A throw-away PostgreSQL server for this run (tests/postgres_server.py). Skipped where
    none can be started; in CI, where the test command installs one, that is an error."""
    from postgres_server import Server, ServerUnavailable

    try:
        server = Server()
    except ServerUnavailable as exc:
        if os.environ.get("CI"):
            raise
        pytest.skip(f"PostgreSQL tests skipped: {exc}")
    try:
        # The migrations run once; every test's database is a copy of this one.
        server.execute("CREATE DATABASE revmentor_template")
        open_database(server.url("revmentor_template")).close()
        yield server
    finally:
        server.stop()


@pytest.fixture
def postgres_url(postgres, request):
    """A database of this test's own on the server, at the current schema."""
    import re

    name = "t_" + re.sub(r"\W+", "_", request.node.name.lower())[:50] + f"_{id(request) % 10**6}"
    postgres.execute(f"CREATE DATABASE {name} TEMPLATE revmentor_template")
    yield postgres.url(name)
    postgres.execute(f"DROP DATABASE {name} WITH (FORCE)")


@pytest.fixture
def password_role(postgres):
    """The URL of an empty server database whose role must give a password (no password in
    the URL): postgres_server.PASSWORD_ROLE and PASSWORD."""
    from postgres_server import password_asked

    with password_asked(postgres) as url:
        yield url


@pytest.fixture
def small_org(db):
    """Six known people in two departments, with skills and one programme (its id is returned)."""
    from datetime import date

    from revmentor_desktop.core.db.models import (
        Enrolment,
        Person,
        PersonSkill,
        Programme,
        Role,
        Skill,
        SkillCategory,
        SkillInterest,
    )
    from revmentor_desktop.core.services.organisation import ensure_levels

    with db.session() as session, session.begin():
        levels = {level.rank: level for level in ensure_levels(session)}
        skills = {
            name: Skill(name=name, category=category)
            for name, category in (
                ("Power BI", SkillCategory.TECHNOLOGY),
                ("TikTok", SkillCategory.SOCIAL_MEDIA),
                ("Budgeting", SkillCategory.ORGANISATIONAL_KNOWLEDGE),
            )
        }
        people = {}
        for given, family, email, department, rank, site in (
            ("Zoë", "Adams", "zoe.adams@x.org", "Marketing", 8, "London"),
            ("José", "Müller", "jose.muller@x.org", "Finance", 6, "Berlin"),
            ("Ольга", "Коваль", "olga.koval@x.org", "Finance", 2, "Remote"),
            ("伟", "王", "wang.wei@x.org", "Marketing", 1, "London"),
            ("Dana", "Fox", "dana.fox@x.org", "Marketing", 3, "London"),
            ("Bob", "Archived", "bob@x.org", "Finance", 4, "Berlin"),
        ):
            people[email] = Person(
                given_name=given, family_name=family, email=email, department=department,
                level=levels[rank], location=site, job_title=f"{department} role",
                archived=email == "bob@x.org",
            )  # fmt: skip
        session.add_all([*skills.values(), *people.values()])
        session.flush()
        for email, skill, interest in (
            ("dana.fox@x.org", "Power BI", SkillInterest.OFFERS),
            ("dana.fox@x.org", "Budgeting", SkillInterest.WANTS),
            ("wang.wei@x.org", "TikTok", SkillInterest.OFFERS),
            ("zoe.adams@x.org", "TikTok", SkillInterest.WANTS),
        ):
            session.add(PersonSkill(person=people[email], skill=skills[skill], interest=interest))
        programme = Programme(name="Cohort 2026", start_date=date(2026, 10, 1))
        session.add(programme)
        for email, role in (
            ("dana.fox@x.org", Role.REVERSE_MENTOR),
            ("wang.wei@x.org", Role.REVERSE_MENTOR),
            ("zoe.adams@x.org", Role.MENTEE),
        ):
            session.add(Enrolment(programme=programme, person=people[email], role=role))
        session.flush()
        return programme.id
