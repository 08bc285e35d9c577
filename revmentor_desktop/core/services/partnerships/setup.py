"""A partnership's five-step set-up: choosing a programme, drafts, saving each step, activation."""

from __future__ import annotations

import copy
from datetime import UTC, date, datetime

from sqlalchemy import select

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.models import (
    Channel,
    Goal,
    GoalDirection,
    GoalStatus,
    Partnership,
    PartnershipStatus,
    Programme,
    ProgrammeStatus,
    Skill,
)
from revmentor_desktop.core.db.versions import check_version
from revmentor_desktop.core.errors import RevMentorError, ValidationError
from revmentor_desktop.core.services.partnerships.agreement import (
    EDITABLE_FIELDS,
    GONE,
    READ_ONLY_FIELDS,
    Agreement,
    GoalDraft,
)
from revmentor_desktop.core.services.partnerships.life import pair_words, touch
from revmentor_desktop.core.services.partnerships.pairing import pair_match
from revmentor_desktop.core.services.partnerships.validation import (
    consent_errors,
    missing_consent,
    step_errors,
    storable_errors,
)
from revmentor_desktop.core.text import date_text, fold, join
from revmentor_desktop.core.vocabulary import (
    FINISHED,
    GROUND_RULES,
    PARTNERSHIP_STATUS_LABELS,
    STEPS,
)

# --- choosing and loading -----------------------------------------------------------------


def programme_choices(db: Database) -> list[tuple[int, str]]:
    """(id, name) of every programme: those planning or running first, then closed, by name."""
    with db.engine.connect() as connection:
        rows = connection.execute(select(Programme.id, Programme.name, Programme.status)).all()
    rows.sort(key=lambda r: (r.status == ProgrammeStatus.CLOSED, fold(r.name), r.id))
    return [(pid, name) for pid, name, _ in rows]


def new_agreement(
    db: Database,
    programme_id: int | None = None,
    mentor_id: int | None = None,
    mentee_id: int | None = None,
) -> Agreement:
    """A blank agreement for a partnership set up by hand (nothing is saved yet)."""
    if programme_id is not None:
        with db.engine.connect() as connection:
            found = connection.scalar(select(Programme.id).where(Programme.id == programme_id))
        if found is None:
            raise RevMentorError("This programme no longer exists.")
    return Agreement(programme_id=programme_id, mentor_id=mentor_id, mentee_id=mentee_id)


def load_agreement(db: Database, partnership_id: int) -> Agreement:
    """The saved agreement of a partnership, goals included, with the version it has now."""
    with db.session() as session:
        partnership = session.get(Partnership, partnership_id)
        if partnership is None:
            raise RevMentorError(GONE)
        return _agreement_of(partnership)


def _agreement_of(partnership: Partnership) -> Agreement:
    agreement = Agreement(id=partnership.id, version=partnership.version)
    for name in (*READ_ONLY_FIELDS, *EDITABLE_FIELDS):
        value = getattr(partnership, name)
        setattr(agreement, name, list(value) if isinstance(value, list) else value)
    agreement.match_breakdown = [dict(item) for item in partnership.match_breakdown or ()]
    for name in ("override_reason", "meeting_place", "preferred_times", "agenda_owner",
                 "cancellation_rule", "reply_time"):  # fmt: skip
        setattr(agreement, name, getattr(agreement, name) or "")
    agreement.goals = [
        GoalDraft(
            direction=goal.direction,
            title=goal.title,
            success_measure=goal.success_measure or "",
            target_date=goal.target_date,
            skill_id=goal.skill_id,
            id=goal.id,
            progress=goal.progress,
            status=goal.status,
        )
        for goal in partnership.goals
    ]
    return agreement


# --- saving -------------------------------------------------------------------------------
def _write(db: Database, agreement: Agreement, reached: int, activate: bool = False) -> Agreement:
    """Write the whole agreement, goals included, in one transaction; returns it as stored,
    with its new version.

    ChangedElsewhereError when the partnership is no longer at the version the agreement was
    loaded at: another coordinator saved it, changed its status or goals, or logged a check-in
    that moved a goal (the partnership's version covers its goals). Nothing is written then.
    """
    pair = (agreement.programme_id, agreement.mentor_id, agreement.mentee_id)
    stored_pair, stored_score = None, None
    if agreement.id is not None:
        with db.engine.connect() as connection:
            row = connection.execute(
                select(Partnership.programme_id, Partnership.mentor_id, Partnership.mentee_id,
                       Partnership.match_score).where(Partnership.id == agreement.id)
            ).first()  # fmt: skip
        if row is None:
            raise RevMentorError(GONE)
        stored_pair, stored_score = tuple(row[:3]), row[3]
    # The match is kept as it was when the pair was made; a pair made by hand is scored now.
    match = pair_match(db, *pair) if stored_pair != pair or stored_score is None else None
    with db.session() as session, session.begin():
        if agreement.id is None:
            partnership = Partnership(status=PartnershipStatus.DRAFT, wizard_step=0)
            session.add(partnership)
        else:
            partnership = session.get(Partnership, agreement.id)
            if partnership is None:
                raise RevMentorError(GONE)
            if partnership.status in FINISHED:
                state = PARTNERSHIP_STATUS_LABELS[partnership.status].lower()
                raise RevMentorError(
                    f"{pair_words(partnership)} is {state}, so its agreement can no longer change."
                )
            check_version(partnership, agreement.version)
        partnership.programme_id, partnership.mentor_id, partnership.mentee_id = pair
        if match is not None:
            partnership.match_score, partnership.match_breakdown = match
        for name in EDITABLE_FIELDS:
            value = getattr(agreement, name)
            if isinstance(value, str):
                value = value.strip()
            setattr(partnership, name, value)
        partnership.channels = [c.value for c in Channel if c.value in set(agreement.channels)]
        partnership.ground_rules_accepted = [
            key for key, _ in GROUND_RULES if key in set(agreement.ground_rules_accepted)
        ]
        if _write_goals(session, partnership, agreement.goals):
            touch(partnership)
        partnership.wizard_step = max(partnership.wizard_step or 0, reached)
        if activate and partnership.status == PartnershipStatus.DRAFT:
            partnership.status = PartnershipStatus.ACTIVE
            partnership.activated_at = datetime.now(UTC)
        session.flush()
        # Read back in this transaction: what this save stored, at the version it made.
        return _agreement_of(partnership)


