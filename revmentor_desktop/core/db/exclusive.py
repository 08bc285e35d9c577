"""Jobs that read a whole picture before writing take turns on a server (imports, pairing)."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

IMPORTS = "imports"  # people and check-in imports: each re-reads who exists, then writes


def pairing(programme_id: int) -> str:
    """Accepting suggestions in one programme: each counts the places left, then pairs."""
    return f"pairing {programme_id}"


def take_turn(session: Session, job: str) -> None:
    """Wait until no other coordinator runs `job`, then hold it until this transaction ends.

    On PostgreSQL a transaction-level advisory lock: the statements after it (READ COMMITTED)
    see everything the previous holder committed. A SQLite file has one writer at a time
    anyway (core.db.lock), so there it is nothing.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:job))"), {"job": job})
