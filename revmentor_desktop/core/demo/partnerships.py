"""The demo programme's partnerships: a believable spread, with goals and months of check-ins.

Called by demo.create_demo once its people are in the database, so the dashboard and the reports
have something to show on first start: pairs going well, one stalled, one with a review overdue,
drafts at different steps, a paused pair, one completed and one ended early without fault; a
larger organisation also gets a second completed pair and one past its mid-point review.
Partners rate their own level in the skills they learn when they sign, and again at each held
review; the completed and the ended pair each have their closing conversations.
Dates are laid out backwards from the day the demo is made (the programme's end at the latest),
so the stalled pair is stalled and the others are not whenever the demo is built; the same
seed and the same day give the same data.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any, Protocol

from sqlalchemy.orm import Session

from revmentor_desktop.core.db.models import (
    AssessmentMoment,
    CheckIn,
    CheckInGoalProgress,
    CheckInKind,
    Closure,
    FitVerdict,
    Goal,
    GoalDirection,
    GoalStatus,
    PairDecision,
    PairDecisionKind,
    Partnership,
    PartnershipStatus,
    PreferenceKind,
    Programme,
    Role,
    SelfAssessment,
    display_name,
)
from revmentor_desktop.core.vocabulary import GROUND_RULES

# The programme has run at least this long in the demo, so every story fits in.
MIN_HISTORY_DAYS = 49


class DemoPerson(Protocol):
    """What this module reads of demo.py's people (its _Draft), once they have an id."""

    id: int | None
    given_name: str
    family_name: str
    rank: int
    manager: Any
    is_external: bool
    share_permission_confirmed: bool
    channels: list[str]
    hours_per_month: float | None
    location: str
    offers: list[tuple[int, int]]
    wants: list[tuple[int, int]]


@dataclass(frozen=True)
class _Story:
    """How one demo partnership unfolds."""

    key: str
    status: PartnershipStatus
    wizard_step: int = 5
    start_offset: int = 1  # days after the demo's first day
    interval: int = 14  # days between check-ins
    quiet_days: int = 0  # no held check-in in the last … days (a stalled pair)


# In order of importance: a small demo organisation gets the first few.
STORIES = (
    _Story("steady", PartnershipStatus.ACTIVE, start_offset=1, interval=14),
    _Story("stalled", PartnershipStatus.ACTIVE, start_offset=2, interval=14, quiet_days=30),
    _Story("review_overdue", PartnershipStatus.ACTIVE, start_offset=1, interval=13),
    _Story("draft_communication", PartnershipStatus.DRAFT, wizard_step=2),
    _Story("completed", PartnershipStatus.COMPLETED, start_offset=0, interval=12),
    _Story("ended_early", PartnershipStatus.ENDED_EARLY, start_offset=3),
    _Story("draft_accepted", PartnershipStatus.DRAFT, wizard_step=1),
    _Story("steady_monthly", PartnershipStatus.ACTIVE, start_offset=6, interval=20),
    _Story("paused", PartnershipStatus.PAUSED, start_offset=4, interval=14, quiet_days=25),
    # A larger organisation's demo has more to evaluate: a second completed pair, and one whose
    # shorter agreement had its mid-point review lately.
    _Story("completed_second", PartnershipStatus.COMPLETED, start_offset=2, interval=11),
    _Story("midpoint_held", PartnershipStatus.ACTIVE, start_offset=1, interval=14),
)

