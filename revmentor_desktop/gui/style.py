"""The colours the screens draw with, by name: each is defined here once, from the palette."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from revmentor_desktop.core.db.values import PartnershipStatus

# Text on a tinted background must keep this contrast (WCAG AA for normal text).
MIN_CONTRAST = 4.5


def _palette() -> QPalette:
    return QGuiApplication.palette()


def luminance(colour: QColor) -> float:
    """Relative luminance as WCAG 2 defines it (0 black … 1 white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours, 1 to 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the palette draws light text on dark fields (a dark theme)."""
    palette = palette or _palette()
    return luminance(palette.color(QPalette.ColorRole.Base)) < 0.2


def _blend(base: QColor, tint: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(
        base.redF() + (tint.redF() - base.redF()) * amount,
        base.greenF() + (tint.greenF() - base.greenF()) * amount,
        base.blueF() + (tint.blueF() - base.blueF()) * amount,
    )


def _tinted_background(tint: QColor, amount: float) -> QColor:
    """The palette's Base tinted towards `tint`, as far as the palette's Text stays readable.

    In a high-contrast theme the tint is backed off until the contrast holds, down to Base itself.
    """
    palette = _palette()
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    while amount > 0:
        colour = _blend(base, tint, amount)
        if contrast(colour, text) >= MIN_CONTRAST:
            return colour
        amount -= 0.05
    return base


def _readable(light: str, dark: str) -> QColor:
    """A text colour for the palette: `light` on light fields, `dark` on dark ones, falling back
    to the palette's own Text if neither reads well enough (high contrast)."""
    palette = _palette()
    colour = QColor(dark if is_dark(palette) else light)
    if contrast(colour, palette.color(QPalette.ColorRole.Base)) < MIN_CONTRAST:
        return palette.color(QPalette.ColorRole.Text)
    return colour


# --- text ---------------------------------------------------------------------------------------
def error() -> QColor:
    """Something is wrong and must be fixed."""
    return _readable("#c62828", "#ff8a80")


def warning() -> QColor:
    """Amber: a warning, not (yet) an error."""
    return _readable("#8a4b00", "#ffb74d")


def attention() -> QColor:
    """Needs attention, not an error (a review date that has passed, a consent not recorded)."""
    return _readable("#b25e00", "#ffcc80")


# For labels, which take a style sheet rather than a colour. Called when the label is set, so a
# label follows the palette the application has then.
def error_style() -> str:
    return f"color: {error().name()};"


def warning_style() -> str:
    return f"color: {warning().name()};"


# --- backgrounds --------------------------------------------------------------------------------
def problem_background() -> QColor:
    """A row of an import preview that has a problem to fix: Base tinted red."""
    return _tinted_background(QColor("#e53935"), 0.22 if is_dark() else 0.12)


def new_pair_background() -> QColor:
    """A pair that a change of the weights has just brought into the suggestions: Base tinted
    yellow."""
    return _tinted_background(QColor("#ffd54f"), 0.22 if is_dark() else 0.35)


def search_match() -> tuple[QColor, QColor]:
    """(background, text) of the words a search found: a strong yellow with black text, as
    browsers mark finds, which reads the same in light and dark themes (contrast 14:1)."""
    return QColor("#ffd54f"), QColor("black")


# --- charts -------------------------------------------------------------------------------------
# Mid-tones that stand out on light and dark fields alike, so they do not follow the palette.
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
