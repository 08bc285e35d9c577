"""Did the programme work, both ways? Reaction, learning, behaviour and participation figures.

Pure reads for the evaluation report and the dashboard's Evaluation tab. Every figure carries
the number of answers behind it and how many people gave them; an anonymised evaluation hides
each figure that rests on fewer than `MIN_GROUP` people. Nothing here reads private notes,
confidence notes, what partners said they learnt, birth years or diversity perspectives.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import func, select

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.models import (
    AssessmentMoment,
    CheckIn,
    Closure,
    Enrolment,
    EnrolmentStatus,
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
from revmentor_desktop.core.text import count, fold

# An anonymised evaluation shows no figure that fewer people than this stand behind.
MIN_GROUP = 5
SUPPRESSED = f"fewer than {MIN_GROUP} answers"
# Net Promoter style: 9–10 recommend the programme, 0–6 would warn a colleague off.
PROMOTER, DETRACTOR = 9, 6
DIRECTION_NAMES = {
    GoalDirection.MENTEE_LEARNS: "Mentees learn",
    GoalDirection.MENTOR_LEARNS: "Reverse mentors learn",
}


@dataclass(frozen=True)
class Figure:
    """One figure with what stands behind it. `value` is None when nobody answered yet, or
    when it is `suppressed` (an anonymised evaluation, fewer than MIN_GROUP people)."""

    value: float | None
    answers: int = 0
    people: int = 0
    suppressed: bool = False

    def hidden(self) -> Figure:
        """The figure as an anonymised evaluation shows it."""
        if self.people >= MIN_GROUP or self.answers == 0:
            return self
        return replace(self, value=None, suppressed=True)


@dataclass(frozen=True)
class LevelChange:
    """Self-assessed levels (1–5) at the start and at the latest review (mid-point or final),
    and the average change of the partners who rated both."""

    start: Figure
    latest: Figure
    change: Figure


@dataclass(frozen=True)
class SkillLearning:
    skill: str
    levels: LevelChange


@dataclass(frozen=True)
class DirectionLearning:
    direction: GoalDirection
    levels: LevelChange
    skills: list[SkillLearning]  # by skill name; an anonymised one lists only large groups
    skills_left_out: int = 0  # skills an anonymised evaluation does not list


@dataclass(frozen=True)
class GoalsAchieved:
    direction: GoalDirection
    achieved: int
    total: int  # goals of started partnerships, dropped ones left out
    share: Figure  # % achieved
    progress: Figure  # average progress %


@dataclass(frozen=True)
class Evaluation:
    programme: str
    anonymised: bool
    # Reaction
    mentor_rating: Figure  # average meeting rating given by the reverse mentors (1–5)
    mentee_rating: Figure  # … by the mentees
    recommend: Figure  # average closing recommendation score (0–10)
    net_promoter: Figure  # % promoters − % detractors (−100 … 100)
    take_part_again: Figure  # % who would take part again
    # Learning and behaviour, one per direction
    learning: list[DirectionLearning]
    goals: list[GoalsAchieved]
    # Participation
    enrolled: int
    started: int
    completed: int
    ended_early: int
    no_fault_share: Figure  # % of early endings that were no-fault
    days_to_first_meeting: Figure  # median days from activation to the first held meeting


def _mean(values: list[float], people: set) -> Figure:
    value = round(sum(values) / len(values), 2) if values else None
    return Figure(value, len(values), len(people))


def _share(yes: int, answers: int, people: set) -> Figure:
    return Figure(round(100 * yes / answers, 1) if answers else None, answers, len(people))


def _levels(rows: list[tuple[int, int, int | None]]) -> LevelChange:
    """The three figures from (learner's person id, start level, latest level) rows; a level
    is None when that rating was not given."""
    starts = [(person, start) for person, start, _ in rows if start is not None]
    latest = [(person, last) for person, _, last in rows if last is not None]
    both = [(person, last - start) for person, start, last in rows
            if start is not None and last is not None]  # fmt: skip
    return LevelChange(
        start=_mean([level for _, level in starts], {p for p, _ in starts}),
        latest=_mean([level for _, level in latest], {p for p, _ in latest}),
        change=_mean([delta for _, delta in both], {p for p, _ in both}),
    )


def programme_evaluation(db: Database, programme_id: int, *, anonymise: bool = False) -> Evaluation:
    """The evaluation of one programme; RevMentorError when the programme is gone."""
    with db.engine.connect() as connection:
        name = connection.scalar(select(Programme.name).where(Programme.id == programme_id))
        if name is None:
            raise RevMentorError(f"There is no programme number {programme_id}; it may have "
                                 "been deleted.")  # fmt: skip
        in_programme = Partnership.programme_id == programme_id
        pairs = {
            row.id: row
            for row in connection.execute(
                select(Partnership.id, Partnership.mentor_id, Partnership.mentee_id,
                       Partnership.status, Partnership.activated_at,
                       Partnership.no_fault_ending).where(in_programme)
            )
        }  # fmt: skip
        check_ins = connection.execute(
            select(CheckIn.partnership_id, CheckIn.held_on, CheckIn.mentor_rating,
                   CheckIn.mentee_rating)
            .join(Partnership, Partnership.id == CheckIn.partnership_id)
            .where(in_programme, CheckIn.held.is_(True))
        ).all()  # fmt: skip
        closures = connection.execute(
            select(Closure.partnership_id, Closure.role, Closure.recommend_score,
                   Closure.would_take_part_again)
            .join(Partnership, Partnership.id == Closure.partnership_id)
            .where(in_programme)
        ).all()  # fmt: skip
        assessments = connection.execute(
            select(SelfAssessment.partnership_id, SelfAssessment.direction,
                   SelfAssessment.skill_id, SelfAssessment.moment, SelfAssessment.level,
                   Skill.name)
            .join(Partnership, Partnership.id == SelfAssessment.partnership_id)
            .join(Skill, Skill.id == SelfAssessment.skill_id)
            .where(in_programme)
        ).all()  # fmt: skip
        goals = connection.execute(
            select(Goal.partnership_id, Goal.direction, Goal.status, Goal.progress)
            .join(Partnership, Partnership.id == Goal.partnership_id)
            .where(in_programme)
        ).all()
        enrolled = connection.scalar(
            select(func.count(Enrolment.id))
            .join(Person, Person.id == Enrolment.person_id)
            .where(
                Enrolment.programme_id == programme_id,
                Enrolment.status == EnrolmentStatus.ACTIVE,
                Person.archived.is_(False),
            )
        )

    def learner(partnership_id: int, direction: GoalDirection) -> int:
        pair = pairs[partnership_id]
        return pair.mentee_id if direction == GoalDirection.MENTEE_LEARNS else pair.mentor_id

    # --- reaction ---------------------------------------------------------------------------
    def ratings(column: str, person: str) -> Figure:
        given = [(c.partnership_id, getattr(c, column)) for c in check_ins
                 if getattr(c, column) is not None]  # fmt: skip
        people = {getattr(pairs[pid], person) for pid, _ in given}
        return _mean([value for _, value in given], people)

    def closer(row) -> int:
        pair = pairs[row.partnership_id]
        return pair.mentor_id if row.role == Role.REVERSE_MENTOR else pair.mentee_id

    scored = [c for c in closures if c.recommend_score is not None]
    scorers = {closer(c) for c in scored}
    promoters = sum(c.recommend_score >= PROMOTER for c in scored)
    detractors = sum(c.recommend_score <= DETRACTOR for c in scored)
    net = round(100 * (promoters - detractors) / len(scored), 1) if scored else None
    again = [c for c in closures if c.would_take_part_again is not None]

    # --- learning: each partner's start and latest level per skill --------------------------
    moments: dict[tuple, dict[AssessmentMoment, int]] = defaultdict(dict)
    skill_names: dict[int, str] = {}
    for row in assessments:
        if row.partnership_id in pairs:
            moments[(row.direction, row.skill_id, row.partnership_id)][row.moment] = row.level
            skill_names[row.skill_id] = row.name
    learning = []
    for direction in GoalDirection:
        by_skill: dict[int, list[tuple[int, int | None, int | None]]] = defaultdict(list)
        for (d, skill_id, pid), levels in moments.items():
            if d != direction:
                continue
            last = levels.get(AssessmentMoment.FINAL, levels.get(AssessmentMoment.MIDPOINT))
            by_skill[skill_id].append((learner(pid, d), levels.get(AssessmentMoment.START), last))
        skills = sorted(
            (SkillLearning(skill_names[s], _levels(rows)) for s, rows in by_skill.items()),
            key=lambda s: fold(s.skill),
        )
        every = [row for rows in by_skill.values() for row in rows]
        learning.append(DirectionLearning(direction, _levels(every), skills))

    # --- behaviour: goals of the partnerships that started ----------------------------------
    started = {pid for pid, pair in pairs.items() if pair.status != PartnershipStatus.DRAFT}
    goal_figures = []
    for direction in GoalDirection:
        mine = [g for g in goals if g.partnership_id in started and g.direction == direction
                and g.status != GoalStatus.DROPPED]  # fmt: skip
        people = {learner(g.partnership_id, direction) for g in mine}
        achieved = sum(g.status == GoalStatus.ACHIEVED for g in mine)
        goal_figures.append(
            GoalsAchieved(direction, achieved, len(mine), _share(achieved, len(mine), people),
                          _mean([g.progress for g in mine], people))
        )  # fmt: skip

    # --- participation ----------------------------------------------------------------------
    def partners(ids) -> set[int]:
        return {person for pid in ids for person in (pairs[pid].mentor_id, pairs[pid].mentee_id)}

    ended = [pid for pid, pair in pairs.items() if pair.status == PartnershipStatus.ENDED_EARLY]
    no_fault = sum(pairs[pid].no_fault_ending for pid in ended)
    first_held: dict[int, date] = {}
    for c in check_ins:
        if c.partnership_id not in first_held or c.held_on < first_held[c.partnership_id]:
            first_held[c.partnership_id] = c.held_on
    waits = {
        pid: max((first_held[pid] - pairs[pid].activated_at.date()).days, 0)
        for pid in started
        if pid in first_held and pairs[pid].activated_at is not None
    }
    median = float(statistics.median(waits.values())) if waits else None
    statuses = [pair.status for pair in pairs.values()]

    evaluation = Evaluation(
        programme=name,
        anonymised=anonymise,
        mentor_rating=ratings("mentor_rating", "mentor_id"),
        mentee_rating=ratings("mentee_rating", "mentee_id"),
        recommend=_mean([c.recommend_score for c in scored], scorers),
        net_promoter=Figure(net, len(scored), len(scorers)),
        take_part_again=_share(
            sum(bool(c.would_take_part_again) for c in again),
            len(again),
            {closer(c) for c in again},
        ),  # fmt: skip
        learning=learning,
        goals=goal_figures,
        enrolled=enrolled or 0,
        started=len(started),
        completed=statuses.count(PartnershipStatus.COMPLETED),
        ended_early=len(ended),
        no_fault_share=_share(no_fault, len(ended), partners(ended)),
        days_to_first_meeting=Figure(median, len(waits), len(partners(waits))),
    )
    return anonymised(evaluation) if anonymise else evaluation


def anonymised(evaluation: Evaluation) -> Evaluation:
    """The evaluation with every figure on fewer than MIN_GROUP people hidden, and only the
    skills that enough partners rated listed."""

    def levels(change: LevelChange) -> LevelChange:
        return LevelChange(change.start.hidden(), change.latest.hidden(), change.change.hidden())

    learning = []
    for item in evaluation.learning:
        shown = [
            SkillLearning(s.skill, levels(s.levels))
            for s in item.skills
            if s.levels.start.people >= MIN_GROUP or s.levels.change.people >= MIN_GROUP
        ]
        learning.append(DirectionLearning(item.direction, levels(item.levels), shown,
                                          len(item.skills) - len(shown)))  # fmt: skip
    e = evaluation
    return replace(
        e,
        anonymised=True,
        mentor_rating=e.mentor_rating.hidden(),
        mentee_rating=e.mentee_rating.hidden(),
        recommend=e.recommend.hidden(),
        net_promoter=e.net_promoter.hidden(),
        take_part_again=e.take_part_again.hidden(),
        learning=learning,
        goals=[replace(g, share=g.share.hidden(), progress=g.progress.hidden()) for g in e.goals],
        no_fault_share=e.no_fault_share.hidden(),
        days_to_first_meeting=e.days_to_first_meeting.hidden(),
    )


# --- how the figures read (the PDF and the dashboard) -----------------------------------------

NO_ANSWERS = "no answers yet"


def suppressed_note(minimum: int = MIN_GROUP) -> str:
    return (
        "Anonymised: no names, and no figure that fewer than "
        f"{minimum} people stand behind (shown as “fewer than {minimum} answers”)."
    )


def rating(value: float) -> str:
    return f"{value:.1f}"


def percent(value: float) -> str:
    return f"{value:.0f} %"


def signed(value: float, digits: int = 1) -> str:
    """ "+1.5", "−0.5" with a true minus sign, and "0" with no sign at all."""
    text = f"{value:+.{digits}f}"
    if float(text) == 0:
        return text[1:]
    return text.replace("-", "−")


def days(value: float) -> str:
    return f"{value:.0f}"


def figure_text(figure: Figure, show: Callable[[float], str]) -> str:
    """The value as the report writes it; a dash when there is none."""
    if figure.value is None:
        return "—"
    return show(figure.value)


def basis(figure: Figure, minimum: int = MIN_GROUP, noun: str = "answer") -> str:
    """What stands behind a figure: "12 answers from 6 people", or why it is not shown."""
    if figure.suppressed:
        return f"fewer than {minimum} answers"
    if not figure.answers:
        return NO_ANSWERS
    if noun != "answer" or figure.people == figure.answers:
        return count(figure.answers, noun)
    return f"{count(figure.answers, 'answer')} from {count(figure.people, 'person', 'people')}"


def learners(levels: LevelChange, minimum: int = MIN_GROUP) -> str:
    """Who stands behind a row of levels: "7 partners at the start, 2 rated again"."""
    start, change = levels.start, levels.change
    parts = []
    if start.suppressed:
        parts.append(f"at the start: fewer than {minimum} answers")
    elif start.answers:
        parts.append(f"{count(start.people, 'partner')} at the start")
    if change.suppressed:
        parts.append(f"rated again: fewer than {minimum}")
    elif change.answers:
        parts.append(f"{change.people:,} rated again")
    return ", ".join(parts) or NO_ANSWERS
