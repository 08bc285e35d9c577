"""Where window sizes and layouts are kept, the databases opened lately, and a dialog mix-in
that reopens at its last size."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtWidgets import QWidget

from revmentor_desktop.paths import data_dir


def window_settings() -> QSettings:
    """Window sizes and layout, kept beside the database rather than in a system registry."""
    return QSettings(str(data_dir() / "window.ini"), QSettings.Format.IniFormat)


RECENT_KEY = "databases/recent"
SERVER_KEY = "databases/server"  # the server database opened last (its URL holds no password)
SERVER_LAST_KEY = "databases/serverLast"  # whether that server, not a file, was opened last
MAX_RECENT = 8


def recent_databases() -> list[Path]:
    """The database files opened lately, the last one first (some may have gone since)."""
    stored = window_settings().value(RECENT_KEY, [])
    # An INI file gives back a one-item list as a plain string.
    names = [stored] if isinstance(stored, str) else list(stored or [])
    return [Path(name) for name in names if isinstance(name, str) and name]


def remember_database(path: Path) -> None:
    """Put a database file at the top of the recent list; the oldest beyond MAX_RECENT go."""
    path = Path(path).resolve()
    kept = [old for old in recent_databases() if not _same_file(old, path)]
    _store_recent([path, *kept][:MAX_RECENT])
    window_settings().setValue(SERVER_LAST_KEY, False)


def remember_server(url: str) -> None:
    """Keep the server database's URL, to open again at the next start."""
    settings = window_settings()
    settings.setValue(SERVER_KEY, url)
    settings.setValue(SERVER_LAST_KEY, True)
    settings.sync()


def last_server() -> tuple[str | None, bool]:
    """(the server database opened last, whether it was opened after any file)."""
    settings = window_settings()
    url = settings.value(SERVER_KEY)
    last = settings.value(SERVER_LAST_KEY) in (True, "true")
    return (url, last) if isinstance(url, str) and url else (None, False)


def forget_database(path: Path) -> None:
    _store_recent([old for old in recent_databases() if not _same_file(old, Path(path))])


def clear_recent_databases() -> None:
    _store_recent([])


def _store_recent(paths: list[Path]) -> None:
    settings = window_settings()
    settings.setValue(RECENT_KEY, [str(path) for path in paths])
    settings.sync()


def _same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file (letter case counts only where the system says so)."""
    return os.path.normcase(str(Path(a).resolve())) == os.path.normcase(str(Path(b).resolve()))


def available_geometry(widget: QWidget) -> QRect:
    """The room on the screen the widget opens on, less task bars and docks (an empty rectangle,
    so no limit, when the widget has no screen)."""
    screen = widget.screen()
    if screen is None:
        return QRect()
    return screen.availableGeometry()


def fit_to_screen(widget: QWidget) -> None:
    """Shrink and move a window so that all of it, title bar and buttons, lies on its screen's
    available room: a size remembered on a bigger screen or at a smaller scaling may not fit."""
    room = available_geometry(widget)
    if room.isEmpty():
        return
    # The frame (title bar, borders) is only known once shown; allow for a typical one before.
    frame = widget.frameGeometry()
    extra_w = max(frame.width() - widget.width(), 0)
    extra_h = max(frame.height() - widget.height(), 0) or 32
    width = min(widget.width(), room.width() - extra_w)
    height = min(widget.height(), room.height() - extra_h)
    if (width, height) != (widget.width(), widget.height()):
        widget.resize(max(width, 1), max(height, 1))
    x = min(max(widget.x(), room.left()), room.right() + 1 - width - extra_w)
    y = min(max(widget.y(), room.top()), room.bottom() + 1 - height - extra_h)
    if (
        widget.isWindow()
        and (x, y) != (widget.x(), widget.y())
        and widget.testAttribute(Qt.WidgetAttribute.WA_Moved)
    ):
        widget.move(x, y)


class RemembersSize:
    """Mixed into a dialog (before QDialog): it reopens at the size the user left it.

    The dialog names its `GEOMETRY_KEY` and calls `_restore_geometry()` once it is built (after
    any default size, which is then kept to the screen too).
    """

    GEOMETRY_KEY = ""

    def _restore_geometry(self) -> None:
        geometry = window_settings().value(self.GEOMETRY_KEY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        fit_to_screen(self)

    def done(self, result: int) -> None:
        settings = window_settings()
        settings.setValue(self.GEOMETRY_KEY, self.saveGeometry())
        settings.sync()
        super().done(result)
