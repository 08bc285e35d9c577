"""Python forms compiled from the Designer files in ui/ (regenerate: python -m revmentor_desktop.gui.forms)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

FORMS_DIR = Path(__file__).resolve().parent
UI_DIR = FORMS_DIR.parents[2] / "ui"  # only in a source checkout


def _uic() -> str:
    beside = Path(sys.executable).with_name("pyside6-uic")
    found = str(beside) if beside.exists() else shutil.which("pyside6-uic")
    if not found:
        raise RuntimeError("pyside6-uic not found: install PySide6 in this environment")
    return found


def compile_form(ui_file: Path) -> str:
    """The Python source pyside6-uic makes of one .ui file."""
    result = subprocess.run(
        [_uic(), "--from-imports", str(ui_file)], check=True, capture_output=True, text=True
    )
    return result.stdout


def form_module(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def compile_all() -> list[Path]:
    written = []
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        target = form_module(ui_file)
        target.write_text(compile_form(ui_file), encoding="utf-8")
        written.append(target)
    return written
