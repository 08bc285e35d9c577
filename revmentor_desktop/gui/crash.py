"""The crash dialog for real bugs: a copyable report, the log folder, and a log record."""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from revmentor_desktop import __version__
from revmentor_desktop.gui.forms.ui_crash_dialog import Ui_CrashDialog
from revmentor_desktop.gui.icons import apply_button_icons
from revmentor_desktop.paths import log_dir

log = logging.getLogger(__name__)


def crash_report(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    lines = [
        f"RevMentor {__version__}",
        f"Python {platform.python_version()}, PySide6 {pyside_version}, {platform.platform()}",
        "",
        *traceback.format_exception(exc_type, exc, tb),
    ]
    return "\n".join(line.rstrip("\n") for line in lines)


class CrashDialog(QDialog):
    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CrashDialog()
        self.ui.setupUi(self)
        self.ui.reportText.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.ui.reportText.setPlainText(report)
        self.ui.copyButton.clicked.connect(self.copy_report)
        self.ui.openLogsButton.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir())))
        )
        apply_button_icons(self)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.ui.reportText.toPlainText())
        self.ui.copyButton.setText("Copied")


def show_crash(exc_type, exc, tb) -> None:
    """sys.excepthook for the GUI: log the bug, then show it instead of dying silently."""
    report = crash_report(exc_type, exc, tb)
    log.error("Unexpected error\n%s", report)
    if QApplication.instance() is None or issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    CrashDialog(report, QApplication.activeWindow()).exec()


def install_crash_dialog() -> None:
    sys.excepthook = show_crash
