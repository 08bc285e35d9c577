"""Bring a database to the schema this version of RevMentor expects, or refuse it clearly."""

from __future__ import annotations

import enum
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from revmentor_desktop.core.errors import DatabaseOpenError, SchemaTooNewError

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

log = logging.getLogger(__name__)

# The newest revision in migrations/versions. Kept here so a start-up on a current database
# needs no Alembic import; tests/migrations checks that it matches the scripts' head. This module
# imports SQLAlchemy only inside its functions: core/db/quick.py reads this without it.
HEAD_REVISION = "0005_coordinators"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class SchemaOutcome(enum.StrEnum):
    CURRENT = "current"
    CREATED = "created"
    UPGRADED = "upgraded"


def current_revision(connection: Connection) -> str | None:
    from sqlalchemy import inspect, text

    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _alembic_config(connection: Connection):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS_DIR))
    return {rev.revision for rev in script.walk_revisions()}


def upgrade_to_head(engine: Engine) -> None:
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(_alembic_config(connection), "head")


def _half_made(engine: Engine, tables: list[str]) -> bool:
    """An older version's first creation cut short (it committed each table on its own): only
    RevMentor's own tables, all empty, and no schema revision. Nothing in it to lose."""
    from revmentor_desktop.core.db.models import Base

    if not set(tables) <= set(Base.metadata.tables) | {"alembic_version"}:
        return False
    with engine.connect() as connection:
        return not any(
            connection.exec_driver_sql(f'SELECT 1 FROM "{table}" LIMIT 1').first()
            for table in tables
        )


def _drop(engine: Engine, tables: list[str]) -> None:
    with engine.begin() as connection:
        connection.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
        for table in tables:
            connection.exec_driver_sql(f'DROP TABLE "{table}"')


def ensure_schema(engine: Engine, *, writable: bool, backup=None) -> SchemaOutcome:
    """Create, upgrade or accept the database's schema.

    `backup` is called (with no arguments) before an existing database is upgraded; a database
    made by a newer RevMentor, or a file that is some other program's database, is refused.
    """
    from sqlalchemy import inspect

    with engine.connect() as connection:
        revision = current_revision(connection)
        foreign_tables = [
            t for t in inspect(connection).get_table_names() if t != "alembic_version"
        ]
    if revision == HEAD_REVISION:
        return SchemaOutcome.CURRENT
    if revision is None:
        if foreign_tables and not _half_made(engine, foreign_tables):
            raise DatabaseOpenError(
                "This file is not a RevMentor database (it holds other tables). "
                "Choose another file with --db."
            )
        if not writable:
            raise DatabaseOpenError(
                "The database is empty; open it in RevMentor once to set it up."
            )
        if foreign_tables:
            _drop(engine, foreign_tables)
            log.warning("Re-created a database whose first creation was cut short")
        upgrade_to_head(engine)
        log.info("Created a new database at schema %s", HEAD_REVISION)
        return SchemaOutcome.CREATED
    if revision not in known_revisions():
        raise SchemaTooNewError(
            f"This database was written by a newer version of RevMentor (schema {revision}). "
            "Install the newer version to open it; nothing was changed."
        )
    if not writable:
        raise DatabaseOpenError(
            "The database was made by an older version of RevMentor and needs upgrading; "
            "open it in the app (or with a writing command) first."
        )
    if backup is not None:
        backup()
    upgrade_to_head(engine)
    log.info("Upgraded the database from schema %s to %s", revision, HEAD_REVISION)
    return SchemaOutcome.UPGRADED
