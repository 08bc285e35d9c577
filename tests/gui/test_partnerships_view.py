"""The Partnerships screen: the list and its filters, the wizard, and each partnership's life."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QLayout, QMessageBox
from sqlalchemy import select

from revmentor_desktop.core.db.models import (
    CheckIn,
    Enrolment,
    Partnership,
    PartnershipStatus,
    Person,
    Programme,
    Role,
)
from revmentor_desktop.core.services.suggestions import load_cohort
from revmentor_desktop.core.text import date_text, isolate, without_isolates
from revmentor_desktop.gui import create_main_window
from revmentor_desktop.gui.dialogs.end_partnership import EndPartnershipDialog
from revmentor_desktop.gui.models.partnerships import (
    HEADERS,
    NEXT_REVIEW,
    PARTNERS,
    START,
    STATUS,
    STEP,
    PartnershipsFilter,
    PartnershipsModel,
)
from revmentor_desktop.gui.pages.partnerships import PartnershipsView
from revmentor_desktop.gui.tasks import TaskRunner

WIZARD_MODULE = "revmentor_desktop.gui.wizard.partnership_wizard"
DOCUMENTS_MODULE = "revmentor_desktop.core.services.pdf_files"
TODAY = date.today()


@pytest.fixture(autouse=True)
def synchronous_tasks(monkeypatch):
    monkeypatch.setattr(TaskRunner, "synchronous", True)


@pytest.fixture
def pairs(db, small_org):
    """small_org, everyone consented, two more enrolled, four partnerships: id by nickname."""
    with db.session() as session, session.begin():
        people = {p.email.split(".")[0].split("@")[0]: p for p in session.scalars(select(Person))}
        for person in people.values():
            person.consent_date = date(2026, 1, 5)
        cohort = session.get(Programme, small_org)
        session.add_all([
            Enrolment(programme=cohort, person=people["olga"], role=Role.REVERSE_MENTOR),
            Enrolment(programme=cohort, person=people["jose"], role=Role.MENTEE, capacity=2),
        ])  # fmt: skip
        pilot = Programme(name="Pilot 2025", start_date=date(2025, 1, 6),
                          end_date=date(2025, 12, 19))  # fmt: skip
        session.add_all([
            pilot,
            Enrolment(programme=pilot, person=people["wang"], role=Role.REVERSE_MENTOR),
            Enrolment(programme=pilot, person=people["zoe"], role=Role.MENTEE),
        ])  # fmt: skip
        made = {
            "active": Partnership(
                programme=cohort, mentor=people["dana"], mentee=people["zoe"],
                status=PartnershipStatus.ACTIVE, wizard_step=5, start_date=date(2026, 10, 1),
                end_date=date(2027, 6, 30), fit_check_date=TODAY + timedelta(days=10),
                midpoint_review_date=TODAY + timedelta(days=60),
            ),
            "draft": Partnership(
                programme=cohort, mentor=people["wang"], mentee=people["jose"],
                status=PartnershipStatus.DRAFT, wizard_step=2,
            ),
            "paused": Partnership(
                programme=cohort, mentor=people["olga"], mentee=people["jose"],
                status=PartnershipStatus.PAUSED, wizard_step=5, start_date=date(2026, 10, 1),
            ),
            "completed": Partnership(
                programme=pilot, mentor=people["wang"], mentee=people["zoe"],
                status=PartnershipStatus.COMPLETED, wizard_step=5, start_date=date(2025, 1, 6),
                end_date=date(2025, 12, 19),
            ),
        }  # fmt: skip
        session.add_all(made.values())
        session.flush()
        session.add(CheckIn(partnership=made["active"], held_on=TODAY - timedelta(days=3)))
        return {name: p.id for name, p in made.items()} | {"cohort": small_org, "pilot": pilot.id}


@pytest.fixture
def view(qtbot, db, pairs):
    widget = PartnershipsView(db)
    qtbot.addWidget(widget)
    widget.resize(1300, 600)
    widget.messages = []
    widget.message.connect(widget.messages.append)
    return widget


@pytest.fixture
def window(qtbot, db, pairs):
    db.close()  # the window takes the writer lock itself
    main = create_main_window(db.url)
    qtbot.addWidget(main)
    return main


class FakeWizard(QDialog):
    """Stands in for the real wizard: records how it was opened; tests emit its signals."""

    saved = Signal(int)
    activated = Signal(int)
    made: list["FakeWizard"] = []

    def __init__(self, db, partnership_id=None, *, programme_id=None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("partnershipWizard")
        self.partnership_id, self.programme_id = partnership_id, programme_id
        FakeWizard.made.append(self)


@pytest.fixture
def fake_wizard(monkeypatch):
    monkeypatch.setattr(f"{WIZARD_MODULE}.PartnershipWizard", FakeWizard)
    FakeWizard.made = []
    return FakeWizard


@pytest.fixture
def fake_documents(monkeypatch, tmp_path):
    """A documents module that writes a small file, and a system viewer that records the URL."""
    written = []

    def save_agreement(db, partnership_id, path):
        path.write_bytes(b"%PDF-1.4 fake")
        written.append((partnership_id, path))
        return path

    monkeypatch.setattr(f"{DOCUMENTS_MODULE}.save_agreement", save_agreement)
    opened = []
    monkeypatch.setattr(
        "revmentor_desktop.gui.pages.partnerships.QDesktopServices.openUrl",
        lambda url: opened.append(url.toLocalFile()) or True,
    )
    return written, opened


def shown(view, column=PARTNERS):
    """The column's texts as read, without the marks that isolate each name."""
    rows = range(view.proxy.rowCount())
    return [without_isolates(view.proxy.index(r, column).data()) for r in rows]


