"""Alembic migrations, shipped inside the package and run in-process (see core.db.schema)."""
