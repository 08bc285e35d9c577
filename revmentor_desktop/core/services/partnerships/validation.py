"""The set-up wizard's checks: for each step, what is missing or wrong, field by field."""

from __future__ import annotations

from datetime import date
from urllib.parse import urlsplit

from sqlalchemy import select

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.models import (
    Channel,
    GoalDirection,
    GoalStatus,
    Partnership,
    PartnershipStatus,
    Person,
    Programme,
)
from revmentor_desktop.core.errors import RevMentorError, ValidationError
from revmentor_desktop.core.services.partnerships.agreement import (
    COMMUNICATION,
    GOALS,
    GONE,
    MAX_COMMITMENT_HOURS,
    MAX_MEETING_MINUTES,
    MIN_MEETING_MINUTES,
    OPENNESS,
    PARTNERS,
    PROGRESS,
    REPLY_TIME_MAX,
    SIGNOFF_NAME_MAX,
    TITLE_MAX,
    Agreement,
    GoalDraft,
)
from revmentor_desktop.core.services.partnerships.life import pair_words
from revmentor_desktop.core.services.partnerships.pairing import partner_review
from revmentor_desktop.core.services.programmes import MAX_INTERVAL_DAYS
from revmentor_desktop.core.text import date_text, isolate, join
from revmentor_desktop.core.vocabulary import (
    AGENDA_OWNERS,
    CHANNEL_LABELS,
    GROUND_RULE_NAMES,
    GROUND_RULES,
    REVIEW_LABELS,
)

_CHANNELS = [channel.value for channel in Channel]
_AGENDA_KEYS = {key for key, _ in AGENDA_OWNERS}
_RULE_KEYS = [key for key, _ in GROUND_RULES]
_LEARNER = {
    GoalDirection.MENTEE_LEARNS: "the mentee will learn from the reverse mentor",
    GoalDirection.MENTOR_LEARNS: "the reverse mentor will learn from the mentee",
}

# --- checks -------------------------------------------------------------------------------


