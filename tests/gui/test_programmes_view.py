"""The programmes view and its dialogs, driven as a coordinator would."""

from datetime import date, timedelta

import pytest
from factories import person_id
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLayout,
    QMessageBox,
    QSpinBox,
)
from sqlalchemy import select

from revmentor_desktop.core.db.models import (
    Partnership,
    Person,
    ProgrammeStatus,
    Role,
)
from revmentor_desktop.core.services.programmes import (
    list_enrolments,
    list_programmes,
    load_programme,
)
from revmentor_desktop.core.text import isolate
from revmentor_desktop.gui.dialogs.programme import EnrolDialog, ProgrammeDialog
from revmentor_desktop.gui.models.enrolments import (
    CAPACITY,
    CONSENT,
    ROLE,
    ROW_ROLE,
    EnrolmentsModel,
)
from revmentor_desktop.gui.pages.programmes import ProgrammesView


@pytest.fixture
def view(qtbot, db, small_org):
    widget = ProgrammesView(db)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    return widget


def show(qtbot, widget):
    """Show a view on its own, as keyboard shortcuts need an active window.

    In the app the view sits inside the main window; alone, its layout would resize the
    top-level window, which the offscreen platform answers with a warning (failing the test).
    """
    widget.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    with qtbot.waitActive(widget):
        widget.show()


def shown(view, column=0):
    proxy = view.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def select_names(view, *names):
    table = view.ui.enrolmentsTable
    table.clearSelection()
    mode = table.selectionMode()
    table.setSelectionMode(table.SelectionMode.MultiSelection)
    for row, name in enumerate(shown(view)):
        if name in names:
            table.selectRow(row)
    table.setSelectionMode(mode)
    assert sorted(r.name for r in view.selected_rows()) == sorted(names)


def proxy_index(view, name, column):
    row = shown(view).index(name)
    return view.proxy.index(row, column)


def ok_button(dialog, which=QDialogButtonBox.StandardButton.Ok):
    return dialog.ui.buttonBox.button(which)


# --- the model ----------------------------------------------------------------------------


def test_enrolments_model_passes_qtmodeltester(qtmodeltester, db, small_org):
    edits = []
    model = EnrolmentsModel(lambda *change: edits.append(change))
    model.set_rows(list_enrolments(db, small_org))
    qtmodeltester.check(model)
    dana = model.index(0, ROLE)
    assert dana.data() == "Reverse mentor"
    assert dana.data(Qt.ItemDataRole.EditRole) == "reverse_mentor"
    assert model.flags(dana) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(0, CAPACITY), 2)
    assert edits == [(dana.data(ROW_ROLE).enrolment_id, None, 2)]
    assert model.index(0, CAPACITY).data() == "2"
    assert model.index(0, CONSENT).data() == "Not recorded"
    qtmodeltester.check(model)


def test_view_filter_passes_qtmodeltester(qtmodeltester, view):
    view.ui.filterEdit.setText("zoe")
    qtmodeltester.check(view.proxy)
    assert shown(view) == ["Zoë Adams"]


# --- the view -----------------------------------------------------------------------------


def test_the_view_lists_programmes_and_who_takes_part(view, small_org):
    ui = view.ui
    assert view.objectName() == "programmesView"
    assert ui.programmesList.count() == 1
    assert ui.programmesList.item(0).text() == (
        "Cohort 2026\nPlanning · from 1 Oct 2026\n2 reverse mentors · 1 mentee"
    )
    assert view.current_programme_id() == small_org
    assert ui.programmeTitle.text() == "Cohort 2026"
    assert "meetings every two weeks" in ui.programmeDetails.text()
    assert ui.countsLabel.text() == (
        "Reverse mentors: 2 (capacity 2) · Mentees: 1 (capacity 1) · 3 without consent"
    )
    assert shown(view) == ["Dana Fox", "Zoë Adams", "王伟"]
    assert shown(view, 1) == ["dana.fox@x.org", "zoe.adams@x.org", "wang.wei@x.org"]
    assert not ui.unenrolButton.isEnabled() and not ui.consentButton.isEnabled()


