"""Dates read the way the file writes them: the order of each column decided from all its values,
ambiguous columns said so and read in the organisation's order, never a silent swap."""

from datetime import date, datetime

import pytest
from factories import add_partnership, enrol, write_csv
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlalchemy import select

from revmentor_desktop.core.db.models import Person, Role
from revmentor_desktop.core.errors import ValidationError
from revmentor_desktop.core.services.imports import checkins, people
from revmentor_desktop.core.services.imports.dates import (
    COMPUTER,
    DATE_EXAMPLE,
    DEFAULT,
    DMY,
    FILE,
    IMPORT,
    MDY,
    SETTING,
    YMD,
    computer_date_order,
    date_order_of_format,
    date_order_of_locale,
    date_preference,
    parse_date,
    read_date_column,
)
from revmentor_desktop.core.services.organisation import (
    date_order_setting,
    load_organisation_settings,
    save_organisation_settings,
)

pytestmark = pytest.mark.both_engines


def column(*texts, preference=None):
    return read_date_column("Hire Date", texts, preference)


def dates(found, *texts):
    return [found.read(text) for text in texts]


# --- one column's order ------------------------------------------------------------------------


def test_a_second_part_over_12_makes_the_column_month_first():
    found = column("05/13/2024", "01/02/2024", "", "12/31/2023")
    assert (found.order, found.chosen_by, found.ambiguous) == (MDY, FILE, False)
    assert dates(found, "05/13/2024", "01/02/2024", "") == [
        date(2024, 5, 13), date(2024, 1, 2), None]  # fmt: skip
    assert found.summary == "month first (found 05/13/2024)"
    assert found.sentence() == '"Hire Date" read month first (05/13/2024 can only be 13 May 2024)'


def test_a_first_part_over_12_makes_the_column_day_first_whatever_the_setting():
    found = column("01/02/2024", "13/05/2024", preference=date_preference(setting=MDY))
    assert (found.order, found.chosen_by) == (DMY, FILE)
    assert dates(found, "01/02/2024", "13/05/2024") == [date(2024, 2, 1), date(2024, 5, 13)]
    assert found.summary == "day first (found 13/05/2024)"


@pytest.mark.parametrize(
    ("preference", "order", "why"),
    [
        (date_preference(), DMY, "ambiguous: took day first, as nothing says otherwise"),
        (date_preference(setting=MDY), MDY, "ambiguous: took month first from the organisation's "
         "setting"),
        (date_preference(computer=MDY), MDY, "ambiguous: took month first from this computer's "
         "date format"),
        (date_preference(MDY, setting=DMY), MDY, "ambiguous: took month first, as chosen for "
         "this import"),
        (date_preference(setting=YMD), DMY, "ambiguous: took day first (the organisation's "
         "setting is year first, which these dates are not)"),
    ],
)  # fmt: skip
def test_a_column_whose_dates_fit_both_orders_is_ambiguous_and_says_whose_order(
    preference, order, why
):
    found = column("01/03/2024", "2/4/2024", "03/03/2024", preference=preference)
    assert found.ambiguous and found.order == order
    assert found.summary == why
    expected = [date(2024, 3, 1), date(2024, 4, 2)] if order == DMY else [
        date(2024, 1, 3), date(2024, 2, 4)]  # fmt: skip
    assert dates(found, "01/03/2024", "2/4/2024") == expected
    assert found.sentence().startswith(
        '"Hire Date" is ambiguous: its dates fit both day first and month first (01/03/2024 is '
        "1 Mar 2024 or 3 Jan 2024); read "
    )


def test_dates_that_read_the_same_either_way_are_not_ambiguous():
    found = column("01/01/2024", "12/12/2023")
    assert not found.ambiguous and found.summary.endswith("(every date reads the same either way)")


def test_the_sources_in_order_of_precedence():
    assert date_preference(MDY, DMY, YMD) == date_preference(MDY)
    assert date_preference(MDY).chosen_by == IMPORT
    assert date_preference(None, YMD, MDY).chosen_by == SETTING
    assert date_preference(None, None, MDY).chosen_by == COMPUTER
    assert (date_preference().order, date_preference().chosen_by) == (DMY, DEFAULT)
    with pytest.raises(ValueError, match="not a date order"):
        date_preference("dd/mm")


