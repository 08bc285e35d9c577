"""The Dashboard screen: figures, charts and to-do lists of a programme, and their next actions."""

from datetime import UTC, date, datetime

import pytest
from icalendar import Calendar
from PySide6.QtCore import QEvent, QPoint, QSettings, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QToolTip

from revmentor_desktop.core.db.models import (
    CheckInKind,
    Enrolment,
    FitVerdict,
    Goal,
    GoalDirection,
    Partnership,
    PartnershipStatus,
    Person,
    Programme,
    Role,
    Skill,
)
from revmentor_desktop.core.services.checkins import CheckInEntry, log_check_in
from revmentor_desktop.core.services.coordinator import coordinator_email, save_coordinator_email
from revmentor_desktop.core.services.dashboard import (
    BRAINSTORM,
    HEADLINE_KEYS,
    LOG_CHECK_IN,
    MENTEE_RATING,
    MENTOR_RATING,
    programme_overview,
)
from revmentor_desktop.core.text import isolate
from revmentor_desktop.gui.dialogs.brainstorm import BrainstormDialog, next_weekday_morning
from revmentor_desktop.gui.dialogs.common import CALENDAR, start_folder
from revmentor_desktop.gui.models.actions import ActionsModel
from revmentor_desktop.gui.pages.dashboard import (
    LISTS,
    NO_PARTNERSHIPS,
    NO_PROGRAMME,
    DashboardView,
)
from revmentor_desktop.gui.style import BAR_COLOUR, STATUS_COLOURS
from revmentor_desktop.gui.tasks import TaskRunner
from revmentor_desktop.gui.widgets.charts import Bar, BarChart, ColumnChart, label_step, nice_ticks

TODAY = date(2027, 3, 10)  # a Wednesday


@pytest.fixture(autouse=True)
def synchronous_tasks(monkeypatch):
    monkeypatch.setattr(TaskRunner, "synchronous", True)


def _person(session, key, given, family):
    person = Person(given_name=given, family_name=family, email=f"{key}@x.org",
                    department="Marketing")  # fmt: skip
    session.add(person)
    return person


