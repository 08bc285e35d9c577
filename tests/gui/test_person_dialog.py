"""The person dialog and its place in the people view, driven as a coordinator would."""

from datetime import date

import pytest
from factories import ids_by_email
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QStyleOptionViewItem
from sqlalchemy import func, select

from revmentor_desktop.core.db.models import Channel, Person, PreferenceKind, Skill, SkillCategory
from revmentor_desktop.core.services.people.records import (
    PersonData,
    load_person,
    save_person,
    set_archived,
)
from revmentor_desktop.core.text import isolate
from revmentor_desktop.gui.dialogs.person import FIELDS, PersonDialog
from revmentor_desktop.gui.pages.people import PeopleView

ARCHIVE_QUESTION = (
    "Archive Dana Fox? Archived people leave the people list and future pair suggestions; "
    "nothing is deleted and you can restore them."
)


def people_count(db):
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Person))


def show(qtbot, window):
    """Show a window and make it the active one, as a user's click would: shortcuts need it."""
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


@pytest.fixture
def open_dialog(qtbot, db, small_org):
    """Shows a PersonDialog (without a modal loop) for a new person or an existing one."""
    dialogs = []

    def make(person_id=None):
        dialog = PersonDialog(db, person_id)
        dialogs.append(dialog)
        show(qtbot, dialog)
        return dialog

    yield make
    for dialog in dialogs:  # closed as a test ends: unsaved changes are simply dropped
        QDialog.done(dialog, QDialog.DialogCode.Rejected)
        dialog.deleteLater()


@pytest.fixture
def view(qtbot, db, small_org):
    people = PeopleView(db)
    qtbot.addWidget(people)
    show(qtbot, people)
    return people


def shown_emails(view):
    return [view.model.index(row, 1).data() for row in range(view.model.rowCount())]


def select_email(view, email):
    view.select_person(ids_by_email(view.db)[email])


def fill_minimal(dialog, email="mia.okafor@x.org"):
    dialog.ui.givenNameEdit.setText("Mia")
    dialog.ui.familyNameEdit.setText("Okafor")
    dialog.ui.emailEdit.setText(email)


def drive(view, monkeypatch, fill):
    """Replace the view's modal run with `fill(dialog)` followed by OK."""
    opened = []

    def run(dialog):
        opened.append(dialog)
        fill(dialog)
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(view, "_run_dialog", run)
    return opened


# --- adding and editing -------------------------------------------------------------------


def test_a_person_added_in_the_dialog_is_saved_and_selected_in_the_people_view(
    qtbot, view, monkeypatch
):
    def fill(dialog):
        ui = dialog.ui
        fill_minimal(dialog)
        ui.departmentEdit.setText("Marketing")
        ui.jobTitleEdit.setText("Content designer")
        ui.levelCombo.setCurrentText("Associate")
        ui.locationEdit.setText("London")
        ui.startDateEdit.setDate(QDate(2024, 3, 1))
        ui.managerCombo.setEditText("zoe.adams")  # a unique part of the email is enough
        ui.consentDateEdit.setDate(QDate(2026, 1, 15))
        qtbot.keyClicks(ui.offersEditor.entry, "tiktok")
        qtbot.keyClick(ui.offersEditor.entry, Qt.Key.Key_Return)
        dialog.channel_checks[Channel.VIDEO].setChecked(True)
        ui.hoursSpin.setValue(4)

    drive(view, monkeypatch, fill)
    qtbot.mouseClick(view.ui.addPersonButton, Qt.MouseButton.LeftButton)

    person_id = ids_by_email(view.db)["mia.okafor@x.org"]
    saved = load_person(view.db, person_id)
    assert (saved.given_name, saved.family_name, saved.department) == ("Mia", "Okafor", "Marketing")
    assert (saved.level_rank, saved.location, saved.start_date) == (2, "London", date(2024, 3, 1))
    assert saved.manager_id == ids_by_email(view.db)["zoe.adams@x.org"]
    assert saved.offers == [("TikTok", 3)]  # the existing skill, in its own spelling
    assert saved.channels == [Channel.VIDEO] and saved.hours_per_month == 4
    assert saved.consent_date == date(2026, 1, 15)
    assert "mia.okafor@x.org" in shown_emails(view)
    assert view.selected_ids() == [person_id]
    assert view.ui.countLabel.text() == "6 people"


