"""What every page of the partnership wizard shares, and its last three pages."""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
    QWizardPage,
)

from revmentor_desktop.core.db.models import Channel
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.services.partnerships.agreement import Agreement
from revmentor_desktop.core.services.partnerships.pairing import PartnerReview, channel_preferences
from revmentor_desktop.core.services.partnerships.validation import missing_consent
from revmentor_desktop.core.services.programmes import record_consent
from revmentor_desktop.core.text import date_text, isolate, join
from revmentor_desktop.core.vocabulary import AGENDA_OWNERS, CHANNEL_LABELS, GROUND_RULES
from revmentor_desktop.gui.bidi import ltr
from revmentor_desktop.gui.dialogs.common import show_error
from revmentor_desktop.gui.forms.ui_wizard_communication_page import Ui_WizardCommunicationPage
from revmentor_desktop.gui.forms.ui_wizard_openness_page import Ui_WizardOpennessPage
from revmentor_desktop.gui.forms.ui_wizard_progress_page import Ui_WizardProgressPage
from revmentor_desktop.gui.style import error_style, warning_style
from revmentor_desktop.gui.widgets.dates import get_date, set_date

if TYPE_CHECKING:
    from revmentor_desktop.gui.wizard.partnership_wizard import PartnershipWizard

GUIDANCE_STYLE = (
    "QLabel#guidanceLabel { background: palette(alternate-base); border: 1px solid palette(mid);"
    " border-radius: 4px; padding: 8px; }"
)
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole
PAST_WARNING = "⚠ Already past"
PAST_HINT = "This date has already passed: check it is the one you mean."
Index = QModelIndex | QPersistentModelIndex


# --- values in widgets ----------------------------------------------------------------------
def get_number(spin: QSpinBox | QDoubleSpinBox) -> float | None:
    """The spin box's value; its minimum is "Not set"."""
    return None if spin.value() <= spin.minimum() else spin.value()


def set_number(spin: QSpinBox | QDoubleSpinBox, value: float | None) -> None:
    spin.setValue(spin.minimum() if value is None else value)


def show_lines(edit: QPlainTextEdit, lines: int) -> None:
    """A text box `lines` lines of its font tall: longer text scrolls inside, the page stays put."""
    margin = edit.document().documentMargin() + edit.frameWidth()
    edit.setFixedHeight(round(edit.fontMetrics().lineSpacing() * lines + 2 * margin) + 2)


def mnemonic_safe(text: str) -> str:
    """A name inside a label with a mnemonic: a literal & must be doubled."""
    return text.replace("&", "&&")


def _on_change(widget: QWidget, callback) -> None:
    """Call `callback()` whenever the user changes the widget's value, whatever kind it is."""
    if isinstance(widget, QLineEdit):
        widget.textEdited.connect(lambda *_: callback())
    elif isinstance(widget, QPlainTextEdit):
        widget.textChanged.connect(callback)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(lambda *_: callback())
        if widget.isEditable():
            widget.editTextChanged.connect(lambda *_: callback())
    elif isinstance(widget, QAbstractButton):
        widget.toggled.connect(lambda *_: callback())
    elif isinstance(widget, QDateEdit):
        widget.dateChanged.connect(lambda *_: callback())
    elif isinstance(widget, QSpinBox | QDoubleSpinBox):
        widget.valueChanged.connect(lambda *_: callback())


