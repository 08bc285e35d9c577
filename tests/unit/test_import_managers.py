"""The people import's employee IDs and line managers named by employee ID, email or name."""

from datetime import date
from pathlib import Path

import pytest
from factories import add_person, write_csv
from openpyxl import Workbook
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from revmentor_desktop.core.db.models import Person
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.matching import Matcher, MatchSettings
from revmentor_desktop.core.services.exports import export_people
from revmentor_desktop.core.services.imports.managers import employee_id_key, name_key
from revmentor_desktop.core.services.imports.people import (
    apply_import,
    guess_mapping,
    parse_map_options,
    plan_import,
    read_table,
)
from revmentor_desktop.core.services.programmes import programme_by_name
from revmentor_desktop.core.services.suggestions import load_cohort
from revmentor_desktop.core.text import isolate

pytestmark = pytest.mark.both_engines

HEADER = ["Employee ID", "Email", "First name", "Surname", "Grade", "Line manager"]


def import_file(db, path: Path, programme: str | None = None, options=(), apply: bool = True):
    """Plan the file through the real reader and mapping; apply it when every row is good."""
    table = read_table(path)
    plan = plan_import(db, table, parse_map_options(list(options), table.headers), programme)
    if apply and plan.ok:
        apply_import(db, plan)
    return plan


def plan_rows(db, tmp_path, rows, header=HEADER, apply=False):
    return import_file(db, write_csv(tmp_path / "people.csv", [header, *rows]), apply=apply)


def managers(db) -> dict[str, str | None]:
    """Everyone's line manager, both by email."""
    with db.session() as session:
        found = session.scalars(select(Person)).all()
        return {p.email: p.manager.email if p.manager else None for p in found}


def people(db) -> dict[str, Person]:
    with db.session() as session:
        return {p.email: p for p in session.scalars(select(Person))}


def test_the_new_columns_are_recognised_by_their_labels():
    assert guess_mapping(["Employee ID", "Line manager", "Line manager's email"]) == {
        0: "employee_id", 1: "manager", 2: "manager_email"}  # fmt: skip


def test_keys_ignore_accents_case_order_and_leading_zeros():
    assert name_key("García, José") == name_key("JOSE  GARCIA") == "jose garcia"
    assert name_key("García Pérez, María José") == "maria jose garcia perez"
    assert employee_id_key(" 00123 ") == employee_id_key("123") == "123"
    assert employee_id_key("E-007") == "E-007"


# --- managers in the file -------------------------------------------------------------------


def test_managers_by_employee_id_email_and_name_in_either_order(db, tmp_path):
    rows = [
        ["E1", "ana@x.org", "Ana", "Ruiz", "Associate", "E9"],  # an ID further down the file
        ["E2", "ben@x.org", "Ben", "Ode", "Associate", "JOSE.garcia@X.org"],
        ["E3", "cy@x.org", "Cy", "Lee", "Associate", "garcia, jose"],
        ["E4", "di@x.org", "Di", "Ng", "Associate", "JOSÉ GARCÍA"],
        ["E5", "ed@x.org", "Ed", "Wu", "Associate", "  José   García "],
        ["E9", "jose.garcia@x.org", "José", "García", "Director", ""],
    ]
    plan = plan_rows(db, tmp_path, rows)
    assert [(r.action, r.problems) for r in plan.rows] == [("create", [])] * 6
    apply_import(db, plan)
    found = managers(db)
    assert {found[e] for e in ("ana@x.org", "ben@x.org", "cy@x.org", "di@x.org", "ed@x.org")} == {
        "jose.garcia@x.org"}  # fmt: skip
    assert found["jose.garcia@x.org"] is None
    assert people(db)["ana@x.org"].employee_id == "E1"


