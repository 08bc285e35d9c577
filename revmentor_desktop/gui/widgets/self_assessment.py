"""The self-assessment grid: each partner's level (1–5) in each skill they learn, with a note."""

from __future__ import annotations

import html

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from revmentor_desktop.core.db.models import GoalDirection
from revmentor_desktop.core.services.assessments import NOTE_MAX, Learner, Rating
from revmentor_desktop.core.text import isolate
from revmentor_desktop.core.vocabulary import ROLE_LABELS
from revmentor_desktop.gui.bidi import ltr
from revmentor_desktop.gui.dialogs.common import show_error

LEVELS = (
    ("Not rated", None),
    ("1 · new to it", 1),
    ("2 · basic", 2),
    ("3 · capable", 3),
    ("4 · confident", 4),
    ("5 · could teach it", 5),
)


def _key(direction: GoalDirection, skill_id: int) -> str:
    return f"{direction.value}:{skill_id}"  # as the service names a rating's problem


class SelfAssessmentPanel(QWidget):
    """One block per partner: a level and a confidence note for each skill they learn.

    `ratings()` returns one Rating per skill shown ("not rated" included, so a cleared level
    removes the saved one); `show_problems` puts the service's messages under the grid. Where
    the panel is narrow (`note_below`), each note takes the line under its skill.
    """

    def __init__(
        self, learners: list[Learner], parent: QWidget | None = None, *, note_below: bool = False
    ) -> None:
        super().__init__(parent)
        self.note_below = note_below
        self.setObjectName("selfAssessmentPanel")
        self.learners = learners
        self.rows: dict[str, tuple[GoalDirection, int, QComboBox, QLineEdit]] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for learner in learners:
            self._add_learner(layout, learner)
        self.error = QLabel(self)
        self.error.setObjectName("selfAssessmentError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        layout.addStretch(1)
        show_error(self.error, None)

    def _add_learner(self, layout: QVBoxLayout, learner: Learner) -> None:
        name = html.escape(isolate(learner.name))
        role = ROLE_LABELS[learner.role].lower()
        heading = QLabel(ltr(f"<b>{name}</b> ({role}) rates their level in:", rich=True), self)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        if not learner.skills:
            empty = QLabel(
                "No skill to rate: none of their goals has a skill linked to it. Link skills "
                "to the goals in the agreement to follow their learning.",
                self,
            )
            empty.setWordWrap(True)
            empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            layout.addWidget(empty)
            return
        grid = QGridLayout()
        grid.setColumnStretch(0, 1 if self.note_below else 3)
        if not self.note_below:
            grid.setColumnStretch(2, 4)
        for row, skill in enumerate(learner.skills):
            label = QLabel(skill.name.replace("&", "&&"), self)
            label.setWordWrap(True)
            combo = QComboBox(self)
            for text, value in LEVELS:
                combo.addItem(text, value)
            key = _key(learner.direction, skill.skill_id)
            combo.setObjectName(f"level_{key.replace(':', '_')}")
            combo.setAccessibleName(f"{learner.name}'s level in {skill.name}")
            label.setBuddy(combo)
            note = QLineEdit(self)
            note.setObjectName(f"note_{key.replace(':', '_')}")
            note.setMaxLength(NOTE_MAX)
            note.setPlaceholderText("Confidence note (optional)")
            note.setAccessibleName(f"{learner.name}'s note on {skill.name}")
            combo.currentIndexChanged.connect(lambda _i: show_error(self.error, None))
            note.textChanged.connect(lambda _t: show_error(self.error, None))
            if self.note_below:
                grid.addWidget(label, 2 * row, 0)
                grid.addWidget(combo, 2 * row, 1)
                grid.addWidget(note, 2 * row + 1, 0, 1, 2)
            else:
                grid.addWidget(label, row, 0)
                grid.addWidget(combo, row, 1)
                grid.addWidget(note, row, 2)
            self.rows[key] = (learner.direction, skill.skill_id, combo, note)
        layout.addLayout(grid)

    @property
    def has_skills(self) -> bool:
        return bool(self.rows)

    def set_ratings(self, ratings: dict[tuple[GoalDirection, int], Rating]) -> None:
        for direction, skill_id, combo, note in self.rows.values():
            rating = ratings.get((direction, skill_id))
            combo.setCurrentIndex(max(combo.findData(rating.level if rating else None), 0))
            note.setText(rating.confidence_note if rating else "")

    def ratings(self) -> list[Rating]:
        return [
            Rating(direction, skill_id, combo.currentData(), note.text())
            for direction, skill_id, combo, note in self.rows.values()
        ]

    def show_problems(self, errors: dict[str, str]) -> None:
        show_error(self.error, " ".join(dict.fromkeys(errors.values())) or None)
        first = next((key for key in errors if key in self.rows), None)
        if first is not None:
            self.rows[first][2].setFocus()

    def set_read_only(self, read_only: bool) -> None:
        for _direction, _skill, combo, note in self.rows.values():
            combo.setEnabled(not read_only)
            note.setReadOnly(read_only)