def test_a_contradicting_value_is_its_rows_problem_never_a_swap():
    found = column("13/05/2024", "14/06/2024", "05/13/2024", "01/02/2024")
    assert (found.order, found.contradicting) == (DMY, ["05/13/2024"])
    assert found.read("01/02/2024") == date(2024, 2, 1)  # the majority's order
    with pytest.raises(ValueError) as problem:
        found.read("05/13/2024")
    assert str(problem.value) == (
        '"05/13/2024" in "Hire Date" can only be month first (13 May 2024), but the column\'s '
        "other dates are day first (e.g. 13/05/2024): write it as 2024-05-13 or 13 May 2024 if "
        "that is what it means"
    )
    assert found.summary == "day first (found 13/05/2024); 1 date is only month first: refused"


def test_a_tie_between_the_orders_goes_to_the_preference():
    both = ("13/05/2024", "05/13/2024")
    assert column(*both).order == DMY
    assert column(*both, preference=date_preference(setting=MDY)).order == MDY


def test_iso_month_names_and_excel_serials_are_read_as_written_in_any_column():
    found = column("2024-03-01", "2024/3/2", "1 March 2024", "Mar 4, 2024", "45356", "05/13/2024")
    assert found.order == MDY
    assert dates(found, "2024-03-01", "2024/3/2", "1 March 2024", "Mar 4, 2024", "45356") == [
        date(2024, 3, d) for d in (1, 2, 1, 4, 5)]  # fmt: skip
    assert column("2024-03-01", "2024-12-31").summary == "year first"
    assert column("2024-03-01", "1 Mar 2024").summary == (
        "unambiguous (year first and the month in words)"
    )
    assert column("2024-03-01").sentence() == '"Hire Date" read as written (year first)'


def test_a_time_after_the_date_is_left_out():
    found = column("5/13/2024 0:00", "3/1/2025 9:07:12 AM", "2024-03-01 09:30")
    assert dates(found, "5/13/2024 0:00", "3/1/2025 9:07:12 AM", "2024-03-01 09:30") == [
        date(2024, 5, 13), date(2025, 3, 1), date(2024, 3, 1)]  # fmt: skip


def test_an_unreadable_date_shows_an_example_that_cannot_be_misread():
    assert DATE_EXAMPLE == "2024-03-01 or 1 March 2024"
    for text in ("not a date", "31/02/2024", "32/13/2024"):
        with pytest.raises(ValueError) as problem:
            column(text, "01/02/2024").read(text)
        assert str(problem.value) == (
            f'bad date in "Hire Date": "{text}" (write it as 2024-03-01 or 1 March 2024)'
        )


def test_parse_date_reads_one_value_in_the_order_it_is_given():
    assert parse_date("01/03/2024") == date(2024, 3, 1)
    assert parse_date("01/03/2024", MDY) == date(2024, 1, 3)
    assert parse_date("01/03/2024", YMD) == date(2024, 3, 1)  # a year can't be first: day first
    assert parse_date("2024-01-03", MDY) == date(2024, 1, 3)


# --- this computer's order ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "order"),
    [("M/d/yy", MDY), ("dd/MM/yyyy", DMY), ("yyyy-MM-dd", YMD), ("%m/%d/%Y", MDY),
     ("d. M. yyyy", DMY), ("", None), ("HH:mm", None)],
)  # fmt: skip
def test_the_order_of_a_date_format(text, order):
    assert date_order_of_format(text) == order


@pytest.mark.parametrize(
    ("name", "order"),
    [("en_US.UTF-8", MDY), ("en-US", MDY), ("es_US", MDY), ("English_United States", MDY),
     ("en_GB.UTF-8", DMY), ("de_DE@euro", DMY), ("sv_SE", YMD), ("ja_JP.UTF-8", YMD), ("zh", YMD),
     ("fr", DMY), ("C", None), ("C.UTF-8", None), ("POSIX", None), ("", None), (None, None)],
)  # fmt: skip
def test_the_order_of_a_locale(name, order):
    assert date_order_of_locale(name) == order


