"""Date fields that may stay empty, as the wizard has them: a calendar, and "Not set"."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtWidgets import QDateEdit

NOT_SET = "Not set"
DISPLAY_FORMAT = "d MMM yyyy"
HINT = "Pick a date from the calendar; Delete empties the field."
EARLIEST = date(1900, 1, 1)  # shown as "Not set": no date of a person's record is this old


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def set_date(edit: QDateEdit, value: date | None) -> None:
    """A date, or "Not set" (the edit's minimum shows as its special value text)."""
    if value is None:
        # The whole minimum, time too: a date at the top of a range keeps 23:59, and then the
        # minimum date alone would not read "Not set".
        edit.setDateTime(edit.minimumDateTime())
    else:
        edit.setDate(to_qdate(value))


def get_date(edit: QDateEdit) -> date | None:
    shown = edit.date()
    return None if shown == edit.minimumDate() else shown.toPython()


class _Empties(QObject):
    """Delete empties the field; Tab leaves it instead of walking its day, month and year (the
    arrow keys still do that), as in the wizard; the calendar opens on today, not on "Not set"."""

    def __init__(self, edit: QDateEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        edit.installEventFilter(self)
        edit.calendarWidget().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        edit = self.edit
        if watched is edit and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Delete and not event.modifiers():
                set_date(edit, None)
                return True
            if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not (
                event.modifiers() & Qt.KeyboardModifier.ControlModifier
            ):
                backwards = event.key() == Qt.Key.Key_Backtab or bool(
                    event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                )
                # The window's focus chain: the date edit's own would step to its next section.
                edit.window().focusNextPrevChild(not backwards)
                return True
        elif event.type() == QEvent.Type.Show and get_date(edit) is None:
            today = min(QDate.currentDate(), edit.maximumDate())
            edit.calendarWidget().setCurrentPage(today.year(), today.month())
        return False


def make_optional(edit: QDateEdit, latest: date | None = None) -> None:
    """Turn a QDateEdit into an optional date with a calendar; `latest` is the last date allowed."""
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DISPLAY_FORMAT)
    edit.setSpecialValueText(NOT_SET)
    edit.setMinimumDate(to_qdate(EARLIEST))
    if latest is not None:
        edit.setMaximumDate(to_qdate(latest))
    set_date(edit, None)
    _Empties(edit)
    edit.setToolTip("\n".join(filter(None, (edit.toolTip(), HINT))))
