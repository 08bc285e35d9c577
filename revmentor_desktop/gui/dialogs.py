"""How views open dialogs and ask questions, in one place that tests can replace."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox


class DialogHost:
    """Mixed into a view: `_run_dialog` and `_confirm` are what its tests monkeypatch."""

    def _run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog modally; True when accepted."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _confirm(self, title: str, question: str) -> bool:
        """Ask a yes/cancel question; Cancel is the default, so Enter never destroys anything."""
        answer = QMessageBox.question(
            self,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes
