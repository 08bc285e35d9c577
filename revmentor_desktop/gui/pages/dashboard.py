"""The Dashboard screen: a programme's figures and charts, and who needs a nudge next."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.models import GoalDirection, PartnershipStatus
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.services.dashboard import (
    BRAINSTORM,
    HEADLINE_KEYS,
    LOG_CHECK_IN,
    MENTEE_RATING,
    MENTOR_RATING,
    RESUME_DRAFT,
    SUGGEST_PARTNER,
    ActionItem,
    ProgrammeOverview,
    programme_overview,
)
from revmentor_desktop.core.services.evaluation import (
    DIRECTION_NAMES,
    Evaluation,
    LevelChange,
    basis,
    days,
    figure_text,
    learners,
    percent,
    programme_evaluation,
    rating,
    signed,
)
from revmentor_desktop.core.services.partnerships.brainstorming import export_brainstorming_invite
from revmentor_desktop.core.services.programmes import load_programme
from revmentor_desktop.core.text import count, date_text, isolate, safe_file_name
from revmentor_desktop.core.vocabulary import PARTNERSHIP_STATUS_LABELS
from revmentor_desktop.gui.dialogs.brainstorm import BrainstormDialog
from revmentor_desktop.gui.dialogs.common import (
    CALENDAR,
    DialogHost,
    ask_coordinator_email,
    ask_save_path,
    refill_programmes,
)
from revmentor_desktop.gui.forms.ui_dashboard_view import Ui_DashboardView
from revmentor_desktop.gui.models.actions import ITEM_ROLE, NEXT_ACTION, WHO, ActionsModel
from revmentor_desktop.gui.pages.base import Page
from revmentor_desktop.gui.style import STATUS_COLOURS
from revmentor_desktop.gui.tasks import Task, TaskRunner
from revmentor_desktop.gui.widgets.charts import Bar
from revmentor_desktop.gui.widgets.programme_item import ProgrammeItemDelegate

# (bar label, whose goals for its tooltip) per direction.
DIRECTION_LABELS = {
    GoalDirection.MENTEE_LEARNS: ("Mentees' goals", "the mentees learning from their partner"),
    GoalDirection.MENTOR_LEARNS: ("Reverse mentors' goals", "the reverse mentors learning"),
}
SKILLS_SHOWN = 8
RATINGS = (MENTOR_RATING, MENTEE_RATING)
NO_PROGRAMME = "No programme yet — create one under Programmes and enrol people."
NO_PARTNERSHIPS = "No partnerships yet — accept some pair suggestions first."
LISTS = ("stalled", "overdue", "drafts", "unpaired")
TAB_TITLES = {"stalled": "Stalled", "overdue": "Overdue reviews", "drafts": "Drafts",
              "unpaired": "Unpaired"}  # fmt: skip
# The evaluation's tiles: (key, caption), as the evaluation PDF shows them.
REACTION_TILES = (
    ("mentor_rating", "Meeting rating by reverse mentors"),
    ("mentee_rating", "Meeting rating by mentees"),
    ("recommend", "Would recommend (0–10)"),
    ("net_promoter", "Net recommendation score"),
    ("take_part_again", "Would take part again"),
)
PARTICIPATION_TILES = (
    ("enrolled", "People enrolled"),
    ("started", "Partnerships started"),
    ("completed", "Completed"),
    ("ended_early", "Ended early"),
    ("no_fault_share", "Early endings without fault"),
    ("days_to_first_meeting", "Median days to the first meeting"),
)
LEARNING_COLUMNS = ("Who learns / skill", "At the start", "Latest review", "Change", "Behind it")
GOAL_COLUMNS = ("Who learns", "Goals achieved", "Average progress", "Behind it")


def invite_file_name(names: tuple[str, ...]) -> str:
    """ "Brainstorming - Dana Fox & Zoë Adams.ics": the names as they are, no isolate marks."""
    return safe_file_name(f"Brainstorming - {' & '.join(names)}.ics")


def _slug(key: str) -> str:
    return re.sub(r"\W+", "_", key).strip("_")


def _month(key: str) -> date:
    year, month = key.split("-")
    return date(int(year), int(month), 1)


class DashboardView(DialogHost, Page):
    """Figures, charts and to-do lists of one programme; `reload()` reads everything afresh.

    The next actions that belong to other screens are signals for the main window to route:
    `log_check_in_requested(partnership id)`, `resume_draft_requested(partnership id)` and
    `suggest_requested(programme id)`. `today` fixes the date for tests; by default it is the day
    the overview is read.
    """

    log_check_in_requested = Signal(int)
    resume_draft_requested = Signal(int)
    suggest_requested = Signal(int)

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self._today = today
        self.ui = Ui_DashboardView()
        self.ui.setupUi(self)
        ui = self.ui
        self.overview: ProgrammeOverview | None = None
        self.stalled_after_days: int | None = None
        self.task: Task | None = None
        self._generation = 0  # a programme chosen while another was read makes that one stale

        font = QFont(ui.emptyLabel.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        ui.emptyLabel.setFont(font)
        self.tiles: dict[str, QLabel] = {}
        self._make_tiles()
        self._set_up_charts()
        self._set_up_evaluation()
        self.models: dict[str, ActionsModel] = {}
        self.tables: dict[str, QTableView] = {
            "stalled": ui.stalledTable, "overdue": ui.overdueTable,
            "drafts": ui.draftsTable, "unpaired": ui.unpairedTable,
        }  # fmt: skip
        for name, table in self.tables.items():
            model = ActionsModel(self)
            self.models[name] = model
            table.setModel(model)
            # Who in bold and the detail under it: readable in half a window.
            delegate = ProgrammeItemDelegate(table)
            table.setItemDelegateForColumn(WHO, delegate)
            bold = QFont(table.font())
            bold.setBold(True)
            table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            table.verticalHeader().setDefaultSectionSize(
                QFontMetrics(bold).height() + table.fontMetrics().height()
                + 2 * delegate.PADDING
            )  # fmt: skip
            header = table.horizontalHeader()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(WHO, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(NEXT_ACTION, QHeaderView.ResizeMode.ResizeToContents)
            table.doubleClicked.connect(lambda _index, n=name: self.act_on_selected(n))
            for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                QShortcut(QKeySequence(key), table, lambda n=name: self.act_on_selected(n),
                          context=Qt.ShortcutContext.WidgetShortcut)  # fmt: skip
            table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.splitter.setSizes([12_000, 8_000])  # in proportion, whatever the window's width

        ui.programmeCombo.currentIndexChanged.connect(self.load_overview)
        ui.logStalledButton.clicked.connect(lambda: self._log_check_in("stalled"))
        ui.brainstormButton.clicked.connect(self._brainstorm_selected)
        ui.logReviewButton.clicked.connect(lambda: self._log_check_in("overdue"))
        ui.resumeDraftButton.clicked.connect(self._resume_selected)
        ui.suggestButton.clicked.connect(self._suggest)
        ui.openSuggestionsButton.clicked.connect(self._suggest)
        self.reload()

    @property
    def today(self) -> date:
        return self._today or date.today()

    @property
    def programme_id(self) -> int | None:
        return self.ui.programmeCombo.currentData()

    def report_context(self) -> tuple[int | None, int | None]:
        return self.programme_id, None

    # --- building ---------------------------------------------------------------------------

    def _make_tiles(self) -> None:
        """One tile per headline figure, in the order a report shows them."""
        for column, key in enumerate(HEADLINE_KEYS):
            self.tiles[key] = _tile(self.ui.tilesLayout, column, "tile", _slug(key),
                                    key[0].upper() + key[1:])[0]  # fmt: skip

    def _set_up_evaluation(self) -> None:
        """The Evaluation tab: tiles for reaction and participation, tables for the rest."""
        ui = self.ui
        self.evaluation: Evaluation | None = None
        self.evaluation_tiles: dict[str, tuple[QLabel, QLabel]] = {}
        for grid, tiles in ((ui.reactionGrid, REACTION_TILES),
                            (ui.participationGrid, PARTICIPATION_TILES)):  # fmt: skip
            for column, (key, caption) in enumerate(tiles):
                self.evaluation_tiles[key] = _tile(grid, column, "evaluationTile", key, caption,
                                                   with_basis=True)  # fmt: skip
        for table, columns in ((ui.learningTable, LEARNING_COLUMNS),
                               (ui.evaluationGoalsTable, GOAL_COLUMNS)):  # fmt: skip
            table.setColumnCount(len(columns))
            table.setHorizontalHeaderLabels(list(columns))
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            header.setStretchLastSection(False)
            table.setWordWrap(False)
            rows = table.verticalHeader()
            rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        # Each box as tall as its rows; the spacer at the end takes the spare height.
        for box in (ui.reactionBox, ui.learningBox, ui.evaluationGoalsBox, ui.participationBox):
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        ui.anonymiseEvaluationCheck.toggled.connect(self.load_overview)
        ui.evaluationPdfButton.clicked.connect(self.save_evaluation_pdf)

    def _set_up_charts(self) -> None:
        ui = self.ui
        ui.statusChart.axis_title = "partnerships"
        ui.statusChart.empty_text = "No partnerships yet"
        ui.checkInsChart.axis_title = "check-ins"
        ui.checkInsChart.empty_text = "No check-ins logged yet"
        ui.ratingsChart.axis_title = "1 = poor, 5 = excellent"
        ui.ratingsChart.value_text = "{:.1f}".format
        ui.ratingsChart.maximum = 5
        ui.ratingsChart.empty_text = "No ratings yet"
        ui.goalsChart.axis_title = "average progress"
        ui.goalsChart.value_text = ui.goalsChart.tick_text = "{:.0f} %".format
        ui.goalsChart.maximum = 100
        for chart in (ui.menteeSkillsChart, ui.mentorSkillsChart):
            chart.axis_title = "goals"
            chart.empty_text = "No goals with a skill yet"

    # --- reading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Programmes afresh from the database, then the chosen programme's overview."""
        refill_programmes(self.ui.programmeCombo, self.db)
        self.load_overview()

    def select_programme(self, programme_id: int) -> None:
        """Show one programme's dashboard (e.g. when another screen asks for it)."""
        index = self.ui.programmeCombo.findData(programme_id)
        if index >= 0:
            self.ui.programmeCombo.setCurrentIndex(index)

    def load_overview(self, *_args) -> None:
        """Read the chosen programme's overview in the background, then show it."""
        programme_id = self.programme_id
        self._generation += 1
        generation = self._generation
        if programme_id is None:
            self._show_empty(NO_PROGRAMME, can_suggest=False)
            return
        db, today = self.db, self.today
        self.ui.statusLabel.setText("Reading the programme…")

        anonymise = self.ui.anonymiseEvaluationCheck.isChecked()

        def work(_control) -> tuple[ProgrammeOverview, int, Evaluation]:
            overview = programme_overview(db, programme_id, today)
            evaluation = programme_evaluation(db, programme_id, anonymise=anonymise)
            return overview, load_programme(db, programme_id).stalled_after_days, evaluation

        def done(result) -> None:
            if generation == self._generation:
                self.task = None
                self._show(*result)

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self.task = None
            if isinstance(exc, RevMentorError):
                self._show_empty(str(exc), can_suggest=False)
            else:
                raise exc

        task = TaskRunner.start(work, on_done=done, on_error=failed, parent=self)
        self.task = None if task.is_finished else task

    # --- showing ----------------------------------------------------------------------------

    def _show_empty(self, text: str, can_suggest: bool) -> None:
        self.overview = None
        for model in self.models.values():
            model.set_rows([])
        self.ui.emptyLabel.setText(text)
        self.ui.openSuggestionsButton.setVisible(can_suggest)
        self.ui.contentStack.setCurrentWidget(self.ui.emptyPage)
        self.ui.statusLabel.setText("")
        self._update_buttons()

    def _show(
        self, overview: ProgrammeOverview, stalled_after_days: int, evaluation: Evaluation
    ) -> None:
        if not any(overview.by_status.values()):
            enrolled = overview.headline.get(HEADLINE_KEYS[0]) or 0
            text = NO_PARTNERSHIPS
            if enrolled:
                people = count(enrolled, "person is", "people are")
                text += f"\n{people} enrolled in {isolate(overview.programme)}."
            else:
                text += "\nNobody is enrolled in this programme yet: enrol people under Programmes."
            self._show_empty(text, can_suggest=bool(enrolled))
            return
        selected = {name: self.selected_item(name) for name in LISTS}
        self.overview = overview
        self.stalled_after_days = stalled_after_days
        self.ui.contentStack.setCurrentWidget(self.ui.overviewPage)
        self.ui.statusLabel.setText(
            f"As of {date_text(self.today)} · stalled after {stalled_after_days} days without "
            "a check-in"
        )
        self._show_tiles(overview)
        self._show_charts(overview)
        self._show_evaluation(evaluation)
        lists = {"stalled": overview.stalled, "overdue": overview.overdue_reviews,
                 "drafts": overview.unfinished_drafts, "unpaired": overview.unpaired}  # fmt: skip
        for number, name in enumerate(LISTS):
            items = lists[name]
            self.models[name].set_rows(items)
            self.tables[name].setVisible(bool(items))
            getattr(self.ui, f"{name}Empty").setVisible(not items)
            title = f"{TAB_TITLES[name]} ({len(items):,})" if items else TAB_TITLES[name]
            self.ui.actionTabs.setTabText(number, title)
            self._reselect(name, selected[name])
        self.ui.stalledHint.setText(
            f"Active partnerships without a held check-in for more than {stalled_after_days} "
            "days. A pair that met before is offered a brainstorming session."
        )
        self._update_buttons()

    def _show_tiles(self, overview: ProgrammeOverview) -> None:
        for key, label in self.tiles.items():
            value = overview.headline.get(key)
            if key in RATINGS:
                label.setText("–" if value is None else f"{value:.1f}")
                label.setToolTip("No ratings given yet" if value is None else
                                 "The average of the ratings given at held check-ins, "
                                 "from 1 (poor) to 5 (excellent)")  # fmt: skip
            else:
                label.setText(f"{value or 0:,}")

    def _show_charts(self, overview: ProgrammeOverview) -> None:
        ui = self.ui
        ui.statusChart.set_bars([
            Bar(PARTNERSHIP_STATUS_LABELS[status], overview.by_status.get(status.value, 0),
                f"{PARTNERSHIP_STATUS_LABELS[status]}: "
                + count(overview.by_status.get(status.value, 0), "partnership"),
                STATUS_COLOURS[status])
            for status in PartnershipStatus
        ])  # fmt: skip
        months = []
        for number, (key, held) in enumerate(overview.check_ins_by_month):
            month = _month(key)
            label = f"{month:%b}\n{month:%Y}" if number == 0 or month.month == 1 else f"{month:%b}"
            tip = f"{month:%B %Y}: " + count(held, "check-in") + " held"
            months.append(Bar(label, held, tip))
        ui.checkInsChart.set_bars(months)
        mentor, mentee = overview.average_ratings
        ratings = [("By reverse mentors", mentor), ("By mentees", mentee)]
        ui.ratingsChart.set_bars(
            [] if mentor is None and mentee is None else [
                Bar(label, value, f"Average rating {label.lower()}: "
                    + ("none given yet" if value is None else f"{value:.2f} out of 5"))
                for label, value in ratings
            ]
        )  # fmt: skip
        goals = []
        for direction, (label, whom) in DIRECTION_LABELS.items():
            value = overview.goal_progress.get(direction.value)
            tip = (f"No goals of {whom} yet" if value is None
                   else f"Goals of {whom}: {value:.0f} % reached on average")  # fmt: skip
            goals.append(Bar(label, value, tip))
        ui.goalsChart.empty_text = "No goals yet"
        ui.goalsChart.set_bars([] if all(b.value is None for b in goals) else goals)
        for direction, chart, box, title in (
            (GoalDirection.MENTEE_LEARNS, ui.menteeSkillsChart, ui.menteeSkillsBox,
             "Skills the mentees learn"),
            (GoalDirection.MENTOR_LEARNS, ui.mentorSkillsChart, ui.mentorSkillsBox,
             "Skills the reverse mentors learn"),
        ):  # fmt: skip
            skills = overview.skills_exchanged.get(direction.value, [])
            chart.set_bars([Bar(name, goal_count, f"{isolate(name)}: " + count(goal_count, "goal"))
                            for name, goal_count in skills[:SKILLS_SHOWN]])  # fmt: skip
            more = f" (top {SKILLS_SHOWN} of {len(skills)})" if len(skills) > SKILLS_SHOWN else ""
            box.setTitle(title + more)

    # --- the evaluation ---------------------------------------------------------------------

    def _show_evaluation(self, evaluation: Evaluation) -> None:
        """The same figures as the evaluation PDF, each with what stands behind it."""
        self.evaluation = evaluation
        e = evaluation
        shown: dict[str, tuple[str, str]] = {
            "mentor_rating": (figure_text(e.mentor_rating, rating), basis(e.mentor_rating)),
            "mentee_rating": (figure_text(e.mentee_rating, rating), basis(e.mentee_rating)),
            "recommend": (figure_text(e.recommend, rating), basis(e.recommend)),
            "net_promoter": (figure_text(e.net_promoter, lambda v: signed(v, 0)),
                             basis(e.net_promoter)),
            "take_part_again": (figure_text(e.take_part_again, percent),
                                basis(e.take_part_again)),
            "enrolled": (f"{e.enrolled:,}", ""),
            "started": (f"{e.started:,}", ""),
            "completed": (f"{e.completed:,}", ""),
            "ended_early": (f"{e.ended_early:,}", ""),
            "no_fault_share": (figure_text(e.no_fault_share, percent),
                               basis(e.no_fault_share, noun="partnership") if e.ended_early
                               else "none ended early"),
            "days_to_first_meeting": (figure_text(e.days_to_first_meeting, days),
                                      basis(e.days_to_first_meeting, noun="partnership")),
        }  # fmt: skip
        for key, (value, behind) in shown.items():
            value_label, basis_label = self.evaluation_tiles[key]
            value_label.setText(value)
            basis_label.setText(behind)
            basis_label.setVisible(bool(behind))
        rows: list[tuple[list[str], bool]] = []
        for item in e.learning:
            rows.append((_level_cells(DIRECTION_NAMES[item.direction], item.levels), True))
            rows += [(_level_cells("    " + s.skill, s.levels), False) for s in item.skills]
            if item.skills_left_out:
                rows.append(([f"    {count(item.skills_left_out, 'skill')} with fewer than "
                              "5 partners answering", "", "", "", ""], False))  # fmt: skip
        _fill(self.ui.learningTable, rows)
        goals = []
        for g in e.goals:
            if g.share.suppressed:
                achieved = "fewer than 5 answers"
            elif g.total:
                achieved = f"{g.achieved:,} of {g.total:,} ({percent(g.share.value)})"
            else:
                achieved = "no goals yet"
            goals.append(([DIRECTION_NAMES[g.direction], achieved,
                           figure_text(g.progress, percent),
                           basis(g.progress, noun="goal") if g.total or g.share.suppressed
                           else "—"], False))  # fmt: skip
        _fill(self.ui.evaluationGoalsTable, goals)

    def save_evaluation_pdf(self) -> None:
        """The report dialog, on this programme's evaluation (anonymised as shown here)."""
        from revmentor_desktop.gui.dialogs.report import ReportDialog

        if self.programme_id is None:
            return
        dialog = ReportDialog(self.db, programme_id=self.programme_id, evaluation=True,
                              parent=self)  # fmt: skip
        dialog.ui.anonymiseCheck.setChecked(self.ui.anonymiseEvaluationCheck.isChecked())
        self._run_dialog(dialog)
        if dialog.saved is not None:
            self.message.emit(f"Evaluation saved to {isolate(dialog.saved)}")

    def _reselect(self, name: str, item: ActionItem | None) -> None:
        """Keep the row the coordinator had selected across a reload, else the first one."""
        model, table = self.models[name], self.tables[name]
        if not model.rows:
            return
        row = 0
        if item is not None:
            key = (item.partnership_id, item.person_id)
            row = next((r for r, i in enumerate(model.rows)
                        if (i.partnership_id, i.person_id) == key), 0)  # fmt: skip
        flags = QItemSelectionModel.SelectionFlag
        table.selectionModel().setCurrentIndex(model.index(row, 0),
                                               flags.ClearAndSelect | flags.Rows)  # fmt: skip

    def selected_item(self, name: str) -> ActionItem | None:
        """The selected item of one list ("stalled", "overdue", "drafts" or "unpaired")."""
        rows = self.tables[name].selectionModel().selectedRows()
        return rows[0].data(ITEM_ROLE) if rows else None

    def _update_buttons(self) -> None:
        ui = self.ui
        ui.logStalledButton.setEnabled(self.selected_item("stalled") is not None)
        ui.brainstormButton.setEnabled(self.selected_item("stalled") is not None)
        ui.logReviewButton.setEnabled(self.selected_item("overdue") is not None)
        ui.resumeDraftButton.setEnabled(self.selected_item("drafts") is not None)
        ui.suggestButton.setEnabled(bool(self.models["unpaired"].rows))

    # --- next actions -----------------------------------------------------------------------

    def act_on_selected(self, name: str) -> None:
        """The next action of a list's selected row, as its Next action column says."""
        item = self.selected_item(name)
        if item is not None:
            self.act(item)

    def act(self, item: ActionItem) -> None:
        if item.action == BRAINSTORM and item.partnership_id is not None:
            self.schedule_brainstorming(item)
        elif item.action == LOG_CHECK_IN and item.partnership_id is not None:
            self.log_check_in_requested.emit(item.partnership_id)
        elif item.action == RESUME_DRAFT and item.partnership_id is not None:
            self.resume_draft_requested.emit(item.partnership_id)
        elif item.action == SUGGEST_PARTNER:
            self._suggest()

    def _log_check_in(self, name: str) -> None:
        item = self.selected_item(name)
        if item is not None and item.partnership_id is not None:
            self.log_check_in_requested.emit(item.partnership_id)

    def _brainstorm_selected(self) -> None:
        item = self.selected_item("stalled")
        if item is not None and item.partnership_id is not None:
            self.schedule_brainstorming(item)

    def _resume_selected(self) -> None:
        item = self.selected_item("drafts")
        if item is not None and item.partnership_id is not None:
            self.resume_draft_requested.emit(item.partnership_id)

    def _suggest(self) -> None:
        if self.programme_id is not None:
            self.suggest_requested.emit(self.programme_id)

    def schedule_brainstorming(self, item: ActionItem) -> Path | None:
        """Ask when and where to save, then write the .ics invitation of the item's pair;
        returns its path."""
        if item.partnership_id is None or not ask_coordinator_email(self, self.db):
            return None
        when = self._ask_when(item.who)
        if when is None:
            return None
        path = ask_save_path(
            self, "Save the brainstorming invitation", invite_file_name(item.names),
            "Calendar invitation (*.ics)", CALENDAR,
        )  # fmt: skip
        if path is None:
            return None
        try:
            export_brainstorming_invite(self.db, item.partnership_id, when, path)
        except RevMentorError as exc:
            QMessageBox.warning(
                self, "Brainstorming invitation", f"The invitation could not be saved: {exc}"
            )
            return None
        self.message.emit(
            f"Invitation to a brainstorming session on {when:%a} {date_text(when.date())}, "
            f"{when:%H:%M} saved to {isolate(path)}: send it to {item.who}"
        )
        return path

    def _ask_when(self, who: str) -> datetime | None:
        """When the brainstorming session with `who` (names isolated) takes place; None when
        the coordinator cancels."""
        dialog = BrainstormDialog(who, self.today, self)
        return dialog.when if self._run_dialog(dialog) else None

    # --- window state -----------------------------------------------------------------------

    def save_state(self, settings) -> None:
        settings.setValue("dashboard/splitter", self.ui.splitter.saveState())
        settings.setValue("dashboard/tab", self.ui.actionTabs.currentIndex())
        settings.setValue("dashboard/view", self.ui.dashboardTabs.currentIndex())

    def restore_state(self, settings) -> None:
        state = settings.value("dashboard/splitter")
        if state is not None:
            self.ui.splitter.restoreState(state)
        tab = settings.value("dashboard/tab")
        if tab is not None:
            self.ui.actionTabs.setCurrentIndex(int(tab))
        view = settings.value("dashboard/view")
        if view is not None:
            self.ui.dashboardTabs.setCurrentIndex(int(view))


