"""The five-step partnership set-up wizard: every Next saves a draft that resumes later."""

from __future__ import annotations

import copy
from datetime import datetime

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget, QWizard

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.models import GoalDirection, PartnershipStatus
from revmentor_desktop.core.errors import ChangedElsewhereError, RevMentorError, ValidationError
from revmentor_desktop.core.services.partnerships.agreement import Agreement, apply_defaults
from revmentor_desktop.core.services.partnerships.meeting_series import (
    export_meeting_series,
    first_meeting_default,
)
from revmentor_desktop.core.services.partnerships.pairing import PartnerReview
from revmentor_desktop.core.services.partnerships.setup import (
    activate,
    delete_draft,
    load_agreement,
    new_agreement,
    save_draft,
    save_step,
)
from revmentor_desktop.core.services.partnerships.validation import check_step
from revmentor_desktop.core.text import isolate, safe_file_name
from revmentor_desktop.core.vocabulary import STEPS
from revmentor_desktop.gui.dialogs.common import (
    CALENDAR,
    ask_coordinator_email,
    ask_save_path,
    changed_elsewhere,
)
from revmentor_desktop.gui.forms.ui_wizard_first_meeting_dialog import Ui_WizardFirstMeetingDialog
from revmentor_desktop.gui.icons import apply_button_icons
from revmentor_desktop.gui.window_state import RemembersSize
from revmentor_desktop.gui.wizard.goals import GoalsPage
from revmentor_desktop.gui.wizard.pages import (
    AgreementPage,
    CommunicationPage,
    OpennessPage,
    ProgressPage,
)
from revmentor_desktop.gui.wizard.partners import PartnersPage

GEOMETRY_KEY = "partnershipWizard/geometry"
PAGES = (PartnersPage, GoalsPage, CommunicationPage, OpennessPage, ProgressPage)
Button = QMessageBox.StandardButton


def _step_name(step: int) -> str:
    return f"Step {step + 1}, {STEPS[step].capitalize()}"


