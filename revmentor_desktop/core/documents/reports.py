"""Progress reports for managers: a whole programme, or one partnership (never private notes)."""

from __future__ import annotations

import math
from datetime import date
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from revmentor_desktop.core.db.models import GoalDirection, GoalStatus
from revmentor_desktop.core.documents.base import (
    ACCENT,
    INK,
    RULE,
    SHADE,
    Document,
    date_text,
    table_style,
)
from revmentor_desktop.core.documents.charts import bar_chart, line_chart
from revmentor_desktop.core.documents.data import Letterhead, Vocabulary
from revmentor_desktop.core.documents.fonts import SANS
from revmentor_desktop.core.text import isolate

if TYPE_CHECKING:  # the progress service's plain values, for type hints only
    from revmentor_desktop.core.services.dashboard import (
        ActionItem,
        CheckInSummary,
        GoalProgress,
        PartnershipProgress,
        ProgrammeOverview,
    )

PRIVACY_NOTE = (
    "Reports never contain private notes from check-ins, birth years or diversity information."
)
ANONYMISED_NOTE = "Anonymised: people appear as pair numbers, never by name."
WARNING = colors.HexColor("#9a3d12")
WARNING_SHADE = colors.HexColor("#fbeee6")
ROWS_PER_STEP = 50  # table rows written between two progress reports
TOP_SKILLS = 8


def _month_labels(keys: list[str], most: int = 8) -> list[str]:
    """ "2026-10", "2026-11", … as "Oct 2026", "Nov", …: at most `most` named (evenly spaced),
    the year written on the first and wherever it changes."""
    every = max(1, math.ceil(len(keys) / most))
    labels, year = [], None
    for position, key in enumerate(keys):
        if position % every:
            labels.append("")
            continue
        try:
            month = date.fromisoformat(key + "-01")
        except ValueError:  # not a month: shown as it came
            labels.append(key)
            continue
        labels.append(f"{month:%b %Y}" if month.year != year else f"{month:%b}")
        year = month.year
    return labels


def _figure(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.1f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def _ratings(check_in: CheckInSummary) -> str:
    """Both ratings of a meeting, each named by who gave it ("Reverse mentor 5", "Mentee 4")."""
    if check_in.mentor_rating is None and check_in.mentee_rating is None:
        return "—"
    return (
        f"Reverse mentor {_figure(check_in.mentor_rating)}\n"
        f"Mentee {_figure(check_in.mentee_rating)}"
    )


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f} %"


class ProgressBar(Flowable):
    """A goal's progress as a small bar with its percentage beside it."""

    def __init__(self, percent: float | None, width: float, bar: float = 12 * mm) -> None:
        super().__init__()
        self.percent, self.width, self.bar, self.height = percent, width, bar, 9

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return min(self.width, available_width), self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(RULE)
        canvas.setFillColor(SHADE)
        canvas.rect(0, 1.5, self.bar, 5.5, stroke=1, fill=1)
        if self.percent:
            canvas.setFillColor(ACCENT)
            canvas.rect(0, 1.5, self.bar * min(self.percent, 100) / 100, 5.5, stroke=0, fill=1)
        canvas.setFillColor(INK)
        canvas.setFont(SANS, 7.5)
        canvas.drawString(self.bar + 3, 1.5, _percent(self.percent))


class _Report(Document):
    """What both reports share: the date they describe, the words, anonymised or not."""

    def __init__(
        self,
        letterhead: Letterhead,
        vocabulary: Vocabulary,
        today: date,
        *,
        anonymised: bool = False,
    ) -> None:
        super().__init__(letterhead)
        self.words = vocabulary
        self.today = today
        self.anonymised = anonymised

    anonymised_note = ANONYMISED_NOTE

    def notes(self) -> list[Flowable]:
        notes = [self.p(self.anonymised_note, "Note")] if self.anonymised else []
        return [*notes, self.p(PRIVACY_NOTE, "Note")]

    def attention(self, text: str) -> Table:
        """A tinted box for what a manager must not miss (stalled, review overdue)."""
        box = Table([[self.p(text, "Cell")]], colWidths=[self.frame_width])
        box.setStyle(
            table_style(
                ("BACKGROUND", (0, 0), (-1, -1), WARNING_SHADE),
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, WARNING),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            )
        )
        return box

    def charts_row(self, left: tuple[str, Flowable], right: tuple[str, Flowable]) -> Table:
        half = self.frame_width / 2
        row = Table(
            [[self.p(left[0], "Heading2"), self.p(right[0], "Heading2")], [left[1], right[1]]],
            colWidths=[half, half],
        )
        row.setStyle(
            table_style(
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            )
        )
        return row


