"""A stalled pair's brainstorming session as an iCalendar (.ics) invitation from the coordinator."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Event

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.models import GoalStatus, Partnership
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.files import atomic_write
from revmentor_desktop.core.services.partnerships.agreement import GONE
from revmentor_desktop.core.services.partnerships.meeting_series import (
    attendee,
    calendar_time,
    in_time_zone,
    invitation,
    is_link,
    organizer_of,
)

BRAINSTORM_TITLE = "Brainstorming session: new ways to reach your goals"
DEFAULT_BRAINSTORM_MINUTES = 60


def brainstorming_invite(
    db: Database,
    partnership_id: int,
    when: datetime,
    *,
    organizer: str | None = None,
    zone: ZoneInfo | None = None,
) -> bytes:
    """An invitation to a brainstorming session for both partners, from the coordinator
    (`organizer`, else the coordinator's email setting), as bytes.

    One event at `when` (a naive time is local time in `zone`, this computer's when None,
    written with its TZID and VTIMEZONE), as long as the pair's usual meeting, at their usual
    place, listing the goals still open. Each session is an event of its own (its UID names
    the time), so SEQUENCE is 0. NoOrganizerError when no coordinator's email is set and none
    is given; RevMentorError when the partnership is gone.
    """
    with db.session() as session:
        partnership = session.get(Partnership, partnership_id)
        if partnership is None:
            raise RevMentorError(GONE)
        chair = organizer_of(session, organizer)
        mentor, mentee = partnership.mentor, partnership.mentee
        open_goals = [
            f"- {goal.title} ({goal.progress} %)"
            for goal in partnership.goals
            if goal.status == GoalStatus.OPEN
        ]
        place = (partnership.meeting_place or "").strip()
        minutes = partnership.meeting_minutes or DEFAULT_BRAINSTORM_MINUTES
        partners = [(person.full_name, person.email) for person in (mentor, mentee)]

    local = in_time_zone(when, zone)
    event = Event()
    event.add("uid", f"partnership-{partnership_id}-brainstorming-{local:%Y%m%dT%H%M}@revmentor")
    event.add("dtstamp", datetime.now(UTC).replace(microsecond=0))
    event.add("sequence", 0)
    event.add("dtstart", calendar_time(local))
    event.add("duration", timedelta(minutes=minutes))
    event.add("summary", BRAINSTORM_TITLE)
    event.add("organizer", chair, encode=0)
    description = [
        f"{partners[0][0]} and {partners[1][0]}: a session to step back and look for "
        "new ways to reach your goals. Ask what got in the way, what could be "
        "different, and agree one next step each.",
    ]
    if open_goals:
        description += ["", "Goals still open:", *open_goals]
    event.add("description", "\n".join(description))
    if place:
        event.add("location", place)
        if is_link(place):
            event.add("url", place)
    for name, email in partners:
        event.add("attendee", attendee(name, email), encode=0)
    return invitation(event, local.date(), local.date())


def export_brainstorming_invite(
    db: Database,
    partnership_id: int,
    when: datetime,
    path: str | Path,
    *,
    organizer: str | None = None,
    zone: ZoneInfo | None = None,
) -> Path:
    """Write `brainstorming_invite` to `path` (completely or not at all); returns the path."""
    path = Path(path)
    data = brainstorming_invite(db, partnership_id, when, organizer=organizer, zone=zone)
    with atomic_write(path) as temp:
        temp.write_bytes(data)
    return path
