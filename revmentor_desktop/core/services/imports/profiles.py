"""Import profiles: the columns (and date order) last confirmed for a file with the same headers.

HR systems export the same columns every month. When an import is applied, the mapping it used
is remembered under the file's header set (headers compared as `word_key` does, in any order),
with the date order chosen for dates that fit both day first and month first. The next file with
the same headers starts from that mapping instead of the guesses. A profile holds only headers,
field names, the date order and the day it was saved: never a value from the rows. Level mappings
are remembered for every file alike (levels.py), so they are not part of a profile.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import Connection, insert, update
from sqlalchemy.orm import Session

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.models import Setting
from revmentor_desktop.core.db.versions import change_stamp, new_stamp
from revmentor_desktop.core.services.imports.cells import word_key as header_key
from revmentor_desktop.core.services.imports.columns import ColumnScheme
from revmentor_desktop.core.services.imports.dates import DATE_ORDERS, IMPORT, ColumnDates
from revmentor_desktop.core.services.organisation import IMPORT_PROFILES, get_setting
from revmentor_desktop.core.text import date_text

log = logging.getLogger(__name__)

# Enough for every kind of file an organisation imports; the least recently used go first.
MAX_PROFILES = 40


def column_keys(headers: list[str]) -> list[str]:
    """Each column's name as a profile knows it: its header as compared, and "#2" for the
    second column of that name, so that a repeated header keeps its own field."""
    seen: dict[str, int] = {}
    keys = []
    for header in headers:
        key = header_key(header)
        seen[key] = seen.get(key, 0) + 1
        keys.append(key if seen[key] == 1 else f"{key}#{seen[key]}")
    return keys


def header_set(headers: list[str]) -> str:
    """The key of a file's header set: the same for the same headers in any order."""
    return "|".join(sorted(column_keys(headers)))


@dataclass(frozen=True)
class ImportProfile:
    """The columns of one header set as last imported: column key -> field (None: ignored)."""

    fields: dict[str, str | None]
    date_order: str | None  # for dates that fit both orders, as chosen then; None: not chosen
    saved_on: date

    @property
    def saved_text(self) -> str:
        """ "12 Nov 2026"."""
        return date_text(self.saved_on)

    def mapping(self, headers: list[str]) -> dict[int, str | None]:
        """The remembered mapping for this file's columns (in whatever order they now come)."""
        return {index: self.fields.get(key) for index, key in enumerate(column_keys(headers))}


def _profiles(source: Connection | Session) -> dict[str, dict[str, dict]]:
    try:
        stored = get_setting(source, IMPORT_PROFILES)
    except ValueError as exc:  # not even JSON: forgotten, and written afresh by the next import
        log.warning("ignoring the import profiles: the stored setting is not JSON: %s", exc)
        return {}
    if stored is None:
        return {}
    if not isinstance(stored, dict):
        log.warning("ignoring the import profiles: the stored setting is not an object")
        return {}
    return stored


def _parse(raw: object, keys: list[str], fields: Iterable[str]) -> ImportProfile:
    """A stored profile, checked; ValueError (or TypeError, KeyError) when it is damaged."""
    if not isinstance(raw, dict):
        raise ValueError("not an object")
    columns = raw["columns"]
    if not isinstance(columns, dict) or sorted(columns) != sorted(keys):
        raise ValueError("its columns are not the file's")
    known, taken = set(fields), set()
    for field in columns.values():
        if field is None:
            continue
        if field not in known or field in taken:
            raise ValueError(f"the field {field!r} is unknown or taken twice")
        taken.add(field)
    order = raw.get("date_order")
    if order is not None and order not in DATE_ORDERS:
        raise ValueError(f"{order!r} is not a date order")
    return ImportProfile(dict(columns), order, date.fromisoformat(raw["saved_on"]))


def find_profile(
    source: Database | Connection | Session, kind: str, headers: list[str], scheme: ColumnScheme
) -> ImportProfile | None:
    """The profile of this header set for the import `kind` ("people", "checkins"), or None.

    A damaged profile is ignored with a line in the log: the guesses are a fine start.
    """
    if isinstance(source, Database):
        with source.engine.connect() as connection:
            return find_profile(connection, kind, headers, scheme)
    of_kind = _profiles(source).get(kind)
    if not isinstance(of_kind, dict):
        return None
    raw = of_kind.get(header_set(headers))
    if raw is None:
        return None
    try:
        return _parse(raw, column_keys(headers), scheme.fields)
    except (ValueError, TypeError, KeyError) as exc:
        log.warning("ignoring a damaged %s import profile: %s", kind, exc)
        return None


def chosen_date_order(date_order: str | None, columns: Iterable[ColumnDates]) -> str | None:
    """The date order worth remembering: the import's own choice, when it read a column whose
    dates fit both orders (else nothing said which order the file writes)."""
    if date_order is None:
        return None
    used = any(column.ambiguous and column.chosen_by == IMPORT for column in columns)
    return date_order if used else None


def remember_profile(
    session: Session,
    kind: str,
    headers: list[str],
    mapping: Mapping[int, str | None],
    date_order: str | None,
) -> None:
    """Remember the mapping an import applied for its header set, inside its transaction.

    A date order not chosen this time (the file's dates said it) keeps the one remembered.
    """
    profiles = _profiles(session)
    of_kind = profiles.get(kind)
    of_kind = dict(of_kind) if isinstance(of_kind, dict) else {}
    key = header_set(headers)
    earlier = of_kind.pop(key, None)
    if date_order is None and isinstance(earlier, dict):
        kept = earlier.get("date_order")
        date_order = kept if kept in DATE_ORDERS else None
    of_kind[key] = {
        "columns": {k: mapping.get(i) for i, k in enumerate(column_keys(headers))},
        "date_order": date_order,
        "saved_on": date.today().isoformat(),
    }
    # Dicts keep their order: the newest last, so the oldest are the first to go.
    while len(of_kind) > MAX_PROFILES:
        of_kind.pop(next(iter(of_kind)))
    value = {**profiles, kind: of_kind}
    if value == profiles:
        return  # the same file again: the setting keeps its version
    # Replaced without loading the old row: a setting that is not even JSON cannot be loaded.
    table = Setting.__table__
    replaced = session.execute(
        update(table)
        .where(table.c.key == IMPORT_PROFILES)
        .values(value=value, **change_stamp(session, table))
    )
    if not replaced.rowcount:
        stamp = new_stamp(session, datetime.now(UTC))
        session.execute(insert(table).values(key=IMPORT_PROFILES, value=value, **stamp))
