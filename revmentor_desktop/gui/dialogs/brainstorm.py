"""Asking when a stalled pair's brainstorming session takes place."""

from __future__ import annotations

import html
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

BRAINSTORM_HOUR = 10


def next_weekday_morning(today: date) -> datetime:
    """The default time of a brainstorming session: the next working day (Mon–Fri), 10:00."""
    day = today + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return datetime.combine(day, time(BRAINSTORM_HOUR))


class BrainstormDialog(QDialog):
    """Ask when the brainstorming session takes place; starts at the next weekday, 10:00."""

    def __init__(self, who: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("brainstormDialog")
        self.setWindowTitle("Schedule a brainstorming session")
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        layout = QVBoxLayout(self)
        intro = QLabel(
            f"Progress has stalled for <b>{html.escape(who)}</b>. Choose when they meet for a "
            "brainstorming session on new ways to reach their goals; the invitation (.ics) "
            "opens in any calendar and lists the goals still open."
        )
        intro.setWordWrap(True)
        self.intro = intro
        layout.addWidget(intro)
        form = QFormLayout()
        self.when_edit = QDateTimeEdit(QDateTime(next_weekday_morning(today)))
        self.when_edit.setObjectName("whenEdit")
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.when_edit.setMinimumDate(today)
        caption = QLabel("&When:")
        caption.setBuddy(self.when_edit)
        form.addRow(caption, self.when_edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("buttonBox")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Save invitation…")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @property
    def when(self) -> datetime:
        """The chosen local time, without a time zone: calendars read it as the attendees'."""
        return self.when_edit.dateTime().toPython().replace(second=0, microsecond=0)