@pytest.fixture
def cohort(db):
    """A programme with a stalled pair that met before, a stalled pair that never met (and is
    past its mid-point review), a pair on track, a draft, a completed pair, an unpaired mentee
    with consent and one without. Returns {name: id}."""
    with db.session() as session, session.begin():
        programme = Programme(name="Cohort 2027", start_date=date(2026, 10, 1),
                              stalled_after_days=21)  # fmt: skip
        tiktok, budgeting = Skill(name="TikTok"), Skill(name="Budgeting")
        session.add_all([programme, tiktok, budgeting])
        people = {}
        for key, given, family, role, consent in (
            ("m1", "Dana", "Fox", Role.REVERSE_MENTOR, True),
            ("e1", "Zoë", "Adams", Role.MENTEE, True),
            ("m2", "伟", "王", Role.REVERSE_MENTOR, True),
            ("e2", "José", "Müller", Role.MENTEE, True),
            ("m3", "Ольга", "Коваль", Role.REVERSE_MENTOR, True),
            ("e3", "Amara", "Okafor", Role.MENTEE, True),
            ("m4", "Lee", "Chan", Role.REVERSE_MENTOR, True),
            ("e4", "Ines", "Silva", Role.MENTEE, True),
            ("m5", "Kai", "Berg", Role.REVERSE_MENTOR, True),
            ("e5", "Ruth", "Cole", Role.MENTEE, True),
            ("u1", "Una", "Paired-Not", Role.MENTEE, True),
            ("u2", "Vic", "No-Consent", Role.MENTEE, False),
        ):
            people[key] = _person(session, key, given, family)
            people[key].consent_date = date(2026, 9, 1) if consent else None
            session.add(Enrolment(programme=programme, person=people[key], role=role))

        def pair(mentor, mentee, status, start=None, **extra):
            partnership = Partnership(
                programme=programme, mentor=people[mentor], mentee=people[mentee], status=status,
                start_date=start, wizard_step=extra.pop("wizard_step", 5),
                activated_at=datetime(start.year, start.month, start.day, tzinfo=UTC)
                if start else None, **extra,
            )  # fmt: skip
            session.add(partnership)
            return partnership

        p1 = pair("m1", "e1", PartnershipStatus.ACTIVE, date(2026, 10, 5),
                  midpoint_review_date=date(2027, 2, 1), meeting_minutes=45,
                  meeting_place="Room 4.12")  # fmt: skip
        p1.goals = [
            Goal(direction=GoalDirection.MENTEE_LEARNS, title="Post on TikTok", skill=tiktok),
            Goal(direction=GoalDirection.MENTOR_LEARNS, title="Read a budget", skill=budgeting),
        ]
        p2 = pair("m2", "e2", PartnershipStatus.ACTIVE, date(2027, 1, 10))
        p3 = pair("m3", "e3", PartnershipStatus.ACTIVE, date(2026, 10, 5),
                  midpoint_review_date=date(2027, 4, 1))  # fmt: skip
        p3.goals = [Goal(direction=GoalDirection.MENTEE_LEARNS, title="Reels", skill=tiktok)]
        p4 = pair("m4", "e4", PartnershipStatus.DRAFT, wizard_step=2)
        p5 = pair("m5", "e5", PartnershipStatus.ACTIVE, date(2026, 10, 5))
        session.flush()
        ids = {"programme": programme.id, "p1": p1.id, "p2": p2.id, "p3": p3.id, "p4": p4.id,
               "p5": p5.id, **{key: people[key].id for key in ("m5", "e5", "u1")}}  # fmt: skip
        goals = [goal.id for goal in p1.goals]
        p3_goal = p3.goals[0].id

    def check_in(partnership, held_on, kind=CheckInKind.CHECK_IN, ratings=(4, 5), **extra):
        log_check_in(db, CheckInEntry(ids[partnership], held_on, kind, mentor_rating=ratings[0],
                                      mentee_rating=ratings[1], **extra), today=TODAY)  # fmt: skip

    check_in("p1", date(2026, 10, 10), CheckInKind.FIT_CHECK, (4, 5),
             fit_verdict=FitVerdict.GOOD_FIT,
             goal_progress={goals[0]: 20, goals[1]: 10})  # fmt: skip
    check_in("p1", date(2026, 11, 2), ratings=(5, 3), goal_progress={goals[0]: 40, goals[1]: 30})
    check_in("p3", date(2026, 11, 20), ratings=(3, 4), goal_progress={p3_goal: 50})
    check_in("p3", date(2027, 3, 1), ratings=(5, 5), goal_progress={p3_goal: 70})
    check_in("p5", date(2026, 12, 1), ratings=(2, 4))
    log_check_in(db, CheckInEntry(ids["p3"], date(2027, 1, 15), held=False), today=TODAY)
    with db.session() as session, session.begin():
        session.get(Partnership, ids["p5"]).status = PartnershipStatus.COMPLETED
    return ids


@pytest.fixture
def view(qtbot, db, cohort):
    widget = DashboardView(db, today=TODAY)
    qtbot.addWidget(widget)
    return widget


def ids_of(items):
    return [(item.partnership_id, item.person_id) for item in items]


# --- what is shown --------------------------------------------------------------------------


