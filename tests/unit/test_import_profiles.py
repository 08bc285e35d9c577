"""Import profiles: the columns and date order of an applied import, remembered per header set."""

import json
import logging
from datetime import date

import pytest
from factories import add_partnership, enrol, write_csv
from sqlalchemy import text

from revmentor_desktop.core.db.models import Role
from revmentor_desktop.core.services.imports import checkins as ci
from revmentor_desktop.core.services.imports import people
from revmentor_desktop.core.services.imports.profiles import find_profile, header_set
from revmentor_desktop.core.services.organisation import IMPORT_PROFILES, get_setting

HEADER = ["Mail", "Vorname", "Nachname", "Eintritt", "Bemerkung"]
ROWS = [["ana@x.org", "Ana", "Lima", "01/02/2024", "secret remark"],
        ["bo@x.org", "Bo", "Chen", "03/04/2023", "another remark"]]  # fmt: skip
MAP = ["Vorname=given_name", "Nachname=family_name", "Eintritt=start_date", "Mail=email"]
pytestmark = pytest.mark.both_engines

EXPECTED = {0: "email", 1: "given_name", 2: "family_name", 3: "start_date", 4: None}


def plan(db, path, options=MAP, **kwargs):
    table = people.read_table(path)
    mapping = people.parse_map_options(list(options), table.headers)
    return people.plan_import(db, table, mapping, **kwargs)


def stored(db):
    with db.engine.connect() as connection:
        return get_setting(connection, IMPORT_PROFILES)


def profile_of(db, headers, kind=people):
    return find_profile(db, kind.PROFILE_KIND, headers, kind.COLUMNS)


def test_remembered_when_applied_not_when_only_planned(db, tmp_path):
    path = write_csv(tmp_path / "hr.csv", [HEADER, *ROWS])
    planned = plan(db, path, date_order="mdy")
    assert stored(db) is None and profile_of(db, HEADER) is None
    people.apply_import(db, planned)
    profile = profile_of(db, HEADER)
    assert profile.mapping(HEADER) == EXPECTED
    assert profile.date_order == "mdy" and profile.saved_on == date.today()
    # Only headers, fields and the date order: nothing the rows hold.
    written = json.dumps(stored(db))
    assert not any(cell.lower() in written.lower() for row in ROWS for cell in row)


def test_the_same_headers_in_another_order_match_and_others_do_not(db, tmp_path):
    people.apply_import(db, plan(db, write_csv(tmp_path / "hr.csv", [HEADER, *ROWS])))
    reordered = ["bemerkung", "EINTRITT", "Nach-name", "Mail", "Vorname"]
    assert profile_of(db, reordered).mapping(reordered) == {
        0: None, 1: "start_date", 2: "family_name", 3: "email", 4: "given_name"
    }  # fmt: skip
    assert profile_of(db, [*HEADER, "Team"]) is None
    assert profile_of(db, HEADER[:-1]) is None
    assert profile_of(db, HEADER, kind=ci) is None  # check-ins keep their own


def test_a_repeated_header_keeps_its_own_field(db, tmp_path):
    header = ["Mail", "Name", "Name"]
    path = write_csv(tmp_path / "hr.csv", [header, ["ana@x.org", "Ana Lima", "Ana"]])
    people.apply_import(db, plan(db, path, ["Mail=email"]))
    assert profile_of(db, header).mapping(header) == {0: "email", 1: "full_name", 2: None}
    assert header_set(header) == "mail|name|name#2"


def test_a_date_order_is_remembered_only_when_it_read_an_ambiguous_column(db, tmp_path):
    path = write_csv(tmp_path / "hr.csv", [HEADER, *ROWS])
    people.apply_import(db, plan(db, path))  # ambiguous, but nobody chose: the setting's order
    assert profile_of(db, HEADER).date_order is None
    people.apply_import(db, plan(db, path, date_order="mdy"))
    assert profile_of(db, HEADER).date_order == "mdy"
    # Next month the dates say their order themselves: what was chosen stays remembered.
    clear = write_csv(tmp_path / "next.csv", [HEADER, ["ana@x.org", "Ana", "Lima", "01/13/2024",
                                                       ""]])  # fmt: skip
    people.apply_import(db, plan(db, clear))
    assert profile_of(db, HEADER).date_order == "mdy"


