"""Export this person's data: everything RevMentor holds about one person, as JSON for them."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.models import (
    Closure,
    Enrolment,
    PairDecision,
    PairingPreference,
    Partnership,
    Person,
    PersonSkill,
    PrivacyRequestKind,
    Programme,
    Role,
    SelfAssessment,
    SeniorityLevel,
    Skill,
    SkillInterest,
    display_name,
)
from revmentor_desktop.core.files import atomic_write
from revmentor_desktop.core.services.assessments import LEARNER
from revmentor_desktop.core.services.people.requests import add_request, find_person, naming
from revmentor_desktop.core.text import count, date_text, join
from revmentor_desktop.core.vocabulary import (
    ASSESSMENT_MOMENT_LABELS,
    CHANNEL_LABELS,
    CHECK_IN_KIND_LABELS,
    FIT_VERDICT_LABELS,
    PARTNERSHIP_STATUS_LABELS,
    PREFERENCE_LABELS,
    ROLE_LABELS,
)

log = logging.getLogger(__name__)

EXPORT_FORMAT = 1  # bumped when the export file's layout changes


def _plain(value: Any) -> Any:
    """A stored value as JSON: dates as ISO text, enums as their stored value."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _columns(row: Any, skip: Iterable[str] = ()) -> dict[str, Any]:
    """Every stored column of an ORM row, as JSON values: nothing held is left out by accident."""
    left_out = set(skip)
    return {
        column.key: _plain(getattr(row, column.key))
        for column in row.__table__.columns
        if column.key not in left_out
    }


def export_person(db: Database, email: str, *, now: datetime | None = None) -> dict[str, Any]:
    """Everything RevMentor holds about the person with this email, as JSON-ready values.

    "summary" opens it: sentences in plain words for the person to read first. Then their
    record, skills, enrolments, partnerships (the partner by name only) with the agreement,
    goals and every check-in including the private notes, and the pairing preferences and pair
    decisions that name them, whoever recorded them.
    """
    now = now or datetime.now(UTC)
    with db.session() as session:
        person = find_person(session, email)
        pid = person.id
        pairs = naming(pid)
        names = _names(session)
        record = _columns(person, skip=("level_id", "manager_id", "erased_at"))
        record["level"] = session.scalar(
            select(SeniorityLevel.label).where(SeniorityLevel.id == person.level_id)
        )
        record["line_manager"] = names.get(person.manager_id)
        record["channels"] = [CHANNEL_LABELS.get(c, c) for c in person.channels or ()]
        reports = session.scalar(select(func.count()).where(Person.manager_id == pid))

        skills = {interest: [] for interest in SkillInterest}
        for interest, name, category, level in session.execute(
            select(PersonSkill.interest, Skill.name, Skill.category, PersonSkill.level)
            .join(Skill, Skill.id == PersonSkill.skill_id)
            .where(PersonSkill.person_id == pid)
            .order_by(Skill.name)
        ):
            skills[interest].append({"skill": name, "category": category.value, "level": level})

        enrolments = [
            {
                "programme": programme,
                "programme_status": status.value,
                "role": ROLE_LABELS[e.role],
                "capacity": e.capacity,
                "status": e.status.value,
                "enrolled_on": _plain(e.enrolled_on),
            }
            for e, programme, status in session.execute(
                select(Enrolment, Programme.name, Programme.status)
                .join(Programme, Programme.id == Enrolment.programme_id)
                .where(Enrolment.person_id == pid)
                .order_by(Programme.start_date, Programme.id)
            )
        ]
        partnerships = [
            _partnership_export(session, partnership, pid, names)
            for partnership in session.scalars(
                select(Partnership)
                .where(pairs[Partnership])
                .order_by(Partnership.created_at, Partnership.id)
            )
        ]
        preferences = session.scalars(
            select(PairingPreference).where(pairs[PairingPreference]).order_by(PairingPreference.id)
        ).all()
        their_preferences = [
            {"about": names[p.other_id], "kind": PREFERENCE_LABELS[p.kind], "note": p.note}
            for p in preferences
            if p.person_id == pid
        ]
        about_them = [
            {"recorded_for": names[p.person_id], "kind": PREFERENCE_LABELS[p.kind],
             "note": p.note}
            for p in preferences
            if p.other_id == pid
        ]  # fmt: skip
        programmes = dict(session.execute(select(Programme.id, Programme.name)).all())
        decisions = [
            {
                "programme": programmes[d.programme_id],
                "role": ROLE_LABELS[_role_in(d, pid)],
                "partner": names[d.mentee_id if d.mentor_id == pid else d.mentor_id],
                "decision": d.kind.value,
                "reason": d.reason,
                "decided_at": _plain(d.decided_at),
            }
            for d in session.scalars(
                select(PairDecision)
                .where(pairs[PairDecision])
                .order_by(PairDecision.decided_at, PairDecision.id)
            )
        ]
    data: dict[str, Any] = {
        "summary": [],
        "format": EXPORT_FORMAT,
        "exported_at": now.isoformat(timespec="seconds"),
        "person": record,
        "people_reporting_to_them": reports,
        "skills_offered": skills[SkillInterest.OFFERS],
        "skills_wanted": skills[SkillInterest.WANTS],
        "enrolments": enrolments,
        "partnerships": partnerships,
        "their_pairing_preferences": their_preferences,
        "pairing_preferences_about_them": about_them,
        "pair_decisions": decisions,
    }
    data["summary"] = _summary(data, person, now)
    return data


