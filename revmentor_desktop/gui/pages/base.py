"""What every page of the main window offers it: news, reloading, its layout and its context."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from revmentor_desktop.gui.icons import apply_button_icons


class Page(QWidget):
    """One page of the main window, shown by its navigation action and built when first shown.

    `message` carries news for the status bar; the main window connects it for every page.
    """

    message = Signal(str)
    _icons_applied = False

    def showEvent(self, event: QShowEvent) -> None:
        # Shown the first time, the page is fully built: its buttons and actions get their icons.
        if not self._icons_applied:
            self._icons_applied = True
            apply_button_icons(self)
        super().showEvent(event)

    def reload(self) -> None:
        """Read what the page shows afresh from the database (after a change made elsewhere)."""
        raise NotImplementedError

    def save_state(self, settings: QSettings) -> None:
        """Keep the page's layout (splitters, columns, folders) when the window closes."""

    def restore_state(self, settings: QSettings) -> None:
        """Put back the layout `save_state` kept, once the page is built."""

    def report_context(self) -> tuple[int | None, int | None]:
        """(programme id, partnership id) File → Reports opens on; None where the page has none."""
        return None, None