def test_headline_figures_and_lists_match_the_overview(view, db, cohort):
    overview = programme_overview(db, cohort["programme"], TODAY)
    assert view.ui.contentStack.currentWidget() is view.ui.overviewPage
    assert view.ui.programmeCombo.currentText() == "Cohort 2027"
    for key in HEADLINE_KEYS:
        value = overview.headline[key]
        expected = f"{value:.1f}" if key in (MENTOR_RATING, MENTEE_RATING) else f"{value:,}"
        assert view.tiles[key].text() == expected, key
    assert view.tiles["people enrolled"].text() == "12"
    assert view.tiles["check-ins logged"].text() == "5"  # the cancelled one is not counted
    assert view.tiles[MENTOR_RATING].text() == "3.8"  # (4 + 5 + 3 + 5 + 2) / 5
    lists = {"stalled": overview.stalled, "overdue": overview.overdue_reviews,
             "drafts": overview.unfinished_drafts, "unpaired": overview.unpaired}  # fmt: skip
    for name in LISTS:
        assert view.models[name].rows == lists[name], name
    # The data really exercises every list.
    assert ids_of(view.models["stalled"].rows) == [(cohort["p1"], None), (cohort["p2"], None)]
    assert [i.action for i in view.models["stalled"].rows] == [BRAINSTORM, LOG_CHECK_IN]
    assert ids_of(view.models["overdue"].rows) == [(cohort["p1"], None)]
    assert ids_of(view.models["drafts"].rows) == [(cohort["p4"], None)]
    # A completed pair's people are free again; mentees first, and nobody without consent.
    assert ids_of(view.models["unpaired"].rows) == [
        (None, cohort["e5"]), (None, cohort["u1"]), (None, cohort["m5"])]  # fmt: skip
    tabs = view.ui.actionTabs
    assert [tabs.tabText(i) for i in range(4)] == [
        "Stalled (2)", "Overdue reviews (1)", "Drafts (1)", "Unpaired (3)"]  # fmt: skip
    assert "21 days" in view.ui.stalledHint.text()
    assert "10 Mar 2027" in view.ui.statusLabel.text()


def test_a_list_row_shows_who_what_and_the_next_action(view, qtmodeltester):
    model = view.models["stalled"]
    qtmodeltester.check(model)
    first = model.rows[0]
    assert first.names == ("Dana Fox", "Zoë Adams")
    # Each name isolated, so two right-to-left names keep their places around "&".
    who = f"Dana Fox & {isolate('Zoë Adams')}"
    assert model.index(0, 0).data() == f"{who}\n{first.detail}"
    assert model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole) == (
        f"Dana Fox & Zoë Adams: {first.detail}"
    )
    assert model.index(0, 1).data() == "Schedule brainstorming"
    assert model.index(1, 1).data() == "Log check-in"
    assert first.detail in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    empty = ActionsModel()
    qtmodeltester.check(empty)
    assert empty.rowCount() == 0


def test_empty_lists_say_so_instead_of_an_empty_table(qtbot, db, cohort):
    with db.session() as session, session.begin():
        session.delete(session.get(Partnership, cohort["p4"]))
    view = DashboardView(db, today=TODAY)
    qtbot.addWidget(view)
    assert view.models["drafts"].rows == []
    # (The tab is not shown, so ask what it will show.)
    assert view.ui.draftsTable.isHidden()
    assert not view.ui.draftsEmpty.isHidden()
    assert view.ui.actionTabs.tabText(2) == "Drafts"
    assert not view.ui.resumeDraftButton.isEnabled()
    assert view.ui.stalledTable.isVisibleTo(view)
    assert view.ui.stalledEmpty.isHidden()


def test_charts_get_the_overview_values(view, db, cohort):
    overview = programme_overview(db, cohort["programme"], TODAY)
    ui = view.ui
    status = ui.statusChart.bars
    assert [b.value for b in status] == [overview.by_status[s.value] for s in PartnershipStatus]
    assert [b.value for b in status] == [1, 3, 0, 1, 0]
    assert (
        status[1].label == "Active" and status[1].colour == STATUS_COLOURS[PartnershipStatus.ACTIVE]
    )
    assert "Active: 3" in ui.statusChart.accessibleDescription()
    months = ui.checkInsChart.bars
    assert [b.value for b in months] == [count for _, count in overview.check_ins_by_month]
    assert [b.value for b in months] == [1, 2, 1, 0, 0, 1]  # Oct 2026 … Mar 2027, no gaps
    assert months[0].label == "Oct\n2026" and months[3].label == "Jan\n2027"
    assert months[1].tooltip == "November 2026: 2 check-ins held"
    assert [b.value for b in ui.ratingsChart.bars] == list(overview.average_ratings)
    assert ui.ratingsChart.maximum == 5
    goals = {b.label: b.value for b in ui.goalsChart.bars}
    assert goals == {
        "Mentees' goals": overview.goal_progress["mentee_learns"],
        "Reverse mentors' goals": overview.goal_progress["mentor_learns"],
    }
    assert goals["Mentees' goals"] == 55  # (40 + 70) / 2: the latest progress of each goal
    for chart, direction in ((ui.menteeSkillsChart, "mentee_learns"),
                             (ui.mentorSkillsChart, "mentor_learns")):  # fmt: skip
        assert [(b.label, b.value) for b in chart.bars] == overview.skills_exchanged[direction]
    assert [(b.label, b.value) for b in ui.menteeSkillsChart.bars] == [("TikTok", 2)]


