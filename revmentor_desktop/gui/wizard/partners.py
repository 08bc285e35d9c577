"""The wizard's first page: choose the reverse mentor and the mentee, and see how well they fit."""

from __future__ import annotations

import copy
import html
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QComboBox, QCompleter, QHeaderView, QTableWidgetItem, QWidget

from revmentor_desktop.core.db.models import Channel, Role
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.services.partnerships.agreement import Agreement
from revmentor_desktop.core.services.partnerships.pairing import (
    PartnerChoice,
    PartnerReview,
    partner_choices,
    partner_review,
)
from revmentor_desktop.core.services.partnerships.setup import programme_choices
from revmentor_desktop.core.text import fold, isolate
from revmentor_desktop.core.vocabulary import CHANNEL_LABELS, ROLE_LABELS
from revmentor_desktop.gui.bidi import ltr
from revmentor_desktop.gui.forms.ui_wizard_partners_page import Ui_WizardPartnersPage
from revmentor_desktop.gui.style import error_style, warning_style
from revmentor_desktop.gui.wizard.pages import AgreementPage

if TYPE_CHECKING:
    from revmentor_desktop.gui.wizard.partnership_wizard import PartnershipWizard

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
Index = QModelIndex | QPersistentModelIndex


# --- the partner pickers --------------------------------------------------------------------
class PartnerChoiceModel(QAbstractListModel):
    """The people a partner picker offers: "name — detail" in the list, the name when chosen.

    A model over a Python list rather than addItem per person (see PeopleChoiceModel in
    dialogs/person.py: many addItem calls are slow and leak in PySide6 6.12).
    """

    def __init__(self, choices: list[PartnerChoice], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.choices = choices
        self._names = [fold(choice.name) for choice in choices]
        self._texts = [fold(f"{choice.name} — {choice.detail}") for choice in choices]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.choices)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        choice = self.choices[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{isolate(choice.name)} — {choice.detail}" if choice.detail else choice.name
        if role == Qt.ItemDataRole.EditRole:  # what an editable combo shows once chosen
            return choice.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return choice.detail
        if role == PERSON_ID_ROLE:
            return choice.id
        return None

    def row_of(self, person_id: int | None) -> int:
        ids = [choice.id for choice in self.choices]
        return ids.index(person_id) if person_id in ids else -1

    def pick(self, typed: str, current: int) -> tuple[int | None, str]:
        """The person meant: (id, "") or (None, why not); (None, "") when nothing is typed.

        The row chosen from the list wins while its name is what the field shows (two people
        may share a name); otherwise a name, or a part only one person's name has, will do.
        """
        typed = typed.strip()
        if not typed:
            return None, ""
        wanted = fold(typed)
        if 0 <= current < len(self.choices) and self._names[current] == wanted:
            return self.choices[current].id, ""
        matches = [i for i, name in enumerate(self._names) if name == wanted]
        matches = matches or [i for i, text in enumerate(self._texts) if wanted in text]
        if len(matches) == 1:
            return self.choices[matches[0]].id, ""
        if not matches:
            return None, f"Nobody on the list matches “{isolate(typed)}”: type part of a name"
        return None, f"“{isolate(typed)}” matches {len(matches)} people: choose one from the list"


def _make_searchable(combo: QComboBox, placeholder: str) -> None:
    completer = QCompleter(combo)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
    combo.lineEdit().setPlaceholderText(placeholder)


# --- 1 partners -----------------------------------------------------------------------------
def _person_html(card, role: str) -> str:
    """One partner's profile as rich text: who they are, how they work, what they bring.

    Every value is isolated and every paragraph starts left to right, so an Arabic name or
    department neither right-aligns the box nor moves the captions' colons.
    """

    def e(text: object) -> str:
        return html.escape(isolate(text))

    def listed(values: list[str]) -> str:
        return ", ".join(e(value) for value in values if value)

    def facts(*pairs: tuple[str, str]) -> str:  # (caption, HTML already escaped)
        return "<br>".join(f"<b>{caption}:</b> {value}" for caption, value in pairs if value)

    who = " · ".join(e(part) for part in (role, card.level, card.department) if part)
    where = " · ".join(e(part) for part in (card.job_title, card.location) if part)
    lines = [f"<b style='font-size:large'>{e(card.name)}</b>", who]
    if where:
        lines.append(where)
    if card.is_external:
        permission = (
            "permission to share confirmed"
            if card.share_permission_confirmed
            else "<b>permission to share not confirmed</b>"
        )
        lines.append(f"External: {e(card.external_org or 'another organisation')}, {permission}")
    channels = ", ".join(CHANNEL_LABELS[Channel(value)] for value in card.channels) or "not given"
    hours = f"{card.hours_per_month:g} hours a month" if card.hours_per_month else "hours not given"
    lines.append(f"Keeps in touch by {html.escape(channels)}; {html.escape(hours)}")
    skills = facts(("Offers", listed(card.offers)), ("Wants to learn", listed(card.wants)))
    swot = facts(
        ("Strengths", e(card.strengths)),
        ("Weaknesses", e(card.weaknesses)),
        ("Opportunities", e(card.opportunities)),
        ("Threats", e(card.threats)),
    )
    return "".join(
        f"<p style='margin-top:6px; margin-bottom:0'>{ltr(part, rich=True)}</p>"
        for part in ("<br>".join(lines), skills, swot or "<i>No personal SWOT recorded.</i>")
        if part
    )


class PartnersPage(AgreementPage):
    step = 0
    FIELDS = {
        "programme_id": ("programmeError", "programmeCombo"),
        "mentor_id": ("mentorError", "mentorCombo"),
        "mentee_id": ("menteeError", "menteeCombo"),
        "override_reason": ("overrideReasonError", "overrideReasonEdit"),
    }

    def __init__(self, host: PartnershipWizard) -> None:
        super().__init__(host, Ui_WizardPartnersPage)
        ui = self.ui
        self.review: PartnerReview | None = None
        self._loading = False
        self._partnership_id: int | None = None
        for programme_id, name in programme_choices(host.db):
            ui.programmeCombo.addItem(name, programme_id)
        _make_searchable(ui.mentorCombo, "Type part of a name, or open the list")
        _make_searchable(ui.menteeCombo, "Type part of a name, or open the list")
        ui.warningsLabel.setStyleSheet(warning_style())
        ui.problemsLabel.setStyleSheet(error_style())
        header = ui.breakdownTable.horizontalHeader()
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Rows wrap to the table's width, which is known only once it is laid out.
        ui.breakdownTable.viewport().installEventFilter(self)
        self._breakdown_width = -1
        ui.programmeCombo.currentIndexChanged.connect(self._programme_changed)
        ui.mentorCombo.editTextChanged.connect(self._partners_edited)
        ui.menteeCombo.editTextChanged.connect(self._partners_edited)
        ui.mentorCombo.activated.connect(self._partners_edited)
        ui.menteeCombo.activated.connect(self._partners_edited)
        ui.overrideReasonEdit.textChanged.connect(self._show_override)

    def load(self, agreement: Agreement) -> None:
        ui = self.ui
        self._loading = True
        try:
            self._partnership_id = agreement.id
            index = ui.programmeCombo.findData(agreement.programme_id)
            if agreement.programme_id is None and ui.programmeCombo.count():
                index = 0  # planning or running programmes come first: the likely one
            if index < 0 and agreement.programme_id is not None:
                # A closed programme may not be offered for new partnerships: still show it.
                ui.programmeCombo.addItem(f"Programme {agreement.programme_id}",
                                          agreement.programme_id)  # fmt: skip
                index = ui.programmeCombo.count() - 1
            ui.programmeCombo.setCurrentIndex(index)
            self._fill_choices(agreement.mentor_id, agreement.mentee_id)
            ui.overrideReasonEdit.setPlainText(agreement.override_reason)
            editable = self.host.is_draft
            for widget in (ui.programmeCombo, ui.mentorCombo, ui.menteeCombo):
                widget.setEnabled(editable)
            ui.partnersNote.setText(
                ""
                if editable
                else "These two have agreed to work together. To pair someone else, end this "
                "partnership from the partnerships list and set up a new one."
            )
            ui.partnersNote.setVisible(not editable)
        finally:
            self._loading = False
        self.refresh_review()

    def store(self, agreement: Agreement) -> dict[str, str]:
        ui = self.ui
        agreement.programme_id = ui.programmeCombo.currentData()
        problems = {}
        for field, combo in (("mentor_id", ui.mentorCombo), ("mentee_id", ui.menteeCombo)):
            model = combo.model()
            if isinstance(model, PartnerChoiceModel):
                person, problem = model.pick(combo.currentText(), combo.currentIndex())
            else:
                person, problem = None, ""
            setattr(agreement, field, person)
            if problem:
                problems[field] = problem
        agreement.override_reason = ui.overrideReasonEdit.toPlainText().strip()
        return problems

    def first_input(self) -> QWidget:
        ui = self.ui
        if not self.host.is_draft:
            return ui.breakdownTable
        return ui.mentorCombo if ui.programmeCombo.currentData() is not None else ui.programmeCombo

    def _fill_choices(self, mentor_id: int | None, mentee_id: int | None) -> None:
        """The pickers for the chosen programme, keeping (or setting) the chosen people."""
        ui = self.ui
        programme_id = ui.programmeCombo.currentData()
        try:
            mentors, mentees = (
                partner_choices(self.host.db, programme_id) if programme_id else ([], [])
            )
        except RevMentorError as exc:
            mentors, mentees = [], []
            self.show_message(str(exc))
        pickers = ((ui.mentorCombo, mentors, mentor_id, "mentor"),
                   (ui.menteeCombo, mentees, mentee_id, "mentee"))  # fmt: skip
        for combo, choices, chosen, role in pickers:
            if chosen is not None and chosen not in [choice.id for choice in choices]:
                # Someone no longer enrolled still shows, so the coordinator sees who it was.
                name = self.host.person_name(chosen, role)
                choices = [*choices, PartnerChoice(chosen, name, "no longer enrolled in this role")]
            combo.blockSignals(True)
            model = PartnerChoiceModel(choices, combo)
            combo.setModel(model)
            combo.completer().setModel(model)
            combo.setCurrentIndex(model.row_of(chosen))
            if chosen is None:
                combo.setEditText("")
            combo.lineEdit().setCursorPosition(0)
            combo.blockSignals(False)

    def _programme_changed(self) -> None:
        if self._loading:
            return
        agreement = copy.copy(self.host.agreement)
        self.store(agreement)
        self._fill_choices(agreement.mentor_id, agreement.mentee_id)
        self._partners_edited()

    def _partners_edited(self, *_args) -> None:
        if not self._loading:
            self.refresh_review()

    def refresh_review(self) -> None:
        """Profiles, score, warnings and problems of the two people chosen (or a hint)."""
        ui = self.ui
        chosen = Agreement()
        self.store(chosen)
        review, failure = None, ""
        if chosen.programme_id and chosen.mentor_id and chosen.mentee_id:
            try:
                review = partner_review(self.host.db, chosen.programme_id, chosen.mentor_id,
                                        chosen.mentee_id, self._partnership_id)  # fmt: skip
            except RevMentorError as exc:
                failure = str(exc)
        self.review = review
        hint = "Choose both partners to see their profiles side by side."
        ui.mentorProfileLabel.setText(_person_html(review.mentor, ROLE_LABELS[Role.REVERSE_MENTOR])
                                      if review else hint)  # fmt: skip
        ui.menteeProfileLabel.setText(_person_html(review.mentee, ROLE_LABELS[Role.MENTEE])
                                      if review else hint)  # fmt: skip
        self._show_score(review)
        warnings = review.warnings if review else []
        warnings_html = "<br>".join(f"⚠ {html.escape(w)}" for w in warnings)
        ui.warningsLabel.setText(ltr(warnings_html, rich=True))
        ui.warningsLabel.setVisible(bool(warnings))
        problems = (review.problems if review else []) + ([failure] if failure else [])
        ui.problemsLabel.setText(ltr(
            "<br>".join(f"✖ {html.escape(p)}" for p in problems)
            + ("<br>These two cannot be paired: choose someone else." if problems else ""),
            rich=True,
        ))  # fmt: skip
        ui.problemsLabel.setVisible(bool(problems))
        self._show_override()
        self.host.partners_changed(review)

    def _show_score(self, review: PartnerReview | None) -> None:
        ui, table = self.ui, self.ui.breakdownTable
        rows = review.breakdown if review else []
        if review is None:
            ui.scoreLabel.setText("The match score shows once both partners are chosen.")
        elif review.score is None:
            ui.scoreLabel.setText("No match score: these two are not a pair the rules allow.")
        else:
            ui.scoreLabel.setText(f"<b>Match score: {review.score:.0f} %</b> — how each "
                                  "criterion of the programme scores this pair:")  # fmt: skip
        table.setRowCount(len(rows))
        for row, item in enumerate(rows):
            values = (
                str(item.get("label", "")),
                str(item.get("weight", "")).capitalize(),
                f"{float(item.get('score', 0)) * 100:.0f} %",
                str(item.get("explanation", "")),
            )
            for column, text in enumerate(values):
                cell = QTableWidgetItem(text)
                if column == 2:
                    cell.setTextAlignment(RIGHT)
                table.setItem(row, column, cell)
        table.setVisible(bool(rows))
        self._fit_breakdown()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        table = self.ui.breakdownTable
        if (watched is table.viewport() and event.type() == QEvent.Type.Resize
                and event.size().width() != self._breakdown_width):  # fmt: skip
            self._breakdown_width = event.size().width()
            # After the header has fitted its columns to the new width.
            QTimer.singleShot(0, self, self._fit_breakdown)
        return super().eventFilter(watched, event)

    def _fit_breakdown(self, *_args) -> None:
        """Rows as tall as their wrapped text at the current width; the page scrolls, not the
        table, so it shows every row."""
        table = self.ui.breakdownTable
        table.resizeRowsToContents()
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(row) for row in range(table.rowCount()))
        table.setFixedHeight(height)

    def _show_override(self) -> None:
        ui = self.ui
        needed = bool(self.review and self.review.needs_override)
        shown = needed or bool(ui.overrideReasonEdit.toPlainText().strip())
        for widget in (ui.overrideReasonLabel, ui.overrideReasonEdit):
            widget.setVisible(shown)
        if not shown:
            self.clear_problem("override_reason")
