"""Storage: the engine and its pragmas, the data model, migrations, the writer lock and backups."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from revmentor_desktop.core.db.database import Database, open_database

__all__ = ["Database", "open_database"]


def __getattr__(name: str):
    # Loaded on first use, not with the package: `core.db.quick` and `core.db.lock` serve the
    # window's first screen before SQLAlchemy, which `database` imports, has loaded.
    if name in __all__:
        from revmentor_desktop.core.db import database

        return getattr(database, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
