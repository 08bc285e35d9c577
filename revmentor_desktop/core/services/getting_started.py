"""The getting-started checklist: the first steps from an empty organisation to its first pairs.

Each step is ticked from what the database holds, never from what the coordinator clicked, so
the list is right whichever screen (or the command line) did the work. The rules:

1. *Name your organisation*: the organisation's name is set (not blank).
2. *Add your people*: at least one person who is not archived (erased people are archived).
3. *Create a programme and enrol people*: some programme has, actively enrolled, at least one
   reverse mentor and one mentee who are not archived: the least a suggestion needs.
4. *Record consent*: someone is actively enrolled in a programme that is not closed, and every
   such person (not archived) has a consent date; only consenting people are ever paired.
5. *Look at the pair suggestions*: a partnership exists in any status (accepting a suggestion
   makes a draft), or a suggested pair was locked or rejected. Merely looking leaves no trace in
   the database, so it does not count.
6. *Set up the partnerships*: a partnership went through the wizard to the end: active,
   paused, completed or ended early; a draft does not count.

The steps are independent: each is ticked by its own rule, whatever the order they were done in.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, func, select

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.models import (
    Enrolment,
    EnrolmentStatus,
    PairDecision,
    Partnership,
    PartnershipStatus,
    Person,
    Programme,
    ProgrammeStatus,
    Role,
)
from revmentor_desktop.core.services.organisation import ORGANISATION_NAME, get_setting
from revmentor_desktop.core.text import count, isolate, plural

# The steps' keys, in order.
ORGANISATION, PEOPLE, PROGRAMME, CONSENT, SUGGESTIONS, PARTNERSHIPS = (
    "organisation", "people", "programme", "consent", "suggestions", "partnerships",
)  # fmt: skip


@dataclass(frozen=True)
class Step:
    """One step of the checklist: what to do, whether it is done, and where things stand."""

    key: str
    title: str
    what_to_do: str  # one sentence
    done: bool
    status: str  # what the database holds now, e.g. "2 of 3 enrolled people have consented"


@dataclass(frozen=True)
class Checklist:
    steps: list[Step]

    @property
    def done(self) -> int:
        """How many steps are done."""
        return sum(step.done for step in self.steps)

    @property
    def complete(self) -> bool:
        return all(step.done for step in self.steps)

    @property
    def next_step(self) -> Step | None:
        """The first step not done yet: the one to do next; None when all are done."""
        return next((step for step in self.steps if not step.done), None)


def needs_getting_started(db: Database) -> bool:
    """Whether the window should open on the checklist: the organisation has no programme yet."""
    with db.engine.connect() as connection:
        return connection.scalar(select(Programme.id).limit(1)) is None


def getting_started(db: Database) -> Checklist:
    """The six steps in order, each ticked by the rule in this module's docstring."""
    with db.engine.connect() as connection:
        return Checklist([
            _organisation_step(connection),
            _people_step(connection),
            _programme_step(connection),
            _consent_step(connection),
            _suggestions_step(connection),
            _partnerships_step(connection),
        ])  # fmt: skip


def _organisation_step(connection: Connection) -> Step:
    name = get_setting(connection, ORGANISATION_NAME, "")
    name = name.strip() if isinstance(name, str) else ""
    return Step(
        ORGANISATION,
        "Name your organisation",
        "Give it its name, then check the seniority ladder, the skill categories and how you "
        "write dates.",
        bool(name),
        isolate(name) if name else "No name yet",  # a name alone keeps the line's direction
    )


def _people_step(connection: Connection) -> Step:
    people = connection.scalar(select(func.count(Person.id)).where(Person.archived.is_(False)))
    return Step(
        PEOPLE,
        "Add your people",
        "Import everyone from your HR system's spreadsheet (CSV or Excel), or add people one "
        "by one.",
        people > 0,
        count(people, "person", "people") if people else "Nobody yet",
    )


def _taking_part():
    """Conditions for an enrolment that counts: active, of someone not archived (join Person)."""
    return Enrolment.status == EnrolmentStatus.ACTIVE, Person.archived.is_(False)


