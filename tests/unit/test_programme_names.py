"""One way to find a programme by name: exact first, else ignoring case and accents, for the
suggestions, reports, exports and both imports."""

import pytest
from factories import write_csv
from sqlalchemy import func, select

from revmentor_desktop.core.db.models import Enrolment, Programme
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.services import exports
from revmentor_desktop.core.services.imports import checkins, people
from revmentor_desktop.core.services.imports.plan import refuse_rejected_rows, refused
from revmentor_desktop.core.services.programmes import programme_by_name, programmes_named
from revmentor_desktop.core.text import isolate

pytestmark = pytest.mark.both_engines


def add_programme(db, name: str) -> int:
    with db.session() as session, session.begin():
        programme = Programme(name=name)
        session.add(programme)
        session.flush()
        return programme.id


def test_the_exact_name_first_then_without_case_and_accents(db, small_org):
    accented = add_programme(db, "Équipe Été")
    with db.engine.connect() as connection:
        assert programmes_named(connection, "Cohort 2026") == [(small_org, "Cohort 2026")]
        assert programmes_named(connection, " cohort 2026 ") == [(small_org, "Cohort 2026")]
        assert programmes_named(connection, "equipe ete") == [(accented, "Équipe Été")]
        assert programmes_named(connection, "Cohort 2027") == []
    assert programme_by_name(db, "COHORT 2026") == small_org


def test_names_the_same_but_for_case_are_ambiguous_unless_written_exactly(db, small_org):
    shouting = add_programme(db, "COHORT 2026")
    with db.engine.connect() as connection:
        assert len(programmes_named(connection, "cohort 2026")) == 2
        assert programmes_named(connection, "COHORT 2026") == [(shouting, "COHORT 2026")]
    with pytest.raises(RevMentorError, match='no programme called "cohort 2026"; the programmes'):
        programme_by_name(db, "cohort 2026")


def test_an_export_for_cohort_2026_finds_cohort_2026(db, small_org, tmp_path):
    assert exports.export_people(db, tmp_path / "p.csv", programme="cohort 2026") == 3
    assert exports.export_pairs(db, tmp_path / "pairs.csv", programme="cohort 2026") == 0
    with pytest.raises(RevMentorError, match='^There is no programme called "Nope".$'):
        exports.export_people(db, tmp_path / "x.csv", programme="Nope")


def test_a_people_import_for_cohort_2026_enrols_in_cohort_2026(db, small_org, tmp_path):
    path = write_csv(tmp_path / "p.csv", [["Email", "Name", "Role"],
                                          ["new@x.org", "New Person", "mentee"]])  # fmt: skip
    table = people.read_table(path)
    plan = people.plan_import(db, table, people.guess_mapping(table.headers), "cohort 2026")
    assert (plan.programme, plan.programme_exists, plan.enrolments) == ("Cohort 2026", True, 1)
    summary = people.apply_import(db, plan)
    assert (summary.enrolled, summary.programme_created) == (1, False)
    with db.session() as session:
        programmes = session.scalar(select(func.count()).select_from(Programme))
        enrolled = session.scalar(
            select(func.count()).select_from(Enrolment).where(Enrolment.programme_id == small_org)
        )
    assert (programmes, enrolled) == (1, 4)


def test_a_people_import_creates_the_programme_only_when_none_matches(db, small_org, tmp_path):
    path = write_csv(tmp_path / "p.csv", [["Email", "Name", "Role"],
                                          ["new@x.org", "New Person", "mentee"]])  # fmt: skip
    table = people.read_table(path)
    mapping = people.guess_mapping(table.headers)
    plan = people.plan_import(db, table, mapping, "Pilot 2027")
    assert (plan.programme, plan.programme_exists) == ("Pilot 2027", False)
    assert people.apply_import(db, plan).programme_created
    add_programme(db, "PILOT 2027")
    with pytest.raises(RevMentorError, match='Several programmes are called "pilot 2027"'):
        people.plan_import(db, table, mapping, "pilot 2027")


def test_a_check_in_import_for_cohort_2026_reads_cohort_2026(db, small_org, tmp_path):
    path = write_csv(
        tmp_path / "c.csv",
        [
            ["Reverse mentor email", "Mentee email", "Date"],
            ["dana.fox@x.org", "zoe.adams@x.org", "2026-10-05"],
        ],
    )
    table = checkins.read_table(path)
    mapping = checkins.guess_mapping(table.headers)
    plan = checkins.plan_import(db, table, mapping, programme="cohort 2026")
    assert plan.programme == "Cohort 2026"
    # No partnership yet: the row is rejected for that, not for the programme's name.
    assert plan.rows[0].problems == [
        f'Dana Fox & {isolate("Zoë Adams")} are not partners in "Cohort 2026"'
    ]
    with pytest.raises(RevMentorError, match='^There is no programme called "Nope".$'):
        checkins.plan_import(db, table, mapping, programme="Nope")


def test_all_or_nothing(db, small_org, tmp_path):
    path = write_csv(tmp_path / "p.csv", [["Email", "Name"], ["bad", "A"], ["worse", "B"],
                                          ["ok@x.org", "C"]])  # fmt: skip
    table = people.read_table(path)
    plan = people.plan_import(db, table, people.guess_mapping(table.headers))
    assert plan.rejected == 2 and refused(plan, skip_bad_rows=False)
    assert not refused(plan, skip_bad_rows=True)
    refuse_rejected_rows(plan, skip_bad_rows=True)
    with pytest.raises(RevMentorError) as refusal:
        refuse_rejected_rows(plan, skip_bad_rows=False)
    assert str(refusal.value) == (
        "2 rows of the file have problems, so nothing was imported: fix them, or skip the bad rows."
    )
    with pytest.raises(RevMentorError, match="^1 row has problems: 1 row$"):
        refuse_rejected_rows(
            plan.__class__(plan.rows[:1], {}, None, []), skip_bad_rows=False,
            refusal="{rows} {have} problems: {rows}",
        )  # fmt: skip