def test_ctrl_n_adds_and_enter_or_double_click_edits(qtbot, view, monkeypatch):
    opened = []
    monkeypatch.setattr(view, "_run_dialog", lambda d: opened.append(d.person_id) or False)
    view.ui.peopleTable.setFocus()
    qtbot.keyClick(view.ui.peopleTable, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == [None]
    select_email(view, "dana.fox@x.org")
    qtbot.keyClick(view.ui.peopleTable, Qt.Key.Key_Return)
    dana = ids_by_email(view.db)["dana.fox@x.org"]
    assert opened == [None, dana]
    view.ui.editPersonButton.click()
    assert opened == [None, dana, dana]
    table = view.ui.peopleTable
    rect = table.visualRect(view.model.index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened[-1] == view.model.person_id(0) and len(opened) == 4


def test_a_person_saved_but_hidden_by_the_search_is_shown_after_saving(view, monkeypatch):
    view.ui.searchEdit.setText("tiktok")
    drive(view, monkeypatch, fill_minimal)
    view.add_person()
    assert view.ui.searchEdit.text() == ""
    assert view.selected_ids() == [ids_by_email(view.db)["mia.okafor@x.org"]]


def test_edits_on_every_tab_persist(qtbot, db, open_dialog):
    people = ids_by_email(db)
    dana = people["dana.fox@x.org"]
    dialog = open_dialog(dana)
    ui = dialog.ui
    assert dialog.windowTitle() == "Dana Fox — person"
    assert ui.givenNameEdit.text() == "Dana" and ui.levelCombo.currentText() == "Professional"
    ui.jobTitleEdit.setText("Analytics lead")
    ui.externalRadio.setChecked(True)
    ui.externalOrgEdit.setText("Partner Ltd")
    ui.sharePermissionCheck.setChecked(True)
    # Skills: a brand-new one with its category, drop Power BI, keep Budgeting at level 4.
    ui.offersEditor.entry.setText("Canva")
    qtbot.keyClick(ui.offersEditor.entry, Qt.Key.Key_Return)
    canva = ui.offersEditor.tag("Canva")
    assert canva.is_new
    canva.category_combo.setCurrentIndex(canva.category_combo.findData(SkillCategory.TECHNOLOGY))
    canva.level_spin.setValue(5)
    ui.offersEditor.remove_tag("Power BI")
    ui.wantsEditor.tag("Budgeting").level_spin.setValue(4)
    dialog.channel_checks[Channel.MESSAGING].setChecked(True)
    dialog.channel_checks[Channel.PHONE].setChecked(True)
    ui.strengthsEdit.setPlainText("Dashboards")
    ui.threatsEdit.setPlainText("Quarter-end")
    ui.notesEdit.setPlainText("Prefers mornings")
    ui.birthYearSpin.setValue(1998)
    ui.diversityEdit.setPlainText("Neurodivergent")
    ui.preferencePersonCombo.setEditText("zoe")
    ui.preferenceKindCombo.setCurrentIndex(
        ui.preferenceKindCombo.findData(PreferenceKind.WOULD_RATHER_NOT)
    )
    ui.preferenceNoteEdit.setText("Same project")
    ui.addPreferenceButton.click()
    assert ui.preferencesTable.rowCount() == 1
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted

    saved = load_person(db, dana)
    assert saved.job_title == "Analytics lead"
    assert (saved.is_external, saved.external_org, saved.share_permission_confirmed) == (
        True, "Partner Ltd", True)  # fmt: skip
    assert saved.offers == [("Canva", 5)] and saved.wants == [("Budgeting", 4)]
    assert saved.channels == [Channel.PHONE, Channel.MESSAGING]
    assert (saved.swot_strengths, saved.swot_threats) == ("Dashboards", "Quarter-end")
    assert (saved.notes, saved.birth_year, saved.diversity_perspectives) == (
        "Prefers mornings", 1998, "Neurodivergent")  # fmt: skip
    assert saved.preferences == [
        (people["zoe.adams@x.org"], PreferenceKind.WOULD_RATHER_NOT, "Same project")
    ]
    with db.session() as session:
        assert session.scalar(select(Skill.category).where(Skill.name == "Canva")) == (
            SkillCategory.TECHNOLOGY
        )


def test_enter_in_the_skill_entry_adds_a_tag_and_delete_removes_it(qtbot, db, open_dialog):
    dialog = open_dialog()
    editor = dialog.ui.wantsEditor
    dialog.ui.tabs.setCurrentWidget(dialog.ui.skillsTab)
    qtbot.keyClicks(editor.entry, "power bi")
    qtbot.keyClick(editor.entry, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.entry, "Mastodon")
    qtbot.keyClick(editor.entry, Qt.Key.Key_Enter)
    assert dialog.isVisible()  # Enter added a tag; it did not press OK
    assert editor.tags() == [("Power BI", 3), ("Mastodon", 3)]
    assert not editor.tag("Power BI").is_new and editor.tag("Mastodon").is_new
    assert editor.new_skill_categories() == {"Mastodon": SkillCategory.OTHER}
    qtbot.keyClicks(editor.entry, "POWER BI")
    qtbot.keyClick(editor.entry, Qt.Key.Key_Return)
    assert len(editor.tags()) == 2 and editor.hint.text() == "Power BI is already listed"
    spin = editor.tag("Power BI").level_spin
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Delete)
    assert editor.tags() == [("Mastodon", 3)]
    editor.tag("Mastodon").remove_button.click()
    assert editor.tags() == []


def test_text_left_in_a_skill_entry_is_added_on_ok(db, open_dialog):
    dialog = open_dialog()
    fill_minimal(dialog)
    dialog.ui.offersEditor.entry.setText("Figma")
    dialog.accept()
    assert load_person(db, dialog.person_id).offers == [("Figma", 3)]


def test_dates_are_picked_from_a_calendar_and_may_stay_empty(qtbot, db, open_dialog):
    dialog = open_dialog()
    ui = dialog.ui
    for edit in (ui.startDateEdit, ui.consentDateEdit):
        assert edit.calendarPopup() and edit.text() == "Not set"  # empty until chosen
    assert ui.consentDateEdit.maximumDate() == QDate.currentDate()  # consent is never ahead
    ui.consentDateEdit.setDate(QDate(2999, 1, 1))
    assert ui.consentDateEdit.date() == QDate.currentDate()
    ui.startDateEdit.setDate(QDate(2021, 5, 3))
    assert ui.startDateEdit.text() == "3 May 2021"
    ui.consentDateEdit.setFocus()
    qtbot.keyClick(ui.consentDateEdit, Qt.Key.Key_Delete)  # Delete empties the field again
    assert ui.consentDateEdit.text() == "Not set"
    calendar = ui.consentDateEdit.calendarWidget()  # opens on this month, not on "Not set"
    QApplication.sendEvent(calendar, QShowEvent())
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    fill_minimal(dialog)
    dialog.accept()
    saved = load_person(db, dialog.person_id)
    assert (saved.start_date, saved.consent_date) == (date(2021, 5, 3), None)
    again = open_dialog(dialog.person_id)
    assert again.ui.startDateEdit.date() == QDate(2021, 5, 3)
    again.ui.consentTodayButton.click()
    assert again.ui.consentDateEdit.date() == QDate.currentDate()


def test_ctrl_enter_saves(qtbot, db, open_dialog):
    dialog = open_dialog()
    fill_minimal(dialog)
    dialog.ui.tabs.setCurrentWidget(dialog.ui.notesTab)
    dialog.ui.notesEdit.setFocus()
    qtbot.keyClick(dialog.ui.notesEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "mia.okafor@x.org" in ids_by_email(db)


# --- problems shown by the field ----------------------------------------------------------


def _external_without_org(dialog):
    dialog.ui.externalRadio.setChecked(True)


@pytest.mark.parametrize(
    ("change", "label", "message"),
    [
        (lambda d: d.ui.givenNameEdit.clear(), "givenNameError", "Enter the person's given name"),
        (lambda d: d.ui.emailEdit.setText("mia at x.org"), "emailError",
         "“mia at x.org” is not an email address"),
        (lambda d: d.ui.emailEdit.setText("DANA.FOX@x.org"), "emailError",
         "DANA.FOX@x.org already belongs to Dana Fox"),
        (lambda d: d.ui.managerCombo.setEditText("nobody-like-this"), "managerError",
         "Nobody on the list matches “nobody-like-this”"),
        (lambda d: d.ui.managerCombo.setEditText("x.org"), "managerError",
         "“x.org” matches 5 people: pick one from the list"),
        (_external_without_org, "externalOrgError", "Enter the external partner's organisation"),
    ],
)  # fmt: skip
def test_each_problem_shows_inline_and_nothing_is_written(db, open_dialog, change, label, message):
    before = people_count(db)
    dialog = open_dialog()
    fill_minimal(dialog)
    dialog.ui.tabs.setCurrentWidget(dialog.ui.notesTab)
    change(dialog)
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    error = getattr(dialog.ui, label)
    assert error.isVisible() and message in error.text()
    [(name, (_, field_name))] = [(n, f) for n, f in FIELDS.items() if f[0] == label]
    assert list(dialog.problems_shown()) == [name]
    assert dialog.ui.tabs.currentWidget() is dialog.ui.personTab  # switched to the problem
    field, focused = getattr(dialog.ui, field_name), QApplication.focusWidget()
    assert focused is field or field.isAncestorOf(focused)  # and the keyboard is there
    assert people_count(db) == before


def test_the_first_problem_gets_the_tab_and_the_keyboard(db, open_dialog):
    dialog = open_dialog()
    dialog.show_problems({"birth_year": "Birth year …", "hours_per_month": "Hours …"})
    assert dialog.ui.tabs.currentWidget() is dialog.ui.skillsTab
    assert dialog.ui.hoursSpin.hasFocus()
    assert dialog.ui.birthYearError.text() == "Birth year …"
    dialog.ui.tabs.setCurrentWidget(dialog.ui.notesTab)
    assert dialog.ui.birthYearError.isVisible()
    assert dialog.ui.hoursSpin.accessibleDescription() == "Hours …"


def test_a_message_goes_when_its_field_is_edited_and_fixing_it_saves(qtbot, db, open_dialog):
    dialog = open_dialog()
    fill_minimal(dialog, email="dana.fox@x.org")
    dialog.accept()
    assert dialog.ui.emailError.isVisible()
    dialog.ui.emailEdit.selectAll()
    qtbot.keyClicks(dialog.ui.emailEdit, "mia@x.org")
    assert not dialog.ui.emailError.isVisible()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert load_person(db, dialog.person_id).email == "mia@x.org"


def test_the_same_person_twice_in_preferences_is_refused_on_the_pairing_tab(db, open_dialog):
    dialog = open_dialog(ids_by_email(db)["dana.fox@x.org"])
    ui = dialog.ui
    for _ in range(2):
        ui.preferencePersonCombo.setEditText("zoe.adams@x.org")
        ui.addPreferenceButton.click()
    assert ui.preferencesTable.rowCount() == 1
    assert ui.preferencesError.text() == f"{isolate('Zoë Adams')} is already in the list"
    assert ui.tabs.currentWidget() is ui.pairingTab
    ui.preferencesTable.selectRow(0)
    ui.removePreferenceButton.click()
    assert ui.preferencesTable.rowCount() == 0


# --- the line manager picker --------------------------------------------------------------


def test_the_manager_picker_never_offers_the_person_or_their_reports(db, open_dialog):
    cy = save_person(db, PersonData(given_name="Cy", family_name="Lee", email="cy@x.org"))
    bo = save_person(db, PersonData(given_name="Bo", email="bo@x.org", manager_id=cy))
    ana = save_person(db, PersonData(given_name="Ana", email="ana@x.org", manager_id=bo))
    dialog = open_dialog(cy)
    combo = dialog.ui.managerCombo
    offered = {combo.itemData(i) for i in range(combo.count())}
    assert offered.isdisjoint({cy, bo, ana})
    assert ids_by_email(db)["dana.fox@x.org"] in offered
    assert ids_by_email(db)["bob@x.org"] not in offered  # archived
    combo.setEditText("ana@x.org")  # typed anyway: refused, not saved
    dialog.accept()
    assert "Nobody on the list matches" in dialog.ui.managerError.text()
    assert load_person(db, cy).manager_id is None
    # Ana sees her managers but not herself, and her current manager is chosen.
    for_ana = open_dialog(ana)
    combo = for_ana.ui.managerCombo
    assert {cy, bo} <= {combo.itemData(i) for i in range(combo.count())}
    assert combo.currentData() == bo and combo.currentText() == "Bo — bo@x.org"


# --- keyboard, cancel, size ---------------------------------------------------------------


def test_tab_reaches_every_input_on_the_first_tab_in_order(qtbot, open_dialog):
    dialog = open_dialog()
    dialog.ui.externalRadio.setChecked(True)  # enables the organisation and permission fields
    dialog.ui.givenNameEdit.setFocus()
    visited = []
    for _ in range(15):
        focused = QApplication.focusWidget()
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        visited.append(focused.objectName() or focused.parent().objectName())
    assert visited == [
        "familyNameEdit", "emailEdit", "departmentEdit", "jobTitleEdit", "levelCombo",
        "locationEdit", "startDateEdit", "employeeIdEdit", "managerCombo", "internalRadio",
        "externalOrgEdit", "sharePermissionCheck", "consentDateEdit", "consentTodayButton",
        "buttonBox",
    ]  # fmt: skip
    # The two radio buttons are one stop: the arrow keys choose between them.
    dialog.ui.internalRadio.setChecked(True)
    dialog.ui.internalRadio.setFocus()
    qtbot.keyClick(dialog.ui.internalRadio, Qt.Key.Key_Right)
    assert dialog.ui.externalRadio.hasFocus() and dialog.ui.externalRadio.isChecked()


def test_every_input_has_a_label_buddy_or_an_accessible_name(open_dialog):
    dialog = open_dialog()
    buddies = {label.buddy() for label in dialog.findChildren(type(dialog.ui.emailLabel))}
    inputs = [dialog.ui.givenNameEdit, dialog.ui.managerCombo, dialog.ui.levelCombo,
              dialog.ui.hoursSpin, dialog.ui.birthYearSpin, dialog.ui.offersEditor,
              dialog.ui.strengthsEdit, dialog.ui.notesEdit, dialog.ui.diversityEdit,
              dialog.ui.preferencePersonCombo, dialog.ui.preferenceNoteEdit]  # fmt: skip
    for widget in inputs:
        assert widget in buddies or widget.accessibleName(), widget.objectName()
    assert dialog.ui.preferenceKindCombo.accessibleName() == "Preference"


def test_cancel_without_changes_closes_without_asking(open_dialog):
    dialog = open_dialog(1)
    dialog.reject()  # conftest fails the test if a question were asked
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()


def test_cancel_after_a_change_asks_and_can_keep_editing_or_discard(db, open_dialog, monkeypatch):
    dana = ids_by_email(db)["dana.fox@x.org"]
    dialog = open_dialog(dana)
    dialog.ui.jobTitleEdit.setText("Changed")
    asked = []

    def answer(choice):
        def question(parent, title, text, *args):
            asked.append(text)
            return choice

        return staticmethod(question)

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    dialog.reject()
    assert dialog.isVisible() and asked == ["Save your changes to Dana Fox?"]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Discard))
    dialog.reject()
    assert not dialog.isVisible()
    assert load_person(db, dana).job_title == "Marketing role"


