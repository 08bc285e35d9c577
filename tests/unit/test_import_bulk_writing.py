"""The people import's bulk writing: batches, managers further down the file, stored values."""

import csv
import gc
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import case, insert, select, text

from revmentor_desktop.core.db.models import Base, Person, PersonSkill, Skill, SkillInterest
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
from revmentor_desktop.core.services.integrity import check_database

pytestmark = pytest.mark.both_engines

HEADER = ["Email", "First name", "Surname", "Manager email", "Can teach", "Wants to learn",
          "Preferred contact", "Hire date", "Role"]  # fmt: skip


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows([HEADER, *rows])
    return path


def import_file(db, path: Path, **options) -> object:
    table = read_table(path)
    return apply_import(db, plan_import(db, table, guess_mapping(table.headers), **options))


def query(db, statement, **params) -> list[tuple]:
    """Rows as the database holds them, read the same way on either engine."""
    if isinstance(statement, str):
        statement = text(statement)
    with db.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(statement, params)]


def dump(db) -> dict[str, list[tuple]]:
    """What the tables an import writes hold, without the clock's columns, as typed values (so
    that a database on either engine compares with a file)."""
    tables = {}
    for name in ("person", "person_skill", "skill", "enrolment", "programme"):
        table = Base.metadata.tables[name]
        keep = [c for c in table.c if c.name not in ("created_at", "updated_at")]
        tables[name] = query(db, select(*keep).order_by(*table.primary_key.columns))
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


def test_batches_of_any_size_write_the_same_rows(db, tmp_path, monkeypatch):
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
    managers = dict(query(db, "SELECT email, manager_id FROM person"))
    ids = dict(query(db, "SELECT email, id FROM person"))
    assert all(managers[f"p{n}@x.org"] == ids[f"p{n + 1}@x.org"] for n in range(29))
    assert managers["p29@x.org"] is None
    # Sound afterwards: foreign keys on SQLite, the id sequences on a server.
    report = check_database(db)
    assert report.ok, report.problems
    # People take the ids of the file's order, as when the database numbers them one by one.
    assert [ids[f"p{n}@x.org"] for n in range(30)] == list(range(1, 31))


def test_a_new_person_created_and_managed_updates_no_earlier_row(db, tmp_path):
    """New people keep updated_at == created_at: going in with their manager is one write."""
    import_file(db, chain(tmp_path, 5))
    assert query(db, "SELECT count(*) FROM person WHERE updated_at != created_at") == [(0,)]


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
    ids = dict(query(db, "SELECT email, id FROM person"))
    managers = dict(query(db, "SELECT email, manager_id FROM person"))
    assert managers["p0@x.org"] == ids["boss@x.org"] == 7
    assert all(managers[f"p{n}@x.org"] == ids[f"p{n - 1}@x.org"] for n in range(1, 6))
    skills = query(
        db,
        "SELECT p.email, s.name, ps.interest FROM person_skill ps JOIN person p "
        "ON p.id = ps.person_id JOIN skill s ON s.id = ps.skill_id",
    )
    assert sorted(s for s in skills if s[0] == "p1@x.org") == [
        ("p1@x.org", "Excel", "offers"), ("p1@x.org", "TikTok", "wants")
    ]  # fmt: skip
    assert ("boss@x.org", "Chess", "offers") in skills


@pytest.fixture(scope="module")
def demo_export(tmp_path_factory) -> tuple[Path, tuple[set[tuple], set[tuple]]]:
    """The demo's people exported, and what the demo held about them: made once for both
    engines."""
    from revmentor_desktop.core.db import open_database

    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("REVMENTOR_DATA_DIR", str(folder / "data"))
        with open_database("sqlite:///" + str(folder / "demo.sqlite")) as demo:
            create_demo(demo, people=300, seed=3)
            export_people(demo, folder / "people.csv")
            return folder / "people.csv", people_of(demo)


def people_of(db) -> tuple[set[tuple], set[tuple]]:
    """The people who are not archived, with their manager's email, and their skills."""
    person, manager = Person.__table__.alias("p"), Person.__table__.alias("m")
    rows = query(
        db,
        select(
            person.c.email, person.c.given_name, person.c.department, person.c.start_date,
            person.c.channels, person.c.hours_per_month,
            case((manager.c.archived, None), else_=manager.c.email),
        )
        .select_from(person.outerjoin(manager, manager.c.id == person.c.manager_id))
        .where(~person.c.archived),
    )  # fmt: skip
    skills = query(
        db,
        select(person.c.email, Skill.name, PersonSkill.interest)
        .join(person, person.c.id == PersonSkill.person_id)
        .join(Skill, Skill.id == PersonSkill.skill_id)
        .where(~person.c.archived),
    )
    return {(*row[:4], tuple(row[4]), *row[5:]) for row in rows}, set(skills)


def test_the_demo_export_reimports_into_an_empty_database_as_it_was(db, demo_export):
    """The round trip through bulk writing: the people, their managers and skills come back."""
    exported, original = demo_export
    import_file(db, exported)
    # The demo's archived people are not exported: those they manage come back without them.
    imported = people_of(db)
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
    columns = [c.name for c in Person.__table__.c]
    first, second, third = query(db, select(Person.__table__).order_by(Person.id))
    differs = {i for i, (a, b) in enumerate(zip(first, second, strict=True)) if a != b}
    assert {columns[i] for i in differs} == {"id", "email", "employee_id"}
    assert third[columns.index("channels")] == []
    assert third[columns.index("employee_id")] is None
    # As stored: the same JSON text on either engine.
    assert query(db, "SELECT CAST(channels AS TEXT) FROM person ORDER BY id") == [
        ('["video", "email"]',),
        ('["video", "email"]',),
        ("[]",),
    ]


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
