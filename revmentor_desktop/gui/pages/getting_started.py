"""The Getting started screen: the first steps as a checklist that ticks itself as they get done."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.services.getting_started import (
    CONSENT,
    ORGANISATION,
    PARTNERSHIPS,
    PEOPLE,
    PROGRAMME,
    SUGGESTIONS,
    Checklist,
    Step,
    getting_started,
)
from revmentor_desktop.gui.bidi import ltr
from revmentor_desktop.gui.icons import icon
from revmentor_desktop.gui.pages.base import Page

# The screens the page asks the main window to open: the keys `open_screen` carries.
SETTINGS = "settings"
IMPORT_PEOPLE = "import_people"
ADD_PERSON = "add_person"
PROGRAMMES_SCREEN = "programmes"
SUGGESTIONS_SCREEN = "suggestions"
PARTNERSHIPS_SCREEN = "partnerships"
DASHBOARD = "dashboard"
SCREENS = (SETTINGS, IMPORT_PEOPLE, ADD_PERSON, PROGRAMMES_SCREEN, SUGGESTIONS_SCREEN,
           PARTNERSHIPS_SCREEN, DASHBOARD)  # fmt: skip

# Each step's buttons: (object name, text, screen key); the first is the step's main action.
# The names follow the app's buttons (gui/icons.py gives icons by object name).
BUTTONS: dict[str, tuple[tuple[str, str, str], ...]] = {
    ORGANISATION: (("settingsButton", "Organisation settings…", SETTINGS),),
    PEOPLE: (
        ("importPeopleButton", "Import people…", IMPORT_PEOPLE),
        ("addPersonButton", "Add a person…", ADD_PERSON),
    ),
    PROGRAMME: (("programmesButton", "Open Programmes", PROGRAMMES_SCREEN),),
    CONSENT: (("consentProgrammesButton", "Open Programmes", PROGRAMMES_SCREEN),),
    SUGGESTIONS: (("suggestionsButton", "Open Suggestions", SUGGESTIONS_SCREEN),),
    PARTNERSHIPS: (("partnershipsButton", "Open Partnerships", PARTNERSHIPS_SCREEN),),
}
INTRO = (
    "Six steps take you from an empty database to your first partnerships. Each step ticks "
    "itself as soon as it is done, on whichever screen you do it."
)
ALL_DONE_TITLE = "All set: your first partnerships are under way"
ALL_DONE_TEXT = (
    "From now on the Dashboard is the place to start: how each pair is doing, who has not met "
    "for a while and which reviews are due."
)
CONTENT_WIDTH = 960  # wider lines are hard to read on a large screen

# A card: the dashboard's tiles look, the step to do next outlined in the highlight colour.
CARD_STYLE = (
    "QFrame#{name} {{ border: 1px solid palette(mid); border-radius: 6px; "
    "background: palette(base); }}"
)
# A step done recedes: no fill of its own.
DONE_CARD_STYLE = (
    "QFrame#{name} {{ border: 1px solid palette(mid); border-radius: 6px; "
    "background: transparent; }}"
)
NEXT_CARD_STYLE = (
    "QFrame#{name} {{ border: 2px solid palette(highlight); border-radius: 6px; "
    "background: palette(base); }}"
)
MAIN_BUTTON_STYLE = (
    "QPushButton { background: palette(highlight); color: palette(highlighted-text); "
    "border: 1px solid palette(highlight); border-radius: 3px; padding: 5px 14px; "
    "font-weight: bold; }"
    "QPushButton:hover { border-color: palette(dark); }"
    "QPushButton:focus { border: 1px solid palette(shadow); }"
)


def _bold_font(widget: QWidget, factor: float) -> QFont:
    """The widget's font, bold and `factor` times as large."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(True)
    return font


def _muted(label: QLabel) -> None:
    """Secondary text: the palette's placeholder colour, readable in light and dark themes."""
    palette = label.palette()
    palette.setColor(
        QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
    )
    label.setPalette(palette)


def stands_out(button: QPushButton, main: bool) -> None:
    """The main button is painted in the highlight colour, its icon (if any) drawn to match."""
    button.setStyleSheet(MAIN_BUTTON_STYLE if main else "")
    name = button.icon().name()
    if name:
        role = QPalette.ColorRole.HighlightedText if main else QPalette.ColorRole.WindowText
        button.setIcon(icon(name, role))


