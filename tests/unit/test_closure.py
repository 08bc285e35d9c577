"""Closing conversations: saving both partners' words and final ratings; thank-you certificates."""

from datetime import date

import pytest
from factories import add_partnership
from pypdf import PdfReader
from sqlalchemy import func, select

from revmentor_desktop.core.db.models import (
    AssessmentMoment,
    Closure,
    GoalDirection,
    PartnershipStatus,
    Role,
)
from revmentor_desktop.core.errors import RevMentorError, ValidationError
from revmentor_desktop.core.services.assessments import Rating, assessment_history
from revmentor_desktop.core.services.organisation import ORGANISATION_NAME, set_setting
from revmentor_desktop.core.services.partnerships import closure
from revmentor_desktop.core.services.partnerships.closure import ClosingWords

pytestmark = pytest.mark.both_engines

DAY = date(2027, 6, 30)
MENTEE, MENTOR = GoalDirection.MENTEE_LEARNS, GoalDirection.MENTOR_LEARNS


@pytest.fixture
def finished(db, small_org):
    """王伟 (reverse mentor, learns Budgeting) and Ольга Коваль (mentee, learns TikTok),
    completed."""
    pid, _ = add_partnership(
        db, small_org, "wang.wei@x.org", "olga.koval@x.org", status=PartnershipStatus.COMPLETED
    )
    return pid


def closures(db) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Closure))


def test_closing_words_and_the_final_ratings_are_saved_together(db, finished):
    record = closure.load_closure(db, finished)
    assert record.words[Role.MENTEE] == ClosingWords(Role.MENTEE)
    assert (record.mentor, record.mentee, record.status_phrase) == (
        "王伟",
        "Ольга Коваль",
        "is completed",
    )
    tiktok = record.learners[0].skills[0].skill_id
    closure.save_closure(
        db,
        finished,
        [
            ClosingWords(Role.MENTEE, " Short videos ", 9, True),
            ClosingWords(Role.REVERSE_MENTOR),  # said nothing: nothing kept
        ],
        [Rating(MENTEE, tiktok, 4, "much better")],
        today=DAY,
    )
    again = closure.load_closure(db, finished)
    assert again.words[Role.MENTEE] == ClosingWords(Role.MENTEE, "Short videos", 9, True)
    assert again.words[Role.REVERSE_MENTOR].is_empty
    assert again.final[(MENTEE, tiktok)].level == 4
    assert again.recorded_on == DAY
    assert closures(db) == 1
    assert [(r.moment, r.level) for r in assessment_history(db, finished)] == [
        (AssessmentMoment.FINAL, 4)
    ]
    # Emptied later, the answers go.
    closure.save_closure(db, finished, [ClosingWords(Role.MENTEE)], today=DAY)
    assert closures(db) == 0


def test_an_out_of_range_score_is_refused_and_nothing_saved(db, finished):
    with pytest.raises(ValidationError) as caught:
        closure.save_closure(db, finished, [ClosingWords(Role.MENTEE, "x", 11)], today=DAY)
    assert "must be from 0 to 10, not 11" in caught.value.errors["recommend_score:mentee"]
    assert closures(db) == 0


def test_a_live_partnership_has_no_closing_conversation_yet(db, small_org):
    pid, _ = add_partnership(db, small_org, "dana.fox@x.org", "zoe.adams@x.org")
    with pytest.raises(RevMentorError, match="completed or ended; this one is active"):
        closure.load_closure(db, pid)


def test_each_partner_gets_a_certificate_with_their_name_in_its_own_script(db, finished, tmp_path):
    with db.session() as session, session.begin():
        set_setting(session, ORGANISATION_NAME, "Acme Ltd")
    closure.save_closure(
        db, finished, [ClosingWords(Role.MENTEE, "How to film a short video", 10, True)], today=DAY
    )
    files = closure.save_certificates(db, finished, tmp_path)
    assert [path.name for path in files] == [
        "Thank you - Ольга Коваль.pdf",
        "Thank you - 王伟.pdf",
    ]
    mentee = "".join(page.extract_text() for page in PdfReader(files[0]).pages)
    mentor = "".join(page.extract_text() for page in PdfReader(files[1]).pages)
    for text in (mentee, mentor):
        assert "Thank you" in text and "Cohort 2026" in text and "Acme Ltd" in text
        assert "1 Oct 2026" in text
    assert "Ольга Коваль" in mentee and "Skills learnt: TikTok" in mentee
    assert "How to film a short video" in mentee and "together with 王伟" in mentee
    assert "王伟" in mentor and "Skills learnt: Budgeting" in mentor
    assert "as a reverse mentor, together with Ольга Коваль" in mentor


def test_certificates_need_a_folder(db, finished, tmp_path):
    with pytest.raises(RevMentorError, match="is not a folder"):
        closure.save_certificates(db, finished, tmp_path / "missing")
