"""The organisation settings dialog, driven as a coordinator would."""

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLineEdit
from sqlalchemy import select

from revmentor_desktop.core.db.models import SeniorityLevel, SkillCategory
from revmentor_desktop.core.services.coordinator import coordinator_email
from revmentor_desktop.core.services.organisation import (
    DEFAULT_LEVELS,
    category_label,
    load_organisation_settings,
)
from revmentor_desktop.gui.dialogs.organisation import SettingsDialog
from revmentor_desktop.paths import place_code


@pytest.fixture
def dialog(qtbot, db, small_org):
    widget = SettingsDialog(db)
    qtbot.addWidget(widget)
    widget.saved_with = []
    widget.saved.connect(widget.saved_with.append)
    return widget


def press_ok(dialog):
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    return dialog.result() == QDialog.DialogCode.Accepted


def ladder(db):
    with db.session() as session:
        return [
            (lv.rank, lv.label) for lv in session.scalars(select(SeniorityLevel).order_by("rank"))
        ]


def level_rows(dialog):
    table = dialog.ui.levelsTable
    return [table.item(row, 0).text() for row in range(table.rowCount())]


def select_level(dialog, label):
    dialog.ui.levelsTable.selectRow(level_rows(dialog).index(label))


def choose_file(monkeypatch, path):
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args: (str(path), "Images"))
    )


def test_the_dialog_shows_the_current_settings(dialog):
    ui = dialog.ui
    assert dialog.objectName() == "settingsDialog"
    assert level_rows(dialog) == list(DEFAULT_LEVELS)
    people = [ui.levelsTable.item(row, 1).text() for row in range(ui.levelsTable.rowCount())]
    assert people == ["1", "1", "1", "1", "—", "1", "—", "1"]
    assert ui.categoriesTable.rowCount() == len(SkillCategory)
    assert ui.categoriesTable.item(2, 0).text() == "Diversity & inclusion"
    # One column: the label shown; the built-in name, the same until renamed, is in its tooltip.
    assert ui.categoriesTable.columnCount() == 1
    assert "“Diversity & inclusion”" in ui.categoriesTable.item(2, 0).toolTip()
    assert ui.logoInfo.text().startswith("No logo")
    assert not ui.removeLogoButton.isEnabled()
    for label in (ui.nameError, ui.coordinatorEmailError, ui.logoError, ui.levelsError,
                  ui.categoriesError):  # fmt: skip
        assert label.isHidden()
    assert ui.coordinatorEmailEdit.text() == ""  # none set yet


def test_saving_a_renamed_level_and_the_organisation_name(dialog, db):
    dialog.ui.nameEdit.setText("Fabrikam Ltd")
    dialog.ui.levelsTable.item(2, 0).setText("Specialist")
    assert press_ok(dialog)
    assert ladder(db)[2] == (3, "Specialist")
    settings = load_organisation_settings(db)
    assert settings.name == "Fabrikam Ltd"
    # The signal carries what was saved, so the caller can refresh its title and views.
    assert len(dialog.saved_with) == 1
    assert dialog.saved_with[0].name == "Fabrikam Ltd"
    assert dialog.saved_with[0].levels[2].label == "Specialist"


def test_the_coordinators_email_is_checked_then_saved(qtbot, dialog, db):
    ui = dialog.ui
    ui.nameEdit.setText("Fabrikam Ltd")
    ui.coordinatorEmailEdit.setText("Sam Lee")
    assert not press_ok(dialog)
    assert "is not an email address" in ui.coordinatorEmailError.text()
    assert not ui.coordinatorEmailError.isHidden()
    # Nothing is saved while a field is wrong, the name neither.
    assert load_organisation_settings(db).name != "Fabrikam Ltd" and not dialog.saved_with
    ui.coordinatorEmailEdit.setText(" sam.lee@fabrikam.example ")
    assert ui.coordinatorEmailError.isHidden()  # typing clears the message
    assert press_ok(dialog)
    assert coordinator_email(db) == "sam.lee@fabrikam.example"
    assert load_organisation_settings(db).name == "Fabrikam Ltd"
    again = SettingsDialog(db)
    qtbot.addWidget(again)
    assert again.ui.coordinatorEmailEdit.text() == "sam.lee@fabrikam.example"
    again.ui.coordinatorEmailEdit.setText("")  # blank: no coordinator's email
    assert press_ok(again)
    assert coordinator_email(db) is None