class StepBadge(QWidget):
    """A round badge: the step's number while it is to do, a tick once it is done."""

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.done = False
        self.is_next = False
        side = round(self.fontMetrics().height() * 2.1)
        self.setFixedSize(QSize(side, side))

    def set_state(self, done: bool, is_next: bool) -> None:
        self.done, self.is_next = done, is_next
        self.setAccessibleName(f"Step {self.number}: " + ("done" if done else "to do"))
        self.update()

    def paintEvent(self, _event) -> None:
        palette = self.palette()
        highlight = palette.color(QPalette.ColorRole.Highlight)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = self.width()
        circle = QRectF(1.5, 1.5, side - 3, side - 3)
        if self.done:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(highlight)
            painter.drawEllipse(circle)
            tick = QPainterPath(QPointF(side * 0.28, side * 0.52))
            tick.lineTo(QPointF(side * 0.44, side * 0.68))
            tick.lineTo(QPointF(side * 0.73, side * 0.35))
            pen = QPen(palette.color(QPalette.ColorRole.HighlightedText), side * 0.1)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(tick)
            return
        colour = highlight if self.is_next else palette.color(QPalette.ColorRole.Mid)
        painter.setPen(QPen(colour, 2 if self.is_next else 1.5))
        painter.drawEllipse(circle)
        painter.setFont(_bold_font(self, 1.1))
        text = highlight if self.is_next else palette.color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(text)
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, str(self.number))


class StepCard(QFrame):
    """One step: badge, title, what to do, where things stand, and the buttons that open it.

    A step done folds to its title and status (what to do moves to the tooltip), so the steps
    still to do stand out; only the next one shows its status and a button that stands out.
    """

    def __init__(
        self, number: int, step: Step, open_screen: Callable[[str], None], parent=None
    ) -> None:
        super().__init__(parent)
        self.key = step.key
        self.setObjectName(f"step_{step.key}")
        self.badge = StepBadge(number)
        self.badge.setObjectName(f"badge_{step.key}")
        self.title = QLabel()
        self.title.setObjectName(f"title_{step.key}")
        self.title.setFont(_bold_font(self, 1.15))
        self.title.setWordWrap(True)
        self.text = QLabel()
        self.text.setObjectName(f"text_{step.key}")
        self.text.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName(f"status_{step.key}")
        self.status.setWordWrap(True)
        _muted(self.status)

        words = QVBoxLayout()
        words.setSpacing(3)
        words.addWidget(self.title)
        words.addWidget(self.text)
        words.addWidget(self.status)
        self.buttons: list[QPushButton] = []
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        for name, text, screen in BUTTONS[step.key]:
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(lambda _checked=False, s=screen: open_screen(s))
            buttons.addWidget(button)
            self.buttons.append(button)
        layout = QHBoxLayout(self)
        layout.setSpacing(14)
        layout.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(words, 1)
        layout.addLayout(buttons)
        layout.setAlignment(buttons, Qt.AlignmentFlag.AlignTop)
        self.done = False

    def show_step(self, step: Step, is_next: bool) -> None:
        self.done = step.done
        self.badge.set_state(step.done, is_next)
        self.title.setText(step.title)
        self.text.setText(step.what_to_do)
        self.text.setVisible(not step.done)
        self.status.setText(ltr(step.status))  # may open with a programme's name
        self.status.setVisible(step.done or is_next)
        self.setToolTip(step.what_to_do if step.done else "")
        style = NEXT_CARD_STYLE if is_next else DONE_CARD_STYLE if step.done else CARD_STYLE
        self.setStyleSheet(style.format(name=self.objectName()))
        # The next step's border is a pixel wider: its content stays where the others' is.
        inset = 1 if is_next else 0
        self.layout().setContentsMargins(14 - inset, 10 - inset, 14 - inset, 10 - inset)
        self.setAccessibleName(f"{step.title}: " + ("done" if step.done else "to do"))


