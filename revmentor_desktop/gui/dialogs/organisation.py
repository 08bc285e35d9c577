"""The organisation settings dialog: name, the coordinator's email, logo, ladder, skill category
labels, date order and how long personal data is kept after people leave."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QDialog,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.models import SkillCategory
from revmentor_desktop.core.errors import ChangedElsewhereError, RevMentorError, ValidationError
from revmentor_desktop.core.services.coordinator import (
    coordinator_email,
    email_problem,
    save_coordinator_email,
)
from revmentor_desktop.core.services.imports.dates import (
    DMY,
    ORDER_LABELS,
    date_order_of_format,
)
from revmentor_desktop.core.services.organisation import (
    LadderLevel,
    OrganisationSettings,
    load_organisation_settings,
    removal_refusal,
    save_organisation_settings,
    validate_settings,
)
from revmentor_desktop.core.text import count
from revmentor_desktop.core.vocabulary import DEFAULT_CATEGORY_LABELS
from revmentor_desktop.gui.dialogs.common import changed_elsewhere, show_error
from revmentor_desktop.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from revmentor_desktop.gui.icons import apply_button_icons
from revmentor_desktop.gui.widgets.logo import ChoosesLogo

LEVEL_ROLE = Qt.ItemDataRole.UserRole  # the LadderLevel behind a row (id and people count)
CATEGORY_ROLE = Qt.ItemDataRole.UserRole


def computer_date_order() -> str | None:
    """The order this computer's regional format writes short dates in ("dmy", "mdy", "ymd"),
    None when it does not say (the "C" locale). The organisation's date order defaults to it."""
    locale = QLocale()  # the system's, unless the application set another
    if locale.language() == QLocale.Language.C:
        return None
    return date_order_of_format(locale.dateFormat(QLocale.FormatType.ShortFormat))


