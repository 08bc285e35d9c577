"""CLI-test fixtures: the commands run on an SQLite file and, in modules marked `both_engines`,
on the PostgreSQL server too (`engine_url` is the `--db` argument)."""

import pytest


@pytest.fixture
def rows():
    """`rows(url, sql, **params)`: the rows a statement gives on a database of either engine, run
    behind the command's back and committed (with no connection left open)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.pool import NullPool

    def query(url: str, sql: str, **params) -> list[tuple]:
        engine = create_engine(url, poolclass=NullPool)
        with engine.begin() as connection:
            result = connection.execute(text(sql), params)
            return [tuple(row) for row in result] if result.returns_rows else []

    return query
