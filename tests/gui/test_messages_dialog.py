"""The messages dialog: pairs to choose, a preview, templates to edit, drafts written to a
folder (read back with the `email` package), mailto: links, Cancel between two messages."""

import email
from email.policy import default
from urllib.parse import parse_qs, urlsplit

import pytest
from factories import add_partnership, enrol
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from revmentor_desktop.core.db.models import Partnership, PartnershipStatus, Role
from revmentor_desktop.core.services import messages
from revmentor_desktop.core.services.organisation import COORDINATOR_EMAIL, set_setting
from revmentor_desktop.core.text import without_isolates
from revmentor_desktop.gui.dialogs.messages import NO_SENDER, MessagesDialog
from revmentor_desktop.gui.tasks import Cancelled, TaskRunner


@pytest.fixture(autouse=True)
def synchronous_tasks(monkeypatch):
    monkeypatch.setattr(TaskRunner, "synchronous", True)


@pytest.fixture
def opened(monkeypatch):
    urls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: urls.append(url)))
    return urls


@pytest.fixture
def pairs(db, small_org):
    """Two active pairs with an agreement: Dana Fox & Zoë Adams, 王伟 & José Müller."""
    enrol(db, small_org, "jose.muller@x.org", Role.MENTEE)
    first, _ = add_partnership(db, small_org, "dana.fox@x.org", "zoe.adams@x.org")
    second, _ = add_partnership(db, small_org, "wang.wei@x.org", "jose.muller@x.org")
    with db.session() as session, session.begin():
        set_setting(session, COORDINATOR_EMAIL, "coordinator@x.org")
    return small_org, first, second


def choose_folder(monkeypatch, folder):
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *args: str(folder))
    )


def make_dialog(qtbot, db, programme) -> MessagesDialog:
    dialog = MessagesDialog(db, programme_id=programme)
    qtbot.addWidget(dialog)
    return dialog


def test_lists_the_pairs_previews_and_writes_every_checked_one(
    qtbot, db, pairs, tmp_path, monkeypatch, opened
):
    programme, first, second = pairs
    dialog = make_dialog(qtbot, db, programme)
    ui = dialog.ui
    assert dialog.kind == messages.INTRODUCTION
    assert ui.pairList.count() == 2 and dialog.checked_ids() == [first, second]
    assert "coordinator@x.org" in ui.senderLabel.text()
    preview = without_isolates(ui.previewEdit.toPlainText())
    assert preview.startswith("From: coordinator@x.org\nTo: Dana Fox <dana.fox@x.org>, ")
    assert "Subject: Cohort 2026: meet your reverse-mentoring partner" in preview
    assert "Agreement - Dana Fox and Zoë Adams.pdf" in without_isolates(ui.attachmentsLabel.text())
    ui.pairList.setCurrentRow(1)
    assert "Dear 伟 and José" in without_isolates(ui.previewEdit.toPlainText())

    ui.pairList.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.checked_ids() == [second]
    assert dialog.write_button.text() == "&Write 1 message to folder…"
    folder = tmp_path / "out"
    folder.mkdir()
    choose_folder(monkeypatch, folder)
    dialog.write_button.click()
    (written,) = folder.iterdir()
    assert written.name == "Introduction - 王伟 and José Müller.eml"
    with open(written, "rb") as file:
        mail = email.message_from_binary_file(file, policy=default)
    assert mail["X-Unsent"] == "1"
    assert [a.addr_spec for a in mail["To"].addresses] == ["wang.wei@x.org", "jose.muller@x.org"]
    types = [part.get_content_type() for part in mail.iter_attachments()]
    assert types == ["application/pdf"]  # no meeting plan: no series
    assert "Wrote 1 introduction to" in dialog.ui.statusLabel.text()
    assert opened[-1].toLocalFile() == str(folder)
    assert dialog.write_button.isEnabled() and not ui.progressBar.isVisible()

    # Once more into the same folder: asked before replacing.
    asked = []

    def no(*args):
        asked.append(args[2])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(no))
    written.write_text("mine")
    dialog.write_button.click()
    assert without_isolates(asked[0]).startswith(f"This message is already in {folder}, e.g. ")
    assert written.read_text() == "mine"


def test_editing_the_template_previews_saves_and_restores(qtbot, db, pairs, monkeypatch):
    programme, *_ = pairs
    dialog = make_dialog(qtbot, db, programme)
    ui = dialog.ui
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(messages.THANK_YOU))
    assert ui.pairList.count() == 0
    assert "No pair in this programme needs one today" in ui.previewEdit.toPlainText()
    assert not dialog.write_button.isEnabled()

    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(messages.INTRODUCTION))
    ui.tabs.setCurrentWidget(ui.templateTab)
    ui.subjectEdit.setText("Welcome, {mentor_first}!")
    ui.bodyEdit.setPlainText("Hello {mentee} and {nope}")
    dialog._template_edited()
    assert not ui.templateErrorLabel.isHidden()
    assert "{nope}" in ui.templateErrorLabel.text()
    assert "The template has a problem" in ui.previewEdit.toPlainText()
    ui.saveTemplateButton.click()  # refused: the problem stays shown, nothing stored
    assert messages.is_default(db, messages.INTRODUCTION)

    ui.bodyEdit.setPlainText("Hello {mentee}")
    dialog._template_edited()
    assert ui.templateErrorLabel.isHidden()
    ui.pairList.setCurrentRow(0)
    assert without_isolates(ui.previewEdit.toPlainText()).endswith(
        "Subject: Welcome, Dana!\n\nHello Zoë Adams"
    )
    ui.saveTemplateButton.click()
    assert messages.load_template(db, messages.INTRODUCTION) == messages.Template(
        "Welcome, {mentor_first}!", "Hello {mentee}"
    )

    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *args: QMessageBox.StandardButton.Yes)
    )
    ui.restoreDefaultButton.click()
    assert messages.is_default(db, messages.INTRODUCTION)
    assert ui.subjectEdit.text() == messages.DEFAULT_TEMPLATES[messages.INTRODUCTION].subject