def test_managers_already_in_the_database(db, small_org, tmp_path):
    add_person(db, "Marta", "Núñez", "marta@x.org", 6, employee_id="0042")
    rows = [
        ["E1", "ana@x.org", "Ana", "Ruiz", "Associate", "42"],  # Excel dropped the zeros
        ["E2", "ben@x.org", "Ben", "Ode", "Associate", "Müller, José"],
        ["E3", "cy@x.org", "Cy", "Lee", "Associate", "zoe adams"],
        ["E4", "di@x.org", "Di", "Ng", "Associate", "王伟"],  # family name first, unspaced
        ["E5", "ed@x.org", "Ed", "Wu", "Associate", "Dana.Fox@x.org"],
    ]
    plan = plan_rows(db, tmp_path, rows, apply=True)
    assert plan.ok, [r.problems for r in plan.rows]
    found = managers(db)
    assert [found[f"{n}@x.org"] for n in ("ana", "ben", "cy", "di", "ed")] == [
        "marta@x.org", "jose.muller@x.org", "zoe.adams@x.org", "wang.wei@x.org",
        "dana.fox@x.org"]  # fmt: skip


def test_the_file_renames_a_person_it_also_names_as_manager(db, small_org, tmp_path):
    # Zoë marries in this export: her reports name her by her new name.
    rows = [
        ["", "zoe.adams@x.org", "Zoë", "Baker", "Director", ""],
        ["", "ana@x.org", "Ana", "Ruiz", "Associate", "Baker, Zoe"],
    ]
    plan = plan_rows(db, tmp_path, rows, apply=True)
    assert plan.ok, [r.problems for r in plan.rows]
    assert managers(db)["ana@x.org"] == "zoe.adams@x.org"


# --- names that fit several people, or nobody -----------------------------------------------


def test_a_name_that_fits_two_people_names_both(db, small_org, tmp_path):
    add_person(db, "Alex", "Kim", "alex.kim@x.org", 5)
    rows = [
        ["", "alex.kim2@x.org", "Alex", "Kim", "Associate", ""],
        ["", "ana@x.org", "Ana", "Ruiz", "Associate", "Kim, Alex"],
        ["", "ben@x.org", "Ben", "Ode", "Associate", "alex.kim2@x.org"],  # an email is exact
    ]
    plan = plan_rows(db, tmp_path, rows)
    assert [r.action for r in plan.rows] == ["create", "reject", "create"]
    assert plan.rows[1].problems == [
        'line manager "Kim, Alex" fits 2 people: alex.kim@x.org, alex.kim2@x.org (use their '
        "email or employee ID)"]  # fmt: skip
    assert plan.where(plan.rows[1]) == "line 3"


def test_a_leaver_with_the_same_name_does_not_make_it_ambiguous(db, small_org, tmp_path):
    add_person(db, "Bob", "Archived", "bob.new@x.org", 5)  # bob@x.org is archived
    plan = plan_rows(db, tmp_path, [["", "ana@x.org", "Ana", "Ruiz", "Associate", "Bob Archived"]])
    assert plan.ok
    apply_import(db, plan)
    assert managers(db)["ana@x.org"] == "bob.new@x.org"


def test_a_missing_manager_is_a_problem_with_the_closest_names(db, small_org, tmp_path):
    rows = [
        ["", "ana@x.org", "Ana", "Ruiz", "Associate", "Dana Fix"],
        ["", "ben@x.org", "Ben", "Ode", "Associate", "Nobody Atall"],
        ["", "cy@x.org", "Cy", "Lee", "Associate", "ghost@x.org"],
        ["", "di@x.org", "Di", "Ng", "Associate", "E404"],
        ["", "ed@x.org", "Ed", "Wu", "Associate", "ana ruiz"],  # a manager rejected below
    ]
    plan = plan_rows(db, tmp_path, rows)
    problems = [r.problems for r in plan.rows]
    nobody = "(no employee ID, email or name in the database or in this file)"
    assert problems == [
        [f'unknown line manager "Dana Fix" {nobody}; closest: Dana Fox (dana.fox@x.org)'],
        [f'unknown line manager "Nobody Atall" {nobody}'],
        ['unknown line manager "ghost@x.org" (not in the database or in this file)'],
        [f'unknown line manager "E404" {nobody}'],
        ["line manager ana@x.org is on line 2, which has problems"],
    ]
    with pytest.raises(RevMentorError, match="5 rows of the file have problems"):
        apply_import(db, plan)
    assert "ana@x.org" not in people(db)


