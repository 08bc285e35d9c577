"""People import: level labels the ladder lacks (listed once, mapped, remembered, added to the
ladder) and a role and consent date for a whole file that has no such columns."""

from datetime import date
from pathlib import Path

import pytest
from factories import HR_EXPORTS
from openpyxl import Workbook
from sqlalchemy import func, select

from revmentor_desktop.core.db.models import Enrolment, Person, Programme, Role, SeniorityLevel
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.services.imports.levels import (
    NewLevel,
    parse_level_options,
    unknown_levels_text,
)
from revmentor_desktop.core.services.imports.people import (
    apply_import,
    guess_mapping,
    plan_import,
    read_table,
)
from revmentor_desktop.core.services.organisation import (
    DEFAULT_LEVELS,
    LEVEL_MAPPINGS,
    get_setting,
)
from tests.factories import write_csv

pytestmark = pytest.mark.both_engines

HR = HR_EXPORTS
WORKDAY_LEVELS = {"1 Executive": 1, "3 Director": 4, "5 Manager": 6, "6 Individual Contributor": 29}
LADDER = ", ".join(DEFAULT_LEVELS)


def plan(db, path: Path, **options):
    table = read_table(path)
    return plan_import(db, table, guess_mapping(table.headers), **options)


def levels_by_email(db) -> dict[str, str | None]:
    with db.session() as session:
        return {
            p.email: p.level.label if p.level else None for p in session.scalars(select(Person))
        }


def ladder(db) -> list[str]:
    with db.session() as session:
        query = select(SeniorityLevel.label).order_by(SeniorityLevel.rank)
        return list(session.scalars(query))


def enrolments(db) -> dict[str, Role]:
    with db.session() as session:
        return {e.person.email: e.role for e in session.scalars(select(Enrolment))}


def programmes(db) -> list[str]:
    with db.session() as session:
        return list(session.scalars(select(Programme.name)))


def sheet(tmp_path: Path, rows: list[list[str]], header=("Email", "Name", "Grade")) -> Path:
    return write_csv(tmp_path / "people.csv", [list(header), *rows])


# --- levels the ladder lacks --------------------------------------------------------------


def test_workday_levels_are_listed_once_and_the_people_come_in_without_them(db):
    planned = plan(db, HR / "workday.csv")
    assert (planned.created, planned.rejected) == (40, 0)
    assert all(not row.problems for row in planned.rows)
    assert planned.unknown_levels == WORKDAY_LEVELS
    assert planned.without_level == 40
    assert unknown_levels_text({"Individual Contributor": 8, "5 Manager": 4}) == (
        "12 people without a level: “Individual Contributor” (8), “5 Manager” (4) are not on "
        "the ladder"
    )
    summary = apply_import(db, planned)
    assert summary.created == 40
    assert set(levels_by_email(db).values()) == {None}


def test_a_mapping_to_the_ladder_is_applied_and_remembered_for_the_next_import(db, tmp_path):
    chosen = {"6 individual contributor": "professional", "5 Manager": "Manager",
              "3 Director": "Director", "1 Executive": None}  # fmt: skip
    planned = plan(db, HR / "workday.xlsx", levels=chosen)  # the real XLSX, through openpyxl
    assert planned.unknown_levels == {}
    assert planned.mapped_levels["6 Individual Contributor"] == ("Professional", 29, False)
    assert planned.mapped_levels["1 Executive"] == (None, 1, False)
    apply_import(db, planned)
    found = levels_by_email(db)
    assert list(found.values()).count("Professional") == 29
    assert found["margaret.okafor@northwind.example"] is None
    with db.engine.connect() as connection:
        assert get_setting(connection, LEVEL_MAPPINGS) == {
            "6 Individual Contributor": "Professional", "5 Manager": "Manager",
            "3 Director": "Director", "1 Executive": None}  # fmt: skip
    # Next month's export: the same labels need no mapping.
    again = plan(db, HR / "workday.csv")
    assert again.unknown_levels == {}
    assert again.mapped_levels["5 Manager"] == ("Manager", 6, True)
    assert [row.action for row in again.rows] == ["update"] * 40
    # A mapping chosen now wins over the remembered one.
    override = plan(db, HR / "workday.csv", levels={"5 Manager": "Team lead"})
    assert override.mapped_levels["5 Manager"] == ("Team lead", 6, False)


def test_a_remembered_level_no_longer_on_the_ladder_is_forgotten(db, tmp_path):
    path = sheet(tmp_path, [["a@x.org", "Ana Lima", "IC"]])
    apply_import(db, plan(db, path, levels={"IC": "Associate"}))
    with db.session() as session, session.begin():
        session.scalar(
            select(SeniorityLevel).where(SeniorityLevel.label == "Associate")
        ).label = "Junior"
    assert plan(db, path).unknown_levels == {"IC": 1}


