"""What every import shares: a plan of the file's rows, a summary, and the all-or-nothing rule.

The people import (people.py) and the check-in import (checkins.py) each plan a file without
writing (`plan_import`, returning a subclass of `Plan`) and then carry the plan out (`apply_import`,
returning a `Summary`), so the import window and `revmentor import` can run
either the same way.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.text import count, plural

# How the services refuse; {rows} is "1 row" or "12 rows" and {have} "has" or "have".
REFUSAL = (
    "{rows} of the file {have} problems, so nothing was imported: fix them, or skip the bad rows."
)


class PlannedRow(Protocol):
    """One data row of the file as the preview shows it; `line` is its spreadsheet row number."""

    line: int
    action: str  # "reject", or what the import does with the row ("create", "update", "skip")
    problems: list[str]


Row = TypeVar("Row", bound=PlannedRow)


@dataclass
class Plan(Generic[Row]):
    """Every row's outcome, found without writing anything; `apply_import` carries it out."""

    rows: list[Row]
    mapping: dict[int, str | None]  # column index -> field (None: the column is ignored)
    programme: str | None
    ignored_columns: list[str]
    # "row" when a text editor's line numbers would not match (a cell spans lines, or XLSX).
    line_word: str = "line"

    def _rows_to(self, action: str) -> int:
        return sum(1 for row in self.rows if row.action == action)

    @property
    def created(self) -> int:
        return self._rows_to("create")

    @property
    def rejected(self) -> int:
        return self._rows_to("reject")

    @property
    def ok(self) -> bool:
        return self.rejected == 0

    def where(self, row: Row) -> str:
        """Where a row is, as the user would look for it: "line 7" (or "row 7")."""
        return f"{self.line_word} {row.line}"


class Summary(Protocol):
    """What `apply_import` wrote (each import adds its own counts)."""

    created: int
    rejected: int


def refused(plan: Plan, *, skip_bad_rows: bool) -> bool:
    """The all-or-nothing rule: while any row is rejected nothing is written, unless the bad rows
    are to be skipped."""
    return plan.rejected > 0 and not skip_bad_rows


def refuse_rejected_rows(plan: Plan, *, skip_bad_rows: bool, refusal: str = REFUSAL) -> None:
    """Raise RevMentorError (worded by `refusal`, see REFUSAL) when the rule forbids importing."""
    if refused(plan, skip_bad_rows=skip_bad_rows):
        rows = plan.rejected
        raise RevMentorError(
            refusal.format(rows=count(rows, "row"), have=plural(rows, "has", "have"))
        )


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while an import reads, checks or writes a file's rows
    (also as a decorator: `@collector_paused()`).

    Those steps make a few objects per cell and per row and no reference cycles; left on, the
    collector runs thousands of times meanwhile, each time over the objects made since, and now
    and then over every row read so far: about half the time of checking 10,000 people.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
