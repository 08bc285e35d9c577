"""The people list of an open database: one row per person for the people view, its filters.

The queries, the rows and the search live in `listing.py`, shared with the window's first read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from revmentor_desktop.core.services.people.listing import (
    FilterOptions,
    PersonRow,
    read_filter_options,
    read_people,
)

if TYPE_CHECKING:
    from revmentor_desktop.core.db import Database


def list_people(db: Database, *, include_archived: bool = False) -> list[PersonRow]:
    """Every non-archived person (or every one) as a row, from three set-based queries."""
    with db.engine.connect() as connection:
        return read_people(
            lambda sql: connection.exec_driver_sql(sql).all(), include_archived=include_archived
        )


def filter_options(db: Database) -> FilterOptions:
    with db.engine.connect() as connection:
        return read_filter_options(lambda sql: connection.exec_driver_sql(sql).all())
