"""Storage: the engine and its pragmas, the data model, migrations, the writer lock and backups."""

from revmentor_desktop.core.db.database import Database, open_database

__all__ = ["Database", "open_database"]