def test_an_empty_database_invites_a_first_programme(qtbot, db):
    view = ProgrammesView(db)
    qtbot.addWidget(view)
    assert view.ui.programmeTitle.text() == "No programme yet"
    assert "New programme" in view.ui.programmeDetails.text()
    assert not view.ui.enrolButton.isEnabled()
    assert not view.ui.editProgrammeButton.isEnabled()
    assert view.ui.newProgrammeButton.isEnabled()


def test_filter_by_name_or_email_ignoring_accents(view, qtbot):
    show(qtbot, view)
    ui = view.ui
    qtbot.keyClicks(ui.filterEdit, "zoe")
    assert shown(view) == ["Zoë Adams"]
    ui.filterEdit.setText("wang.wei@")
    assert shown(view) == ["王伟"]
    ui.filterEdit.setText("marketing")  # department is not searched here
    assert shown(view) == []
    qtbot.keyClick(ui.filterEdit, Qt.Key.Key_Escape)
    assert len(shown(view)) == 3


def test_ctrl_f_focuses_the_filter(view, qtbot):
    show(qtbot, view)
    view.ui.enrolmentsTable.setFocus()
    qtbot.keyClick(view.ui.enrolmentsTable, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.ui.filterEdit.hasFocus()


def test_create_a_programme_through_the_dialog(view, db, qtbot, monkeypatch):
    def fill_in(dialog):
        assert isinstance(dialog, ProgrammeDialog)
        assert dialog.objectName() == "programmeDialog"
        ui = dialog.ui
        assert (ui.frequencyCombo.currentData(), ui.checkinSpin.value(),
                ui.stalledSpin.value()) == (14, 30, 21)  # fmt: skip
        assert not ui.startDateCheck.isChecked() and not ui.startDateEdit.isEnabled()
        qtbot.keyClicks(ui.nameEdit, "Cohort 2027")
        ui.startDateCheck.setChecked(True)
        ui.startDateEdit.setDate(QDate(2027, 10, 1))
        ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(ProgrammeStatus.RUNNING))
        ui.frequencyCombo.setCurrentIndex(ui.frequencyCombo.findText("Monthly (30)"))
        ui.stalledSpin.setValue(28)
        ok_button(dialog, QDialogButtonBox.StandardButton.Save).click()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(view, "_run_dialog", fill_in)
    qtbot.mouseClick(view.ui.newProgrammeButton, Qt.MouseButton.LeftButton)
    programmes = list_programmes(db)
    assert [p.name for p in programmes] == ["Cohort 2027", "Cohort 2026"]
    new = load_programme(db, programmes[0].id)
    assert (new.start_date, new.end_date, new.status) == (
        date(2027, 10, 1),
        None,
        ProgrammeStatus.RUNNING,
    )
    assert (new.meeting_interval_days, new.stalled_after_days) == (30, 28)
    assert view.current_programme_id() == programmes[0].id
    assert view.ui.programmeTitle.text() == "Cohort 2027"
    assert shown(view) == []
    assert view.ui.messageLabel.text() == "Programme “Cohort 2027” created."