def test_a_mapping_to_a_level_not_on_the_ladder_is_refused_naming_the_ladder(db, tmp_path):
    path = sheet(tmp_path, [["a@x.org", "Ana Lima", "IC"]])
    with pytest.raises(RevMentorError, match=f'"Engineer" is not a level of the ladder .levels: '
                       f"{LADDER}"):  # fmt: skip
        plan(db, path, levels={"IC": "Engineer"})


def test_a_new_level_goes_on_the_ladder_where_chosen(db, tmp_path):
    rows = [["a@x.org", "Ana Lima", "Principal"], ["b@x.org", "Bo Chen", "Intern"],
            ["c@x.org", "Cy Diaz", "Staff"]]  # fmt: skip
    path = sheet(tmp_path, rows)
    planned = plan(db, path, levels={"Principal": NewLevel(above="Team lead"),
                                     "Staff": NewLevel(above="Team lead"),
                                     "Intern": NewLevel(below="Apprentice")})  # fmt: skip
    assert planned.new_levels == ["Intern", "Principal", "Staff"]
    assert ladder(db) == []  # planning writes nothing, not even the default ladder
    apply_import(db, planned)
    assert ladder(db) == ["Intern", "Apprentice", "Associate", "Professional",
                          "Senior professional", "Team lead", "Principal", "Staff", "Manager",
                          "Director", "Executive"]  # fmt: skip
    assert levels_by_email(db) == {"a@x.org": "Principal", "b@x.org": "Intern",
                                   "c@x.org": "Staff"}  # fmt: skip
    # Now on the ladder: the next import knows them.
    assert plan(db, path).unknown_levels == {}


def test_an_unknown_level_leaves_someone_already_here_at_their_level(db, small_org, tmp_path):
    path = sheet(tmp_path, [["dana.fox@x.org", "Dana Fox", "Band C"]])
    planned = plan(db, path)
    assert [row.action for row in planned.rows] == ["update"]
    apply_import(db, planned)
    assert levels_by_email(db)["dana.fox@x.org"] == "Professional"


def test_level_options_of_the_command_line():
    assert parse_level_options(["IC=Professional", " 5 Manager = Team  lead ", "Exec=none",
                                "P=new above Manager", "J=new below Apprentice", "S=new"]) == {
        "IC": "Professional", "5 Manager": "Team lead", "Exec": None,
        "P": NewLevel(above="Manager"), "J": NewLevel(below="Apprentice"), "S": NewLevel(),
    }  # fmt: skip
    with pytest.raises(RevMentorError, match='--level "IC" is not LABEL=LEVEL'):
        parse_level_options(["IC"])


# --- a role and a consent date for the whole file -------------------------------------------


def test_everyone_gets_the_role_and_consent_date_unless_their_row_says_otherwise(db, tmp_path):
    rows = [["a@x.org", "Ana Lima", "", ""], ["b@x.org", "Bo Chen", "reverse mentor", ""],
            ["c@x.org", "Cy Diaz", "", "2024-01-05"]]  # fmt: skip
    path = sheet(tmp_path, rows, ("Email", "Name", "Role", "Consent date"))
    consent = date(2026, 2, 1)
    planned = plan(db, path, programme="Pilot", role=Role.MENTEE, consent_date=consent)
    assert (planned.enrolments, planned.nobody_enrolled) == (3, "")
    apply_import(db, planned)
    assert enrolments(db) == {"a@x.org": Role.MENTEE, "b@x.org": Role.REVERSE_MENTOR,
                              "c@x.org": Role.MENTEE}  # fmt: skip
    with db.session() as session:
        consents = {p.email: p.consent_date for p in session.scalars(select(Person))}
    assert consents == {"a@x.org": consent, "b@x.org": consent, "c@x.org": date(2024, 1, 5)}


def test_a_consent_already_recorded_is_kept(db, tmp_path):
    path = sheet(tmp_path, [["a@x.org", "Ana Lima", "2023-06-30"]], ("Email", "Name", "Consent"))
    apply_import(db, plan(db, path))
    path = sheet(tmp_path, [["a@x.org", "Ana Lima"]], ("Email", "Name"))
    apply_import(db, plan(db, path, programme="P", role=Role.MENTEE, consent_date=date(2026, 1, 1)))
    with db.session() as session:
        assert session.scalar(select(Person.consent_date)) == date(2023, 6, 30)


