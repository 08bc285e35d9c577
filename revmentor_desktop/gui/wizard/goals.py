"""The wizard's goals page: dates, time, and the goals each partner sets, both ways."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from revmentor_desktop.core.db.models import GoalDirection
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.services.partnerships.agreement import (
    Agreement,
    GoalDraft,
    suggested_goals,
)
from revmentor_desktop.core.services.partnerships.pairing import PartnerReview
from revmentor_desktop.core.text import count, isolate
from revmentor_desktop.gui.dialogs.common import show_error
from revmentor_desktop.gui.forms.ui_wizard_goals_page import Ui_WizardGoalsPage
from revmentor_desktop.gui.style import error, warning_style
from revmentor_desktop.gui.wizard.pages import (
    AgreementPage,
    get_date,
    get_number,
    set_date,
    set_number,
)

if TYPE_CHECKING:
    from revmentor_desktop.gui.wizard.partnership_wizard import PartnershipWizard

# --- 2 goals --------------------------------------------------------------------------------
DIRECTION_COLUMN, TITLE_COLUMN, MEASURE_COLUMN, TARGET_COLUMN = range(4)
GOAL_FIELDS = {
    "title": ("goalTitleError", "goalTitleEdit"),
    "success_measure": ("successMeasureError", "successMeasureEdit"),
    "target_date": ("targetDateError", "targetDateEdit"),
}


class GoalsPage(AgreementPage):
    step = 1
    FIELDS = {
        "start_date": ("startDateError", "startDateEdit"),
        "end_date": ("endDateError", "endDateEdit"),
        "time_commitment_hours": ("hoursError", "hoursSpin"),
        "goals": ("goalsError", "goalsTable"),
    }
    PAST_FLAGGED = ("startDateEdit", "endDateEdit", "targetDateEdit")

    def __init__(self, host: PartnershipWizard) -> None:
        super().__init__(host, Ui_WizardGoalsPage)
        ui = self.ui
        self.goals: list[GoalDraft] = []
        self.goal_problems: dict[int, dict[str, str]] = {}  # goal index → field → message
        self._filling = False
        for label_name, _ in GOAL_FIELDS.values():
            show_error(getattr(ui, label_name), None)
        header = ui.goalsTable.horizontalHeader()
        header.setSectionResizeMode(DIRECTION_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MEASURE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TARGET_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        ui.goalsTable.installEventFilter(self)
        ui.goalsTable.itemSelectionChanged.connect(self._selection_changed)
        ui.addGoalButton.clicked.connect(self.add_goal)
        ui.removeGoalButton.clicked.connect(self.remove_goal)
        ui.suggestGoalsButton.clicked.connect(self.suggest_goals)
        ui.directionCombo.currentIndexChanged.connect(self._goal_edited)
        ui.goalTitleEdit.textEdited.connect(self._goal_edited)
        ui.successMeasureEdit.textEdited.connect(self._goal_edited)
        ui.targetDateEdit.dateChanged.connect(self._goal_edited)
        self.update_context(None)

    def update_context(self, review: PartnerReview | None) -> None:
        combo = self.ui.directionCombo
        combo.blockSignals(True)
        index = combo.currentIndex()
        combo.clear()
        for direction in GoalDirection:
            combo.addItem(self.host.direction_label(direction), direction)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)
        for row in range(self.ui.goalsTable.rowCount()):
            self._fill_row(row)
        self._show_summary()

    def load(self, agreement: Agreement) -> None:
        ui = self.ui
        set_date(ui.startDateEdit, agreement.start_date)
        set_date(ui.endDateEdit, agreement.end_date)
        set_number(ui.hoursSpin, agreement.time_commitment_hours)
        row = ui.goalsTable.currentRow()
        self.goals = copy.deepcopy(agreement.goals)
        self.goal_problems = {}
        ui.goalsTable.setRowCount(len(self.goals))
        for index in range(len(self.goals)):
            self._fill_row(index)
        self._select(min(max(row, 0), len(self.goals) - 1))
        self._show_summary()

    def store(self, agreement: Agreement) -> dict[str, str]:
        ui = self.ui
        agreement.start_date = get_date(ui.startDateEdit)
        agreement.end_date = get_date(ui.endDateEdit)
        agreement.time_commitment_hours = get_number(ui.hoursSpin)
        agreement.goals = copy.deepcopy(self.goals)
        return {}

    def first_input(self) -> QWidget:
        return self.ui.startDateEdit

    # --- the list -------------------------------------------------------------------------
    def _fill_row(self, row: int) -> None:
        goal = self.goals[row]
        problems = self.goal_problems.get(row, {})
        values = (
            self.host.direction_label(goal.direction, short=True),
            goal.title or "(no title yet)",
            goal.success_measure,
            f"{goal.target_date.day} {goal.target_date:%b %Y}" if goal.target_date else "",
        )
        for column, text in enumerate(values):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if problems:
                item.setForeground(QBrush(error()))
                item.setToolTip(" ".join(problems.values()))
            self.ui.goalsTable.setItem(row, column, item)
        self.ui.goalsTable.resizeRowToContents(row)

    def _select(self, row: int) -> None:
        table = self.ui.goalsTable
        if row >= 0:
            table.setCurrentCell(row, TITLE_COLUMN)
            table.selectRow(row)
        else:
            table.clearSelection()
        self._selection_changed()

    def current_row(self) -> int:
        table = self.ui.goalsTable
        rows = table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _selection_changed(self) -> None:
        ui, row = self.ui, self.current_row()
        has_goal = 0 <= row < len(self.goals)
        ui.goalEditor.setEnabled(has_goal)
        ui.removeGoalButton.setEnabled(has_goal)
        self._filling = True
        try:
            goal = self.goals[row] if has_goal else None
            ui.goalEditor.setTitle(
                f"Goal {row + 1} of {len(self.goals)}"
                if goal
                else "Selected goal: add a goal or choose one in the list"
            )
            ui.directionCombo.setCurrentIndex(ui.directionCombo.findData(goal.direction)
                                              if goal else -1)  # fmt: skip
            ui.goalTitleEdit.setText(goal.title if goal else "")
            ui.successMeasureEdit.setText(goal.success_measure if goal else "")
            set_date(ui.targetDateEdit, goal.target_date if goal else None)
        finally:
            self._filling = False
        problems = self.goal_problems.get(row, {})
        for field, (label_name, widget_name) in GOAL_FIELDS.items():
            show_error(getattr(ui, label_name), problems.get(field))
            getattr(ui, widget_name).setAccessibleDescription(problems.get(field, ""))

    def _goal_edited(self, *_args) -> None:
        if self._filling:
            return
        ui, row = self.ui, self.current_row()
        if not 0 <= row < len(self.goals):
            return
        goal = self.goals[row]
        goal.direction = ui.directionCombo.currentData() or goal.direction
        goal.title = ui.goalTitleEdit.text()
        goal.success_measure = ui.successMeasureEdit.text()
        goal.target_date = get_date(ui.targetDateEdit)
        # A message goes away once its field is changed.
        problems = self.goal_problems.get(row, {})
        for field, (label_name, widget_name) in GOAL_FIELDS.items():
            widget = getattr(ui, widget_name)
            if field in problems and widget is self.sender():
                del problems[field]
                show_error(getattr(ui, label_name), None)
                widget.setAccessibleDescription("")
        if not problems:
            self.goal_problems.pop(row, None)
        self._fill_row(row)
        self.clear_problem("goals")
        self._show_summary()

    def _show_summary(self) -> None:
        counts = {direction: 0 for direction in GoalDirection}
        for goal in self.goals:
            counts[goal.direction] += 1
        mentee = isolate(self.host.person_name(None, "mentee"))
        mentor = isolate(self.host.person_name(None, "mentor"))
        self.ui.goalsSummaryLabel.setText(
            f"{count(counts[GoalDirection.MENTEE_LEARNS], 'goal')} for {mentee} to learn, "
            f"{count(counts[GoalDirection.MENTOR_LEARNS], 'goal')} for {mentor}: "
            "at least one each."
        )

    # --- adding, removing, suggesting -----------------------------------------------------
    def add_goal(self) -> None:
        """A new goal, in the direction that has fewer, aiming at the partnership's end."""
        counts = {d: sum(goal.direction == d for goal in self.goals) for d in GoalDirection}
        direction = min(GoalDirection, key=lambda d: counts[d])
        self._append([GoalDraft(direction=direction, target_date=get_date(self.ui.endDateEdit))])
        self.ui.directionCombo.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_goal(self) -> None:
        row = self.current_row()
        if not 0 <= row < len(self.goals):
            return
        del self.goals[row]
        self.goal_problems = {}
        self.ui.goalsTable.removeRow(row)
        for index in range(len(self.goals)):
            self._fill_row(index)
        self._select(min(row, len(self.goals) - 1))
        self._show_summary()
        (self.ui.goalsTable if self.goals else self.ui.addGoalButton).setFocus()

    def suggest_goals(self) -> None:
        try:
            found = suggested_goals(self.host.db, self.host.current_agreement())
        except RevMentorError as exc:
            self.show_message(str(exc))
            return
        if not found:
            self.show_message(
                "No more goals to suggest: every skill one of them offers and the other wants "
                "to learn already has a goal. Add your own with Add goal."
                if any(goal.skill_id is not None for goal in self.goals)
                else "No goals to suggest: neither offers a skill the other wants to learn. "
                "Write your own with Add goal.",
                warning_style(),
            )
            return
        self._append(found)
        self.show_message(
            f"Added {count(len(found), 'goal')} from the skills they matched on. Check each one "
            "and make it concrete for them.",
            "",
        )

    def _append(self, goals: list[GoalDraft]) -> None:
        first = len(self.goals)
        self.goals.extend(goals)
        self.ui.goalsTable.setRowCount(len(self.goals))
        for index in range(first, len(self.goals)):
            self._fill_row(index)
        self._select(first)
        self.clear_problem("goals")
        self._show_summary()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.ui.goalsTable and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Delete):  # fmt: skip
            self.remove_goal()
            return True
        return super().eventFilter(watched, event)

    # --- problems of single goals ---------------------------------------------------------
    def owns(self, key: str) -> bool:
        return key in self.FIELDS or key.startswith("goals.")

    def show_problems(self, problems: dict[str, str], others: list[str] = ()) -> None:
        goal_problems: dict[int, dict[str, str]] = {}
        for key, message in problems.items():
            parts = key.split(".")
            if len(parts) == 3 and parts[0] == "goals" and parts[1].isdigit():
                goal_problems.setdefault(int(parts[1]), {})[parts[2]] = message
        # Messages about a goal's field that is not on the form go to the list's message.
        extra = [message for index, fields in goal_problems.items()
                 for field, message in fields.items() if field not in GOAL_FIELDS]  # fmt: skip
        page_problems = {k: v for k, v in problems.items() if k in self.FIELDS}
        if extra:
            page_problems["goals"] = " ".join([page_problems.get("goals", ""), *extra]).strip()
        super().show_problems(page_problems, others)  # clears the old messages first
        self.goal_problems = goal_problems
        for index in range(len(self.goals)):
            self._fill_row(index)
        if not self.goal_problems:
            return
        bad = min(self.goal_problems)
        self._select(bad)
        fields = self.goal_problems[bad]
        first = next((getattr(self.ui, GOAL_FIELDS[f][1]) for f in GOAL_FIELDS if f in fields),
                     self.ui.goalsTable)  # fmt: skip
        count = sum(len(fields) for fields in self.goal_problems.values())
        shown = sum(1 for name in self.FIELDS if name in page_problems) + count
        if any(name in page_problems for name in self.FIELDS if name != "goals"):
            first = None  # the dates and hours come first on the page: keep their focus
        self.show_summary(shown, list(others), first)

    def focus_target(self, name: str, widget: QWidget) -> QWidget:
        return self.ui.addGoalButton if name == "goals" and not self.goals else widget

    def clear_problems(self) -> None:
        super().clear_problems()
        if self.goal_problems:
            self.goal_problems = {}
            for index in range(len(self.goals)):
                self._fill_row(index)
            self._selection_changed()