def test_the_dialog_remembers_its_size(qtbot, open_dialog):
    dialog = open_dialog()
    dialog.resize(761, 533)  # inside the offscreen 800×600 screen
    dialog.reject()
    again = open_dialog()
    assert (again.width(), again.height()) == (761, 533)


def test_an_archived_person_says_so(db, open_dialog):
    dialog = open_dialog(ids_by_email(db)["bob@x.org"])
    assert dialog.ui.archivedLabel.text().startswith("Archived")


# --- archive and restore ------------------------------------------------------------------


def test_archive_asks_first_and_hides_the_person(view, monkeypatch):
    questions = []
    monkeypatch.setattr(view, "_confirm", lambda title, q: questions.append(q) or True)
    select_email(view, "dana.fox@x.org")
    assert view.ui.archiveButton.text() == "Arch&ive"
    view.ui.archiveButton.click()
    assert questions == [ARCHIVE_QUESTION]
    assert "dana.fox@x.org" not in shown_emails(view)
    assert view.ui.countLabel.text() == "4 people"
    assert load_person(view.db, ids_by_email(view.db)["dana.fox@x.org"]).archived


def test_archive_can_be_called_off(view, monkeypatch):
    monkeypatch.setattr(view, "_confirm", lambda title, q: False)
    select_email(view, "dana.fox@x.org")
    view.ui.archiveButton.click()
    assert "dana.fox@x.org" in shown_emails(view)
    assert not load_person(view.db, ids_by_email(view.db)["dana.fox@x.org"]).archived