def test_charts_paint_their_bars_without_warnings(view, qtbot):
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    image = view.grab().toImage()  # every chart paints; a QPainter warning fails the test
    assert not image.isNull()
    chart = view.ui.statusChart
    picture = chart.grab().toImage()
    rects = chart.bar_rects()
    active = rects[1].center().toPoint()
    assert picture.pixelColor(active) == STATUS_COLOURS[PartnershipStatus.ACTIVE]
    assert rects[1].width() > rects[0].width() > 0  # 3 active pairs, 1 draft
    assert rects[2].width() == 0  # nothing paused
    months = view.ui.checkInsChart
    picture = months.grab().toImage()
    tallest = months.bar_rects()[1]
    assert picture.pixelColor(tallest.center().toPoint()) == BAR_COLOUR
    assert tallest.height() > months.bar_rects()[0].height() > 0


@pytest.mark.parametrize("chart_class", [BarChart, ColumnChart])
@pytest.mark.parametrize("size", [(120, 60), (600, 300)])
def test_a_chart_paints_at_any_size_and_when_empty(qtbot, chart_class, size):
    chart = chart_class()
    qtbot.addWidget(chart)
    chart.resize(*size)
    chart.empty_text = "No check-ins logged yet"
    assert not chart.grab().toImage().isNull()
    assert chart.accessibleDescription() == ""  # nothing set yet
    chart.set_bars([Bar("Long label " * 5, 3), Bar("None yet", None), Bar("Big", 1234567)])
    assert not chart.grab().toImage().isNull()
    assert "None yet: none yet" in chart.accessibleDescription()
    chart.set_bars([])
    assert chart.accessibleDescription() == "No check-ins logged yet"
    assert not chart.grab().toImage().isNull()


def test_each_bar_has_its_own_tooltip(qtbot):
    chart = ColumnChart()
    qtbot.addWidget(chart)
    chart.resize(400, 200)
    chart.set_bars([Bar("Oct", 3, "October: 3"), Bar("Nov", 5), Bar("Dec", 0, "December: 0")])
    rects = chart.bar_rects()
    assert [chart.bar_at(r.center()) for r in rects[:2]] == [0, 1]
    # An empty month still has its column to hover.
    assert chart.bar_at(QPoint(int(rects[2].center().x()), 5)) == 2
    assert chart.tooltip_of(0) == "October: 3"
    assert chart.tooltip_of(1) == "Nov: 5"  # made up from the label and value
    chart.show()
    qtbot.waitExposed(chart)
    point = rects[0].center().toPoint()
    chart.event(QHelpEvent(QEvent.Type.ToolTip, point, chart.mapToGlobal(point)))
    assert QToolTip.text() == "October: 3"
    QToolTip.hideText()
    bars = BarChart()
    qtbot.addWidget(bars)
    bars.resize(400, 200)
    bars.set_bars([Bar("Active", 3), Bar("Paused", 1)])
    assert bars.bar_at(QPoint(5, int(bars.bar_rects()[1].center().y()))) == 1
    assert bars.bar_at(QPoint(5, 199)) is None  # the scale under the bars


def test_crowded_scales_still_label_their_top():
    assert label_step(5, 1) == 1  # room for every label
    assert label_step(5, 2) == 5  # 0–100 in steps of 20: 0 % and 100 %, not 0, 40, 80
    assert label_step(4, 2) == 2  # 0, 2, 4
    assert label_step(10, 3) == 5
    assert label_step(1, 0) == 1


