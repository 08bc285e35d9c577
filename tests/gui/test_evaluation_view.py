"""The dashboard's Evaluation tab and the evaluation in the report dialog."""

from datetime import date

import pytest
from factories import add_check_in, add_partnership, consent_all, enrol
from pypdf import PdfReader
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from revmentor_desktop.core.db.models import Role
from revmentor_desktop.core.demo.organisation import create_demo
from revmentor_desktop.core.services.evaluation import DIRECTION_NAMES, programme_evaluation
from revmentor_desktop.gui.dialogs.report import ReportDialog, report_file_name
from revmentor_desktop.gui.pages.dashboard import DashboardView
from revmentor_desktop.gui.tasks import TaskRunner

TODAY = date(2026, 11, 20)


@pytest.fixture(autouse=True)
def synchronous_tasks(monkeypatch):
    monkeypatch.setattr(TaskRunner, "synchronous", True)


@pytest.fixture
def opened(monkeypatch):
    urls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(urls.append))
    return urls


def save_to(monkeypatch, path):
    chosen = (str(path), "PDF document (*.pdf)")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: chosen))


def text_of(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


@pytest.fixture
def demo_view(qtbot, db):
    create_demo(db, 60, today=TODAY)
    view = DashboardView(db, today=TODAY)
    qtbot.addWidget(view)
    return view


def cells(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]  # fmt: skip


def test_the_evaluation_tab_shows_the_services_figures(demo_view, db):
    view, e = demo_view, programme_evaluation(db, 1)
    value, behind = view.evaluation_tiles["mentor_rating"]
    assert value.text() == f"{e.mentor_rating.value:.1f}"
    assert behind.text() == (f"{e.mentor_rating.answers} answers from "
                             f"{e.mentor_rating.people} people")  # fmt: skip
    assert view.evaluation_tiles["recommend"][0].text() == f"{e.recommend.value:.1f}"
    assert view.evaluation_tiles["recommend"][1].text() == "4 answers"  # two closed pairs
    assert view.evaluation_tiles["started"][0].text() == str(e.started) and e.started >= 4
    assert view.evaluation_tiles["completed"][0].text() == "1"
    rows = cells(view.ui.learningTable)
    names = [row[0].strip() for row in rows]
    # Both directions, each followed by its skills.
    assert names[0] == DIRECTION_NAMES[e.learning[0].direction] == "Mentees learn"
    assert "Reverse mentors learn" in names
    mentees = e.learning[0].levels
    assert rows[0][1] == f"{mentees.start.value:.1f}"
    assert rows[0][4].startswith(f"{mentees.start.people} partners at the start")
    assert [row[0] for row in cells(view.ui.evaluationGoalsTable)] == [
        "Mentees learn", "Reverse mentors learn",
    ]  # fmt: skip


def test_anonymised_hides_small_groups(demo_view):
    view = demo_view
    view.ui.anonymiseEvaluationCheck.setChecked(True)
    assert view.evaluation.anonymised
    value, behind = view.evaluation_tiles["recommend"]  # four closing conversations
    assert value.text() == "—" and behind.text() == "fewer than 5 answers"
    assert view.evaluation_tiles["mentor_rating"][0].text() != "—"
    assert any("fewer than 5 partners answering" in row[0]
               for row in cells(view.ui.learningTable))  # fmt: skip


def test_save_as_pdf_opens_the_report_dialog_on_the_evaluation(demo_view, monkeypatch,
                                                               tmp_path, opened):  # fmt: skip
    view = demo_view
    view.ui.anonymiseEvaluationCheck.setChecked(True)
    shown = []

    def run(dialog):
        shown.append(dialog)
        assert dialog.for_evaluation and dialog.ui.anonymiseCheck.isChecked()
        assert dialog.default_name() == report_file_name(
            "Reverse Mentoring 2026/27", anonymised=True, evaluation=True
        )
        save_to(monkeypatch, tmp_path / "evaluation.pdf")
        dialog.save_button.click()
        return False  # closed with Close

    monkeypatch.setattr(view, "_run_dialog", run)
    messages = []
    view.message.connect(messages.append)
    view.ui.evaluationPdfButton.click()
    assert len(shown) == 1 and (tmp_path / "evaluation.pdf").exists()
    text = text_of(tmp_path / "evaluation.pdf")
    assert "Programme evaluation" in text and "fewer than 5 answers" in text
    assert messages and "Evaluation saved to" in messages[0]


def test_report_dialog_writes_the_evaluation(qtbot, db, small_org, monkeypatch, tmp_path,
                                             opened):  # fmt: skip
    consent_all(db)
    enrol(db, small_org, "dana.fox@x.org", Role.REVERSE_MENTOR)
    enrol(db, small_org, "zoe.adams@x.org", Role.MENTEE)
    partnership, _ = add_partnership(db, small_org, "dana.fox@x.org", "zoe.adams@x.org")
    add_check_in(db, partnership, date(2026, 10, 20), mentor_rating=5, mentee_rating=4,
                 private_notes="PLANTED PRIVATE NOTE")  # fmt: skip
    dialog = ReportDialog(db, programme_id=small_org)
    qtbot.addWidget(dialog)
    assert dialog.ui.programmeRadio.isChecked() and not dialog.for_evaluation
    dialog.evaluationRadio.setChecked(True)
    assert dialog.save_button.isEnabled()
    assert dialog.default_name() == "Evaluation - Cohort 2026.pdf"
    save_to(monkeypatch, tmp_path / "evaluation.pdf")
    dialog.save_button.click()
    assert dialog.saved == tmp_path / "evaluation.pdf"
    text = text_of(dialog.saved)
    assert "Programme evaluation" in text and "Cohort 2026" in text and "5.0" in text
    assert "PLANTED PRIVATE NOTE" not in text and "Dana" not in text
    assert opened[0].toLocalFile() == str(dialog.saved)
