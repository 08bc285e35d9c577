"""Where window sizes and layouts are kept, and a dialog mix-in that reopens at its last size."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from revmentor_desktop.paths import data_dir


def window_settings() -> QSettings:
    """Window sizes and layout, kept beside the database rather than in a system registry."""
    return QSettings(str(data_dir() / "window.ini"), QSettings.Format.IniFormat)


class RemembersSize:
    """Mixed into a dialog (before QDialog): it reopens at the size the user left it.

    The dialog names its `GEOMETRY_KEY` and calls `_restore_geometry()` once it is built.
    """

    GEOMETRY_KEY = ""

    def _restore_geometry(self) -> None:
        geometry = window_settings().value(self.GEOMETRY_KEY)
        if geometry is not None:
            self.restoreGeometry(geometry)

    def done(self, result: int) -> None:
        settings = window_settings()
        settings.setValue(self.GEOMETRY_KEY, self.saveGeometry())
        settings.sync()
        super().done(result)