def choose(view, partnership_id):
    assert view.select_partnership(partnership_id)
    assert view.selected_row().id == partnership_id


def collect_warnings(monkeypatch):
    warnings = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text: warnings.append(text))
    )
    return warnings


def status_of(db, partnership_id):
    with db.session() as session:
        partnership = session.get(Partnership, partnership_id)
        return partnership.status if partnership else None


# --- the list ------------------------------------------------------------------------------


def test_model_and_filter_pass_qtmodeltester(qtmodeltester, db, pairs):
    from revmentor_desktop.core.services.partnerships.life import list_partnerships

    model = PartnershipsModel()
    model.set_rows(list_partnerships(db))
    assert model.rowCount() == 4
    qtmodeltester.check(model)
    proxy = PartnershipsFilter()
    proxy.setSourceModel(model)
    proxy.sort(NEXT_REVIEW, Qt.SortOrder.DescendingOrder)
    proxy.set_filter("jos", pairs["cohort"], None)
    assert proxy.rowCount() == 2
    qtmodeltester.check(proxy)


def test_the_list_shows_each_partnership_with_its_columns(view):
    assert [view.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(8)] == list(HEADERS)
    # Sorted by the partners' names: reverse mentor first.
    assert shown(view) == [
        "Dana Fox → Zoë Adams",
        "Ольга Коваль → José Müller",
        "王伟 → José Müller",
        "王伟 → Zoë Adams",
    ]
    rows = {text: r for r, text in enumerate(shown(view))}
    active = [view.proxy.index(rows["Dana Fox → Zoë Adams"], c).data() for c in range(8)]
    assert active == [
        f"Dana Fox → {isolate('Zoë Adams')}", "Cohort 2026", "Active", "done", "1 Oct 2026",
        "30 Jun 2027",
        date_text(TODAY + timedelta(days=10)), date_text(TODAY - timedelta(days=3)),
    ]  # fmt: skip
    draft = rows["王伟 → José Müller"]
    assert view.proxy.index(draft, STATUS).data() == "Draft"
    assert view.proxy.index(draft, STEP).data() == "3 of 5: communication"
    assert view.proxy.index(draft, START).data() == ""
    assert view.ui.countLabel.text() == "4 partnerships (1 still being set up)"


