"""The programme coordinator's email address: read, checked and saved (the ORGANIZER of calendar
invitations)."""

from __future__ import annotations

import re

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.models import Setting
from revmentor_desktop.core.errors import ValidationError
from revmentor_desktop.core.services.organisation import (
    COORDINATOR_EMAIL,
    check_setting_versions,
    get_setting,
    set_setting,
)
from revmentor_desktop.core.text import isolate

# One address, as a calendar's mailto: takes it: no spaces, commas, angle brackets or quotes.
_EMAIL = re.compile(r"[^@\s,;<>\"()\[\]]+@[^@\s,;<>\"()\[\]]+\.[^@\s,;<>\"()\[\].]+")
EMAIL_MAX = 254  # the longest address RFC 5321 lets through


def email_problem(text: str) -> str | None:
    """What is wrong with `text` as the coordinator's email address, or None when it is fine."""
    email = text.strip()
    if not email:
        return "Give the coordinator's email address: calendar invitations come from it."
    if len(email) > EMAIL_MAX:
        return f"An email address can be at most {EMAIL_MAX} characters."
    if not _EMAIL.fullmatch(email):
        return f"“{isolate(email)}” is not an email address (like name@example.org)."
    return None


def coordinator_email(source: Database | Connection | Session) -> str | None:
    """The coordinator's email address, or None when it has not been set (or is not valid)."""
    if isinstance(source, Database):
        with source.engine.connect() as connection:
            return coordinator_email(connection)
    stored = get_setting(source, COORDINATOR_EMAIL)
    if not isinstance(stored, str) or email_problem(stored):
        return None
    return stored.strip()


def save_coordinator_email(
    db: Database, email: str, *, versions: dict[str, int | None] | None = None
) -> str | None:
    """Save the coordinator's email address (blank: forget it); returns it as saved.

    Raises ValidationError with the key "coordinator_email", or ChangedElsewhereError when the
    address is no longer as read (`versions`, OrganisationSettings.versions), and then changes
    nothing.
    """
    email = email.strip()
    problem = email_problem(email) if email else None
    if problem:
        raise ValidationError({"coordinator_email": problem})
    with db.session() as session, session.begin():
        if versions is not None:
            check_setting_versions(session, versions, (COORDINATOR_EMAIL,))
        if email:
            set_setting(session, COORDINATOR_EMAIL, email)
        else:
            session.execute(Setting.__table__.delete().where(Setting.key == COORDINATOR_EMAIL))
    return email or None
