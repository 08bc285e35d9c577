"""Importing check-ins from a survey tool's export: columns, per-row problems, all or nothing,
no duplicates on re-import, and the same file reading as the people import."""

from datetime import date
from pathlib import Path

import pytest
from factories import add_check_in, add_partnership, enrol, write_csv
from openpyxl import Workbook
from sqlalchemy import func, select

from revmentor_desktop.core.db.models import (
    CheckIn,
    CheckInKind,
    FitVerdict,
    PartnershipStatus,
    Programme,
    Role,
)
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.services.imports import checkins as ci
from revmentor_desktop.core.text import isolate
from revmentor_desktop.core.vocabulary import PARTNERSHIP_STATUS_PHRASES

pytestmark = pytest.mark.both_engines

TODAY = date(2026, 11, 20)
DANA_AND_ZOE = f"Dana Fox & {isolate('Zoë Adams')}"  # each name isolated, as a sentence holds it
HEADER = [
    "Reverse mentor email", "Mentee email", "Meeting date", "Type", "Took place",
    "Duration", "Mentor rating", "Mentee rating", "Fit", "Summary", "Next steps", "Notes",
]  # fmt: skip
GOOD = [
    HEADER,
    ["dana.fox@x.org", "zoe.adams@x.org", "05/10/2026", "First session", "yes", "60", "4",
     "5", "Good fit", "Met for coffee", "Set goals", "Zoë seemed shy"],
    ["Dana.Fox@X.org", "zoe.adams@x.org", "2026-10-19", "check-in", "no", "", "", "", "",
     "", "", ""],
    ["wang.wei@x.org", "jose.muller@x.org", "2 Nov 2026", "", "", "1:30", "4/5", "★★★",
     "", "TikTok basics", "", ""],
]  # fmt: skip


@pytest.fixture
def pairs(db, small_org):
    """Two active partnerships: Dana Fox → Zoë Adams and 王伟 → José Müller."""
    enrol(db, small_org, "jose.muller@x.org", Role.MENTEE)
    first, _ = add_partnership(db, small_org, "dana.fox@x.org", "zoe.adams@x.org")
    second, _ = add_partnership(db, small_org, "wang.wei@x.org", "jose.muller@x.org")
    return first, second


def write_xlsx(path: Path, rows) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def plan_file(db, path, options=(), programme=None):
    table = ci.read_table(path)
    mapping = ci.parse_map_options(list(options), table.headers)
    return ci.plan_import(db, table, mapping, programme=programme, today=TODAY)


def check_ins(db) -> list[tuple]:
    with db.session() as session:
        return [
            (c.partnership_id, c.held_on, c.kind, c.held, c.duration_minutes, c.mentor_rating,
             c.mentee_rating, c.fit_verdict, c.summary, c.next_steps, c.private_notes)
            for c in session.scalars(select(CheckIn).order_by(CheckIn.held_on))
        ]  # fmt: skip


def count(db) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(CheckIn))


def test_survey_headers_are_recognised():
    mapping = ci.guess_mapping(HEADER)
    assert [mapping[i] for i in range(len(HEADER))] == [
        "reverse_mentor_email", "mentee_email", "date", "kind", "held", "duration_minutes",
        "reverse_mentor_rating", "mentee_rating", "fit_verdict", "summary", "next_steps",
        "private_notes",
    ]  # fmt: skip


def test_a_good_file_is_imported_with_every_value(db, pairs, tmp_path):
    first, second = pairs
    plan = plan_file(db, write_csv(tmp_path / "survey.csv", GOOD))
    assert plan.ok and (plan.created, plan.skipped, plan.rejected) == (3, 0, 0)
    assert [(r.line, r.pair, r.detail, r.action) for r in plan.rows] == [
        (2, DANA_AND_ZOE, "5 Oct 2026 · First-session fit check", "create"),
        (3, DANA_AND_ZOE, "19 Oct 2026 · Check-in", "create"),
        (4, f"{isolate('王伟')} & {isolate('José Müller')}", "2 Nov 2026 · Check-in", "create"),
    ]
    assert count(db) == 0  # the plan writes nothing
    summary = ci.apply_import(db, plan, today=TODAY)
    assert (summary.created, summary.skipped, summary.rejected) == (3, 0, 0)
    assert check_ins(db) == [
        (first, date(2026, 10, 5), CheckInKind.FIT_CHECK, True, 60, 4, 5, FitVerdict.GOOD_FIT,
         "Met for coffee", "Set goals", "Zoë seemed shy"),
        (first, date(2026, 10, 19), CheckInKind.CHECK_IN, False, None, None, None, None, "",
         "", ""),
        (second, date(2026, 11, 2), CheckInKind.CHECK_IN, True, 90, 4, 3, None,
         "TikTok basics", "", ""),
    ]  # fmt: skip