class GettingStartedPage(Page):
    """The checklist of the first steps; each step's button asks for its screen.

    `open_screen(key)` carries one of SCREENS ("settings", "import_people", "add_person",
    "programmes", "suggestions", "partnerships", "dashboard"); the main window opens it. The page
    reads the database afresh whenever it is shown, since every other screen changes what it
    shows.
    """

    open_screen = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gettingStartedPage")
        self.db = db
        self.checklist: Checklist = getting_started(db)

        content = QWidget()
        content.setObjectName("gettingStartedContent")
        content.setMaximumWidth(CONTENT_WIDTH)
        column = QVBoxLayout(content)
        column.setContentsMargins(24, 18, 24, 20)
        column.setSpacing(10)
        column.addLayout(self._header())
        column.addWidget(self._all_done_card())
        self.cards: dict[str, StepCard] = {}
        for number, step in enumerate(self.checklist.steps, 1):
            card = StepCard(number, step, self.open_screen.emit)
            self.cards[step.key] = card
            column.addWidget(card)
        column.addStretch()

        # Centred, with room to scroll when the window is short.
        holder = QWidget()
        centre = QHBoxLayout(holder)
        centre.setContentsMargins(0, 0, 0, 0)
        centre.addStretch()
        centre.addWidget(content, 100)
        centre.addStretch()
        scroll = QScrollArea()
        scroll.setObjectName("gettingStartedScroll")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._show(self.checklist)

    def _header(self) -> QVBoxLayout:
        title = QLabel("Getting started")
        title.setObjectName("gettingStartedTitle")
        title.setFont(_bold_font(self, 1.6))
        self.progress = QProgressBar()
        self.progress.setObjectName("gettingStartedProgress")
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(160)
        self.progress.setMaximumHeight(self.fontMetrics().height() // 2 + 4)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("gettingStartedProgressLabel")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch()
        top.addWidget(self.progress_label)
        top.addWidget(self.progress)
        self.intro = QLabel(INTRO)
        self.intro.setObjectName("gettingStartedIntro")
        self.intro.setWordWrap(True)
        header = QVBoxLayout()
        header.setSpacing(6)
        header.addLayout(top)
        header.addWidget(self.intro)
        header.addSpacing(4)
        return header

    def _all_done_card(self) -> QFrame:
        card = QFrame()
        card.setObjectName("allDoneCard")
        card.setStyleSheet(NEXT_CARD_STYLE.format(name="allDoneCard"))
        title = QLabel(ALL_DONE_TITLE)
        title.setFont(_bold_font(self, 1.15))
        title.setWordWrap(True)
        text = QLabel(ALL_DONE_TEXT)
        text.setWordWrap(True)
        button = QPushButton("Open the Dashboard")
        button.setObjectName("openDashboardButton")
        self.all_done_button = button
        button.clicked.connect(lambda: self.open_screen.emit(DASHBOARD))
        badge = StepBadge(0)
        badge.set_state(True, False)
        badge.setAccessibleName("All done")
        words = QVBoxLayout()
        words.setSpacing(4)
        words.addWidget(title)
        words.addWidget(text)
        layout = QHBoxLayout(card)
        layout.setContentsMargins(13, 9, 13, 9)  # as a step card's, inside a 2-pixel border
        layout.setSpacing(14)
        layout.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(words, 1)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.all_done = card
        return card

    def reload(self) -> None:
        """Read the steps afresh (a few counts in one short read)."""
        self.checklist = getting_started(self.db)
        self._show(self.checklist)

    def showEvent(self, event) -> None:
        # Any screen may have done a step meanwhile: the page is always read afresh when shown.
        if not event.spontaneous():
            self.reload()
        super().showEvent(event)  # the first time, the buttons get their icons
        self._show_buttons()

    def _show_buttons(self) -> None:
        """The next step's main button stands out, its icon drawn to match; buttons of one
        width, enough for the widest with its icon, line up down the right like a column."""
        following = self.checklist.next_step
        for card in self.cards.values():
            for number, button in enumerate(card.buttons):
                stands_out(button, following is not None and card.key == following.key
                           and number == 0)  # fmt: skip
        stands_out(self.all_done_button, True)
        buttons = [button for card in self.cards.values() for button in card.buttons]
        widest = max(button.sizeHint().width() for button in buttons)
        for button in buttons:
            button.setMinimumWidth(widest + 2 * button.fontMetrics().averageCharWidth())

    def _show(self, checklist: Checklist) -> None:
        following = checklist.next_step
        for step in checklist.steps:
            self.cards[step.key].show_step(step, step is following)
        total = len(checklist.steps)
        self.progress.setRange(0, total)
        self.progress.setValue(checklist.done)
        self.progress_label.setText(f"{checklist.done} of {total} done")
        self.all_done.setVisible(checklist.complete)
        self.intro.setVisible(not checklist.complete)
        self._show_buttons()

    def step_done(self, key: str) -> bool:
        """Whether the step shows as done (its badge ticked)."""
        return self.cards[key].badge.done