def test_filter_by_programme_status_and_name(view, qtbot, pairs):
    ui = view.ui
    programmes = [ui.programmeFilter.itemText(i) for i in range(ui.programmeFilter.count())]
    assert programmes == ["All programmes", "Cohort 2026", "Pilot 2025"]
    ui.programmeFilter.setCurrentIndex(ui.programmeFilter.findData(pairs["pilot"]))
    assert shown(view) == ["王伟 → Zoë Adams"]
    assert ui.countLabel.text().startswith("1 of 4 partnerships shown")
    ui.programmeFilter.setCurrentIndex(0)
    statuses = [ui.statusFilter.itemText(i) for i in range(ui.statusFilter.count())]
    assert statuses == ["All", "Drafts", "Active", "Paused", "Completed", "Ended early"]
    ui.statusFilter.setCurrentIndex(statuses.index("Drafts"))
    assert shown(view, STATUS) == ["Draft"]
    ui.statusFilter.setCurrentIndex(statuses.index("Paused"))
    assert shown(view) == ["Ольга Коваль → José Müller"]
    ui.statusFilter.setCurrentIndex(0)
    # Either partner's name, without accents or case.
    qtbot.keyClicks(ui.searchEdit, "jose")
    assert sorted(shown(view)) == sorted(["Ольга Коваль → José Müller", "王伟 → José Müller"])
    ui.searchEdit.setText("zoe fox")
    assert shown(view) == ["Dana Fox → Zoë Adams"]
    ui.clearFiltersButton.click()
    assert len(shown(view)) == 4 and ui.searchEdit.text() == ""


def test_sorting_by_a_column_and_the_selection_survives_a_reload(view, db, pairs):
    table = view.ui.partnershipsTable
    table.sortByColumn(START, Qt.SortOrder.AscendingOrder)
    starts = shown(view, START)
    assert starts[:3] == ["6 Jan 2025", "1 Oct 2026", "1 Oct 2026"] and starts[3] == ""
    choose(view, pairs["paused"])
    with db.session() as session, session.begin():  # someone changes something meanwhile
        session.get(Partnership, pairs["active"]).start_date = date(2024, 1, 1)
    view.reload()
    assert shown(view, START)[0] == "1 Jan 2024"
    assert view.selected_row().id == pairs["paused"]


def test_buttons_offer_only_what_the_status_allows(view, pairs):
    ui = view.ui
    expected = {
        # open, pause, resume, complete, end early, delete draft
        "draft": ("Resume set-up…", False, False, False, False, True),
        "active": ("Edit agreement…", True, False, True, True, False),
        "paused": ("Edit agreement…", False, True, True, True, False),
        "completed": ("Open agreement…", False, False, False, False, False),
    }
    for name, (text, *enabled) in expected.items():
        choose(view, pairs[name])
        assert ui.openButton.text().replace("&", "") == text and ui.openButton.isEnabled()
        buttons = (ui.pauseButton, ui.resumeButton, ui.completeButton, ui.endEarlyButton,
                   ui.deleteDraftButton)  # fmt: skip
        assert [b.isEnabled() for b in buttons] == enabled, name
    view.ui.partnershipsTable.clearSelection()
    assert not ui.openButton.isEnabled() and not ui.deleteDraftButton.isEnabled()


def test_the_context_menu_offers_the_same_actions(view, pairs, monkeypatch):
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QMenu

    menus = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, *args: menus.append(menu))
    choose(view, pairs["paused"])
    view.ui.partnershipsTable.customContextMenuRequested.emit(QPoint(5, 5))
    offered = {a.text().replace("&", ""): a.isEnabled() for a in menus[0].actions()
               if not a.isSeparator()}  # fmt: skip
    assert offered == {"Edit agreement…": True, "Log check-in…": True, "Check-ins…": True,
                       "Pause": False, "Resume": True,
                       "Complete…": True, "End early…": True, "Delete draft…": False,
                       "Agreement PDF…": view.ui.agreementButton.isEnabled(),
                       "Self-assessment at the start…": True,
                       "Closing conversation…": False}  # fmt: skip
    next(a for a in menus[0].actions() if a.text() == "&Resume").trigger()
    assert view.selected_row().status == PartnershipStatus.ACTIVE


