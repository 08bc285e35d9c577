"""The programme evaluation for leadership: reaction, learning both ways, goals, participation."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.platypus import Flowable, Table

from revmentor_desktop.core.documents.base import (
    CELL_PADDING,
    SHADE,
    Document,
    date_text,
    table_style,
)
from revmentor_desktop.core.documents.data import Letterhead, Vocabulary
from revmentor_desktop.core.documents.fonts import SANS_BOLD

# How the figures read, shared with the dashboard's Evaluation tab (plain text, no database).
from revmentor_desktop.core.services.evaluation import (
    basis,
    days,
    figure_text,
    learners,
    percent,
    rating,
    signed,
    suppressed_note,
)
from revmentor_desktop.core.text import count, isolate

if TYPE_CHECKING:  # the evaluation service's plain values, for type hints only
    from revmentor_desktop.core.services.evaluation import Evaluation, LevelChange, SkillLearning

# The skills listed under each direction: one page has room for this many. The dashboard's
# Evaluation tab lists them all.
SKILLS_PER_DIRECTION = 6
SKILL_INDENT = 10  # points: a direction's skills sit under it

PRIVACY_NOTE = (
    "Figures only: never private notes, what partners wrote about their learning, confidence "
    "notes, birth years or diversity information."
)


class EvaluationReport(Document):
    """One page for leadership: did the programme work, in both directions?"""

    title = "Programme evaluation"

    def __init__(
        self,
        evaluation: Evaluation,
        letterhead: Letterhead,
        vocabulary: Vocabulary,
        today: date,
        *,
        minimum: int,
    ) -> None:
        super().__init__(letterhead)
        self.evaluation = evaluation
        self.words = vocabulary
        self.today = today
        self.minimum = minimum

    def footer_text(self) -> str:
        return f"{isolate(self.evaluation.programme)} · {date_text(self.today)}"

    def story(self) -> list[Flowable]:
        e = self.evaluation
        notes = [self.p(suppressed_note(self.minimum), "Note")] if e.anonymised else []
        return [
            self.p(self.title, "Title"),
            self.p(f"{isolate(e.programme)} · as of {date_text(self.today)}", "Subtitle"),
            *notes,
            self.p(PRIVACY_NOTE, "Note"),
            self.p("Reaction: how the partners rated it", "Heading1"),
            self._tiles(self._reaction()),
            self.p(
                "Learning: self-assessed level in the skills each partner learns (1–5)", "Heading1"
            ),  # fmt: skip
            *self._learning(),
            self.p("Behaviour: goals achieved", "Heading1"),
            self._goals(),
            self.p("Participation", "Heading1"),
            self._tiles(self._participation()),
            self.p(
                "Ratings: each partner rates every meeting from 1 (poor) to 5 (excellent). "
                "Levels: each partner rates their own level when the agreement is signed and "
                "again at the mid-point and final reviews; the latest review is the last of "
                "these. Recommendation: asked at the closing conversation, 0–10; the net score "
                "is the % who gave 9 or 10 minus the % who gave 0 to 6.",
                "Small",
            ),
        ]

    # --- tiles ------------------------------------------------------------------------------

    def _reaction(self) -> list[tuple[str, str, str]]:
        e, m = self.evaluation, self.minimum
        return [
            (figure_text(e.mentor_rating, rating), "Meeting rating by reverse mentors",
             basis(e.mentor_rating, m)),
            (figure_text(e.mentee_rating, rating), "Meeting rating by mentees",
             basis(e.mentee_rating, m)),
            (figure_text(e.recommend, rating), "Would recommend (0–10)",
             basis(e.recommend, m)),
            (figure_text(e.net_promoter, lambda v: signed(v, 0)), "Net recommendation score",
             basis(e.net_promoter, m)),
            (figure_text(e.take_part_again, percent), "Would take part again",
             basis(e.take_part_again, m)),
        ]  # fmt: skip

    def _participation(self) -> list[tuple[str, str, str]]:
        e, m = self.evaluation, self.minimum
        return [
            (f"{e.enrolled:,}", "People enrolled", ""),
            (f"{e.started:,}", "Partnerships started", ""),
            (f"{e.completed:,}", "Completed", ""),
            (f"{e.ended_early:,}", "Ended early", ""),
            (figure_text(e.no_fault_share, percent), "Early endings without fault",
             basis(e.no_fault_share, m, "partnership") if e.ended_early or e.anonymised
             else "none ended early"),
            (figure_text(e.days_to_first_meeting, days), "Median days to the first meeting",
             basis(e.days_to_first_meeting, m, "partnership")),
        ]  # fmt: skip

    def _tiles(self, tiles: list[tuple[str, str, str]]) -> Table:
        cells = [
            [self.p(value, "Figure"), self.p(label, "FigureLabel"),
             *([self.p(behind, "FigureLabel")] if behind else [])]
            for value, label, behind in tiles
        ]  # fmt: skip
        width = self.frame_width / len(cells)
        grid = Table([cells], colWidths=[width] * len(cells))
        grid.setStyle(
            table_style(
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("GRID", (0, 0), (-1, -1), 2, colors.white),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            )
        )
        return grid

    # --- tables -----------------------------------------------------------------------------

    def _level_row(self, name: object, levels: LevelChange) -> list[object]:
        return [
            name,
            figure_text(levels.start, rating),
            figure_text(levels.latest, rating),
            figure_text(levels.change, signed),
            learners(levels, self.minimum),
        ]

    def _learning(self) -> list[Flowable]:
        e = self.evaluation
        if not any(item.levels.start.answers or item.levels.latest.answers
                   for item in e.learning):  # fmt: skip
            return [self.p("No self-assessments recorded yet.", "Note")]
        rows, bold, spans, indented = [], [], [], []
        for item in e.learning:
            bold.append(len(rows) + 1)
            rows.append(self._level_row(self.words.word("direction", item.direction),
                                        item.levels))  # fmt: skip
            listed = _most_answered(item.skills)
            for skill in listed:
                indented.append(len(rows) + 1)
                rows.append(self._level_row(isolate(skill.skill), skill.levels))
            notes = []
            if len(listed) < len(item.skills):
                notes.append(f"{count(len(item.skills) - len(listed), 'more skill')} in the "
                             "dashboard's Evaluation tab")  # fmt: skip
            if item.skills_left_out:
                left = count(item.skills_left_out, "skill")
                notes.append(f"{left} with fewer than {self.minimum} partners answering")
            for note in notes:
                spans.append(len(rows) + 1)
                indented.append(len(rows) + 1)
                rows.append([note, "", "", "", ""])
        w = self.frame_width
        table = self.table(
            ["Who learns / skill", "At the start", "Latest review", "Change", "Behind it"],
            rows,
            [w * 0.33, w * 0.11, w * 0.12, w * 0.09, w * 0.35],
            style="CellSmall",
            extra=[("FONTNAME", (0, r), (0, r), SANS_BOLD) for r in bold]
            + [("SPAN", (0, r), (-1, r)) for r in spans]
            + [("LEFTPADDING", (0, r), (0, r), CELL_PADDING + SKILL_INDENT) for r in indented]
            + [("ALIGN", (1, 1), (3, -1), "RIGHT")],
        )
        return [table]

    def _goals(self) -> Table:
        m = self.minimum
        rows = []
        for goals in self.evaluation.goals:
            if goals.share.suppressed:
                achieved = f"fewer than {m} answers"
            elif goals.total:
                achieved = f"{goals.achieved:,} of {goals.total:,} ({percent(goals.share.value)})"
            else:
                achieved = "no goals yet"
            rows.append([
                self.words.word("direction", goals.direction),
                achieved,
                figure_text(goals.progress, percent),
                basis(goals.progress, m, "goal") if goals.total or goals.share.suppressed
                else "—",
            ])  # fmt: skip
        w = self.frame_width
        return self.table(
            ["Who learns", "Goals achieved", "Average progress", "Behind it"],
            rows,
            [w * 0.36, w * 0.29, w * 0.15, w * 0.2],
            style="CellSmall",
        )


def _most_answered(skills: list[SkillLearning]) -> list[SkillLearning]:
    """The skills most partners answered for, at most SKILLS_PER_DIRECTION, in their order."""
    if len(skills) <= SKILLS_PER_DIRECTION:
        return skills
    ranked = sorted(
        skills, key=lambda s: (s.levels.change.answers, s.levels.start.answers), reverse=True
    )
    kept = {id(s) for s in ranked[:SKILLS_PER_DIRECTION]}
    return [s for s in skills if id(s) in kept]
