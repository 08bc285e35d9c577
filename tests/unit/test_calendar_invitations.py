"""Calendar invitations done right (RFC 5545/5546): ORGANIZER, METHOD:REQUEST, local times with
their VTIMEZONE, SEQUENCE and a stable UID, read back with a second parser (vobject) (no Qt)."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
import tzlocal
import vobject
from icalendar import Calendar
from sqlalchemy import select

from revmentor_desktop.core.db.models import (
    Goal,
    GoalDirection,
    GoalStatus,
    Partnership,
    PartnershipStatus,
    Person,
    Programme,
)
from revmentor_desktop.core.errors import RevMentorError, ValidationError
from revmentor_desktop.core.services.coordinator import (
    coordinator_email,
    email_problem,
    save_coordinator_email,
)
from revmentor_desktop.core.services.organisation import ORGANISATION_NAME, set_setting
from revmentor_desktop.core.services.partnerships.brainstorming import (
    BRAINSTORM_TITLE,
    brainstorming_invite,
    export_brainstorming_invite,
)
from revmentor_desktop.core.services.partnerships.meeting_series import (
    NoOrganizerError,
    export_meeting_series,
    local_zone,
    meeting_series,
)

pytestmark = pytest.mark.both_engines

BERLIN = ZoneInfo("Europe/Berlin")
START, END = date(2026, 10, 1), date(2027, 6, 30)
# Every two weeks from Tuesday 13 October 2026, 10:30 in Berlin: summer time until the clocks go
# back on 25 October, winter time until 28 March 2027, then summer time again.
FIRST = datetime(2026, 10, 13, 10, 30)
COORDINATOR = "sam.lee@northwind.example"


@pytest.fixture
def partnership(db):
    """Dana (reverse mentor) and Zoë, every two weeks for 45 minutes; the coordinator is set."""
    with db.session() as session, session.begin():
        dana = Person(given_name="Dana", family_name="Fox", email="dana.fox@x.org")
        zoe = Person(given_name="Zoë", family_name="Adams", email="zoe.adams@x.org")
        partnership = Partnership(
            programme=Programme(name="Cohort 2026", start_date=START, end_date=END),
            mentor=dana, mentee=zoe, status=PartnershipStatus.ACTIVE, wizard_step=5,
            start_date=START, end_date=END, meeting_interval_days=14, meeting_minutes=45,
            meeting_place="Room 4.12",
        )  # fmt: skip
        session.add(partnership)
        set_setting(session, ORGANISATION_NAME, "Northwind Logistics")
        session.flush()
        partnership_id = partnership.id
    save_coordinator_email(db, COORDINATOR)
    return partnership_id


def parse(content: bytes):
    """The calendar as vobject reads it: a parser of its own, not the one that wrote it."""
    return vobject.readOne(content.decode("utf-8"))


def exports_counted(db, partnership_id) -> int:
    with db.engine.connect() as connection:
        query = select(Partnership.calendar_sequence).where(Partnership.id == partnership_id)
        return connection.scalar(query)


def test_the_invitation_comes_from_the_coordinator_and_asks_both_partners(db, partnership):
    calendar = parse(meeting_series(db, partnership, FIRST, zone=BERLIN))
    assert calendar.method.value == "REQUEST"
    [event] = calendar.vevent_list
    assert event.organizer.value == f"mailto:{COORDINATOR}"
    assert event.organizer.params["CN"] == ["Northwind Logistics"]
    attendees = {a.value: a.params for a in event.attendee_list}
    assert set(attendees) == {"mailto:dana.fox@x.org", "mailto:zoe.adams@x.org"}
    assert all(p["RSVP"] == ["TRUE"] and p["PARTSTAT"] == ["NEEDS-ACTION"]
               for p in attendees.values())  # fmt: skip
    assert event.sequence.value == "0"  # the first invitation
    stamp = event.dtstamp.value
    assert stamp.utcoffset() == timedelta(0)  # DTSTAMP is in UTC (RFC 5545 §3.8.7.2)
    assert abs(datetime.now(UTC) - stamp) < timedelta(minutes=5)


def test_every_event_with_attendees_has_an_organizer(db, partnership):
    """RFC 5545 §3.8.4.3: a group-scheduled event (one with ATTENDEEs) must have an ORGANIZER,
    and RFC 5546 asks a REQUEST for DTSTAMP, SEQUENCE, SUMMARY and UID too."""
    calendar = parse(meeting_series(db, partnership, FIRST, zone=BERLIN))
    events = list(calendar.vevent_list)
    assert events
    for event in events:
        if "attendee" in event.contents:
            assert "organizer" in event.contents
        for name in ("dtstamp", "dtstart", "sequence", "summary", "uid"):
            assert name in event.contents, name


def test_local_times_carry_their_zone_and_stay_local_across_the_clock_changes(db, partnership):
    content = meeting_series(db, partnership, FIRST, zone=BERLIN)
    assert b"DTSTART;TZID=Europe/Berlin:20261013T103000" in content
    assert b"X-WR-TIMEZONE" not in content  # the TZID and its VTIMEZONE say it all
    calendar = parse(content)
    # The TZID names a VTIMEZONE in the same file, and vobject builds the zone from its rules
    # (not from its own zone database).
    [zone] = calendar.vtimezone_list
    assert zone.tzid.value == "Europe/Berlin"
    [event] = calendar.vevent_list
    start = event.dtstart.value
    assert repr(start.tzinfo) == "<tzicalvtz 'Europe/Berlin'>"  # built from the VTIMEZONE
    assert (start.hour, start.minute) == (10, 30)
    assert start.utcoffset() == timedelta(hours=2)  # summer time on 13 October
    meetings = list(event.getrruleset())
    assert len(meetings) == 19 and meetings[-1].date() == date(2027, 6, 22)
    assert all(m.time() == time(10, 30) for m in meetings)  # 10:30 local every time
    in_utc = {m.date(): m.astimezone(UTC).time() for m in meetings}
    assert in_utc[date(2026, 10, 13)] == time(8, 30)  # UTC+2
    assert in_utc[date(2026, 10, 27)] == time(9, 30)  # UTC+1 after the clocks went back
    assert in_utc[date(2027, 3, 16)] == time(9, 30)
    assert in_utc[date(2027, 3, 30)] == time(8, 30)  # UTC+2 again after 28 March
    # The zone's own rules (not the file's) give the same moments.
    assert all(m.astimezone(BERLIN).time() == time(10, 30) for m in meetings)
    # UNTIL is in UTC and ends with the last day of the partnership, local time.
    assert "UNTIL=20270630T215959Z" in event.rrule.value.split(";")


def test_re_exporting_keeps_the_uid_and_raises_the_sequence(db, partnership, tmp_path):
    target = tmp_path / "meetings.ics"
    seen = []
    for moved in range(3):
        export_meeting_series(db, partnership, FIRST + timedelta(days=moved), target, zone=BERLIN)
        [event] = parse(target.read_bytes()).vevent_list
        seen.append((event.uid.value, int(event.sequence.value)))
    assert seen == [(f"partnership-{partnership}-meetings@revmentor", n) for n in range(3)]
    assert exports_counted(db, partnership) == 3
    # A file that cannot be written is not counted: the next one follows the last one sent.
    with pytest.raises(RevMentorError, match="does not exist"):
        export_meeting_series(db, partnership, FIRST, tmp_path / "gone" / "m.ics", zone=BERLIN)
    assert exports_counted(db, partnership) == 3
    [event] = parse(meeting_series(db, partnership, FIRST, zone=BERLIN)).vevent_list
    assert event.sequence.value == "3"


def test_without_the_coordinators_email_nothing_is_written(db, partnership, tmp_path):
    save_coordinator_email(db, "")
    assert coordinator_email(db) is None
    target = tmp_path / "meetings.ics"
    with pytest.raises(NoOrganizerError) as caught:
        export_meeting_series(db, partnership, FIRST, target, zone=BERLIN)
    assert "File → Organisation settings…" in str(caught.value)
    assert "coordinator's email" in str(caught.value)
    assert not target.exists() and exports_counted(db, partnership) == 0
    # One given for this export (the command line's --organizer) will do, if it is an address.
    with pytest.raises(RevMentorError, match="is not an email address"):
        meeting_series(db, partnership, FIRST, organizer="Sam Lee", zone=BERLIN)
    content = meeting_series(db, partnership, FIRST, organizer="hr@x.org", zone=BERLIN)
    assert parse(content).vevent.organizer.value == "mailto:hr@x.org"


@pytest.fixture
def computer_in_new_york(monkeypatch):
    """This computer's time zone, as the system says it (TZ), is New York for one test."""
    monkeypatch.setenv("TZ", "America/New_York")
    tzlocal.reload_localzone()
    yield
    monkeypatch.undo()
    tzlocal.reload_localzone()