# --- the common page ------------------------------------------------------------------------
class AgreementPage(QWizardPage):
    """One step of the agreement: loads its fields from and stores them into the Agreement.

    FIELDS maps each Agreement field the services may complain about to (its message label,
    the input to focus), in the order they appear, so the first problem is the first shown.
    """

    step: int
    FIELDS: dict[str, tuple[str, str]] = {}
    # Date fields flagged "already past" while setting up a draft (a warning, not a refusal).
    PAST_FLAGGED: tuple[str, ...] = ()

    def __init__(self, host: PartnershipWizard, form) -> None:
        super().__init__()
        self.host = host
        self._first_message: QLabel | None = None
        self.ui = form()
        self.ui.setupUi(self)
        self.ui.guidanceLabel.setStyleSheet(GUIDANCE_STYLE)
        for edit in self.findChildren(QPlainTextEdit):
            show_lines(edit, 3)
        # Tab leaves a date field instead of walking its day, month and year (typing a space
        # or the arrow keys still move between those): a page of dates stays quick to cross.
        for edit in self.findChildren(QDateEdit):
            edit.installEventFilter(self)
        show_error(self.ui.pageMessage, None)
        self.past_flags = {name: self._add_past_flag(name) for name in self.PAST_FLAGGED}
        for name, (label_name, widget_name) in self.FIELDS.items():
            show_error(getattr(self.ui, label_name), None)
            _on_change(getattr(self.ui, widget_name), lambda n=name: self.clear_problem(n))

    def _add_past_flag(self, edit_name: str) -> QLabel:
        """A warning beside the date field, shown while its date is before today."""
        edit = getattr(self.ui, edit_name)
        flag = QLabel(PAST_WARNING, self)
        flag.setObjectName(edit_name.removesuffix("Edit") + "PastFlag")
        flag.setStyleSheet(warning_style())
        flag.setToolTip(PAST_HINT)
        flag.hide()
        layout = next(lay for lay in self.findChildren(QBoxLayout) if lay.indexOf(edit) >= 0)
        index = layout.indexOf(edit)
        layout.removeWidget(edit)
        row = QHBoxLayout()
        row.addWidget(edit)
        row.addWidget(flag)
        row.addStretch()
        layout.insertLayout(index, row)
        edit.dateChanged.connect(lambda *_: self._flag_past(edit, flag))
        return flag

    def _flag_past(self, edit: QDateEdit, flag: QLabel) -> None:
        day = get_date(edit)
        past = self.host.is_draft and day is not None and day < date.today()
        flag.setVisible(past)
        edit.setAccessibleDescription(PAST_HINT if past else "")

    # Overridden by each page.
    def load(self, agreement: Agreement) -> None: ...

    def store(self, agreement: Agreement) -> dict[str, str]:
        """Write the widgets' values into `agreement`; problems found just reading them."""
        return {}

    def update_context(self, review: PartnerReview | None) -> None:
        """The partners changed: names in labels, preferences, the external partner's field."""

    def first_input(self) -> QWidget:
        return getattr(self.ui, self.FIELDS[next(iter(self.FIELDS))][1])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QDateEdit)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            backwards = event.key() == Qt.Key.Key_Backtab or bool(
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            self.focusNextPrevChild(not backwards)
            return True
        return super().eventFilter(watched, event)

    # QWizard's hooks: entering a page fills its defaults, Next saves it.
    def initializePage(self) -> None:
        self.host.enter_page(self)

    def cleanupPage(self) -> None:
        """Going back keeps what was typed here (QWizard would reset registered fields)."""

    def validatePage(self) -> bool:
        return self.host.save_page(self)

    # --- problems -------------------------------------------------------------------------
    def owns(self, key: str) -> bool:
        return key in self.FIELDS

    def show_problems(self, problems: dict[str, str], others: list[str] = ()) -> None:
        """Each problem by its field, a summary at the foot, the first wrong field focused.

        `others` are messages about fields on other pages (or none), shown in the summary.
        """
        self.clear_problems()
        first = None
        shown = 0
        for name, (label_name, widget_name) in self.FIELDS.items():
            if name in problems:
                label = getattr(self.ui, label_name)
                show_error(label, problems[name])
                widget = getattr(self.ui, widget_name)
                widget.setAccessibleDescription(problems[name])
                if first is None:
                    first = self.focus_target(name, widget)
                    self._first_message = label
                shown += 1
        self.show_summary(shown, list(others), first)

    def show_summary(self, shown: int, others: list[str], first: QWidget | None) -> None:
        lines = []
        if shown:
            lines.append(
                "Fix the problem shown in red on this page before going on."
                if shown == 1
                else f"Fix the {shown} problems shown in red on this page before going on."
            )
        lines.extend(others)
        self.show_message(" ".join(lines))
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            # Once the messages just shown are laid out, scroll the first one (under its field)
            # into view, then the field itself.
            message, self._first_message = self._first_message, None
            QTimer.singleShot(0, self, lambda: self._reveal(message, first))

    def _reveal(self, *widgets: QWidget | None) -> None:
        for widget in widgets:
            if widget is not None and widget.isVisible():
                self.ui.scrollArea.ensureWidgetVisible(widget)

    def focus_target(self, name: str, widget: QWidget) -> QWidget:
        return widget

    def show_message(self, message: str | None, style: str | None = None) -> None:
        """A message under the page: a problem in the error colour, or news in `style` ("":
        plain text)."""
        show_error(self.ui.pageMessage, message)
        self.ui.pageMessage.setStyleSheet(error_style() if style is None else style)

    def problems_shown(self) -> dict[str, str]:
        """Messages on view by field (and "page" for the summary): what a user would read."""
        shown = {
            name: getattr(self.ui, label).text()
            for name, (label, _) in self.FIELDS.items()
            if not getattr(self.ui, label).isHidden()
        }
        if not self.ui.pageMessage.isHidden():
            shown["page"] = self.ui.pageMessage.text()
        return shown

    def clear_problems(self) -> None:
        for name in self.FIELDS:
            self.clear_problem(name)
        self.show_message(None)

    def clear_problem(self, name: str) -> None:
        label_name, widget_name = self.FIELDS[name]
        label = getattr(self.ui, label_name)
        if not label.isHidden():
            show_error(label, None)
            getattr(self.ui, widget_name).setAccessibleDescription("")


# --- 3 communication ------------------------------------------------------------------------
INTERVALS = (
    (7, "Every week"),
    (14, "Every two weeks"),
    (21, "Every three weeks"),
    (28, "Every four weeks"),
    (30, "Once a month (every 30 days)"),
    (42, "Every six weeks"),
)
OTHER_INTERVAL = -1


class CommunicationPage(AgreementPage):
    step = 2
    FIELDS = {
        "channels": ("channelsError", "channelCheck_in_person"),
        "meeting_interval_days": ("meetingIntervalError", "intervalCombo"),
        "meeting_minutes": ("meetingMinutesError", "minutesSpin"),
        "meeting_place": ("meetingPlaceError", "meetingPlaceEdit"),
        "preferred_times": ("preferredTimesError", "preferredTimesEdit"),
        "agenda_owner": ("agendaOwnerError", "agendaOwnerCombo"),
        "cancellation_rule": ("cancellationRuleError", "cancellationRuleEdit"),
        "reply_time": ("replyTimeError", "replyTimeEdit"),
    }

    def __init__(self, host: PartnershipWizard) -> None:
        super().__init__(host, Ui_WizardCommunicationPage)
        ui = self.ui
        self.channel_checks: dict[str, QCheckBox] = {}
        for channel in Channel:
            check = getattr(ui, f"channelCheck_{channel.value}")
            check.setText(CHANNEL_LABELS[channel])
            check.toggled.connect(lambda *_: self.clear_problem("channels"))
            self.channel_checks[channel.value] = check
        for days, text in INTERVALS:
            ui.intervalCombo.addItem(text, days)
        ui.intervalCombo.addItem("Another interval, in days", OTHER_INTERVAL)
        ui.intervalCombo.currentIndexChanged.connect(self._interval_changed)
        ui.intervalSpin.valueChanged.connect(lambda *_: self.clear_problem("meeting_interval_days"))
        for key, text in AGENDA_OWNERS:
            ui.agendaOwnerCombo.addItem(text, key)
        ui.mismatchLabel.setStyleSheet(warning_style())
        ui.exportIcsButton.clicked.connect(lambda: self.host.export_meetings())
        self._interval_changed()

    def load(self, agreement: Agreement) -> None:
        ui = self.ui
        for value, check in self.channel_checks.items():
            check.setChecked(value in agreement.channels)
        self._extra_channels = [c for c in agreement.channels if c not in self.channel_checks]
        days = agreement.meeting_interval_days
        index = ui.intervalCombo.findData(days) if days is not None else -1
        if days is not None and index < 0:
            index = ui.intervalCombo.findData(OTHER_INTERVAL)
            ui.intervalSpin.setValue(days)
        ui.intervalCombo.setCurrentIndex(index)
        set_number(ui.minutesSpin, agreement.meeting_minutes)
        ui.meetingPlaceEdit.setText(agreement.meeting_place)
        ui.preferredTimesEdit.setText(agreement.preferred_times)
        ui.agendaOwnerCombo.setCurrentIndex(ui.agendaOwnerCombo.findData(agreement.agenda_owner)
                                            if agreement.agenda_owner else -1)  # fmt: skip
        ui.cancellationRuleEdit.setPlainText(agreement.cancellation_rule)
        ui.replyTimeEdit.setText(agreement.reply_time)
        self._interval_changed()

    def store(self, agreement: Agreement) -> dict[str, str]:
        ui = self.ui
        agreement.channels = [v for v, check in self.channel_checks.items() if check.isChecked()]
        agreement.channels += getattr(self, "_extra_channels", [])
        days = ui.intervalCombo.currentData()
        agreement.meeting_interval_days = (
            ui.intervalSpin.value() if days == OTHER_INTERVAL else days
        )
        minutes = get_number(ui.minutesSpin)
        agreement.meeting_minutes = int(minutes) if minutes is not None else None
        agreement.meeting_place = ui.meetingPlaceEdit.text().strip()
        agreement.preferred_times = ui.preferredTimesEdit.text().strip()
        agreement.agenda_owner = ui.agendaOwnerCombo.currentData() or ""
        agreement.cancellation_rule = ui.cancellationRuleEdit.toPlainText().strip()
        agreement.reply_time = ui.replyTimeEdit.text().strip()
        return {}

    def first_input(self) -> QWidget:
        return self.ui.channelCheck_in_person

    def focus_target(self, name: str, widget: QWidget) -> QWidget:
        if name == "meeting_interval_days" and self.ui.intervalSpin.isVisible():
            return self.ui.intervalSpin
        return widget

    def _interval_changed(self, *_args) -> None:
        other = self.ui.intervalCombo.currentData() == OTHER_INTERVAL
        self.ui.intervalSpin.setVisible(other)

    def update_context(self, review: PartnerReview | None) -> None:
        ui = self.ui
        if review is None:
            for value in self.channel_checks:
                getattr(ui, f"channelPrefs_{value}").setText("")
            ui.preferencesLabel.setText(
                "Choose both partners to see how each likes to keep in touch."
            )
            ui.mismatchLabel.hide()
            return
        try:
            preferences = channel_preferences(self.host.db, review.mentor.id, review.mentee.id)
        except RevMentorError as exc:
            ui.preferencesLabel.setText(ltr(html.escape(str(exc)), rich=True))
            return
        mentor, mentee = isolate(review.mentor.name), isolate(review.mentee.name)
        for value in self.channel_checks:
            mentor_likes, mentee_likes = value in preferences.mentor, value in preferences.mentee
            text = ("both prefer this" if mentor_likes and mentee_likes
                    else f"{mentor} prefers this" if mentor_likes
                    else f"{mentee} prefers this" if mentee_likes else "")  # fmt: skip
            getattr(ui, f"channelPrefs_{value}").setText(text)

        def listed(values: list[str]) -> str:
            return ", ".join(CHANNEL_LABELS[Channel(v)] for v in values) or "nothing given"

        ui.preferencesLabel.setText(ltr(
            f"<b>{html.escape(mentor)}</b> (reverse mentor): {listed(preferences.mentor)}.<br>"
            f"<b>{html.escape(mentee)}</b> (mentee): {listed(preferences.mentee)}.",
            rich=True,
        ))  # fmt: skip
        mismatch = preferences.mismatch  # may open with a name
        ui.mismatchLabel.setText(ltr(f"⚠ {mismatch}") if mismatch else "")
        ui.mismatchLabel.setVisible(bool(preferences.mismatch))


# --- 4 openness -----------------------------------------------------------------------------
class OpennessPage(AgreementPage):
    step = 3
    FIELDS = {
        "confidentiality_agreed": ("confidentialityError", "confidentialityCheck"),
        "off_limits_topics": ("offLimitsError", "offLimitsEdit"),
        "mentor_feedback_preference": ("mentorFeedbackError", "mentorFeedbackEdit"),
        "mentee_feedback_preference": ("menteeFeedbackError", "menteeFeedbackEdit"),
        "ground_rules_accepted": ("groundRulesError", "groundRuleCheck_tactful"),
        "manager_visibility": ("managerVisibilityError", "managerVisibilityEdit"),
        "external_restrictions": ("externalRestrictionsError", "externalRestrictionsEdit"),
    }

    def __init__(self, host: PartnershipWizard) -> None:
        super().__init__(host, Ui_WizardOpennessPage)
        ui = self.ui
        self.rule_checks: dict[str, QCheckBox] = {}
        previous: QWidget = ui.menteeFeedbackEdit
        for key, sentence in GROUND_RULES:
            check = getattr(ui, f"groundRuleCheck_{key}", None)
            if check is None:  # a rule the form does not know yet: add it where rules go
                check = QCheckBox(ui.groundRulesGroup)
                check.setObjectName(f"groundRuleCheck_{key}")
                ui.groundRulesLayout.insertWidget(ui.groundRulesLayout.count() - 1, check)
            check.setText(mnemonic_safe(sentence))
            check.toggled.connect(lambda *_: self.clear_problem("ground_rules_accepted"))
            QWidget.setTabOrder(previous, check)
            previous = check
            self.rule_checks[key] = check
        QWidget.setTabOrder(previous, ui.managerVisibilityEdit)
        for name in dir(ui):  # rules of an older form that the services no longer have
            if (
                name.startswith("groundRuleCheck_")
                and name.split("_", 1)[1] not in self.rule_checks
            ):
                getattr(ui, name).hide()
        self._external = False

    def load(self, agreement: Agreement) -> None:
        ui = self.ui
        ui.confidentialityCheck.setChecked(agreement.confidentiality_agreed)
        ui.offLimitsEdit.setPlainText(agreement.off_limits_topics)
        ui.mentorFeedbackEdit.setText(agreement.mentor_feedback_preference)
        ui.menteeFeedbackEdit.setText(agreement.mentee_feedback_preference)
        for key, check in self.rule_checks.items():
            check.setChecked(key in agreement.ground_rules_accepted)
        ui.managerVisibilityEdit.setPlainText(agreement.manager_visibility)
        ui.externalRestrictionsEdit.setPlainText(agreement.external_restrictions)
        self._show_external()

    def store(self, agreement: Agreement) -> dict[str, str]:
        ui = self.ui
        agreement.confidentiality_agreed = ui.confidentialityCheck.isChecked()
        agreement.off_limits_topics = ui.offLimitsEdit.toPlainText().strip()
        agreement.mentor_feedback_preference = ui.mentorFeedbackEdit.text().strip()
        agreement.mentee_feedback_preference = ui.menteeFeedbackEdit.text().strip()
        agreement.ground_rules_accepted = [k for k, c in self.rule_checks.items() if c.isChecked()]
        agreement.manager_visibility = ui.managerVisibilityEdit.toPlainText().strip()
        agreement.external_restrictions = ui.externalRestrictionsEdit.toPlainText().strip()
        return {}

    def focus_target(self, name: str, widget: QWidget) -> QWidget:
        if name == "ground_rules_accepted":
            unticked = [check for check in self.rule_checks.values() if not check.isChecked()]
            return unticked[0] if unticked else widget
        return widget

    def update_context(self, review: PartnerReview | None) -> None:
        ui = self.ui
        mentor = isolate(self.host.person_name(None, "mentor"))
        mentee = isolate(self.host.person_name(None, "mentee"))
        ui.mentorFeedbackLabel.setText(f"How {mnemonic_safe(mentor)} likes &feedback:")
        ui.menteeFeedbackLabel.setText(f"How {mnemonic_safe(mentee)} likes feedbac&k:")
        externals = [card for card in ((review.mentor, review.mentee) if review else ())
                     if card.is_external]  # fmt: skip
        self._external = bool(externals)
        if externals:
            who = " and ".join(
                f"{isolate(card.name)} ({isolate(card.external_org)})"
                if card.external_org
                else isolate(card.name)
                for card in externals
            )
            ui.externalRestrictionsLabel.setToolTip(f"{who} works outside the organisation")
            ui.externalRestrictionsEdit.setAccessibleDescription(
                f"{who} works outside the organisation"
            )
        self._show_external()

    def _show_external(self) -> None:
        ui = self.ui
        shown = self._external or bool(ui.externalRestrictionsEdit.toPlainText().strip())
        for widget in (ui.externalRestrictionsLabel, ui.externalRestrictionsEdit):
            widget.setVisible(shown)


# --- 5 progress -----------------------------------------------------------------------------
class ProgressPage(AgreementPage):
    step = 4
    FIELDS = {
        "consent": ("consentError", "consentOverrideEdit"),
        "checkin_interval_days": ("checkinIntervalError", "checkinIntervalSpin"),
        "fit_check_date": ("fitCheckDateError", "fitCheckDateEdit"),
        "midpoint_review_date": ("midpointReviewDateError", "midpointReviewDateEdit"),
        "final_review_date": ("finalReviewDateError", "finalReviewDateEdit"),
        "success_measures": ("successMeasuresError", "successMeasuresEdit"),
        "no_fault_acknowledged": ("noFaultError", "noFaultCheck"),
        "mentor_signoff_name": ("mentorSignoffNameError", "mentorSignoffNameEdit"),
        "mentor_signoff_date": ("mentorSignoffDateError", "mentorSignoffDateEdit"),
        "mentee_signoff_name": ("menteeSignoffNameError", "menteeSignoffNameEdit"),
        "mentee_signoff_date": ("menteeSignoffDateError", "menteeSignoffDateEdit"),
    }

    PAST_FLAGGED = ("fitCheckDateEdit", "midpointReviewDateEdit", "finalReviewDateEdit")

    def __init__(self, host: PartnershipWizard) -> None:
        super().__init__(host, Ui_WizardProgressPage)
        ui = self.ui
        self._unconsented: dict[int, str] = {}
        # Consent is recorded today or on a day gone by, never ahead.
        ui.consentDateEdit.setMaximumDate(date.today())
        ui.consentDateEdit.setDate(date.today())
        ui.consentLabel.setStyleSheet(warning_style())
        ui.consentLabel.setTextFormat(Qt.TextFormat.PlainText)
        show_lines(ui.consentOverrideEdit, 2)
        ui.consentRecordButton.clicked.connect(self.record_consent)
        ui.consentBox.hide()

    def first_input(self) -> QWidget:
        ui = self.ui
        return ui.consentDateEdit if ui.consentBox.isVisibleTo(self) else ui.checkinIntervalSpin

    def load(self, agreement: Agreement) -> None:
        ui = self.ui
        ui.consentOverrideEdit.setPlainText(agreement.consent_override)
        set_number(ui.checkinIntervalSpin, agreement.checkin_interval_days)
        set_date(ui.fitCheckDateEdit, agreement.fit_check_date)
        set_date(ui.midpointReviewDateEdit, agreement.midpoint_review_date)
        set_date(ui.finalReviewDateEdit, agreement.final_review_date)
        ui.successMeasuresEdit.setPlainText(agreement.success_measures)
        ui.noFaultCheck.setChecked(agreement.no_fault_acknowledged)
        ui.mentorSignoffNameEdit.setText(agreement.mentor_signoff_name)
        set_date(ui.mentorSignoffDateEdit, agreement.mentor_signoff_date)
        ui.menteeSignoffNameEdit.setText(agreement.mentee_signoff_name)
        set_date(ui.menteeSignoffDateEdit, agreement.mentee_signoff_date)

    def store(self, agreement: Agreement) -> dict[str, str]:
        ui = self.ui
        interval = get_number(ui.checkinIntervalSpin)
        agreement.checkin_interval_days = int(interval) if interval is not None else None
        agreement.fit_check_date = get_date(ui.fitCheckDateEdit)
        agreement.midpoint_review_date = get_date(ui.midpointReviewDateEdit)
        agreement.final_review_date = get_date(ui.finalReviewDateEdit)
        agreement.success_measures = ui.successMeasuresEdit.toPlainText().strip()
        agreement.no_fault_acknowledged = ui.noFaultCheck.isChecked()
        agreement.mentor_signoff_name = ui.mentorSignoffNameEdit.text().strip()
        agreement.mentor_signoff_date = get_date(ui.mentorSignoffDateEdit)
        agreement.mentee_signoff_name = ui.menteeSignoffNameEdit.text().strip()
        agreement.mentee_signoff_date = get_date(ui.menteeSignoffDateEdit)
        # A reason matters only while someone has not consented.
        agreement.consent_override = (
            ui.consentOverrideEdit.toPlainText().strip() if self._unconsented else ""
        )
        return {}

    # --- consent: a draft starts only with both partners' consent, or a written reason --------
    def refresh_consent(self, review: PartnerReview | None) -> None:
        """Show, above everything on the page, who has not consented and how to go on."""
        ui = self.ui
        unconsented: dict[int, str] = {}
        if review is not None and self.host.is_draft:
            pair = Agreement(mentor_id=review.mentor.id, mentee_id=review.mentee.id)
            try:
                unconsented = missing_consent(self.host.db, pair)
            except RevMentorError as exc:
                self.show_message(str(exc))
        self._unconsented = unconsented
        names = list(unconsented.values())
        has = "has" if len(names) == 1 else "have"
        ui.consentLabel.setText(
            f"⚠ {join(map(isolate, names))} {has} not consented to take part yet. A partnership "
            "starts only with both partners' consent."
        )
        ui.consentBox.setVisible(bool(unconsented))
        if not unconsented:
            self.clear_problem("consent")

    def record_consent(self) -> None:
        """Record the missing consent on the date chosen, then show the pair afresh."""
        day = self.ui.consentDateEdit.date().toPython()
        names = join(map(isolate, self._unconsented.values()))
        try:
            record_consent(self.host.db, list(self._unconsented), day)
        except RevMentorError as exc:
            self.show_message(str(exc))
            return
        self.ui.consentOverrideEdit.clear()
        self.host.pages[0].refresh_review()  # step 1's warnings and this box, afresh
        self.show_message(f"Recorded consent for {names}, given on {date_text(day)}.", "")

    def update_context(self, review: PartnerReview | None) -> None:
        ui = self.ui
        self.refresh_consent(review)
        mentor = isolate(self.host.person_name(None, "mentor"))
        mentee = isolate(self.host.person_name(None, "mentee"))
        ui.mentorSignoffNameLabel.setText(f"{mnemonic_safe(mentor)} (reverse mentor) &signs as:")
        ui.menteeSignoffNameLabel.setText(f"{mnemonic_safe(mentee)} (mentee) s&igns as:")
        ui.mentorSignoffDateEdit.setAccessibleName(f"Date {mentor} signed")
        ui.menteeSignoffDateEdit.setAccessibleName(f"Date {mentee} signed")
        ui.mentorSignoffNameEdit.setPlaceholderText(f"Typed by {mentor}: their full name"
                                                    if review else "Full name")  # fmt: skip
        ui.menteeSignoffNameEdit.setPlaceholderText(f"Typed by {mentee}: their full name"
                                                    if review else "Full name")  # fmt: skip