def _programme_step(connection: Connection) -> Step:
    programmes = connection.execute(select(Programme.id, Programme.name)).all()
    per_role = connection.execute(
        select(Enrolment.programme_id, Enrolment.role, func.count())
        .join(Person, Person.id == Enrolment.person_id)
        .where(*_taking_part())
        .group_by(Enrolment.programme_id, Enrolment.role)
    ).all()
    enrolled = {(programme_id, role): number for programme_id, role, number in per_role}

    def progress(programme) -> tuple[int, int]:
        mentors = enrolled.get((programme.id, Role.REVERSE_MENTOR), 0)
        mentees = enrolled.get((programme.id, Role.MENTEE), 0)
        return min(mentors, mentees), mentors + mentees

    if not programmes:
        return _programme(False, "No programme yet")
    # With several programmes, the one furthest along speaks for the step.
    best = max(programmes, key=progress)
    mentors = enrolled.get((best.id, Role.REVERSE_MENTOR), 0)
    mentees = enrolled.get((best.id, Role.MENTEE), 0)
    name = isolate(best.name)  # an Arabic name first would turn the whole line right to left
    if not mentors and not mentees:
        status = f"{name}: nobody enrolled yet"
    elif not mentees:
        status = f"{name}: {count(mentors, 'reverse mentor')}, no mentee yet"
    elif not mentors:
        status = f"{name}: {count(mentees, 'mentee')}, no reverse mentor yet"
    else:
        status = f"{name}: {count(mentors, 'reverse mentor')} and {count(mentees, 'mentee')}"
    return _programme(bool(mentors and mentees), status)


def _programme(done: bool, status: str) -> Step:
    return Step(
        PROGRAMME,
        "Create a programme and enrol people",
        "Create your first programme, then enrol people in it as reverse mentors or mentees.",
        done,
        status,
    )


def _consent_step(connection: Connection) -> Step:
    # Each person once, however many programmes they are enrolled in.
    enrolled = (
        select(Person.id, Person.consent_date)
        .join(Enrolment, Enrolment.person_id == Person.id)
        .join(Programme, Programme.id == Enrolment.programme_id)
        .where(*_taking_part(), Programme.status != ProgrammeStatus.CLOSED)
        .distinct()
        .subquery()
    )
    people, consented = connection.execute(
        select(func.count(), func.count(enrolled.c.consent_date))
    ).one()
    if not people:
        status = "Nobody enrolled yet"
    elif consented == people == 1:
        status = "The one person enrolled has consented"
    elif consented == people:
        status = f"All {count(people, 'enrolled person', 'enrolled people')} have consented"
    else:
        status = (f"{consented:,} of {count(people, 'enrolled person', 'enrolled people')} "
                  f"{plural(consented, 'has', 'have')} consented")  # fmt: skip
    return Step(
        CONSENT,
        "Record consent",
        "People are only paired once they agree to take part: select who agreed and record "
        "the date.",
        bool(people) and consented == people,
        status,
    )


def _suggestions_step(connection: Connection) -> Step:
    partnerships = connection.scalar(select(func.count(Partnership.id)))
    decided = connection.scalar(select(func.count(PairDecision.id)))
    if partnerships:
        status = f"{count(partnerships, 'pair')} chosen"
    elif decided:
        status = f"{count(decided, 'suggested pair')} locked or rejected, none accepted yet"
    else:
        status = "No pairs chosen yet"
    return Step(
        SUGGESTIONS,
        "Look at the pair suggestions",
        "RevMentor suggests the best pairs for the programme and says why; accept the ones you "
        "agree with.",
        bool(partnerships or decided),
        status,
    )


def _partnerships_step(connection: Connection) -> Step:
    by_status = dict(
        connection.execute(
            select(Partnership.status, func.count()).group_by(Partnership.status)
        ).all()
    )
    drafts = by_status.pop(PartnershipStatus.DRAFT, 0)
    set_up = sum(by_status.values())
    parts = []
    if set_up:
        parts.append(f"{count(set_up, 'partnership')} set up")
    if drafts:
        parts.append(f"{count(drafts, 'draft')} to finish")
    return Step(
        PARTNERSHIPS,
        "Set up the partnerships",
        "Agree goals, communication, openness and progress with each pair in the five-step "
        "wizard; finishing it starts the partnership.",
        set_up > 0,
        ", ".join(parts) or "No partnerships yet",
    )
