"""Recompile every ui/*.ui file into its ui_*.py form."""

from revmentor_desktop.gui.forms import compile_all

for path in compile_all():
    print(f"wrote {path.name}")