def test_column_widths_and_sorting_are_remembered(qtbot, db, pairs, tmp_path):
    settings = QSettings(str(tmp_path / "state.ini"), QSettings.Format.IniFormat)
    first = PartnershipsView(db)
    qtbot.addWidget(first)
    first.ui.partnershipsTable.setColumnWidth(STATUS, 177)
    first.ui.partnershipsTable.sortByColumn(START, Qt.SortOrder.DescendingOrder)
    first.save_state(settings)
    second = PartnershipsView(db)
    qtbot.addWidget(second)
    second.restore_state(settings)
    assert second.ui.partnershipsTable.columnWidth(STATUS) == 177
    header = second.ui.partnershipsTable.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        START, Qt.SortOrder.DescendingOrder)  # fmt: skip
    assert shown(second, START) == shown(first, START)


# --- the partnership's life ----------------------------------------------------------------


def test_pause_resume_and_complete_change_the_status(view, db, pairs, monkeypatch):
    choose(view, pairs["active"])
    view.ui.pauseButton.click()
    assert status_of(db, pairs["active"]) == PartnershipStatus.PAUSED
    assert view.selected_row().id == pairs["active"]  # kept across the reload
    assert view.ui.resumeButton.isEnabled() and not view.ui.pauseButton.isEnabled()
    view.ui.resumeButton.click()
    assert status_of(db, pairs["active"]) == PartnershipStatus.ACTIVE
    questions = []
    monkeypatch.setattr(view, "_confirm", lambda title, text: questions.append(text) or False)
    view.ui.completeButton.click()
    assert status_of(db, pairs["active"]) == PartnershipStatus.ACTIVE  # the question was declined
    assert f"Dana Fox and {isolate('Zoë Adams')}" in questions[0]
    monkeypatch.setattr(view, "_confirm", lambda title, text: True)
    view.ui.completeButton.click()
    assert status_of(db, pairs["active"]) == PartnershipStatus.COMPLETED
    assert view.selected_row().status == PartnershipStatus.COMPLETED
    assert not view.ui.completeButton.isEnabled()
    zoe = isolate("Zoë Adams")
    assert view.messages[-1] == f"The partnership of Dana Fox and {zoe} is completed"


def test_a_change_someone_else_made_first_is_explained(view, db, pairs, monkeypatch):
    choose(view, pairs["active"])
    from revmentor_desktop.core.services.partnerships.life import pause

    pause(db, pairs["active"])  # e.g. from the command line, while the list still says Active
    warnings = collect_warnings(monkeypatch)
    view.ui.pauseButton.click()
    assert "already paused" in warnings[0]
    assert view.selected_row().status == PartnershipStatus.PAUSED  # reloaded


def test_ending_early_needs_a_reason_and_a_no_fault_ending_frees_both(view, db, pairs,
                                                                      monkeypatch):  # fmt: skip
    cohort = load_cohort(db, pairs["cohort"])
    dana, zoe = view.model.rows[0].mentor_name, view.model.rows[0].mentee_name
    assert (dana, zoe) == ("Dana Fox", "Zoë Adams")
    assert "Zoë Adams" not in [p.name for p in cohort.mentees]  # her one place is taken
    seen = {}

    def run(dialog):
        assert isinstance(dialog, EndPartnershipDialog)
        seen["checked"] = dialog.ui.noFaultCheck.isChecked()
        seen["explained"] = dialog.ui.explanationLabel.text()
        assert not dialog.end()  # no reason yet: refused, and said why beside the field
        seen["error"] = dialog.ui.reasonError.text()
        seen["error_shown"] = not dialog.ui.reasonError.isHidden()
        assert status_of(db, pairs["active"]) == PartnershipStatus.ACTIVE
        dialog.ui.reasonEdit.setPlainText("Not a fit after the first session")
        assert dialog.ui.reasonError.isHidden()
        return dialog.end()

    monkeypatch.setattr(view, "_run_dialog", run)
    choose(view, pairs["active"])
    view.ui.endEarlyButton.click()
    assert seen["checked"] and "pool" in seen["explained"]
    assert seen["error_shown"] and "why" in seen["error"].lower()
    assert status_of(db, pairs["active"]) == PartnershipStatus.ENDED_EARLY
    with db.session() as session:
        ended = session.get(Partnership, pairs["active"])
        assert ended.no_fault_ending and ended.end_reason == "Not a fit after the first session"
    cohort = load_cohort(db, pairs["cohort"])
    assert "Dana Fox" in [p.name for p in cohort.mentors]
    assert "Zoë Adams" in [p.name for p in cohort.mentees]
    assert view.selected_row().status == PartnershipStatus.ENDED_EARLY
    assert "back in the pool" in view.messages[-1]