def _write_goals(session, partnership: Partnership, drafts: list[GoalDraft]) -> bool:
    """Goals added, changed and removed, matched by id; whether any goal changed."""
    existing = {goal.id: goal for goal in partnership.goals}
    skill_ids = {d.skill_id for d in drafts if d.skill_id is not None}
    known_skills = set(session.scalars(select(Skill.id).where(Skill.id.in_(skill_ids))))
    kept = set()
    changed = False
    for draft in drafts:
        if draft.id is None:
            goal = Goal()
            partnership.goals.append(goal)
            changed = True
        else:
            goal = existing.get(draft.id)
            if goal is None:
                raise RevMentorError(
                    "A goal of this partnership was deleted meanwhile; close the wizard and "
                    "open the partnership again."
                )
            kept.add(draft.id)
        goal.direction = GoalDirection(draft.direction)
        goal.title = draft.title.strip()
        goal.success_measure = draft.success_measure.strip()
        goal.target_date = draft.target_date
        goal.skill_id = draft.skill_id if draft.skill_id in known_skills else None
        goal.progress = int(draft.progress)
        goal.status = GoalStatus(draft.status)
        changed = changed or session.is_modified(goal)
    for goal_id, goal in existing.items():
        if goal_id not in kept:
            partnership.goals.remove(goal)
            changed = True
    return changed


def save_step(db: Database, agreement: Agreement, step: int) -> Agreement:
    """Check one step, then save the whole agreement (a new draft when it has no id yet).

    The partnership's wizard_step becomes at least step + 1 and never goes back. Returns the
    agreement as saved, with ids filled in.
    """
    errors = storable_errors(db, agreement)
    errors.update(step_errors(db, agreement, step))
    if errors:
        raise ValidationError(errors)
    return _write(db, agreement, step + 1)


def save_draft(db: Database, agreement: Agreement) -> Agreement:
    """Keep the agreement as it is (Cancel → keep the draft): no step checks, step unchanged."""
    errors = storable_errors(db, agreement)
    if errors:
        raise ValidationError(errors)
    return _write(db, agreement, 0)


def activate(db: Database, agreement: Agreement) -> Agreement:
    """Finish: check all five steps, save, and make a draft active (edit mode just saves).

    A draft starts only when both partners have consented or `consent_override` says why it
    goes ahead anyway; that reason is kept, dated, in the partnership's override_reason.
    """
    errors: dict[str, str] = {}
    for step in range(len(STEPS)):
        errors.update(step_errors(db, agreement, step))
    errors.update(storable_errors(db, agreement))
    errors.update(consent_errors(db, agreement))
    if errors:
        raise ValidationError(errors)
    reason = agreement.consent_override.strip()
    draft = agreement.status == PartnershipStatus.DRAFT
    names = list(missing_consent(db, agreement).values()) if draft else []
    if reason and names:
        agreement = copy.copy(agreement)
        note = (
            f"Started on {date_text(date.today())} without recorded consent from "
            f"{join(names)}: {reason}"
        )
        agreement.override_reason = "\n\n".join(
            part for part in (agreement.override_reason.strip(), note) if part
        )
    return _write(db, agreement, len(STEPS), activate=True)


def delete_draft(db: Database, partnership_id: int, version: int | None = None) -> None:
    """Delete a draft partnership and its goals; a draft already gone is no error. With the
    `version` the coordinator saw, a draft someone else changed since is not deleted."""
    with db.session() as session, session.begin():
        partnership = session.get(Partnership, partnership_id)
        if partnership is None:
            return
        check_version(partnership, version)
        if partnership.status != PartnershipStatus.DRAFT:
            state = PARTNERSHIP_STATUS_LABELS[partnership.status].lower()
            raise RevMentorError(
                f"{pair_words(partnership)} is {state}; only a draft can be deleted."
            )
        session.delete(partnership)
