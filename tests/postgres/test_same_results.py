"""The same data gives the same results on SQLite and on a real PostgreSQL server: the schema the
migrations build, `check`, the exports, the reports and `suggest --json`; and a demo database
copied to the server answers as the original does."""

import json
import warnings
from pathlib import Path

import pytest
from factories import run_cli
from pypdf import PdfReader
from sqlalchemy import create_engine, inspect, text

from revmentor_desktop.core.db import open_database
from revmentor_desktop.core.db.copy import copy_database
from revmentor_desktop.core.db.models import Base
from revmentor_desktop.core.db.schema import HEAD_REVISION, current_revision

PROGRAMME = "Reverse Mentoring 2026/27"


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def outputs(capsys, url: str, folder: Path) -> dict[str, object]:
    """What `check`, `export` (people, pairs, check-ins), `report` (the programme's and its
    evaluation, as text) and `suggest --json` give on the database at `url`."""
    folder.mkdir()
    code, checked, problems = run_cli(capsys, url, "check")
    assert code == 0, problems
    results: dict[str, object] = {"check": checked}
    for what in ("people", "pairs", "checkins"):
        exported = folder / f"{what}.csv"
        code, said, problems = run_cli(capsys, url, "export", what, exported)
        assert code == 0, problems
        results[f"export {what}"] = (said.replace(str(folder), "…"), exported.read_bytes())
    for name, options in (("report", ()), ("evaluation", ("--evaluation",))):
        pdf = folder / f"{name}.pdf"
        code, _, problems = run_cli(capsys, url, "report", "--programme", PROGRAMME, *options,
                                    "-o", pdf)  # fmt: skip
        assert code == 0, problems
        results[name] = pdf_text(pdf)
    code, suggested, problems = run_cli(capsys, url, "suggest", "--programme", PROGRAMME, "--json")
    assert code == 0, problems
    results["suggest --json"] = json.loads(suggested)
    return results


def assert_same(on_server: dict, original: dict) -> None:
    # There is something to compare.
    assert original["suggest --json"]["pairs"] and original["export people"][1].count(b"\n") > 100
    assert "Programme evaluation" in original["evaluation"] and PROGRAMME in original["report"]
    for key, value in original.items():
        assert on_server[key] == value, key


def test_demo_check_exports_reports_and_suggest_agree(capsys, tmp_path, db_url, postgres_url):
    demos = {}
    for url in (db_url, postgres_url):
        code, said, problems = run_cli(capsys, url, "demo", "--people", "120", "--seed", "3")
        assert code == 0, problems
        demos[url] = said.rsplit(" in ", 1)[0]  # where it is, apart
    assert demos[postgres_url] == demos[db_url]
    on_sqlite = outputs(capsys, db_url, tmp_path / "sqlite")
    assert_same(outputs(capsys, postgres_url, tmp_path / "postgresql"), on_sqlite)


def schema(url: str) -> dict[str, dict]:
    """Each table's columns (name, nullable), primary key, foreign keys, unique and check
    constraints and indexes, by name, as the database itself reports them."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection, warnings.catch_warnings():
            # SQLite does not reflect an index on an expression (lower(email)), and says so.
            warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression")
            seen = inspect(connection)
            return {
                table: {
                    "columns": [(c["name"], c["nullable"]) for c in seen.get_columns(table)],
                    "primary key": seen.get_pk_constraint(table)["constrained_columns"],
                    "foreign keys": sorted(
                        (
                            f["name"],
                            tuple(f["constrained_columns"]),
                            f["referred_table"],
                            f["options"].get("ondelete"),
                        )
                        for f in seen.get_foreign_keys(table)
                    ),  # fmt: skip
                    "unique": sorted(u["name"] for u in seen.get_unique_constraints(table)),
                    "checks": sorted(c["name"] for c in seen.get_check_constraints(table)),
                    "indexes": sorted(
                        (i["name"], bool(i["unique"]))
                        for i in seen.get_indexes(table)
                        # Not a server's unique constraint, nor on an expression (which only a
                        # server reflects): `index_names` compares those.
                        if "duplicates_constraint" not in i and None not in i["column_names"]
                    ),
                }
                for table in sorted(seen.get_table_names())
            }
    finally:
        engine.dispose()


def index_names(url: str) -> set[str]:
    """Every index the schema made, by name (a server's include its keys' own)."""
    query = (
        "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        if url.startswith("sqlite")
        else "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
    )
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return set(connection.execute(text(query)).scalars())
    finally:
        engine.dispose()


def test_the_migrations_build_the_same_schema(migrated_database, postgres_url):
    file_url = f"sqlite:///{migrated_database}"
    on_sqlite, on_server = schema(file_url), schema(postgres_url)
    assert set(on_sqlite) == set(Base.metadata.tables) | {"alembic_version"}
    assert on_server.keys() == on_sqlite.keys()
    keys = set()
    for table, described in on_sqlite.items():
        # SQLite reports a primary key's column as nullable; the server does not.
        described["columns"] = [
            (name, nullable and name not in described["primary key"])
            for name, nullable in described["columns"]
        ]
        assert on_server[table] == described, table
        keys |= {"alembic_version_pkc" if table == "alembic_version" else f"pk_{table}"}
        keys |= set(described["unique"])
    assert index_names(postgres_url) - keys == index_names(file_url)
    assert {"uq_partnership_live_pair", "uq_person_email_lower"} <= index_names(file_url)
    revisions = set()
    for url in (file_url, postgres_url):
        with open_database(url, writer=False) as db, db.engine.connect() as connection:
            revisions.add(current_revision(connection))
    assert revisions == {HEAD_REVISION}


def test_a_demo_copied_to_the_server_answers_as_the_original(
    capsys, tmp_path, db_url, postgres_url
):
    assert run_cli(capsys, db_url, "demo", "--people", "120", "--seed", "3")[0] == 0
    original = outputs(capsys, db_url, tmp_path / "original")
    with open_database(db_url, writer=False) as source:
        copied = copy_database(source, postgres_url)
    assert copied.url == postgres_url and all(table.matched for table in copied.tables)
    assert_same(outputs(capsys, postgres_url, tmp_path / "copy"), original)


@pytest.mark.both_engines
def test_an_import_writes_the_same_people(capsys, tmp_path, engine_url):
    """The demo's export imported into an empty database, then exported again: the same file
    on both engines (the import writes in batches, each new person with their manager)."""
    demo = "sqlite:///" + str(tmp_path / "demo.sqlite")
    assert run_cli(capsys, demo, "demo", "--people", "120", "--seed", "3")[0] == 0
    source = tmp_path / "source.csv"
    assert run_cli(capsys, demo, "export", "people", source)[0] == 0
    code, said, problems = run_cli(capsys, engine_url, "import", "people", source)
    assert code == 0, problems
    assert "118 created" in said
    again = tmp_path / "again.csv"
    assert run_cli(capsys, engine_url, "export", "people", again)[0] == 0
    assert again.read_bytes() == source.read_bytes()
    # A second import of the same file changes nothing.
    code, said, _ = run_cli(capsys, engine_url, "import", "people", source)
    assert code == 0 and "0 created" in said