def test_the_end_early_dialog_explains_both_choices(qtbot, db, pairs, view):
    choose(view, pairs["paused"])
    dialog = EndPartnershipDialog(db, view.selected_row(), view)
    qtbot.addWidget(dialog)
    assert "Ольга Коваль" in dialog.ui.introLabel.text()
    no_fault = dialog.ui.explanationLabel.text()
    dialog.ui.noFaultCheck.setChecked(False)
    assert dialog.ui.explanationLabel.text() != no_fault
    dialog.ui.reasonEdit.setPlainText("Left the company")
    assert dialog.end()
    with db.session() as session:
        assert not session.get(Partnership, pairs["paused"]).no_fault_ending


def test_deleting_a_draft_asks_first(view, db, pairs, monkeypatch):
    questions = []
    answer = False
    monkeypatch.setattr(view, "_confirm",
                        lambda title, text: questions.append(text) or answer)  # fmt: skip
    choose(view, pairs["draft"])
    view.ui.deleteDraftButton.click()
    assert "Delete the draft partnership of 王伟 and José Müller" in without_isolates(questions[0])
    assert status_of(db, pairs["draft"]) == PartnershipStatus.DRAFT
    answer = True
    view.ui.deleteDraftButton.click()
    assert status_of(db, pairs["draft"]) is None
    assert len(shown(view)) == 3 and view.selected_row() is None
    # Only drafts: the button and the Delete key do nothing to a live partnership.
    choose(view, pairs["active"])
    assert not view.ui.deleteDraftButton.isEnabled()
    view.delete_selected_draft()
    assert len(questions) == 2 and status_of(db, pairs["active"]) == PartnershipStatus.ACTIVE


# --- the wizard and the agreement ----------------------------------------------------------


def test_enter_or_double_click_opens_the_selected_partnership(view, qtbot, pairs, fake_wizard,
                                                              monkeypatch):  # fmt: skip
    monkeypatch.setattr(view, "_run_dialog", lambda dialog: False)
    choose(view, pairs["draft"])
    table = view.ui.partnershipsTable
    table.setFocus()
    view.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    with qtbot.waitActive(view):
        view.show()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    rect = table.visualRect(table.currentIndex())
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [w.partnership_id for w in fake_wizard.made] == [pairs["draft"], pairs["draft"]]
    assert view.selected_row().id == pairs["draft"]


def test_a_draft_saved_in_the_wizard_is_selected_even_when_filtered_out(view, pairs,
                                                                         fake_wizard,
                                                                         monkeypatch):  # fmt: skip
    ui = view.ui
    ui.programmeFilter.setCurrentIndex(ui.programmeFilter.findData(pairs["pilot"]))

    def run(wizard):
        wizard.saved.emit(pairs["draft"])  # e.g. Next on the first page
        return False  # then Cancel, keeping the draft

    monkeypatch.setattr(view, "_run_dialog", run)
    changed = []
    view.changed.connect(lambda: changed.append(True))
    ui.newPartnershipButton.click()
    assert fake_wizard.made[0].partnership_id is None
    assert fake_wizard.made[0].programme_id == pairs["pilot"]  # the filter's programme
    assert view.selected_row().id == pairs["draft"]
    assert ui.programmeFilter.currentIndex() == 0  # shown after all
    assert changed and view.messages[-1] == "Partnership saved"


