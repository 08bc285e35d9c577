"""File dialogs open in the folder last used for that kind of file, else Documents, never the
working directory; the folder chosen is remembered across dialogs and restarts (window.ini)."""

import os
from pathlib import Path

import pytest
from factories import consent_all
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from revmentor_desktop.gui.dialogs import common
from revmentor_desktop.gui.dialogs.common import (
    CALENDAR,
    DATABASES,
    EXPORTS,
    REPORTS,
    ask_open_path,
    ask_save_path,
    documents_folder,
    remember_folder,
    start_folder,
)
from revmentor_desktop.gui.dialogs.report import ReportDialog
from revmentor_desktop.gui.tasks import TaskRunner

EXPORT_FILTER = "Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)"


@pytest.fixture
def home(tmp_path, monkeypatch):
    """A home folder of the test's own with a Documents folder; the working directory is
    somewhere else, as an installed app's program folder would be."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    program = tmp_path / "program"
    program.mkdir()
    monkeypatch.chdir(program)
    return home


@pytest.fixture
def dialogs(monkeypatch):
    """Stands in for the user: records where each file dialog opened and answers with the next
    of `answers` (a path, or "" to cancel)."""

    class Dialogs:
        def __init__(self):
            self.opened_at: list[str] = []
            self.options: list[object] = []
            self.answers: list[tuple[str, str | None]] = []

        def answer(self, _parent, _title, start, file_filter, _selected="", options=None):
            self.opened_at.append(start)
            self.options.append(options)
            name, chosen = self.answers.pop(0)
            return name, chosen if chosen is not None else file_filter.split(";;")[0]

    recorder = Dialogs()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(recorder.answer))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(recorder.answer))
    return recorder


def test_documents_is_the_start_and_home_when_there_is_no_documents_folder(home):
    assert documents_folder() == home / "Documents"
    assert start_folder(REPORTS) == home / "Documents"
    (home / "Documents").rmdir()
    assert documents_folder() == home
    assert documents_folder().is_absolute()


def test_each_kind_of_file_remembers_its_own_folder_while_it_exists(home, tmp_path):
    reports, exports = tmp_path / "reports", tmp_path / "exports"
    reports.mkdir()
    exports.mkdir()
    remember_folder(REPORTS, reports)
    remember_folder(EXPORTS, exports)
    assert start_folder(REPORTS) == reports
    assert start_folder(EXPORTS) == exports
    assert start_folder(CALENDAR) == home / "Documents"  # never chosen yet
    reports.rmdir()  # a folder since deleted (or a drive unplugged) is not offered
    assert start_folder(REPORTS) == home / "Documents"


def test_a_remembered_relative_folder_never_opens_the_working_directory(home):
    common.window_settings().setValue("fileDialogs/reportsFolder", ".")
    assert start_folder(REPORTS) == home / "Documents"


def test_save_starts_in_documents_then_in_the_folder_chosen_last(home, tmp_path, dialogs):
    chosen = tmp_path / "Board"
    chosen.mkdir()
    dialogs.answers = [(str(chosen / "q3"), None), ("", None), (str(chosen / "again.pdf"), None)]
    path = ask_save_path(None, "Save the report", "Report.pdf", "PDF document (*.pdf)", REPORTS)
    assert dialogs.opened_at[0] == str(home / "Documents" / "Report.pdf")
    assert path == chosen / "q3.pdf"  # the extension is added
    assert ask_save_path(None, "Save", "Next.pdf", "PDF document (*.pdf)", REPORTS) is None
    assert dialogs.opened_at[1] == str(chosen / "Next.pdf")
    ask_save_path(None, "Save", "Next.pdf", "PDF document (*.pdf)", REPORTS)
    # Remembered in window.ini, so a restart opens there too.
    assert common.window_settings().value("fileDialogs/reportsFolder") == str(chosen)


def test_options_reach_the_dialog(home, tmp_path, dialogs):
    dialogs.answers = [(str(tmp_path / "Cohort"), "RevMentor database (*.sqlite)")]
    path = ask_save_path(
        None, "New database", "revmentor.sqlite", "RevMentor database (*.sqlite)", DATABASES,
        QFileDialog.Option.DontConfirmOverwrite,
    )  # fmt: skip
    assert path == tmp_path / "Cohort.sqlite"
    assert dialogs.options == [QFileDialog.Option.DontConfirmOverwrite]
    assert start_folder(DATABASES) == tmp_path


def test_cancel_remembers_nothing(home, tmp_path, dialogs):
    dialogs.answers = [("", None)]
    assert ask_save_path(None, "Export", "people.xlsx", EXPORT_FILTER, EXPORTS) is None
    assert common.window_settings().value("fileDialogs/exportsFolder") is None


@pytest.mark.parametrize(
    ("typed", "chosen_filter", "saved"),
    [
        ("people", "CSV, comma-separated (*.csv)", "people.csv"),  # the chosen filter's
        ("people", "Excel workbook (*.xlsx)", "people.xlsx"),
        ("people.csv", "Excel workbook (*.xlsx)", "people.csv"),  # one of the filters: kept
        ("people.2026", "Excel workbook (*.xlsx)", "people.2026.xlsx"),
    ],
)
def test_an_extension_is_added_only_when_missing(home, dialogs, typed, chosen_filter, saved):
    dialogs.answers = [(str(home / typed), chosen_filter)]
    assert ask_save_path(None, "Export", "people.xlsx", EXPORT_FILTER, EXPORTS) == home / saved


def test_a_kind_never_used_starts_in_documents_whatever_folder_is_suggested(home, dialogs):
    dialogs.answers = [("", None), ("", None)]
    ask_save_path(None, "Save", Path("invite.ics"), "Calendar invitation (*.ics)", CALENDAR)
    ask_save_path(None, "Save", home / "gone" / "invite.ics", "Calendar invitation (*.ics)",
                  CALENDAR)  # fmt: skip
    assert dialogs.opened_at == [str(home / "Documents" / "invite.ics")] * 2
    assert all(os.getcwd() not in start for start in dialogs.opened_at)


def test_open_starts_on_the_current_file_else_the_last_folder(home, tmp_path, dialogs):
    sheets = tmp_path / "sheets"
    sheets.mkdir()
    current = sheets / "staff.csv"
    current.write_text("email\n")
    dialogs.answers = [("", None), (str(current), None), ("", None), ("", None)]
    assert ask_open_path(None, "Import people", "CSV (*.csv)", "imports") is None
    assert dialogs.opened_at[0] == str(home / "Documents")
    assert ask_open_path(None, "Import people", "CSV (*.csv)", "imports") == current
    ask_open_path(None, "Import people", "CSV (*.csv)", "imports", current=str(current))
    assert dialogs.opened_at[2] == str(current)
    ask_open_path(None, "Import people", "CSV (*.csv)", "imports", current="typed.csv")
    assert dialogs.opened_at[3] == str(sheets)  # a relative name: the last folder instead


def test_the_report_dialog_opens_where_the_last_report_went(
    qtbot, db, small_org, home, tmp_path, dialogs, monkeypatch
):
    monkeypatch.setattr(TaskRunner, "synchronous", True)
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: True))
    consent_all(db)
    board = tmp_path / "Board papers"
    board.mkdir()
    dialogs.answers = [(str(board / "cohort"), None), ("", None)]
    first = ReportDialog(db, programme_id=small_org)
    qtbot.addWidget(first)
    first.save_button.click()
    assert dialogs.opened_at[0] == str(home / "Documents" / first.default_name())
    assert first.saved == board / "cohort.pdf" and first.saved.exists()
    second = ReportDialog(db, programme_id=small_org)  # opened again later
    qtbot.addWidget(second)
    second.save_button.click()
    assert dialogs.opened_at[1] == str(board / second.default_name())
