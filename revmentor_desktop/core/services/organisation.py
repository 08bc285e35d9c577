"""The organisation's own settings: its name and its ordered seniority ladder."""

from __future__ import annotations

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from revmentor_desktop.core.db.models import SeniorityLevel, Setting

DEFAULT_LEVELS = (
    "Apprentice",
    "Associate",
    "Professional",
    "Senior professional",
    "Team lead",
    "Manager",
    "Director",
    "Executive",
)
ORGANISATION_NAME = "organisation_name"


def ensure_levels(session: Session) -> list[SeniorityLevel]:
    """The seniority ladder, most junior first; a new database gets the default ladder."""
    levels = list(session.scalars(select(SeniorityLevel).order_by(SeniorityLevel.rank)))
    if not levels:
        levels = [SeniorityLevel(rank=i, label=label) for i, label in enumerate(DEFAULT_LEVELS, 1)]
        session.add_all(levels)
        session.flush()
    return levels


def get_setting(connection: Connection | Session, key: str, default=None):
    """One setting's value; works on a plain connection, which is all start-up needs."""
    value = connection.execute(select(Setting.value).where(Setting.key == key)).scalar()
    return default if value is None else value


def set_setting(session: Session, key: str, value) -> None:
    session.merge(Setting(key=key, value=value))
