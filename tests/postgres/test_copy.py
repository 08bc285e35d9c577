"""Moving a database to a real PostgreSQL server and back: every row, verified, nothing lost."""

import shutil
import sqlite3
from urllib.parse import urlsplit

import pytest
from sqlalchemy import func, select

from revmentor_desktop.core.db import open_database
from revmentor_desktop.core.db.copy import copy_database
from revmentor_desktop.core.db.models import Base, Person
from revmentor_desktop.core.demo.organisation import create_demo
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.paths import sqlite_path


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    """A small demo organisation (managers, partnerships, check-ins, JSON, times), made once."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("REVMENTOR_DATA_DIR", str(path.parent / "data"))
        with open_database("sqlite:///" + str(path)) as db:
            create_demo(db, people=40, seed=3)
    return path


@pytest.fixture
def demo(demo_file, tmp_path):
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, path)
    with open_database("sqlite:///" + str(path)) as db:
        yield db


@pytest.fixture
def empty_server_database(postgres, request):
    """A database on the server with no tables at all, as an administrator creates it."""
    name = f"copy_{request.node.name.lower()[:30]}_{id(request) % 10**6}"
    postgres.execute(f"CREATE DATABASE {name}")
    yield postgres.url(name)
    postgres.execute(f"DROP DATABASE {name} WITH (FORCE)")


def raw_rows(path) -> dict[str, list[tuple]]:
    """Every table's rows as SQLite stores them, read without RevMentor."""
    with sqlite3.connect(path) as connection:
        return {
            table.name: connection.execute(
                f'SELECT * FROM "{table.name}" ORDER BY '
                + ", ".join(column.name for column in table.primary_key.columns)
            ).fetchall()
            for table in Base.metadata.sorted_tables
        }


def people(url: str) -> int:
    with open_database(url, writer=False) as db, db.engine.connect() as connection:
        return connection.execute(select(func.count()).select_from(Person)).scalar_one()


def test_to_the_server_and_back_every_row_is_the_same(demo, empty_server_database, tmp_path):
    steps = []
    to_server = copy_database(demo, empty_server_database, editor="Priya",
                              progress=lambda done, total: steps.append((done, total)))  # fmt: skip
    assert to_server.url == empty_server_database and to_server.path is None
    assert all(table.matched for table in to_server.tables)
    original = raw_rows(demo.path)
    rows = {table.name: table.rows for table in to_server.tables}
    assert rows == {name: len(found) for name, found in original.items()}
    assert rows["person"] == 40 and rows["check_in"] > 0
    assert steps[-1][0] == steps[-1][1] == 2 * to_server.rows

    with open_database(to_server.url, editor="Tom") as server:
        managed = select(func.count()).where(Person.manager_id.is_not(None))
        with server.engine.connect() as connection:
            assert connection.execute(managed).scalar_one() > 0
        # The server's ids go on after the copied ones: adding a person works.
        with server.session() as session, session.begin():
            added = Person(given_name="Nia", email="nia@x.org")
            session.add(added)
        assert added.id == max(row[0] for row in original["person"]) + 1
        with server.session() as session, session.begin():
            session.delete(session.get(Person, added.id))

        back = copy_database(server, "sqlite:///" + str(tmp_path / "local.sqlite"))
    assert back.path == tmp_path / "local.sqlite"
    assert [t.checksum for t in back.tables] == [t.checksum for t in to_server.tables]
    # Read back without RevMentor: the same values, stored the same way, as the original.
    assert raw_rows(back.path) == original


def test_a_database_holding_data_is_refused_and_left_as_it_was(demo, postgres_url, tmp_path):
    # A RevMentor schema with no rows yet (made by the app) takes the copy.
    first = copy_database(demo, postgres_url)
    assert people(postgres_url) == 40
    with pytest.raises(RevMentorError, match="already holds RevMentor data"):
        copy_database(demo, postgres_url)
    with open_database(postgres_url) as server:
        again = copy_database(server, "sqlite:///" + str(tmp_path / "check.sqlite"))
    assert [t.checksum for t in again.tables] == [t.checksum for t in first.tables]

    taken = tmp_path / "taken.sqlite"
    taken.write_bytes(b"some other file")
    with pytest.raises(RevMentorError, match="exists already"):
        copy_database(demo, "sqlite:///" + str(taken))
    assert taken.read_bytes() == b"some other file"


def test_a_server_database_of_another_program_is_refused(demo, empty_server_database, postgres):
    import psycopg

    socket = str(postgres.socket)
    name = urlsplit(empty_server_database).path.strip("/")
    with psycopg.connect(host=socket, user="revmentor_tests", dbname=name) as connection:
        connection.execute("CREATE TABLE invoices (id int)")
    with pytest.raises(RevMentorError, match=r"holds other tables \(invoices\)"):
        copy_database(demo, empty_server_database)
    with psycopg.connect(host=socket, user="revmentor_tests", dbname=name) as connection:
        tables = connection.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchall()
    assert tables == [("invoices",)]  # no RevMentor table was made


def test_a_password_in_the_url_is_refused(demo, postgres):
    url = postgres.url("nowhere").replace("revmentor_tests@", "revmentor_tests:secret@")
    with pytest.raises(RevMentorError, match="Leave the password out"):
        copy_database(demo, url)


def test_a_failed_copy_leaves_no_file(demo, tmp_path):
    def stop(done, total):
        if done:
            raise KeyboardInterrupt

    target = tmp_path / "half.sqlite"
    with pytest.raises(KeyboardInterrupt):
        copy_database(demo, "sqlite:///" + str(target), progress=stop)
    assert not target.exists()
    assert sqlite_path(demo.url) == demo.path  # the original is still open and whole
    assert raw_rows(demo.path)["person"]


def test_a_copy_stopped_halfway_leaves_the_server_database_empty(demo, empty_server_database):
    def stop(done, total):
        if done > total // 4:  # some tables written already, in the same transaction
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        copy_database(demo, empty_server_database, progress=stop)
    assert people(empty_server_database) == 0
    assert copy_database(demo, empty_server_database).rows > 0  # empty still: it takes a copy