class ProgrammeReport(_Report):
    """A programme at a glance for managers: figures, charts, who needs attention, every pair."""

    title = "Programme report"

    def __init__(self, overview: ProgrammeOverview, *args, headline_keys=(), **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.overview = overview
        self.headline_keys = tuple(headline_keys)

    def footer_text(self) -> str:
        return f"{isolate(self.overview.programme)} · {date_text(self.today)}"

    def story_steps(self) -> int:
        return 4 + math.ceil(len(self.overview.pairs) / ROWS_PER_STEP)

    def estimated_pages(self) -> int:
        o = self.overview
        listed = len(o.stalled) + len(o.overdue_reviews) + len(o.unfinished_drafts)
        return 2 + math.ceil(len(o.pairs) / 42) + math.ceil((listed + len(o.unpaired)) / 40)

    def story(self) -> list[Flowable]:
        o = self.overview
        story: list[Flowable] = [
            self.p(self.title, "Title"),
            self.p(f"{isolate(o.programme)} · as of {date_text(self.today)}", "Subtitle"),
            *self.notes(),
            self.p("At a glance", "Heading1"),
            self._figures(),
        ]
        self.step()
        story += self._charts()
        self.step()
        story += self._attention()
        self.step()
        story += self._pairs()
        return story

    # --- figures and charts -------------------------------------------------------------------

    def _figures(self) -> Table:
        headline = self.overview.headline
        keys = [k for k in self.headline_keys if k in headline]
        keys += [k for k in headline if k not in keys]
        cells = [
            [self.p(_figure(headline[k]), "Figure"), self.p(k[:1].upper() + k[1:], "FigureLabel")]
            for k in keys
        ]
        columns = 5
        rows = [cells[i : i + columns] for i in range(0, len(cells), columns)] or [[""]]
        blanks = columns - len(rows[-1])
        rows[-1] += [""] * blanks
        width = self.frame_width / columns
        grid = Table(rows, colWidths=[width] * columns)
        grid.setStyle(
            table_style(
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("GRID", (0, 0), (-1, -1), 2, colors.white),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                *(
                    [("BACKGROUND", (columns - blanks, -1), (-1, -1), colors.white)]
                    if blanks
                    else []
                ),
            )
        )
        return grid

    def _charts(self) -> list[Flowable]:
        o = self.overview
        width, height = self.frame_width / 2 - 8, 46 * mm
        statuses = list(o.by_status)
        by_status = bar_chart(
            [self.words.word("status", s) for s in statuses],
            [o.by_status[s] for s in statuses],
            width,
            height,
            empty="No partnerships yet",
        )
        months = line_chart(
            _month_labels([m for m, _ in o.check_ins_by_month]),
            [n for _, n in o.check_ins_by_month],
            width,
            height,
            empty="No check-ins held yet",
        )
        mentors, mentees = o.average_ratings
        ratings = bar_chart(
            ["By reverse mentors", "By mentees"],  # who gave the ratings, not who received them
            [mentors, mentees],
            width,
            26 * mm,
            horizontal=True,
            top=5,
            label=lambda v: "no ratings yet" if v is None else f"{v:.1f}",
            empty="No ratings yet",
        )
        directions = list(o.goal_progress)
        goals = bar_chart(
            [self.words.word("direction", d) for d in directions],
            [o.goal_progress[d] for d in directions],
            width,
            26 * mm,
            horizontal=True,
            top=100,
            label=_percent,
            empty="No goals yet",
        )
        skills = []
        for direction in self.words.direction or o.skills_exchanged:
            exchanged = o.skills_exchanged.get(direction, [])[:TOP_SKILLS]
            skills.append((
                f"{self.words.word('direction', direction)}: top skills",
                bar_chart(
                    [name for name, _ in exchanged],
                    [count for _, count in exchanged],
                    width,
                    max(len(exchanged), 3) * 5.5 * mm + 16,
                    horizontal=True,
                    empty="No goals linked to a skill yet",
                ),
            ))  # fmt: skip
        story: list[Flowable] = [
            self.p("Partnerships and meetings", "Heading1"),
            self.charts_row(
                ("Partnerships by status", by_status), ("Check-ins held per month", months)
            ),  # fmt: skip
            self.p("Ratings and goals", "Heading1"),
            self.charts_row(
                ("Average rating (1–5)", ratings), ("Average goal progress", goals)
            ),  # fmt: skip
        ]
        if len(skills) >= 2:
            story += [
                self.p("Skills exchanged (goals per skill)", "Heading1"),
                self.charts_row(skills[0], skills[1]),
            ]
        return story

    # --- lists --------------------------------------------------------------------------------

    def _items(self, heading: str, items: list[ActionItem], none: str) -> list[Flowable]:
        title = f"{heading} ({len(items):,})"
        if not items:
            return [KeepTogether([self.p(title, "Heading2"), self.p(none, "Note")])]
        width = self.frame_width
        rows = [[item.who, item.detail, item.action[:1].upper() + item.action[1:]]
                for item in items]  # fmt: skip
        widths = [width * 0.26, width * 0.46, width * 0.28]
        table = self.table(["Who", "Why", "Suggested action"], rows, widths, style="CellSmall")
        return [*self.heading_over_table(title, "Heading2"), table]

    def _attention(self) -> list[Flowable]:
        o = self.overview
        return [
            self.p("Needs attention", "Heading1"),
            *self._items("Stalled", o.stalled, "No partnership has stalled."),
            *self._items("Reviews overdue", o.overdue_reviews, "No review is overdue."),
            *self._items("Unfinished set-ups", o.unfinished_drafts, "Every set-up is finished."),
            *self._items("Without a partner", o.unpaired, "Everyone enrolled has a partner."),
        ]

    # --- every pair ---------------------------------------------------------------------------

    def _pairs(self) -> list[Flowable]:
        pairs = self.overview.pairs
        heading = self.heading_over_table(f"All partnerships ({len(pairs):,})")
        if not pairs:
            return [*heading, self.p("No partnerships yet.", "Note")]
        widths = [w * mm for w in (27.5, 27.5, 19.5, 20.5, 20.5, 12.5, 25, 20.5)]
        rows = []
        for number, pair in enumerate(pairs, 1):
            rows.append([
                pair.mentor,
                pair.mentee,
                self.words.word("status", pair.status),
                date_text(pair.start),
                date_text(pair.last_check_in),
                f"{pair.goals:,}",
                ProgressBar(pair.goal_progress if pair.goals else None, widths[6], 11 * mm),
                date_text(pair.next_review),
            ])  # fmt: skip
            if number % ROWS_PER_STEP == 0:
                self.step()
        table = self.table(
            ["Reverse mentor", "Mentee", "Status", "Started", "Last check-in", "Goals",
             "Progress", "Next review"],
            rows,
            widths,
            style="CellSmall",
            extra=[("ALIGN", (5, 1), (5, -1), "RIGHT"),
                   ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, SHADE])],
        )  # fmt: skip
        return [*heading, table]


