"""The check-in dialog: log or correct one meeting of a partnership; its goals' progress follows."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QSlider,
    QSpinBox,
    QWidget,
)

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.models import CheckInKind, FitVerdict, GoalDirection, GoalStatus
from revmentor_desktop.core.errors import ChangedElsewhereError, RevMentorError, ValidationError
from revmentor_desktop.core.services.assessments import (
    Learner,
    Rating,
    check_ratings,
    forget_check_in_ratings,
    moment_for,
    ratings_at,
    save_ratings,
    skills_to_rate,
)
from revmentor_desktop.core.services.checkins import (
    CheckInEntry,
    load_check_in,
    log_check_in,
    needs_no_fault_offer,
    new_check_in,
    update_check_in,
)
from revmentor_desktop.core.services.dashboard import (
    GoalProgress,
    PartnershipProgress,
    partnership_progress,
)
from revmentor_desktop.core.services.partnerships.life import can_log_check_in, end_early
from revmentor_desktop.core.text import date_text, isolate
from revmentor_desktop.core.vocabulary import (
    ASSESSMENT_MOMENT_LABELS,
    CHECK_IN_KIND_LABELS,
    FIT_VERDICT_LABELS,
)
from revmentor_desktop.gui.bidi import ltr
from revmentor_desktop.gui.dialogs.common import changed_elsewhere, show_error
from revmentor_desktop.gui.forms.ui_checkin_dialog import Ui_CheckInDialog
from revmentor_desktop.gui.widgets.self_assessment import SelfAssessmentPanel
from revmentor_desktop.gui.window_state import RemembersSize

RATINGS = (
    ("Not rated", None),
    ("1 · poor", 1),
    ("2 · fair", 2),
    ("3 · good", 3),
    ("4 · very good", 4),
    ("5 · excellent", 5),
)
KIND_HINTS = {
    CheckInKind.FIT_CHECK: "The first session: do both want to carry on together?",
    CheckInKind.CHECK_IN: "A regular meeting: how it went and where the goals stand.",
    CheckInKind.MIDPOINT_REVIEW: "Halfway: are the goals still right, and on track?",
    CheckInKind.FINAL_REVIEW: "The last review: what each learned, and what comes next.",
    CheckInKind.BRAINSTORMING: "Progress stalled: new ways to reach the goals.",
}
NO_VERDICT = "Choose a verdict"  # a held fit check is not saved without one
NO_FAULT_QUESTION = "End this partnership with no fault and return both people to the pool?"
# Days after this meeting that "Next meeting" suggests when first ticked.
NEXT_MEETING_DAYS = 14
# Each field the service may complain about: its message label and the input to focus.
PROBLEMS = {
    "kind": ("dateError", "kindCombo"),
    "held_on": ("dateError", "dateEdit"),
    "held": ("durationError", "heldRadio"),
    "duration_minutes": ("durationError", "durationSpin"),
    "fit_verdict": ("verdictError", "verdictCombo"),
    "mentor_rating": ("ratingError", "mentorRatingCombo"),
    "mentee_rating": ("ratingError", "menteeRatingCombo"),
    "next_meeting_on": ("nextMeetingError", "nextMeetingEdit"),
    "goal_progress": ("goalsError", None),
}


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _mnemonic_safe(text: str) -> str:
    """Text for a label with a buddy, where "&" would otherwise mark a shortcut key."""
    return text.replace("&", "&&")


def direction_text(direction: GoalDirection, mentor: str, mentee: str) -> str:
    """Who learns in a goal, by name: "Zoë Adams learns"."""
    learner = mentee if direction == GoalDirection.MENTEE_LEARNS else mentor
    return f"{isolate(learner)} learns"


class GoalRow:
    """One goal's line in the progress grid: a slider for the mouse, a spin box for the keys."""

    def __init__(self, goal: GoalProgress, value: int, who: str, parent: QWidget) -> None:
        self.goal = goal
        self.initial = value
        dropped = goal.status == GoalStatus.DROPPED
        title = f"{isolate(goal.title)} (dropped)" if dropped else goal.title
        self.label = QLabel(_mnemonic_safe(title), parent)
        self.label.setWordWrap(True)
        self.label.setToolTip(goal.success_measure and f"Success: {isolate(goal.success_measure)}")
        self.who = QLabel(who, parent)
        self.who.setWordWrap(True)
        self.slider = QSlider(Qt.Orientation.Horizontal, parent)
        self.spin = QSpinBox(parent)
        for control in (self.slider, self.spin):
            control.setRange(0, 100)
            control.setSingleStep(5)
            control.setAccessibleName(f"Progress of the goal “{goal.title}”")
            control.setObjectName(f"goalProgress{goal.id}" if control is self.spin else
                                  f"goalSlider{goal.id}")  # fmt: skip
        self.slider.setPageStep(10)
        # The spin box is the keyboard's way in; one stop per goal keeps Tab short.
        self.slider.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.spin.setSuffix(" %")
        self.label.setBuddy(self.spin)
        self.now = QLabel(f"now {goal.progress} %", parent)
        self.now.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.now.setToolTip("The goal's progress in RevMentor now, from the latest check-in")
        self.slider.valueChanged.connect(self.spin.setValue)
        self.spin.valueChanged.connect(self.slider.setValue)
        self.spin.setValue(value)

    @property
    def value(self) -> int:
        return self.spin.value()

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.label, self.who, self.slider, self.spin, self.now)