def test_the_command_lines_computer_order_comes_from_the_environment(monkeypatch):
    for variable in ("LC_ALL", "LC_TIME", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    assert computer_date_order() is None
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert computer_date_order() == DMY
    monkeypatch.setenv("LC_TIME", "en_US.UTF-8")  # LC_TIME decides the dates over LANG
    assert computer_date_order() == MDY
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    assert computer_date_order() is None


# --- the organisation's setting ----------------------------------------------------------------


def test_the_setting_is_unset_until_chosen_and_then_kept(db, small_org):
    assert load_organisation_settings(db).date_order is None
    assert date_order_setting(db) is None
    settings_ = load_organisation_settings(db)
    settings_.date_order = MDY
    settings_ = save_organisation_settings(db, settings_)  # as saved: the versions it has now
    assert settings_.date_order == MDY
    assert date_order_setting(db) == MDY
    settings_.date_order = None  # not shown: left as it is
    settings_.name = "Fabrikam"
    assert save_organisation_settings(db, settings_).date_order == MDY
    settings_.date_order = "dd/mm/yyyy"
    with pytest.raises(ValidationError) as refused:
        save_organisation_settings(db, settings_)
    assert refused.value.errors == {"date_order": "Choose how the organisation writes dates."}
    assert date_order_setting(db) == MDY


# --- through the imports -----------------------------------------------------------------------

HEADER = ["Work Email", "First Name", "Last Name", "Hire Date"]


def plan_people(db, path, **dates):
    table = people.read_table(path)
    return people.plan_import(db, table, people.guess_mapping(table.headers), **dates)


def start_dates(plan):
    return {row.result.email: row.values.get("start_date") for row in plan._rows}


def test_a_bamboohr_style_month_first_export_keeps_every_start_date(db, tmp_path):
    path = write_csv(tmp_path / "bamboohr.csv", [
        HEADER,
        ["ana@x.org", "Ana", "Silva", "01/02/2024"],  # 2 January, not 1 February
        ["bo@x.org", "Bo", "Chan", "05/13/2023"],
        ["cy@x.org", "Cy", "Dunn", "11/03/2021"],
    ])  # fmt: skip
    plan = plan_people(db, path)
    assert plan.ok
    assert start_dates(plan) == {
        "ana@x.org": date(2024, 1, 2), "bo@x.org": date(2023, 5, 13),
        "cy@x.org": date(2021, 11, 3)}  # fmt: skip
    assert {h: c.summary for h, c in plan.date_orders.items()} == {
        "Hire Date": "month first (found 05/13/2023)"
    }
    people.apply_import(db, plan)
    with db.engine.connect() as connection:
        stored = dict(connection.execute(select(Person.email, Person.start_date)).all())
    assert stored["ana@x.org"] == date(2024, 1, 2)


def test_an_ambiguous_export_takes_the_organisations_order_unless_the_import_says(db, tmp_path):
    path = write_csv(tmp_path / "people.csv", [
        HEADER, ["ana@x.org", "Ana", "Silva", "01/02/2024"], ["bo@x.org", "Bo", "Chan", ""],
    ])  # fmt: skip
    plan = plan_people(db, path)
    assert start_dates(plan)["ana@x.org"] == date(2024, 2, 1)
    assert plan.date_orders["Hire Date"].summary == (
        "ambiguous: took day first, as nothing says otherwise"
    )
    plan = plan_people(db, path, default_date_order=MDY)  # this computer's, no setting yet
    assert start_dates(plan)["ana@x.org"] == date(2024, 1, 2)
    assert plan.date_orders["Hire Date"].chosen_by == COMPUTER
    chosen = load_organisation_settings(db)
    chosen.date_order = DMY
    save_organisation_settings(db, chosen)
    plan = plan_people(db, path, default_date_order=MDY)  # the setting wins over the computer
    assert start_dates(plan)["ana@x.org"] == date(2024, 2, 1)
    assert plan.date_orders["Hire Date"].summary == (
        "ambiguous: took day first from the organisation's setting"
    )
    plan = plan_people(db, path, date_order=MDY)  # and the import's own choice over both
    assert start_dates(plan)["ana@x.org"] == date(2024, 1, 2)


def test_a_contradicting_row_is_rejected_and_the_rest_come_in(db, tmp_path):
    path = write_csv(tmp_path / "people.csv", [
        HEADER,
        ["ana@x.org", "Ana", "Silva", "13/02/2024"], ["bo@x.org", "Bo", "Chan", "14/03/2023"],
        ["cy@x.org", "Cy", "Dunn", "03/15/2021"], ["di@x.org", "Di", "Eze", "04/05/2022"],
    ])  # fmt: skip
    plan = plan_people(db, path, date_order=MDY)
    assert [row.action for row in plan.rows] == ["create", "create", "reject", "create"]
    assert (
        plan.rows[2]
        .problems[0]
        .startswith('"03/15/2021" in "Hire Date" can only be month first (15 Mar 2021), but')
    )
    assert start_dates(plan)["di@x.org"] == date(2022, 5, 4)  # the column's order, not --dates


def test_xlsx_date_cells_stay_dates_beside_text_dates(db, tmp_path):
    book = Workbook()
    book.active.append([*HEADER, "Consent date"])
    book.active.append(["ana@x.org", "Ana", "Silva", datetime(2024, 1, 2), "05/13/2024"])
    book.active.append(["bo@x.org", "Bo", "Chan", datetime(2023, 12, 11, 9, 30), "01/02/2024"])
    book.active.append(["cy@x.org", "Cy", "Dunn", "03/04/2022", 45352])  # text; a serial number
    path = tmp_path / "people.xlsx"
    book.save(path)
    plan = plan_people(db, path)
    assert plan.ok, [row.problems for row in plan.rows]
    values = {row.result.email: (row.values["start_date"], row.values["consent_date"])
              for row in plan._rows}  # fmt: skip
    assert values == {
        "ana@x.org": (date(2024, 1, 2), date(2024, 5, 13)),
        "bo@x.org": (date(2023, 12, 11), date(2024, 1, 2)),
        "cy@x.org": (date(2022, 4, 3), date(2024, 3, 1)),
    }
    assert plan.date_orders["Hire Date"].ambiguous  # the one text date decides nothing
    assert plan.date_orders["Consent date"].summary == "month first (found 05/13/2024)"


def test_consent_given_yes_is_no_date_problem(db, tmp_path):
    path = write_csv(tmp_path / "people.csv", [
        ["Email", "Name", "Consent given"], ["ana@x.org", "Ana Silva", "Yes"],
        ["bo@x.org", "Bo Chan", "05/13/2024"]])  # fmt: skip
    plan = plan_people(db, path)
    assert plan.ok
    assert plan.date_orders["Consent given"].order == MDY


def test_check_ins_read_their_dates_the_same_way(db, small_org, tmp_path):
    enrol(db, small_org, "jose.muller@x.org", Role.MENTEE)
    add_partnership(db, small_org, "dana.fox@x.org", "zoe.adams@x.org")
    add_partnership(db, small_org, "wang.wei@x.org", "jose.muller@x.org")
    path = write_csv(tmp_path / "survey.csv", [
        ["Reverse mentor email", "Mentee email", "Date", "Next meeting"],
        ["dana.fox@x.org", "zoe.adams@x.org", "10/11/2026", "11/19/2026"],
        ["wang.wei@x.org", "jose.muller@x.org", "11/10/2026", ""]])  # fmt: skip
    table = checkins.read_table(path)
    mapping = checkins.guess_mapping(table.headers)
    plan = checkins.plan_import(db, table, mapping, today=date(2026, 11, 20))
    assert plan.ok, [row.problems for row in plan.rows]
    # The date column alone is ambiguous (day first here); its neighbour is month first.
    assert [row.detail for row in plan.rows] == ["10 Nov 2026 · Check-in", "11 Oct 2026 · Check-in"]
    assert {h: c.order for h, c in plan.date_orders.items()} == {"Date": DMY, "Next meeting": MDY}
    plan = checkins.plan_import(db, table, mapping, today=date(2026, 11, 20), date_order=MDY)
    assert [row.detail for row in plan.rows] == ["11 Oct 2026 · Check-in", "10 Nov 2026 · Check-in"]
    assert plan.ok and plan.date_orders["Date"].chosen_by == IMPORT


# --- the property: the same dates, or ambiguous and read as told -------------------------------

_SEPARATORS = {DMY: "/.-", MDY: "/.-", YMD: "-/."}


@st.composite
def written_columns(draw):
    """(dates, the texts a file writes them as, the order they are written in)."""
    order = draw(st.sampled_from([DMY, MDY, YMD]))
    # Two-digit years only where the year comes last, and within the century they stand for.
    short_year = order != YMD and draw(st.booleans())
    low, high = (date(1940, 1, 1), date(2035, 12, 31)) if short_year else (
        date(1900, 1, 1), date(2099, 12, 31))  # fmt: skip
    days = draw(st.lists(st.dates(low, high), min_size=1, max_size=12))
    zeros = draw(st.booleans())
    separator = draw(st.sampled_from(_SEPARATORS[order]))

    def write(day: date) -> str:
        d, m = (f"{day.day:02}", f"{day.month:02}") if zeros else (str(day.day), str(day.month))
        y = f"{day.year % 100:02}" if short_year else str(day.year)
        parts = {DMY: (d, m, y), MDY: (m, d, y), YMD: (str(day.year), m, d)}[order]
        return separator.join(parts)

    return days, [write(day) for day in days], order


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(written=written_columns(), preference=st.sampled_from([DMY, MDY, YMD]))
def test_a_column_reads_back_its_dates_or_says_it_is_ambiguous_never_swapped(written, preference):
    days, texts, _order = written
    found = read_date_column("Date", texts, date_preference(setting=preference))
    read = [found.read(text) for text in texts]  # never a problem: the column is consistent
    if read != days:
        assert found.ambiguous
        as_told = MDY if preference == MDY else DMY
        assert read == [parse_date(text, as_told) for text in texts]
    if not found.ambiguous:
        assert read == days