def _names(session: Session) -> dict[int, str]:
    rows = session.execute(select(Person.id, Person.given_name, Person.family_name))
    return {pid: display_name(given, family) for pid, given, family in rows}


def _role_in(row: Partnership | PairDecision, pid: int) -> Role:
    return Role.REVERSE_MENTOR if row.mentor_id == pid else Role.MENTEE


def _partnership_export(
    session: Session, partnership: Partnership, pid: int, names: dict[int, str]
) -> dict:
    partner = partnership.mentee_id if partnership.mentor_id == pid else partnership.mentor_id
    role = _role_in(partnership, pid)
    learns = [direction for direction, learner in LEARNER.items() if learner == role]
    agreement = _columns(
        partnership, skip=("id", "programme_id", "mentor_id", "mentee_id", "status")
    )
    goals = {goal.id: goal.title for goal in partnership.goals}
    return {
        "number": partnership.id,
        "programme": partnership.programme.name,
        "their_role": ROLE_LABELS[_role_in(partnership, pid)],
        "partner": names[partner],
        "status": PARTNERSHIP_STATUS_LABELS[partnership.status],
        "agreement": agreement,
        "goals": [_columns(goal, skip=("id", "partnership_id")) for goal in partnership.goals],
        "check_ins": [
            {
                **_columns(check_in, skip=("id", "partnership_id")),
                "kind": CHECK_IN_KIND_LABELS[check_in.kind],
                "fit_verdict": FIT_VERDICT_LABELS.get(check_in.fit_verdict),
                "goal_progress": [
                    {"goal": goals.get(p.goal_id, ""), "progress": p.progress}
                    for p in check_in.goal_progress
                ],
            }
            for check_in in partnership.check_ins
        ],
        # Their own ratings of the skills they learn, and their own closing words.
        "self_assessments": [
            {
                "moment": ASSESSMENT_MOMENT_LABELS[row.moment],
                "skill": skill,
                "level": row.level,
                "confidence_note": row.confidence_note,
                "assessed_on": _plain(row.assessed_on),
            }
            for row, skill in session.execute(
                select(SelfAssessment, Skill.name)
                .join(Skill, Skill.id == SelfAssessment.skill_id)
                .where(
                    SelfAssessment.partnership_id == partnership.id,
                    SelfAssessment.direction.in_(learns),
                )
                .order_by(SelfAssessment.assessed_on, SelfAssessment.id)
            )
        ],
        "closing_conversation": [
            _columns(row, skip=("id", "partnership_id", "role"))
            for row in session.scalars(
                select(Closure).where(
                    Closure.partnership_id == partnership.id, Closure.role == role
                )
            )
        ],
    }