def test_reimporting_the_same_file_skips_what_is_logged(db, pairs, tmp_path):
    path = write_csv(tmp_path / "survey.csv", GOOD)
    ci.apply_import(db, plan_file(db, path), today=TODAY)
    again = plan_file(db, path)
    assert (again.created, again.skipped, again.rejected) == (0, 3, 0)
    assert {row.action for row in again.rows} == {"skip"}
    assert ci.apply_import(db, again, today=TODAY).created == 0
    # Next month's export holds last month's rows too: only the new one is created.
    grown = write_csv(
        tmp_path / "grown.csv",
        [*GOOD, ["dana.fox@x.org", "zoe.adams@x.org", "16/11/2026", "", "yes", "45", "5", "5",
                 "", "", "", ""]],
    )  # fmt: skip
    plan = plan_file(db, grown)
    assert (plan.created, plan.skipped) == (1, 3)
    ci.apply_import(db, plan, today=TODAY)
    assert count(db) == 4


def test_a_different_check_in_on_the_same_day_and_kind_is_a_problem(db, pairs, tmp_path):
    first, _ = pairs
    add_check_in(db, first, date(2026, 10, 5), CheckInKind.FIT_CHECK, summary="Logged in the app")
    plan = plan_file(db, write_csv(tmp_path / "survey.csv", GOOD))
    assert plan.rows[0].action == "reject"
    assert plan.rows[0].problems == [
        "a first-session fit check on 5 Oct 2026 is already logged for this pair with other "
        "details: change it in RevMentor, or leave this row out"
    ]


def test_the_same_check_in_twice_in_the_file(db, pairs, tmp_path):
    rows = [*GOOD, GOOD[3]]
    plan = plan_file(db, write_csv(tmp_path / "twice.csv", rows))
    assert [row.action for row in plan.rows] == ["create", "create", "reject", "reject"]
    assert plan.rows[2].problems == [
        "the same check-in (partners, date and kind) is also on line 5"
    ]


@pytest.mark.parametrize(
    ("cells", "problem"),
    [
        ({0: "nobody@x.org"}, 'nobody in RevMentor has the reverse mentor email "nobody@x.org"'),
        ({1: ""}, "no mentee email"),
        ({1: "jose.muller@x.org"}, f"Dana Fox & {isolate('José Müller')} are not partners"),
        ({0: "zoe.adams@x.org", 1: "dana.fox@x.org"},
         "the emails are the wrong way round: Dana Fox is the reverse mentor and "
         f"{isolate('Zoë Adams')} the mentee"),
        ({2: "31/02/2026"}, 'bad date in "Meeting date": "31/02/2026" (write it as 2024-03-01 '
                            "or 1 March 2024)"),
        ({2: ""}, "no date"),
        ({2: "21/11/2026"}, "the meeting cannot be logged before it happened: 21 Nov 2026 is "
                            "after today (20 Nov 2026)"),
        ({2: "30/09/2026"}, "30 Sep 2026 is before the partnership started (1 Oct 2026)"),
        ({3: "party"}, 'unknown kind of meeting "party" (kinds: first-session fit check, '
                       "check-in, mid-point review, final review, brainstorming session)"),
        ({4: "perhaps"}, '"perhaps" in "Took place" is neither held (yes) nor cancelled (no)'),
        ({5: "0"}, 'bad duration "0" (minutes from 1 to 600, e.g. 45, "1 h" or "1:30")'),
        ({5: "long"}, 'bad duration "long" (minutes from 1 to 600, e.g. 45, "1 h" or "1:30")'),
        ({6: "6"}, 'rating "6" in "Mentor rating" is not from 1 to 5'),
        ({7: "0"}, 'rating "0" in "Mentee rating" is not from 1 to 5'),
        ({7: "good"}, 'rating "good" in "Mentee rating" is not from 1 to 5'),
        ({8: "brilliant"},
         'unknown fit verdict "brilliant" (good fit, still deciding, not a fit)'),
        ({3: "check-in"}, "a fit verdict belongs to the first-session fit check only, not to a "
                          "check-in"),
        ({4: "cancelled", 8: ""}, "a cancelled meeting has no length: leave it empty"),
    ],
)  # fmt: skip
def test_each_bad_row_says_what_is_wrong(db, pairs, tmp_path, cells, problem):
    row = list(GOOD[1])
    for index, value in cells.items():
        row[index] = value
    plan = plan_file(db, write_csv(tmp_path / "bad.csv", [HEADER, row, GOOD[3]]))
    assert plan.rows[0].action == "reject"
    assert problem in plan.rows[0].problems
    assert plan.rows[1].action == "create"
    assert (plan.rejected, plan.ok) == (1, False)


