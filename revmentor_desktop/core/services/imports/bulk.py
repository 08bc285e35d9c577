"""Writing an import's new rows in bulk: prepared tuples to the driver's executemany, in batches."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import Connection, Table, bindparam, insert

# Rows sent in one executemany: what an import holds for writing stays the same at any size.
BATCH_ROWS = 2_000
_CACHED_VALUES = 10_000  # converted values remembered per column (dates, channel lists, flags)


class BulkInsert:
    """INSERT INTO `table` of the columns of `defaults`, a batch at a time.

    The statement is compiled once by SQLAlchemy, and each value is converted by its column
    type's own bind processor, so what is stored is exactly what a Core insert stores; what is
    saved is the per-row work of building and processing parameter dicts (about half the
    time of writing 10,000 people and their 65,000 skills that way).
    """

    def __init__(self, connection: Connection, table: Table, defaults: Mapping[str, Any]) -> None:
        self.connection = connection
        statement = insert(table).values({name: bindparam(name) for name in defaults})
        compiled = statement.compile(dialect=connection.dialect)
        self.sql = compiled.string
        # SQLite's driver takes "?" and tuples; psycopg takes named parameters and dicts.
        self.positional = bool(compiled.positiontup)
        self.names: tuple[str, ...] = tuple(compiled.positiontup or compiled.binds)
        if set(self.names) != set(defaults):  # a column with a default of its own was added
            raise ValueError(f"{table.name}: write {sorted(set(self.names) - set(defaults))} too")
        dialect = connection.dialect
        self.convert: dict[str, Callable[[Any], Any]] = {}
        for name in self.names:
            process = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
            if process is not None:
                self.convert[name] = _remembered(process)
        # Each column's place in a row and its converter, found with one look-up per value.
        self.slots = {name: (at, self.convert.get(name)) for at, name in enumerate(self.names)}
        self.base = [self.value(name, defaults[name]) for name in self.names]
        self.pending: list[tuple[Any, ...]] = []

    def value(self, name: str, value: Any) -> Any:
        """`value` as the driver takes it for column `name`."""
        convert = self.convert.get(name)
        return value if convert is None or value is None else convert(value)

    def add(self, values: Mapping[str, Any]) -> None:
        """A row: `values` over the defaults (values as the model holds them)."""
        row = self.base.copy()
        slots = self.slots
        for name, value in values.items():
            index, process = slots[name]
            row[index] = value if process is None or value is None else process(value)
        self.pending.append(tuple(row))
        if len(self.pending) >= BATCH_ROWS:
            self.flush()

    def add_many(self, rows: list[tuple[Any, ...]]) -> None:
        """Rows of values already converted (see `value`), each in the order of `names`."""
        self.pending.extend(rows)
        if len(self.pending) >= BATCH_ROWS:
            self.flush()

    def flush(self) -> None:
        """Send the rows added so far (call once more after the last `add`)."""
        if self.pending:
            rows = self.pending if self.positional else [
                dict(zip(self.names, row, strict=True)) for row in self.pending
            ]  # fmt: skip
            self.connection.exec_driver_sql(self.sql, rows)
            self.pending = []


def _remembered(process: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """`process` with its results remembered: an import's dates and channel lists repeat."""
    cache: dict[Any, Any] = {}

    def convert(value: Any) -> Any:
        key = (type(value), tuple(value) if isinstance(value, list) else value)
        try:
            return cache[key]
        except KeyError:
            result = process(value)
            if len(cache) < _CACHED_VALUES:
                cache[key] = result
            return result
        except TypeError:  # unhashable: a dict in a JSON column
            return process(value)

    return convert
