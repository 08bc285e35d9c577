"""Render the app icon's PNG sizes and the Windows .ico from its two SVG drawings.

Run from the repository root after changing resources/icons/revmentor.svg or revmentor-small.svg,
and commit what it writes:

    .venv/bin/python installer/make_icons.py

It writes resources/icons/revmentor-<size>.png (16 to 256 px: the window's icon, the desktop
entry's icon in the hicolor theme) and installer/revmentor.ico (the Windows executable and
installer). The 16 and 24 px sizes come from the small drawing, the rest from the full one.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
ICO = ROOT / "installer" / "revmentor.ico"
SIZES = (16, 24, 32, 48, 64, 128, 256)
SMALL_UP_TO = 24  # px: below this the full drawing's arrows blur into the figures


def source_for(size: int) -> Path:
    return ICONS / ("revmentor-small.svg" if size <= SMALL_UP_TO else "revmentor.svg")


def png_path(size: int) -> Path:
    return ICONS / f"revmentor-{size}.png"


def render_pngs() -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    written = []
    for size in SIZES:
        renderer = QSvgRenderer(str(source_for(size)))
        if not renderer.isValid():
            raise SystemExit(f"make_icons: cannot read {source_for(size)}")
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        if not image.save(str(png_path(size))):
            raise SystemExit(f"make_icons: cannot write {png_path(size)}")
        written.append(png_path(size))
    return written


def write_ico() -> Path:
    """Every size in one .ico, each from its own PNG (Pillow would otherwise scale the largest
    down, losing the small drawing)."""
    from PIL import Image

    images = [Image.open(png_path(size)).convert("RGBA") for size in SIZES]
    largest = images[-1]
    largest.save(ICO, format="ICO", sizes=[(s, s) for s in SIZES], append_images=images[:-1])
    return ICO


def main() -> None:
    for path in [*render_pngs(), write_ico()]:
        print(path.relative_to(ROOT))


if __name__ == "__main__":
    main()
