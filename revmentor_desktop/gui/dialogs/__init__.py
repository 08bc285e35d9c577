"""Dialogs, one module each, and the helpers every dialog and page shares."""
