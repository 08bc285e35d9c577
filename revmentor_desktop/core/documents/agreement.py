"""The partnership agreement PDF: partners, goals, communication, openness, progress, signatures."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Spacer, Table

from revmentor_desktop.core.documents.base import (
    INK,
    RULE,
    SHADE,
    Document,
    date_text,
    table_style,
)
from revmentor_desktop.core.documents.data import AgreementSheet, GoalSheet, PartySheet
from revmentor_desktop.core.text import isolate

NOT_AGREED = "Not agreed yet"

NO_FAULT_CLAUSE = (
    "Either partner may end this partnership at any time, without giving a reason and without "
    "blame. They tell the programme coordinator, who records a no-fault ending. Neither partner's "
    "standing in the programme or at work is affected, nothing said in the partnership is held "
    "against anyone, and both may be paired with someone else."
)
CONFIDENTIALITY = (
    "What is said in our meetings stays between us, unless we both agree to share it. Managers "
    "see only what is written below."
)


def _or_missing(text: str) -> str:
    return text.strip() or NOT_AGREED


class AgreementDocument(Document):
    """What a reverse mentor and a mentee agreed in the five set-up steps, ready to sign."""

    title = "Partnership agreement"

    def __init__(self, sheet: AgreementSheet) -> None:
        super().__init__(sheet.letterhead)
        self.sheet = sheet

    def footer_text(self) -> str:
        s = self.sheet
        return f"{isolate(s.programme)} · {isolate(s.mentor.name)} and {isolate(s.mentee.name)}"

    def story(self) -> list[Flowable]:
        s = self.sheet
        story: list[Flowable] = [
            self.p(self.title, "Title"),
            self.p(
                f"{isolate(s.mentor.name)} and {isolate(s.mentee.name)} · {isolate(s.programme)}",
                "Subtitle",
            ),
        ]
        if s.status != "Active":
            story.append(self.p(f"Status of this partnership: {s.status}.", "Note"))
        story += self._partners()
        story += self._goals()
        story += self._communication()
        story += self._openness()
        story += self._progress_plan()
        story += self._ending()
        story += self._signatures()
        return story

    # --- 1. partners --------------------------------------------------------------------------

    def _party(self, party: PartySheet) -> list[Flowable]:
        cells: list[Flowable] = [
            self.p(party.role.upper(), "Label"),
            self.p(party.name, "Heading2"),
        ]
        details = [party.job_title, party.level, party.department]
        if party.external_org:
            details.append(f"External: {isolate(party.external_org)}")
        cells.append(self.p(" · ".join(d for d in details if d) or "—", "Cell"))
        if party.email:
            cells.append(self.p(party.email, "Cell"))
        return cells

    def _partners(self) -> list[Flowable]:
        s = self.sheet
        half = self.frame_width / 2
        parties = Table([[self._party(s.mentor), self._party(s.mentee)]], colWidths=[half, half])
        parties.setStyle(
            table_style(
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEAFTER", (0, 0), (0, 0), 0.6, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            )
        )
        programme = s.programme
        if s.programme_start or s.programme_end:
            programme += f" ({date_text(s.programme_start)} – {date_text(s.programme_end)})"
        hours = s.time_commitment_hours
        commitment = f"{hours:g} hours a month" if hours else NOT_AGREED
        if s.start_date or s.end_date:
            period = f"{date_text(s.start_date)} – {date_text(s.end_date)}"
        else:
            period = NOT_AGREED
        return [
            self.p("1. The partners", "Heading1"),
            parties,
            Spacer(1, 4 * mm),
            self.key_values([
                ("Organisation", self.letterhead.organisation.strip() or "—"),
                ("Programme", programme),
                ("Partnership runs", period),
                ("Time commitment", commitment),
            ]),
        ]  # fmt: skip

    # --- 2. goals -----------------------------------------------------------------------------

    def _goal_table(self, goals: list[GoalSheet]) -> Flowable:
        if not goals:
            return self.p("No goal agreed in this direction yet.", "Note")
        width = self.frame_width
        rows = []
        for goal in goals:
            title: list[Flowable] = [self.p(goal.title, "CellBold")]
            if goal.skill:
                title.append(self.p(f"Skill: {isolate(goal.skill)}", "Small"))
            rows.append([title, goal.success_measure or "—", date_text(goal.target_date)])
        return self.table(
            ["Goal", "How we will know it is reached", "Target date"],
            rows,
            [width * 0.40, width * 0.42, width * 0.18],
        )

    def _goals(self) -> list[Flowable]:
        s = self.sheet
        mentor, mentee = isolate(s.mentor.name), isolate(s.mentee.name)
        return [
            self.p("2. Goals", "Heading1"),
            self.p(f"What {mentee} (mentee) learns from {mentor}", "Heading2"),
            self._goal_table(s.mentee_goals),
            self.p(f"What {mentor} (reverse mentor) learns from {mentee}", "Heading2"),
            self._goal_table(s.mentor_goals),
        ]

    # --- 3. communication ---------------------------------------------------------------------

    def _communication(self) -> list[Flowable]:
        s = self.sheet
        meetings = s.meeting_frequency
        if s.meeting_minutes:
            meetings = (
                f"{meetings}, {s.meeting_minutes} minutes"
                if meetings
                else (f"{s.meeting_minutes} minutes")
            )
        return [
            self.p("3. How we keep in touch", "Heading1"),
            self.key_values([
                ("Channels", ", ".join(s.channels) or NOT_AGREED),
                ("Meetings", meetings or NOT_AGREED),
                ("Place or link", _or_missing(s.meeting_place)),
                ("Preferred days and times", _or_missing(s.preferred_times)),
                ("Who sets the agenda", _or_missing(s.agenda_owner)),
                ("Cancelling or moving a meeting", _or_missing(s.cancellation_rule)),
                ("Expected reply time", _or_missing(s.reply_time)),
            ]),
        ]  # fmt: skip

    # --- 4. openness --------------------------------------------------------------------------

    def _openness(self) -> list[Flowable]:
        s = self.sheet
        confidentiality = CONFIDENTIALITY if s.confidentiality_agreed else NOT_AGREED
        rows: list[tuple[str, object]] = [
            ("Confidentiality", confidentiality),
            ("Topics we leave out", s.off_limits_topics.strip() or "None named"),
            (f"Feedback to {isolate(s.mentor.name)}", _or_missing(s.mentor_feedback_preference)),
            (f"Feedback to {isolate(s.mentee.name)}", _or_missing(s.mentee_feedback_preference)),
            ("What managers may see", _or_missing(s.manager_visibility)),
        ]
        if s.external_restrictions.strip() or s.mentor.external_org or s.mentee.external_org:
            rows.append(("Not to be shared outside", _or_missing(s.external_restrictions)))
        story: list[Flowable] = [self.p("4. Openness and ground rules", "Heading1")]
        story.append(self.key_values(rows))
        rules: list[Flowable] = [self.p("Ground rules we both accept", "Heading2")]
        for sentence, accepted in s.ground_rules:
            mark = "✓" if accepted else "☐"
            suffix = "" if accepted else " (not accepted yet)"
            rules.append(self.p(f"{mark}  {sentence}{suffix}", "Body"))
        if not s.ground_rules:
            rules.append(self.p("No ground rules accepted yet.", "Note"))
        story.append(KeepTogether(rules))
        return story

    # --- 5. progress --------------------------------------------------------------------------

    def _progress_plan(self) -> list[Flowable]:
        s = self.sheet
        return [
            self.p("5. Measuring progress", "Heading1"),
            self.key_values([
                ("Check-ins", s.checkin_frequency or NOT_AGREED),
                ("First-session fit check", date_text(s.fit_check_date, NOT_AGREED)),
                ("Mid-point review", date_text(s.midpoint_review_date, NOT_AGREED)),
                ("Final review", date_text(s.final_review_date, NOT_AGREED)),
                ("How we measure success", _or_missing(s.success_measures)),
            ]),
        ]  # fmt: skip

    # --- 6. ending ----------------------------------------------------------------------------

    def _ending(self) -> list[Flowable]:
        acknowledged = (
            "Both partners have read and acknowledged this clause."
            if self.sheet.no_fault_acknowledged
            else "Not acknowledged yet."
        )
        return [
            self.p("6. Ending without fault", "Heading1"),
            self.p(NO_FAULT_CLAUSE),
            self.p(acknowledged, "Note"),
        ]

    # --- 7. signatures ------------------------------------------------------------------------

    def _signature(self, role: str, name: str, signed_name: str, signed_on) -> list[Flowable]:
        cells: list[Flowable] = [
            Spacer(1, 14 * mm),  # room to sign, above the line
            HRFlowable(width="100%", thickness=0.8, color=INK, spaceAfter=3),
            self.p(role, "Label"),
            self.p(name, "Cell"),
        ]
        if signed_name.strip():
            cells.append(
                self.p(f"Signed off in RevMentor as “{isolate(signed_name.strip())}”", "Small")
            )
            cells.append(self.p(f"on {date_text(signed_on)}", "Small"))
        else:
            cells.append(self.p("Date: ____________________", "Small"))
        return cells

    def _signatures(self) -> list[Flowable]:
        s = self.sheet
        third = self.frame_width / 3
        table = Table(
            [[
                self._signature("Reverse mentor", s.mentor.name, s.mentor_signoff_name,
                                s.mentor_signoff_date),
                self._signature("Mentee", s.mentee.name, s.mentee_signoff_name,
                                s.mentee_signoff_date),
                self._signature("Programme coordinator", "Name: ____________________", "", None),
            ]],
            colWidths=[third, third, third],
        )  # fmt: skip
        table.setStyle(
            table_style(
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
            )
        )
        return [
            KeepTogether([
                self.p("7. Signatures", "Heading1"),
                self.p("By signing, we agree to work together as set out above.", "Body"),
                table,
            ])
        ]  # fmt: skip