def test_mailto_link_is_copied_and_opened(qtbot, db, pairs, opened):
    programme, *_ = pairs
    dialog = make_dialog(qtbot, db, programme)
    dialog.ui.copyLinkButton.click()
    link = QGuiApplication.clipboard().text()
    parts = urlsplit(link)
    assert parts.scheme == "mailto" and parts.path == "dana.fox@x.org,zoe.adams@x.org"
    body = parse_qs(parts.query)["body"][0]
    assert "Dear Dana and" in body and "\r\n" in body
    assert "cannot carry attachments" in dialog.ui.statusLabel.text()
    dialog.ui.openLinkButton.click()
    assert opened[-1].toString(opened[-1].ComponentFormattingOption.FullyEncoded) == link


def test_cancel_stops_between_two_messages(qtbot, db, pairs, tmp_path, monkeypatch, opened):
    programme, *_ = pairs
    real = messages.write_messages

    def stopping(built, folder, progress):
        def stop_after_first(done, total):
            progress(done, total)
            if done == 1:
                raise Cancelled()

        return real(built, folder, progress=stop_after_first)

    monkeypatch.setattr(messages, "write_messages", stopping)
    dialog = make_dialog(qtbot, db, programme)
    choose_folder(monkeypatch, tmp_path)
    dialog.write_button.click()
    assert [p.name for p in tmp_path.glob("*.eml")] == ["Introduction - Dana Fox and Zoë Adams.eml"]
    assert dialog.ui.statusLabel.text().startswith("Cancelled: 1 message written to")
    assert opened == [] and dialog.write_button.isEnabled()


def test_without_the_coordinators_email_the_dialog_says_how_to_set_it(qtbot, db, small_org):
    add_partnership(db, small_org, "dana.fox@x.org", "zoe.adams@x.org",
                    status=PartnershipStatus.DRAFT, wizard_step=1)  # fmt: skip
    dialog = make_dialog(qtbot, db, small_org)
    assert dialog.ui.senderLabel.text() == NO_SENDER
    assert "File → Organisation settings" in NO_SENDER
    assert not dialog.ui.previewEdit.toPlainText().startswith("From:")
    assert "first conversation" in dialog.ui.previewEdit.toPlainText()


def test_a_pair_gone_meanwhile_is_left_out(qtbot, db, pairs, tmp_path, monkeypatch, opened):
    programme, first, second = pairs
    dialog = make_dialog(qtbot, db, programme)
    with db.session() as session, session.begin():
        session.get(Partnership, first).status = PartnershipStatus.COMPLETED
    choose_folder(monkeypatch, tmp_path)
    dialog.write_button.click()
    assert [p.name for p in tmp_path.glob("*.eml")] == ["Introduction - 王伟 and José Müller.eml"]


def test_file_menu_opens_the_messages_dialog(qtbot, db, pairs):
    from revmentor_desktop.gui import create_main_window

    db.close()
    window = create_main_window(db.url)
    qtbot.addWidget(window)
    assert window.messages_action.shortcut().toString() == "Ctrl+Shift+M"
    assert window.messages_action in window.ui.menuFile.actions()
    window.messages_action.trigger()
    dialog = window.messages_dialog
    assert dialog.ui.pairList.count() == 2
    dialog.reject()


def test_unsaved_template_changes_are_offered_before_another_kind(qtbot, db, pairs, monkeypatch):
    programme, *_ = pairs
    dialog = make_dialog(qtbot, db, programme)
    ui = dialog.ui
    asked = []

    def yes(*args):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(yes))
    ui.subjectEdit.setText("Hello {mentor_first}")
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(messages.REMINDER))
    assert asked == ["Save your changes to the introduction template?"]
    assert messages.load_template(db, messages.INTRODUCTION).subject == "Hello {mentor_first}"
    assert ui.subjectEdit.text() == messages.DEFAULT_TEMPLATES[messages.REMINDER].subject
    # A change that cannot be filled in is not kept, and said so.
    ui.subjectEdit.setText("Hello {nobody}")
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(messages.SURVEY))
    assert len(asked) == 1 and messages.is_default(db, messages.REMINDER)
    assert "changes to the reminder template were not kept" in ui.statusLabel.text()
