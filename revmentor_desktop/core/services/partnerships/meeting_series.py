"""A partnership's meeting series as an iCalendar (.ics) file both partners can import."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vCalAddress, vRecur, vText

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.models import GoalDirection, GoalStatus, Partnership
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.files import atomic_write
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


def _is_link(place: str) -> bool:
    return place.lower().startswith(("http://", "https://"))


def _attendee(name: str, email: str) -> vCalAddress:
    attendee = vCalAddress(f"mailto:{email}")
    attendee.params["CN"] = vText(name)
    attendee.params["ROLE"] = vText("REQ-PARTICIPANT")
    attendee.params["PARTSTAT"] = vText("NEEDS-ACTION")
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


def meeting_series(db: Database, partnership_id: int, first_meeting: datetime) -> bytes:
    """The partnership's meetings as one recurring event, from `first_meeting` to its end date.

    A naive `first_meeting` is local time wherever the file is opened (a "floating" time), which
    is what two colleagues in one office expect.
    """
    with db.session() as session:
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
                f"{who} has no meeting frequency or length yet; fill in the communication step "
                "first."
            )
        end = partnership.end_date
        if end is None:
            raise RevMentorError(f"{who} has no end date yet; fill in the goals step first.")
        if first_meeting.date() > end:
            raise RevMentorError(
                f"The first meeting ({date_text(first_meeting.date())}) would be after the "
                f"partnership ends ({date_text(end)})."
            )
        mentor, mentee = partnership.mentor, partnership.mentee
        first_meeting = first_meeting.replace(microsecond=0)
        # RFC 5545: UNTIL is floating when DTSTART is, else in UTC; the end of the last day
        # where the partners are.
        until = datetime.combine(end, time(23, 59, 59), tzinfo=first_meeting.tzinfo)
        if until.tzinfo is not None:
            until = until.astimezone(UTC)
        named_zone = isinstance(first_meeting.tzinfo, ZoneInfo)
        if first_meeting.tzinfo is not None and not named_zone:
            # A bare UTC offset has no TZID a calendar understands: say the same moment in UTC.
            first_meeting = first_meeting.astimezone(UTC)

        event = Event()
        event.add("uid", series_uid(partnership.id))
        event.add("dtstamp", datetime.now(UTC).replace(microsecond=0))
        event.add("summary", f"Reverse mentoring: {mentor.full_name} & {mentee.full_name}")
        event.add("dtstart", first_meeting)
        event.add("duration", timedelta(minutes=minutes))
        event.add("rrule", _recurrence(interval, until))
        place = (partnership.meeting_place or "").strip()
        if place:
            event.add("location", place)
            if _is_link(place):
                event.add("url", place)
        event.add("description", _description(partnership))
        for person in (mentor, mentee):
            event.add("attendee", _attendee(person.full_name, person.email), encode=0)

    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add_component(event)
    if named_zone:
        calendar.add_missing_timezones()  # the zone's rules, so summer meetings stay at 10:00
    return calendar.to_ical()


def export_meeting_series(
    db: Database, partnership_id: int, first_meeting: datetime, path: str | Path
) -> Path:
    """Write the meeting series to `path` (completely or not at all); returns the path."""
    content = meeting_series(db, partnership_id, first_meeting)
    path = Path(path)
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