class SettingsDialog(ChoosesLogo, QDialog):
    """Edit the organisation's settings; OK validates inline and saves everything at once.

    Signal `saved(OrganisationSettings)` is emitted after OK saved the settings (before the dialog
    closes). The caller refreshes whatever shows them — the window title (organisation name),
    level labels and order in every view, skill category labels — so changes take effect
    everywhere (each import reads the date order itself); nothing is emitted when the dialog is
    cancelled or saving is refused.
    """

    saved = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.nameEdit.textChanged.connect(lambda _t: show_error(self.ui.nameError, None))
        ui.coordinatorEmailEdit.textChanged.connect(
            lambda _t: show_error(self.ui.coordinatorEmailError, None)
        )
        self._set_up_logo(None)

        levels = ui.levelsTable
        levels.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        levels.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        levels.itemChanged.connect(lambda _item: show_error(self.ui.levelsError, None))
        levels.itemSelectionChanged.connect(self._update_ladder_buttons)
        ui.addLevelButton.clicked.connect(self.add_level)
        ui.moveUpButton.clicked.connect(lambda: self.move_level(-1))
        ui.moveDownButton.clicked.connect(lambda: self.move_level(+1))
        ui.removeLevelButton.clicked.connect(self.remove_level)

        # One column: the label each category is shown with; its built-in name is in the tooltip
        # (a second column would repeat every label until one is renamed).
        categories = ui.categoriesTable
        categories.setRowCount(len(SkillCategory))
        for row, category in enumerate(SkillCategory):
            label = QTableWidgetItem()
            label.setData(CATEGORY_ROLE, category)
            label.setToolTip(f"The built-in category “{DEFAULT_CATEGORY_LABELS[category]}”: "
                             "double-click or press F2 to rename how it is shown")  # fmt: skip
            categories.setItem(row, 0, label)
        categories.itemChanged.connect(lambda _item: show_error(self.ui.categoriesError, None))

        for order, label in ORDER_LABELS.items():
            ui.dateOrderCombo.addItem(label, order)
        ui.retentionSpin.valueChanged.connect(lambda _v: show_error(self.ui.retentionError, None))
        ui.buttonBox.accepted.connect(self.save)
        self._show_loaded()
        apply_button_icons(self)

    def _show_loaded(self) -> None:
        """Show the settings as stored now (on opening, and on Reload after a refused save)."""
        ui = self.ui
        loaded = load_organisation_settings(self.db)
        self._versions = loaded.versions  # as this coordinator saw them, checked on saving
        ui.nameEdit.setText(loaded.name)
        ui.coordinatorEmailEdit.setText(coordinator_email(self.db) or "")
        self._logo = loaded.logo_path
        self._show_logo()
        levels = ui.levelsTable
        levels.setRowCount(0)
        for level in loaded.levels:
            self._insert_level(levels.rowCount(), level)
        categories = ui.categoriesTable
        categories.blockSignals(True)
        for row in range(categories.rowCount()):
            item = categories.item(row, 0)
            item.setText(loaded.skill_category_labels[SkillCategory(item.data(CATEGORY_ROLE))])
        categories.blockSignals(False)
        # Not chosen yet: the one this computer writes, which is what the imports take then.
        order = loaded.date_order or computer_date_order() or DMY
        ui.dateOrderCombo.setCurrentIndex(ui.dateOrderCombo.findData(order))
        ui.retentionSpin.setValue(loaded.retention_months)
        for label in (ui.nameError, ui.coordinatorEmailError, ui.logoError, ui.levelsError,
                      ui.categoriesError, ui.retentionError):  # fmt: skip
            show_error(label, None)
        if levels.rowCount():
            levels.selectRow(0)
        self._update_ladder_buttons()

    # --- the logo -----------------------------------------------------------------------

    # --- the ladder ---------------------------------------------------------------------

    def _insert_level(self, row: int, level: LadderLevel) -> None:
        table = self.ui.levelsTable
        table.blockSignals(True)
        table.insertRow(row)
        label = QTableWidgetItem(level.label)
        label.setData(LEVEL_ROLE, level)
        people = QTableWidgetItem(f"{level.people:,}" if level.people else "—")
        people.setFlags(people.flags() & ~Qt.ItemFlag.ItemIsEditable)
        people.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        people.setToolTip(f"{count(level.people, 'person has', 'people have')} this level")
        table.setItem(row, 0, label)
        table.setItem(row, 1, people)
        table.blockSignals(False)

    def _take_level(self, row: int) -> LadderLevel:
        item = self.ui.levelsTable.item(row, 0)
        level: LadderLevel = item.data(LEVEL_ROLE)
        return LadderLevel(label=item.text(), id=level.id, people=level.people)

    def current_level_row(self) -> int:
        rows = self.ui.levelsTable.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def add_level(self) -> None:
        """A new level just above the selected one (more senior), named so it can be typed over."""
        table = self.ui.levelsTable
        taken = {table.item(r, 0).text().casefold() for r in range(table.rowCount())}
        name, number = "New level", 2
        while name.casefold() in taken:
            name, number = f"New level {number}", number + 1
        row = self.current_level_row() + 1 if self.current_level_row() >= 0 else table.rowCount()
        self._insert_level(row, LadderLevel(name))
        table.selectRow(row)
        table.setCurrentCell(row, 0)
        table.editItem(table.item(row, 0))
        show_error(self.ui.levelsError, None)

    def move_level(self, step: int) -> None:
        row = self.current_level_row()
        target = row + step
        if row < 0 or not 0 <= target < self.ui.levelsTable.rowCount():
            return
        level = self._take_level(row)
        self.ui.levelsTable.removeRow(row)
        self._insert_level(target, level)
        self.ui.levelsTable.selectRow(target)

    def remove_level(self) -> None:
        row = self.current_level_row()
        if row < 0:
            return
        level = self._take_level(row)
        refusal = removal_refusal(level.label, level.people)
        if refusal:
            show_error(self.ui.levelsError, refusal)
            return
        table = self.ui.levelsTable
        table.removeRow(row)
        if table.rowCount():
            table.selectRow(min(row, table.rowCount() - 1))
        show_error(self.ui.levelsError, None)
        self._update_ladder_buttons()

    def _update_ladder_buttons(self) -> None:
        row, count = self.current_level_row(), self.ui.levelsTable.rowCount()
        self.ui.moveUpButton.setEnabled(row > 0)
        self.ui.moveDownButton.setEnabled(0 <= row < count - 1)
        self.ui.removeLevelButton.setEnabled(row >= 0)

    # --- saving -------------------------------------------------------------------------

    def current_settings(self) -> OrganisationSettings:
        """The settings as the dialog shows them now."""
        ui = self.ui
        levels = [self._take_level(row) for row in range(ui.levelsTable.rowCount())]
        categories = ui.categoriesTable
        items = [categories.item(row, 0) for row in range(categories.rowCount())]
        labels = {SkillCategory(item.data(CATEGORY_ROLE)): item.text() for item in items}
        return OrganisationSettings(
            name=ui.nameEdit.text(),
            logo_path=self._logo,
            levels=levels,
            skill_category_labels=labels,
            date_order=ui.dateOrderCombo.currentData(),
            retention_months=ui.retentionSpin.value(),
            versions=self._versions,
        )

    def save(self) -> bool:
        """Save everything in one go, or show each problem beside its section and stay open."""
        ui = self.ui
        # A rename still being typed counts: finish the edit before reading the tables.
        for table in (ui.levelsTable, ui.categoriesTable):
            editor = table.indexWidget(table.currentIndex())
            if editor is not None:
                table.commitData(editor)
                table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        settings = self.current_settings()
        email = ui.coordinatorEmailEdit.text()
        email_error = email_problem(email) if email.strip() else None  # blank: none yet
        try:
            if email_error:  # every problem at once, and nothing saved
                errors = validate_settings(self.db, settings)
                raise ValidationError(errors | {"coordinator_email": email_error})
            saved = save_organisation_settings(self.db, settings)
            self._versions = saved.versions  # saved: only the address below may still be refused
            # Its version was checked with the others already; once more in its own write.
            save_coordinator_email(self.db, email, versions=settings.versions)
        except ValidationError as exc:
            errors = exc.errors
            show_error(ui.nameError, errors.get("name"))
            show_error(ui.coordinatorEmailError, errors.get("coordinator_email"))
            show_error(ui.logoError, errors.get("logo"))
            show_error(ui.levelsError, errors.get("levels"))
            show_error(ui.categoriesError, errors.get("categories"))
            show_error(ui.retentionError, errors.get("retention"))
            return False
        except ChangedElsewhereError as exc:  # the edits stay on screen unless reloaded
            changed_elsewhere(self, exc, self._show_loaded)
            return False
        except RevMentorError as exc:  # the logo could not be copied into the data folder
            show_error(ui.logoError, str(exc))
            return False
        self.saved.emit(saved)
        self.accept()
        return True
