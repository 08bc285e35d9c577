"""Closing conversations: what each partner learnt, their verdict, the final self-assessment."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.models import (
    AssessmentMoment,
    Closure,
    GoalStatus,
    Partnership,
    Role,
)
from revmentor_desktop.core.errors import RevMentorError, ValidationError
from revmentor_desktop.core.services.assessments import (
    LEARNER,
    Learner,
    Rating,
    learners_of,
    write_ratings,
)
from revmentor_desktop.core.text import isolate, safe_file_name
from revmentor_desktop.core.vocabulary import FINISHED, PARTNERSHIP_STATUS_PHRASES

GONE = "This partnership no longer exists."
LEARNT_MAX = 4000


@dataclass(frozen=True)
class ClosingWords:
    """One partner's answers; all empty means nothing was said (and nothing is kept)."""

    role: Role
    learnt: str = ""
    recommend_score: int | None = None  # 0..10
    would_take_part_again: bool | None = None

    @property
    def is_empty(self) -> bool:
        return (
            not self.learnt.strip()
            and self.recommend_score is None
            and self.would_take_part_again is None
        )


@dataclass(frozen=True)
class ClosureRecord:
    """A finished partnership's closing conversation as the dialog edits it."""

    partnership_id: int
    mentor: str
    mentee: str
    programme: str
    status_phrase: str  # "is completed", "has ended early"
    learners: list[Learner]
    words: dict[Role, ClosingWords]
    final: dict[tuple, Rating] = field(default_factory=dict)
    recorded_on: date | None = None


def can_close(status) -> bool:
    """Only a completed or ended partnership has a closing conversation."""
    return status in FINISHED


def _partnership(session: Session, partnership_id: int) -> Partnership:
    partnership = session.get(Partnership, partnership_id)
    if partnership is None:
        raise RevMentorError(GONE)
    if not can_close(partnership.status):
        raise RevMentorError(
            "The closing conversation is recorded when a partnership is completed or ended; "
            f"this one {PARTNERSHIP_STATUS_PHRASES[partnership.status]}."
        )
    return partnership


def load_closure(db: Database, partnership_id: int) -> ClosureRecord:
    """The closing conversation so far (empty answers when none was recorded yet)."""
    from revmentor_desktop.core.db.models import SelfAssessment

    with db.session() as session:
        partnership = _partnership(session, partnership_id)
        saved = {
            row.role: row
            for row in session.scalars(
                select(Closure).where(Closure.partnership_id == partnership_id)
            )
        }
        words = {
            role: ClosingWords(
                role, row.learnt, row.recommend_score, row.would_take_part_again
            ) if (row := saved.get(role)) else ClosingWords(role)
            for role in (Role.MENTEE, Role.REVERSE_MENTOR)
        }  # fmt: skip
        final = {
            (row.direction, row.skill_id): Rating(
                row.direction, row.skill_id, row.level, row.confidence_note
            )
            for row in session.scalars(
                select(SelfAssessment).where(
                    SelfAssessment.partnership_id == partnership_id,
                    SelfAssessment.moment == AssessmentMoment.FINAL,
                )
            )
        }
        return ClosureRecord(
            partnership_id=partnership_id,
            mentor=partnership.mentor.full_name,
            mentee=partnership.mentee.full_name,
            programme=partnership.programme.name,
            status_phrase=PARTNERSHIP_STATUS_PHRASES[partnership.status],
            learners=learners_of(partnership),
            words=words,
            final=final,
            recorded_on=max((row.recorded_on for row in saved.values()), default=None),
        )


def words_problems(words: ClosingWords, name: str) -> dict[str, str]:
    """What is wrong with one partner's answers, by field ("learnt:mentee", …)."""
    problems = {}
    role = words.role.value
    if words.recommend_score is not None and not 0 <= words.recommend_score <= 10:
        problems[f"recommend_score:{role}"] = (
            f"{isolate(name)}'s answer to “would you recommend the programme” must be from 0 "
            f"to 10, not {words.recommend_score}."
        )
    if len(words.learnt) > LEARNT_MAX:
        problems[f"learnt:{role}"] = (
            f"What {isolate(name)} learnt is {len(words.learnt):,} characters long; keep it "
            f"under {LEARNT_MAX:,}."
        )
    return problems