def test_activated_offers_the_agreement_pdf_and_opens_it(view, pairs, fake_wizard,
                                                         fake_documents, monkeypatch,
                                                         tmp_path):  # fmt: skip
    written, opened = fake_documents
    monkeypatch.setattr(view, "_run_dialog",
                        lambda wizard: wizard.activated.emit(pairs["draft"]) or True)  # fmt: skip
    asked, suggested = [], []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.Yes))  # fmt: skip
    target = tmp_path / "signed"  # the extension is added

    def save_as(parent, caption, start, filters):
        suggested.append(start)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    choose(view, pairs["draft"])
    view.ui.openButton.click()
    assert "agreement PDF" in asked[0]
    assert suggested[0].endswith("Agreement - 王伟 and José Müller.pdf")
    assert written == [(pairs["draft"], tmp_path / "signed.pdf")]
    assert opened == [str(tmp_path / "signed.pdf")]
    assert view.messages[-1] == f"Agreement saved to {tmp_path / 'signed.pdf'}"


def test_agreement_pdf_button(view, pairs, fake_documents, monkeypatch, tmp_path):
    written, opened = fake_documents
    choose(view, pairs["draft"])
    assert not view.ui.agreementButton.isEnabled()  # nothing agreed yet
    choose(view, pairs["active"])
    assert view.ui.agreementButton.isEnabled()
    answers = iter([("", ""), (str(tmp_path / "a.pdf"), "")])  # cancelled first, then saved
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args: next(answers)))  # fmt: skip
    view.ui.agreementButton.click()
    assert written == [] and opened == []
    view.ui.agreementButton.click()
    assert written == [(pairs["active"], tmp_path / "a.pdf")]
    assert opened == [str(tmp_path / "a.pdf")]


def test_a_failed_agreement_is_a_message_not_a_crash(view, pairs, monkeypatch, tmp_path):
    from revmentor_desktop.core.errors import RevMentorError

    def save_agreement(db, partnership_id, path):
        raise RevMentorError("The disk is full.")

    monkeypatch.setattr(f"{DOCUMENTS_MODULE}.save_agreement", save_agreement)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args: (str(tmp_path / "a.pdf"), "")))  # fmt: skip
    warnings = collect_warnings(monkeypatch)
    choose(view, pairs["active"])
    view.ui.agreementButton.click()
    assert warnings == ["The agreement could not be saved: The disk is full."]
    assert view.ui.agreementButton.isEnabled()  # ready to try again


# --- in the main window --------------------------------------------------------------------


def test_ctrl_4_shows_the_partnerships_screen(window, qtbot):
    action = window.ui.actionPartnerships
    assert action.shortcut().toString() == "Ctrl+4"
    assert action in window.ui.navigationBar.actions() and action in window.ui.menuView.actions()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = window.ui.pages.currentWidget()
    assert page.objectName() == "partnershipsView"
    assert action.isChecked() and not window.ui.actionPeople.isChecked()
    assert page.model.rowCount() == 4


def test_new_partnership_from_the_file_menu(window, pairs, fake_wizard, monkeypatch):
    from revmentor_desktop.gui.pages.partnerships import PartnershipsView as View

    monkeypatch.setattr(View, "_run_dialog", lambda self, wizard: False)
    action = window.ui.actionNewPartnership
    assert action.shortcut().toString() == "Ctrl+Shift+N"
    assert action in window.ui.menuFile.actions()
    assert action.text().replace("&", "") == "New partnership…"
    action.trigger()
    page = window.ui.pages.currentWidget()
    assert page.objectName() == "partnershipsView"
    assert [(w.partnership_id, w.programme_id) for w in fake_wizard.made] == [(None, None)]
    page.ui.programmeFilter.setCurrentIndex(page.ui.programmeFilter.findData(pairs["cohort"]))
    window.ui.actionPeople.trigger()
    action.trigger()
    assert fake_wizard.made[-1].programme_id == pairs["cohort"]


def test_partnership_actions_are_disabled_until_a_database_is_open(qtbot):
    from revmentor_desktop.gui.main_window import MainWindow

    empty = MainWindow()
    qtbot.addWidget(empty)
    assert not empty.ui.actionPartnerships.isEnabled()
    assert not empty.ui.actionNewPartnership.isEnabled()