def test_nice_ticks():
    assert nice_ticks(26) == [0, 10, 20, 30]
    assert nice_ticks(5) == [0, 1, 2, 3, 4, 5]
    assert nice_ticks(100) == [0, 20, 40, 60, 80, 100]
    assert nice_ticks(3) == [0, 1, 2, 3]
    assert nice_ticks(0) == [0, 1]
    assert nice_ticks(1) == [0, 1]  # counts: never a tick at 0.2 goals
    assert nice_ticks(0.05) == [0, 1]
    assert nice_ticks(2) == [0, 1, 2]
    assert nice_ticks(11) == [0, 5, 10, 15]  # not 2.5, 5, 7.5…: check-ins come whole
    assert nice_ticks(110) == [0, 25, 50, 75, 100, 125]
    assert nice_ticks(1234)[-1] >= 1234


# --- next actions ---------------------------------------------------------------------------


def select(view, name, row):
    table = view.tables[name]
    table.selectRow(row)
    assert view.selected_item(name) is view.models[name].rows[row]


def test_log_check_in_for_a_stalled_pair_or_an_overdue_review(view, qtbot, cohort):
    select(view, "stalled", 1)
    with qtbot.waitSignal(view.log_check_in_requested) as signal:
        view.ui.logStalledButton.click()
    assert signal.args == [cohort["p2"]]
    # Double-clicking a row or pressing Enter does the row's own next action: "log check-in".
    table = view.ui.stalledTable
    view.resize(1280, 800)
    with qtbot.waitActive(view):
        view.show()
    rect = table.visualRect(view.models["stalled"].index(1, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.log_check_in_requested) as signal:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [cohort["p2"]]
    table.setFocus()
    with qtbot.waitSignal(view.log_check_in_requested) as signal:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert signal.args == [cohort["p2"]]
    select(view, "overdue", 0)
    with qtbot.waitSignal(view.log_check_in_requested) as signal:
        view.ui.logReviewButton.click()
    assert signal.args == [cohort["p1"]]


def test_resume_draft_and_suggest_partners_are_asked_of_the_main_window(view, qtbot, cohort):
    select(view, "drafts", 0)
    with qtbot.waitSignal(view.resume_draft_requested) as signal:
        view.ui.resumeDraftButton.click()
    assert signal.args == [cohort["p4"]]
    with qtbot.waitSignal(view.resume_draft_requested) as signal:
        view.act_on_selected("drafts")
    assert signal.args == [cohort["p4"]]
    with qtbot.waitSignal(view.suggest_requested) as signal:
        view.ui.suggestButton.click()
    assert signal.args == [cohort["programme"]]
    with qtbot.waitSignal(view.suggest_requested) as signal:
        view.act_on_selected("unpaired")
    assert signal.args == [cohort["programme"]]


def test_nothing_selected_asks_for_nothing(view, qtbot):
    view.ui.stalledTable.clearSelection()
    assert not view.ui.logStalledButton.isEnabled()
    assert not view.ui.brainstormButton.isEnabled()
    with qtbot.assertNotEmitted(view.log_check_in_requested):
        view.act_on_selected("stalled")
        view.ui.logStalledButton.click()


@pytest.fixture
def coordinator(db):
    """Invitations come from the coordinator: their email is set."""
    save_coordinator_email(db, "sam.lee@northwind.example")


def test_a_brainstorming_session_is_saved_as_an_invitation(view, qtbot, monkeypatch, tmp_path,
                                                           cohort, coordinator):  # fmt: skip
    asked = {}

    def run_dialog(dialog):
        asked["default"] = dialog.when
        dialog.when_edit.setDateTime(datetime(2027, 3, 15, 14, 30))
        return True

    def save_as(parent, caption, start, filters):
        asked["start"] = start
        return str(tmp_path / "invite"), filters

    monkeypatch.setattr(view, "_run_dialog", run_dialog)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    select(view, "stalled", 0)  # Dana and Zoë met before: a brainstorming session
    with qtbot.waitSignal(view.message) as message:
        view.ui.brainstormButton.click()
    assert asked["default"] == datetime(2027, 3, 11, 10, 0)  # the next weekday, 10:00
    assert asked["start"].endswith("Brainstorming - Dana Fox & Zoë Adams.ics")
    path = tmp_path / "invite.ics"
    assert "invite.ics" in message.args[0] and "15 Mar 2027" in message.args[0]
    assert message.args[0].endswith(f"send it to Dana Fox & {isolate('Zoë Adams')}")
    calendar = Calendar.from_ical(path.read_bytes())
    assert str(calendar["METHOD"]) == "REQUEST"
    event = calendar.walk("VEVENT")[0]
    start = event.decoded("dtstart")  # this computer's local time, with its zone
    assert start.tzinfo is not None and start.replace(tzinfo=None) == datetime(2027, 3, 15, 14, 30)
    assert str(event["organizer"]) == "mailto:sam.lee@northwind.example"
    assert str(event["location"]) == "Room 4.12"
    attendees = sorted(str(a) for a in event["attendee"])
    assert attendees == ["mailto:e1@x.org", "mailto:m1@x.org"]
    assert start_folder(CALENDAR) == tmp_path  # the next invitation is offered there
    assert not list(tmp_path.glob("*.partial"))

    # Double-clicking the row does the same.
    path.unlink()
    monkeypatch.setattr(view, "_run_dialog", lambda dialog: True)
    view.act_on_selected("stalled")
    assert path.exists()


def test_the_coordinators_email_is_asked_for_once(view, db, qtbot, monkeypatch, tmp_path):
    asked = []

    def get_text(parent, title, label, mode, text):
        asked.append((title, label))
        return ("not an address", True) if len(asked) == 1 else ("sam@x.org", True)

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    monkeypatch.setattr(view, "_run_dialog", lambda dialog: True)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a: (str(tmp_path / "b.ics"), "")))  # fmt: skip
    select(view, "stalled", 0)
    view.ui.brainstormButton.click()
    assert [title for title, _ in asked] == ["Coordinator's email"] * 2
    assert "is not an email address" in asked[1][1]  # asked again, saying why
    assert coordinator_email(db) == "sam@x.org"
    event = Calendar.from_ical((tmp_path / "b.ics").read_bytes()).walk("VEVENT")[0]
    assert str(event["organizer"]) == "mailto:sam@x.org"
    view.ui.brainstormButton.click()  # kept: not asked again
    assert len(asked) == 2


