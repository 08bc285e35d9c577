"""`revmentor import people`: --level, --role, --role-by-level and --consent-date, and no empty
programme."""

import pytest
from factories import HR_EXPORTS, run_cli, write_csv

# The tests that write run on both engines; the dry runs and refusals show that no file is made.
pytestmark = pytest.mark.both_engines

HR = HR_EXPORTS
LADDER = ("Apprentice, Associate, Professional, Senior professional, Team lead, Manager, Director, "
          "Executive")  # fmt: skip
WORKDAY_LEVELS = [
    "--level", "6 Individual Contributor=Professional", "--level", "5 Manager=Manager",
    "--level", "3 Director=Director", "--level", "1 Executive=Executive",
]  # fmt: skip


@pytest.fixture
def query(rows):
    """`query(url, sql)`: the rows of a query on the database at `url`."""
    return rows


@pytest.fixture
def levels(rows):
    """How many people the database at `url` has at each level (None: no level)."""
    return lambda url: dict(rows(url, "SELECT l.label, count(*) FROM person p "
                                 "LEFT JOIN seniority_level l ON l.id = p.level_id "
                                 "GROUP BY l.label"))  # fmt: skip


@pytest.fixture
def roles(rows):
    """How many enrolments the database at `url` has in each role."""
    return lambda url: dict(rows(url, "SELECT role, count(*) FROM enrolment GROUP BY role"))


@pytest.mark.parametrize("export", ["workday.csv", "hibob.csv", "workday.xlsx", "hibob.xlsx"])
def test_an_hr_export_with_levels_the_ladder_lacks_comes_in(tmp_path, capsys, export):
    database = tmp_path / "org.sqlite"
    code, out, err = run_cli(capsys, database, "import", "people", HR / export, "--dry-run")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[-2:] == ["40 created, 0 updated, 0 rejected", "dry run: nothing was written"]
    without = next(line for line in lines if "without a level" in line)
    assert without.startswith("40 people without a level: “")
    assert without.endswith(
        f'are not on the ladder — map them with --level "LABEL=LEVEL" (the ladder: {LADDER})'
    )
    assert not database.exists()


def test_workday_with_level_mappings_remembered_for_the_next_import(
    engine_url, tmp_path, capsys, levels
):
    database = engine_url
    code, out, err = run_cli(capsys, database, "import", "people", HR / "workday.csv",
                             *WORKDAY_LEVELS)  # fmt: skip
    assert (code, err) == (0, "")
    assert "Level “6 Individual Contributor” (29) → Professional" in out.splitlines()
    assert "without a level" not in out
    assert levels(database) == {"Professional": 29, "Manager": 6, "Director": 4, "Executive": 1}
    code, out, err = run_cli(capsys, database, "import", "people", HR / "workday.xlsx",
                             "--dry-run")  # fmt: skip
    assert (code, err) == (0, "")
    assert "Level “5 Manager” (6) → Manager, as remembered from the last import" in out
    assert out.splitlines()[-2] == "0 created, 40 updated, 0 rejected"


