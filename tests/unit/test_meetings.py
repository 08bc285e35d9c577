"""The meeting series export: a recurring iCalendar event both partners can import (no Qt)."""

from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar

from revmentor_desktop.core.db.models import (
    Goal,
    GoalDirection,
    GoalStatus,
    Partnership,
    PartnershipStatus,
    Person,
    Programme,
)
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.services.coordinator import save_coordinator_email
from revmentor_desktop.core.services.partnerships.agreement import Agreement
from revmentor_desktop.core.services.partnerships.meeting_series import (
    export_meeting_series,
    first_meeting_default,
    meeting_series,
)

START, END = date(2026, 10, 1), date(2027, 6, 30)
pytestmark = pytest.mark.both_engines

BERLIN = ZoneInfo("Europe/Berlin")
FIRST = datetime(2026, 10, 6, 10, 30, tzinfo=BERLIN)  # a Tuesday


@pytest.fixture
def partnership(db):
    """Dana (reverse mentor) and Zoë meeting every two weeks for 45 minutes on a video link."""
    with db.session() as session, session.begin():
        programme = Programme(name="Cohort 2026", start_date=START, end_date=END)
        dana = Person(given_name="Dana", family_name="Fox", email="dana.fox@x.org")
        zoe = Person(given_name="Zoë", family_name="Adams", email="zoe.adams@x.org")
        partnership = Partnership(
            programme=programme, mentor=dana, mentee=zoe, status=PartnershipStatus.ACTIVE,
            wizard_step=5, start_date=START, end_date=END, meeting_interval_days=14,
            meeting_minutes=45, meeting_place="https://meet.example.org/dana-zoe",
            agenda_owner="mentee", cancellation_rule="A day's notice and a new time.",
            reply_time="Within two working days",
        )  # fmt: skip
        partnership.goals = [
            Goal(direction=GoalDirection.MENTEE_LEARNS, title="Post a TikTok"),
            Goal(direction=GoalDirection.MENTOR_LEARNS, title="Read a budget"),
            Goal(direction=GoalDirection.MENTOR_LEARNS, title="Dropped one",
                 status=GoalStatus.DROPPED),
        ]  # fmt: skip
        session.add(partnership)
        session.flush()
        partnership_id = partnership.id
    save_coordinator_email(db, "sam.lee@x.org")  # the invitations' ORGANIZER
    return partnership_id


def change(db, partnership_id, **values):
    with db.session() as session, session.begin():
        partnership = session.get(Partnership, partnership_id)
        for name, value in values.items():
            setattr(partnership, name, value)


def the_event(content: bytes):
    calendar = Calendar.from_ical(content)
    assert calendar["VERSION"] == "2.0" and "RevMentor" in str(calendar["PRODID"])
    [event] = calendar.walk("VEVENT")
    return event


def test_the_series_reads_back_with_start_length_recurrence_people_and_place(db, partnership):
    event = the_event(meeting_series(db, partnership, FIRST))
    assert event.decoded("DTSTART") == FIRST  # local time, with its zone
    assert event.decoded("DURATION") == timedelta(minutes=45)
    rule = event["RRULE"]
    assert rule["FREQ"] == ["WEEKLY"] and rule["INTERVAL"] == [2]
    assert rule["UNTIL"] == [datetime(2027, 6, 30, 21, 59, 59, tzinfo=UTC)]
    attendees = {str(a): str(a.params["CN"]) for a in event["ATTENDEE"]}
    assert attendees == {"mailto:dana.fox@x.org": "Dana Fox", "mailto:zoe.adams@x.org": "Zoë Adams"}
    assert str(event["LOCATION"]) == "https://meet.example.org/dana-zoe"
    assert str(event["URL"]) == "https://meet.example.org/dana-zoe"
    assert str(event["SUMMARY"]) == "Reverse mentoring: Dana Fox & Zoë Adams"
    assert str(event["UID"]) == f"partnership-{partnership}-meetings@revmentor"
    description = str(event["DESCRIPTION"])
    assert "Agenda: The mentee." in description
    assert "A day's notice and a new time." in description
    assert "Zoë Adams learns:\n- Post a TikTok" in description
    assert "Dana Fox learns:\n- Read a budget" in description
    assert "Dropped one" not in description
    # Every other Tuesday, the last one before the partnership ends.
    meetings = list(rrulestr(rule.to_ical().decode(), dtstart=FIRST))
    assert meetings[1] == FIRST + timedelta(days=14)
    assert meetings[-1] == datetime(2027, 6, 29, 10, 30, tzinfo=BERLIN)
    assert len(meetings) == 20


