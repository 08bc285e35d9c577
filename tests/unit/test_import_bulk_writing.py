"""The people import's bulk writing: batches, managers further down the file, stored values."""

import csv
import gc
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import insert

from revmentor_desktop.core.db.models import Person, PersonSkill, SkillInterest
from revmentor_desktop.core.demo.organisation import create_demo
from revmentor_desktop.core.services.exports import export_people
from revmentor_desktop.core.services.imports import bulk
from revmentor_desktop.core.services.imports.bulk import BulkInsert
from revmentor_desktop.core.services.imports.people import (
    apply_import,
    guess_mapping,
    plan_import,
    read_table,
)
from revmentor_desktop.core.services.imports.plan import collector_paused
from revmentor_desktop.core.services.imports.tables import _any_cells, _text_cells

HEADER = ["Email", "First name", "Surname", "Manager email", "Can teach", "Wants to learn",
          "Preferred contact", "Hire date", "Role"]  # fmt: skip


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows([HEADER, *rows])
    return path


def import_file(db, path: Path, **options) -> object:
    table = read_table(path)
    return apply_import(db, plan_import(db, table, guess_mapping(table.headers), **options))


def dump(db) -> dict[str, list[tuple]]:
    """What the tables an import writes hold, as stored, without the clock's columns."""
    connection = sqlite3.connect(db.path)
    tables = {}
    for table, order in (("person", "id"), ("person_skill", "1, 2, 3"), ("skill", "id"),
                         ("enrolment", "id"), ("programme", "id")):  # fmt: skip
        cursor = connection.execute(f"SELECT * FROM {table} ORDER BY {order}")  # noqa: S608
        columns = [d[0] for d in cursor.description]
        keep = [i for i, c in enumerate(columns) if c not in ("created_at", "updated_at")]
        tables[table] = [tuple(row[i] for i in keep) for row in cursor]
    connection.close()
    return tables


def chain(tmp_path: Path, people: int) -> Path:
    """People each managed by the next one down the file; skills, channels and dates repeat."""
    rows = [
        [f"p{n}@x.org", f"Given{n}", f"Family{n}",
         f"p{n + 1}@x.org" if n + 1 < people else "",
         "Python; Excel" if n % 2 else "TikTok", "Budgeting; Python" if n % 3 else "",
         "Teams, phone" if n % 2 else "email", "2024-03-0" + str(1 + n % 9),
         "mentee" if n % 2 else "reverse mentor"]
        for n in range(people)
    ]  # fmt: skip
    return write_csv(tmp_path / "chain.csv", rows)


def test_batches_of_any_size_write_the_same_rows(db, db_url, tmp_path, monkeypatch):
    path = chain(tmp_path, 25)
    import_file(db, path, programme="Cohort")
    whole = dump(db)
    assert len(whole["person"]) == 25 and len(whole["enrolment"]) == 25
    other = tmp_path / "other"
    other.mkdir()
    from revmentor_desktop.core.db import open_database

    monkeypatch.setattr(bulk, "BATCH_ROWS", 3)  # 25 people and 46 skill rows in many batches
    with open_database("sqlite:///" + str(other / "b.sqlite")) as batched:
        import_file(batched, path, programme="Cohort")
        assert dump(batched) == whole


def test_new_people_go_in_with_a_manager_further_down_the_file(db, tmp_path):
    summary = import_file(db, chain(tmp_path, 30))
    assert summary.created == 30
    connection = sqlite3.connect(db.path)
    managers = dict(connection.execute("SELECT email, manager_id FROM person"))
    ids = dict(connection.execute("SELECT email, id FROM person"))
    assert all(managers[f"p{n}@x.org"] == ids[f"p{n + 1}@x.org"] for n in range(29))
    assert managers["p29@x.org"] is None
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    # People take the ids of the file's order, as when SQLite numbers them one by one.
    assert [ids[f"p{n}@x.org"] for n in range(30)] == list(range(1, 31))
    connection.close()


def test_a_new_person_created_and_managed_updates_no_earlier_row(db, tmp_path):
    """New people keep updated_at == created_at: going in with their manager is one write."""
    import_file(db, chain(tmp_path, 5))
    connection = sqlite3.connect(db.path)
    assert connection.execute(
        "SELECT count(*) FROM person WHERE updated_at != created_at"
    ).fetchone() == (0,)
    connection.close()


def test_a_reimport_with_new_managers_and_skills_updates_the_people_already_there(db, tmp_path):
    import_file(db, chain(tmp_path, 6))
    # Reversed: each now managed by the one above; skills swapped; one new person at the top.
    rows = [["boss@x.org", "Boss", "B", "", "Chess", "", "email", "2020-01-01", ""]]
    rows += [
        [f"p{n}@x.org", f"Given{n}", f"Family{n}", f"p{n - 1}@x.org" if n else "boss@x.org",
         "Excel" if n % 2 else "Python", "TikTok", "email", "2024-03-01", ""]
        for n in range(6)
    ]  # fmt: skip
    summary = import_file(db, write_csv(tmp_path / "again.csv", rows))
    assert (summary.created, summary.updated) == (1, 6)
    connection = sqlite3.connect(db.path)
    ids = dict(connection.execute("SELECT email, id FROM person"))
    managers = dict(connection.execute("SELECT email, manager_id FROM person"))
    assert managers["p0@x.org"] == ids["boss@x.org"] == 7
    assert all(managers[f"p{n}@x.org"] == ids[f"p{n - 1}@x.org"] for n in range(1, 6))
    skills = connection.execute(
        "SELECT p.email, s.name, ps.interest FROM person_skill ps JOIN person p "
        "ON p.id = ps.person_id JOIN skill s ON s.id = ps.skill_id"
    ).fetchall()
    assert sorted(s for s in skills if s[0] == "p1@x.org") == [
        ("p1@x.org", "Excel", "offers"), ("p1@x.org", "TikTok", "wants")
    ]  # fmt: skip
    assert ("boss@x.org", "Chess", "offers") in skills
    connection.close()