def test_own_manager_and_cycles_by_name_are_caught(db, tmp_path):
    rows = [
        ["E1", "ana@x.org", "Ana", "Ruiz", "Associate", "Ana Ruiz"],
        ["E2", "ben@x.org", "Ben", "Ode", "Associate", "E3"],
        ["E3", "cy@x.org", "Cy", "Lee", "Associate", "Ode, Ben"],
    ]
    plan = plan_rows(db, tmp_path, rows)
    assert plan.rows[0].problems == ["is their own line manager"]
    assert plan.rows[1].problems == [
        "line managers would form a cycle: ben@x.org → cy@x.org → ben@x.org"]  # fmt: skip


# --- both manager columns -------------------------------------------------------------------


def test_both_manager_columns_must_agree_and_the_email_settles_a_shared_name(
    db, small_org, tmp_path
):
    add_person(db, "Alex", "Kim", "alex.kim@x.org", 5)
    add_person(db, "Alex", "Kim", "alex.kim2@x.org", 5)
    header = ["Email", "First name", "Surname", "Line manager", "Line manager's email"]
    rows = [
        ["a@x.org", "A", "A", "Alex Kim", "alex.kim2@x.org"],  # the email picks one Alex
        ["b@x.org", "B", "B", "Zoë Adams", "zoe.adams@x.org"],  # both say Zoë
        ["c@x.org", "C", "C", "Dana Fox", "zoe.adams@x.org"],  # they disagree
        ["d@x.org", "D", "D", "", "dana.fox@x.org"],  # only the email
        ["e@x.org", "E", "E", "Dana Fox", ""],  # only the name
        ["f@x.org", "F", "F", "Zoe A.", "zoe.adams@x.org"],  # a name nobody has: the email
        ["g@x.org", "G", "G", "Alex Kim", "dana.fox@x.org"],  # neither Alex is Dana
        ["h@x.org", "H", "H", "", ""],  # no manager
    ]
    plan = plan_rows(db, tmp_path, rows, header=header)
    assert [r.problems for r in plan.rows] == [
        [], [],
        ['line manager "Dana Fox" is dana.fox@x.org, but the line manager\'s email says '
         "zoe.adams@x.org"],
        [], [], [],
        ['line manager "Alex Kim" is alex.kim@x.org, alex.kim2@x.org, but the line manager\'s '
         "email says dana.fox@x.org"],
        [],
    ]  # fmt: skip
    apply_import(db, plan, skip_bad_rows=True)
    found = managers(db)
    assert [found.get(f"{n}@x.org") for n in "abdefh"] == [
        "alex.kim2@x.org", "zoe.adams@x.org", "dana.fox@x.org", "dana.fox@x.org",
        "zoe.adams@x.org", None]  # fmt: skip
    assert "c@x.org" not in found


def test_an_empty_manager_cell_clears_the_manager(db, small_org, tmp_path):
    plan_rows(db, tmp_path, [["", "ana@x.org", "Ana", "Ruiz", "Associate", "Dana Fox"]], apply=True)
    assert managers(db)["ana@x.org"] == "dana.fox@x.org"
    plan_rows(db, tmp_path, [["", "ana@x.org", "Ana", "Ruiz", "Associate", ""]], apply=True)
    assert managers(db)["ana@x.org"] is None


# --- employee IDs ---------------------------------------------------------------------------