GOAL_TITLES = {
    GoalDirection.MENTEE_LEARNS: ("Get hands-on with {skill}", "Use {skill} in my own work",
                                  "Understand how our younger customers use {skill}"),
    GoalDirection.MENTOR_LEARNS: ("Learn how {skill} works here", "Build my {skill}",
                                  "See {skill} in practice at leadership level"),
}  # fmt: skip
SUCCESS_MEASURES = (
    "Does a real task with {skill} without help by the target date",
    "Shows the other partner one piece of work that uses {skill}",
    "Can explain {skill} to a colleague in five minutes",
)
FIT_CHECK_SUMMARIES = (
    "First meeting over coffee: talked about what each of us hopes to learn and agreed the goals.",
    "Got to know each other, shared our SWOTs and agreed how we keep in touch.",
)
SUMMARIES = (
    "Worked through {skill} together on a real example from this week.",
    "Reviewed progress on {skill}; the first attempt went better than expected.",
    "Talked about {skill} and how it shows up in day-to-day decisions.",
    "Swapped roles for half an hour: each explained a part of their job to the other.",
    "Looked back at what worked since last time and set a small next step.",
)
NEXT_STEPS = (
    "Try one {skill} task before we meet again.",
    "Share one example each by message during the week.",
    "Bring a question from work to the next session.",
)
PRIVATE_NOTES = (
    "Seemed a little hesitant to give feedback upwards; keep encouraging it.",
    "Busy quarter: keep the next meeting short.",
    "Mentioned feeling stretched at work; check in gently next time.",
)
CONFIDENCE_NOTES = (
    "I have read about it but never tried it myself.",
    "I use it now and then, with help.",
    "Fairly sure: I did it on my own twice this month.",
    "Confident: I showed a colleague how it works.",
)
LEARNT = {
    PartnershipStatus.COMPLETED: (
        "How the people who will run this place in ten years see our work, and their tools.",
        "That explaining my job to someone senior made me understand it better myself.",
        "Practical skills I now use every week, and a contact I can ask anything.",
    ),
    PartnershipStatus.ENDED_EARLY: (
        "That a good match needs the same hopes for the programme, not only the right skills.",
        "To say early and kindly when something does not work.",
    ),
}
PLACES = (
    "Video call (link in the invitation)",
    "Meeting room 2, 4th floor",
    "The café on the ground floor",
)
PREFERRED_TIMES = ("Tuesdays 10:00", "Thursday afternoons", "Monday mornings, 9:30")


@dataclass
class _Pairing:
    story: _Story
    mentor: DemoPerson
    mentee: DemoPerson
    teaches: list[int] = field(default_factory=list)  # catalogue indexes the mentor offers
    learns: list[int] = field(default_factory=list)  # … the mentee offers the mentor


def add_demo_partnerships(
    session: Session,
    rng: random.Random,
    programme: Programme,
    mentors: Sequence[DemoPerson],
    mentees: Sequence[DemoPerson],
    rather_not: set[tuple[int, int]],
    skill_names: list[str],
    skill_ids: list[int],
    today: date | None = None,
) -> int:
    """Create the demo partnerships inside the caller's transaction; returns how many.

    `rather_not` holds (person id, other id) "would rather not" preferences; `skill_names` and
    `skill_ids` are the catalogue's, by index.
    """
    as_of = min(today or date.today(), programme.end_date or date.max)
    first_day = min(programme.start_date or as_of, as_of - timedelta(days=MIN_HISTORY_DAYS))
    pairings = _choose_pairs(rng, mentors, mentees, rather_not)
    builders = []
    for pairing in pairings:
        builder = _Builder(rng, programme, pairing, skill_names, skill_ids, first_day, as_of)
        builders.append(builder)
        session.add(builder.build())
        if pairing.story.status == PartnershipStatus.ENDED_EARLY:
            # As ending early does in the app: the pair is not suggested again.
            session.add(
                PairDecision(
                    programme_id=programme.id,
                    mentor_id=pairing.mentor.id,
                    mentee_id=pairing.mentee.id,
                    kind=PairDecisionKind.REJECTED,
                    reason="Ended after the first session: not a fit (no-fault ending).",
                )
            )
    session.flush()
    # Last, so that the draws above (and the check-ins they make) stay as they were.
    for builder in builders:
        session.add_all(builder.self_assessments() + builder.closures())
    session.flush()
    return len(pairings)


def _allowed(mentor: DemoPerson, mentee: DemoPerson, rather_not: set[tuple[int, int]]) -> bool:
    """The engine's hard rules (with its default settings), so no demo pair is one the app
    would never suggest."""
    if mentor.manager is mentee or mentee.manager is mentor:
        return False
    if (mentor.id, mentee.id) in rather_not or (mentee.id, mentor.id) in rather_not:
        return False
    return not any(p.is_external and not p.share_permission_confirmed for p in (mentor, mentee))


