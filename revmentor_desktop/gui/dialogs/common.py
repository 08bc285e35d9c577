"""How views open dialogs, ask questions, show problems next to a field and list programmes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QLabel, QMessageBox, QWidget

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.services.people.directory import filter_options
from revmentor_desktop.gui.style import ERROR_STYLE


def show_error(label: QLabel, message: str | None) -> None:
    """An inline message under the field it is about; hidden while there is nothing to say."""
    label.setStyleSheet(ERROR_STYLE)
    label.setText(message or "")
    label.setVisible(bool(message))


def refill_programmes(combo: QComboBox, db: Database) -> None:
    """The programmes afresh, keeping the one chosen (or the first), without a change signal."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for programme_id, name in filter_options(db).programmes:
        combo.addItem(name, programme_id)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.setEnabled(combo.count() > 0)
    combo.blockSignals(False)


def ask_save_path(parent: QWidget, title: str, suggested: Path, file_filter: str) -> Path | None:
    """Where to save a file; the suggested name's extension is added when the user left it off."""
    name, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() == suggested.suffix.lower():
        return path
    return path.with_name(path.name + suggested.suffix)


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