def test_the_programme_dialog_shows_each_problem_beside_its_field(qtbot, db, small_org):
    dialog = ProgrammeDialog(db)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.nameError.isHidden() and ui.datesError.isHidden()
    ui.endDateCheck.setChecked(True)
    ui.startDateCheck.setChecked(True)
    ui.startDateEdit.setDate(QDate(2026, 10, 1))
    ui.endDateEdit.setDate(QDate(2026, 9, 1))
    save = ok_button(dialog, QDialogButtonBox.StandardButton.Save)
    save.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert not ui.nameError.isHidden()
    assert ui.nameError.text().startswith("Give the programme a name")
    assert ui.datesError.text() == (
        "The programme cannot end (1 Sep 2026) before it starts (1 Oct 2026)."
    )
    ui.nameEdit.setText("COHORT 2026")
    assert ui.nameError.isHidden()  # typing clears the old message
    save.click()
    assert ui.nameError.text() == "There is already a programme called “Cohort 2026”."
    assert len(list_programmes(db)) == 1  # nothing saved
    ui.nameEdit.setText("Cohort 2027")
    ui.endDateCheck.setChecked(False)  # an open end is fine
    assert ui.datesError.isHidden()
    save.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert load_programme(db, dialog.programme_id).end_date is None


def test_edit_a_programme_with_enter_or_double_click(view, db, qtbot, monkeypatch, small_org):
    opened = []

    def rename(dialog):
        opened.append(dialog.programme_id)
        if len(opened) > 1:
            return False  # cancelled
        assert dialog.windowTitle() == "Edit programme"
        assert dialog.ui.nameEdit.text() == "Cohort 2026"
        assert dialog.ui.startDateCheck.isChecked()
        assert dialog.ui.startDateEdit.date() == QDate(2026, 10, 1)
        dialog.ui.nameEdit.setText("Cohort 2026 (pilot)")
        return dialog.save()

    monkeypatch.setattr(view, "_run_dialog", rename)
    show(qtbot, view)
    listing = view.ui.programmesList
    listing.setFocus()
    qtbot.keyClick(listing, Qt.Key.Key_Return)
    assert opened == [small_org]
    assert view.ui.programmeTitle.text() == "Cohort 2026 (pilot)"
    assert listing.item(0).text().startswith("Cohort 2026 (pilot)\n")
    rect = listing.visualItemRect(listing.item(0))
    # Qt 6's QTest only sees a double-click when a click came just before it.
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [small_org, small_org]


def test_a_programme_saved_with_unusual_days_keeps_them(qtbot, db, small_org):
    from revmentor_desktop.core.services.programmes import save_programme

    data = load_programme(db, small_org)
    data.meeting_interval_days = 10
    save_programme(db, data, small_org)
    dialog = ProgrammeDialog(db, small_org)
    qtbot.addWidget(dialog)
    combo = dialog.ui.frequencyCombo
    assert combo.currentText() == "Every 10 days (10)"
    assert [combo.itemData(i) for i in range(combo.count())] == [7, 10, 14, 21, 30]


def test_enrol_people_through_the_enrol_dialog(view, db, qtbot, monkeypatch, small_org):
    def choose(dialog):
        assert isinstance(dialog, EnrolDialog)
        assert dialog.objectName() == "enrolDialog"
        ui = dialog.ui
        assert dialog.shown_names() == ["José Müller", "Ольга Коваль"]  # no archived Bob
        ok = ok_button(dialog)
        assert not ok.isEnabled()
        qtbot.keyClicks(ui.searchEdit, "finance jose")
        assert dialog.shown_names() == ["José Müller"]
        ui.tickShownButton.click()
        assert ui.tickedLabel.text() == "1 person ticked"
        ui.roleCombo.setCurrentIndex(ui.roleCombo.findData(Role.MENTEE))
        ui.capacitySpin.setValue(2)
        assert ui.capacitySpin.suffix() == " partners at once"
        ok.click()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(view, "_run_dialog", choose)
    qtbot.mouseClick(view.ui.enrolButton, Qt.MouseButton.LeftButton)
    rows = {r.name: r for r in list_enrolments(db, small_org)}
    assert (rows["José Müller"].role, rows["José Müller"].capacity) == (Role.MENTEE, 2)
    assert "José Müller" in shown(view)
    assert view.ui.countsLabel.text().startswith(
        "Reverse mentors: 2 (capacity 2) · Mentees: 2 (capacity 3)"
    )
    assert view.ui.programmesList.item(0).text().endswith("2 reverse mentors · 2 mentees")
    assert view.ui.messageLabel.text() == "1 person enrolled."


