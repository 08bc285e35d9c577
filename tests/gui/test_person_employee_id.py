"""The person dialog shows and edits the employee ID that imports recognise people by."""

import pytest
from factories import add_person, person_id
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from revmentor_desktop.core.db.models import Person
from revmentor_desktop.core.services.people.records import load_person, validate_person
from revmentor_desktop.core.text import isolate
from revmentor_desktop.gui.dialogs.person import PersonDialog


@pytest.fixture
def open_dialog(qtbot, db, small_org):
    dialogs = []

    def make(pid):
        dialog = PersonDialog(db, pid)
        dialogs.append(dialog)
        with qtbot.waitExposed(dialog):
            dialog.show()
        return dialog

    yield make
    for dialog in dialogs:  # unsaved changes are dropped without asking
        QDialog.done(dialog, QDialog.DialogCode.Rejected)
        dialog.deleteLater()


def employee_id(db, email):
    with db.session() as session:
        return session.scalar(select(Person.employee_id).where(Person.email == email))


def test_the_employee_id_is_shown_changed_and_cleared(db, open_dialog):
    add_person(db, "Marta", "Núñez", "marta@x.org", 6, employee_id="0042")
    dialog = open_dialog(person_id(db, "marta@x.org"))
    assert dialog.ui.employeeIdEdit.text() == "0042"
    dialog.ui.employeeIdEdit.setText(" E-42 ")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert employee_id(db, "marta@x.org") == "E-42"
    dialog = open_dialog(person_id(db, "marta@x.org"))
    dialog.ui.employeeIdEdit.setText("")
    dialog.accept()
    assert employee_id(db, "marta@x.org") is None  # empty is no ID, never ""


def test_an_employee_id_someone_else_holds_is_shown_next_to_the_field(db, open_dialog):
    add_person(db, "Marta", "Núñez", "marta@x.org", 6, employee_id="E1")
    dana = person_id(db, "dana.fox@x.org")
    data = load_person(db, dana)
    data.employee_id = "E1"
    taken = f"Employee ID E1 already belongs to {isolate('Marta Núñez')}"  # the name isolated
    assert validate_person(db, data, dana) == {"employee_id": taken}
    dialog = open_dialog(dana)
    dialog.ui.employeeIdEdit.setText("E1")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.ui.employeeIdError.text() == taken
    assert employee_id(db, "dana.fox@x.org") is None