def test_a_bad_row_stops_the_whole_import_unless_skipped(db, pairs, tmp_path):
    bad = list(GOOD[2])
    bad[6] = "9"
    bad[4] = "yes"
    plan = plan_file(db, write_csv(tmp_path / "bad.csv", [HEADER, GOOD[1], bad, GOOD[3]]))
    with pytest.raises(RevMentorError, match="1 row of the file has problems, so nothing"):
        ci.apply_import(db, plan, today=TODAY)
    assert count(db) == 0
    summary = ci.apply_import(db, plan, skip_bad_rows=True, today=TODAY)
    assert (summary.created, summary.rejected) == (2, 1)
    assert count(db) == 2


@pytest.mark.parametrize(
    "status", [PartnershipStatus.DRAFT, PartnershipStatus.COMPLETED, PartnershipStatus.ENDED_EARLY]
)
def test_finished_or_draft_partnerships_take_no_check_ins(db, small_org, tmp_path, status):
    add_partnership(db, small_org, "dana.fox@x.org", "zoe.adams@x.org", status=status)
    plan = plan_file(db, write_csv(tmp_path / "s.csv", GOOD[:2]))
    (problem,) = plan.rows[0].problems
    assert problem == (
        f'their partnership in "Cohort 2026" {PARTNERSHIP_STATUS_PHRASES[status]}: check-ins are '
        "logged for active or paused partnerships"
    )


def test_the_programme_limits_which_partnerships_rows_name(db, small_org, pairs, tmp_path):
    with db.session() as session, session.begin():
        session.add(Programme(name="Pilot 2025"))
    path = write_csv(tmp_path / "s.csv", GOOD[:2])
    assert plan_file(db, path, programme="Cohort 2026").ok
    plan = plan_file(db, path, programme="Pilot 2025")
    assert plan.rows[0].problems == [f'{DANA_AND_ZOE} are not partners in "Pilot 2025"']
    with pytest.raises(RevMentorError, match='There is no programme called "Nope"'):
        plan_file(db, path, programme="Nope")
    # A programme column does the same for its row.
    rows = [["Programme", *HEADER], ["Pilot 2025", *GOOD[1]], ["cohort 2026", *GOOD[3]],
            ["Other", *GOOD[2]]]  # fmt: skip
    plan = plan_file(db, write_csv(tmp_path / "p.csv", rows))
    assert [row.problems for row in plan.rows] == [
        [f'{DANA_AND_ZOE} are not partners in "Pilot 2025"'],
        [],
        ['unknown programme "Other"'],
    ]


def test_partners_in_two_running_programmes_need_the_programme_named(db, small_org, tmp_path):
    with db.session() as session, session.begin():
        other = Programme(name="Pilot 2025")
        session.add(other)
        session.flush()
        other_id = other.id
    add_partnership(db, small_org, "dana.fox@x.org", "zoe.adams@x.org")
    add_partnership(db, other_id, "dana.fox@x.org", "zoe.adams@x.org")
    path = write_csv(tmp_path / "s.csv", GOOD[:2])
    assert plan_file(db, path).rows[0].problems == [
        f'{DANA_AND_ZOE} are partners in 2 programmes ("Cohort 2026", "Pilot 2025"): '
        "name the programme"
    ]
    assert plan_file(db, path, programme="Pilot 2025").ok


def test_semicolons_a_bom_and_windows_1252(db, pairs, tmp_path):
    latin = [[cell.replace("★★★", "3") for cell in row] for row in GOOD]
    for name, delimiter, encoding in (
        ("excel.csv", ";", "utf-8-sig"),
        ("tabs.txt", "\t", "utf-8"),
        ("old.csv", ";", "cp1252"),
    ):
        path = write_csv(tmp_path / name, latin, delimiter, encoding)
        plan = plan_file(db, path)
        assert (plan.created, plan.rejected) == (3, 0), name
        assert plan.rows[0].pair == DANA_AND_ZOE
    assert ci.read_table(tmp_path / "excel.csv").description == (
        "CSV, UTF-8 with BOM, semicolon-separated, 3 rows"
    )