def test_reimport_matches_by_employee_id_after_an_email_change(db, small_org, tmp_path):
    first = [
        ["E7", "ana@x.org", "Ana", "Ruiz", "Associate", "Dana Fox"],
        ["E8", "ben@x.org", "Ben", "Ode", "Associate", "E7"],
    ]
    plan_rows(db, tmp_path, first, apply=True)
    ana_id = people(db)["ana@x.org"].id
    # Ana married and got a new address; Ben's manager column still names her by ID.
    second = [
        ["E7", "ana.lopez@x.org", "Ana", "López", "Professional", "Dana Fox"],
        ["E8", "ben@x.org", "Ben", "Ode", "Associate", "López, Ana"],
    ]
    plan = plan_rows(db, tmp_path, second)
    assert [(r.action, r.problems, r.name) for r in plan.rows] == [
        ("update", [], "Ana López"), ("update", [], "Ben Ode")]  # fmt: skip
    summary = apply_import(db, plan)
    assert (summary.created, summary.updated) == (0, 2)
    found = people(db)
    assert "ana@x.org" not in found
    ana = found["ana.lopez@x.org"]
    assert (ana.id, ana.family_name, ana.employee_id) == (ana_id, "López", "E7")
    assert managers(db)["ben@x.org"] == "ana.lopez@x.org"
    assert sum(p.given_name == "Ana" for p in found.values()) == 1


def test_an_employee_id_held_by_someone_else_is_a_problem(db, small_org, tmp_path):
    add_person(db, "Marta", "Núñez", "marta@x.org", 6, employee_id="E1")
    rows = [
        ["E1", "dana.fox@x.org", "Dana", "Fox", "Associate", ""],  # Dana is in the database
        ["E2", "x@x.org", "X", "Y", "Associate", ""],
        ["E2", "z@x.org", "Z", "Y", "Associate", ""],  # the same ID twice in the file
        ["E3", "marta@x.org", "Marta", "Núñez", "Manager", ""],  # changes her own: fine
        ["", "q@x.org", "Q", "Y", "Associate", ""],  # no ID: fine
    ]
    plan = plan_rows(db, tmp_path, rows)
    assert [r.problems for r in plan.rows] == [
        [
            f'employee ID "E1" belongs to {isolate("Marta Núñez")} (marta@x.org), not to '
            "dana.fox@x.org"
        ],
        ["duplicate employee ID: also on line 4"],
        ["duplicate employee ID: also on line 3"],
        [],
        [],
    ]
    apply_import(db, plan, skip_bad_rows=True)
    found = people(db)
    assert (found["marta@x.org"].employee_id, found["dana.fox@x.org"].employee_id) == ("E3", None)
    assert found["q@x.org"].employee_id is None


def test_one_person_matched_by_id_on_one_row_and_by_email_on_another(db, small_org, tmp_path):
    add_person(db, "Marta", "Núñez", "marta@x.org", 6, employee_id="E1")
    rows = [
        ["E1", "marta.n@x.org", "Marta", "Núñez", "Manager", ""],
        ["", "marta@x.org", "Marta", "Núñez", "Manager", ""],
    ]
    plan = plan_rows(db, tmp_path, rows)
    assert [r.problems for r in plan.rows] == [
        ["the same person as line 3 (marta@x.org)"],
        ["the same person as line 2 (marta@x.org)"],
    ]


def test_employee_ids_are_unique_in_the_database_but_may_be_left_empty(db, small_org):
    add_person(db, "A", "A", "a@x.org", 1)
    add_person(db, "B", "B", "b@x.org", 1)  # two people without an ID are fine
    add_person(db, "C", "C", "c@x.org", 1, employee_id="E1")
    with pytest.raises(IntegrityError):
        add_person(db, "D", "D", "d@x.org", 1, employee_id="E1")


