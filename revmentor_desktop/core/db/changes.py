"""Hearing other coordinators' changes to a server database, as PostgreSQL announces them."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from revmentor_desktop.core.db.presence import editor_of

if TYPE_CHECKING:
    from sqlalchemy import Engine

log = logging.getLogger(__name__)

# Schema 0005's triggers notify this channel after every statement that changes a table.
CHANNEL = "revmentor_changes"


class ChangeListener:
    """A connection of its own that LISTENs; `heard()` never waits for the server."""

    def __init__(self, engine: Engine, own: str) -> None:
        self.engine = engine
        self.own = own  # this app's application_name: its own changes are no news
        # Set on listening again after a lost connection: what changed meanwhile went unheard,
        # so whoever shows the data reads it afresh (and clears this).
        self.missed = False
        self._connection = None
        self._lost = False

    def _listening(self):
        if self._connection is None or self._connection.closed:
            pooled = self.engine.raw_connection()
            connection = pooled.driver_connection
            pooled.detach()  # kept for good: the pool must not hand it to anyone else
            connection.rollback()
            connection.autocommit = True
            connection.execute(f"LISTEN {CHANNEL}")
            self._connection = connection
            self.missed, self._lost = self.missed or self._lost, False
        return self._connection

    def heard(self) -> list[str]:
        """Who (by name, first heard first) changed the data since the last call; this app's
        own changes are left out. A lost connection is opened again on the next call."""
        import psycopg

        names: list[str] = []
        try:
            for note in self._listening().notifies(timeout=0):
                if note.payload != self.own:  # an administrator's psql has no editor's name
                    names.append(editor_of(note.payload) or "Someone")
        except psycopg.Error as exc:
            log.warning("Listening for changes failed (%s); trying again", exc)
            self.close()
            self._lost = True
        return list(dict.fromkeys(names))

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
