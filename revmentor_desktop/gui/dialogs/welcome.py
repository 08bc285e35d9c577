"""The first start's welcome (explore the demo, or set up the organisation) and the set-up of a
new database."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QIcon, QKeyEvent
from PySide6.QtWidgets import QDialog, QSizePolicy, QWidget

from revmentor_desktop.core.errors import RevMentorError, ValidationError
from revmentor_desktop.core.services.imports.dates import DMY, ORDER_LABELS
from revmentor_desktop.core.services.organisation import (
    LADDER_TEMPLATES,
    LadderLevel,
    OrganisationSettings,
    validate_new_organisation,
)
from revmentor_desktop.core.text import count, isolate
from revmentor_desktop.gui.dialogs.common import show_error
from revmentor_desktop.gui.dialogs.organisation import computer_date_order
from revmentor_desktop.gui.forms.ui_welcome_dialog import Ui_WelcomeDialog
from revmentor_desktop.gui.icons import apply_button_icons
from revmentor_desktop.gui.widgets.logo import ChoosesLogo
from revmentor_desktop.paths import resource

ICON_SIZE = 56
FIRST_TEMPLATE = "Corporate"


class WelcomeDialog(ChoosesLogo, QDialog):
    """Two ways in: *Explore the demo* or *Set up your organisation*; with `open_demo` None it
    is the set-up alone, for File → New database….

    The caller does the work: `open_demo()` opens the demo database and `create(settings)`
    creates `database` with the organisation's settings and opens it. Either raises
    RevMentorError (ValidationError by field) when it cannot; the dialog shows the problem and
    stays open. It is accepted once one of them succeeded.
    """

    PREVIEW_SIZE = 48  # a smaller preview: the set-up form is compact
    NO_LOGO = "None: agreements and reports then show the name only."

    def __init__(
        self,
        database: Path,
        create: Callable[[OrganisationSettings], None],
        open_demo: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._create = create
        self._open_demo = open_demo
        self.ui = Ui_WelcomeDialog()
        self.ui.setupUi(self)
        ui = self.ui

        ui.welcomeIcon.setPixmap(
            QIcon(str(resource("icons", "revmentor.svg"))).pixmap(ICON_SIZE, ICON_SIZE)
        )
        ui.demoButton.clicked.connect(self.explore_demo)
        ui.setUpButton.clicked.connect(self.show_set_up)
        ui.backButton.clicked.connect(self.show_choice)
        ui.createButton.clicked.connect(self.create)
        ui.closeButton.clicked.connect(self.reject)

        ui.nameEdit.textChanged.connect(lambda _t: show_error(self.ui.nameError, None))
        for name, levels in LADDER_TEMPLATES.items():
            ui.templateCombo.addItem(f"{name} ({count(len(levels), 'level')})", name)
        ui.templateCombo.addItem("Your own levels", None)
        ui.templateCombo.currentIndexChanged.connect(self._template_chosen)
        ui.levelsEdit.textChanged.connect(self._levels_edited)
        ui.templateCombo.setCurrentIndex(ui.templateCombo.findData(FIRST_TEMPLATE))
        self._template_chosen()
        for order, label in ORDER_LABELS.items():
            ui.dateOrderCombo.addItem(label, order)
        order = computer_date_order() or DMY
        ui.dateOrderCombo.setCurrentIndex(ui.dateOrderCombo.findData(order))
        self._set_up_logo(None)
        ui.databaseInfo.setText(f"Saved in {isolate(database)}")
        ui.databaseInfo.setToolTip(str(database))
        for label in (ui.choiceError, ui.nameError, ui.levelsError, ui.logoError, ui.setUpError):
            show_error(label, None)

        if open_demo is None:
            self.setWindowTitle("New database")
            ui.setUpTitle.setText("<h2>Set up the new database</h2>")
            ui.closeButton.setText("Cancel")
            self.show_set_up()
        else:
            self.show_choice()
        apply_button_icons(self)

    # --- the two pages ------------------------------------------------------------------
    def show_choice(self) -> None:
        ui = self.ui
        self._show_page(ui.choicePage)
        ui.backButton.hide()
        ui.createButton.hide()
        ui.demoButton.setFocus()

    def show_set_up(self) -> None:
        ui = self.ui
        self._show_page(ui.setUpPage)
        ui.backButton.setVisible(self._open_demo is not None)
        ui.createButton.show()
        ui.createButton.setDefault(True)
        ui.nameEdit.setFocus()

    def _show_page(self, page: QWidget) -> None:
        """Show a page at its own height: the short choice needs no room for the long form."""
        stack = self.ui.stack
        for other in (self.ui.choicePage, self.ui.setUpPage):  # the hidden page takes no room
            policy = QSizePolicy.Policy.Preferred if other is page else QSizePolicy.Policy.Ignored
            other.setSizePolicy(policy, policy)
        stack.setCurrentWidget(page)
        self.layout().activate()
        # The stack would take its tallest page's height; wrapped labels need it at this width.
        around = self.height() - stack.height()
        needed = page.heightForWidth(stack.width())
        height = around + (needed if needed > 0 else page.sizeHint().height())
        self.resize(self.width(), max(height, self.minimumSizeHint().height()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Escape on the set-up page of the welcome goes back to the choice, not out of the app.
        on_set_up = self.ui.stack.currentWidget() is self.ui.setUpPage
        if event.key() == Qt.Key.Key_Escape and on_set_up and self._open_demo is not None:
            self.show_choice()
            return
        super().keyPressEvent(event)

    def explore_demo(self) -> None:
        if self._open_demo is None:
            return
        show_error(self.ui.choiceError, None)
        try:
            with _busy():
                self._open_demo()
        except RevMentorError as exc:
            show_error(self.ui.choiceError, str(exc))
            return
        self.accept()

    # --- the ladder ---------------------------------------------------------------------

    def _template_chosen(self) -> None:
        name = self.ui.templateCombo.currentData()
        if name is None:  # "Your own levels": keep what is there, to be typed over
            self.ui.levelsEdit.setFocus()
            return
        self.ui.levelsEdit.blockSignals(True)
        self.ui.levelsEdit.setPlainText("\n".join(LADDER_TEMPLATES[name]))
        self.ui.levelsEdit.blockSignals(False)
        show_error(self.ui.levelsError, None)

    def _levels_edited(self) -> None:
        """A template changed by hand is the organisation's own ladder now."""
        show_error(self.ui.levelsError, None)
        combo = self.ui.templateCombo
        name = combo.currentData()
        if name is not None and self.levels() != list(LADDER_TEMPLATES[name]):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(None))
            combo.blockSignals(False)

    def levels(self) -> list[str]:
        """The ladder as typed, most junior first; blank lines are left out."""
        lines = self.ui.levelsEdit.toPlainText().splitlines()
        return [line.strip() for line in lines if line.strip()]

    # --- the logo -----------------------------------------------------------------------

    # --- creating -----------------------------------------------------------------------

    def settings(self) -> OrganisationSettings:
        """The organisation as the form shows it now."""
        ui = self.ui
        return OrganisationSettings(
            name=ui.nameEdit.text(),
            logo_path=self._logo,
            levels=[LadderLevel(label) for label in self.levels()],
            date_order=ui.dateOrderCombo.currentData(),
        )

    def create(self) -> bool:
        """Check the form (each problem beside its field), then have the database made."""
        settings = self.settings()
        show_error(self.ui.setUpError, None)
        # Checked before any file is made, so a typo never leaves a half-set-up database.
        errors = validate_new_organisation(settings)
        try:
            if errors:
                raise ValidationError(errors)
            with _busy():
                self._create(settings)
        except ValidationError as exc:
            self._show_errors(exc.errors)
            return False
        except RevMentorError as exc:
            show_error(self.ui.setUpError, str(exc))
            return False
        self.accept()
        return True

    def _show_errors(self, errors: dict[str, str]) -> None:
        ui = self.ui
        show_error(ui.nameError, errors.get("name"))
        show_error(ui.levelsError, errors.get("levels"))
        show_error(ui.logoError, errors.get("logo"))
        # Fields this form does not show (none expected): said once, below the form.
        rest = [text for key, text in errors.items() if key not in ("name", "levels", "logo")]
        show_error(ui.setUpError, " ".join(rest) or None)
        for field, widget in (("name", ui.nameEdit), ("levels", ui.levelsEdit)):
            if field in errors:
                widget.setFocus()
                break


class _busy:
    """A wait cursor while a database is made or opened (a second or so)."""

    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()
