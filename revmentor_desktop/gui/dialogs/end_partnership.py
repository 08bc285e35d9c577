"""Ending a partnership: why it ends early, and the closing conversation after any ending."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QWidget,
)

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.models import Role
from revmentor_desktop.core.errors import ChangedElsewhereError, RevMentorError, ValidationError
from revmentor_desktop.core.services.partnerships.closure import (
    ClosingWords,
    certificate_file_name,
    load_closure,
    save_certificates,
    save_closure,
)
from revmentor_desktop.core.services.partnerships.life import (
    PartnershipRow,
    can_end_early,
    end_early,
    list_partnerships,
)
from revmentor_desktop.core.text import isolate
from revmentor_desktop.core.vocabulary import ROLE_LABELS
from revmentor_desktop.gui.bidi import ltr
from revmentor_desktop.gui.dialogs.common import (
    changed_elsewhere,
    remember_folder,
    show_error,
    start_folder,
)
from revmentor_desktop.gui.forms.ui_closure_dialog import Ui_ClosureDialog
from revmentor_desktop.gui.forms.ui_end_partnership_dialog import Ui_EndPartnershipDialog
from revmentor_desktop.gui.icons import apply_button_icons
from revmentor_desktop.gui.tasks import TaskRunner
from revmentor_desktop.gui.widgets.self_assessment import SelfAssessmentPanel
from revmentor_desktop.gui.window_state import RemembersSize

CERTIFICATES = "certificates"  # the folder the thank-you certificates were last saved in
NOT_ANSWERED = "Not answered"
AGAIN = ((NOT_ANSWERED, None), ("Yes", True), ("No", False))
PREFIXES = {Role.MENTEE: "mentee", Role.REVERSE_MENTOR: "mentor"}


class ClosureDialog(RemembersSize, QDialog):
    """Both partners' closing words and final self-assessment; Save writes them in one go.

    RevMentorError from the constructor when the partnership is gone or not finished.
    `saved(partnership_id)` once something was written.
    """

    GEOMETRY_KEY = "closureDialog/geometry"

    saved = Signal(int)

    def __init__(
        self, db: Database, partnership_id: int, parent: QWidget | None = None,
        *, today: date | None = None,
    ) -> None:  # fmt: skip
        record = load_closure(db, partnership_id)  # raises before any widget exists
        super().__init__(parent)
        self.db = db
        self.partnership_id = partnership_id
        self.today = today or date.today()
        self.record = record
        self.ui = Ui_ClosureDialog()
        self.ui.setupUi(self)
        ui = self.ui
        mentor, mentee, programme = (
            html.escape(isolate(text)) for text in (record.mentor, record.mentee, record.programme)
        )
        ui.headerLabel.setText(ltr(
            f"<b>{mentor}</b> (reverse mentor) and <b>{mentee}</b> (mentee) · {programme}<br>"
            f"The partnership {html.escape(record.status_phrase)}.",
            rich=True,
        ))  # fmt: skip
        self.setWindowTitle(f"Closing conversation — {isolate(record.mentor)} and "
                            f"{isolate(record.mentee)}")  # fmt: skip
        names = {Role.MENTEE: record.mentee, Role.REVERSE_MENTOR: record.mentor}
        self.panels: dict[Role, SelfAssessmentPanel] = {}
        for learner in record.learners:
            prefix = PREFIXES[learner.role]
            group = getattr(ui, f"{prefix}Group")
            role_words = ROLE_LABELS[learner.role].lower()
            group.setTitle(f"{names[learner.role]} ({role_words})".replace("&", "&&"))
            recommend = self._combo(prefix, "Recommend")
            recommend.addItem(NOT_ANSWERED, None)
            for score in range(11):
                recommend.addItem(str(score), score)
            again = self._combo(prefix, "Again")
            for text, value in AGAIN:
                again.addItem(text, value)
            container = getattr(ui, f"{prefix}AssessmentContainer")
            panel = SelfAssessmentPanel([learner], container, note_below=True)
            panel.set_ratings(record.final)
            getattr(ui, f"{prefix}AssessmentLayout").addWidget(panel)
            area = getattr(ui, f"{prefix}AssessmentArea")
            area.viewport().setAutoFillBackground(False)
            getattr(ui, f"{prefix}AssessmentContainer").setAutoFillBackground(False)
            self.panels[learner.role] = panel
            self._set_words(record.words[learner.role])
            show_error(getattr(ui, f"{prefix}Error"), None)
            getattr(ui, f"{prefix}LearntEdit").textChanged.connect(
                lambda p=prefix: show_error(getattr(self.ui, f"{p}Error"), None)
            )
        show_error(ui.formError, None)
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText("&Save")
        save.setDefault(True)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.certificatesButton.clicked.connect(self.save_certificates)
        self._initial = self.answers()
        self.resize(960, 620)
        self._restore_geometry()
        apply_button_icons(self)
        ui.menteeLearntEdit.setFocus()

    def _combo(self, prefix: str, what: str):
        return getattr(self.ui, f"{prefix}{what}Combo")

    def _set_words(self, words: ClosingWords) -> None:
        prefix = PREFIXES[words.role]
        getattr(self.ui, f"{prefix}LearntEdit").setPlainText(words.learnt)
        for what, value in (("Recommend", words.recommend_score),
                            ("Again", words.would_take_part_again)):  # fmt: skip
            combo = self._combo(prefix, what)
            combo.setCurrentIndex(max(combo.findData(value), 0))

    def words(self) -> list[ClosingWords]:
        return [
            ClosingWords(
                role,
                getattr(self.ui, f"{prefix}LearntEdit").toPlainText(),
                self._combo(prefix, "Recommend").currentData(),
                self._combo(prefix, "Again").currentData(),
            )
            for role, prefix in PREFIXES.items()
        ]

    def answers(self) -> tuple:
        return tuple(self.words()), tuple(
            rating for panel in self.panels.values() for rating in panel.ratings()
        )

    def has_changes(self) -> bool:
        return self.answers() != self._initial

    def _write(self) -> bool:
        """Save, or show what is wrong beside the partner it is about."""
        words, final = self.answers()
        try:
            save_closure(self.db, self.partnership_id, words, final, today=self.today)
        except ValidationError as exc:
            by_role: dict[Role, list[str]] = {}
            ratings = {}
            for key, message in exc.errors.items():
                field, _, who = key.partition(":")
                role = next((r for r, p in PREFIXES.items() if Role(r).value == who), None)
                if field in ("recommend_score", "learnt") and role is not None:
                    by_role.setdefault(role, []).append(message)
                else:
                    ratings[key] = message
            for role, prefix in PREFIXES.items():
                show_error(getattr(self.ui, f"{prefix}Error"),
                           " ".join(by_role.get(role, [])) or None)  # fmt: skip
            for panel in self.panels.values():
                panel.show_problems({k: m for k, m in ratings.items() if k in panel.rows})
            return False
        except RevMentorError as exc:
            show_error(self.ui.formError, str(exc))
            return False
        self._initial = self.answers()
        self.saved.emit(self.partnership_id)
        return True

    def save(self) -> bool:
        if not self._write():
            return False
        self.accept()
        return True

    def save_certificates(self) -> None:
        """Save the answers (the certificates quote them), ask for a folder, write both PDFs."""
        if self.has_changes() and not self._write():
            return
        chosen = QFileDialog.getExistingDirectory(
            self, "Save the thank-you certificates in", str(start_folder(CERTIFICATES))
        )
        if not chosen:
            return
        folder = Path(chosen)
        remember_folder(CERTIFICATES, folder)
        existing = [name for name in (certificate_file_name(self.record.mentee),
                                      certificate_file_name(self.record.mentor))
                    if (folder / name).exists()]  # fmt: skip
        if existing:
            answer = QMessageBox.question(
                self, "Thank-you certificates",
                ltr(f"{isolate(existing[0])} is already in this folder. Replace it?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return
        db, pid = self.db, self.partnership_id
        self.ui.certificatesButton.setEnabled(False)

        def done(paths) -> None:
            self.ui.certificatesButton.setEnabled(True)
            self.written = paths
            show_error(self.ui.formError, None)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

        def failed(exc: BaseException) -> None:
            self.ui.certificatesButton.setEnabled(True)
            if not isinstance(exc, RevMentorError):
                raise exc
            show_error(self.ui.formError, f"The certificates were not saved: {exc}")

        TaskRunner.start(lambda _control: save_certificates(db, pid, folder),
                         on_done=done, on_error=failed, parent=self)  # fmt: skip

    def reject(self) -> None:
        if self.has_changes():
            answer = QMessageBox.question(
                self, "Unsaved closing conversation", "Save the closing conversation first?",
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )  # fmt: skip
            if answer == QMessageBox.StandardButton.Save:
                self.save()
                return
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()


def open_closure_dialog(parent: QWidget, db: Database, partnership_id: int) -> ClosureDialog | None:
    """Open the closing conversation of a finished partnership, window-modal, deleted when
    closed; the one way every screen opens it. None (after saying why) when it is gone."""
    try:
        dialog = ClosureDialog(db, partnership_id, parent)
    except RevMentorError as exc:
        QMessageBox.warning(parent, "Closing conversation", ltr(str(exc)))
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()  # window-modal, without a nested event loop
    return dialog


class EndPartnershipDialog(QDialog):
    """Ask why a partnership ends early and whether both people go back to the pool; OK ends it.

    The reason is required: the service refuses an empty one and the dialog says so beside the
    field, keeping what was typed.
    """

    def __init__(self, db: Database, row: PartnershipRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.row = row
        self.ui = Ui_EndPartnershipDialog()
        self.ui.setupUi(self)
        ui = self.ui
        mentor, mentee, programme = (
            html.escape(isolate(text)) for text in (row.mentor_name, row.mentee_name, row.programme)
        )
        ui.introLabel.setText(
            f"End the partnership of <b>{mentor}</b> (reverse mentor) and <b>{mentee}</b> "
            f"(mentee) in {programme} before its agreed end. Nothing is "
            "deleted: the agreement, goals and check-ins are kept."
        )
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("&End partnership")
        ui.buttonBox.accepted.connect(self.end)
        ui.buttonBox.rejected.connect(self.reject)
        ui.noFaultCheck.toggled.connect(self._explain)
        ui.reasonEdit.textChanged.connect(lambda: show_error(self.ui.reasonError, None))
        show_error(ui.reasonError, None)
        show_error(ui.formError, None)
        self._explain()
        ui.reasonEdit.setFocus()

    def _explain(self, *_args) -> None:
        if self.ui.noFaultCheck.isChecked():
            text = (
                "A no-fault ending: nobody is to blame, the pairing simply did not work out. "
                "Both people go back into the pool of this programme and can be suggested "
                "with someone else; these two are not suggested together again."
            )
        else:
            text = (
                "The ending is recorded without the no-fault note, e.g. when one of them is "
                "leaving. Their places are freed all the same: un-enrol anyone who should not "
                "be paired again under Programmes. These two are not suggested together again."
            )
        self.ui.explanationLabel.setText(text)

    def reason(self) -> str:
        return self.ui.reasonEdit.toPlainText()

    def end(self) -> bool:
        """End the partnership, or show what stops it and stay open."""
        try:
            end_early(self.db, self.row.id, self.reason(), self.ui.noFaultCheck.isChecked(),
                      version=self.row.version)  # fmt: skip
        except ValidationError as exc:
            if "reason" in exc.errors:
                show_error(self.ui.reasonError, exc.errors["reason"])
                self.ui.reasonEdit.setFocus(Qt.FocusReason.OtherFocusReason)
            rest = " ".join(m for k, m in exc.errors.items() if k != "reason")
            show_error(self.ui.formError, rest or None)
            return False
        except ChangedElsewhereError as exc:  # decided on what another coordinator changed
            show_error(self.ui.formError, str(exc))
            changed_elsewhere(self, exc, self.reload)
            return False
        except RevMentorError as exc:  # e.g. ended or deleted meanwhile
            show_error(self.ui.formError, str(exc))
            return False
        self.accept()
        return True

    def reload(self) -> None:
        """Read the partnership afresh (another coordinator changed it), keeping the reason
        typed: End partnership then decides on what is stored now."""
        row = next((r for r in list_partnerships(self.db, self.row.programme_id)
                    if r.id == self.row.id), None)  # fmt: skip
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        if row is None or not can_end_early(row.status):
            state = "no longer exists" if row is None else f"is {row.status_label.lower()} now"
            show_error(self.ui.formError, f"This partnership {state}; there is nothing to end.")
            ok.setEnabled(False)
            return
        self.row = row
        show_error(self.ui.formError, None)
