"""F1 help: the section of the user guide each screen and dialog opens at, and the shortcut."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QStackedWidget, QWidget

if TYPE_CHECKING:
    from revmentor_desktop.gui.help_window import HelpWindow

HELP_KEY = QKeySequence.StandardKey.HelpContents  # F1; Ctrl+? on macOS
# A widget may name its own section with this dynamic property, e.g. one form used for two
# things; it wins over the table below.
SECTION_PROPERTY = "helpSection"

# Object name of a page or dialog -> the anchor of its section in resources/help/user-guide.md.
# F1 walks up from the widget with the focus to the first name listed here; a dialog's message
# boxes and a wizard's pages thereby open at their dialog's or wizard's section.
SECTIONS = {
    "welcomeDialog": "the-first-start-the-demo-or-your-organisation",
    "gettingStartedPage": "getting-started",
    "peopleView": "the-people-view",
    "personDialog": "adding-and-editing-people",
    "importDialog": "importing-people-from-the-hr-spreadsheet",
    "programmesView": "programmes",
    "programmeDialog": "programmes",
    "enrolDialog": "programmes",
    "suggestionsView": "pair-suggestions",
    "partnershipWizard": "setting-up-a-partnership-the-five-step-wizard",
    "partnershipsView": "partnerships",
    "endPartnershipDialog": "partnerships",
    "checkInDialog": "check-ins",
    "checkInHistoryDialog": "check-ins",
    "dashboardView": "dashboard",
    "brainstormDialog": "dashboard",
    "reportDialog": "agreements-and-reports",
    "settingsDialog": "organisation-settings",
    "backupsDialog": "backups",
    "locationWarning": "keeping-data-safe",
    "privacyDialog": "personal-data-export-erasure-retention",
    "eraseDialog": "personal-data-export-erasure-retention",
    "closureDialog": "self-assessments-and-the-closing-conversation",
    "startingAssessmentDialog": "self-assessments-and-the-closing-conversation",
    "messagesDialog": "messages-for-the-pairs",
    "evaluationTab": "programme-evaluation-did-it-work-both-ways",
    "moveToServerDialog": "moving-to-a-server-and-back",
    "connectToServerDialog": "moving-to-a-server-and-back",
}


def _own_section(widget: QWidget) -> str | None:
    return widget.property(SECTION_PROPERTY) or SECTIONS.get(widget.objectName())


def section_for(widget: QWidget | None) -> str | None:
    """The guide's section for a widget: its own or its nearest parent's; in a main window
    without one, that of the page it shows (its stacked widget "pages"). None: the top."""
    top = None
    while widget is not None:
        section = _own_section(widget)
        if section:
            return section
        top, widget = widget, widget.parentWidget()
    pages = top.findChild(QStackedWidget, "pages") if top is not None else None
    if pages is not None and pages.currentWidget() is not None:
        return _own_section(pages.currentWidget())
    return None


def _context() -> QWidget | None:
    """Where the user is: the widget with the focus, else the active (modal) window."""
    return (
        QApplication.focusWidget()
        or QApplication.activeModalWidget()
        or QApplication.activeWindow()
    )


class HelpController(QObject):
    """Owns the help window and opens it at the right section on F1, in any window.

    An event filter on the application rather than a shortcut: a shortcut of the main window
    is dead while a modal dialog is open, and F1 is wanted most in dialogs.
    """

    def __init__(self, main_window: QMainWindow) -> None:
        super().__init__(main_window)
        self.setObjectName("helpController")
        self.main_window = main_window
        self.window: HelpWindow | None = None
        QApplication.instance().installEventFilter(self)

    def help_window(self) -> HelpWindow:
        if self.window is None:
            from revmentor_desktop.gui.help_window import HelpWindow

            # No parent: the window stays usable beside a dialog that blocks the main window.
            self.window = HelpWindow()
            self.main_window.destroyed.connect(self.window.deleteLater)
        return self.window

    def show_help(self, section: str | None = None) -> HelpWindow:
        """Show the help window at a section (None: the top of the guide)."""
        window = self.help_window()
        # Beside a dialog that blocks every window, the help must be modal too to be usable.
        modal = QApplication.activeModalWidget()
        blocking = modal is not None and modal is not window and (
            modal.windowModality() == Qt.WindowModality.ApplicationModal
        )  # fmt: skip
        wanted = Qt.WindowModality.ApplicationModal if blocking else Qt.WindowModality.NonModal
        if window.windowModality() != wanted:
            window.hide()  # modality changes only while hidden
            window.setWindowModality(wanted)
        window.show()  # first, so the pictures are fitted before the section is found
        window.raise_()
        window.activateWindow()
        window.open_at(section)
        return window

    def show_help_for(self, widget: QWidget | None) -> None:
        """F1: the section of the screen or dialog in use; inside the help window, nothing."""
        if self.window is not None and widget is not None and widget.window() is self.window:
            return
        self.show_help(section_for(widget))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and event.matches(HELP_KEY):
            # Accepting the override keeps any F1 shortcut from firing: the key press follows.
            if kind == QEvent.Type.KeyPress:
                # A key from the system reaches the window first, then its focus widget.
                self.show_help_for(watched if isinstance(watched, QWidget) else _context())
            event.accept()
            return True
        if kind == QEvent.Type.Close and watched is self.main_window and self.window is not None:
            self.window.close()
        return False


def install_help(main_window: QMainWindow) -> HelpController:
    """Help → User guide (F1) at the top of the window's Help menu, and F1 everywhere.

    Installed once per window: a second call returns the first one's controller.
    """
    installed = main_window.findChild(HelpController, "helpController")
    if installed is not None:
        return installed
    controller = HelpController(main_window)
    action = QAction("&User guide", main_window)
    action.setObjectName("actionUserGuide")
    action.setShortcut(QKeySequence(HELP_KEY))
    action.setStatusTip("Open the user guide at the section about this screen")
    action.triggered.connect(
        lambda: controller.show_help_for(main_window.focusWidget() or main_window)
    )
    menu = main_window.findChild(QMenu, "menuHelp")
    first = menu.actions()[0] if menu.actions() else None
    menu.insertAction(first, action)
    if first is not None:
        menu.insertSeparator(first)
    return controller


def open_help(widget: QWidget | None) -> None:
    """Open the help at a widget's section, e.g. from a dialog's Help button."""
    for top in QApplication.topLevelWidgets():
        controller = top.findChild(HelpController, "helpController")
        if controller is not None:
            controller.show_help_for(widget)
            return