class FirstMeetingDialog(QDialog):
    """Asks when the first meeting of the exported series takes place."""

    def __init__(self, default: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WizardFirstMeetingDialog()
        self.ui.setupUi(self)
        self.ui.firstMeetingEdit.setDateTime(QDateTime(default))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def first_meeting(self) -> datetime:
        return self.ui.firstMeetingEdit.dateTime().toPython()


class PartnershipWizard(RemembersSize, QWizard):
    """Set up a new partnership, resume a draft, or edit the agreement of a live one.

    Raises RevMentorError when `partnership_id` names a partnership that is gone.
    """

    GEOMETRY_KEY = GEOMETRY_KEY

    saved = Signal(int)  # partnership id, after every successful save
    activated = Signal(int)  # after Finish made (or kept) the partnership active

    def __init__(
        self,
        db: Database,
        partnership_id: int | None = None,
        *,
        programme_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("partnershipWizard")
        self.db = db
        if partnership_id is None:
            self.agreement = new_agreement(db, programme_id)
        else:
            self.agreement = load_agreement(db, partnership_id)
        # Discard deletes a draft only when this wizard made it; a resumed one stays.
        self.created_here = partnership_id is None
        self.is_draft = self.agreement.status == PartnershipStatus.DRAFT
        self._saved = copy.deepcopy(self.agreement)  # what the database holds (or nothing yet)
        self.review: PartnerReview | None = None
        self._fast_forward = False
        self._finishing = False

        self.pages: list[AgreementPage] = [page(self) for page in PAGES]
        for page in self.pages:
            self.setPage(page.step, page)
        for page in self.pages:
            page.load(self.agreement)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        if not self.is_draft:
            # Every step of a live agreement is already complete: Finish may save from any page.
            for page in self.pages:
                page.setFinalPage(True)
        self.setButtonText(
            QWizard.WizardButton.FinishButton,
            "&Finish and activate" if self.is_draft else "&Finish and save",
        )
        self.resize(960, 760)
        self._restore_geometry()
        self._update_title()
        # QWizard leaves the keyboard on the page it hid: give it to the new page's first field.
        self.currentIdChanged.connect(self._focus_page)
        self._start_on(min(self.agreement.wizard_step, len(self.pages) - 1) if self.is_draft else 0)
        apply_button_icons(self)

    def _start_on(self, step: int) -> None:
        """Open on `step` with the earlier pages behind it, so Back still reaches them."""
        self.restart()
        self._fast_forward = True
        try:
            while self.currentId() < step:
                self.next()
        finally:
            self._fast_forward = False
        self._focus_page()

    def _focus_page(self, *_args) -> None:
        page = self.currentPage()
        if isinstance(page, AgreementPage) and not self._fast_forward:
            page.first_input().setFocus(Qt.FocusReason.TabFocusReason)

    # --- what the pages ask of the wizard ---------------------------------------------------
    def person_name(self, person_id: int | None, role: str) -> str:
        """The reverse mentor's ("mentor") or the mentee's name, or what they are until chosen."""
        if self.review is not None:
            card = self.review.mentor if role == "mentor" else self.review.mentee
            if person_id is None or card.id == person_id:
                return card.name
        if person_id is not None:
            return f"Person {person_id}"
        return "the reverse mentor" if role == "mentor" else "the mentee"

    def direction_label(self, direction: GoalDirection, *, short: bool = False) -> str:
        mentor = isolate(self.person_name(None, "mentor"))
        mentee = isolate(self.person_name(None, "mentee"))
        learner, teacher = (mentee, mentor) if direction == GoalDirection.MENTEE_LEARNS else (
            mentor, mentee)  # fmt: skip
        text = f"{learner} learns" if short else f"{learner} learns from {teacher}"
        return text[0].upper() + text[1:]

    def partners_changed(self, review: PartnerReview | None) -> None:
        self.review = review
        for page in getattr(self, "pages", []):
            page.update_context(review)
        self._update_title()

    def _update_title(self) -> None:
        review = self.review
        pair = f"{isolate(review.mentor.name)} and {isolate(review.mentee.name)}" if review else ""
        if not self.is_draft:
            self.setWindowTitle(f"Edit agreement: {pair}" if pair else "Edit agreement")
        else:
            self.setWindowTitle(f"Set up a partnership: {pair}" if pair else "New partnership")

    def current_agreement(self) -> Agreement:
        """The agreement as the pages show it now (nothing saved)."""
        self._store_all()
        return self.agreement

    def _store_all(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        for page in self.pages:
            problems.update(page.store(self.agreement))
        return problems

    def has_unsaved_changes(self) -> bool:
        self._store_all()
        return self.agreement != self._saved

    # --- entering and leaving pages ---------------------------------------------------------
    def enter_page(self, page: AgreementPage) -> None:
        """Fill the step's empty fields with sensible defaults as its page comes up."""
        page.store(self.agreement)
        try:
            apply_defaults(self.db, self.agreement, page.step)
        except RevMentorError as exc:
            page.load(self.agreement)
            page.show_message(str(exc))
            return
        page.load(self.agreement)
        page.clear_problems()

    def save_page(self, page: AgreementPage) -> bool:
        """Next (or Finish): save this step, or show what is wrong and stay on the page."""
        if self._fast_forward:
            return True
        finishing = self._finishing or page.step == len(self.pages) - 1
        return self._save(page, finish=finishing)

    def _save(self, page: AgreementPage, *, finish: bool, announce: bool = True) -> bool:
        """Save what the pages hold: activate (check every step) or save `page`'s step."""
        problems = self._store_all()
        if problems:
            self.show_problems(page, problems)
            return False
        try:
            if not self.is_draft and not finish and not self._all_valid(page):
                # Back reaches every page of a live agreement, and nothing wrong on any of
                # them may be written: go on unsaved, Finish names the step to put right.
                return True
            if finish:
                result = activate(self.db, self.agreement)
            else:
                result = save_step(self.db, self.agreement, page.step)
        except ValidationError as exc:
            self.show_problems(page, exc.errors)
            return False
        except ChangedElsewhereError as exc:
            self._changed_elsewhere(page, exc)
            return False
        except RevMentorError as exc:
            page.show_message(str(exc))
            return False
        self._adopt(result)
        page.clear_problems()
        self.saved.emit(result.id)
        if finish and announce:
            self.activated.emit(result.id)
        return True

    def _all_valid(self, page: AgreementPage) -> bool:
        """Whether every step checks out; ValidationError when `page`'s own step does not."""
        check_step(self.db, self.agreement, page.step)
        return not self._every_problem()

    def _every_problem(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        for step in range(len(self.pages)):
            try:
                check_step(self.db, self.agreement, step)
            except ValidationError as exc:
                problems.update(exc.errors)
        return problems

    def show_problems(self, page: AgreementPage, problems: dict[str, str]) -> None:
        """This page's problems by their fields; others (another step's) in its summary."""
        mine = {key: message for key, message in problems.items() if page.owns(key)}
        others = []
        for key, message in problems.items():
            if page.owns(key):
                continue
            owner = next((p for p in self.pages if p.owns(key)), None)
            others.append(f"{_step_name(owner.step)}: {message}" if owner else message)
        page.show_problems(mine, others)

    def _adopt(self, agreement: Agreement) -> None:
        """The saved agreement (goals now have ids) becomes what every page shows."""
        self.agreement = agreement
        self._saved = copy.deepcopy(agreement)
        for page in self.pages:
            page.load(agreement)

    def _changed_elsewhere(self, page: AgreementPage, error: ChangedElsewhereError) -> None:
        """Another coordinator saved this partnership first: nothing of ours was written. Say
        who and when; the edits stay on screen unless the user reloads."""
        page.show_message(str(error))
        changed_elsewhere(self, error, self.reload)

    def reload(self) -> None:
        """Show the agreement as it is stored now (another coordinator's save), dropping the
        edits on screen; saving from here on saves over that version."""
        page = self.currentPage()
        if self.agreement.id is None:
            return
        try:
            agreement = load_agreement(self.db, self.agreement.id)
        except RevMentorError as exc:  # deleted meanwhile
            page.show_message(str(exc))
            return
        self._adopt(agreement)
        for each in self.pages:
            each.clear_problems()
        page.show_message(
            "Reloaded: this is the agreement as saved now. Apply your change again.", ""
        )

    def accept(self) -> None:
        """Finish: QWizard validates the current page first, which then activates."""
        self._finishing = True
        try:
            super().accept()
        finally:
            self._finishing = False

    # --- the meeting series -----------------------------------------------------------------
    def export_meetings(self) -> None:
        """Save the communication step, ask for the first meeting and a file, write the .ics."""
        page = self.pages[STEPS.index("communication")]
        if not self._save(page, finish=False):
            return
        if self.has_unsaved_changes():  # a live agreement with something wrong elsewhere
            try:
                self.show_problems(page, self._every_problem())
            except RevMentorError as exc:
                page.show_message(str(exc))
            return
        if not ask_coordinator_email(self, self.db):
            return
        dialog = FirstMeetingDialog(first_meeting_default(self.agreement), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        first = dialog.first_meeting()  # local time: written with this computer's time zone
        pair = f"{self.person_name(None, 'mentor')} and {self.person_name(None, 'mentee')}"
        path = ask_save_path(
            self, "Export meetings", safe_file_name(f"Meetings {pair}.ics"),
            "Calendar files (*.ics)", CALENDAR,
        )  # fmt: skip
        if path is None:
            return
        try:
            written = export_meeting_series(self.db, self.agreement.id, first, path)
        except RevMentorError as exc:
            page.show_message(str(exc))
            return
        page.show_message(
            f"Saved the meetings to {written}. Attach it to an email to both partners: their "
            "calendars offer to accept the meetings, and their replies come to you.",
            "",
        )

    # --- closing ----------------------------------------------------------------------------
    def reject(self) -> None:
        """Cancel, Esc or closing the window: keep or discard a draft, save or drop edits."""
        page = self.currentPage()
        unsaved = self.has_unsaved_changes()
        if not self.is_draft:
            if unsaved:
                answer = self._ask(
                    "Save changes?",
                    "Save your changes to this agreement? Discard keeps it as it was last saved.",
                    {Button.Save: "&Save", Button.Discard: "&Discard"},
                )
                if answer == Button.Cancel:
                    return
                # Checked as Finish checks: a live agreement is never saved half-right.
                if answer == Button.Save and not self._save(page, finish=True, announce=False):
                    return
            super().reject()
            return
        draft = self.agreement.id is not None
        chosen = self.agreement.mentor_id is not None or self.agreement.mentee_id is not None
        if not (draft and self.created_here) and not (unsaved and (draft or chosen)):
            super().reject()  # nothing a user could want to keep
            return
        if self.created_here:
            text = "Keep this draft? You can carry on from the partnerships list later. " + (
                "Discard deletes it." if draft else "Discard drops what you entered."
            )
        else:
            text = (
                "Keep this draft with your latest changes? Discard leaves it as it was last saved."
            )
        answer = self._ask(
            "Keep this draft?", text, {Button.Save: "&Keep draft", Button.Discard: "&Discard"}
        )
        if answer == Button.Cancel:
            return
        if answer == Button.Save:
            try:
                result = save_draft(self.db, self.agreement)
            except ValidationError as exc:
                self.show_problems(page, exc.errors)
                return
            except ChangedElsewhereError as exc:
                self._changed_elsewhere(page, exc)
                return
            except RevMentorError as exc:
                page.show_message(str(exc))
                return
            self._adopt(result)
            self.saved.emit(result.id)
        elif draft and self.created_here:
            try:
                delete_draft(self.db, self.agreement.id, self.agreement.version)
            except ChangedElsewhereError as exc:
                self._changed_elsewhere(page, exc)
                return
            except RevMentorError as exc:
                page.show_message(str(exc))
                return
        super().reject()

    def _ask(self, title: str, text: str, buttons: dict[Button, str]) -> Button:
        """A question whose buttons say what they do; Esc (or closing it) is Cancel."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        for button, caption in buttons.items():
            box.addButton(button).setText(caption)
        box.addButton(Button.Cancel)
        box.setDefaultButton(Button.Save)
        box.setEscapeButton(Button.Cancel)
        return Button(box.exec())