def test_a_failed_or_empty_import_remembers_nothing(db, tmp_path):
    bad = write_csv(tmp_path / "hr.csv", [HEADER, ["not an email", "Ana", "Lima", "", ""]])
    planned = plan(db, bad)
    with pytest.raises(Exception, match="problems"):
        people.apply_import(db, planned)
    people.apply_import(db, planned, skip_bad_rows=True)  # every row skipped: nothing written
    assert stored(db) is None


@pytest.mark.parametrize(
    "damaged",
    [
        "[1, 2]",
        json.dumps({"people": {header_set(HEADER): {"columns": {"mail": "salary"}}}}),
        json.dumps({"people": {header_set(HEADER): {
            "columns": dict.fromkeys(["mail", "vorname", "nachname", "eintritt", "bemerkung"],
                                     "email"),
            "date_order": None, "saved_on": "2026-11-12"}}}),
        json.dumps({"people": {header_set(HEADER): {
            "columns": dict.fromkeys(["mail", "vorname", "nachname", "eintritt", "bemerkung"]),
            "date_order": "sideways", "saved_on": "2026-11-12"}}}),
        json.dumps({"people": {header_set(HEADER): {
            "columns": dict.fromkeys(["mail", "vorname", "nachname", "eintritt", "bemerkung"]),
            "saved_on": "yesterday"}}}),
    ],
)  # fmt: skip
def test_a_damaged_profile_is_ignored_with_a_log_line(db, tmp_path, caplog, damaged):
    assert_ignored(db, tmp_path, caplog, damaged)


def test_a_profile_that_is_not_json_is_ignored(sqlite_file, db, tmp_path, caplog):
    """Only a file can hold it: a server's JSON column refuses text that is not JSON."""
    assert_ignored(db, tmp_path, caplog, "{not json")


def assert_ignored(db, tmp_path, caplog, damaged: str) -> None:
    with db.engine.begin() as connection:
        connection.execute(
            text("INSERT INTO setting (key, value) VALUES (:key, :value)"),
            {"key": IMPORT_PROFILES, "value": damaged},
        )
    with caplog.at_level(logging.WARNING):
        assert profile_of(db, HEADER) is None
    assert "ignoring" in caplog.text and "import profile" in caplog.text
    # The next import goes ahead, and remembers its columns afresh.
    people.apply_import(db, plan(db, write_csv(tmp_path / "hr.csv", [HEADER, *ROWS])))
    assert profile_of(db, HEADER).mapping(HEADER) == EXPECTED


def test_check_ins_are_remembered_by_their_own_headers(db, small_org, tmp_path):
    enrol(db, small_org, "jose.muller@x.org", Role.MENTEE)
    add_partnership(db, small_org, "dana.fox@x.org", "zoe.adams@x.org")
    header = ["Mentor", "Mentee", "Wann", "Notiz"]
    row = ["dana.fox@x.org", "zoe.adams@x.org", "2026-10-05", "private"]
    path = write_csv(tmp_path / "survey.csv", [header, row])
    table = ci.read_table(path)
    options = ["Mentor=reverse_mentor_email", "Mentee=mentee_email", "Wann=date"]
    mapping = ci.parse_map_options(options, table.headers)
    planned = ci.plan_import(db, table, mapping, today=date(2026, 11, 20))
    ci.apply_import(db, planned, today=date(2026, 11, 20))
    assert profile_of(db, header, kind=ci).mapping(header) == {
        0: "reverse_mentor_email", 1: "mentee_email", 2: "date", 3: None
    }  # fmt: skip
    assert profile_of(db, header) is None
