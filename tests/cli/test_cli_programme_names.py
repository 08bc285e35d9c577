"""Every command finds a programme the same way: "cohort 2026" is "Cohort 2026"."""

import pytest
from factories import add_partnership, run_cli, write_csv

pytestmark = pytest.mark.both_engines


@pytest.fixture
def database(db, small_org) -> str:
    """ "Cohort 2026" with one active pair (Dana Fox & Zoë Adams), then the database is closed."""
    add_partnership(db, small_org, "dana.fox@x.org", "zoe.adams@x.org")
    path = db.url
    db.close()
    return path


@pytest.mark.parametrize("what, exported", [("people", "3 people"), ("pairs", "1 pair")])
def test_export_cohort_2026(database, tmp_path, capsys, what, exported):
    target = tmp_path / f"{what}.csv"
    code, out, err = run_cli(capsys, database, "export", what, target, "--programme", "cohort 2026")
    assert (code, out, err) == (0, f"Exported {exported} to {target}\n", "")


def test_import_people_into_cohort_2026(database, tmp_path, capsys):
    path = write_csv(
        tmp_path / "p.csv", [["Email", "Name", "Role"], ["new@x.org", "New One", "mentee"]]
    )
    code, out, err = run_cli(
        capsys, database, "import", "people", path, "--programme", "cohort 2026"
    )
    assert (code, err) == (0, "")
    assert out.splitlines()[-1] == '1 created, 0 updated, 0 rejected, enrolled 1 in "Cohort 2026"'


def test_import_checkins_for_cohort_2026(database, tmp_path, capsys):
    path = write_csv(
        tmp_path / "c.csv",
        [
            ["Reverse mentor email", "Mentee email", "Date"],
            ["dana.fox@x.org", "zoe.adams@x.org", "2026-10-05"],
        ],
    )
    code, out, err = run_cli(
        capsys, database, "import", "checkins", path, "--programme", "cohort 2026"
    )
    assert (code, err) == (0, "")
    assert out.splitlines()[-1] == "1 created, 0 already logged, 0 rejected"