def _summary(data: dict[str, Any], person: Person, now: datetime) -> list[str]:
    """The export in a few plain sentences, for the person to read before the details."""
    record = data["person"]
    lines = [
        f"This file holds everything RevMentor held about {person.full_name} ({person.email}) "
        f"on {date_text(now.date())}.",
    ]
    where = [record["job_title"], record["department"], record["location"]]
    if any(where):
        lines.append("Their record: " + ", ".join(w for w in where if w) + ".")
    lines.append(
        f"Consent to take part was recorded on {date_text(person.consent_date)}."
        if person.consent_date
        else "No consent to take part is recorded."
    )
    sensitive = [
        what
        for what, held in (("birth year", person.birth_year is not None),
                           ("diversity perspectives", bool(person.diversity_perspectives)))
        if held
    ]  # fmt: skip
    if sensitive:
        lines.append(f"Optional sensitive details held: {join(sensitive)}.")
    for key, verb in (("skills_offered", "offer to teach"), ("skills_wanted", "want to learn")):
        skills = [s["skill"] for s in data[key]]
        if skills:
            lines.append(f"Skills they {verb}: {join(skills)}.")
    if data["enrolments"]:
        lines.append(
            "Programmes: "
            + "; ".join(f"{e['role']} in {e['programme']}" for e in data["enrolments"])
            + "."
        )
    partnerships = data["partnerships"]
    if partnerships:
        check_ins = sum(len(p["check_ins"]) for p in partnerships)
        private = sum(1 for p in partnerships for c in p["check_ins"] if c["private_notes"])
        lines.append(
            f"{count(len(partnerships), 'partnership')}: "
            + "; ".join(f"with {p['partner']} ({p['status'].lower()})" for p in partnerships)
            + (f", with {count(check_ins, 'check-in')}" if check_ins else ", no check-ins yet")
            + (f", {private:,} of them with private notes (included here)" if private else "")
            + "."
        )
        ratings = sum(len(p["self_assessments"]) for p in partnerships)
        closing = sum(len(p["closing_conversation"]) for p in partnerships)
        if ratings or closing:
            held = [count(ratings, "self-assessed skill level")] if ratings else []
            held += ["what they said in the closing conversation"] if closing else []
            lines.append(f"Their own words on their learning: {join(held)}.")
    else:
        lines.append("They have not been in a partnership.")
    theirs, about = data["their_pairing_preferences"], data["pairing_preferences_about_them"]
    if theirs or about:
        lines.append(
            f"Pairing preferences: {count(len(theirs), 'preference')} of theirs about others "
            f"and {len(about):,} that others have about them."
        )
    if data["pair_decisions"]:
        lines.append(
            f"{count(len(data['pair_decisions']), 'pair decision')} naming them "
            "(suggested pairs the coordinator locked in or rejected)."
        )
    if data["people_reporting_to_them"]:
        lines.append(
            f"{count(data['people_reporting_to_them'], 'person has', 'people have')} them "
            "as line manager."
        )
    return lines


def _records_in(data: dict[str, Any]) -> int:
    """How many records an export holds (their record, skills, enrolments, partnerships with
    their goals and check-ins, preferences and decisions), for the audit trail."""
    partnerships = data["partnerships"]
    return (
        1
        + len(data["skills_offered"]) + len(data["skills_wanted"]) + len(data["enrolments"])
        + len(partnerships)
        + sum(len(p["goals"]) + len(p["check_ins"]) + len(p["self_assessments"])
              + len(p["closing_conversation"]) for p in partnerships)
        + len(data["their_pairing_preferences"]) + len(data["pairing_preferences_about_them"])
        + len(data["pair_decisions"])
    )  # fmt: skip


@dataclass(frozen=True)
class ExportResult:
    path: Path
    records: int
    request: int  # the request number in the audit trail


def save_person_export(db: Database, email: str, path: Path) -> ExportResult:
    """Write everything held about the person to `path` as JSON (whole or not at all, readable
    by this user alone) and note the request in the audit trail."""
    data = export_person(db, email)
    path = Path(path)
    with atomic_write(path) as temp:
        with open(temp, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, indent=2)
            out.write("\n")
        if os.name != "nt":
            temp.chmod(0o600)  # personal data: the temporary file's mode is the final one
    records = _records_in(data)
    with db.session() as session, session.begin():
        number = add_request(session, PrivacyRequestKind.EXPORT, records).id
    log.info("Privacy request %d: exported one person's data (%d records)", number, records)
    return ExportResult(path, records, number)


def export_file_name(person_id: int) -> str:
    """A neutral suggested name: the file may travel by mail, so no name in it."""
    return f"person-data-{person_id}.json"
