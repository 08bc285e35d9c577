"""Self-assessments: each partner rates their own level (1–5) in the skills they learn."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.models import (
    AssessmentMoment,
    CheckIn,
    CheckInKind,
    GoalDirection,
    Partnership,
    PartnershipStatus,
    Role,
    SelfAssessment,
    Skill,
)
from revmentor_desktop.core.errors import RevMentorError, ValidationError
from revmentor_desktop.core.text import isolate
from revmentor_desktop.core.vocabulary import ASSESSMENT_MOMENT_LABELS

GONE = "This partnership no longer exists."
NOTE_MAX = 1000
LEVELS = range(1, 6)
# Who rates in each direction: the one who learns.
LEARNER = {
    GoalDirection.MENTEE_LEARNS: Role.MENTEE,
    GoalDirection.MENTOR_LEARNS: Role.REVERSE_MENTOR,
}
# The review check-ins that come with a self-assessment, and the moment each records.
REVIEW_MOMENTS = {
    CheckInKind.MIDPOINT_REVIEW: AssessmentMoment.MIDPOINT,
    CheckInKind.FINAL_REVIEW: AssessmentMoment.FINAL,
}


@dataclass(frozen=True)
class SkillToRate:
    skill_id: int
    name: str


@dataclass(frozen=True)
class Learner:
    """One partner as a learner: who, in which direction, and the skills they rate."""

    direction: GoalDirection
    role: Role
    name: str
    skills: tuple[SkillToRate, ...]


@dataclass(frozen=True)
class Rating:
    """A partner's rating of one skill; level None means "not rated" (any earlier one goes)."""

    direction: GoalDirection
    skill_id: int
    level: int | None
    confidence_note: str = ""


@dataclass(frozen=True)
class AssessmentRow:
    """A saved rating, for reading back (lists, exports, reports)."""

    moment: AssessmentMoment
    direction: GoalDirection
    skill: str
    level: int
    confidence_note: str
    assessed_on: date
    check_in_id: int | None

    @property
    def moment_label(self) -> str:
        return ASSESSMENT_MOMENT_LABELS[self.moment]


def moment_for(kind: CheckInKind) -> AssessmentMoment | None:
    """The moment a check-in of this kind records (None: a check-in without a self-assessment)."""
    return REVIEW_MOMENTS.get(kind)


def _partnership(session: Session, partnership_id: int) -> Partnership:
    partnership = session.get(Partnership, partnership_id)
    if partnership is None:
        raise RevMentorError(GONE)
    return partnership


def learners_of(partnership: Partnership) -> list[Learner]:
    """The mentee, then the reverse mentor, each with the skills linked to the goals of what they
    learn (goals without a skill are not rated; a skill in two goals is rated once)."""
    result = []
    for direction, person in (
        (GoalDirection.MENTEE_LEARNS, partnership.mentee),
        (GoalDirection.MENTOR_LEARNS, partnership.mentor),
    ):
        skills: dict[int, SkillToRate] = {}
        for goal in partnership.goals:
            if goal.direction == direction and goal.skill is not None:
                skills.setdefault(goal.skill.id, SkillToRate(goal.skill.id, goal.skill.name))
        ordered = tuple(sorted(skills.values(), key=lambda skill: skill.name.casefold()))
        result.append(Learner(direction, LEARNER[direction], person.full_name, ordered))
    return result


def skills_to_rate(db: Database, partnership_id: int) -> list[Learner]:
    """Both partners as learners, with the skills each rates (RevMentorError when it is gone)."""
    with db.session() as session:
        return learners_of(_partnership(session, partnership_id))


def rating_problems(learners: Iterable[Learner], rating: Rating) -> str | None:
    """What is wrong with one rating for these learners, as a sentence; None when it is fine."""
    learner = next((one for one in learners if one.direction == rating.direction), None)
    skill = learner and next((s for s in learner.skills if s.skill_id == rating.skill_id), None)
    if learner is None or skill is None:
        who = "the mentee" if rating.direction == GoalDirection.MENTEE_LEARNS else (
            "the reverse mentor")  # fmt: skip
        return (
            f"A self-assessment is only for a skill of {who}'s goals in this partnership: "
            "link the skill to one of those goals in the agreement first."
        )
    if rating.level is not None and rating.level not in LEVELS:
        return (
            f"{isolate(learner.name)}'s level in {isolate(skill.name)} must be from 1 to 5, "
            f"not {rating.level}."
        )
    if rating.level is None and rating.confidence_note.strip():
        return (
            f"Choose {isolate(learner.name)}'s level in {isolate(skill.name)} for the note, or "
            "clear the note."
        )
    if len(rating.confidence_note) > NOTE_MAX:
        return (
            f"{isolate(learner.name)}'s note on {isolate(skill.name)} is too long: keep it "
            f"under {NOTE_MAX} characters."
        )
    return None


def _check_status(partnership: Partnership) -> None:
    if partnership.status == PartnershipStatus.DRAFT:
        raise RevMentorError(
            "Self-assessments start when the agreement is signed: finish setting up the "
            "partnership first."
        )


