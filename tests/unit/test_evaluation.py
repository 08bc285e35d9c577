"""The programme evaluation: exact figures on a hand-made programme, suppression, the PDF."""

from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader

from revmentor_desktop.core.db.models import (
    AssessmentMoment,
    CheckIn,
    Closure,
    Enrolment,
    Goal,
    GoalDirection,
    GoalStatus,
    Partnership,
    PartnershipStatus,
    Person,
    Programme,
    Role,
    SelfAssessment,
    Skill,
)
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.services.evaluation import programme_evaluation
from revmentor_desktop.core.services.pdf_files import evaluation_pdf, save_evaluation

MENTEE, MENTOR = GoalDirection.MENTEE_LEARNS, GoalDirection.MENTOR_LEARNS
START, MIDPOINT, FINAL = AssessmentMoment
pytestmark = pytest.mark.both_engines

ACTIVATED = date(2027, 1, 1)
PRIVATE = "PRIVATE-NOTE-7731"
CONFIDENCE = "CONFIDENCE-NOTE-5512"
LEARNT = "LEARNT-TEXT-9043"
BIRTH_YEAR = 1961
DIVERSITY = "DIVERSITY-FIELD-2284"


@pytest.fixture
def programme(db) -> int:
    """Six started pairs and a draft in "Eval 2027", with an unpaired mentee; the expected
    figures are worked out in the tests."""
    with db.session() as session, session.begin():
        programme = Programme(name="Eval 2027", start_date=date(2027, 1, 1))
        tiktok, excel, budget = Skill(name="TikTok"), Skill(name="Excel"), Skill(name="Budgeting")
        session.add_all([programme, tiktok, excel, budget])
        people = {}
        for key in [f"m{n}" for n in range(1, 8)] + [f"e{n}" for n in range(1, 8)] + ["u1"]:
            people[key] = Person(
                given_name=f"Given{key}", family_name=f"Family{key}", email=f"{key}@x.org",
                department=f"Dept-{key}", birth_year=BIRTH_YEAR, diversity_perspectives=DIVERSITY,
            )  # fmt: skip
            role = Role.REVERSE_MENTOR if key.startswith("m") else Role.MENTEE
            session.add(Enrolment(programme=programme, person=people[key], role=role))
        statuses = {1: PartnershipStatus.COMPLETED, 2: PartnershipStatus.COMPLETED,
                    3: PartnershipStatus.COMPLETED, 4: PartnershipStatus.ACTIVE,
                    5: PartnershipStatus.ENDED_EARLY, 6: PartnershipStatus.ENDED_EARLY,
                    7: PartnershipStatus.DRAFT}  # fmt: skip
        pairs = {}
        for n, status in statuses.items():
            pairs[n] = Partnership(
                programme=programme, mentor=people[f"m{n}"], mentee=people[f"e{n}"],
                status=status, start_date=ACTIVATED, no_fault_ending=n == 5,
                activated_at=None if n == 7 else datetime(2027, 1, 1, 9, tzinfo=UTC),
            )  # fmt: skip
        session.add_all(pairs.values())

        def meet(n, day, mentor=None, mentee=None, held=True):
            pairs[n].check_ins.append(
                CheckIn(held_on=date(2027, 1, day), held=held, mentor_rating=mentor,
                        mentee_rating=mentee, private_notes=PRIVATE, summary="Met")
            )  # fmt: skip

        meet(1, 11, 4, 5), meet(1, 25, 5, 5), meet(2, 5, 3, 4), meet(3, 21, 5, None)
        meet(4, 15, 4, 4), meet(5, 8, 2, 3), meet(6, 3, 1, 1, held=False)

        def goal(n, direction, skill, status, progress):
            pairs[n].goals.append(Goal(direction=direction, title=f"Goal {n}", skill=skill,
                                       status=status, progress=progress))  # fmt: skip

        achieved, open_, dropped = GoalStatus.ACHIEVED, GoalStatus.OPEN, GoalStatus.DROPPED
        goal(1, MENTEE, tiktok, achieved, 100), goal(1, MENTEE, excel, achieved, 100)
        goal(1, MENTOR, budget, open_, 60), goal(2, MENTEE, tiktok, open_, 50)
        goal(2, MENTOR, budget, achieved, 100), goal(3, MENTEE, tiktok, achieved, 100)
        goal(4, MENTEE, tiktok, open_, 30), goal(5, MENTEE, tiktok, dropped, 10)
        goal(6, MENTOR, budget, open_, 0), goal(7, MENTEE, tiktok, open_, 0)
        session.flush()

        def rate(n, direction, skill, **levels):
            for moment, level in levels.items():
                session.add(SelfAssessment(
                    partnership_id=pairs[n].id, direction=direction, skill_id=skill.id,
                    moment=AssessmentMoment(moment), level=level, assessed_on=ACTIVATED,
                    confidence_note=CONFIDENCE,
                ))  # fmt: skip

        rate(1, MENTEE, tiktok, start=1, midpoint=2, final=4)
        rate(2, MENTEE, tiktok, start=2, midpoint=3)
        rate(3, MENTEE, tiktok, start=2, final=3)
        rate(4, MENTEE, tiktok, start=3)
        rate(5, MENTEE, tiktok, start=2)
        rate(1, MENTEE, excel, start=3, final=5)
        rate(1, MENTOR, budget, start=2, final=3)
        rate(2, MENTOR, budget, start=1, final=1)

        def close(n, role, score, again):
            session.add(Closure(partnership_id=pairs[n].id, role=role, recommend_score=score,
                                would_take_part_again=again, learnt=LEARNT,
                                recorded_on=date(2027, 6, 1)))  # fmt: skip

        mentor, mentee = Role.REVERSE_MENTOR, Role.MENTEE
        close(1, mentor, 10, True), close(1, mentee, 9, True), close(2, mentor, 8, True)
        close(2, mentee, 6, False), close(3, mentor, 10, True), close(3, mentee, None, None)
        close(5, mentor, 3, False)
        return programme.id


