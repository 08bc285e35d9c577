"""Who has a server database open: each app's connections carry its coordinator's name."""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine

PREFIX = "RevMentor"
NAME_MAX = 63  # PostgreSQL keeps this much of an application_name
# This run of the app, so that its own connections (and changes) are told from others'.
INSTANCE = secrets.token_hex(3)


def application_name(editor: str, instance: str = INSTANCE) -> str:
    """“RevMentor 3fa2c1: Priya Raman”, as the server lists the connection."""
    return f"{PREFIX} {instance}: {editor}"[:NAME_MAX]


def editor_of(name: str) -> str | None:
    """The coordinator of a RevMentor application_name; None for any other program's."""
    head, colon, editor = name.partition(": ")
    prefix, _, instance = head.partition(" ")
    if prefix != PREFIX or not colon or not instance:
        return None
    return editor


def others_connected(engine: Engine, own: str) -> list[str]:
    """The coordinators with this database open in another RevMentor, by name (PostgreSQL);
    `own` is this app's application_name."""
    if engine.dialect.name != "postgresql":
        return []
    with engine.connect() as connection:
        names = connection.exec_driver_sql(
            "SELECT DISTINCT application_name FROM pg_stat_activity "
            "WHERE datname = current_database() AND application_name LIKE %(prefix)s",
            {"prefix": f"{PREFIX} %"},
        ).scalars()
        found = [editor_of(name) for name in names if name != own]
    return sorted({who for who in found if who is not None})
