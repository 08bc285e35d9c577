"""Self-assessments and closing words in privacy requests: exported to their author, erased."""

from datetime import date

import pytest
from factories import add_partnership
from sqlalchemy import select

from revmentor_desktop.core.db.models import (
    Closure,
    GoalDirection,
    PartnershipStatus,
    Role,
    SelfAssessment,
)
from revmentor_desktop.core.services.assessments import Rating, skills_to_rate
from revmentor_desktop.core.services.partnerships.closure import ClosingWords, save_closure
from revmentor_desktop.core.services.people.data_export import export_person
from revmentor_desktop.core.services.people.erasure import erase_person, erase_plan

pytestmark = pytest.mark.both_engines

DAY = date(2027, 6, 30)
MENTEE, MENTOR = GoalDirection.MENTEE_LEARNS, GoalDirection.MENTOR_LEARNS


@pytest.fixture
def closed(db, small_org):
    """Dana Fox (reverse mentor, Budgeting) and Zoë Adams (mentee, TikTok), completed, with both
    partners' final ratings and closing words."""
    pid, _ = add_partnership(
        db, small_org, "dana.fox@x.org", "zoe.adams@x.org", status=PartnershipStatus.COMPLETED
    )
    skills = {s.name: s.skill_id for one in skills_to_rate(db, pid) for s in one.skills}
    save_closure(
        db,
        pid,
        [
            ClosingWords(Role.MENTEE, "Zoë: short videos", 9, True),
            ClosingWords(Role.REVERSE_MENTOR, "Dana: how Zoë reads budgets", 7, False),
        ],
        [
            Rating(MENTEE, skills["TikTok"], 4, "Zoë's note"),
            Rating(MENTOR, skills["Budgeting"], 3, "Dana's note about Zoë"),
        ],
        today=DAY,
    )
    return pid


def test_a_persons_export_holds_their_own_ratings_and_closing_words(db, closed):
    data = export_person(db, "zoe.adams@x.org")
    partnership = data["partnerships"][0]
    assert partnership["self_assessments"] == [
        {"moment": "At the end", "skill": "TikTok", "level": 4, "confidence_note": "Zoë's note",
         "assessed_on": "2027-06-30"}
    ]  # fmt: skip
    assert [c["learnt"] for c in partnership["closing_conversation"]] == ["Zoë: short videos"]
    assert partnership["closing_conversation"][0]["recommend_score"] == 9
    assert "Dana's note" not in str(data)  # the partner's own words are theirs
    assert any("self-assessed skill level" in line for line in data["summary"])


def test_erasing_deletes_their_words_and_the_partners_wording_about_them(db, closed):
    plan = erase_plan(db, "zoe.adams@x.org")
    assert plan.own_words == 2  # her rating and her closing words
    assert any("self-assessments and closing answers" in line for line in plan.sentences())
    erase_person(db, "zoe.adams@x.org")
    with db.session() as session:
        ratings = session.execute(
            select(SelfAssessment.direction, SelfAssessment.level, SelfAssessment.confidence_note)
        ).all()
        closings = session.execute(
            select(Closure.role, Closure.learnt, Closure.recommend_score)
        ).all()
    assert ratings == [(MENTOR, 3, "")]
    assert closings == [(Role.REVERSE_MENTOR, "", 7)]
