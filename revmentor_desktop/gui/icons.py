"""The icon set: Lucide line icons drawn in the palette's text colour, and the app icon."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
    QPixmapCache,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QToolBar,
    QWidget,
    QWizard,
)
from shiboken6 import Shiboken

from revmentor_desktop.paths import resource

# Main-window and page actions, by object name (see ui/main_window.ui and the pages).
ACTION_ICONS: dict[str, str] = {
    "actionGettingStarted": "list-checks",
    "actionPeople": "users",
    "actionProgrammes": "graduation-cap",
    "actionSuggestions": "sparkles",
    "actionPartnerships": "handshake",
    "actionDashboard": "layout-dashboard",
    "actionRefresh": "refresh-cw",
    "actionNewPartnership": "plus",
    "actionAddPerson": "user-plus",
    "actionImport": "file-input",
    "actionImportCheckIns": "file-input",
    "actionExportPeople": "file-output",
    "actionExportPairs": "file-output",
    "actionExportCheckIns": "file-output",
    "actionReports": "file-chart-column",
    "actionSettings": "settings",
    "actionBackups": "database-backup",
    "actionQuit": "log-out",
    "actionOpenDataFolder": "folder-open",
    "actionAbout": "info",
    "actionUserGuide": "book-open",
    # Which database is open.
    "actionNewDatabase": "database-plus",
    "actionOpenDatabase": "database",
    "menuOpenRecent": "history",
    "actionOpenDemo": "compass",
    # The People page's privacy menu.
    "actionExportPersonData": "file-output",
    "actionErasePerson": "eraser",
    "actionPeopleDue": "hourglass",
    "actionPrivacyRequests": "scroll-text",
}

# The main buttons of pages and dialogs, by object name. One name means one thing everywhere
# (every `deleteButton` deletes), so a name maps to one icon whichever form it is in. Rows that
# are already as wide as the window (the Partnerships page's actions, the filters) get icons on
# their main buttons only: an icon adds about 20 px to a button.
BUTTON_ICONS: dict[str, str] = {
    # The Getting started page's steps.
    "settingsButton": "settings",
    "importPeopleButton": "file-input",
    "programmesButton": "graduation-cap",
    "consentProgrammesButton": "signature",
    "suggestionsButton": "sparkles",
    "partnershipsButton": "handshake",
    "openDashboardButton": "layout-dashboard",
    # adding, changing, removing
    "addPersonButton": "user-plus",
    "newPartnershipButton": "plus",
    "newProgrammeButton": "plus",
    "addLevelButton": "plus",
    "addPreferenceButton": "plus",
    "addGoalButton": "plus",
    "editPersonButton": "pencil",
    "editProgrammeButton": "pencil",
    "editButton": "pencil",
    "removeLevelButton": "minus",
    "removePreferenceButton": "minus",
    "removeGoalButton": "minus",
    "removeLogoButton": "x",
    "deleteButton": "trash-2",
    "archiveButton": "archive",
    "moveUpButton": "arrow-up",
    "moveDownButton": "arrow-down",
    "chooseLogoButton": "image",
    # people and programmes
    "enrolButton": "user-check",
    "unenrolButton": "user-minus",
    "consentButton": "signature",
    "privacyButton": "shield",
    "eraseButton": "eraser",
    "eraseSelectedButton": "eraser",
    # suggestions
    "openSuggestionsButton": "sparkles",
    "suggestButton": "sparkles",
    "resuggestButton": "sparkles",
    "suggestGoalsButton": "sparkles",
    "defaultsButton": "rotate-ccw",
    "acceptButton": "check",
    "acceptAllButton": "check-check",
    "lockButton": "lock",
    "swapButton": "arrow-left-right",
    "rejectButton": "x",
    "unlockDecisionButton": "lock",
    "undoButton": "rotate-ccw",
    # partnerships and check-ins
    "resumeDraftButton": "file-pen-line",
    "logCheckInButton": "calendar-check",
    "logStalledButton": "calendar-check",
    "logButton": "calendar-check",
    "logReviewButton": "clipboard-check",
    "brainstormButton": "lightbulb",
    "exportIcsButton": "calendar-arrow-down",
    "agreementButton": "file-down",
    "saveReportButton": "file-down",
    # files, imports, backups
    "browseButton": "folder-open",
    "openFolderButton": "folder-open",
    "openLogsButton": "folder-open",
    "resetMappingButton": "rotate-ccw",
    "backButton": "arrow-left",
    "nextButton": "arrow-right",
    "importButton": "file-input",
    "backUpButton": "database-backup",
    "restoreButton": "archive-restore",
    "copyButton": "copy",
    # the first start, the demo, the help window
    "demoButton": "compass",
    "setUpButton": "building-2",
    "demoSetUpButton": "building-2",
    "resetDemoButton": "rotate-ccw",
    "createButton": "check",
    "helpBack": "arrow-left",
    "helpForward": "arrow-right",
}

# A wizard's own buttons have no object names of ours: they are found by their role.
WIZARD_ICONS: dict[QWizard.WizardButton, str] = {
    QWizard.WizardButton.BackButton: "arrow-left",
    QWizard.WizardButton.NextButton: "arrow-right",
    QWizard.WizardButton.CommitButton: "check",
    QWizard.WizardButton.FinishButton: "check",
}

# A dialog's standard buttons (OK, Cancel, …) get icons only where the platform's style puts
# icons on them (e.g. on KDE): then from this set instead of the style's colourful ones.
_Standard = QDialogButtonBox.StandardButton
STANDARD_ICONS: dict[QDialogButtonBox.StandardButton, str] = {
    **dict.fromkeys((_Standard.Ok, _Standard.Yes, _Standard.Apply), "check"),
    **dict.fromkeys((_Standard.Cancel, _Standard.Close, _Standard.No, _Standard.Abort), "x"),
    _Standard.Save: "save",
    _Standard.Open: "folder-open",
    _Standard.Help: "circle-help",
    **dict.fromkeys((_Standard.Reset, _Standard.RestoreDefaults), "rotate-ccw"),
}
# Text arrows that an arrow icon makes redundant ("< Back", "Next >").
_ARROWS = {"arrow-left": "< ", "arrow-right": " >"}

TOOLBAR_ICON_SIZE = QSize(20, 20)
APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)  # installer/make_icons.py renders these
TEXT = QPalette.ColorRole.WindowText
SMALL = 20  # px: below this, icons are drawn with a slightly heavier line


def icon_path(name: str) -> Path:
    """The SVG file of line icon `name`; FileNotFoundError when the set has no such icon."""
    return resource("icons", "actions", f"{name}.svg")


@cache
def _svg_text(name: str) -> str:
    return icon_path(name).read_text(encoding="utf-8")


def icon_colour(mode: QIcon.Mode = QIcon.Mode.Normal, role: QPalette.ColorRole = TEXT) -> QColor:
    """The colour an icon is drawn in: by default the palette's text colour, so it reads on light
    and dark themes alike; greyed like text when disabled, highlighted text when selected."""
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, role)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorGroup.Active, role)


def render(name: str, size: int, colour: QColor) -> QPixmap:
    """The icon `name` drawn `size` device pixels square in `colour`; cached by all three."""
    key = f"revmentor-icon:{name}:{size}:{colour.name(QColor.NameFormat.HexArgb)}"
    pixmap = QPixmap()
    if QPixmapCache.find(key, pixmap):
        return pixmap
    # Lucide draws everything in currentColor, so one substitution recolours the whole icon.
    svg = _svg_text(name).replace("currentColor", colour.name())
    if size < SMALL:
        # Lucide's 2-unit stroke is 1.33 px at 16 px: soft and grey. 1.5 px reads as a line.
        svg = svg.replace('stroke-width="2"', 'stroke-width="2.25"')
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, size, size))
    if colour.alpha() < 255:  # a translucent colour (some themes' disabled text): fade it all
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationIn)
        painter.fillRect(pixmap.rect(), QColor(0, 0, 0, colour.alpha()))
    painter.end()
    QPixmapCache.insert(key, pixmap)
    return pixmap


_clones: list[QIconEngine] = []


class _PaletteIconEngine(QIconEngine):
    """Draws one line icon at whatever size is asked, in the palette's colour at that moment: a
    change of theme (light to dark) recolours every icon without setting any of them again."""

    def __init__(self, name: str, role: QPalette.ColorRole) -> None:
        super().__init__()
        self.name = name
        self.role = role

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return render(self.name, min(size.width(), size.height()), icon_colour(mode, self.role))

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float):
        side = round(min(size.width(), size.height()) * scale)
        # A copy, so the ratio set here stays off the cached pixmap other callers get.
        pixmap = QPixmap(render(self.name, side, icon_colour(mode, self.role)))
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() else 1.0
        side = min(rect.width(), rect.height())
        target = QRect(0, 0, side, side)
        target.moveCenter(rect.center())
        painter.drawPixmap(target, self.scaledPixmap(QSize(side, side), mode, state, scale))

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def clone(self) -> QIconEngine:
        # Qt owns the copy it asks for (a changed icon gets an engine of its own), but the
        # binding leaves it to Python, which would delete it on return: kept here, it lives
        # until Qt deletes it.
        _clones[:] = [kept for kept in _clones if Shiboken.isValid(kept)]
        copy = _PaletteIconEngine(self.name, self.role)
        _clones.append(copy)
        return copy

    def key(self) -> str:
        return "revmentor-palette"

    def iconName(self) -> str:
        return self.name


@cache
def icon(name: str, role: QPalette.ColorRole = TEXT) -> QIcon:
    """The line icon `name` (resources/icons/actions/<name>.svg) in the palette's `role` colour:
    the text colour by default; e.g. HighlightedText for a button painted in the highlight."""
    icon_path(name)  # a missing icon fails here, not at the first paint
    return QIcon(_PaletteIconEngine(name, role))


@cache
def app_icon() -> QIcon:
    """RevMentor's own icon: a drawing fitted to the pixels for 16 and 24 px, the full one
    above (see resources/icons/revmentor.svg)."""
    made = QIcon()
    for size in APP_ICON_SIZES:
        made.addFile(str(resource("icons", f"revmentor-{size}.png")), QSize(size, size))
    return made


def apply_icons(window: QMainWindow) -> None:
    """The app icon on the window, line icons on its actions (menus and toolbar) and its own
    buttons by object name, and toolbars that show each icon with its name beside it."""
    window.setWindowIcon(app_icon())
    apply_button_icons(window)
    for toolbar in window.findChildren(QToolBar):
        toolbar.setIconSize(TOOLBAR_ICON_SIZE)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)


def apply_button_icons(widget: QWidget) -> None:
    """Icons on the main buttons and the actions of a page or dialog, by their object names, on
    a wizard's Back, Next and Finish, and on the standard buttons of its button boxes where the
    style shows icons there. The mapping decides: an icon set before is replaced, so the whole
    window draws from one set."""
    for button in widget.findChildren(QAbstractButton):
        name = BUTTON_ICONS.get(button.objectName())
        if name is not None:
            button.setIcon(icon(name))
            text = _without_text_arrow(button.text(), name)
            if text != button.text():
                button.setText(text)
    for box in _with_self(widget, QDialogButtonBox):
        for button in box.buttons():
            name = STANDARD_ICONS.get(box.standardButton(button))
            if name is not None and not button.icon().isNull():
                button.setIcon(icon(name))
    for wizard in _with_self(widget, QWizard):
        for which, name in WIZARD_ICONS.items():
            wizard.button(which).setIcon(icon(name))
            wizard.setButtonText(which, _without_text_arrow(wizard.buttonText(which), name))
    _set_action_icons(widget)


def _with_self(widget: QWidget, kind: type) -> list:
    found = widget.findChildren(kind)
    return [widget, *found] if isinstance(widget, kind) else found


def _without_text_arrow(text: str, name: str) -> str:
    arrow = _ARROWS.get(name)
    if arrow is None:
        return text
    return text.removeprefix(arrow) if arrow.startswith("<") else text.removesuffix(arrow)


def _set_action_icons(widget: QWidget) -> None:
    for action in widget.findChildren(QAction):
        name = ACTION_ICONS.get(action.objectName())
        if name is not None:
            action.setIcon(icon(name))
    for menu in widget.findChildren(QMenu):  # a submenu's entry is its menuAction, unnamed
        name = ACTION_ICONS.get(menu.objectName())
        if name is not None:
            menu.setIcon(icon(name))