def test_reaction_figures(db, programme):
    e = programme_evaluation(db, programme)
    # Held check-ins only: the cancelled meeting's ratings do not count.
    assert (e.mentor_rating.value, e.mentor_rating.answers, e.mentor_rating.people) == (3.83, 6, 5)
    assert (e.mentee_rating.value, e.mentee_rating.answers, e.mentee_rating.people) == (4.2, 5, 4)
    # Scores 10, 9, 8, 6, 10, 3: three promoters, two detractors of six.
    assert (e.recommend.value, e.recommend.answers, e.recommend.people) == (7.67, 6, 6)
    assert e.net_promoter.value == 16.7 and e.net_promoter.answers == 6
    assert (e.take_part_again.value, e.take_part_again.answers) == (66.7, 6)


def test_learning_both_ways_from_start_to_the_latest_review(db, programme):
    mentees, mentors = programme_evaluation(db, programme).learning
    assert mentees.direction == MENTEE and mentors.direction == MENTOR
    levels = mentees.levels
    assert (levels.start.value, levels.start.answers, levels.start.people) == (2.17, 6, 5)
    # The final rating wins over the mid-point one: 4, 3, 3 and 5.
    assert (levels.latest.value, levels.latest.answers, levels.latest.people) == (3.75, 4, 3)
    assert (levels.change.value, levels.change.answers, levels.change.people) == (1.75, 4, 3)
    assert [s.skill for s in mentees.skills] == ["Excel", "TikTok"]
    tiktok = mentees.skills[1].levels
    assert (tiktok.start.value, tiktok.latest.value, tiktok.change.value) == (2.0, 3.33, 1.67)
    assert (tiktok.start.people, tiktok.change.people) == (5, 3)
    assert (mentors.levels.start.value, mentors.levels.latest.value) == (1.5, 2.0)
    assert mentors.levels.change.value == 0.5 and mentors.levels.change.people == 2


def test_goals_and_participation(db, programme):
    e = programme_evaluation(db, programme)
    mentees, mentors = e.goals
    # Dropped goals and a draft's goals are left out.
    assert (mentees.achieved, mentees.total, mentees.share.value) == (3, 5, 60.0)
    assert (mentees.progress.value, mentees.progress.people) == (76.0, 4)
    assert (mentors.achieved, mentors.total, mentors.share.value) == (1, 3, 33.3)
    assert mentors.progress.value == 53.33
    assert (e.enrolled, e.started, e.completed, e.ended_early) == (15, 6, 3, 2)
    assert (e.no_fault_share.value, e.no_fault_share.answers, e.no_fault_share.people) == (
        50.0, 2, 4,
    )  # fmt: skip
    # First held meetings 10, 4, 20, 14 and 7 days after activation; pair 6 never met.
    days = e.days_to_first_meeting
    assert (days.value, days.answers, days.people) == (10.0, 5, 10)