def _choose_pairs(
    rng: random.Random,
    mentors: Sequence[DemoPerson],
    mentees: Sequence[DemoPerson],
    rather_not: set[tuple[int, int]],
) -> list[_Pairing]:
    """One pair per story while people last, each the best fit by skills both ways."""
    free_mentors = list(mentors)
    free_mentees = list(mentees)
    rng.shuffle(free_mentees)
    pairings = []
    for story in STORIES:
        best: tuple[tuple[int, int, float], DemoPerson, DemoPerson] | None = None
        # A few dozen mentees are plenty to find good pairs, and keep a huge demo fast.
        for mentee in free_mentees[:40]:
            for mentor in free_mentors:
                if not _allowed(mentor, mentee, rather_not):
                    continue
                teaches = _overlap(mentor.offers, mentee.wants)
                learns = _overlap(mentee.offers, mentor.wants)
                shared = len(set(mentor.channels) & set(mentee.channels))
                score = (min(len(teaches), 2) + min(len(learns), 1), shared, rng.random())
                if best is None or score > best[0]:
                    best = (score, mentor, mentee)
            if best is not None and best[0][0] >= 2:
                break  # good enough: keep the demo fast for large organisations
        if best is None:
            break
        _, mentor, mentee = best
        free_mentors.remove(mentor)
        free_mentees.remove(mentee)
        pairings.append(
            _Pairing(
                story,
                mentor,
                mentee,
                teaches=_overlap(mentor.offers, mentee.wants) or [mentee.wants[0][0]],
                learns=_overlap(mentee.offers, mentor.wants) or [mentor.wants[0][0]],
            )
        )
    return pairings


def _overlap(offers: list[tuple[int, int]], wants: list[tuple[int, int]]) -> list[int]:
    wanted = {skill for skill, _ in wants}
    return [skill for skill, _ in offers if skill in wanted]