def test_a_rename_still_being_typed_is_saved_on_ok(dialog, db):
    table = dialog.ui.levelsTable
    table.setCurrentCell(0, 0)
    table.editItem(table.item(0, 0))
    editor = table.indexWidget(table.currentIndex())
    assert isinstance(editor, QLineEdit)
    editor.setText("Trainee")
    assert press_ok(dialog)
    assert ladder(db)[0] == (1, "Trainee")


def test_a_level_in_use_cannot_be_removed(dialog, db):
    ui = dialog.ui
    select_level(dialog, "Executive")
    ui.removeLevelButton.click()
    assert not ui.levelsError.isHidden()
    assert ui.levelsError.text() == (
        "“Executive” cannot be removed: 1 person has this level. Give them another level first."
    )
    assert "Executive" in level_rows(dialog)
    ui.levelsTable.item(0, 0).setText("Trainee")  # editing clears the message
    assert ui.levelsError.isHidden()


def test_add_move_and_remove_levels(dialog, db):
    ui = dialog.ui
    select_level(dialog, "Director")
    ui.removeLevelButton.click()  # nobody is a director
    assert "Director" not in level_rows(dialog)
    select_level(dialog, "Apprentice")
    ui.addLevelButton.click()
    assert level_rows(dialog)[:2] == ["Apprentice", "New level"]
    ui.levelsTable.item(1, 0).setText("Intern")
    ui.moveUpButton.click()
    assert level_rows(dialog)[:2] == ["Intern", "Apprentice"]
    assert not ui.moveUpButton.isEnabled()  # already the most junior
    select_level(dialog, "Manager")
    ui.moveDownButton.click()
    assert level_rows(dialog)[-2:] == ["Executive", "Manager"]
    assert not ui.moveDownButton.isEnabled()
    assert press_ok(dialog)
    expected = ["Intern", "Apprentice", *DEFAULT_LEVELS[1:5], "Executive", "Manager"]
    assert ladder(db) == list(enumerate(expected, 1))


def test_a_second_new_level_gets_its_own_placeholder_name(dialog):
    dialog.ui.addLevelButton.click()
    dialog.ui.addLevelButton.click()
    assert {"New level", "New level 2"} <= set(level_rows(dialog))


def test_duplicate_levels_are_refused_inline_and_the_dialog_stays_open(dialog, db):
    dialog.ui.nameEdit.setText("Not saved")
    dialog.ui.levelsTable.item(1, 0).setText("apprentice")
    assert not press_ok(dialog)
    assert dialog.ui.levelsError.text() == (
        "“apprentice” appears twice; each needs a name of its own."
    )
    assert dialog.saved_with == []
    assert ladder(db) == list(enumerate(DEFAULT_LEVELS, 1))
    assert load_organisation_settings(db).name == ""


def test_renaming_a_skill_category(dialog, db):
    ui = dialog.ui
    ui.categoriesTable.item(1, 0).setText("Digital channels")
    assert press_ok(dialog)
    assert category_label(db, SkillCategory.SOCIAL_MEDIA) == "Digital channels"
    assert dialog.saved_with[0].skill_category_labels[SkillCategory.SOCIAL_MEDIA] == (
        "Digital channels"
    )


def test_a_blank_category_label_is_refused_inline(dialog):
    dialog.ui.categoriesTable.item(0, 0).setText("  ")
    assert not press_ok(dialog)
    assert dialog.ui.categoriesError.text() == "The category “Technology” has no name."


def test_choose_preview_save_and_remove_a_logo(dialog, db, tmp_path, data_folder, monkeypatch,
                                               qtbot):  # fmt: skip
    image = tmp_path / "logo-source.png"
    picture = QImage(40, 20, QImage.Format.Format_RGB32)
    picture.fill(QColor("teal"))
    assert picture.save(str(image), "PNG")
    choose_file(monkeypatch, image)
    ui = dialog.ui
    ui.chooseLogoButton.click()
    preview = ui.logoPreview.pixmap()
    assert (preview.width(), preview.height()) == (64, 32)  # scaled, keeping its shape
    assert ui.logoInfo.text() == "logo-source.png"
    assert ui.removeLogoButton.isEnabled()
    assert press_ok(dialog)
    assert load_organisation_settings(db).logo_path == str(data_folder / f"{logo_stem(db)}.png")
    assert (data_folder / f"{logo_stem(db)}.png").read_bytes() == image.read_bytes()

    again = SettingsDialog(db)
    qtbot.addWidget(again)
    assert again.ui.logoInfo.text() == f"{logo_stem(db)}.png"
    again.ui.removeLogoButton.click()
    assert again.ui.logoPreview.pixmap().isNull()
    assert press_ok(again)
    assert load_organisation_settings(db).logo_path is None
    assert not (data_folder / f"{logo_stem(db)}.png").exists()