def test_accepted_suggestions_show_up_as_drafts(qtbot, db, pairs):
    with db.session() as session, session.begin():  # room for Dana and José to pair up
        for enrolment in session.scalars(select(Enrolment).where(
                Enrolment.programme_id == pairs["cohort"])):  # fmt: skip
            enrolment.capacity = 3
    db.close()
    window = create_main_window(db.url)
    qtbot.addWidget(window)
    window.ui.actionPartnerships.trigger()
    page = window.ui.pages.currentWidget()
    before = len(page.model.rows)
    window.ui.actionSuggestions.trigger()
    suggestions = window.ui.pages.currentWidget()
    assert suggestions.model.pairs, "the fixture leaves a pair to suggest"
    suggestions.accept_all()
    window.ui.actionPartnerships.trigger()
    drafts = [r for r in page.model.rows if r.status == PartnershipStatus.DRAFT]
    assert len(page.model.rows) > before and len(drafts) > 1


def test_ending_a_partnership_refreshes_the_suggestions(window, pairs, monkeypatch):
    window.ui.actionSuggestions.trigger()
    suggestions = window.ui.pages.currentWidget()
    names = set(suggestions.names.values())
    assert "Dana Fox" not in names
    window.ui.actionPartnerships.trigger()
    page = window.ui.pages.currentWidget()
    monkeypatch.setattr(page, "_run_dialog", lambda dialog: (
        dialog.ui.reasonEdit.setPlainText("Moved abroad"), dialog.end())[1])  # fmt: skip
    choose(page, pairs["active"])
    page.ui.endEarlyButton.click()
    window.ui.actionSuggestions.trigger()
    assert "Dana Fox" in set(suggestions.names.values())


# --- with the real wizard ------------------------------------------------------------------


def test_the_real_wizard_resumes_a_draft_where_it_stopped(view, pairs, monkeypatch):
    opened = []

    def run(wizard):
        opened.append((wizard.objectName(), wizard.currentId(), wizard.agreement.id))
        return False

    monkeypatch.setattr(view, "_run_dialog", run)
    choose(view, pairs["draft"])
    view.open_selected()
    assert opened == [("partnershipWizard", 2, pairs["draft"])]  # page 3 of 5: communication


def test_the_real_wizard_starts_from_scratch_in_the_filters_programme(window, pairs, monkeypatch):
    from revmentor_desktop.gui.pages.partnerships import PartnershipsView as View

    opened = []

    def run(self, wizard):
        opened.append((wizard.objectName(), wizard.currentId(), wizard.agreement.id,
                       wizard.agreement.programme_id))  # fmt: skip
        return False

    monkeypatch.setattr(View, "_run_dialog", run)
    window.ui.actionPartnerships.trigger()
    page = window.ui.pages.currentWidget()
    page.ui.programmeFilter.setCurrentIndex(page.ui.programmeFilter.findData(pairs["pilot"]))
    window.ui.actionNewPartnership.trigger()
    assert opened == [("partnershipWizard", 0, None, pairs["pilot"])]


def fill_every_step(db, partnership_id):
    """Save all five steps of a draft through the services, leaving it a draft."""
    from revmentor_desktop.core.db.models import GoalDirection
    from revmentor_desktop.core.services.partnerships.agreement import GoalDraft, apply_defaults
    from revmentor_desktop.core.services.partnerships.setup import load_agreement, save_step
    from revmentor_desktop.core.vocabulary import GROUND_RULES

    agreement = load_agreement(db, partnership_id)
    for step in range(5):
        apply_defaults(db, agreement, step)
        if step == 1:
            agreement.start_date, agreement.end_date = date(2026, 10, 1), date(2027, 6, 30)
            agreement.goals = [
                GoalDraft(direction=direction, title="Learn a new tool",
                                   success_measure="Uses it weekly",
                                   target_date=date(2027, 3, 1))
                for direction in GoalDirection
            ]  # fmt: skip
        if step == 2:
            agreement.meeting_place = "Room 2.14"
            agreement.channels = agreement.channels or ["video"]
        if step == 3:
            agreement.confidentiality_agreed = True
            agreement.ground_rules_accepted = [key for key, _ in GROUND_RULES]
            agreement.manager_visibility = "That we meet and how our goals progress"
        if step == 4:
            agreement.success_measures = "Both rate the exchange 4 of 5 or better"
            agreement.no_fault_acknowledged = True
            agreement.mentor_signoff_name, agreement.mentee_signoff_name = "Wei", "José"
        agreement = save_step(db, agreement, step)
    assert agreement.status == PartnershipStatus.DRAFT


