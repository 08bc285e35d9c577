"""People → Privacy: export a person's data, erase them (email typed to confirm, backups
offered for deletion), the people due for erasure and the requests, and the retention setting."""

import json
from datetime import date

import factories
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QMessageBox
from sqlalchemy import update

from revmentor_desktop.core.db.backup import list_backups, make_backup
from revmentor_desktop.core.db.models import PartnershipStatus, Person
from revmentor_desktop.core.services.organisation import retention_months_setting
from revmentor_desktop.core.services.people.directory import list_people
from revmentor_desktop.core.services.people.requests import list_requests
from revmentor_desktop.gui.dialogs.organisation import SettingsDialog
from revmentor_desktop.gui.dialogs.privacy import EraseDialog, PrivacyDialog
from revmentor_desktop.gui.pages.people import PeopleView
from revmentor_desktop.gui.tasks import TaskRunner

NOTE = "GUI-canary-private-note"


@pytest.fixture(autouse=True)
def synchronous_tasks(monkeypatch):
    monkeypatch.setattr(TaskRunner, "synchronous", True)


@pytest.fixture
def people(qtbot, db, small_org):
    """The people view, Dana (reverse mentor of Zoë, with a private note) selected."""
    pair, _ = factories.add_partnership(
        db, small_org, "dana.fox@x.org", "zoe.adams@x.org", status=PartnershipStatus.COMPLETED
    )
    factories.add_check_in(db, pair, date(2026, 10, 20), private_notes=NOTE)
    view = PeopleView(db)
    qtbot.addWidget(view)
    messages = []
    view.message.connect(messages.append)
    view.messages = messages
    assert view.select_person(factories.person_id(db, "dana.fox@x.org"))
    return view


def answer(monkeypatch, button, asked: list | None = None):
    """QMessageBox.question answers `button`, noting each question."""

    def question(parent, title, text, *args):
        if asked is not None:
            asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))


def test_privacy_actions_need_one_selected_person(people):
    assert people.findChild(type(people.privacy_button), "privacyButton") is people.privacy_button
    assert people.export_data_action.isEnabled() and people.erase_action.isEnabled()
    people.ui.peopleTable.clearSelection()
    assert not people.export_data_action.isEnabled() and not people.erase_action.isEnabled()
    assert people.due_action.isEnabled() and people.requests_action.isEnabled()


def test_export_saves_the_json_under_a_neutral_name(people, db, monkeypatch, tmp_path):
    suggested = []

    def save(parent, title, name, file_filter):
        suggested.append((title, name))
        return str(tmp_path / "for-dana"), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    people.export_data_action.trigger()
    dana = factories.person_id(db, "dana.fox@x.org")
    assert suggested[0][0] == "Export Dana Fox's data"
    assert suggested[0][1].endswith(f"person-data-{dana}.json")
    data = json.loads((tmp_path / "for-dana.json").read_text(encoding="utf-8"))
    assert data["partnerships"][0]["check_ins"][0]["private_notes"] == NOTE
    assert people.messages[-1].startswith("Exported ")
    assert people.messages[-1].endswith(
        f"about Dana Fox to {tmp_path / 'for-dana.json'} (request 1)"
    )


def test_erase_waits_for_the_email_then_offers_the_backups(qtbot, db, small_org, monkeypatch):
    factories.add_partnership(db, small_org, "dana.fox@x.org", "zoe.adams@x.org")
    old = make_backup(db.path)
    dialog = EraseDialog(db, "dana.fox@x.org")
    qtbot.addWidget(dialog)
    assert "Erase Dana Fox (dana.fox@x.org)?" in dialog.findChild(QLabel, "headingLabel").text()
    assert "1 live partnership ends now" in dialog.findChild(QLabel, "planLabel").text()
    assert not dialog.erase_button.isEnabled()
    dialog.confirm_edit.setText("dana.fox@x.or")
    assert not dialog.erase_button.isEnabled()
    dialog.show()
    qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)  # no match: Enter does nothing
    assert dialog.isVisible() and dialog.result is None
    assert factories.person_id(db, "dana.fox@x.org")
    dialog.confirm_edit.setText(" Dana.Fox@x.org ")
    assert dialog.erase_button.isEnabled()
    asked = []
    answer(monkeypatch, QMessageBox.StandardButton.Yes, asked)
    with qtbot.waitSignal(dialog.erased):
        qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)  # typed in full: Enter erases
    assert "1 backup of this database made before now still holds Dana Fox's data" in asked[0]
    assert factories.person_id(db, "dana.fox@x.org") is None
    assert not old.path.exists() and list_backups(db.path, counts=False) == []
    assert dialog.result.request == 1 and dialog.result.plan.name == "Dana Fox"
    assert list_requests(db)[0].backups_text == "1 backup held them: deleted"