def test_an_svg_logo_is_drawn_as_a_png(dialog, db, tmp_path, data_folder, monkeypatch):
    drawing = tmp_path / "crest.svg"
    drawing.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100">'
        '<rect width="200" height="100" fill="#2a7"/></svg>'
    )
    choose_file(monkeypatch, drawing)
    ui = dialog.ui
    ui.chooseLogoButton.click()
    assert ui.logoError.isHidden()
    assert ui.logoInfo.text() == "crest.png"
    assert not ui.logoPreview.pixmap().isNull()
    assert press_ok(dialog)
    saved = data_folder / f"{logo_stem(db)}.png"
    assert load_organisation_settings(db).logo_path == str(saved)
    picture = QImage(str(saved))
    assert (picture.width(), picture.height()) == (1200, 600)  # drawn large, keeping its shape
    assert picture.pixelColor(600, 300) == QColor("#2a7")


@pytest.mark.qt_log_ignore(r"Cannot read file .*broken\.svg")  # the parser's own words
def test_an_svg_that_cannot_be_drawn_is_refused_inline(dialog, db, tmp_path, monkeypatch):
    drawing = tmp_path / "broken.svg"
    drawing.write_text("<svg xmlns='http://www.w3.org/2000/svg' width='10' <<")
    choose_file(monkeypatch, drawing)
    dialog.ui.chooseLogoButton.click()
    assert dialog.ui.logoError.text() == (
        "broken.svg is an SVG that cannot be drawn; choose a PNG instead."
    )
    assert press_ok(dialog)
    assert load_organisation_settings(db).logo_path is None


def test_a_file_that_is_not_an_image_is_refused_inline(dialog, db, tmp_path, monkeypatch):
    text = tmp_path / "minutes.png"
    text.write_text("Minutes of the steering group")
    choose_file(monkeypatch, text)
    ui = dialog.ui
    ui.chooseLogoButton.click()
    assert ui.logoError.text() == "minutes.png is not a PNG, JPEG or SVG image."
    assert ui.logoInfo.text().startswith("No logo")
    assert press_ok(dialog)  # the refused file was never taken
    assert load_organisation_settings(db).logo_path is None


def test_cancel_saves_nothing(dialog, db):
    dialog.ui.nameEdit.setText("Not saved")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.saved_with == []
    assert load_organisation_settings(db).name == ""


# --- the date order -------------------------------------------------------------------------


@pytest.fixture
def regional_format():
    """Set this computer's format as Qt reports it, for one test."""
    yield QLocale.setDefault
    QLocale.setDefault(QLocale.system())


def test_the_date_order_defaults_to_this_computers_and_is_saved(qtbot, db, regional_format):
    regional_format(QLocale("en_US"))
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    combo = dialog.ui.dateOrderCombo
    assert dialog.ui.dateOrderLabel.text() == "&Dates in imported files:"
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Day first: 31/12/2024", "Month first: 12/31/2024", "Year first: 2024-12-31"]  # fmt: skip
    assert load_organisation_settings(db).date_order is None  # not chosen yet
    assert combo.currentData() == "mdy"
    combo.setCurrentIndex(combo.findData("ymd"))
    assert press_ok(dialog)
    assert load_organisation_settings(db).date_order == "ymd"
    regional_format(QLocale("en_GB"))  # once chosen, the computer's format no longer counts
    again = SettingsDialog(db)
    qtbot.addWidget(again)
    assert again.ui.dateOrderCombo.currentData() == "ymd"


def test_without_a_regional_format_the_date_order_is_day_first(qtbot, db, regional_format):
    regional_format(QLocale(QLocale.Language.C))
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.ui.dateOrderCombo.currentData() == "dmy"


def logo_stem(db) -> str:
    """The name a database that is not the default one gives its logo's copy."""
    return f"logo-{db.path.stem}-{place_code(db.path)}"
