"""The thank-you certificate PDF: one partner, the programme, what they learnt, the dates."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, Spacer

from revmentor_desktop.core.db.models import Role
from revmentor_desktop.core.documents.base import ACCENT, RULE, Document, date_text
from revmentor_desktop.core.documents.data import Letterhead
from revmentor_desktop.core.documents.fonts import SANS_BOLD
from revmentor_desktop.core.text import isolate, join

# What each partner is thanked for, by the role they had.
THANKS = {
    Role.MENTEE: "You learnt with an open mind, and shared your experience in return.",
    Role.REVERSE_MENTOR: "You shared your knowledge, and learnt in return.",
}
ROLE_WORDS = {Role.MENTEE: "a mentee", Role.REVERSE_MENTOR: "a reverse mentor"}


@dataclass
class CertificateSheet:
    """What one partner's certificate prints (plain values, filled by the closure service)."""

    name: str
    role: Role
    partner: str
    programme: str
    skills: list[str] = field(default_factory=list)
    goals: list[str] = field(default_factory=list)
    learnt: str = ""
    started: date | None = None
    ended: date | None = None
    letterhead: Letterhead | None = None


class CertificateDocument(Document):
    """A one-page thank-you to one partner, with the organisation's letterhead."""

    title = "Certificate of thanks"

    def __init__(self, sheet: CertificateSheet) -> None:
        super().__init__(sheet.letterhead)
        self.sheet = sheet

    @cached_property
    def styles(self) -> dict[str, ParagraphStyle]:
        styles = dict(Document.styles.func(self))
        body = styles["Body"]
        styles["Centred"] = ParagraphStyle(
            "Centred", parent=body, fontSize=11.5, leading=16, alignment=TA_CENTER
        )
        styles["Banner"] = ParagraphStyle(
            "Banner", parent=styles["Centred"], fontName=SANS_BOLD, fontSize=24, leading=30,
            textColor=ACCENT, spaceAfter=10,
        )  # fmt: skip
        styles["Name"] = ParagraphStyle(
            "Name", parent=styles["Centred"], fontName=SANS_BOLD, fontSize=22, leading=30,
            spaceBefore=8, spaceAfter=8,
        )  # fmt: skip
        styles["Quote"] = ParagraphStyle(
            "Quote", parent=styles["Note"], fontSize=10.5, leading=14, alignment=TA_CENTER
        )
        return styles

    def footer_text(self) -> str:
        return isolate(self.sheet.programme)

    def story(self) -> list[Flowable]:
        s = self.sheet
        organisation = (self.letterhead.organisation or "").strip()
        story: list[Flowable] = [
            Spacer(1, 22 * mm),
            self.p("Thank you", "Banner"),
            self.p("This certificate thanks", "Centred"),
            self.p(s.name, "Name"),
            self.p(
                f"for taking part in {isolate(s.programme)} as {ROLE_WORDS[s.role]}, together "
                f"with {isolate(s.partner)}",
                "Centred",
            ),
        ]
        if s.started and s.ended:
            story.append(self.p(f"from {date_text(s.started)} to {date_text(s.ended)}", "Centred"))
        elif s.started:
            story.append(self.p(f"since {date_text(s.started)}", "Centred"))
        story.append(self.p(THANKS[s.role], "Centred"))
        story.append(Spacer(1, 8 * mm))
        story.append(HRFlowable(width="40%", color=RULE, thickness=0.8, hAlign="CENTER"))
        story.append(Spacer(1, 6 * mm))
        if s.skills:
            story.append(
                self.p(f"Skills learnt: {join(isolate(skill) for skill in s.skills)}", "Centred")
            )
        if s.goals:
            story.append(
                self.p(
                    f"Goals worked on: {'; '.join(isolate(goal) for goal in s.goals)}", "Centred"
                )  # fmt: skip
            )
        if s.learnt.strip():
            story.append(Spacer(1, 4 * mm))
            story.append(self.p(f"“{isolate(s.learnt.strip())}”", "Quote"))
        story.append(Spacer(1, 18 * mm))
        signed_by = f"The programme team{f' · {isolate(organisation)}' if organisation else ''}"
        story.append(self.p(signed_by, "Centred"))
        return story