def test_anonymised_hides_every_figure_on_fewer_than_five_people(db, programme):
    e = programme_evaluation(db, programme, anonymise=True)
    assert e.anonymised
    assert e.mentor_rating.value == 3.83 and not e.mentor_rating.suppressed  # five mentors
    assert e.mentee_rating.value is None and e.mentee_rating.suppressed  # four mentees
    assert e.mentee_rating.answers == 5  # the count stays, so the report can say why
    assert e.recommend.value == 7.67 and e.net_promoter.value == 16.7
    mentees, mentors = e.learning
    assert mentees.levels.start.value == 2.17
    assert mentees.levels.latest.suppressed and mentees.levels.change.suppressed
    assert [s.skill for s in mentees.skills] == ["TikTok"] and mentees.skills_left_out == 1
    assert mentees.skills[0].levels.change.value is None
    assert mentors.skills == [] and mentors.skills_left_out == 1
    assert all(f.suppressed for f in (mentors.levels.start, mentors.levels.change))
    assert all(g.share.suppressed and g.progress.suppressed for g in e.goals)
    assert e.no_fault_share.suppressed
    assert e.days_to_first_meeting.value == 10.0
    assert (e.enrolled, e.started, e.completed, e.ended_early) == (15, 6, 3, 2)


def test_an_empty_programme_and_a_missing_one(db, programme):
    with db.session() as session, session.begin():
        empty = Programme(name="Empty")
        session.add(empty)
        session.flush()
        empty_id = empty.id
    e = programme_evaluation(db, empty_id, anonymise=True)
    assert e.recommend.value is None and not e.recommend.suppressed
    assert e.started == 0 and e.days_to_first_meeting.answers == 0
    assert "No self-assessments recorded yet." in text(evaluation_pdf(db, empty_id))
    with pytest.raises(RevMentorError, match="no programme number 999"):
        programme_evaluation(db, 999)


def text(pdf: bytes) -> str:
    from io import BytesIO

    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


def test_the_pdf_shows_the_figures_with_what_stands_behind_them(db, programme, tmp_path):
    path = save_evaluation(db, programme, tmp_path / "evaluation.pdf", today=date(2027, 6, 2))
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    shown = " ".join(text(path.read_bytes()).split())  # tiles wrap their captions
    for expected in ("Programme evaluation", "Eval 2027 · as of 2 Jun 2027", "3.8", "4.2",
                     "6 answers from 5 people", "7.7", "+17", "67 %", "Mentees learn",
                     "Reverse mentors learn", "TikTok", "Excel", "Budgeting", "+1.8",
                     "5 partners at the start, 3 rated again", "3 of 5 (60 %)", "76 %",
                     "1 of 3 (33 %)", "50 %", "10 Median days", "15", "Page 1 of 1"):  # fmt: skip
        assert expected in shown, expected
    assert "fewer than 5" not in shown


@pytest.mark.parametrize("anonymise", [False, True], ids=["named", "anonymised"])
def test_the_pdf_never_shows_private_notes_or_sensitive_fields(db, programme, anonymise):
    shown = text(evaluation_pdf(db, programme, anonymise=anonymise))
    for secret in (PRIVATE, CONFIDENCE, LEARNT, DIVERSITY, str(BIRTH_YEAR), "Givenm1",
                   "Familye2", "Dept-m1"):  # fmt: skip
        assert secret not in shown, secret
    if anonymise:
        assert "fewer than 5 answers" in shown
        assert "Anonymised" in shown
        assert "4.2" not in shown and "Excel" not in shown  # four mentees; one partner


def test_cancel_writes_nothing(db, programme, tmp_path):
    from revmentor_desktop.core.services.pdf_files import Cancelled

    target = tmp_path / "evaluation.pdf"
    with pytest.raises(Cancelled):
        save_evaluation(db, programme, target, should_stop=lambda: True)
    assert not target.exists()


def test_the_demo_evaluates_learning_both_ways(db):
    from revmentor_desktop.core.demo.organisation import create_demo

    create_demo(db, 120, today=date(2026, 11, 20))
    e = programme_evaluation(db, 1)
    mentees, mentors = e.learning
    for direction in (mentees, mentors):
        assert direction.levels.start.people >= 5  # every started pair rated at signing
        assert direction.levels.change.answers >= 3  # two completed pairs and one at mid-point
        assert direction.skills
    assert e.recommend.answers == 6 and e.take_part_again.answers == 6  # three closed pairs
    assert e.mentor_rating.value is not None and e.days_to_first_meeting.value is not None
    assert (e.completed, e.ended_early) == (2, 1)
    assert e.no_fault_share.value == 100.0


def test_how_the_figures_read():
    from revmentor_desktop.core.services.evaluation import Figure, basis, signed

    assert [signed(1.5), signed(-0.5), signed(0.0), signed(-0.01)] == ["+1.5", "−0.5", "0.0", "0.0"]
    assert signed(16.7, 0) == "+17" and signed(0, 0) == "0"
    assert basis(Figure(4.0, 12, 5)) == "12 answers from 5 people"
    assert basis(Figure(4.0, 1, 1)) == "1 answer"
    assert basis(Figure(None, 3, 2, suppressed=True)) == "fewer than 5 answers"
    assert basis(Figure(None)) == "no answers yet"