def test_the_uid_is_stable_so_importing_again_updates_the_series(db, partnership):
    first = the_event(meeting_series(db, partnership, FIRST))
    change(db, partnership, meeting_minutes=60, meeting_place="Room 4.12")
    second = the_event(meeting_series(db, partnership, FIRST + timedelta(days=1)))
    assert str(first["UID"]) == str(second["UID"])
    assert second.decoded("DURATION") == timedelta(minutes=60)
    assert str(second["LOCATION"]) == "Room 4.12" and "URL" not in second  # a room, no link


def test_intervals_that_are_not_whole_weeks_repeat_daily(db, partnership):
    change(db, partnership, meeting_interval_days=10)
    rule = the_event(meeting_series(db, partnership, FIRST))["RRULE"]
    assert rule["FREQ"] == ["DAILY"] and rule["INTERVAL"] == [10]


def test_a_first_meeting_at_a_utc_offset_is_written_in_utc(db, partnership):
    first = datetime(2026, 11, 3, 9, 0, tzinfo=timezone(timedelta(hours=1)))
    event = the_event(meeting_series(db, partnership, first))
    assert event.decoded("DTSTART") == first  # the same moment…
    assert event.decoded("DTSTART").utcoffset() == timedelta(0)  # …in UTC, known everywhere
    assert b"DTSTART:20261103T080000Z" in meeting_series(db, partnership, first)
    assert event["RRULE"]["UNTIL"] == [datetime(2027, 6, 30, 22, 59, 59, tzinfo=UTC)]


def test_a_first_meeting_in_a_named_time_zone_carries_its_rules(db, partnership):
    berlin = ZoneInfo("Europe/Berlin")
    first = datetime(2026, 11, 3, 9, 0, tzinfo=berlin)
    content = meeting_series(db, partnership, first)
    calendar = Calendar.from_ical(content)
    assert [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")] == ["Europe/Berlin"]
    assert b"DTSTART;TZID=Europe/Berlin:20261103T090000" in content
    assert the_event(content)["RRULE"]["UNTIL"] == [
        datetime(2027, 6, 30, 21, 59, 59, tzinfo=UTC)  # 23:59:59 summer time in Berlin
    ]


def test_the_export_writes_the_file_whole(db, partnership, tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "meetings.ics"
    assert export_meeting_series(db, partnership, FIRST, target) == target
    assert the_event(target.read_bytes()).decoded("DTSTART") == FIRST
    export_meeting_series(db, partnership, FIRST + timedelta(days=7), target)  # replaced
    assert the_event(target.read_bytes()).decoded("DTSTART") == FIRST + timedelta(days=7)
    assert [p.name for p in folder.iterdir()] == ["meetings.ics"]  # no temporary file left
    with pytest.raises(RevMentorError, match="does not exist"):
        export_meeting_series(db, partnership, FIRST, tmp_path / "missing" / "m.ics")


def test_a_series_needs_frequency_length_and_an_end_inside_the_partnership(db, partnership):
    with pytest.raises(RevMentorError) as caught:
        meeting_series(db, partnership, datetime(2027, 7, 1, 10, 0, tzinfo=BERLIN))
    assert str(caught.value) == (
        "The first meeting (1 Jul 2027) would be after the partnership ends (30 Jun 2027)."
    )
    change(db, partnership, meeting_minutes=None)
    with pytest.raises(RevMentorError, match="no meeting frequency or length yet"):
        meeting_series(db, partnership, FIRST)
    change(db, partnership, meeting_minutes=45, end_date=None)
    with pytest.raises(RevMentorError, match="no end date yet"):
        meeting_series(db, partnership, FIRST)
    change(db, partnership, end_date=END, status=PartnershipStatus.ENDED_EARLY)
    with pytest.raises(RevMentorError, match="has ended early|is ended early"):
        meeting_series(db, partnership, FIRST)
    with pytest.raises(RevMentorError, match="no longer exists"):
        meeting_series(db, 999, FIRST)


@pytest.mark.parametrize(
    ("preferred", "expected"),
    [
        ("Tuesdays 10:00", datetime(2030, 1, 1, 10, 0)),  # the start is a Tuesday
        ("thu 2pm", datetime(2030, 1, 3, 14, 0)),  # the first Thursday from the start
        ("Wednesday afternoons", datetime(2030, 1, 2, 14, 0)),
        ("9.30, any day but Monday", datetime(2030, 1, 7, 9, 30)),  # "Monday" is named
        ("mornings, twice a month", datetime(2030, 1, 1, 10, 0)),  # "month" is no Monday
        ("", datetime(2030, 1, 1, 10, 0)),
    ],
)
def test_the_first_meeting_defaults_to_the_day_and_time_the_partners_prefer(preferred, expected):
    agreement = Agreement(start_date=date(2030, 1, 1), preferred_times=preferred)
    assert first_meeting_default(agreement) == expected


def test_without_a_start_date_the_first_meeting_is_from_today():
    agreement = Agreement(preferred_times="at 9:15")
    assert first_meeting_default(agreement) == datetime.combine(date.today(), time(9, 15))