def test_a_label_mapped_to_no_level_or_to_a_new_level(engine_url, tmp_path, capsys, query, levels):
    database = engine_url
    code, out, err = run_cli(
        capsys, database, "import", "people", HR / "workday.csv",
        "--level", "6 Individual Contributor=new below Apprentice", "--level", "5 Manager=none",
        "--level", "3 Director=new above Executive", "--level", "1 Executive=Executive",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert "Level “5 Manager” (6) → no level" in out
    assert "Level “3 Director” (4) → a new level above Executive" in out
    assert levels(database) == {"6 Individual Contributor": 29, None: 6, "3 Director": 4,
                                "Executive": 1}  # fmt: skip
    ladder = [label for (label,) in query(database, "SELECT label FROM seniority_level ORDER BY "
                                          "rank")]  # fmt: skip
    assert ladder[0] == "6 Individual Contributor" and ladder[-1] == "3 Director"


def test_a_mapping_to_a_level_the_ladder_lacks_is_an_error_naming_the_ladder(
    engine_url, tmp_path, capsys, query
):
    database = engine_url
    code, out, err = run_cli(capsys, database, "import", "people", HR / "hibob.csv",
                             "--level", "Lead=Boss")  # fmt: skip
    assert code == 1
    assert err.strip() == (
        f'revmentor: error: "Boss" is not a level of the ladder (levels: {LADDER}).'
    )
    assert not query(database, "SELECT * FROM person")


def test_a_role_and_consent_date_for_everyone(engine_url, tmp_path, capsys, query, roles):
    database = engine_url
    signup = write_csv(tmp_path / "signup.csv", [["Email", "Name", "Role"],
                       ["a@x.org", "Ana Lima", ""], ["b@x.org", "Bo Chen", "mentee"]])  # fmt: skip
    code, out, err = run_cli(capsys, database, "import", "people", signup, "--programme",
                             "Pilot", "--role", "Reverse mentor", "--consent-date",
                             "1 March 2026")  # fmt: skip
    assert (code, err) == (0, "")
    assert out.splitlines()[-1] == (
        '2 created, 0 updated, 0 rejected, enrolled 2 in "Pilot" (a new programme)'
    )
    assert roles(database) == {"reverse_mentor": 1, "mentee": 1}
    assert query(database, "SELECT DISTINCT CAST(consent_date AS TEXT) FROM person") == [
        ("2026-03-01",)
    ]


def test_the_role_by_level(engine_url, tmp_path, capsys, roles):
    database = engine_url
    code, out, err = run_cli(capsys, database, "import", "people", HR / "workday.csv",
                             *WORKDAY_LEVELS[:6], "--programme", "Pilot",
                             "--role-by-level", "manager")  # fmt: skip
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert any(
        line.startswith("1 person without a level: “1 Executive” (1) is not on the ladder — ")
        for line in lines
    )
    assert "1 person with no role: not enrolled" in lines
    assert (
        lines[-1] == '40 created, 0 updated, 0 rejected, enrolled 39 in "Pilot" (a new programme)'
    )
    assert roles(database) == {"reverse_mentor": 29, "mentee": 10}


def test_nobody_with_a_role_creates_no_programme(engine_url, tmp_path, capsys, query):
    database = engine_url
    nobody = ("Nobody has a role, so nobody {0} enrolled and no programme {0} created — use "
              "--role, --role-by-level or a role column.")  # fmt: skip
    code, out, err = run_cli(capsys, database, "import", "people", HR / "hibob.csv",
                             "--programme", "Pilot", "--dry-run")  # fmt: skip
    assert (code, err) == (0, "")
    assert out.splitlines()[-3:] == ["40 created, 0 updated, 0 rejected", nobody.format("will be"),
                                     "dry run: nothing was written"]  # fmt: skip
    code, out, err = run_cli(capsys, database, "import", "people", HR / "hibob.csv",
                             "--programme", "Pilot")  # fmt: skip
    assert (code, err) == (0, "")
    assert out.splitlines()[-2:] == ["40 created, 0 updated, 0 rejected", nobody.format("was")]
    assert query(database, "SELECT * FROM programme") == []


@pytest.mark.parametrize(
    ("options", "error"),
    [
        (["--role", "mentee"], "--role needs --programme: it says how everyone is enrolled"),
        (["--consent-date", "2026-03-01"], "--consent-date needs --programme"),
        (["--role-by-level", "Manager"], "--role-by-level needs --programme"),
        (["--programme", "P", "--role", "coach"],
         '--role "coach" is not a role: mentee or "reverse mentor".'),
        (["--programme", "P", "--role", "mentee", "--role-by-level", "Manager"],
         "Use --role or --role-by-level, not both."),
        (["--programme", "P", "--consent-date", "03/04/2026"],
         '--consent-date "03/04/2026" could be day first or month first: write it as 2024-03-01 '
         "or 1 March 2024."),
        (["--programme", "P", "--consent-date", "soon"], '--consent-date "soon" is not a date'),
        (["--level", "Lead"], '--level "Lead" is not LABEL=LEVEL'),
    ],
)  # fmt: skip
def test_options_that_do_not_fit_are_clear_errors(tmp_path, capsys, options, error):
    database = tmp_path / "org.sqlite"
    code, out, err = run_cli(capsys, database, "import", "people", HR / "hibob.csv", *options)
    assert code in (1, 2) and out == ""
    assert err.startswith(f"revmentor: error: {error}")
    assert not database.exists()


def test_an_ambiguous_consent_date_reads_in_the_order_given(engine_url, tmp_path, capsys, query):
    database = engine_url
    signup = write_csv(tmp_path / "s.csv", [["Email", "Name"], ["a@x.org", "Ana Lima"]])
    code, _, err = run_cli(
        capsys,
        database,
        "import",
        "people",
        signup,
        "--programme",
        "P",
        "--role",
        "mentee",
        "--consent-date",
        "03/04/2026",
        "--dates",
        "mdy",
    )
    assert (code, err) == (0, "")
    assert query(database, "SELECT CAST(consent_date AS TEXT) FROM person") == [("2026-03-04",)]