class CheckInDialog(RemembersSize, QDialog):
    """Log a new check-in (check_in_id None) or edit one; Save validates inline, in one go.

    `saved(check_in_id)` is emitted once it is saved (after the no-fault question, if any);
    `partnership_ended(partnership_id)` when the coordinator ended the partnership from here.
    RevMentorError from the constructor when the partnership (or check-in) is gone, or a new
    check-in is asked for a partnership that takes none (a draft, or a finished one).
    A finished partnership's check-in opens read-only.
    """

    GEOMETRY_KEY = "checkInDialog/geometry"

    saved = Signal(int)
    partnership_ended = Signal(int)

    def __init__(
        self,
        db: Database,
        partnership_id: int,
        check_in_id: int | None = None,
        *,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        # Read first: a partnership or check-in that is gone raises before any widget exists.
        today = today or date.today()
        if check_in_id is None:
            entry = new_check_in(db, partnership_id, today)
        else:
            entry = load_check_in(db, check_in_id)
            if entry.partnership_id != partnership_id:
                raise RevMentorError("This check-in belongs to another partnership.")
        pair = partnership_progress(db, partnership_id, today)
        learners: list[Learner] = skills_to_rate(db, partnership_id)
        super().__init__(parent)
        self.db = db
        self.partnership_id = partnership_id
        self.check_in_id = check_in_id
        self.today = today
        self.ended = False
        self.loaded = entry
        self.pair: PartnershipProgress = pair
        self.read_only = not can_log_check_in(self.pair.status)
        self.ui = Ui_CheckInDialog()
        self.ui.setupUi(self)
        self.goal_rows: list[GoalRow] = []
        self.assessment = SelfAssessmentPanel(learners, self.ui.selfAssessmentContainer)
        self.ui.selfAssessmentLayout.addWidget(self.assessment)
        self._assessed_moment = None
        self._set_up()
        self.set_entry(entry)
        self._initial = self.entry()
        self._initial_ratings = self.ratings()
        if self.read_only:
            self._make_read_only()
        self._restore_geometry()
        self.ui.kindCombo.setFocus()

    # --- set-up -------------------------------------------------------------------------
    def _set_up(self) -> None:
        ui, pair = self.ui, self.pair
        for kind, label in CHECK_IN_KIND_LABELS.items():
            ui.kindCombo.addItem(label, kind)
        ui.verdictCombo.addItem(NO_VERDICT, None)
        for verdict, label in FIT_VERDICT_LABELS.items():
            ui.verdictCombo.addItem(label, verdict)
        for combo in (ui.mentorRatingCombo, ui.menteeRatingCombo):
            for label, value in RATINGS:
                combo.addItem(label, value)
        mentor, mentee = pair.mentor, pair.mentee
        ui.mentorRatingLabel.setText(f"{_mnemonic_safe(isolate(mentor))} (re&verse mentor):")
        ui.menteeRatingLabel.setText(f"{_mnemonic_safe(isolate(mentee))} (m&entee):")
        ui.mentorRatingCombo.setAccessibleName(f"Rating by {mentor}, the reverse mentor")
        ui.menteeRatingCombo.setAccessibleName(f"Rating by {mentee}, the mentee")
        mentor_html, mentee_html, programme_html = (
            html.escape(isolate(text)) for text in (mentor, mentee, pair.programme)
        )
        ui.headerLabel.setText(ltr(
            f"<b>{mentor_html}</b> (reverse mentor) and <b>{mentee_html}</b> (mentee)"
            f" · {programme_html}",
            rich=True,
        ))  # fmt: skip
        for hint in (ui.kindHint, ui.summaryHint, ui.nextStepsHint, ui.privateNotesHint):
            hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        for hint in (ui.summaryHint, ui.privateNotesHint):
            hint.setStyleSheet("font-weight: bold;")
            hint.setForegroundRole(QPalette.ColorRole.WindowText)
        ui.goalsArea.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # The goals sit on the group's own background, not on a white scroll area.
        ui.goalsArea.viewport().setAutoFillBackground(False)
        ui.goalsContainer.setAutoFillBackground(False)
        ui.selfAssessmentArea.viewport().setAutoFillBackground(False)
        ui.selfAssessmentContainer.setAutoFillBackground(False)
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText("&Save")
        save.setToolTip("Save the check-in (Ctrl+Enter)")
        save.setDefault(True)

        ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        ui.heldRadio.toggled.connect(self._held_changed)
        ui.nextMeetingCheck.toggled.connect(self._next_meeting_toggled)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)
        # A message goes away as soon as its field is changed.
        ui.kindCombo.currentIndexChanged.connect(lambda: self._clear("held_on"))
        ui.dateEdit.dateChanged.connect(lambda: self._clear("held_on", "next_meeting_on"))
        ui.durationSpin.valueChanged.connect(lambda: self._clear("duration_minutes"))
        ui.verdictCombo.currentIndexChanged.connect(lambda: self._clear("fit_verdict"))
        ui.mentorRatingCombo.currentIndexChanged.connect(lambda: self._clear("mentor_rating"))
        ui.menteeRatingCombo.currentIndexChanged.connect(lambda: self._clear("mentee_rating"))
        ui.nextMeetingEdit.dateChanged.connect(lambda: self._clear("next_meeting_on"))
        ui.nextMeetingCheck.toggled.connect(lambda: self._clear("next_meeting_on"))
        for label in (ui.dateError, ui.durationError, ui.verdictError, ui.ratingError,
                      ui.nextMeetingError, ui.goalsError, ui.formError):  # fmt: skip
            show_error(label, None)

    def _build_goals(self, entry: CheckInEntry) -> None:
        """One row per goal: those this check-in recorded, and every goal not dropped."""
        ui, pair = self.ui, self.pair
        grid = ui.goalsGrid
        shown = [g for g in pair.goals if g.id in entry.goal_progress
                 or g.status != GoalStatus.DROPPED]  # fmt: skip
        if not shown:
            empty = QLabel("This partnership has no goals yet.", ui.goalsContainer)
            empty.setObjectName("noGoalsLabel")
            grid.addWidget(empty, 0, 0)
            grid.setRowStretch(1, 1)
            return
        for column, text in enumerate(("Goal", "Who learns", "Progress")):
            header = QLabel(f"<b>{text}</b>", ui.goalsContainer)
            grid.addWidget(header, 0, column, 1, 2 if column == 2 else 1)
        for number, goal in enumerate(shown, 1):
            value = entry.goal_progress.get(goal.id, goal.progress)
            row = GoalRow(goal, value, direction_text(goal.direction, pair.mentor, pair.mentee),
                          ui.goalsContainer)  # fmt: skip
            row.spin.valueChanged.connect(lambda _value: self._clear("goal_progress"))
            for column, widget in enumerate(row.widgets()):
                grid.addWidget(widget, number, column)
            self.goal_rows.append(row)
        for column, stretch in enumerate((5, 3, 3)):
            grid.setColumnStretch(column, stretch)
        grid.setRowStretch(len(shown) + 1, 1)
        # Tab runs through the goals between the meeting's details and the notes.
        previous = ui.nextMeetingEdit
        for row in self.goal_rows:
            QWidget.setTabOrder(previous, row.spin)
            previous = row.spin
        QWidget.setTabOrder(previous, ui.summaryEdit)

    # --- between the widgets and CheckInEntry -------------------------------------------
    def set_entry(self, entry: CheckInEntry) -> None:
        ui = self.ui
        pair = f"{isolate(self.pair.mentor)} and {isolate(self.pair.mentee)}"
        self.setWindowTitle(
            f"Log a check-in — {pair}"
            if entry.id is None
            else f"Check-in of {date_text(entry.held_on)} — {pair}"
        )
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(entry.kind))
        ui.dateEdit.setDate(to_qdate(entry.held_on))
        (ui.heldRadio if entry.held else ui.cancelledRadio).setChecked(True)
        ui.durationSpin.setValue(entry.duration_minutes or 0)
        ui.verdictCombo.setCurrentIndex(max(ui.verdictCombo.findData(entry.fit_verdict), 0))
        ui.mentorRatingCombo.setCurrentIndex(ui.mentorRatingCombo.findData(entry.mentor_rating))
        ui.menteeRatingCombo.setCurrentIndex(ui.menteeRatingCombo.findData(entry.mentee_rating))
        ui.nextMeetingCheck.setChecked(entry.next_meeting_on is not None)
        ui.nextMeetingEdit.setDate(to_qdate(
            entry.next_meeting_on or entry.held_on + timedelta(days=NEXT_MEETING_DAYS)
        ))  # fmt: skip
        ui.summaryEdit.setPlainText(entry.summary)
        ui.nextStepsEdit.setPlainText(entry.next_steps)
        ui.privateNotesEdit.setPlainText(entry.private_notes)
        self._build_goals(entry)
        # A new or cancelled check-in records every goal shown; an edited one keeps to what it
        # recorded, plus the goals the coordinator moves now.
        if entry.id is None or not entry.held:
            self._recorded = {row.goal.id for row in self.goal_rows}
        else:
            self._recorded = set(entry.goal_progress)
        self._kind_changed()
        self._held_changed(entry.held)
        self._next_meeting_toggled(entry.next_meeting_on is not None)

    def entry(self) -> CheckInEntry:
        """The check-in as the form shows it now (a cancelled meeting has no measurements)."""
        ui = self.ui
        kind = CheckInKind(ui.kindCombo.currentData())
        held = ui.heldRadio.isChecked()
        verdict = ui.verdictCombo.currentData()
        return CheckInEntry(
            partnership_id=self.partnership_id,
            held_on=ui.dateEdit.date().toPython(),
            kind=kind,
            held=held,
            duration_minutes=(ui.durationSpin.value() or None) if held else None,
            mentor_rating=ui.mentorRatingCombo.currentData() if held else None,
            mentee_rating=ui.menteeRatingCombo.currentData() if held else None,
            fit_verdict=FitVerdict(verdict)
            if held and verdict and kind == CheckInKind.FIT_CHECK
            else None,
            goal_progress={
                row.goal.id: row.value
                for row in self.goal_rows
                if row.goal.id in self._recorded or row.value != row.initial
            }
            if held
            else {},
            summary=ui.summaryEdit.toPlainText(),
            private_notes=ui.privateNotesEdit.toPlainText(),
            next_steps=ui.nextStepsEdit.toPlainText(),
            next_meeting_on=ui.nextMeetingEdit.date().toPython()
            if ui.nextMeetingCheck.isChecked()
            else None,
            id=self.check_in_id,
            version=self.loaded.version,
        )

    def ratings(self) -> list[Rating]:
        """The self-assessment to save with this check-in: a held review's, else none."""
        kind = CheckInKind(self.ui.kindCombo.currentData())
        if moment_for(kind) is None or not self.ui.heldRadio.isChecked():
            return []
        return self.assessment.ratings()

    def has_changes(self) -> bool:
        return not self.read_only and (
            self.entry() != self._initial or self.ratings() != self._initial_ratings
        )

    # --- reacting to the form -----------------------------------------------------------
    def _kind_changed(self, *_args) -> None:
        ui = self.ui
        kind = CheckInKind(ui.kindCombo.currentData())
        ui.kindHint.setText(KIND_HINTS[kind])
        fit_check = kind == CheckInKind.FIT_CHECK
        ui.meetingForm.setRowVisible(ui.verdictCombo, fit_check)
        if not fit_check:
            show_error(ui.verdictError, None)
        self._show_assessment(moment_for(kind))

    def _show_assessment(self, moment) -> None:
        """A review's self-assessment tab, filled with what was saved at its moment (a kind
        changed to another review keeps what was typed, unless nothing was)."""
        ui = self.ui
        index = ui.reviewTabs.indexOf(ui.selfAssessmentTab)
        ui.reviewTabs.setTabVisible(index, moment is not None)
        if moment is None or moment == self._assessed_moment:
            return
        if self._assessed_moment is None or not any(
            rating.level is not None or rating.confidence_note for rating in self.ratings()
        ):
            self.assessment.set_ratings(ratings_at(self.db, self.partnership_id, moment))
        self._assessed_moment = moment
        ui.selfAssessmentIntro.setText(
            f"{ASSESSMENT_MOMENT_LABELS[moment]}: each partner's own level in the skills they "
            "learn, from 1 (new to it) to 5 (could teach it), and how sure they are."
        )

    def _held_changed(self, held: bool) -> None:
        """A cancelled meeting has nothing to measure: its measurements are greyed out (and
        kept, should it turn out to have been held after all)."""
        ui = self.ui
        for widget in (ui.durationLabel, ui.durationSpin, ui.verdictLabel, ui.verdictCombo,
                       ui.ratingsIntro, ui.mentorRatingLabel, ui.mentorRatingCombo,
                       ui.menteeRatingLabel, ui.menteeRatingCombo, ui.goalsContainer,
                       ui.selfAssessmentContainer):  # fmt: skip
            widget.setEnabled(held)
        ui.goalsIntro.setText(
            "Where each goal stands after this meeting; 100 % marks it achieved."
            if held
            else "A cancelled meeting moves no goal: their progress stays as it is."
        )
        self._clear("duration_minutes", "mentor_rating", "mentee_rating", "fit_verdict",
                    "goal_progress")  # fmt: skip

    def _next_meeting_toggled(self, planned: bool) -> None:
        self.ui.nextMeetingEdit.setEnabled(planned)

    def _clear(self, *fields: str) -> None:
        for name in fields:
            label_name, _ = PROBLEMS[name]
            show_error(getattr(self.ui, label_name), None)
        show_error(self.ui.formError, None)

    def show_problems(self, errors: dict[str, str]) -> None:
        """Each message beside its field (the ratings share one line); the first gets focus."""
        ui = self.ui
        by_label: dict[str, list[str]] = {}
        rest = []
        first = None
        for name, message in errors.items():
            if name not in PROBLEMS:
                rest.append(message)
                continue
            label_name, widget_name = PROBLEMS[name]
            by_label.setdefault(label_name, []).append(message)
            if first is None:
                first = (getattr(ui, widget_name) if widget_name else
                         (self.goal_rows[0].spin if self.goal_rows else None))  # fmt: skip
        for label_name, messages in by_label.items():
            show_error(getattr(ui, label_name), " ".join(dict.fromkeys(messages)))
        show_error(ui.formError, " ".join(rest) or None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- saving -------------------------------------------------------------------------
    def save(self) -> bool:
        """Validate and save in one transaction, or show every problem beside its field."""
        if self.read_only:
            return False
        entry = self.entry()
        ratings = self.ratings()
        try:
            check_ratings(self.db, self.partnership_id, ratings)
        except ValidationError as exc:
            self.ui.reviewTabs.setCurrentWidget(self.ui.selfAssessmentTab)
            self.assessment.show_problems(exc.errors)
            return False
        except RevMentorError as exc:
            show_error(self.ui.formError, str(exc))
            return False
        try:
            if entry.id is None:
                self.check_in_id = log_check_in(self.db, entry, self.today)
            else:
                self.loaded.version = update_check_in(self.db, entry, self.today)
            self._save_ratings(entry, ratings)
        except ValidationError as exc:
            self.show_problems(exc.errors)
            return False
        except ChangedElsewhereError as exc:  # the edits stay on screen unless reloaded
            show_error(self.ui.formError, str(exc))
            changed_elsewhere(self, exc, self.reload)
            return False
        except RevMentorError as exc:  # the partnership was ended or deleted meanwhile
            show_error(self.ui.formError, str(exc))
            return False
        # Asked once, when the verdict first becomes "not a fit"; declining is remembered by
        # the partnership carrying on.
        if needs_no_fault_offer(entry) and not needs_no_fault_offer(self.loaded):
            self._offer_no_fault_ending(entry)
        self.loaded = replace(entry, id=self.check_in_id, version=self.loaded.version)
        self._initial = self.entry()
        self._initial_ratings = self.ratings()
        self.saved.emit(self.check_in_id)
        self.accept()
        return True

    def reload(self) -> None:
        """Show the check-in as stored now (another coordinator saved it first), with the
        goals as they are now, dropping the edits on screen."""
        try:
            if self.check_in_id is None:
                entry = new_check_in(self.db, self.partnership_id, self.today)
            else:
                entry = load_check_in(self.db, self.check_in_id)
            pair = partnership_progress(self.db, self.partnership_id, self.today)
            learners = skills_to_rate(self.db, self.partnership_id)
        except RevMentorError as exc:  # deleted or finished meanwhile
            show_error(self.ui.formError, str(exc))
            return
        self.pair, self.loaded = pair, entry
        grid = self.ui.goalsGrid
        while grid.count():
            item = grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.goal_rows = []
        self.ui.selfAssessmentLayout.removeWidget(self.assessment)
        self.assessment.deleteLater()
        self.assessment = SelfAssessmentPanel(learners, self.ui.selfAssessmentContainer)
        self.ui.selfAssessmentLayout.addWidget(self.assessment)
        self._assessed_moment = None
        self.set_entry(entry)
        self._initial = self.entry()
        self._initial_ratings = self.ratings()
        for name in PROBLEMS:
            self._clear(name)

    def _save_ratings(self, entry: CheckInEntry, ratings: list[Rating]) -> None:
        """The review's self-assessment, with the check-in it was entered with (checked before
        the check-in was saved, so only a change made meanwhile elsewhere can refuse it)."""
        moment = moment_for(entry.kind)
        if moment is not None and entry.held and ratings:
            save_ratings(self.db, self.partnership_id, moment, ratings,
                         assessed_on=entry.held_on, check_in_id=self.check_in_id)  # fmt: skip
        elif entry.id is not None:  # no longer a held review: its ratings go with it
            forget_check_in_ratings(self.db, entry.id)

    def _offer_no_fault_ending(self, entry: CheckInEntry) -> None:
        pair = self.pair
        answer = QMessageBox.question(
            self,
            "Not a fit",
            f"{NO_FAULT_QUESTION}\n\nNobody is to blame: {isolate(pair.mentor)} and "
            f"{isolate(pair.mentee)} can then be suggested with someone else in "
            f"{isolate(pair.programme)}, and are not paired "
            "with each other again. The check-in is saved either way; you can also end the "
            "partnership later from the Partnerships page.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        reason = f"Not a fit: the first-session fit check on {date_text(entry.held_on)}."
        try:
            end_early(self.db, self.partnership_id, reason, no_fault=True)
        except RevMentorError as exc:
            QMessageBox.warning(self, "End partnership", f"The partnership was not ended: {exc}")
            return
        self.ended = True
        self.partnership_ended.emit(self.partnership_id)

    # --- closing ------------------------------------------------------------------------
    def _make_read_only(self) -> None:
        ui = self.ui
        status = self.pair.status.value.replace("_", " ")  # "completed", "ended early"
        ui.headerLabel.setText(
            ui.headerLabel.text() + f"<br>This partnership is {html.escape(status)}: its "
            "check-ins can be read, not changed."
        )
        for widget in (ui.meetingGroup, ui.goalsGroup):
            widget.setEnabled(False)
        for edit in (ui.summaryEdit, ui.nextStepsEdit, ui.privateNotesEdit):
            edit.setReadOnly(True)
        self.assessment.set_read_only(True)
        ui.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

    def reject(self) -> None:
        """Cancel, Esc or closing the window: ask first only when something was changed."""
        if self.has_changes():
            answer = QMessageBox.question(
                self,
                "Unsaved check-in",
                "Save this check-in before closing?",
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Save:
                self.save()
                return
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()


def open_check_in_dialog(
    parent: QWidget,
    db: Database,
    partnership_id: int,
    check_in_id: int | None = None,
    *,
    title: str = "Log check-in",
    today: date | None = None,
    run: Callable[[QDialog], bool] | None = None,
    on_saved: Callable[[int], None] | None = None,
    on_ended: Callable[[int], None] | None = None,
) -> CheckInDialog | None:
    """Open the check-in dialog on a partnership (a new check-in, or `check_in_id`'s).

    Every screen opens it this way. When the partnership or check-in is gone, or takes no new
    check-in (a draft, or one that has finished), a message box titled `title` says why and the
    result is None. With `run` (a DialogHost's `_run_dialog`, which tests replace) the dialog is
    modal and deleted afterwards; without it, it opens window-modal and deletes itself when
    closed. `on_saved(check_in_id)` and `on_ended(partnership_id)` follow its `saved` and
    `partnership_ended` signals.
    """
    try:
        dialog = CheckInDialog(db, partnership_id, check_in_id, today=today, parent=parent)
    except RevMentorError as exc:  # deleted or finished meanwhile
        QMessageBox.warning(parent, title, ltr(str(exc)))
        return None
    if on_saved is not None:
        dialog.saved.connect(on_saved)
    if on_ended is not None:
        dialog.partnership_ended.connect(on_ended)
    if run is None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # window-modal, without a nested event loop
        return dialog
    try:
        run(dialog)
    finally:
        dialog.deleteLater()
    return dialog
