"""Privacy requests: the person a request is about, and the audit trail of requests made.

The trail says what was done, when and by whom, never whom it was about.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.models import (
    PairDecision,
    PairingPreference,
    Partnership,
    Person,
    PrivacyRequest,
    PrivacyRequestKind,
)
from revmentor_desktop.core.db.versions import default_editor
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.text import count, date_text, isolate, plural
from revmentor_desktop.core.vocabulary import REQUEST_KIND_LABELS

# --- the person a request is about --------------------------------------------------------


def find_person(session: Session, email: str) -> Person:
    """The (not erased) person with this email, ignoring case, or a clear error."""
    email = (email or "").strip()
    if not email:
        raise RevMentorError("Give the email address of the person.")
    person = session.scalar(
        select(Person).where(
            func.lower(Person.email) == func.lower(email), Person.erased_at.is_(None)
        )
    )
    if person is None:
        raise RevMentorError(f"Nobody in the database has the email {isolate(email)}.")
    return person


def person_identity(db: Database, person_id: int) -> tuple[str, str]:
    """(name, email) of a person who is not erased, for the window to name them."""
    with db.session() as session:
        person = session.get(Person, person_id)
        if person is None or person.erased_at is not None:
            raise RevMentorError(
                "That person is no longer in the database; reload the people list."
            )
        return person.full_name, person.email


def naming(person_id: int) -> dict[type, ColumnElement[bool]]:
    """Each table of pairs' condition for its rows that name the person, on either side."""
    return {
        Partnership: or_(Partnership.mentor_id == person_id, Partnership.mentee_id == person_id),
        PairDecision: or_(PairDecision.mentor_id == person_id, PairDecision.mentee_id == person_id),
        PairingPreference: or_(
            PairingPreference.person_id == person_id, PairingPreference.other_id == person_id
        ),
    }


# --- the audit trail ----------------------------------------------------------------------


def add_request(
    session: Session, kind: PrivacyRequestKind, records: int, **columns: object
) -> PrivacyRequest:
    """Note a request, made by the session's editor (else this computer's user), in the
    session's transaction; numbered."""
    made_by = session.info.get("editor") or default_editor()
    request = PrivacyRequest(kind=kind, made_by=made_by, records=records, **columns)
    session.add(request)
    session.flush()
    return request


@dataclass(frozen=True)
class RequestRow:
    number: int
    kind: PrivacyRequestKind
    made_at: datetime  # local time
    made_by: str
    records: int
    backups_holding: int | None
    backups_deleted: int | None

    @property
    def kind_label(self) -> str:
        return REQUEST_KIND_LABELS[self.kind]

    @property
    def when(self) -> str:
        return f"{date_text(self.made_at.date())} {self.made_at:%H:%M}"

    @property
    def backups_text(self) -> str:
        """ "2 backups held them: deleted" """
        if self.kind != PrivacyRequestKind.ERASE or self.backups_holding is None:
            return ""
        if not self.backups_holding:
            return "no backup held them"
        held = count(self.backups_holding, "backup")
        deleted = self.backups_deleted or 0
        if deleted >= self.backups_holding:
            return f"{held} held them: deleted"
        if deleted:
            return f"{held} held them: {deleted:,} deleted"
        return f"{held} still {plural(self.backups_holding, 'holds', 'hold')} them"


def list_requests(db: Database) -> list[RequestRow]:
    """Every data-protection request, newest first."""
    with db.engine.connect() as connection:
        rows = connection.execute(
            select(
                PrivacyRequest.id, PrivacyRequest.kind, PrivacyRequest.made_at,
                PrivacyRequest.made_by, PrivacyRequest.records, PrivacyRequest.backups_holding,
                PrivacyRequest.backups_deleted,
            ).order_by(PrivacyRequest.id.desc())
        ).all()  # fmt: skip
    return [
        RequestRow(number, kind, _local(made_at), by, records, holding, deleted)
        for number, kind, made_at, by, records, holding, deleted in rows
    ]


def _local(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes: they were written in UTC.
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone()