def write_ratings(
    session: Session,
    partnership: Partnership,
    moment: AssessmentMoment,
    ratings: Iterable[Rating],
    *,
    assessed_on: date,
    check_in_id: int | None = None,
) -> int:
    """Validate and write ratings in the caller's transaction; returns how many are kept.

    A rating replaces the partner's earlier one of that skill at that moment; "not rated" removes
    it. ValidationError ({"direction:skill_id": sentence}) when any is wrong: nothing is written.
    """
    _check_status(partnership)
    ratings = list(ratings)
    learners = learners_of(partnership)
    problems = {
        f"{r.direction.value}:{r.skill_id}": problem
        for r in ratings
        if (problem := rating_problems(learners, r)) is not None
    }
    if problems:
        raise ValidationError(problems)
    if check_in_id is not None:
        check_in = session.get(CheckIn, check_in_id)
        if check_in is None or check_in.partnership_id != partnership.id:
            raise RevMentorError("This check-in is not one of this partnership's.")
        # A review whose kind changed leaves no ratings behind under its former moment.
        session.execute(
            delete(SelfAssessment).where(
                SelfAssessment.check_in_id == check_in_id, SelfAssessment.moment != moment
            )
        )
    existing = {
        (row.direction, row.skill_id): row
        for row in session.scalars(
            select(SelfAssessment).where(
                SelfAssessment.partnership_id == partnership.id, SelfAssessment.moment == moment
            )
        )
    }
    kept = 0
    for rating in ratings:
        row = existing.get((rating.direction, rating.skill_id))
        if rating.level is None:
            if row is not None:
                session.delete(row)
            continue
        if row is None:
            row = SelfAssessment(
                partnership_id=partnership.id,
                direction=rating.direction,
                skill_id=rating.skill_id,
                moment=moment,
            )
            session.add(row)
        row.level = rating.level
        row.confidence_note = rating.confidence_note.strip()
        row.assessed_on = assessed_on
        row.check_in_id = check_in_id
        kept += 1
    session.flush()
    return kept


def save_ratings(
    db: Database,
    partnership_id: int,
    moment: AssessmentMoment,
    ratings: Iterable[Rating],
    *,
    assessed_on: date | None = None,
    check_in_id: int | None = None,
) -> int:
    """Validate and save ratings at `moment` in one transaction (see `write_ratings`)."""
    with db.session() as session, session.begin():
        return write_ratings(
            session,
            _partnership(session, partnership_id),
            moment,
            ratings,
            assessed_on=assessed_on or date.today(),
            check_in_id=check_in_id,
        )


def check_ratings(db: Database, partnership_id: int, ratings: Iterable[Rating]) -> None:
    """ValidationError when a rating could not be saved, before anything else is written."""
    learners = skills_to_rate(db, partnership_id)
    problems = {
        f"{r.direction.value}:{r.skill_id}": problem
        for r in ratings
        if (problem := rating_problems(learners, r)) is not None
    }
    if problems:
        raise ValidationError(problems)


def forget_check_in_ratings(db: Database, check_in_id: int) -> None:
    """Remove the ratings entered with a check-in that is no longer a review."""
    with db.session() as session, session.begin():
        session.execute(delete(SelfAssessment).where(SelfAssessment.check_in_id == check_in_id))


def ratings_at(
    db: Database, partnership_id: int, moment: AssessmentMoment
) -> dict[tuple[GoalDirection, int], Rating]:
    """The saved ratings at one moment, by (direction, skill id)."""
    return {
        (row.direction, row.skill_id): Rating(row.direction, row.skill_id, row.level, row.note)
        for row in _rows(db, partnership_id, moment)
    }


@dataclass(frozen=True)
class _Row:
    direction: GoalDirection
    skill_id: int
    level: int
    note: str


def _rows(db: Database, partnership_id: int, moment: AssessmentMoment) -> list[_Row]:
    with db.engine.connect() as connection:
        rows = connection.execute(
            select(
                SelfAssessment.direction,
                SelfAssessment.skill_id,
                SelfAssessment.level,
                SelfAssessment.confidence_note,
            ).where(
                SelfAssessment.partnership_id == partnership_id, SelfAssessment.moment == moment
            )
        ).all()
    return [_Row(*row) for row in rows]


def assessment_history(db: Database, partnership_id: int) -> list[AssessmentRow]:
    """Every rating of the partnership, by moment (start first), direction and skill."""
    order = {moment: number for number, moment in enumerate(AssessmentMoment)}
    with db.engine.connect() as connection:
        rows = connection.execute(
            select(
                SelfAssessment.moment,
                SelfAssessment.direction,
                Skill.name,
                SelfAssessment.level,
                SelfAssessment.confidence_note,
                SelfAssessment.assessed_on,
                SelfAssessment.check_in_id,
            )
            .join(Skill, Skill.id == SelfAssessment.skill_id)
            .where(SelfAssessment.partnership_id == partnership_id)
        ).all()
    result = [AssessmentRow(*row) for row in rows]
    result.sort(key=lambda r: (order[r.moment], r.direction.value, r.skill.casefold()))
    return result
