"""The report dialog: choose what to report, write it in the background, cancel writes nothing."""

from datetime import date

import pytest
from factories import add_check_in, add_partnership, consent_all, enrol
from pypdf import PdfReader
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from revmentor_desktop.core.db.models import Role
from revmentor_desktop.core.text import isolate
from revmentor_desktop.gui.dialogs.report import ReportDialog, report_file_name
from revmentor_desktop.gui.tasks import Cancelled, TaskRunner


@pytest.fixture(autouse=True)
def synchronous_tasks(monkeypatch):
    monkeypatch.setattr(TaskRunner, "synchronous", True)


@pytest.fixture
def opened(monkeypatch):
    urls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(urls.append))
    return urls


@pytest.fixture
def pair(db, small_org):
    consent_all(db)
    enrol(db, small_org, "dana.fox@x.org", Role.REVERSE_MENTOR)
    enrol(db, small_org, "zoe.adams@x.org", Role.MENTEE)
    partnership, goals = add_partnership(db, small_org, "dana.fox@x.org", "zoe.adams@x.org")
    add_check_in(db, partnership, date(2026, 10, 20), summary="Shared the first dashboard",
                 private_notes="PLANTED PRIVATE NOTE", progress={goals[0]: 40})  # fmt: skip
    return partnership


def save_to(monkeypatch, path):
    chosen = (str(path), "PDF document (*.pdf)")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: chosen))


def text_of(path):
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_programme_report_is_written_and_opened(qtbot, db, small_org, pair, tmp_path,
                                                monkeypatch, opened):  # fmt: skip
    dialog = ReportDialog(db, programme_id=small_org)
    qtbot.addWidget(dialog)
    assert dialog.ui.programmeRadio.isChecked()
    save_to(monkeypatch, tmp_path / "cohort")  # the extension is added
    dialog.save_button.click()
    written = tmp_path / "cohort.pdf"
    assert dialog.saved == written and opened[0].toLocalFile() == str(written)
    text = text_of(written)
    assert "Dana Fox" in text and "PLANTED PRIVATE NOTE" not in text
    assert "Saved to" in dialog.ui.statusLabel.text()


def test_anonymised_partnership_report_has_no_names(qtbot, db, pair, tmp_path, monkeypatch,
                                                    opened):  # fmt: skip
    dialog = ReportDialog(db, partnership_id=pair)
    qtbot.addWidget(dialog)
    assert dialog.ui.partnershipRadio.isChecked()
    assert dialog.ui.partnershipCombo.currentText().startswith(f"Dana Fox → {isolate('Zoë Adams')}")
    assert dialog.default_name() == "Report - Dana Fox and Zoë Adams.pdf"
    dialog.ui.anonymiseCheck.setChecked(True)
    # Named as the report names the pair, never by the partners.
    assert dialog.default_name() == "Report - Cohort 2026, pair 1 (anonymised).pdf"
    save_to(monkeypatch, tmp_path / "pair.pdf")
    dialog.save_button.click()
    text = text_of(tmp_path / "pair.pdf")
    assert "Pair 1" in text
    assert "Dana" not in text and "Zoë" not in text


def test_anonymised_report_names_carry_no_personal_names():
    pair = (3, "Dana Fox and Zoë Adams")
    assert report_file_name("Cohort 2026", pair=pair) == "Report - Dana Fox and Zoë Adams.pdf"
    anonymous = report_file_name("Cohort 2026", pair=pair, anonymised=True)
    assert anonymous == "Report - Cohort 2026, pair 3 (anonymised).pdf"
    for part in ("Dana", "Fox", "Zoë", "Adams"):
        assert part not in anonymous
    # A programme is not a person: its report keeps its name either way.
    assert report_file_name("Cohort 2026", anonymised=True) == (
        "Report - Cohort 2026 (anonymised).pdf"
    )
    assert report_file_name("Sales/Ops: 2026") == "Report - Sales-Ops- 2026.pdf"


def test_anonymised_names_number_pairs_as_the_report_does(qtbot, db, small_org, pair):
    enrol(db, small_org, "jose.muller@x.org", Role.MENTEE)
    second, _ = add_partnership(db, small_org, "wang.wei@x.org", "jose.muller@x.org")
    dialog = ReportDialog(db, partnership_id=second)
    qtbot.addWidget(dialog)
    dialog.ui.anonymiseCheck.setChecked(True)
    assert dialog.default_name() == "Report - Cohort 2026, pair 2 (anonymised).pdf"


def test_cancel_writes_nothing_and_says_so(qtbot, db, small_org, pair, tmp_path, monkeypatch,
                                           opened):  # fmt: skip
    from revmentor_desktop.core.services import pdf_files as documents

    def cancelled(*args, progress, **kwargs):
        progress(1, 10)
        raise Cancelled()

    monkeypatch.setattr(documents, "save_programme_report", cancelled)
    dialog = ReportDialog(db, programme_id=small_org)
    qtbot.addWidget(dialog)
    save_to(monkeypatch, tmp_path / "cohort.pdf")
    dialog.save_button.click()
    assert not (tmp_path / "cohort.pdf").exists() and opened == []
    assert dialog.ui.statusLabel.text() == "Cancelled: nothing was saved."
    assert dialog.save_button.isEnabled()


def test_an_unwritable_folder_is_a_message(qtbot, db, small_org, pair, tmp_path, monkeypatch,
                                           opened):  # fmt: skip
    dialog = ReportDialog(db, programme_id=small_org)
    qtbot.addWidget(dialog)
    save_to(monkeypatch, tmp_path / "missing" / "cohort.pdf")
    dialog.save_button.click()
    assert dialog.ui.statusLabel.text().startswith("The report could not be saved:")
    assert opened == []


def test_file_menu_opens_reports_on_the_current_page(qtbot, db, small_org, pair):
    from revmentor_desktop.gui import create_main_window

    db.close()
    window = create_main_window(db.url)
    qtbot.addWidget(window)
    window.show_page(window.ui.actionPartnerships)
    window.page(window.ui.actionPartnerships).select_partnership(pair)
    window.ui.actionReports.trigger()
    dialog = window.report_dialog
    assert dialog.ui.partnershipRadio.isChecked()
    assert dialog.ui.partnershipCombo.currentData() == pair
    dialog.reject()