def test_an_excel_workbook_with_date_cells(db, pairs, tmp_path):
    from datetime import datetime

    rows = [HEADER, [*GOOD[1][:2], datetime(2026, 10, 5), *GOOD[1][3:5], 60, 4, 5.0,
                     *GOOD[1][8:]]]  # fmt: skip
    plan = plan_file(db, write_xlsx(tmp_path / "survey.xlsx", rows))
    assert plan.ok and plan.line_word == "row"
    ci.apply_import(db, plan, today=TODAY)
    assert check_ins(db)[0][1:8] == (
        date(2026, 10, 5), CheckInKind.FIT_CHECK, True, 60, 4, 5, FitVerdict.GOOD_FIT,
    )  # fmt: skip


def test_map_options_and_missing_columns(db, pairs, tmp_path):
    rows = [["Who teaches", "Who learns", "When", "Comments"],
            ["dana.fox@x.org", "zoe.adams@x.org", "10/10/2026", "Keep private"]]  # fmt: skip
    path = write_csv(tmp_path / "odd.csv", rows)
    with pytest.raises(RevMentorError, match="No column holds the reverse mentor's email or "
                       "the mentee's email, which a check-in needs: map them"):  # fmt: skip
        plan_file(db, path)
    plan = plan_file(
        db, path, ["Who teaches=reverse_mentor_email", "who learns=mentee_email", "When=date",
                   "Comments=summary"],
    )  # fmt: skip
    assert plan.ok and plan.ignored_columns == []
    ci.apply_import(db, plan, today=TODAY)
    assert check_ins(db)[0][8] == "Keep private"  # mapped to the shareable summary on purpose
    with pytest.raises(RevMentorError, match='there is no field "rating"'):
        plan_file(db, path, ["When=rating"])
    with pytest.raises(RevMentorError, match='the file has no column "Where"'):
        plan_file(db, path, ["Where=date"])


def test_blank_rows_are_skipped_and_an_empty_file_says_so(db, pairs, tmp_path):
    plan = plan_file(db, write_csv(tmp_path / "gaps.csv", [HEADER, GOOD[1], [""] * 12, GOOD[3]]))
    assert [row.line for row in plan.rows] == [2, 4]
    with pytest.raises(RevMentorError, match="has column names but no rows of check-ins"):
        ci.read_table(write_csv(tmp_path / "empty.csv", [HEADER]))


def test_the_preview_is_checked_again_when_applying(db, pairs, tmp_path):
    first, _ = pairs
    plan = plan_file(db, write_csv(tmp_path / "s.csv", GOOD[:2]))
    add_check_in(db, first, date(2026, 10, 5), CheckInKind.FIT_CHECK)  # meanwhile, in the app
    with pytest.raises(RevMentorError, match="changed since the preview"):
        ci.apply_import(db, plan, today=TODAY)
    assert count(db) == 1


def test_an_export_of_check_ins_imports_back_as_already_logged(db, small_org, pairs, tmp_path):
    from revmentor_desktop.core.services.exports import export_checkins

    ci.apply_import(db, plan_file(db, write_csv(tmp_path / "s.csv", GOOD)), today=TODAY)
    for name in ("export.csv", "export.xlsx"):
        export_checkins(db, tmp_path / name)
        plan = plan_file(db, tmp_path / name)
        assert (plan.created, plan.skipped, plan.rejected) == (0, 3, 0), name
        assert plan.ignored_columns == ["partnership", "reverse_mentor", "mentee"]


def test_a_finished_pairs_logged_check_ins_reimport_as_already_logged(db, small_org, tmp_path):
    from revmentor_desktop.core.db.models import Partnership

    pid, _ = add_partnership(db, small_org, "dana.fox@x.org", "zoe.adams@x.org")
    path = write_csv(tmp_path / "s.csv", GOOD[:2])
    ci.apply_import(db, plan_file(db, path), today=TODAY)
    with db.session() as session, session.begin():
        session.get(Partnership, pid).status = PartnershipStatus.ENDED_EARLY
    plan = plan_file(db, write_csv(tmp_path / "more.csv", [*GOOD[:2], GOOD[2]]))
    assert [row.action for row in plan.rows] == ["skip", "reject"]
    assert plan.rows[1].problems == [
        'their partnership in "Cohort 2026" has ended early: check-ins are logged for active '
        "or paused partnerships"
    ]