def _halfway(start: date, end: date) -> date:
    return start + timedelta(days=(end - start).days // 2)


def _at(day: date, hour: int = 9) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


class _Builder:
    """One partnership of a story, with its agreement, goals and check-ins."""

    def __init__(
        self,
        rng: random.Random,
        programme: Programme,
        pairing: _Pairing,
        skill_names: list[str],
        skill_ids: list[int],
        first_day: date,
        as_of: date,
    ) -> None:
        self.rng = rng
        self.programme = programme
        self.pairing = pairing
        self.story = pairing.story
        self.skill_names = skill_names
        self.skill_ids = skill_ids
        self.first_day = first_day
        self.as_of = as_of
        self.partnership = Partnership(
            programme_id=programme.id,
            mentor_id=pairing.mentor.id,
            mentee_id=pairing.mentee.id,
            status=self.story.status,
            wizard_step=self.story.wizard_step,
        )

    def build(self) -> Partnership:
        story, partnership = self.story, self.partnership
        if story.status == PartnershipStatus.DRAFT:
            self._draft()
            return partnership
        start = self.first_day + timedelta(days=story.start_offset)
        end = self.programme.end_date or start + timedelta(days=270)
        midpoint = _halfway(start, end)
        if story.key == "review_overdue":
            # A shorter agreement whose mid-point review was due a few days ago.
            midpoint = self.as_of - timedelta(days=5)
            end = midpoint + (midpoint - start)
        elif story.key == "midpoint_held":
            midpoint = self.as_of - timedelta(days=12)
            end = midpoint + (midpoint - start)
        elif story.status == PartnershipStatus.COMPLETED:
            end = self.as_of - timedelta(days=8)
            midpoint = _halfway(start, end)
        self._dates(start, end)
        self._agreement()
        partnership.fit_check_date = start + timedelta(days=10)
        partnership.midpoint_review_date = midpoint
        partnership.final_review_date = end - timedelta(days=7)
        self._signoff(start - timedelta(days=2))
        partnership.activated_at = _at(start - timedelta(days=2))
        partnership.created_at = _at(start - timedelta(days=12))
        partnership.goals = self._goals(start, end)
        if story.key == "ended_early":
            self._ended_early()
        else:
            self._check_ins(start, end)
        if story.status == PartnershipStatus.COMPLETED:
            partnership.ended_at = _at(end, 16)
        return partnership

    # --- the agreement --------------------------------------------------------------------

    def _dates(self, start: date, end: date) -> None:
        self.partnership.start_date = start
        self.partnership.end_date = end
        hours = [p.hours_per_month for p in (self.pairing.mentor, self.pairing.mentee)]
        self.partnership.time_commitment_hours = min(h for h in hours if h) if any(hours) else 2

    def _agreement(self) -> None:
        partnership, pairing, rng = self.partnership, self.pairing, self.rng
        shared = [c for c in pairing.mentor.channels if c in pairing.mentee.channels]
        partnership.channels = shared or pairing.mentee.channels[:1]
        partnership.meeting_interval_days = self.programme.meeting_interval_days
        partnership.meeting_minutes = rng.choice((45, 60, 60))
        partnership.meeting_place = rng.choice(PLACES)
        partnership.preferred_times = rng.choice(PREFERRED_TIMES)
        partnership.agenda_owner = "both"
        partnership.cancellation_rule = (
            "Tell the other a day ahead if you can, and offer a new time in the same week."
        )
        partnership.reply_time = "Within two working days"
        partnership.confidentiality_agreed = True
        partnership.mentor_feedback_preference = "Straight to the point, with an example."
        partnership.mentee_feedback_preference = "In private, and the good news first."
        partnership.ground_rules_accepted = [key for key, _ in GROUND_RULES]
        partnership.manager_visibility = "Our goals and progress, not what we talk about."
        if pairing.mentor.is_external or pairing.mentee.is_external:
            partnership.external_restrictions = (
                "No customer names, prices or unannounced plans leave the meeting."
            )
        partnership.checkin_interval_days = self.programme.checkin_interval_days
        partnership.success_measures = (
            "Each of us can show one thing we now do differently; we both rate our sessions."
        )
        partnership.no_fault_acknowledged = True

    def _signoff(self, day: date) -> None:
        partnership, pairing = self.partnership, self.pairing
        partnership.mentor_signoff_name = display_name(
            pairing.mentor.given_name, pairing.mentor.family_name
        )
        partnership.mentee_signoff_name = display_name(
            pairing.mentee.given_name, pairing.mentee.family_name
        )
        partnership.mentor_signoff_date = partnership.mentee_signoff_date = day

    def _draft(self) -> None:
        """A draft as the wizard leaves it: partners chosen (step 1), or the goals saved too."""
        partnership = self.partnership
        days_ago = 2 if self.story.wizard_step == 1 else 6
        partnership.created_at = _at(self.as_of - timedelta(days=days_ago), 11)
        partnership.start_date = self.programme.start_date
        partnership.end_date = self.programme.end_date
        if self.story.wizard_step >= 2:
            start = max(self.as_of + timedelta(days=7), partnership.start_date or self.as_of)
            end = max(partnership.end_date or start, start + timedelta(days=120))
            self._dates(start, end)
            partnership.goals = self._goals(start, end)

    def _goals(self, start: date, end: date) -> list[Goal]:
        goals = []
        for direction, skills in (
            (GoalDirection.MENTEE_LEARNS, self.pairing.teaches[:2]),
            (GoalDirection.MENTOR_LEARNS, self.pairing.learns[:1]),
        ):
            for skill in skills:
                name = self.skill_names[skill]
                span = (end - start).days
                target = start + timedelta(days=round(span * self.rng.uniform(0.6, 0.95)))
                goals.append(
                    Goal(
                        direction=direction,
                        title=self.rng.choice(GOAL_TITLES[direction]).format(skill=name),
                        skill_id=self.skill_ids[skill],
                        success_measure=self.rng.choice(SUCCESS_MEASURES).format(skill=name),
                        target_date=target,
                        progress=0,
                    )
                )
        return goals

    # --- what happened ----------------------------------------------------------------------

    def _ended_early(self) -> None:
        partnership = self.partnership
        fit_day = partnership.fit_check_date or self.as_of
        partnership.check_ins = [
            CheckIn(
                held_on=fit_day, kind=CheckInKind.FIT_CHECK, held=True, duration_minutes=40,
                mentor_rating=2, mentee_rating=2, fit_verdict=FitVerdict.NOT_A_FIT,
                summary="We found we want different things from the programme; no hard "
                "feelings on either side.",
                private_notes="Schedules clash badly; both relieved to say so early.",
            )
        ]  # fmt: skip
        for goal in partnership.goals:
            goal.status = GoalStatus.DROPPED
        partnership.ended_at = _at(fit_day + timedelta(days=3), 15)
        partnership.end_reason = "Not a fit after the first session; both asked to try again."
        partnership.no_fault_ending = True

    def _check_ins(self, start: date, end: date) -> None:
        story, partnership, rng = self.story, self.partnership, self.rng
        last_day = min(self.as_of, end) - timedelta(days=max(story.quiet_days, 2))
        days = []
        day = partnership.fit_check_date or start
        while day <= last_day:
            days.append(day)
            day += timedelta(days=story.interval + rng.randint(-2, 2))
        if not story.quiet_days and days and (last_day - days[-1]).days > 7:
            days.append(last_day - timedelta(days=rng.randint(0, 4)))  # met lately
        if story.key != "review_overdue":
            # Each review that is due is held on its day, not lost in a gap between meetings.
            for due in (partnership.midpoint_review_date, partnership.final_review_date):
                if days and due and days[0] < due <= last_day:
                    days = sorted({*(d for d in days if abs((d - due).days) > 3), due})
        completed = story.status == PartnershipStatus.COMPLETED
        if completed and partnership.final_review_date:
            days = [d for d in days if d < partnership.final_review_date]
            days.append(partnership.final_review_date)
        goals = partnership.goals
        progress = {id(goal): 0 for goal in goals}
        reviews = [
            (CheckInKind.FINAL_REVIEW, partnership.final_review_date),
            (CheckInKind.MIDPOINT_REVIEW, partnership.midpoint_review_date),
        ]
        if story.key == "review_overdue":
            reviews = []  # the point of this story: the mid-point review has not happened
        held_reviews: set[CheckInKind] = set()
        check_ins = []
        for number, held_on in enumerate(days):
            last = number == len(days) - 1
            final = completed and last
            kind = CheckInKind.FIT_CHECK if number == 0 else CheckInKind.CHECK_IN
            for review, due in reviews:
                if number and review not in held_reviews and due and held_on >= due:
                    kind = review
                    held_reviews.add(review)
                    break
            if final:
                kind = CheckInKind.FINAL_REVIEW
            # One meeting in six falls through, as busy diaries do; never the first or the last,
            # so only the stalled pair looks stalled.
            held = number == 0 or last or kind != CheckInKind.CHECK_IN or rng.random() > 1 / 6
            check_in = CheckIn(held_on=held_on, kind=kind, held=held)
            if held:
                self._held(check_in, number, progress, final)
            check_ins.append(check_in)
        if story.key == "stalled":
            # The meeting after the last one was cancelled; nothing since.
            check_ins.append(
                CheckIn(
                    held_on=self.as_of - timedelta(days=16), held=False, kind=CheckInKind.CHECK_IN
                )
            )
        partnership.check_ins = check_ins
        for goal in goals:
            goal.progress = progress[id(goal)]
            if goal.progress == 100:
                goal.status = GoalStatus.ACHIEVED

    def _held(self, check_in: CheckIn, number: int, progress: dict[int, int], final: bool) -> None:
        rng, goals = self.rng, self.partnership.goals
        skill = self.skill_names[rng.choice(self.pairing.teaches + self.pairing.learns)]
        check_in.duration_minutes = self.partnership.meeting_minutes or 60
        check_in.mentor_rating = rng.choice((3, 4, 4, 5, 5))
        check_in.mentee_rating = rng.choice((3, 4, 4, 5, 5))
        if number == 0:
            check_in.fit_verdict = FitVerdict.GOOD_FIT
            check_in.summary = rng.choice(FIT_CHECK_SUMMARIES)
        else:
            check_in.summary = rng.choice(SUMMARIES).format(skill=skill)
        check_in.next_steps = rng.choice(NEXT_STEPS).format(skill=skill)
        if rng.random() < 0.3:
            check_in.private_notes = rng.choice(PRIVATE_NOTES)
        check_in.next_meeting_on = check_in.held_on + timedelta(days=self.story.interval)
        for goal in goals:
            step = 100 if final else rng.choice((5, 10, 15, 20))
            progress[id(goal)] = min(100 if final else 90, progress[id(goal)] + step)
            check_in.goal_progress.append(
                CheckInGoalProgress(goal=goal, progress=progress[id(goal)])
            )

    # --- how it went, in the partners' own words -------------------------------------------

    def self_assessments(self) -> list[SelfAssessment]:
        """Each partner rates their level in the skills they learn (their goals' skills) when
        the agreement is signed, and again at each held mid-point and final review."""
        partnership, rng = self.partnership, self.rng
        if self.story.status == PartnershipStatus.DRAFT or partnership.id is None:
            return []
        reviews = {
            kind: check_in for check_in in partnership.check_ins
            for kind in (CheckInKind.MIDPOINT_REVIEW, CheckInKind.FINAL_REVIEW)
            if check_in.kind == kind and check_in.held
        }  # fmt: skip
        rated, found = set(), []
        for goal in partnership.goals:
            if goal.skill_id is None or (goal.direction, goal.skill_id) in rated:
                continue
            rated.add((goal.direction, goal.skill_id))
            level = rng.choice((1, 2, 2, 3))
            moments = [(AssessmentMoment.START, level, partnership.mentor_signoff_date, None)]
            for kind, moment, steps in (
                (CheckInKind.MIDPOINT_REVIEW, AssessmentMoment.MIDPOINT, (0, 1, 1, 2)),
                (CheckInKind.FINAL_REVIEW, AssessmentMoment.FINAL, (0, 1, 1, 2)),
            ):
                if kind in reviews:
                    level = min(5, level + rng.choice(steps))
                    moments.append((moment, level, reviews[kind].held_on, reviews[kind].id))
            for moment, level, day, check_in_id in moments:
                found.append(
                    SelfAssessment(
                        partnership_id=partnership.id, direction=goal.direction,
                        skill_id=goal.skill_id, moment=moment, level=level,
                        confidence_note=CONFIDENCE_NOTES[level - 1 if level < 4 else 3],
                        assessed_on=day or self.as_of, check_in_id=check_in_id,
                    )
                )  # fmt: skip
        return found

    def closures(self) -> list[Closure]:
        """The closing conversation of a completed or ended partnership, one per partner."""
        partnership, rng, status = self.partnership, self.rng, self.story.status
        if status not in LEARNT or partnership.id is None:
            return []
        completed = status == PartnershipStatus.COMPLETED
        day = partnership.ended_at.date() if partnership.ended_at else self.as_of
        return [
            Closure(
                partnership_id=partnership.id, role=role, learnt=rng.choice(LEARNT[status]),
                recommend_score=rng.choice((8, 9, 9, 10) if completed else (6, 7, 8)),
                would_take_part_again=completed or rng.random() < 0.7, recorded_on=day,
            )
            for role in (Role.REVERSE_MENTOR, Role.MENTEE)
        ]  # fmt: skip


def rather_not_pairs(preferences: Sequence[tuple[Any, Any, PreferenceKind, str]]) -> set:
    """(person id, other id) of the demo's "would rather not" preferences."""
    return {
        (person.id, other.id)
        for person, other, kind, _ in preferences
        if kind == PreferenceKind.WOULD_RATHER_NOT
    }
