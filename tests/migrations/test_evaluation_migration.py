"""Migration 0004: self-assessments, closing conversations and a calendar export count come in;
nothing else changes, and databases of every earlier version come up to it."""

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from revmentor_desktop.core.db import open_database
from revmentor_desktop.core.db.models import (
    AssessmentMoment,
    Closure,
    GoalDirection,
    Partnership,
    Role,
    SelfAssessment,
    Skill,
)
from revmentor_desktop.core.db.schema import SchemaOutcome

DATABASES = Path(__file__).parents[1] / "fixtures" / "databases"
TABLES = ("person", "enrolment", "partnership", "goal", "check_in", "privacy_request")


def counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        found = {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES
                 if connection.execute("SELECT 1 FROM sqlite_master WHERE name = ?",
                                       (t,)).fetchone()}  # fmt: skip
    connection.close()
    return found


@pytest.mark.parametrize("older", ["0001_initial", "0002_employee_id", "0003_privacy"])
def test_older_databases_are_upgraded_keeping_everything(tmp_path, older):
    copy = tmp_path / "old.sqlite"
    shutil.copy(DATABASES / f"revmentor-{older}.sqlite", copy)
    before = counts(copy)
    with open_database("sqlite:///" + str(copy)) as db:
        assert db.outcome is SchemaOutcome.UPGRADED
        with db.session() as session, session.begin():
            partnership = session.scalars(select(Partnership).order_by(Partnership.id)).first()
            assert partnership.calendar_sequence == 0
            assert session.scalars(select(SelfAssessment)).all() == []
            # The new tables take rows on an upgraded file.
            skill = session.scalars(select(Skill)).first()
            session.add(SelfAssessment(partnership_id=partnership.id, skill_id=skill.id,
                                       direction=GoalDirection.MENTOR_LEARNS,
                                       moment=AssessmentMoment.START, level=3,
                                       assessed_on=date(2026, 10, 1)))  # fmt: skip
            session.add(Closure(partnership_id=partnership.id, role=Role.REVERSE_MENTOR,
                                recommend_score=10, recorded_on=date(2027, 6, 1)))  # fmt: skip
    assert {t: n for t, n in counts(copy).items() if t in before} == before


def test_the_0004_database_opens_with_its_evaluation_rows(tmp_path):
    copy = tmp_path / "0004.sqlite"
    shutil.copy(DATABASES / "revmentor-0004_evaluation.sqlite", copy)
    with open_database("sqlite:///" + str(copy)) as db:
        assert db.outcome is SchemaOutcome.UPGRADED
        with db.session() as session:
            levels = session.scalars(select(SelfAssessment.level).order_by(SelfAssessment.id))
            assert list(levels) == [2, 3]
            closure = session.scalars(select(Closure)).one()
            assert (closure.recommend_score, closure.would_take_part_again) == (9, True)
            assert session.scalar(select(Partnership.calendar_sequence).where(
                Partnership.id == closure.partnership_id)) == 2  # fmt: skip


def test_the_checks_refuse_a_level_out_of_range(tmp_path):
    copy = tmp_path / "current.sqlite"
    shutil.copy(DATABASES / "revmentor-0004_evaluation.sqlite", copy)
    with sqlite3.connect(copy) as connection, pytest.raises(sqlite3.IntegrityError):
        connection.execute("UPDATE self_assessment SET level = 6")
    connection.close()


def test_an_upgrade_cut_short_by_a_full_disk_leaves_the_0003_database_as_it_was(
    tmp_path, monkeypatch
):
    from alembic.operations import Operations

    from revmentor_desktop.core.errors import DatabaseOpenError

    copy = tmp_path / "old.sqlite"
    shutil.copy(DATABASES / "revmentor-0003_privacy.sqlite", copy)
    before = counts(copy)
    create_table = Operations.create_table

    def failing(self, name, *args, **kwargs):
        if name == "closure":  # the second of the two new tables
            raise OSError(28, "No space left on device")
        return create_table(self, name, *args, **kwargs)

    with monkeypatch.context() as patch, pytest.raises(DatabaseOpenError, match="No space left"):
        patch.setattr(Operations, "create_table", failing)
        open_database("sqlite:///" + str(copy))
    with sqlite3.connect(copy) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "0003_privacy",
        )
        tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master")}
    connection.close()
    assert "self_assessment" not in tables and counts(copy) == before
    with open_database("sqlite:///" + str(copy)) as db:
        assert db.outcome is SchemaOutcome.UPGRADED