def test_the_demo_export_reimports_into_an_empty_database_as_it_was(db, tmp_path):
    """The round trip through bulk writing: the people, their managers and skills come back."""
    from revmentor_desktop.core.db import open_database

    with open_database("sqlite:///" + str(tmp_path / "demo.sqlite")) as demo:
        create_demo(demo, people=300, seed=3)
        export_people(demo, tmp_path / "people.csv")
        source = demo.path
    import_file(db, tmp_path / "people.csv")

    def people(path: Path) -> tuple[set[tuple], set[tuple]]:
        connection = sqlite3.connect(path)
        rows = set(
            connection.execute(
                "SELECT p.email, p.given_name, p.department, p.start_date, p.channels, "
                "p.hours_per_month, CASE WHEN m.archived THEN NULL ELSE m.email END "
                "FROM person p LEFT JOIN person m ON m.id = p.manager_id WHERE NOT p.archived"
            )
        )
        skills = set(
            connection.execute(
                "SELECT p.email, s.name, ps.interest FROM person_skill ps "
                "JOIN person p ON p.id = ps.person_id JOIN skill s ON s.id = ps.skill_id "
                "WHERE NOT p.archived"
            )
        )
        connection.close()
        return rows, skills

    # The demo's archived people are not exported: those they manage come back without them.
    imported, original = people(db.path), people(source)
    assert len(imported[0]) > 250 and len(imported[1]) > 1000
    assert imported == original


def test_bulk_insert_stores_what_a_core_insert_stores(db):
    values = {
        "given_name": "Zoë", "family_name": "Adams", "email": "zoe@x.org", "department": "",
        "job_title": "", "location": "", "is_external": True, "external_org": "Acme",
        "share_permission_confirmed": False, "channels": ["video", "email"],
        "hours_per_month": 2.5, "swot_strengths": "", "swot_weaknesses": "",
        "swot_opportunities": "", "swot_threats": "", "notes": "", "archived": False,
        "diversity_perspectives": "", "start_date": date(2024, 2, 29),
        "consent_date": None, "created_at": datetime(2026, 1, 2, 3, 4, 5, 6, tzinfo=UTC),
        "updated_at": datetime(2026, 1, 2, 3, 4, 5, 6, tzinfo=UTC), "employee_id": "007",
        "level_id": None, "manager_id": None, "birth_year": None, "version": 1,
        "updated_by": "Priya",
    }  # fmt: skip
    with db.session() as session, session.begin():
        connection = session.connection()
        connection.execute(insert(Person.__table__), [{**values, "id": 1}])
        writer = BulkInsert(connection, Person.__table__, {**values, "id": 0})
        writer.add({"id": 2, "email": "zoe2@x.org", "employee_id": "008"})
        writer.add({"id": 3, "email": "zoe3@x.org", "employee_id": None, "channels": []})
        writer.flush()
        skills = BulkInsert(
            connection,
            PersonSkill.__table__,
            {"person_id": 1, "skill_id": 0, "interest": SkillInterest.WANTS, "level": 3},
        )
        assert skills.names == ("person_id", "skill_id", "interest", "level")
        assert skills.value("interest", SkillInterest.WANTS) == "wants"
    cursor = sqlite3.connect(db.path).execute("SELECT * FROM person ORDER BY id")
    columns = [d[0] for d in cursor.description]
    first, second, third = cursor.fetchall()
    differs = {i for i, (a, b) in enumerate(zip(first, second, strict=True)) if a != b}
    assert {columns[i] for i in differs} == {"id", "email", "employee_id"}
    assert third[columns.index("channels")] == "[]"
    assert third[columns.index("employee_id")] is None


def test_a_bulk_insert_must_name_every_column_with_a_default(db):
    with db.session() as session, session.begin(), pytest.raises(ValueError, match="created_at"):
        BulkInsert(session.connection(), Person.__table__, {"id": 0, "email": ""})


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_paused_and_left_as_it_was(enabled):
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        with pytest.raises(RuntimeError), collector_paused():
            assert not gc.isenabled()
            raise RuntimeError
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_csv_cells_are_read_as_any_cells_are():
    for record in (["  a ", "'=SUM(A1)", "'@x", "", " O'Brien "], ["plain", " text "]):
        assert _text_cells(record) == _any_cells(record)
    assert _text_cells(["'=1+1", "x"]) == ["=1+1", "x"]
