"""`revmentor check` on a PostgreSQL server finds what an administrator broke behind the app's back:
a constraint dropped or never validated, the live-pair index, a change-notice trigger, an id
sequence set back, and the app's own rules."""

import pytest
from factories import run_cli
from sqlalchemy import create_engine, text

from revmentor_desktop.core.db import open_database
from revmentor_desktop.core.db.models import Person, Skill
from revmentor_desktop.core.services.integrity import check_database

BREAKAGES = {
    "constraint dropped": (
        "ALTER TABLE person DROP CONSTRAINT ck_person_email_present",
        "constraint ck_person_email_present on person is missing",
    ),
    "foreign key dropped": (
        "ALTER TABLE goal DROP CONSTRAINT fk_goal_skill_id_skill",
        "constraint fk_goal_skill_id_skill on goal is missing",
    ),
    "check not validated": (
        "ALTER TABLE enrolment DROP CONSTRAINT ck_enrolment_capacity_positive; "
        "ALTER TABLE enrolment ADD CONSTRAINT ck_enrolment_capacity_positive "
        "CHECK (capacity >= 1) NOT VALID",
        "constraint ck_enrolment_capacity_positive on enrolment is not validated: rows written "
        "before it was added were never checked",
    ),
    "foreign key not validated": (
        "ALTER TABLE goal DROP CONSTRAINT fk_goal_skill_id_skill; "
        "ALTER TABLE goal ADD CONSTRAINT fk_goal_skill_id_skill FOREIGN KEY (skill_id) "
        "REFERENCES skill (id) ON DELETE SET NULL NOT VALID",
        "constraint fk_goal_skill_id_skill on goal is not validated",
    ),
    "live pair index dropped": (
        "DROP INDEX uq_partnership_live_pair",
        "index uq_partnership_live_pair on partnership is missing",
    ),
    "live pair index no longer unique": (
        "DROP INDEX uq_partnership_live_pair; CREATE INDEX uq_partnership_live_pair "
        "ON partnership (programme_id, mentor_id, mentee_id)",
        "index uq_partnership_live_pair on partnership is not a valid partial unique index",
    ),
    "trigger dropped": (
        "DROP TRIGGER revmentor_notify_change ON check_in",
        "table check_in has no revmentor_notify_change trigger: other coordinators' windows will "
        "not see its changes",
    ),
    "trigger disabled": (
        "ALTER TABLE partnership DISABLE TRIGGER revmentor_notify_change",
        "the revmentor_notify_change trigger on partnership is disabled",
    ),
    "sequence set back": (
        "SELECT setval('skill_id_seq', 1)",
        "sequence public.skill_id_seq would give id 2 next but skill already holds ids up to 3",
    ),
    "rows written with their own ids": (
        "INSERT INTO skill (id, name, category) VALUES (10, 'Chess', 'other')",
        "sequence public.skill_id_seq would give id 4 next but skill already holds ids up to 10",
    ),
    "line managers in a cycle": (
        "UPDATE person SET manager_id = 3 - id",
        "line managers form a cycle: people [1, 2]",
    ),
}


@pytest.fixture
def server_db(postgres_url):
    """A database on the server with two people and three skills, written by the app."""
    with open_database(postgres_url) as db, db.session() as session, session.begin():
        session.add_all([Person(given_name=name, email=f"{name}@x.org") for name in ("a", "b")])
        session.add_all([Skill(name=name) for name in ("Excel", "TikTok", "Power BI")])
    return postgres_url


def as_owner(url: str, sql: str) -> None:
    """Run `sql` as the server's owner, not through the app."""
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text(sql))
    finally:
        engine.dispose()


def test_a_clean_database_on_the_server_passes(server_db, capsys):
    with open_database(server_db) as db:
        report = check_database(db)
    assert report.ok, report.problems
    assert report.counts["people"] == 2 and report.counts["skills"] == 3
    code, out, err = run_cli(capsys, server_db, "check")
    assert (code, err) == (0, "")
    assert out.splitlines()[-1] == "OK: no problems found"


@pytest.mark.parametrize("breakage", BREAKAGES)
def test_check_reports_what_was_broken_on_the_server(server_db, capsys, breakage):
    sql, problem = BREAKAGES[breakage]
    as_owner(server_db, sql)
    with open_database(server_db) as db:
        report = check_database(db)
    assert len(report.problems) == 1 and report.problems[0].startswith(problem), report.problems
    code, out, err = run_cli(capsys, server_db, "check")
    assert code == 1
    assert [line for line in out.splitlines() if line.startswith("PROBLEM")] == [
        f"PROBLEM: {report.problems[0]}"
    ]
    assert err == "1 problem(s) found\n"