def test_a_time_without_a_zone_is_this_computers_local_time(db, partnership, computer_in_new_york):
    assert local_zone() == ZoneInfo("America/New_York")
    content = meeting_series(db, partnership, datetime(2026, 10, 27, 9, 0))
    calendar = Calendar.from_ical(content)  # icalendar agrees with vobject
    assert [str(z["TZID"]) for z in calendar.walk("VTIMEZONE")] == ["America/New_York"]
    [event] = parse(content).vevent_list
    meetings = list(event.getrruleset())
    # New York puts its clocks back a week after Berlin (1 November 2026).
    assert [m.astimezone(UTC).hour for m in meetings[:2]] == [13, 14]
    assert all(m.time() == time(9, 0) for m in meetings)


def test_a_computer_in_utc_writes_utc_times(db, partnership):
    content = meeting_series(db, partnership, FIRST, zone=ZoneInfo("UTC"))
    assert b"DTSTART:20261013T103000Z" in content and b"VTIMEZONE" not in content
    assert parse(content).vevent.dtstart.value == FIRST.replace(tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("sam.lee@northwind.example", None),
        ("  sam@x.org ", None),
        ("", "Give the coordinator's email address"),
        ("sam.lee", "is not an email address"),
        ("Sam Lee <sam@x.org>", "is not an email address"),
        ("sam@x.org, dana@x.org", "is not an email address"),
        ("sam@localhost", "is not an email address"),
        ("a" * 250 + "@x.org", "at most 254 characters"),
    ],
)
def test_the_coordinators_email_is_checked(text, problem):
    found = email_problem(text)
    assert (found is None) if problem is None else (problem in found)