def test_an_overlong_employee_id_is_a_problem(db, tmp_path):
    plan = plan_rows(db, tmp_path, [["E" * 65, "ana@x.org", "Ana", "Ruiz", "Associate", ""]])
    assert plan.rows[0].problems == ["employee ID is longer than 64 characters"]


def test_numeric_ids_from_excel_match_the_ids_written_with_zeros(db, small_org, tmp_path):
    add_person(db, "Marta", "Núñez", "marta@x.org", 6, employee_id="00123")
    book = Workbook()
    sheet = book.active
    sheet.append(["Employee number", "Email", "First name", "Surname", "Line manager"])
    sheet.append([123, "marta.nunez@x.org", "Marta", "Núñez", None])
    sheet.append([124, "ana@x.org", "Ana", "Ruiz", 123])
    book.save(tmp_path / "people.xlsx")
    plan = import_file(db, tmp_path / "people.xlsx", options=["Employee number=employee_id"])
    assert [(r.action, r.problems) for r in plan.rows] == [("update", []), ("create", [])]
    found = people(db)
    assert found["marta.nunez@x.org"].employee_id == "00123"  # kept as HR first wrote it
    assert found["ana@x.org"].employee_id == "124"
    assert managers(db)["ana@x.org"] == "marta.nunez@x.org"


def test_the_export_carries_the_employee_id_and_reimports_unchanged(db, small_org, tmp_path):
    rows = [
        ["E1", "dana.fox@x.org", "Dana", "Fox", "Associate", "Adams, Zoë"],
        ["E2", "zoe.adams@x.org", "Zoë", "Adams", "Director", ""],
    ]
    plan_rows(db, tmp_path, rows, apply=True)
    path = tmp_path / "export.csv"
    export_people(db, path)
    table = read_table(path)
    assert "employee_id" in table.headers
    before = {e: (p.employee_id, p.updated_at) for e, p in people(db).items()}
    plan = import_file(db, path)
    assert plan.ok and plan.created == 0
    assert {e: (p.employee_id, p.updated_at) for e, p in people(db).items()} == before
    assert before["dana.fox@x.org"][0] == "E1"


# --- the reporting-line rule sees managers set by name --------------------------------------


def test_a_manager_named_in_the_file_keeps_the_junior_from_being_paired_with_them(db, tmp_path):
    header = [*HEADER, "Role", "Consent date"]
    rows = [
        ["E1", "ana@x.org", "Ana", "Ruiz", "Associate", "García, José", "reverse mentor",
         "2026-09-01"],
        ["E2", "ben@x.org", "Ben", "Ode", "Associate", "E3", "reverse mentor", "2026-09-01"],
        ["E9", "jose@x.org", "José", "García", "Director", "", "mentee", "2026-09-01"],
        ["E3", "eva@x.org", "Eva", "Berg", "Director", "", "mentee", "2026-09-01"],
    ]  # fmt: skip
    plan = import_file(db, write_csv(tmp_path / "people.csv", [header, *rows]), "Cohort 2026")
    assert plan.ok and plan.enrolments == 4, [r.problems for r in plan.rows]
    found = people(db)
    assert found["ana@x.org"].manager_id == found["jose@x.org"].id
    assert found["ana@x.org"].consent_date == date(2026, 9, 1)
    cohort = load_cohort(db, programme_by_name(db, "Cohort 2026"))
    matcher, settings = Matcher(cohort), MatchSettings()
    ana, ben, jose, eva = (found[f"{n}@x.org"].id for n in ("ana", "ben", "jose", "eva"))
    assert matcher.blocked_reason(settings, ana, jose) == "José García is Ana Ruiz's line manager"
    assert matcher.blocked_reason(settings, ben, eva) == "Eva Berg is Ben Ode's line manager"
    assert matcher.blocked_reason(settings, ana, eva) is None
    pairs = {(p.mentor_id, p.mentee_id) for p in matcher.suggest(settings).pairs}
    assert pairs == {(ana, eva), (ben, jose)}
