"""Who is due for erasure: people who left, or whose programmes closed, longer ago than the
organisation keeps personal data (its retention setting)."""

from __future__ import annotations

import calendar
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, select

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.models import (
    CheckIn,
    Enrolment,
    EnrolmentStatus,
    Partnership,
    PartnershipStatus,
    Person,
    Programme,
    ProgrammeStatus,
    display_name,
)
from revmentor_desktop.core.services.organisation import retention_months_setting
from revmentor_desktop.core.text import date_text, fold, isolate
from revmentor_desktop.core.vocabulary import LIVE


@dataclass(frozen=True)
class DuePerson:
    """Someone the coordinator is offered to erase, with why and since when."""

    id: int
    name: str
    email: str
    since: date  # left, or their last programme closed, on this day (at the latest)
    reason: str  # "Left (archived) by 3 Mar 2024"


def months_before(day: date, months: int) -> date:
    """The same day `months` months earlier (the month's last day when it is shorter)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _as_date(moment: datetime | date | None) -> date | None:
    if isinstance(moment, datetime):
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)  # written in UTC
        return moment.astimezone().date()
    return moment


def _closing_days(connection) -> dict[int, tuple[str, date | None]]:
    """Each closed programme's name and the day it closed: its end date, else the last thing
    that happened in it (a partnership ending, a check-in); None when nothing tells."""
    closed = connection.execute(
        select(Programme.id, Programme.name, Programme.end_date).where(
            Programme.status == ProgrammeStatus.CLOSED
        )
    ).all()
    latest: dict[int, date] = {}
    activity = connection.execute(
        select(
            Partnership.programme_id,
            func.max(Partnership.end_date),
            func.max(Partnership.ended_at),
            func.max(CheckIn.held_on),
        )
        .outerjoin(CheckIn, CheckIn.partnership_id == Partnership.id)
        .group_by(Partnership.programme_id)
    ).all()
    for programme_id, end, ended, held in activity:
        days = [d for d in (_as_date(end), _as_date(ended), _as_date(held)) if d]
        if days:
            latest[programme_id] = max(days)
    return {pid: (name, end or latest.get(pid)) for pid, name, end in closed}


def people_due(
    db: Database, *, months: int | None = None, today: date | None = None
) -> list[DuePerson]:
    """People to offer for erasure, longest waiting first.

    Someone is due when nothing current holds them (no enrolment in a programme that is
    planned or running, no partnership being set up or under way) and either they left
    (archived) or every programme they took part in has closed, longer than `months` (the
    organisation's retention setting by default) before `today`. An archived person's leaving
    day is the last change to their record, which is when they were archived or later: never
    earlier than the truth, so nobody is offered too soon.
    """
    today = today or date.today()
    with db.engine.connect() as connection:
        months = retention_months_setting(connection) if months is None else months
        cutoff = months_before(today, months)
        people = connection.execute(
            select(
                Person.id, Person.given_name, Person.family_name, Person.email,
                Person.archived, Person.updated_at,
            ).where(Person.erased_at.is_(None))
        ).all()  # fmt: skip
        closing = _closing_days(connection)
        taking_part: set[int] = set()
        programmes: dict[int, list[int]] = defaultdict(list)
        for person_id, programme_id, status in connection.execute(
            select(Enrolment.person_id, Enrolment.programme_id, Enrolment.status)
        ):
            programmes[person_id].append(programme_id)
            if programme_id not in closing and status == EnrolmentStatus.ACTIVE:
                taking_part.add(person_id)
        current = (PartnershipStatus.DRAFT, *LIVE)  # being set up or under way
        for mentor, mentee in connection.execute(
            select(Partnership.mentor_id, Partnership.mentee_id).where(
                Partnership.status.in_(current)
            )
        ):
            taking_part.update((mentor, mentee))

    due = []
    for pid, given, family, email, archived, updated in people:
        if pid in taking_part:
            continue
        theirs = programmes[pid]
        closed = [closing[p] for p in theirs if p in closing]
        # Their last programme, once every one of them has closed on a known day.
        last = None
        if theirs and len(closed) == len(theirs) and all(day for _, day in closed):
            last = max(closed, key=lambda c: c[1])
        if archived:
            left = _as_date(updated) or today
            since, reason = left, f"Left (archived) by {date_text(left)}"
            if last and last[1] > left:
                since = last[1]
                reason = (
                    f"Left (archived); last programme {isolate(last[0])} closed {date_text(since)}"
                )
        elif last:
            programme, since = last
            reason = f"Last programme {isolate(programme)} closed {date_text(since)}"
        else:
            continue
        if since <= cutoff:
            due.append(DuePerson(pid, display_name(given, family), email, since, reason))
    due.sort(key=lambda d: (d.since, fold(d.name), d.id))
    return due