def test_the_coordinators_email_is_saved_trimmed_and_can_be_cleared(db):
    assert coordinator_email(db) is None
    assert save_coordinator_email(db, "  sam@x.org ") == "sam@x.org"
    assert coordinator_email(db) == "sam@x.org"
    with pytest.raises(ValidationError) as caught:
        save_coordinator_email(db, "not an address")
    assert "coordinator_email" in caught.value.errors
    assert coordinator_email(db) == "sam@x.org"  # unchanged
    assert save_coordinator_email(db, " ") is None
    assert coordinator_email(db) is None


# --- a stalled pair's brainstorming session --------------------------------------------------


def add_goals(db, partnership_id):
    with db.session() as session, session.begin():
        pair = session.get(Partnership, partnership_id)
        pair.goals.append(Goal(direction=GoalDirection.MENTEE_LEARNS, title="Post on TikTok",
                               progress=40))  # fmt: skip
        pair.goals.append(Goal(direction=GoalDirection.MENTOR_LEARNS, title="Read a budget",
                               status=GoalStatus.ACHIEVED, progress=100))  # fmt: skip


def test_a_brainstorming_session_is_an_invitation_from_the_coordinator(db, partnership):
    add_goals(db, partnership)
    content = brainstorming_invite(db, partnership, datetime(2026, 11, 25, 14, 30), zone=BERLIN)
    assert b"DTSTART;TZID=Europe/Berlin:20261125T143000" in content
    calendar = parse(content)
    assert calendar.method.value == "REQUEST"
    assert [z.tzid.value for z in calendar.vtimezone_list] == ["Europe/Berlin"]
    [event] = calendar.vevent_list
    assert event.summary.value == BRAINSTORM_TITLE
    assert event.organizer.value == f"mailto:{COORDINATOR}"
    assert event.organizer.params["CN"] == ["Northwind Logistics"]
    assert {a.value for a in event.attendee_list} == {"mailto:dana.fox@x.org",
                                                      "mailto:zoe.adams@x.org"}  # fmt: skip
    assert {a.params["CN"][0] for a in event.attendee_list} == {"Dana Fox", "Zoë Adams"}
    start = event.dtstart.value
    assert (start.hour, start.minute, start.utcoffset()) == (14, 30, timedelta(hours=1))
    assert event.duration.value == timedelta(minutes=45)  # as long as their usual meeting
    assert event.location.value == "Room 4.12" and "url" not in event.contents
    assert event.sequence.value == "0"
    assert event.uid.value == f"partnership-{partnership}-brainstorming-20261125T1430@revmentor"
    description = event.description.value
    assert description.startswith("Dana Fox and Zoë Adams: a session to step back")
    assert "Goals still open:\n- Post on TikTok (40 %)" in description
    assert "Read a budget" not in description  # achieved already
    for name in ("dtstamp", "dtstart", "sequence", "summary", "uid", "organizer"):
        assert name in event.contents, name
    assert exports_counted(db, partnership) == 0  # not the meeting series' sequence


def test_a_brainstorming_invitation_needs_the_coordinator_and_is_written_whole(
    db, partnership, tmp_path
):
    when = datetime(2026, 12, 1, 9)
    with pytest.raises(RevMentorError, match="no longer exists"):
        brainstorming_invite(db, 99, when, zone=BERLIN)
    save_coordinator_email(db, "")
    folder = tmp_path / "invitations"
    folder.mkdir()
    target = folder / "brainstorm.ics"
    with pytest.raises(NoOrganizerError, match="coordinator's email"):
        export_brainstorming_invite(db, partnership, when, target, zone=BERLIN)
    assert not target.exists()
    written = export_brainstorming_invite(
        db, partnership, when, target, organizer="hr@x.org", zone=BERLIN
    )
    assert written == target and parse(target.read_bytes()).vevent.organizer.value == (
        "mailto:hr@x.org"
    )
    with pytest.raises(RevMentorError, match="does not exist"):
        export_brainstorming_invite(
            db, partnership, when, folder / "no" / "x.ics", organizer="hr@x.org", zone=BERLIN
        )
    assert [p.name for p in folder.iterdir()] == ["brainstorm.ics"]
