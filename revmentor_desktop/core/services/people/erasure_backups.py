"""Backups that still hold an erased person: finding them by the person's traces, deleting them."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.models import Person, PrivacyRequest, PrivacyRequestKind
from revmentor_desktop.core.services.people.requests import add_request

if TYPE_CHECKING:
    from revmentor_desktop.core.db.backup import Backup

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Trace:
    """What finds the person in a backup: their email, employee ID, or record number and name."""

    email: str
    employee_id: str | None
    person_id: int
    given_name: str
    family_name: str

    @classmethod
    def of(cls, person: Person) -> Trace:
        return cls(person.email, person.employee_id, person.id,
                   person.given_name, person.family_name)  # fmt: skip


def _holds(path: Path, trace: Trace) -> bool:
    """Whether a backup holds the person; one that cannot be read counts as holding them."""
    uri = path.resolve().as_uri() + "?mode=ro&immutable=1"
    try:
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as copy:
            columns = {row[1] for row in copy.execute("PRAGMA table_info(person)")}
            conditions = [
                "lower(email) = lower(?)",
                "(id = ? AND given_name = ? AND family_name = ?)",
            ]
            values: list[Any] = [trace.email, trace.person_id, trace.given_name, trace.family_name]
            if trace.employee_id and "employee_id" in columns:
                conditions.append("employee_id = ?")
                values.append(trace.employee_id)
            query = f"SELECT 1 FROM person WHERE {' OR '.join(conditions)} LIMIT 1"  # noqa: S608
            return copy.execute(query, values).fetchone() is not None
    except sqlite3.Error:
        return True


def backups_holding(db: Database, trace: Trace) -> list[Backup]:
    """Backups of this database in which the trace finds the person."""
    if db.path is None:
        return []
    from revmentor_desktop.core.db.backup import list_backups

    return [b for b in list_backups(db.path, counts=False) if _holds(b.path, trace)]


def backups_holding_email(db: Database, email: str) -> list[Backup]:
    """Backups of this database that still hold someone with this email (erased or not)."""
    return backups_holding(db, Trace(email.strip(), None, -1, "", ""))


def delete_backups_holding(db: Database, request: int | None, backups: list[Backup]) -> int:
    """Delete these backups, noted with the erasure that found them; how many were deleted.

    `request` None: the person was erased earlier (their backups found by email), so the
    deletion is noted as an erasure of its own, with no records in the database.
    """
    from revmentor_desktop.core.db.backup import delete_backups

    delete_backups(backups)
    with db.session() as session, session.begin():
        row = session.get(PrivacyRequest, request) if request is not None else None
        if row is None:
            row = add_request(session, PrivacyRequestKind.ERASE, 0, backups_holding=len(backups))
        row.backups_deleted = (row.backups_deleted or 0) + len(backups)
        session.flush()
        number = row.id
    log.info("Privacy request %d: deleted %d backups", number, len(backups))
    return len(backups)