def test_without_the_coordinators_email_no_invitation_is_written(view, db, monkeypatch, tmp_path):
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a: ("", False)))
    select(view, "stalled", 0)
    # Cancelled: neither the time nor the file is asked (the GUI conftest fails them).
    assert view.schedule_brainstorming(view.selected_item("stalled")) is None
    assert coordinator_email(db) is None and not list(tmp_path.rglob("*.ics"))


def test_cancelling_the_time_or_the_file_writes_nothing(view, monkeypatch, tmp_path, coordinator):
    select(view, "stalled", 0)
    monkeypatch.setattr(view, "_run_dialog", lambda dialog: False)
    assert view.schedule_brainstorming(view.selected_item("stalled")) is None
    # (Had the file dialog opened, the GUI conftest would have failed the test.)
    monkeypatch.setattr(view, "_run_dialog", lambda dialog: True)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    view.ui.brainstormButton.click()
    assert not list(tmp_path.rglob("*.ics"))


def test_an_invitation_that_cannot_be_written_is_a_message(view, monkeypatch, tmp_path, qtbot,
                                                           coordinator):  # fmt: skip
    warnings = []
    monkeypatch.setattr(view, "_run_dialog", lambda dialog: True)
    missing = str(tmp_path / "gone" / "x.ics")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (missing, "")))
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text: warnings.append(text))
    )
    select(view, "stalled", 0)
    with qtbot.assertNotEmitted(view.message):
        view.ui.brainstormButton.click()
    assert len(warnings) == 1 and "does not exist" in warnings[0]
    assert not (tmp_path / "gone").exists()


