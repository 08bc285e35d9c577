"""The colours the screens draw with, by name: each is defined here once."""

from __future__ import annotations

from PySide6.QtGui import QColor

from revmentor_desktop.core.db.models import PartnershipStatus

# --- text ---------------------------------------------------------------------------------------
# Dark enough to read on a light background and still legible on a dark one.
ERROR = QColor("#c62828")
# Amber dark enough to read on a light background: a warning, not (yet) an error.
WARNING = QColor("#8a4b00")
# Amber: needs attention, not an error (a review date that has passed, a consent not recorded).
ATTENTION = QColor("#b25e00")

# For labels, which take a style sheet rather than a colour.
ERROR_STYLE = f"color: {ERROR.name()};"
WARNING_STYLE = f"color: {WARNING.name()};"

# --- backgrounds --------------------------------------------------------------------------------
# A row of an import preview that will be skipped.
PROBLEM_BACKGROUND = QColor("#fde7e9")
# A pair that a change of the weights has just brought into the suggestions.
NEW_PAIR_BACKGROUND = QColor("#fff4c2")

# --- charts -------------------------------------------------------------------------------------
# One colour for "amount" app-wide: chart bars and the suggestions' score bars.
BAR_COLOUR = QColor("#5aa897")
# A partnership's status in the dashboard's charts.
STATUS_COLOURS = {
    PartnershipStatus.DRAFT: QColor("#a0a4a8"),
    PartnershipStatus.ACTIVE: QColor("#5aa897"),
    PartnershipStatus.PAUSED: QColor("#e0a030"),
    PartnershipStatus.COMPLETED: QColor("#4f7fbf"),
    PartnershipStatus.ENDED_EARLY: QColor("#c0605a"),
}
