"""Self-assessments in a survey export of check-ins: skill columns, their problems, saving."""

from datetime import date

import pytest
from factories import add_partnership, write_csv

from revmentor_desktop.core.db.models import AssessmentMoment, GoalDirection
from revmentor_desktop.core.services.assessments import assessment_history
from revmentor_desktop.core.services.imports import checkins as ci

pytestmark = pytest.mark.both_engines

TODAY = date(2027, 3, 1)
MENTEE, MENTOR = GoalDirection.MENTEE_LEARNS, GoalDirection.MENTOR_LEARNS
HEADER = ["Reverse mentor email", "Mentee email", "Date", "Type", "Skill: TikTok (1-5)",
          "Skill: TikTok (note)", "Reverse mentor skill: Budgeting (1-5)", "Notes"]  # fmt: skip


@pytest.fixture
def pair(db, small_org):
    """Dana Fox (reverse mentor, learns Budgeting) and Zoë Adams (mentee, learns TikTok)."""
    pid, _ = add_partnership(db, small_org, "dana.fox@x.org", "zoe.adams@x.org")
    return pid


def plan(db, tmp_path, rows):
    table = ci.read_table(write_csv(tmp_path / "survey.csv", [HEADER, *rows]))
    return ci.plan_import(db, table, ci.guess_mapping(table.headers), today=TODAY)


def test_a_reviews_skill_columns_become_the_partners_self_assessment(db, pair, tmp_path):
    result = plan(db, tmp_path, [
        ["dana.fox@x.org", "zoe.adams@x.org", "2027-01-15", "Mid-point review", "3",
         "Getting there", "2", "private"],
        ["dana.fox@x.org", "zoe.adams@x.org", "2027-02-20", "Final review", "4/5", "", "", ""],
        ["dana.fox@x.org", "zoe.adams@x.org", "2027-02-01", "Check-in", "", "", "", ""],
    ])  # fmt: skip
    assert result.ok and [r.action for r in result.rows] == ["create"] * 3
    assert result.assessment_columns == HEADER[4:7]
    assert result.ignored_columns == []  # "Notes" are the private notes; skills are read
    ci.apply_import(db, result, today=TODAY)
    rows = assessment_history(db, pair)
    assert [(r.moment, r.direction, r.skill, r.level, r.confidence_note, r.assessed_on)
            for r in rows] == [
        (AssessmentMoment.MIDPOINT, MENTEE, "TikTok", 3, "Getting there", date(2027, 1, 15)),
        (AssessmentMoment.MIDPOINT, MENTOR, "Budgeting", 2, "", date(2027, 1, 15)),
        (AssessmentMoment.FINAL, MENTEE, "TikTok", 4, "", date(2027, 2, 20)),
    ]  # fmt: skip
    assert all(r.check_in_id is not None for r in rows)


def test_bad_self_assessments_reject_their_row(db, pair, tmp_path):
    result = plan(db, tmp_path, [
        ["dana.fox@x.org", "zoe.adams@x.org", "2027-01-15", "Mid-point review", "7", "", "",
         ""],
        ["dana.fox@x.org", "zoe.adams@x.org", "2027-01-20", "Check-in", "3", "", "", ""],
        ["dana.fox@x.org", "zoe.adams@x.org", "2027-02-20", "Final review", "", "Unsure", "",
         ""],
    ])  # fmt: skip
    assert [r.action for r in result.rows] == ["reject"] * 3
    first, second, third = (" ".join(r.problems) for r in result.rows)
    assert 'level "7" is not from 1 to 5' in first
    assert "entered with a mid-point or final review, not a check-in" in second
    assert "a confidence note without its level in tiktok" in third.lower()


def test_a_skill_the_pair_does_not_learn_is_a_problem(db, small_org, tmp_path):
    add_partnership(db, small_org, "dana.fox@x.org", "zoe.adams@x.org",
                    goals=((MENTEE, "Dashboards", "Power BI"),))  # fmt: skip
    result = plan(db, tmp_path, [
        ["dana.fox@x.org", "zoe.adams@x.org", "2027-01-15", "Mid-point review", "3", "", "", ""],
    ])  # fmt: skip
    assert "TikTok is not a skill of this partnership's goals" in result.rows[0].problems[0]