def test_backups_are_kept_when_the_coordinator_says_no(qtbot, db, small_org, monkeypatch):
    old = make_backup(db.path)
    dialog = EraseDialog(db, "wang.wei@x.org")
    qtbot.addWidget(dialog)
    dialog.confirm_edit.setText("wang.wei@x.org")
    answer(monkeypatch, QMessageBox.StandardButton.No)
    dialog.erase_button.click()
    assert old.path.exists()
    assert list_requests(db)[0].backups_text == "1 backup still holds them"


def test_cancel_erases_nothing(qtbot, db, small_org):
    dialog = EraseDialog(db, "dana.fox@x.org")
    qtbot.addWidget(dialog)
    dialog.confirm_edit.setText("dana.fox@x.org")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert dialog.result is None and factories.person_id(db, "dana.fox@x.org")


def test_erasing_from_the_people_view_reloads_it(people, db, monkeypatch):
    def drive(dialog):
        dialog.confirm_edit.setText("dana.fox@x.org")
        dialog.erase_button.click()
        return True

    monkeypatch.setattr(people, "_run_dialog", drive)
    people.erase_action.trigger()
    assert "dana.fox@x.org" not in {r.email for r in list_people(db, include_archived=True)}
    assert people.ui.countLabel.text() == "4 people"
    assert people.messages[-1].startswith("Erased Dana Fox: ")


def test_due_list_erases_the_selected_after_a_question(qtbot, db, small_org, monkeypatch):
    with db.session() as session, session.begin():
        session.execute(
            update(Person).where(Person.email == "bob@x.org").values(updated_at=date(2020, 1, 1))
        )
    dialog = PrivacyDialog(db)
    qtbot.addWidget(dialog)
    table = dialog.due_table
    assert table.rowCount() == 1 and table.item(0, 0).text() == "Bob Archived"
    assert table.item(0, 2).text() == "Left (archived) by 1 Jan 2020"
    assert "more than 24 months ago" in dialog.due_intro.text()
    assert not dialog.erase_button.isEnabled()
    table.selectRow(0)
    asked = []
    answer(monkeypatch, QMessageBox.StandardButton.Cancel, asked)
    dialog.erase_button.click()
    assert table.rowCount() == 1  # cancelled: nothing erased
    answer(monkeypatch, QMessageBox.StandardButton.Yes, asked)
    with qtbot.waitSignal(dialog.erased):
        dialog.erase_button.click()
    assert asked[0].startswith("Erase Bob Archived? This cannot be undone.")
    assert table.rowCount() == 0 and dialog.due_count.text() == "Nobody is due for erasure."
    requests = dialog.requests_table
    assert requests.rowCount() == 1
    assert [requests.item(0, c).text() for c in (0, 2)] == ["1", "Erasure"]
    assert "bob" not in " ".join(requests.item(0, c).text() for c in range(6)).lower()


def test_requests_tab_opens_from_the_people_view(people, monkeypatch):
    opened = []
    monkeypatch.setattr(people, "_run_dialog", lambda dialog: opened.append(dialog) or False)
    people.requests_action.trigger()
    assert opened[0].tabs.currentIndex() == PrivacyDialog.REQUESTS
    assert opened[0].requests_table.rowCount() == 0


def test_retention_is_an_organisation_setting(qtbot, db, small_org):
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.ui.retentionSpin.value() == 24
    dialog.ui.retentionSpin.setValue(6)
    assert dialog.save()
    assert retention_months_setting(db) == 6
