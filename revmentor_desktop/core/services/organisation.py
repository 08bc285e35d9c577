"""The organisation's own settings: its name and its ordered seniority ladder."""

from __future__ import annotations

from sqlalchemy import select
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


def get_setting(session: Session, key: str, default=None):
    setting = session.get(Setting, key)
    return default if setting is None else setting.value


def set_setting(session: Session, key: str, value) -> None:
    session.merge(Setting(key=key, value=value))