def test_show_archived_lists_them_greyed_and_restore_brings_them_back(view, monkeypatch):
    view.ui.showArchivedCheck.setChecked(True)
    assert "bob@x.org" in shown_emails(view)
    assert view.ui.countLabel.text() == "6 people (1 archived)"
    select_email(view, "bob@x.org")
    row = view.ui.peopleTable.selectionModel().selectedRows()[0].row()
    option = QStyleOptionViewItem()
    view.ui.peopleTable.itemDelegate().initStyleOption(option, view.model.index(row, 0))
    assert option.text == "Bob Archived (archived)"
    assert view.ui.archiveButton.text() == "Res&tore"
    monkeypatch.setattr(view, "_confirm", lambda *a: pytest.fail("restoring needs no question"))
    view.ui.archiveButton.click()
    assert not load_person(view.db, ids_by_email(view.db)["bob@x.org"]).archived
    assert view.selected_ids() == [ids_by_email(view.db)["bob@x.org"]]
    assert view.ui.archiveButton.text() == "Arch&ive"
    view.ui.showArchivedCheck.setChecked(False)
    assert "bob@x.org" in shown_emails(view) and view.ui.countLabel.text() == "6 people"


def test_edit_and_archive_follow_the_selection(view):
    view.ui.peopleTable.clearSelection()
    assert not view.ui.editPersonButton.isEnabled() and not view.ui.archiveButton.isEnabled()
    view.ui.peopleTable.selectAll()
    assert not view.ui.editPersonButton.isEnabled() and view.ui.archiveButton.isEnabled()
    select_email(view, "dana.fox@x.org")
    assert view.ui.editPersonButton.isEnabled()


def test_editing_someone_archived_elsewhere_still_works(db, view, monkeypatch):
    dana = ids_by_email(db)["dana.fox@x.org"]
    set_archived(db, dana, True)  # e.g. from another view, before this one reloaded

    def fill(dialog):
        dialog.ui.jobTitleEdit.setText("Still here")

    drive(view, monkeypatch, fill)
    view.edit_person(dana)
    assert load_person(db, dana).job_title == "Still here"
    assert load_person(db, dana).archived  # saving never restores
