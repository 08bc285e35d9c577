"""The starting self-assessment, offered once the wizard has activated a partnership."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.models import AssessmentMoment, Role
from revmentor_desktop.core.errors import RevMentorError, ValidationError
from revmentor_desktop.core.services.assessments import ratings_at, save_ratings, skills_to_rate
from revmentor_desktop.core.text import isolate
from revmentor_desktop.gui.dialogs.common import show_error
from revmentor_desktop.gui.icons import apply_button_icons
from revmentor_desktop.gui.widgets.self_assessment import SelfAssessmentPanel
from revmentor_desktop.gui.window_state import RemembersSize


class StartingAssessmentDialog(RemembersSize, QDialog):
    """Right after the agreement is signed: each partner's level in the skills they learn.

    Skippable (Skip closes it, nothing saved); the ratings can be entered later from the
    Partnerships page. RevMentorError from the constructor when the partnership is gone.
    """

    GEOMETRY_KEY = "startingAssessmentDialog/geometry"

    saved = Signal(int)

    def __init__(
        self, db: Database, partnership_id: int, parent: QWidget | None = None,
        *, today: date | None = None,
    ) -> None:  # fmt: skip
        learners = skills_to_rate(db, partnership_id)
        saved = ratings_at(db, partnership_id, AssessmentMoment.START)
        super().__init__(parent)
        self.setObjectName("startingAssessmentDialog")
        self.db = db
        self.partnership_id = partnership_id
        self.today = today or date.today()
        mentee = next(one.name for one in learners if one.role == Role.MENTEE)
        mentor = next(one.name for one in learners if one.role == Role.REVERSE_MENTOR)
        self.setWindowTitle(f"Self-assessment at the start — {isolate(mentor)} and "
                            f"{isolate(mentee)}")  # fmt: skip
        layout = QVBoxLayout(self)
        intro = QLabel(
            "Before they start, each partner rates their own level in the skills they want to "
            "learn, from 1 (new to it) to 5 (could teach it). At the mid-point and final "
            "reviews they rate again, so both directions of learning show. You may skip this "
            "and enter it later from the Partnerships page (right-click the partnership).",
            self,
        )
        intro.setObjectName("introLabel")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.panel = SelfAssessmentPanel(learners)
        self.panel.set_ratings(saved)
        area.setWidget(self.panel)
        layout.addWidget(area, 1)
        self.error = QLabel(self)
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        show_error(self.error, None)
        buttons = QDialogButtonBox(self)
        buttons.setObjectName("buttonBox")
        save = buttons.addButton(QDialogButtonBox.StandardButton.Save)
        save.setText("&Save")
        save.setDefault(True)
        skip = buttons.addButton("S&kip for now", QDialogButtonBox.ButtonRole.RejectRole)
        skip.setObjectName("skipButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 420)
        self._restore_geometry()
        apply_button_icons(self)

    @property
    def has_skills(self) -> bool:
        return self.panel.has_skills

    def save(self) -> bool:
        try:
            save_ratings(self.db, self.partnership_id, AssessmentMoment.START,
                         self.panel.ratings(), assessed_on=self.today)  # fmt: skip
        except ValidationError as exc:
            self.panel.show_problems(exc.errors)
            return False
        except RevMentorError as exc:
            show_error(self.error, str(exc))
            return False
        self.saved.emit(self.partnership_id)
        self.accept()
        return True