class PartnershipReport(_Report):
    """One partnership's progress: dates, flags, goals in each direction and its check-ins."""

    title = "Partnership progress report"
    anonymised_note = (
        ANONYMISED_NOTE + " Check-in summaries and next steps are left out: they are free text "
        "and may name anyone."
    )

    def __init__(self, progress: PartnershipProgress, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.progress = progress

    def footer_text(self) -> str:
        p = self.progress
        pair = f"{isolate(p.mentor)} and {isolate(p.mentee)}"
        return f"{isolate(p.programme)} · {pair} · {date_text(self.today)}"

    def estimated_pages(self) -> int:
        return 1 + math.ceil((len(self.progress.goals) + len(self.progress.check_ins)) / 15)

    def story(self) -> list[Flowable]:
        p = self.progress
        mentor, mentee = isolate(p.mentor), isolate(p.mentee)
        story: list[Flowable] = [
            self.p(self.title, "Title"),
            self.p(
                f"{mentor} and {mentee} · {isolate(p.programme)} · as of {date_text(self.today)}",
                "Subtitle",
            ),
            *self.notes(),
        ]
        if p.stalled:
            if p.last_check_in:
                last = f"the last was on {date_text(p.last_check_in)}"
            else:
                last = "none has been held yet"
            story.append(
                self.attention(
                    f"Stalled: no meeting held recently ({last}). A brainstorming session can "
                    "help find new ways forward."
                )
            )
        if p.overdue_reviews:
            story.append(self.attention("Overdue: " + ", ".join(p.overdue_reviews) + "."))
        story += self._facts()
        story += self._goals()
        story += self._check_ins()
        return story

    def _facts(self) -> list[Flowable]:
        p = self.progress
        ended = date_text(p.ended_on, "")
        if ended and p.no_fault_ending:
            ended += " (a no-fault ending)"
        mentors, mentees = p.average_ratings
        ratings = f"reverse mentor {_figure(mentors)}, mentee {_figure(mentees)} (out of 5)"
        rows: list[tuple[str, object]] = [
            ("Reverse mentor", p.mentor),
            ("Mentee", p.mentee),
            ("Programme", p.programme),
            ("Status", self.words.word("status", p.status)),
            ("Partnership runs", f"{date_text(p.start_date)} – {date_text(p.end_date)}"),
            ("Active since", date_text(p.activated_on)),
        ]
        if ended:
            rows.append(("Ended", ended))
        rows += [
            ("First-session fit check", date_text(p.fit_check_date)),
            ("Mid-point review", date_text(p.midpoint_review_date)),
            ("Final review", date_text(p.final_review_date)),
            ("Last check-in", date_text(p.last_check_in, "none yet")),
            ("Next review", date_text(p.next_review)),
            ("Average ratings", ratings),
        ]
        return [Spacer(1, 2 * mm), self.key_values(rows)]

    def _goal_rows(self, goals: list[GoalProgress]) -> Flowable:
        width = self.frame_width
        rows = [
            [
                [self.p(g.title, "CellBold"), *([self.p(f"Skill: {isolate(g.skill)}", "Small")]
                                                if g.skill else [])],
                g.success_measure or "—",
                date_text(g.target_date),
                GoalStatus(g.status).value.capitalize(),
                ProgressBar(g.progress, width * 0.16),
            ]
            for g in goals
        ]  # fmt: skip
        return self.table(
            ["Goal", "How we will know it is reached", "Target", "Status", "Progress"],
            rows,
            [width * 0.32, width * 0.28, width * 0.13, width * 0.11, width * 0.16],
        )

    def _goals(self) -> list[Flowable]:
        p = self.progress
        story: list[Flowable] = [self.p("Goals", "Heading1")]
        if self.anonymised:
            learns = {
                GoalDirection.MENTEE_LEARNS: "What the mentee learns from the reverse mentor",
                GoalDirection.MENTOR_LEARNS: "What the reverse mentor learns from the mentee",
            }
        else:
            mentor, mentee = isolate(p.mentor), isolate(p.mentee)
            learns = {
                GoalDirection.MENTEE_LEARNS: f"What {mentee} (mentee) learns from {mentor}",
                GoalDirection.MENTOR_LEARNS: f"What {mentor} (reverse mentor) learns from {mentee}",
            }
        for direction, heading in learns.items():
            goals = [g for g in p.goals if g.direction == direction]
            story.append(self.p(heading, "Heading2"))
            story.append(self._goal_rows(goals) if goals else self.p("No goal.", "Note"))
        return story

    def _check_ins(self) -> list[Flowable]:
        p = self.progress
        heading = self.heading_over_table(f"Check-ins ({len(p.check_ins):,})")
        if not p.check_ins:
            return [*heading, self.p("No check-in logged yet.", "Note")]
        width = self.frame_width
        rows = []
        for c in p.check_ins:
            meeting = self.words.word("check_in_kind", c.kind)
            if c.fit_verdict:
                meeting += f": {self.words.word('fit_verdict', c.fit_verdict).lower()}"
            if not c.held:
                meeting += " (cancelled)"
            elif c.duration_minutes:
                meeting += f", {c.duration_minutes} min"
            rows.append([date_text(c.held_on), meeting, _ratings(c), c.summary or "—",
                         c.next_steps or "—"])  # fmt: skip
        table = self.table(
            ["Date", "Meeting", "Ratings (1–5)", "Summary", "Next steps"],
            rows,
            [width * 0.13, width * 0.2, width * 0.18, width * 0.27, width * 0.22],
        )
        return [*heading, table, Spacer(1, 2 * mm),
                self.p("Ratings: how each partner rated the meeting, from 1 (poor) to 5 "
                       "(excellent).", "Small")]  # fmt: skip