def save_closure(
    db: Database,
    partnership_id: int,
    words: Iterable[ClosingWords],
    final: Iterable[Rating] = (),
    *,
    today: date | None = None,
) -> None:
    """Save both partners' closing words and the final self-assessment in one transaction.

    ValidationError (by field) when an answer is out of range: nothing is written.
    """
    today = today or date.today()
    words = list(words)
    with db.session() as session, session.begin():
        partnership = _partnership(session, partnership_id)
        names = {Role.MENTEE: partnership.mentee.full_name,
                 Role.REVERSE_MENTOR: partnership.mentor.full_name}  # fmt: skip
        problems: dict[str, str] = {}
        for answer in words:
            problems.update(words_problems(answer, names[answer.role]))
        if problems:
            raise ValidationError(problems)
        write_ratings(session, partnership, AssessmentMoment.FINAL, final, assessed_on=today)
        saved = {
            row.role: row
            for row in session.scalars(
                select(Closure).where(Closure.partnership_id == partnership_id)
            )
        }
        for answer in words:
            row = saved.get(answer.role)
            if answer.is_empty:
                if row is not None:
                    session.delete(row)
                continue
            if row is None:
                row = Closure(partnership_id=partnership_id, role=answer.role)
                session.add(row)
            row.learnt = answer.learnt.strip()
            row.recommend_score = answer.recommend_score
            row.would_take_part_again = answer.would_take_part_again
            row.recorded_on = today


# --- thank-you certificates -----------------------------------------------------------------


def certificate_sheets(db: Database, partnership_id: int) -> list:
    """A CertificateSheet for each partner (mentee first), from what the records hold."""
    from revmentor_desktop.core.documents.certificate import CertificateSheet
    from revmentor_desktop.core.services.pdf_files import _letterhead

    with db.session() as session:
        partnership = _partnership(session, partnership_id)
        letterhead = _letterhead(session)
        learnt = {
            row.role: row.learnt
            for row in session.scalars(
                select(Closure).where(Closure.partnership_id == partnership_id)
            )
        }
        learners = {learner.role: learner for learner in learners_of(partnership)}
        partners = {Role.MENTEE: partnership.mentee, Role.REVERSE_MENTOR: partnership.mentor}
        others = {Role.MENTEE: partnership.mentor, Role.REVERSE_MENTOR: partnership.mentee}
        started = partnership.start_date or (
            partnership.activated_at.date() if partnership.activated_at else None
        )
        ended = partnership.ended_at.date() if partnership.ended_at else partnership.end_date
        sheets = []
        for role in (Role.MENTEE, Role.REVERSE_MENTOR):
            direction = next(d for d, r in LEARNER.items() if r == role)
            goals = [
                goal.title
                for goal in partnership.goals
                if goal.direction == direction and goal.status != GoalStatus.DROPPED
            ]
            sheets.append(
                CertificateSheet(
                    name=partners[role].full_name,
                    role=role,
                    partner=others[role].full_name,
                    programme=partnership.programme.name,
                    skills=[skill.name for skill in learners[role].skills],
                    goals=goals,
                    learnt=learnt.get(role, ""),
                    started=started,
                    ended=ended,
                    letterhead=letterhead,
                )
            )
        return sheets


def certificate_file_name(name: str) -> str:
    return safe_file_name(f"Thank you - {name}.pdf")


def save_certificates(
    db: Database,
    partnership_id: int,
    folder: str | Path,
    progress: Callable[[int, int], None] | None = None,
) -> list[Path]:
    """Write a thank-you certificate PDF for each partner into `folder`; returns the files."""
    from revmentor_desktop.core.documents.certificate import CertificateDocument
    from revmentor_desktop.core.files import atomic_write

    folder = Path(folder).expanduser()
    if not folder.is_dir():
        raise RevMentorError(f"{isolate(folder)} is not a folder; choose where to save them.")
    sheets = certificate_sheets(db, partnership_id)
    written = []
    for number, sheet in enumerate(sheets):
        if progress is not None:
            progress(number, len(sheets))
        path = folder / certificate_file_name(sheet.name)
        content = CertificateDocument(sheet).render()
        with atomic_write(path) as temp:
            temp.write_bytes(content)
        written.append(path)
    if progress is not None:
        progress(len(sheets), len(sheets))
    return written
