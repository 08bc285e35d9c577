"""Who is editing, and refusing a save that would overwrite another coordinator's newer change."""

from __future__ import annotations

import getpass
import os
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from revmentor_desktop.core.db.models import Versioned
from revmentor_desktop.core.errors import ChangedElsewhereError

EDITOR_MAX = 120  # Versioned.updated_by's length


def default_editor() -> str:
    """This computer's user as people know them: the account's full name, else its login."""
    try:
        import pwd

        full = pwd.getpwuid(os.getuid()).pw_gecos.split(",")[0].strip()
    except (ImportError, KeyError, AttributeError):  # Windows has no pwd; some accounts no entry
        full = ""
    try:
        return (full or getpass.getuser())[:EDITOR_MAX]
    except Exception:  # no user name at all on some service accounts
        return "unknown"


def changed_message(who: str, when: datetime | None, *, today: date | None = None) -> str:
    """“Priya changed this at 10:42 — reload and apply your change again”, in local time."""
    who = who.strip() or "Another coordinator"
    if when is None:
        return f"{who} changed this — reload and apply your change again"
    local = (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone()
    at = f"at {local:%H:%M}"
    if local.date() != (today or date.today()):
        at = f"on {local.day} {local:%b %Y} {at}"
    return f"{who} changed this {at} — reload and apply your change again"


def check_version(row: Versioned, seen: int | None) -> None:
    """Refuse to save over `row` when it is no longer the version the coordinator saw (None:
    a record new to them, or a caller that does not track versions)."""
    if seen is not None and row.version != seen:
        raise ChangedElsewhereError(changed_message(row.updated_by, row.updated_at))


class EditorSession(Session):
    """A session that stamps each changed row with its editor (`info["editor"]`), and turns a
    lost race (someone saved the same row between our read and our write) into the message."""

    def flush(self, objects: Any = None) -> None:
        # What each changed row's version was, to ask afterwards which one lost (the failed
        # flush rolls the session back, and its rows with it).
        seen = [
            (type(row).__table__, inspect(row).identity, row.version)
            for row in (*self.dirty, *self.deleted)
            if isinstance(row, Versioned) and inspect(row).identity is not None
        ]
        try:
            super().flush(objects)
        except StaleDataError as exc:
            raise ChangedElsewhereError(self._who_changed(seen)) from exc

    def _who_changed(self, seen: list[tuple[Any, tuple, int]]) -> str:
        # This session's transaction is spoilt now: ask a connection of its own.
        with self.get_bind().connect() as connection:
            for table, identity, version in seen:
                keys = [
                    column == value
                    for column, value in zip(table.primary_key, identity, strict=True)
                ]
                found = connection.execute(
                    select(table.c.version, table.c.updated_by, table.c.updated_at).where(*keys)
                ).first()
                if found is None:
                    return "Another coordinator deleted this — reload to see what is left"
                if found.version != version:
                    return changed_message(found.updated_by, found.updated_at)
        return changed_message("", None)


@event.listens_for(EditorSession, "before_flush")
def _stamp(session: Session, _context, _instances) -> None:
    editor = session.info.get("editor", "")
    for row in session.new:
        if isinstance(row, Versioned):
            row.updated_by = editor
    for row in session.dirty:
        if isinstance(row, Versioned) and session.is_modified(row):
            row.updated_by = editor


# Rows written with Core statements (bulk imports) stamp themselves the same way.


def new_stamp(session: Session, now: datetime) -> dict[str, Any]:
    """The Versioned columns of a new row inserted without the ORM."""
    return {"version": 1, "updated_by": session.info.get("editor", ""), "updated_at": now}


def change_stamp(session: Session, table) -> dict[str, Any]:
    """The Versioned columns of an UPDATE without the ORM: a newer version, by this editor."""
    return {"version": table.c.version + 1, "updated_by": session.info.get("editor", "")}