# --- the evaluation's widgets ---------------------------------------------------------------


def _tile(
    grid: QGridLayout, column: int, prefix: str, key: str, caption: str, with_basis: bool = False
) -> tuple[QLabel, QLabel]:
    """A framed figure with its caption (and what stands behind it) in column `column` of
    `grid`; returns the value's label and the basis label (the caption when there is none)."""
    tile = QFrame()
    tile.setObjectName(f"{prefix}_{key}")
    tile.setFrameShape(QFrame.Shape.StyledPanel)
    tile.setStyleSheet(
        f"QFrame#{tile.objectName()} {{ border: 1px solid palette(mid); "
        "border-radius: 4px; background: palette(base); }"
    )
    layout = QVBoxLayout(tile)
    layout.setSpacing(0)
    value = QLabel("–")
    value.setObjectName(f"{prefix}Value_{key}")
    font = QFont(value.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    value.setFont(font)
    label = QLabel(caption)
    label.setWordWrap(True)
    layout.addWidget(value)
    layout.addWidget(label)
    behind = label
    if with_basis:
        behind = QLabel("")
        behind.setObjectName(f"{prefix}Basis_{key}")
        behind.setWordWrap(True)
        small = QFont(behind.font())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        behind.setFont(small)  # the palette's own text colour: readable in light and dark
        layout.addWidget(behind)
    layout.addStretch()
    tile.setAccessibleName(caption)
    grid.addWidget(tile, 0, column)
    grid.setColumnStretch(column, 1)
    return value, behind


def _level_cells(name: str, levels: LevelChange) -> list[str]:
    return [name, figure_text(levels.start, rating), figure_text(levels.latest, rating),
            figure_text(levels.change, signed), learners(levels)]  # fmt: skip


def _fill(table: QTableWidget, rows: list[tuple[list[str], bool]]) -> None:
    """Rows of text (bold when marked), the figures right-aligned; the table as tall as its
    rows, so the tab scrolls as one page."""
    table.setRowCount(len(rows))
    for r, (cells, bold) in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if bold:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            if 0 < c < len(cells) - 1:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(r) for r in range(len(rows)))
    table.setFixedHeight(height)