def test_the_time_dialog_starts_at_the_next_weekday_morning(qtbot):
    assert next_weekday_morning(date(2027, 3, 10)) == datetime(2027, 3, 11, 10, 0)
    assert next_weekday_morning(date(2027, 3, 12)) == datetime(2027, 3, 15, 10, 0)  # Fri → Mon
    assert next_weekday_morning(date(2027, 3, 13)) == datetime(2027, 3, 15, 10, 0)  # Sat → Mon
    dialog = BrainstormDialog("Dana Fox & Zoë Adams", date(2027, 3, 12))
    qtbot.addWidget(dialog)
    assert dialog.when == datetime(2027, 3, 15, 10, 0)
    assert dialog.when_edit.minimumDate().toPython() == date(2027, 3, 12)
    assert "<b>Dana Fox &amp; Zoë Adams</b>" in dialog.intro.text()


# --- empty states and reloading ---------------------------------------------------------------


def test_a_programme_without_partnerships_says_what_to_do(qtbot, db, small_org):
    view = DashboardView(db, today=TODAY)
    qtbot.addWidget(view)
    assert view.ui.contentStack.currentWidget() is view.ui.emptyPage
    text = view.ui.emptyLabel.text()
    assert text.startswith(NO_PARTNERSHIPS)
    assert "3 people are enrolled in Cohort 2026" in text
    assert view.ui.openSuggestionsButton.isVisibleTo(view)
    with qtbot.waitSignal(view.suggest_requested) as signal:
        view.ui.openSuggestionsButton.click()
    assert signal.args == [small_org]


def test_no_programme_at_all(qtbot, db):
    view = DashboardView(db)
    qtbot.addWidget(view)
    assert view.today == date.today()
    assert view.ui.contentStack.currentWidget() is view.ui.emptyPage
    assert view.ui.emptyLabel.text() == NO_PROGRAMME
    assert not view.ui.openSuggestionsButton.isVisibleTo(view)
    assert not view.ui.programmeCombo.isEnabled()


def test_switching_programmes_and_reloading(view, db, cohort, qtbot):
    with db.session() as session, session.begin():
        session.add(Programme(name="Next cohort", start_date=date(2027, 9, 1)))
    select(view, "stalled", 1)
    view.reload()
    combo = view.ui.programmeCombo
    assert combo.count() == 2 and combo.currentText() == "Cohort 2027"  # the choice is kept
    assert view.selected_item("stalled").partnership_id == cohort["p2"]  # and the row
    # The pair that never met logs its first check-in: it is no longer stalled.
    log_check_in(db, CheckInEntry(cohort["p2"], date(2027, 3, 9)), today=TODAY)
    view.reload()
    assert ids_of(view.models["stalled"].rows) == [(cohort["p1"], None)]
    assert view.selected_item("stalled").partnership_id == cohort["p1"]
    assert view.tiles["check-ins logged"].text() == "6"
    combo.setCurrentIndex(combo.findText("Next cohort"))
    assert view.ui.contentStack.currentWidget() is view.ui.emptyPage
    assert "Nobody is enrolled" in view.ui.emptyLabel.text()
    assert view.models["stalled"].rows == []
    view.select_programme(cohort["programme"])
    assert view.ui.contentStack.currentWidget() is view.ui.overviewPage


def test_a_programme_deleted_meanwhile_is_a_message_not_a_crash(view, db, cohort):
    with db.session() as session, session.begin():
        session.query(Partnership).delete()
        session.delete(session.get(Programme, cohort["programme"]))
    view.load_overview()
    assert view.ui.emptyLabel.text() == "This programme no longer exists."


def test_the_overview_is_read_in_the_background(qtbot, db, cohort, monkeypatch):
    monkeypatch.setattr(TaskRunner, "synchronous", False)
    view = DashboardView(db, today=TODAY)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.task is None and view.overview is not None)
    assert view.tiles["people enrolled"].text() == "12"
    assert view.ui.contentStack.currentWidget() is view.ui.overviewPage


def test_the_layout_is_remembered(view, tmp_path, qtbot, db):
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    view.ui.actionTabs.setCurrentIndex(2)
    view.save_state(settings)
    again = DashboardView(db, today=TODAY)
    qtbot.addWidget(again)
    again.restore_state(settings)
    assert again.ui.actionTabs.currentIndex() == 2
