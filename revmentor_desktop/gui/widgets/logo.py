"""Choosing the organisation's logo in a dialog: an image file, an SVG drawn as a PNG, a preview."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTemporaryDir
from PySide6.QtGui import QImage, QPainter, QPixmap

from revmentor_desktop.core.services.organisation import check_logo, logo_is_svg
from revmentor_desktop.core.text import isolate
from revmentor_desktop.gui.dialogs.common import LOGOS, ask_open_path, show_error

LOGO_FILTER = "Images (*.png *.jpg *.jpeg *.svg);;All files (*)"
SVG_LOGO_PIXELS = 1200  # an SVG logo's longest side when drawn as a picture for documents


class ChoosesLogo:
    """For a dialog whose form has chooseLogoButton, removeLogoButton, logoPreview, logoInfo and
    logoError: the logo chosen so far is `self._logo` (a file path, or None)."""

    PREVIEW_SIZE = 64
    NO_LOGO = "No logo. Agreements and reports then show the name only."

    def _set_up_logo(self, logo: str | None) -> None:
        self._logo = logo
        self._drawings: QTemporaryDir | None = None  # SVG logos drawn as PNGs, until saved
        self.ui.chooseLogoButton.clicked.connect(self.choose_logo)
        self.ui.removeLogoButton.clicked.connect(self.remove_logo)
        self._show_logo()

    def choose_logo(self) -> None:
        # Not the stored logo's folder: that is the data folder, where the copy is kept.
        path = ask_open_path(self, "Choose a logo", LOGO_FILTER, LOGOS)
        if path is None:
            return
        name = str(path)
        problem = check_logo(name)
        if not problem and logo_is_svg(name):
            name, problem = self._drawn_logo(name)
        if problem:
            show_error(self.ui.logoError, problem)
            return
        self._logo = name
        show_error(self.ui.logoError, None)
        self._show_logo()

    def _drawn_logo(self, name: str) -> tuple[str, str | None]:
        """An SVG logo drawn as a PNG, since agreements and reports take PNG or JPEG only."""
        from PySide6.QtSvg import QSvgRenderer  # only for an SVG logo

        renderer = QSvgRenderer(name)
        size = renderer.defaultSize()
        if not renderer.isValid() or size.isEmpty():
            return name, (
                f"{isolate(Path(name).name)} is an SVG that cannot be drawn; choose a PNG instead."
            )
        size.scale(SVG_LOGO_PIXELS, SVG_LOGO_PIXELS, Qt.AspectRatioMode.KeepAspectRatio)
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        if self._drawings is None:
            self._drawings = QTemporaryDir()
        drawn = Path(self._drawings.path()) / f"{Path(name).stem}.png"
        if not self._drawings.isValid() or not image.save(str(drawn), "PNG"):
            return name, (
                f"Could not draw {isolate(Path(name).name)} as a picture for the documents."
            )
        return str(drawn), None

    def remove_logo(self) -> None:
        self._logo = None
        show_error(self.ui.logoError, None)
        self._show_logo()

    def _show_logo(self) -> None:
        ui = self.ui
        ui.removeLogoButton.setEnabled(self._logo is not None)
        if self._logo is None:
            ui.logoPreview.clear()
            ui.logoInfo.setText(self.NO_LOGO)
            return
        pixmap = QPixmap(self._logo)
        if pixmap.isNull():
            ui.logoPreview.setText("No preview")
        else:
            side = self.PREVIEW_SIZE
            ui.logoPreview.setPixmap(
                pixmap.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                              Qt.TransformationMode.SmoothTransformation)
            )  # fmt: skip
        ui.logoInfo.setText(Path(self._logo).name)
        ui.logoInfo.setToolTip(self._logo)
