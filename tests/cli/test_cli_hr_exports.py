"""`revmentor import people EXPORT` with no options: every HR system's export, as a user runs it.

The same fixtures as tests/unit/test_hr_exports_end_to_end.py, through the real command into a
database it creates: the output says what was read and done, and the database holds everyone
with their start dates and line managers.
"""

from datetime import date

import pytest
from factories import HR_EXPORTS, hr_exports_maker, run_cli

from revmentor_desktop.core.services.imports.hr_systems import SYSTEMS

pytestmark = pytest.mark.both_engines

HR = HR_EXPORTS
make = hr_exports_maker()
ORG = make.organisation()

# The last line of the output, per export (directory noise: see directory.py).
LAST_LINE = {
    "entra-download": "42 created, 0 updated, 0 rejected, 1 skipped (not a person), "
    "2 skipped (disabled or left)",
    "google-workspace": "40 created, 0 updated, 0 rejected, 1 skipped (disabled or left)",
}


def export_files():
    for system in SYSTEMS:
        slug = make.SLUGS[system.name]
        for suffix in (".csv", ".xlsx") if system.xlsx else (".csv",):
            yield pytest.param(system, HR / f"{slug}{suffix}", id=f"{slug}{suffix}")


def people(rows, url) -> dict[str, tuple]:
    """email -> (start date, the line manager's email) as the database holds them."""
    found = rows(
        url,
        "SELECT p.email, CAST(p.start_date AS TEXT), m.email FROM person p "
        "LEFT JOIN person m ON m.id = p.manager_id",
    )
    return {email: (start and date.fromisoformat(start), boss) for email, start, boss in found}


@pytest.mark.parametrize(("system", "path"), list(export_files()))
def test_import_people_takes_each_systems_export_as_it_is(engine_url, rows, capsys, system, path):
    database = engine_url
    code, out, err = run_cli(capsys, database, "import", "people", path)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith(f"Read {path}: ")
    slug = make.SLUGS[system.name]
    assert lines[-1] == LAST_LINE.get(slug, "40 created, 0 updated, 0 rejected")
    # A day/month column (every CSV's start date here) says which order it was read in, decided
    # by its own values: "Dates: "Hire Date" read month first (11/23/2014 can only be …)".
    said = [line for line in lines if line.startswith("Dates: ")]
    day_month = "start_date" in system.headers and path.suffix == ".csv"
    assert len(said) == day_month and all("can only be" in line for line in said), said

    found = people(rows, database)
    dates = "start_date" in system.headers
    managers = bool({"manager", "manager_email"} & set(system.headers))
    assert {p.email: found[p.email] for p in ORG} == {
        p.email: (
            p.start if dates else None,
            ORG[p.manager].email if managers and p.manager is not None else None,
        )
        for p in ORG
    }


def test_the_entra_bulk_create_template_says_where_its_column_names_are(tmp_path, capsys):
    path = HR / "entra-bulk-create.csv"
    code, out, _ = run_cli(capsys, tmp_path / "revmentor.sqlite", "import", "people", path)
    assert code == 0
    assert out.splitlines()[0] == (
        f"Read {path}: CSV, UTF-8, comma-separated, 40 rows, column names on row 2"
    )