def test_finishing_the_real_wizard_activates_and_writes_the_agreement_pdf(
    view, db, pairs, monkeypatch, tmp_path
):
    fill_every_step(db, pairs["draft"])
    view.reload()
    monkeypatch.setattr(view, "_run_dialog", lambda wizard: wizard.accept() or True)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.Yes))  # fmt: skip
    target = tmp_path / "agreement.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args: (str(target), "")))  # fmt: skip
    opened = []
    monkeypatch.setattr("revmentor_desktop.gui.pages.partnerships.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)  # fmt: skip
    choose(view, pairs["draft"])
    view.open_selected()
    assert status_of(db, pairs["draft"]) == PartnershipStatus.ACTIVE
    assert view.selected_row().status == PartnershipStatus.ACTIVE
    assert "agreement PDF" in asked[0]
    assert (tmp_path / "agreement.pdf").read_bytes().startswith(b"%PDF")
    assert opened == [str(tmp_path / "agreement.pdf")]


# --- check-ins from the screen, and the main window's file actions ------------------------------


def test_log_check_in_from_the_screen_records_it(view, db, pairs, monkeypatch):
    choose(view, pairs["draft"])
    assert not view.ui.logCheckInButton.isEnabled()  # nothing to log before it starts
    assert not view.ui.checkInsButton.isEnabled()
    choose(view, pairs["active"])
    assert view.ui.logCheckInButton.isEnabled() and view.ui.checkInsButton.isEnabled()

    def run(dialog):
        dialog.ui.summaryEdit.setPlainText("Set up a first Teams channel together")
        return dialog.save()

    monkeypatch.setattr(view, "_run_dialog", run)
    view.ui.logCheckInButton.click()
    with db.session() as session:
        summaries = session.scalars(
            select(CheckIn.summary).where(CheckIn.partnership_id == pairs["active"])
        ).all()
    assert "Set up a first Teams channel together" in summaries
    assert view.messages[-1].startswith("Check-in logged for")


def test_check_ins_history_opens_for_the_selected_partnership(view, pairs, monkeypatch):
    opened = []
    monkeypatch.setattr(view, "_run_dialog", lambda dialog: opened.append(dialog) or False)
    choose(view, pairs["completed"])  # finished partnerships keep their history
    view.ui.checkInsButton.click()
    assert [dialog.objectName() for dialog in opened] == ["checkInHistoryDialog"]


def test_export_pairs_and_check_ins_from_the_file_menu(window, tmp_path, monkeypatch, pairs):
    import csv

    target = {}

    def save_as(parent, title, start, filters):
        target["path"] = tmp_path / f"{title.split()[-1]}.csv"
        return str(target["path"]), filters.split(";;")[1]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    window.ui.actionExportPairs.trigger()
    with target["path"].open(encoding="utf-8-sig") as file:
        rows = list(csv.DictReader(file))
    assert len(rows) == 4
    assert window.statusBar().currentMessage().startswith("Exported 4 pairs to")
    assert {row["mentee_email"].split(".")[0] for row in rows} == {"zoe", "jose"}
    window.ui.actionExportCheckIns.trigger()
    with target["path"].open(encoding="utf-8-sig") as file:
        assert len(list(csv.DictReader(file))) == 1  # the active pair's one check-in


def test_import_check_ins_opens_the_import_dialog_for_check_ins(window, monkeypatch):
    window.ui.actionImportCheckIns.trigger()
    dialog = window.import_dialog
    assert dialog.isVisible()
    assert "check-in" in dialog.windowTitle().lower()
    dialog.reject()
