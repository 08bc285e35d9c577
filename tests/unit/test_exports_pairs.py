"""Exports of pairs (for a mail merge) and check-ins (for sharing): columns, programme filter,
XLSX, atomic writing, and nothing private ever in the file."""

import csv
from datetime import date

import pytest
from factories import add_check_in, add_partnership, enrol, set_private_data
from openpyxl import load_workbook

from revmentor_desktop.core.db.models import (
    CheckInKind,
    FitVerdict,
    PartnershipStatus,
    Programme,
    Role,
)
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.services import exports

pytestmark = pytest.mark.both_engines


@pytest.fixture
def programme(db, small_org):
    """Cohort 2026 with an active pair (check-ins, one with a private note) and a draft; a
    second programme with a completed pair."""
    enrol(db, small_org, "jose.muller@x.org", Role.MENTEE)
    active, _ = add_partnership(db, small_org, "dana.fox@x.org", "zoe.adams@x.org")
    add_check_in(
        db, active, date(2026, 10, 5), CheckInKind.FIT_CHECK, duration_minutes=50,
        mentor_rating=4, mentee_rating=5, fit_verdict=FitVerdict.GOOD_FIT,
        summary="=Met for coffee, agreed goals", private_notes="PRIVATE-NOTE-7",
        next_steps="Draft a TikTok post", next_meeting_on=date(2026, 10, 19),
    )  # fmt: skip
    add_check_in(db, active, date(2026, 10, 19), held=False, private_notes="PRIVATE-NOTE-8")
    draft, _ = add_partnership(
        db, small_org, "wang.wei@x.org", "jose.muller@x.org", status=PartnershipStatus.DRAFT,
        wizard_step=1, start=None, end=None,
    )  # fmt: skip
    with db.session() as session, session.begin():
        pilot = Programme(name="Pilot 2025")
        session.add(pilot)
        session.flush()
        pilot_id = pilot.id
    done, _ = add_partnership(
        db, pilot_id, "olga.koval@x.org", "jose.muller@x.org", status=PartnershipStatus.COMPLETED,
        start=date(2025, 1, 1), end=date(2025, 6, 30),
    )  # fmt: skip
    add_check_in(db, done, date(2025, 6, 20), CheckInKind.FINAL_REVIEW, mentee_rating=5)
    for email in ("dana.fox@x.org", "zoe.adams@x.org"):
        set_private_data(db, email, 1987, "SENSITIVE-PERSPECTIVE")
    return {"active": active, "draft": draft, "done": done}


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as file:
        return list(csv.DictReader(file))


def test_pairs_for_a_mail_merge(db, programme, tmp_path):
    path = tmp_path / "pairs.csv"
    assert exports.export_pairs(db, path) == 3
    rows = read_csv(path)
    assert list(rows[0]) == list(exports.PAIRS_COLUMNS)
    assert [(r["programme"], r["status"], r["reverse_mentor"], r["mentee"]) for r in rows] == [
        ("Cohort 2026", "Draft", "王伟", "José Müller"),
        ("Cohort 2026", "Active", "Dana Fox", "Zoë Adams"),
        ("Pilot 2025", "Completed", "Ольга Коваль", "José Müller"),
    ]
    assert rows[1] == {
        "programme": "Cohort 2026", "status": "Active", "reverse_mentor": "Dana Fox",
        "reverse_mentor_given_name": "Dana", "reverse_mentor_email": "dana.fox@x.org",
        "mentee": "Zoë Adams", "mentee_given_name": "Zoë", "mentee_email": "zoe.adams@x.org",
        "start_date": "2026-10-01", "end_date": "2027-06-30", "step": "",
    }  # fmt: skip
    assert (rows[0]["step"], rows[0]["start_date"]) == ("2 of 5: goals", "")


def test_one_programme_only(db, programme, tmp_path):
    assert exports.export_pairs(db, tmp_path / "p.csv", programme="Pilot 2025") == 1
    assert [r["mentee_email"] for r in read_csv(tmp_path / "p.csv")] == ["jose.muller@x.org"]
    assert exports.export_checkins(db, tmp_path / "c.csv", programme="Cohort 2026") == 2
    with pytest.raises(RevMentorError, match='There is no programme called "Nope"'):
        exports.export_checkins(db, tmp_path / "x.csv", programme="Nope")
    assert not (tmp_path / "x.csv").exists()


def test_check_ins_to_share(db, programme, tmp_path):
    path = tmp_path / "checkins.csv"
    assert exports.export_checkins(db, path) == 3
    rows = read_csv(path)
    assert list(rows[0]) == list(exports.CHECKINS_COLUMNS)
    assert rows[0] == {
        "partnership": str(programme["active"]), "programme": "Cohort 2026",
        "reverse_mentor": "Dana Fox", "reverse_mentor_email": "dana.fox@x.org",
        "mentee": "Zoë Adams", "mentee_email": "zoe.adams@x.org", "date": "2026-10-05",
        "kind": "First-session fit check", "held": "yes", "duration_minutes": "50",
        "reverse_mentor_rating": "4", "mentee_rating": "5", "fit_verdict": "Good fit",
        "summary": "'=Met for coffee, agreed goals", "next_steps": "Draft a TikTok post",
        "next_meeting": "2026-10-19",
    }  # fmt: skip
    assert (rows[1]["held"], rows[1]["duration_minutes"], rows[1]["fit_verdict"]) == ("no", "", "")
    assert rows[2]["kind"] == "Final review"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_nothing_private_ever_leaves(db, programme, tmp_path, suffix):
    for name, export in (("pairs", exports.export_pairs), ("checkins", exports.export_checkins)):
        path = tmp_path / f"{name}{suffix}"
        export(db, path)
        if suffix == ".csv":
            text = path.read_text(encoding="utf-8-sig")
        else:
            book = load_workbook(path, read_only=True)
            text = repr([list(r) for r in book.worksheets[0].iter_rows(values_only=True)])
            book.close()
        assert "Dana Fox" in text or "dana.fox@x.org" in text
        for secret in ("PRIVATE-NOTE", "1987", "SENSITIVE-PERSPECTIVE"):
            assert secret not in text, (name, secret)


def test_xlsx_keeps_numbers_and_text_that_looks_like_a_formula(db, programme, tmp_path):
    path = tmp_path / "checkins.xlsx"
    exports.export_checkins(db, path)
    book = load_workbook(path)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    header = rows[0]
    first = dict(zip(header, rows[1], strict=True))
    assert first["reverse_mentor_rating"] == 4 and first["duration_minutes"] == 50
    assert first["summary"] == "'=Met for coffee, agreed goals"  # neutralised: never a formula
    assert book.worksheets[0].cell(2, header.index("summary") + 1).data_type == "s"
    book.close()


def test_exports_are_atomic_and_refuse_other_formats(db, programme, tmp_path):
    path = tmp_path / "pairs.csv"
    path.write_text("old", encoding="utf-8")
    with pytest.raises(RevMentorError, match="choose a .csv or .xlsx file name"):
        exports.export_pairs(db, tmp_path / "pairs.pdf")
    exports.export_pairs(db, path)
    assert path.read_text(encoding="utf-8-sig").startswith("programme,status")
    assert sorted(p.name for p in tmp_path.iterdir() if "pairs" in p.name) == ["pairs.csv"]


def test_an_empty_database_exports_just_the_header(db, tmp_path):
    assert exports.export_checkins(db, tmp_path / "c.csv") == 0
    assert (tmp_path / "c.csv").read_text(encoding="utf-8-sig").strip() == ",".join(
        exports.CHECKINS_COLUMNS
    )
