"""GUI test set-up: a modal dialog that a test did not expect fails the test instead of hanging."""

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox


def _unexpected(name):
    def fail(*args, **kwargs):
        raise AssertionError(f"unexpected modal dialog: {name}{args[1:3]}")

    return fail


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch):
    monkeypatch.setattr(QDialog, "exec", _unexpected("QDialog.exec"))
    monkeypatch.setattr(QMessageBox, "exec", _unexpected("QMessageBox.exec"))
    for name in ("critical", "warning", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(_unexpected(f"QMessageBox.{name}")))
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(_unexpected(f"QFileDialog.{name}")))
