"""Messages for the pairs: choose a programme, a kind and the pairs, edit the template, preview,
then write .eml drafts into a folder (in the background) or take one as a mailto: link."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QWidget,
)

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.services import messages
from revmentor_desktop.core.services.partnerships.setup import programme_choices
from revmentor_desktop.core.text import count, isolate
from revmentor_desktop.gui.bidi import ltr
from revmentor_desktop.gui.dialogs.common import remember_folder, show_error, start_folder
from revmentor_desktop.gui.forms.ui_messages_dialog import Ui_MessagesDialog
from revmentor_desktop.gui.icons import apply_button_icons
from revmentor_desktop.gui.style import error_style
from revmentor_desktop.gui.tasks import Cancelled, Task, TaskRunner
from revmentor_desktop.gui.window_state import RemembersSize

MESSAGES_FOLDER = "messages"  # the file dialogs' memory: where messages were last written
LONG_LINK = 2000  # longer mailto: links are cut by some mail programs and browsers
NO_SENDER = (
    "No coordinator's email is set: the messages are written without a sender (your mail "
    "program fills it in) and the introductions without the meeting invitation. Set it in "
    "File → Organisation settings…"
)


class MessagesDialog(RemembersSize, QDialog):
    """Stays open while the messages are written: a progress bar, and Cancel between two."""

    GEOMETRY_KEY = "messagesDialog/geometry"

    def __init__(
        self,
        db: Database,
        *,
        programme_id: int | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today or date.today()
        self.ui = Ui_MessagesDialog()
        self.ui.setupUi(self)
        self.task: Task | None = None
        self.written = 0  # messages written by the task running, for a cancel's message
        self.last_written: list[Path] = []
        # Partnership id -> its draft, for the programme and kind shown (made on first preview).
        self._drafts: dict[int, messages.Draft] = {}
        self._candidates: dict[int, messages.Candidate] = {}
        self._folder: Path | None = None
        self._making = 0  # messages to make before the first is written (for the progress)
        ui = self.ui
        for pid, name in programme_choices(db):
            ui.programmeCombo.addItem(name, pid)
        ui.programmeCombo.setCurrentIndex(max(ui.programmeCombo.findData(programme_id), 0))
        for kind in messages.KINDS:
            ui.kindCombo.addItem(messages.KIND_LABELS[kind], kind)
        ui.placeholdersLabel.setText(
            "Placeholders: "
            + "; ".join(f"{{{key}}} {words}" for key, words in messages.PLACEHOLDERS.items())
            + ". A brace itself is written twice: {{ or }}."
        )
        self.write_button = QPushButton("&Write to folder…")
        self.write_button.setObjectName("writeMessagesButton")
        self.write_button.setDefault(True)
        ui.buttonBox.addButton(self.write_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = QPushButton("&Cancel writing")
        self.cancel_button.setObjectName("cancelMessagesButton")
        ui.buttonBox.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        ui.pairsSplitter.setStretchFactor(0, 2)
        ui.pairsSplitter.setStretchFactor(1, 3)
        # Preview after typing stops, not at every key.
        self._preview_timer = QTimer(self, singleShot=True, interval=250)
        self._preview_timer.timeout.connect(self._template_edited)

        ui.programmeCombo.currentIndexChanged.connect(self.load_pairs)
        ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        ui.pairList.currentItemChanged.connect(self.show_preview)
        ui.pairList.itemChanged.connect(self._update)
        ui.selectAllButton.clicked.connect(lambda: self._check_all(True))
        ui.selectNoneButton.clicked.connect(lambda: self._check_all(False))
        ui.copyLinkButton.clicked.connect(self.copy_link)
        ui.openLinkButton.clicked.connect(self.open_link)
        ui.subjectEdit.textEdited.connect(self._preview_timer.start)
        ui.bodyEdit.textChanged.connect(self._body_changed)
        ui.saveTemplateButton.clicked.connect(self.save_template)
        ui.restoreDefaultButton.clicked.connect(self.restore_default)
        self.write_button.clicked.connect(self.write_to_folder)
        self.cancel_button.clicked.connect(self.cancel_writing)
        ui.buttonBox.rejected.connect(self.reject)

        sender = messages.sender_address(db)
        if sender:
            ui.senderLabel.setText(f"From: {sender} (the coordinator's email, in the settings)")
        else:
            ui.senderLabel.setStyleSheet(error_style())
            ui.senderLabel.setText(NO_SENDER)
        show_error(ui.templateErrorLabel, None)
        self.resize(980, 680)
        self._restore_geometry()
        self._loading_template = False
        self._template_kind = self.kind
        self._load_template()
        self.load_pairs()
        apply_button_icons(self)

    # --- what is shown -----------------------------------------------------------------------

    @property
    def kind(self) -> str:
        return self.ui.kindCombo.currentData()

    @property
    def programme_id(self) -> int | None:
        return self.ui.programmeCombo.currentData()

    def checked_ids(self) -> list[int]:
        pairs = self.ui.pairList
        return [
            pairs.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(pairs.count())
            if pairs.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _kind_changed(self) -> None:
        self._offer_to_keep_edits()
        self._load_template()
        self.load_pairs()

    def load_pairs(self) -> None:
        """The pairs the kind is for in the programme, all checked, the first previewed."""
        ui = self.ui
        self._drafts = {}
        ui.kindHintLabel.setText(f"For {messages.KIND_PAIRS[self.kind]}.")
        ui.pairList.blockSignals(True)
        ui.pairList.clear()
        found: list[messages.Candidate] = []
        if self.programme_id is not None:
            try:
                found = messages.candidates(self.db, self.programme_id, self.kind, self.today)
            except RevMentorError as exc:
                self._say(str(exc), problem=True)
        self._candidates = {c.partnership_id: c for c in found}
        for candidate in found:
            item = QListWidgetItem(f"{candidate.who}\n{candidate.detail}")
            item.setData(Qt.ItemDataRole.UserRole, candidate.partnership_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            # Room for two lines in any script: a fallback face (Bengali, Thai) is taller than
            # the list's own, and Qt would cut the second line.
            ui.pairList.addItem(item)
            hint = ui.pairList.sizeHintForIndex(ui.pairList.indexFromItem(item))
            tall = round(ui.pairList.fontMetrics().lineSpacing() * 2.8)
            item.setSizeHint(QSize(hint.width(), max(hint.height(), tall)))
        ui.pairList.blockSignals(False)
        if found:
            ui.pairList.setCurrentRow(0)
        else:
            noun = messages.plural_noun(self.kind)
            ui.previewEdit.setPlainText(
                f"No pair in this programme needs one today: {noun} are for "
                f"{messages.KIND_PAIRS[self.kind]}."
            )
        self.show_preview()
        self._update()

    def _check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for row in range(self.ui.pairList.count()):
            self.ui.pairList.item(row).setCheckState(state)

    def _update(self, *_args) -> None:
        busy = self.task is not None
        ui = self.ui
        for widget in (ui.programmeCombo, ui.kindCombo, ui.pairList, ui.selectAllButton,
                       ui.selectNoneButton, ui.subjectEdit, ui.bodyEdit, ui.saveTemplateButton,
                       ui.restoreDefaultButton):  # fmt: skip
            widget.setEnabled(not busy)
        chosen = len(self.checked_ids())
        self.write_button.setEnabled(not busy and chosen > 0)
        self.write_button.setText(
            f"&Write {count(chosen, 'message')} to folder…" if chosen else "&Write to folder…"
        )
        has_current = ui.pairList.currentItem() is not None
        ui.copyLinkButton.setEnabled(has_current)
        ui.openLinkButton.setEnabled(has_current)
        self.cancel_button.setVisible(busy)
        ui.progressBar.setVisible(busy)

    def _say(self, text: str, problem: bool = False) -> None:
        self.ui.statusLabel.setStyleSheet(error_style() if problem else "")
        self.ui.statusLabel.setText(ltr(text))

    # --- the template ------------------------------------------------------------------------

    def _load_template(self) -> None:
        self._template_kind = self.kind  # whose template the editor holds
        self._show_template(messages.load_template(self.db, self.kind))

    def _offer_to_keep_edits(self) -> None:
        """Before the editor shows another template or closes: keep unsaved changes?"""
        kind = self._template_kind
        edited = self.edited_template()
        if edited == messages.load_template(self.db, kind):
            return
        label = messages.KIND_LABELS[kind].lower()
        try:
            messages.check_template(edited)
        except messages.TemplateError:
            self._say(f"Your changes to the {label} template were not kept: they had a problem.")
            return
        answer = QMessageBox.question(
            self, "Keep the changes?", f"Save your changes to the {label} template?"
        )
        if answer == QMessageBox.StandardButton.Yes:
            messages.save_template(self.db, kind, edited)
            self._say(f"The {label} template is saved.")

    def _show_template(self, template: messages.Template) -> None:
        self._loading_template = True
        self.ui.subjectEdit.setText(template.subject)
        self.ui.bodyEdit.setPlainText(template.body)
        self._loading_template = False
        show_error(self.ui.templateErrorLabel, None)

    def edited_template(self) -> messages.Template:
        return messages.Template(self.ui.subjectEdit.text(), self.ui.bodyEdit.toPlainText())

    def _body_changed(self) -> None:
        if not self._loading_template:
            self._preview_timer.start()

    def _template_edited(self) -> None:
        self.show_preview()

    def _checked_template(self) -> messages.Template | None:
        """The template as edited, or None with the problem shown under it."""
        template = self.edited_template()
        try:
            messages.check_template(template)
        except messages.TemplateError as exc:
            show_error(self.ui.templateErrorLabel, str(exc))
            return None
        show_error(self.ui.templateErrorLabel, None)
        return template

    def save_template(self) -> bool:
        """Keep the template as edited (when it changed); False, with the problem shown, when
        it cannot be filled in."""
        template = self._checked_template()
        if template is None:
            self.ui.tabs.setCurrentWidget(self.ui.templateTab)
            return False
        if template != messages.load_template(self.db, self.kind):
            messages.save_template(self.db, self.kind, template)
            self._say(f"The {messages.KIND_LABELS[self.kind].lower()} template is saved.")
        return True

    def restore_default(self) -> None:
        default = messages.DEFAULT_TEMPLATES[self.kind]
        if self.edited_template() == default and messages.is_default(self.db, self.kind):
            self._say("This is the default template already.")
            return
        answer = QMessageBox.question(
            self,
            "Restore the default",
            f"Replace the {messages.KIND_LABELS[self.kind].lower()} template with the built-in "
            "one? Your edited version is lost.",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._show_template(messages.restore_default(self.db, self.kind))
        self._say("The default template is back.")
        self.show_preview()

    # --- preview and links -------------------------------------------------------------------

    def _draft(self, partnership_id: int) -> messages.Draft | None:
        if partnership_id not in self._drafts:
            found = messages.drafts(
                self.db, self.programme_id, self.kind, [partnership_id], self.today
            )
            if not found:
                return None
            self._drafts[partnership_id] = found[0]
        return self._drafts[partnership_id]

    def current_message(self) -> messages.Message | None:
        """The highlighted pair's message from the template as edited; None (the problem
        shown) when there is none."""
        item = self.ui.pairList.currentItem()
        if item is None:
            return None
        template = self._checked_template()
        if template is None:
            return None
        try:
            draft = self._draft(item.data(Qt.ItemDataRole.UserRole))
        except RevMentorError as exc:
            self._say(str(exc), problem=True)
            return None
        if draft is None:
            self._say("This pair no longer needs this message; the list is read again.", True)
            QTimer.singleShot(0, self, self.load_pairs)
            return None
        return draft.message(template)

    def show_preview(self, *_args) -> None:
        ui = self.ui
        self._update()
        if ui.pairList.currentItem() is None:
            ui.attachmentsLabel.setText("")
            return
        if self._checked_template() is None:
            ui.previewEdit.setPlainText("The template has a problem: see the Template tab.")
            return
        message = self.current_message()
        if message is None:
            return
        to = ", ".join(f"{r.name} <{r.email}>" for r in message.to)
        head = [f"To: {to}"]
        if message.sender:
            head.insert(0, f"From: {message.sender}")
        head.append(f"Subject: {message.subject}")
        ui.previewEdit.setPlainText("\n".join(head) + "\n\n" + message.body)
        names = [isolate(a.file_name) for a in message.attachments]
        ui.attachmentsLabel.setText(
            ltr("Attached: " + ", ".join(names)) if names else "No attachments."
        )

    def copy_link(self) -> None:
        message = self.current_message()
        if message is None:
            return
        try:
            link = messages.mailto_link(message)
        except RevMentorError as exc:
            self._say(str(exc), problem=True)
            return
        QGuiApplication.clipboard().setText(link)
        self._say("The mailto: link is copied." + self._link_caveat(message))

    def open_link(self) -> None:
        message = self.current_message()
        if message is None:
            return
        try:
            link = messages.mailto_link(message)
        except RevMentorError as exc:
            self._say(str(exc), problem=True)
            return
        if not QDesktopServices.openUrl(QUrl.fromEncoded(link.encode("ascii"))):
            self._say("No mail program opened the link; copy it instead.", problem=True)
            return
        self._say("Opened in your mail program." + self._link_caveat(message))

    @staticmethod
    def _link_caveat(message: messages.Message) -> str:
        notes = []
        if message.attachments:
            notes.append(" A link cannot carry attachments: write to a folder to include them.")
        if len(messages.mailto_link(message)) > LONG_LINK:
            notes.append(" The link is long: some mail programs cut it; the .eml file is safer.")
        return "".join(notes)

    # --- writing -----------------------------------------------------------------------------

    def choose_folder(self) -> Path | None:
        folder = QFileDialog.getExistingDirectory(
            self, "Write the messages into", str(start_folder(MESSAGES_FOLDER))
        )
        if not folder:
            return None
        remember_folder(MESSAGES_FOLDER, Path(folder))
        return Path(folder)

    def write_to_folder(self) -> None:
        """Ask for a folder, then write each checked pair's message there off the GUI thread;
        the template as edited is kept for next time."""
        ids = self.checked_ids()
        if not ids or not self.save_template():
            return
        folder = self.choose_folder()
        if folder is None:
            return
        names = [
            messages.file_name(self.kind, pair.mentor, pair.mentee)
            for pair in (self._candidates[pid] for pid in ids)
        ]
        there = [name for name in names if (folder / name).exists()]
        if there:
            many = len(there) > 1
            if len(there) == len(names):
                which = f"These {len(there)} messages are" if many else "This message is"
            else:
                which = f"{len(there)} of the {len(names)} messages {'are' if many else 'is'}"
            answer = QMessageBox.question(
                self,
                "Replace the messages?",
                f"{which} already in {isolate(folder)}, e.g. “{isolate(there[0])}”. Replace "
                f"{'them' if many else 'it'} with the new {'ones' if many else 'one'}?",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        db, programme_id, kind, today = self.db, self.programme_id, self.kind, self.today
        template = self.edited_template()
        self.written, self.last_written = 0, []
        self.ui.progressBar.setRange(0, 0)
        self._say(f"Writing {count(len(ids), 'message')}…")

        # Progress counts each message twice: made (the agreement PDF, the match explained),
        # then written; Cancel works in both halves.
        self._making = len(ids)

        def work(control):
            built = []
            for done, pid in enumerate(ids):
                control.progress(done, 2 * len(ids))
                built += messages.build_messages(db, programme_id, kind, [pid], today, template)

            def writing(done: int, total: int) -> None:
                control.progress(len(ids) + done, len(ids) + total)

            return messages.write_messages(built, folder, progress=writing)

        self._folder = folder
        self.task = TaskRunner.start(
            work,
            on_done=self._done,
            on_error=self._failed,
            on_progress=self._progressed,
            parent=self,
        )
        if self.task.is_finished:  # run in place (tests)
            self.task = None
        self._update()

    def _progressed(self, done: int, total: int) -> None:
        self.written = max(done - self._making, 0)
        self.ui.progressBar.setRange(0, max(total, 1))
        self.ui.progressBar.setValue(done)

    def cancel_writing(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self._say("Cancelling…")

    def _done(self, paths) -> None:
        self.task = None
        self.last_written = list(paths)
        self._update()
        self._say(
            f"Wrote {messages.summary(len(paths), self.kind)} to {isolate(self._folder)}. "
            "Open each one in your mail program, check it and send it."
        )
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._folder)))

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self._update()
        if isinstance(exc, Cancelled):
            self._say(
                f"Cancelled: {count(self.written, 'message')} written to {isolate(self._folder)}"
                ", the others not."
            )
        elif isinstance(exc, RevMentorError):
            self._say(f"The messages could not be written: {exc}", problem=True)
        else:
            raise exc

    def reject(self) -> None:
        self.cancel_writing()  # closing never leaves messages being written behind
        self._offer_to_keep_edits()
        super().reject()