def test_the_enrol_dialog_ticks_across_searches(qtbot, db, small_org):
    dialog = EnrolDialog(db, small_org, "Cohort 2026")
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert dialog.windowTitle() == "Enrol people in Cohort 2026"
    ui.searchEdit.setText("ольга")
    ui.peopleList.item(1).setCheckState(Qt.CheckState.Checked)
    ui.searchEdit.clear()
    ui.tickShownButton.click()
    assert ui.tickedLabel.text() == "2 people ticked"
    ui.untickAllButton.click()
    assert dialog.ticked_ids() == []
    assert not ok_button(dialog).isEnabled()
    dialog.tick([person_id(db, "olga.koval@x.org")])
    ok_button(dialog).click()
    assert dialog.added == 1
    assert {r.name for r in list_enrolments(db, small_org)} >= {"Ольга Коваль"}


def test_an_enrolment_refused_by_the_service_is_explained_in_the_dialog(qtbot, db, small_org):
    dialog = EnrolDialog(db, small_org)
    qtbot.addWidget(dialog)
    with db.session() as session, session.begin():  # archived after the dialog opened
        session.scalar(select(Person).where(Person.email == "jose.muller@x.org")).archived = True
    dialog.tick([person_id(db, "jose.muller@x.org")])
    ok_button(dialog).click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert f"{isolate('José Müller')} is archived and cannot be enrolled" in (
        dialog.ui.errorLabel.text()
    )


def test_change_role_in_place_with_the_role_list(view, db, qtbot, small_org):
    show(qtbot, view)
    table = view.ui.enrolmentsTable
    index = proxy_index(view, "Dana Fox", ROLE)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.findChild(QComboBox, "roleEditor")
    assert editor is not None and editor.currentData() == "reverse_mentor"
    editor.setCurrentIndex(editor.findData("mentee"))
    editor.activated.emit(editor.currentIndex())
    dana = next(r for r in list_enrolments(db, small_org) if r.name == "Dana Fox")
    assert dana.role == Role.MENTEE
    assert proxy_index(view, "Dana Fox", ROLE).data() == "Mentee"
    assert view.ui.countsLabel.text().startswith("Reverse mentors: 1 (capacity 1) · Mentees: 2")
    assert view.ui.messageLabel.text() == "Saved."


def test_change_capacity_in_place_with_the_keyboard(view, db, qtbot, small_org):
    show(qtbot, view)
    table = view.ui.enrolmentsTable
    table.setFocus()
    table.setCurrentIndex(proxy_index(view, "Zoë Adams", CAPACITY))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.findChild(QSpinBox, "capacityEditor")
    assert editor is not None and editor.value() == 1
    editor.lineEdit().selectAll()
    qtbot.keyClicks(editor, "3")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits through a queued call
    assert proxy_index(view, "Zoë Adams", CAPACITY).data() == "3"
    zoe = next(r for r in list_enrolments(db, small_org) if r.name == "Zoë Adams")
    assert zoe.capacity == 3
    assert "Mentees: 1 (capacity 3)" in view.ui.countsLabel.text()


def test_a_refused_edit_keeps_the_old_value_and_says_why(view, db, small_org):
    with db.session() as session, session.begin():
        session.add(Partnership(programme_id=small_org,
                                mentor_id=person_id(db, "dana.fox@x.org"),
                                mentee_id=person_id(db, "zoe.adams@x.org")))  # fmt: skip
    index = proxy_index(view, "Dana Fox", ROLE)
    assert not view.proxy.setData(index, "mentee")
    assert index.data() == "Reverse mentor"
    assert "Dana Fox already has 1 partnership" in view.ui.messageLabel.text()
    assert "color" in view.ui.messageLabel.styleSheet()