def _whole(value: object) -> int | None:
    """An int the user typed, or None (booleans and fractions are not counts of days)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value if isinstance(value, int) else None


def _blank(text: str | None) -> bool:
    return not (text or "").strip()


def _people(db: Database, agreement: Agreement) -> dict[int, Person]:
    ids = [pid for pid in (agreement.mentor_id, agreement.mentee_id) if pid is not None]
    with db.session() as session:
        return {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(ids)))}


def _name(people: dict[int, Person], person_id: int | None, fallback: str) -> str:
    person = people.get(person_id) if person_id is not None else None
    return isolate(person.full_name) if person is not None else fallback


def _partners_errors(db: Database, agreement: Agreement) -> dict[str, str]:
    """Who the partners are: chosen, enrolled in their roles, not working together already."""
    errors: dict[str, str] = {}
    if agreement.programme_id is None:
        errors["programme_id"] = "Choose the programme this partnership belongs to."
    else:
        with db.engine.connect() as connection:
            if connection.scalar(
                select(Programme.id).where(Programme.id == agreement.programme_id)
            ) is None:  # fmt: skip
                errors["programme_id"] = "This programme no longer exists; choose another one."
    if agreement.mentor_id is None:
        errors["mentor_id"] = "Choose the reverse mentor (the more junior partner)."
    if agreement.mentee_id is None:
        errors["mentee_id"] = "Choose the mentee (the more senior partner)."
    if errors:
        return errors
    if agreement.id is not None:
        with db.session() as session:
            stored = session.get(Partnership, agreement.id)
            if stored is None:
                raise RevMentorError(GONE)
            moved = (stored.programme_id, stored.mentor_id, stored.mentee_id) != (
                agreement.programme_id, agreement.mentor_id, agreement.mentee_id)  # fmt: skip
            if stored.status != PartnershipStatus.DRAFT:
                if moved:
                    errors["mentor_id"] = (
                        f"{pair_words(stored)} has started, so its partners and programme "
                        "cannot change; end it and set up a new partnership instead."
                    )
                # Checked when it started; someone withdrawing since must not block edits.
                return errors
    review = partner_review(
        db,
        agreement.programme_id,
        agreement.mentor_id,
        agreement.mentee_id,
        agreement.id,
        with_match=False,
    )
    errors.update(review.problem_fields)
    if not errors and review.needs_override and _blank(agreement.override_reason):
        errors["override_reason"] = (
            f"{review.direction_warning} Write why this pair should go ahead anyway."
        )
    return errors


def _date_order_error(agreement: Agreement, strict: bool) -> str | None:
    start, end = agreement.start_date, agreement.end_date
    if start and end and (end <= start if strict else end < start):
        return (
            f"The partnership must end after it starts ({date_text(start)}); "
            f"{date_text(end)} is too early."
        )
    return None


def _goals_errors(agreement: Agreement) -> dict[str, str]:
    errors: dict[str, str] = {}
    start, end = agreement.start_date, agreement.end_date
    if start is None:
        errors["start_date"] = "Enter the date the partnership starts."
    if end is None:
        errors["end_date"] = "Enter the date the partnership ends."
    order = _date_order_error(agreement, strict=True)
    if order:
        errors["end_date"] = order
        start = end = None  # the goals' dates cannot be judged against these
    hours = agreement.time_commitment_hours
    if hours is None or isinstance(hours, bool) or hours <= 0:
        errors["time_commitment_hours"] = (
            "Say how many hours a month the partners will give to this, for example 4."
        )
    elif hours > MAX_COMMITMENT_HOURS:
        errors["time_commitment_hours"] = (
            f"{hours:g} hours a month is more than a mentoring partnership takes; enter at most "
            f"{MAX_COMMITMENT_HOURS}."
        )
    directions = {goal.direction for goal in agreement.goals}
    missing = [
        f"Add at least one goal {_LEARNER[direction]}."
        for direction in (GoalDirection.MENTEE_LEARNS, GoalDirection.MENTOR_LEARNS)
        if direction not in directions
    ]
    if missing:
        errors["goals"] = " ".join(missing)
    for i, goal in enumerate(agreement.goals):
        errors.update(_goal_errors(i, goal, start, end))
    return errors


def _goal_errors(i: int, goal: GoalDraft, start: date | None, end: date | None) -> dict[str, str]:
    errors: dict[str, str] = {}
    title = goal.title.strip()
    name = f"“{isolate(title)}”" if title else "this goal"
    if not title:
        errors[f"goals.{i}.title"] = (
            "Give each goal a short title saying what will be learned, e.g. “Run a Teams meeting”."
        )
    elif len(title) > TITLE_MAX:
        errors[f"goals.{i}.title"] = (
            f"The title of goal {i + 1} is {len(title)} characters long; keep it under "
            f"{TITLE_MAX} and put the details in its success measure."
        )
    if _blank(goal.success_measure):
        errors[f"goals.{i}.success_measure"] = (
            f"Say how you will both know {name} is reached (its success measure)."
        )
    day = goal.target_date
    if day is None:
        errors[f"goals.{i}.target_date"] = f"Give {name} a target date."
    elif start and day < start:
        errors[f"goals.{i}.target_date"] = (
            f"The target date of {name} ({date_text(day)}) is before the partnership starts "
            f"({date_text(start)})."
        )
    elif end and day > end:
        errors[f"goals.{i}.target_date"] = (
            f"The target date of {name} is after the partnership ends ({date_text(end)})."
        )
    if _whole(goal.progress) is None or not 0 <= goal.progress <= 100:
        errors[f"goals.{i}.progress"] = f"The progress of {name} is a percentage from 0 to 100."
    try:
        GoalDirection(goal.direction)
        GoalStatus(goal.status)
    except ValueError:
        errors[f"goals.{i}.title"] = f"Say who learns {name}: the mentee or the reverse mentor."
    return errors


def _link_problem(place: str) -> str | None:
    if not place.lower().startswith(("http://", "https://")):
        return None
    parts = urlsplit(place)
    if " " in place or "." not in parts.netloc:
        return (
            f"“{isolate(place)}” does not look like a complete link; paste the whole address of "
            "the video call."
        )
    return None


def _communication_errors(agreement: Agreement) -> dict[str, str]:
    errors: dict[str, str] = {}
    unknown = [c for c in agreement.channels if c not in _CHANNELS]
    if unknown:
        errors["channels"] = (
            f"“{isolate(unknown[0])}” is not a way of keeping in touch RevMentor knows; choose "
            f"from {', '.join(CHANNEL_LABELS[Channel(c)].lower() for c in _CHANNELS[:-1])} and "
            f"{CHANNEL_LABELS[Channel(_CHANNELS[-1])].lower()}."
        )
    elif not agreement.channels:
        errors["channels"] = "Tick at least one way the partners will keep in touch."
    days = _whole(agreement.meeting_interval_days)
    if agreement.meeting_interval_days is None:
        errors["meeting_interval_days"] = "Say how often the partners meet, e.g. every 14 days."
    elif days is None or not 1 <= days <= MAX_INTERVAL_DAYS:
        errors["meeting_interval_days"] = (
            f"Meetings are between 1 and {MAX_INTERVAL_DAYS} days apart, not "
            f"{agreement.meeting_interval_days}."
        )
    minutes = _whole(agreement.meeting_minutes)
    if agreement.meeting_minutes is None:
        errors["meeting_minutes"] = "Say how long a meeting lasts, in minutes (for example 60)."
    elif minutes is None or not MIN_MEETING_MINUTES <= minutes <= MAX_MEETING_MINUTES:
        errors["meeting_minutes"] = (
            f"A meeting lasts between {MIN_MEETING_MINUTES} and {MAX_MEETING_MINUTES} minutes "
            f"(8 hours), not {agreement.meeting_minutes}."
        )
    place = agreement.meeting_place.strip()
    if not place:
        errors["meeting_place"] = (
            "Say where the partners meet: a room, a café, or the link of a video call."
        )
    elif _link_problem(place):
        errors["meeting_place"] = _link_problem(place)
    if not agreement.agenda_owner:
        errors["agenda_owner"] = "Choose who sets the agenda of the meetings."
    elif agreement.agenda_owner not in _AGENDA_KEYS:
        errors["agenda_owner"] = (
            f"“{isolate(agreement.agenda_owner)}” is not one of the choices for who sets the "
            "agenda."
        )
    if _blank(agreement.cancellation_rule):
        errors["cancellation_rule"] = (
            "Say how a meeting is cancelled or moved, e.g. “a day's notice and a new time”."
        )
    reply = agreement.reply_time.strip()
    if not reply:
        errors["reply_time"] = (
            "Say how soon the partners answer each other's messages, e.g. “within two "
            "working days”."
        )
    elif len(reply) > REPLY_TIME_MAX:
        errors["reply_time"] = (
            f"The reply time is {len(reply)} characters long; say it in at most {REPLY_TIME_MAX}."
        )
    return errors


def _openness_errors(db: Database, agreement: Agreement) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not agreement.confidentiality_agreed:
        errors["confidentiality_agreed"] = (
            "Both partners must agree to keep what is said in their meetings confidential."
        )
    accepted = set(agreement.ground_rules_accepted)
    unknown = sorted(accepted - set(_RULE_KEYS))
    missing = [GROUND_RULE_NAMES[key] for key in _RULE_KEYS if key not in accepted]
    if unknown:
        errors["ground_rules_accepted"] = f"“{isolate(unknown[0])}” is not one of the ground rules."
    elif missing:
        errors["ground_rules_accepted"] = (
            f"Both partners accept every ground rule; still to accept: {join(missing)}."
        )
    if _blank(agreement.manager_visibility):
        errors["manager_visibility"] = (
            "Say what managers may see, e.g. “that we meet and how our goals progress, nothing "
            "we discuss”."
        )
    if _blank(agreement.external_restrictions):
        external = [p for p in _people(db, agreement).values() if p.is_external]
        if external:
            person = external[0]
            org = f" ({isolate(person.external_org)})" if person.external_org else ""
            errors["external_restrictions"] = (
                f"{isolate(person.full_name)} is external{org}: say what must not be shared with "
                "them, e.g. client names, unpublished figures or plans."
            )
    return errors


def _progress_errors(db: Database, agreement: Agreement) -> dict[str, str]:
    errors: dict[str, str] = {}
    days = _whole(agreement.checkin_interval_days)
    if agreement.checkin_interval_days is None:
        errors["checkin_interval_days"] = (
            "Say how often the partners check how things are going, e.g. every 30 days."
        )
    elif days is None or not 1 <= days <= MAX_INTERVAL_DAYS:
        errors["checkin_interval_days"] = (
            f"Check-ins are between 1 and {MAX_INTERVAL_DAYS} days apart, not "
            f"{agreement.checkin_interval_days}."
        )
    start, end = agreement.start_date, agreement.end_date
    if _date_order_error(agreement, strict=False):
        start = end = None
    previous: tuple[str, date] | None = None
    for name, label in REVIEW_LABELS.items():
        day = getattr(agreement, name)
        if day is None:
            errors[name] = f"Choose a date for the {label}."
            continue
        if start and day < start:
            errors[name] = (
                f"The {label} ({date_text(day)}) is before the partnership starts "
                f"({date_text(start)})."
            )
        elif end and day > end:
            errors[name] = (
                f"The {label} ({date_text(day)}) is after the partnership ends ({date_text(end)})."
            )
        elif previous and day <= previous[1]:
            errors[name] = (
                f"The {label} ({date_text(day)}) must come after the {REVIEW_LABELS[previous[0]]}"
                f" ({date_text(previous[1])})."
            )
        previous = (name, day)
    if _blank(agreement.success_measures):
        errors["success_measures"] = (
            "Say how you will know the partnership worked, e.g. “each goal reached or "
            "consciously dropped by the final review”."
        )
    if not agreement.no_fault_acknowledged:
        errors["no_fault_acknowledged"] = (
            "Both partners acknowledge that either of them may end the partnership without "
            "blame (the no-fault ending)."
        )
    people = _people(db, agreement)
    today = date.today()
    for side, person_id, fallback in (
        ("mentor", agreement.mentor_id, "The reverse mentor"),
        ("mentee", agreement.mentee_id, "The mentee"),
    ):
        who = _name(people, person_id, fallback)
        signed = getattr(agreement, f"{side}_signoff_name").strip()
        if not signed:
            errors[f"{side}_signoff_name"] = f"{who} signs by typing their name."
        elif len(signed) > SIGNOFF_NAME_MAX:
            errors[f"{side}_signoff_name"] = (
                f"The name {who} signed with is longer than {SIGNOFF_NAME_MAX} characters."
            )
        day = getattr(agreement, f"{side}_signoff_date")
        if day is None:
            errors[f"{side}_signoff_date"] = f"Enter the date {who} signed."
        elif day > today:
            errors[f"{side}_signoff_date"] = (
                f"{who} cannot sign on a date still to come ({date_text(day)})."
            )
    return errors


def missing_consent(db: Database, agreement: Agreement) -> dict[int, str]:
    """{person id: name} of the chosen partners with no consent recorded, reverse mentor first."""
    people = _people(db, agreement)
    return {
        pid: people[pid].full_name
        for pid in (agreement.mentor_id, agreement.mentee_id)
        if pid in people and people[pid].consent_date is None
    }


def consent_errors(db: Database, agreement: Agreement) -> dict[str, str]:
    """Activating a draft: every partner has consented, or the coordinator wrote why not."""
    if agreement.status != PartnershipStatus.DRAFT or not _blank(agreement.consent_override):
        return {}
    names = list(missing_consent(db, agreement).values())
    if not names:
        return {}
    has = "has" if len(names) == 1 else "have"
    return {
        "consent": (
            f"{join(map(isolate, names))} {has} not consented to take part. Record their consent "
            "now, or write why this partnership starts without it."
        )
    }


def step_errors(db: Database, agreement: Agreement, step: int) -> dict[str, str]:
    if step == PARTNERS:
        return _partners_errors(db, agreement)
    if step == GOALS:
        return _goals_errors(agreement)
    if step == COMMUNICATION:
        return _communication_errors(agreement)
    if step == OPENNESS:
        return _openness_errors(db, agreement)
    if step == PROGRESS:
        return _progress_errors(db, agreement)
    raise ValueError(f"there is no wizard step {step}")


def check_step(db: Database, agreement: Agreement, step: int) -> None:
    """Raise ValidationError({field: sentence}) when the step is not complete and right."""
    errors = step_errors(db, agreement, step)
    if errors:
        raise ValidationError(errors)


def storable_errors(db: Database, agreement: Agreement) -> dict[str, str]:
    """What must hold for anything to be written, even a draft kept on Cancel."""
    errors = {
        key: message
        for key, message in _partners_errors(db, agreement).items()
        if key != "override_reason"  # a draft may wait for the reason
    }
    order = _date_order_error(agreement, strict=False)
    if order:
        errors["end_date"] = order
    for i, goal in enumerate(agreement.goals):
        found = _goal_errors(i, goal, None, None)
        for key in (f"goals.{i}.progress", f"goals.{i}.title"):
            if key in found and (key.endswith("progress") or goal.title.strip()):
                errors[key] = found[key]
    return errors
