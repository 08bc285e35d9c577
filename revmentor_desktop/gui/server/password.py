"""Asking for a server's password, kept in memory for this run only (never saved)."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from revmentor_desktop.core.db.credentials import remember_password, where


def ask_password(parent: QWidget, url: str, *, refused: bool = False) -> bool:
    """Ask for the password of `url`'s server and user and remember it for this run; False
    when the user cancels. `refused`: the server turned down the one given before."""
    said = "turned down that password" if refused else "asks for a password"
    password, ok = QInputDialog.getText(
        parent,
        "Database server password",
        f"The database server {said}.\nPassword for {where(url)}:\n"
        "(kept until RevMentor closes, never saved)",
        QLineEdit.EchoMode.Password,
    )
    if not ok:
        return False
    remember_password(url, password)
    return True