def test_unenrol_asks_first_and_cancel_changes_nothing(view, db, monkeypatch, small_org):
    questions = []

    def answer(reply):
        def question(parent, title, text, *args):
            questions.append(text)
            return reply

        return staticmethod(question)

    select_names(view, "Dana Fox", "王伟")
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    view.ui.unenrolButton.click()
    assert len(list_enrolments(db, small_org)) == 3
    assert questions[0].startswith("Take these 2 people out of Cohort 2026?")
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    view.ui.unenrolButton.click()
    assert [r.name for r in list_enrolments(db, small_org)] == ["Zoë Adams"]
    assert shown(view) == ["Zoë Adams"]
    assert view.ui.messageLabel.text() == "2 people un-enrolled."
    assert view.ui.programmesList.item(0).text().endswith("0 reverse mentors · 1 mentee")


def test_the_delete_key_withdraws_someone_with_a_partnership(view, db, qtbot, monkeypatch,
                                                             small_org):  # fmt: skip
    with db.session() as session, session.begin():
        session.add(Partnership(programme_id=small_org,
                                mentor_id=person_id(db, "dana.fox@x.org"),
                                mentee_id=person_id(db, "zoe.adams@x.org")))  # fmt: skip
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a: QMessageBox.StandardButton.Yes))  # fmt: skip
    show(qtbot, view)
    select_names(view, "Dana Fox")
    view.ui.enrolmentsTable.setFocus()
    qtbot.keyClick(view.ui.enrolmentsTable, Qt.Key.Key_Delete)
    assert proxy_index(view, "Dana Fox", 7).data() == "Withdrawn"
    assert "1 person marked as withdrawn" in view.ui.messageLabel.text()
    assert "1 withdrawn" in view.ui.countsLabel.text()
    # A withdrawn enrolment is no longer edited in place.
    assert not view.proxy.flags(proxy_index(view, "Dana Fox", ROLE)) & Qt.ItemFlag.ItemIsEditable


def test_record_consent_for_the_selected_people(view, db, small_org):
    select_names(view, "Dana Fox", "Zoë Adams")
    day = date.today() - timedelta(days=2)
    view.ui.consentDateEdit.setDate(QDate(day.year, day.month, day.day))
    view.ui.consentButton.click()
    consent = {r.name: r.consent_date for r in list_enrolments(db, small_org)}
    assert consent == {"Dana Fox": day, "Zoë Adams": day, "王伟": None}
    assert proxy_index(view, "Dana Fox", CONSENT).data() == f"{day.day} {day:%b %Y}"
    assert view.ui.countsLabel.text().endswith("· 1 without consent")
    assert view.ui.messageLabel.text().startswith("Consent recorded for 2 people on ")
    assert sorted(r.name for r in view.selected_rows()) == ["Dana Fox", "Zoë Adams"]


def test_consent_cannot_be_dated_after_today(view):
    assert view.ui.consentDateEdit.maximumDate() == QDate.currentDate()


def test_splitter_and_columns_are_remembered(qtbot, db, small_org, tmp_path):
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    first = ProgrammesView(db)
    qtbot.addWidget(first)
    first.resize(1300, 500)
    show(qtbot, first)
    first.ui.splitter.setSizes([300, 1000])
    table = first.ui.enrolmentsTable
    table.setColumnWidth(1, 321)  # dragged wider: the other columns make room when it ends
    first.columns.fit(keep=1)
    widths = [table.columnWidth(c) for c in range(8)]
    assert widths[1] == 321 and sum(widths) == table.viewport().width()
    sizes = first.ui.splitter.sizes()
    first.save_state(settings)
    second = ProgrammesView(db)
    qtbot.addWidget(second)
    second.resize(1300, 500)
    second.restore_state(settings)
    show(qtbot, second)
    assert second.ui.splitter.sizes() == sizes
    assert [second.ui.enrolmentsTable.columnWidth(c) for c in range(8)] == widths