def test_the_role_by_level_makes_juniors_reverse_mentors_and_seniors_mentees(db, tmp_path):
    rows = [["a@x.org", "Ana Lima", "Apprentice"], ["b@x.org", "Bo Chen", "Professional"],
            ["c@x.org", "Cy Diaz", "Team lead"], ["d@x.org", "Di Eng", "Director"],
            ["e@x.org", "Ed Fry", ""], ["f@x.org", "Flo Gil", "Wizard"]]  # fmt: skip
    path = sheet(tmp_path, rows)
    planned = plan(db, path, programme="Pilot", role_by_level="team lead")
    assert (planned.enrolments, planned.without_role) == (4, 2)
    apply_import(db, planned)
    assert enrolments(db) == {"a@x.org": Role.REVERSE_MENTOR, "b@x.org": Role.REVERSE_MENTOR,
                              "c@x.org": Role.MENTEE, "d@x.org": Role.MENTEE}  # fmt: skip
    with pytest.raises(RevMentorError, match='"Boss" is not a level of the ladder'):
        plan(db, path, programme="Pilot", role_by_level="Boss")


def test_the_role_by_level_counts_a_new_level_where_it_is_placed(db, tmp_path):
    path = sheet(tmp_path, [["a@x.org", "Ana Lima", "Staff"], ["b@x.org", "Bo Chen", "Intern"]])
    planned = plan(db, path, programme="Pilot", role_by_level="Manager",
                   levels={"Staff": NewLevel(above="Manager"), "Intern": "Apprentice"})  # fmt: skip
    apply_import(db, planned)
    assert enrolments(db) == {"a@x.org": Role.MENTEE, "b@x.org": Role.REVERSE_MENTOR}


@pytest.mark.parametrize(
    "options",
    [{"role": Role.MENTEE}, {"consent_date": date(2026, 1, 1)}, {"role_by_level": "Manager"}],
)
def test_a_role_or_consent_for_everyone_needs_a_programme(db, tmp_path, options):
    path = sheet(tmp_path, [["a@x.org", "Ana Lima", ""]])
    with pytest.raises(RevMentorError, match="needs a programme to enrol them in"):
        plan(db, path, **options)


def test_one_role_for_everyone_or_by_level_not_both(db, tmp_path):
    path = sheet(tmp_path, [["a@x.org", "Ana Lima", ""]])
    with pytest.raises(RevMentorError, match="not both"):
        plan(db, path, programme="P", role=Role.MENTEE, role_by_level="Manager")


def test_nobody_with_a_role_creates_no_programme(db, small_org, tmp_path):
    path = sheet(tmp_path, [["a@x.org", "Ana Lima", ""]])
    planned = plan(db, path, programme="Empty")
    assert planned.nobody_enrolled == (
        "nobody has a role, so nobody will be enrolled and no programme will be created"
    )
    summary = apply_import(db, planned)
    assert (summary.created, summary.enrolled, summary.programme_created) == (1, 0, False)
    assert programmes(db) == ["Cohort 2026"]
    existing = plan(db, path, programme="Cohort 2026")
    assert existing.nobody_enrolled == "nobody has a role, so nobody will be enrolled"
    # With a role for everyone the programme is created.
    summary = apply_import(db, plan(db, path, programme="Empty", role=Role.MENTEE))
    assert (summary.enrolled, summary.programme_created) == (1, True)
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Programme)) == 2


def test_hibob_xlsx_comes_in_with_a_role_by_level(db, tmp_path):
    # The HiBob export as Excel saves it, its levels mapped on the way in.
    levels = {"Junior": "Associate", "Mid": "Professional", "Senior": "Senior professional",
              "Lead": "Team lead", "Head of": "Director", "C-level": "Executive"}  # fmt: skip
    planned = plan(db, HR / "hibob.xlsx", levels=levels, programme="Pilot",
                   role_by_level="Team lead")  # fmt: skip
    assert (planned.created, planned.rejected, planned.unknown_levels) == (40, 0, {})
    assert (planned.enrolments, planned.without_role) == (40, 0)
    apply_import(db, planned)
    roles = list(enrolments(db).values())
    assert (roles.count(Role.REVERSE_MENTOR), roles.count(Role.MENTEE)) == (23, 17)


def test_an_xlsx_sign_up_sheet_without_roles(db, tmp_path):
    book = Workbook()
    book.active.append(["Email", "Name"])
    book.active.append(["a@x.org", "Ana Lima"])
    path = tmp_path / "signup.xlsx"
    book.save(path)
    planned = plan(db, path, programme="Pilot", role=Role.REVERSE_MENTOR)
    apply_import(db, planned)
    assert enrolments(db) == {"a@x.org": Role.REVERSE_MENTOR}


def test_the_ladder_wins_over_a_remembered_mapping(db, tmp_path):
    path = sheet(tmp_path, [["a@x.org", "Ana Lima", "Lead"]])
    apply_import(db, plan(db, path, levels={"Lead": "Team lead"}))
    apply_import(db, plan(db, path, levels={"Lead": NewLevel(above="Executive")}))
    assert levels_by_email(db) == {"a@x.org": "Lead"}  # on the ladder now: no longer mapped
    assert plan(db, path).mapped_levels == {}
