"""A partnership's meeting series as an iCalendar (.ics) invitation from the coordinator."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vCalAddress, vRecur, vText
from sqlalchemy import update
from sqlalchemy.orm import Session

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.models import GoalDirection, GoalStatus, Partnership
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.files import atomic_write
from revmentor_desktop.core.services.coordinator import coordinator_email, email_problem
from revmentor_desktop.core.services.organisation import ORGANISATION_NAME, get_setting
from revmentor_desktop.core.services.partnerships.agreement import GONE, Agreement
from revmentor_desktop.core.services.partnerships.life import pair_words
from revmentor_desktop.core.text import date_text
from revmentor_desktop.core.vocabulary import AGENDA_OWNERS, FINISHED, PARTNERSHIP_STATUS_LABELS

PRODUCT_ID = "-//RevMentor//RevMentor Desktop//EN"
DEFAULT_MEETING_TIME = time(10, 0)
AFTERNOON_TIME = time(14, 0)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# "10:00", "9.30", "14h30", "10am", "2 pm", "2:30pm"
_CLOCK = re.compile(r"\b(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm)?\b", re.IGNORECASE)
_DAY = re.compile(
    r"\b(mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday|s|r|rs)?s?\b", re.IGNORECASE
)
_LEARNS = {
    GoalDirection.MENTEE_LEARNS: "{mentee} learns",
    GoalDirection.MENTOR_LEARNS: "{mentor} learns",
}


def series_uid(partnership_id: int) -> str:
    """The same for every export of one partnership, so importing again updates the series."""
    return f"partnership-{partnership_id}-meetings@revmentor"


def is_link(place: str) -> bool:
    """Whether a meeting place is a video-call link (written as the event's URL too)."""
    return place.lower().startswith(("http://", "https://"))


def attendee(name: str, email: str) -> vCalAddress:
    """A partner asked to accept or decline."""
    attendee = vCalAddress(f"mailto:{email}")
    attendee.params["CN"] = vText(name)
    attendee.params["ROLE"] = vText("REQ-PARTICIPANT")
    attendee.params["PARTSTAT"] = vText("NEEDS-ACTION")
    attendee.params["RSVP"] = vText("TRUE")  # METHOD:REQUEST asks each partner to reply
    return attendee


def _description(partnership: Partnership) -> str:
    owners = dict(AGENDA_OWNERS)
    mentor, mentee = partnership.mentor.full_name, partnership.mentee.full_name
    lines = [f"Reverse mentoring: {mentor} (reverse mentor) and {mentee} (mentee)."]
    if partnership.agenda_owner in owners:
        lines.append(f"Agenda: {owners[partnership.agenda_owner]}.")
    if partnership.cancellation_rule:
        lines.append(f"Cancelling or moving a meeting: {partnership.cancellation_rule}")
    if partnership.reply_time:
        lines.append(f"Replies: {partnership.reply_time}")
    for direction, heading in _LEARNS.items():
        titles = [
            goal.title
            for goal in partnership.goals
            if goal.direction == direction and goal.status != GoalStatus.DROPPED and goal.title
        ]
        if titles:
            lines.append("")
            lines.append(heading.format(mentor=mentor, mentee=mentee) + ":")
            lines.extend(f"- {title}" for title in titles)
    return "\n".join(lines)


def _recurrence(interval_days: int, until: datetime) -> vRecur:
    if interval_days % 7 == 0:
        return vRecur(freq="WEEKLY", interval=interval_days // 7, until=until)
    return vRecur(freq="DAILY", interval=interval_days, until=until)


class NoOrganizerError(RevMentorError):
    """No coordinator's email is set, so an invitation would have no ORGANIZER."""


NO_ORGANIZER = (
    "Calendar invitations come from the programme coordinator, and no coordinator's email is "
    "set yet: add it in File → Organisation settings… first."
)


def local_zone() -> ZoneInfo | None:
    """This computer's time zone by its IANA name (e.g. Europe/Berlin), None when the system does
    not say one that Python knows."""
    import tzlocal  # loaded on first use

    try:
        return ZoneInfo(tzlocal.get_localzone_name())
    except (LookupError, ValueError, OSError, TypeError):
        return None


def in_time_zone(moment: datetime, zone: ZoneInfo | None = None) -> datetime:
    """`moment` with its time zone: a naive time is local time in `zone` (this computer's when
    None; without a named zone, this computer's UTC offset at that moment)."""
    if moment.tzinfo is None:
        zone = zone or local_zone()
        moment = moment.replace(tzinfo=zone) if zone else moment.astimezone()
    return moment.replace(microsecond=0)


def calendar_time(moment: datetime) -> datetime:
    """An aware time as a calendar takes it: in its IANA zone (TZID), else in UTC, because a
    bare UTC offset has no TZID a calendar understands."""
    return moment if isinstance(moment.tzinfo, ZoneInfo) else moment.astimezone(UTC)


def organizer_address(email: str, organisation: str) -> vCalAddress:
    """ORGANIZER: the coordinator's address, shown under the organisation's name."""
    organizer = vCalAddress(f"mailto:{email}")
    if organisation.strip():
        organizer.params["CN"] = vText(organisation.strip())
    return organizer


def organizer_of(session: Session, email: str | None = None) -> vCalAddress:
    """The ORGANIZER of an invitation: `email`, else the coordinator's email setting, under the
    organisation's name. NoOrganizerError when neither is there, RevMentorError when `email` is
    not an address."""
    if email is None:
        email = coordinator_email(session)
        if email is None:
            raise NoOrganizerError(NO_ORGANIZER)
    problem = email_problem(email)
    if problem:
        raise RevMentorError(problem)
    return organizer_address(email.strip(), get_setting(session, ORGANISATION_NAME, "") or "")


def invitation(event: Event, first_day: date, last_day: date) -> bytes:
    """A calendar that asks its attendees to add `event` (METHOD:REQUEST), with the rules of
    each named time zone it uses from `first_day` to `last_day`."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "REQUEST")
    calendar.add_component(event)
    # The zone's rules, so meetings stay at 10:00 local time across a clock change.
    calendar.add_missing_timezones(first_date=first_day, last_date=last_day + timedelta(days=1))
    return calendar.to_ical()


def _series(
    session: Session,
    partnership_id: int,
    first_meeting: datetime,
    organizer: str | None,
    zone: ZoneInfo | None,
) -> bytes:
    """Build the series and count the export (both in the caller's transaction)."""
    partnership = session.get(Partnership, partnership_id)
    if partnership is None:
        raise RevMentorError(GONE)
    who = pair_words(partnership)
    if partnership.status in FINISHED:
        state = PARTNERSHIP_STATUS_LABELS[partnership.status].lower()
        raise RevMentorError(f"{who} is {state}; there are no meetings left to export.")
    interval, minutes = partnership.meeting_interval_days, partnership.meeting_minutes
    if not interval or interval < 1 or not minutes or minutes < 1:
        raise RevMentorError(
            f"{who} has no meeting frequency or length yet; fill in the communication step first."
        )
    end = partnership.end_date
    if end is None:
        raise RevMentorError(f"{who} has no end date yet; fill in the goals step first.")
    local = in_time_zone(first_meeting, zone)
    if local.date() > end:
        raise RevMentorError(
            f"The first meeting ({date_text(local.date())}) would be after the "
            f"partnership ends ({date_text(end)})."
        )
    chair = organizer_of(session, organizer)
    # RFC 5546: an update replaces the event when its SEQUENCE is higher. Counted in SQL, so
    # two coordinators exporting at once still get two numbers; an export is no edit of the
    # agreement, so the partnership keeps its version (and whoever last changed it).
    counted = session.execute(
        update(Partnership)
        .where(Partnership.id == partnership.id)
        .values(
            calendar_sequence=Partnership.calendar_sequence + 1,
            updated_at=Partnership.updated_at,
        )
        .returning(Partnership.calendar_sequence)
        .execution_options(synchronize_session=False)
    )
    sequence = counted.scalar_one() - 1
    mentor, mentee = partnership.mentor, partnership.mentee
    # RFC 5545: UNTIL is in UTC when DTSTART has a zone: the end of the last day, local time.
    until = datetime.combine(end, time(23, 59, 59), tzinfo=local.tzinfo).astimezone(UTC)

    event = Event()
    event.add("uid", series_uid(partnership.id))
    event.add("dtstamp", datetime.now(UTC).replace(microsecond=0))
    event.add("sequence", sequence)
    event.add("summary", f"Reverse mentoring: {mentor.full_name} & {mentee.full_name}")
    event.add("dtstart", calendar_time(local))
    event.add("duration", timedelta(minutes=minutes))
    event.add("rrule", _recurrence(interval, until))
    event.add("organizer", chair, encode=0)
    place = (partnership.meeting_place or "").strip()
    if place:
        event.add("location", place)
        if is_link(place):
            event.add("url", place)
    event.add("description", _description(partnership))
    for person in (mentor, mentee):
        event.add("attendee", attendee(person.full_name, person.email), encode=0)
    return invitation(event, local.date(), end)


def meeting_series(
    db: Database,
    partnership_id: int,
    first_meeting: datetime,
    *,
    organizer: str | None = None,
    zone: ZoneInfo | None = None,
) -> bytes:
    """The partnership's meetings as one recurring invitation, from `first_meeting` to its end
    date, from the coordinator (`organizer`, else the coordinator's email setting).

    A naive `first_meeting` is local time in `zone` (this computer's time zone when None),
    written with its TZID and VTIMEZONE. Each call counts as an export: its SEQUENCE is one
    more than the last one's, so a calendar replaces the meetings it has. NoOrganizerError
    when no coordinator's email is set and none is given.
    """
    with db.session() as session, session.begin():
        return _series(session, partnership_id, first_meeting, organizer, zone)


def export_meeting_series(
    db: Database,
    partnership_id: int,
    first_meeting: datetime,
    path: str | Path,
    *,
    organizer: str | None = None,
    zone: ZoneInfo | None = None,
) -> Path:
    """Write the meeting series to `path` (completely or not at all); returns the path. The
    export is counted only when the file was written."""
    path = Path(path)
    with db.session() as session, session.begin():
        content = _series(session, partnership_id, first_meeting, organizer, zone)
        with atomic_write(path) as temp:
            temp.write_bytes(content)
    return path


def _clock_time(text: str) -> time | None:
    for match in _CLOCK.finditer(text):
        hour, minute, half = int(match[1]), int(match[2] or 0), (match[3] or "").lower()
        if not match[2] and not half:
            continue  # a bare number ("2 meetings", "Tuesdays 2") is not a time
        if half == "pm" and hour < 12:
            hour += 12
        elif half == "am" and hour == 12:
            hour = 0
        if hour < 24 and minute < 60:
            return time(hour, minute)
    return None


def first_meeting_default(agreement: Agreement) -> datetime:
    """When the first meeting probably is: from the start date (today when there is none), on the
    day and at the time `preferred_times` names ("Tuesdays 10:00", "Thu 2pm"), else at 10:00."""
    start = agreement.start_date or date.today()
    text = agreement.preferred_times or ""
    day = _DAY.search(text)
    if day:
        weekday = [d[:3] for d in _WEEKDAYS].index(day[1].lower())
        start += timedelta(days=(weekday - start.weekday()) % 7)
    at = _clock_time(text)
    if at is None:
        at = AFTERNOON_TIME if "afternoon" in text.lower() else DEFAULT_MEETING_TIME
    return datetime.combine(start, at)
