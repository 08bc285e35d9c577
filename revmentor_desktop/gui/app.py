"""Starting the window: the display check, the QApplication, the crash dialog."""

from __future__ import annotations

import os
import sys

from revmentor_desktop.core.errors import RevMentorError


def check_display() -> None:
    """Refuse early, in one line, where no window can be shown (e.g. over SSH on Linux)."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        raise RevMentorError(
            "no display found (DISPLAY is not set): the window needs a desktop session; "
            "the command line works without one (revmentor --help)"
        )


def run(db_url: str, *, demo_if_new: bool) -> int:
    check_display()
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QMessageBox

    from revmentor_desktop.gui import create_main_window
    from revmentor_desktop.gui.crash import install_crash_dialog
    from revmentor_desktop.paths import resource

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("RevMentor")
    app.setApplicationDisplayName("RevMentor")
    app.setDesktopFileName("revmentor")
    app.setWindowIcon(QIcon(str(resource("icons", "revmentor.svg"))))
    install_crash_dialog()
    try:
        window = create_main_window(db_url, demo_if_new=demo_if_new)
    except RevMentorError as exc:
        QMessageBox.critical(None, "RevMentor", str(exc))
        return 1
    window.show()
    return app.exec()
