"""Ending a partnership early: the reason, and whether it was nobody's fault."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.errors import RevMentorError, ValidationError
from revmentor_desktop.core.services.partnerships.life import PartnershipRow, end_early
from revmentor_desktop.core.text import isolate
from revmentor_desktop.gui.dialogs.common import show_error
from revmentor_desktop.gui.forms.ui_end_partnership_dialog import Ui_EndPartnershipDialog


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
            end_early(self.db, self.row.id, self.reason(), self.ui.noFaultCheck.isChecked())
        except ValidationError as exc:
            if "reason" in exc.errors:
                show_error(self.ui.reasonError, exc.errors["reason"])
                self.ui.reasonEdit.setFocus(Qt.FocusReason.OtherFocusReason)
            rest = " ".join(m for k, m in exc.errors.items() if k != "reason")
            show_error(self.ui.formError, rest or None)
            return False
        except RevMentorError as exc:  # e.g. ended or deleted meanwhile
            show_error(self.ui.formError, str(exc))
            return False
        self.accept()
        return True
