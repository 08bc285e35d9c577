"""Make the README's screenshots of the main screens from the demo organisation.

Run from the checkout; on Linux without a desktop, under a virtual screen:

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python installer/screenshots.py

Writes people-view.png, people-view-filtered.png, person-dialog.png, suggestions.png,
partnerships.png, dashboard.png, wizard-partners.png, agreement.png and evaluation.png into
resources/screenshots (or --out), each at the window's default size of 1200×760 (the wizard at
its own, the agreement's first page and the evaluation as poppler's pdftoppm draws them). The
demo is made afresh from its fixed seed, in a data folder of its own (--data, a temporary one
unless given), so the user's own data is never touched and the pictures come out the same each
time; only the dates follow the day they are made, as the demo's partnerships and check-ins do.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

WINDOW = (1200, 760)
SEARCH = "power"  # the filtered people view: everyone who offers or wants "Power BI" and more


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("resources/screenshots"))
    parser.add_argument("--data", type=Path, help="the data folder (default: a temporary one)")
    options = parser.parse_args()
    data = options.data or Path(tempfile.mkdtemp(prefix="revmentor-screenshots-"))
    if (data / "demo.sqlite").exists():
        parser.error(f"{data} holds a demo already: choose an empty folder")
    os.environ["REVMENTOR_DATA_DIR"] = str(data)  # before the app reads where its data lives
    try:
        return shoot(options.out)
    finally:
        if options.data is None:
            shutil.rmtree(data, ignore_errors=True)


def shoot(out: Path) -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QDialog

    from revmentor_desktop.gui.fonts import register_app_fonts
    from revmentor_desktop.gui.icons import app_icon
    from revmentor_desktop.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("RevMentor")
    app.setDesktopFileName("revmentor")
    app.setWindowIcon(app_icon())
    register_app_fonts()

    def settle(task_of=None) -> None:
        """Let the window draw, and any background work of `task_of` (a page) finish."""
        deadline = time.monotonic() + 60
        while task_of is not None and getattr(task_of, "task", None) is not None:
            if time.monotonic() > deadline:
                raise SystemExit("a page kept working for a minute: no screenshot")
            app.processEvents()
            time.sleep(0.02)
        for _ in range(30):
            app.processEvents()

    out.mkdir(parents=True, exist_ok=True)
    window = MainWindow()
    window.resize(*WINDOW)
    window.show()
    settle()
    window.open_demo()
    settle()

    def save(widget, name: str) -> None:
        path = out / name
        if not widget.grab().save(str(path)):
            raise SystemExit(f"could not write {path}")
        print(f"wrote {path}")

    ui = window.ui
    window.show_page(ui.actionPeople)
    settle()
    # By email, which mixes the cultures: names in many scripts on one screen.
    window.people.ui.peopleTable.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    settle()
    save(window, "people-view.png")
    window.people.ui.peopleTable.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    window.people.ui.searchEdit.setText(SEARCH)
    settle()
    save(window, "people-view-filtered.png")
    window.people.ui.searchEdit.clear()

    # The person dialog on someone with a long email, a manager and both dates filled in.
    from revmentor_desktop.gui.dialogs.person import PersonDialog

    people = window.people.model
    person = max(range(people.rowCount()), key=lambda row: len(people.index(row, 1).data()))
    dialog = PersonDialog(window.db, people.person_id(person), window)
    dialog.show()
    settle()
    save(dialog, "person-dialog.png")
    dialog.done(0)

    # Suggestions after a weight went back to its default: the pairs that changed show.
    window.show_page(ui.actionSuggestions)
    page = window.current_page()
    settle(page)
    combo = page.weight_combos["communication"]
    for change in (lambda: combo.setCurrentIndex(combo.findText("Off")),
                   page.ui.defaultsButton.click):  # fmt: skip
        change()
        while page.debounce.isActive():  # a change waits a moment for the next one
            settle()
        settle(page)
    page.ui.pairsTable.selectRow(0)
    settle()
    save(window, "suggestions.png")

    for action, name in ((ui.actionPartnerships, "partnerships.png"),
                         (ui.actionDashboard, "dashboard.png")):  # fmt: skip
        window.show_page(action)
        settle(window.current_page())
        save(window, name)

    # The wizard's first step on a right-to-left pair: an Arabic reverse mentor (the most junior
    # one not yet taking part) and a Hebrew mentee (the most senior), enrolled as the
    # coordinator would.
    from revmentor_desktop.core.db.models import Role
    from revmentor_desktop.core.services.programmes import (
        enrol,
        enrolment_candidates,
        list_programmes,
    )
    from revmentor_desktop.gui.wizard.partnership_wizard import PartnershipWizard

    programme = list_programmes(window.db)[0].id
    candidates = enrolment_candidates(window.db, programme)

    def written_in(first: str, last: str) -> list:
        return [c for c in candidates if any(first <= char <= last for char in c.name)]

    mentor = min(written_in("\u0600", "\u06ff"), key=lambda c: c.level_rank)
    mentee = max(written_in("\u0590", "\u05ff"), key=lambda c: c.level_rank)
    enrol(window.db, programme, [mentor.person_id], Role.REVERSE_MENTOR)
    enrol(window.db, programme, [mentee.person_id], Role.MENTEE)
    wizard = PartnershipWizard(window.db, programme_id=programme, parent=window)
    wizard.show()
    settle()
    partners = wizard.pages[0]
    for combo, person in ((partners.ui.mentorCombo, mentor), (partners.ui.menteeCombo, mentee)):
        row = combo.findData(person.person_id)
        combo.setCurrentIndex(row)
        combo.activated.emit(row)
        settle()
    save(wizard, "wizard-partners.png")
    QDialog.done(wizard, QDialog.DialogCode.Rejected)
    document_pages(window.db, out)
    window.close()
    return 0


def document_pages(db, out: Path) -> None:
    """agreement.png: the first page of an active demo partnership's agreement with a name in
    a script that is shaped (Indic, Thai, Arabic or Hebrew); evaluation.png: the programme's
    one-page evaluation. Both drawn by poppler's pdftoppm."""
    import re

    from revmentor_desktop.core.db.models import PartnershipStatus
    from revmentor_desktop.core.services.partnerships.life import list_partnerships
    from revmentor_desktop.core.services.pdf_files import agreement_pdf, evaluation_pdf

    if shutil.which("pdftoppm") is None:
        print("pdftoppm (poppler-utils) not found: the documents' pictures are left as they are")
        return
    shaped = re.compile("[\u0590-\u0e7f]")
    pair = next(p for p in list_partnerships(db, status=PartnershipStatus.ACTIVE)
                if shaped.search(p.mentor_name + p.mentee_name))  # fmt: skip
    first_page(agreement_pdf(db, pair.id), out / "agreement", 70)
    first_page(evaluation_pdf(db, pair.programme_id), out / "evaluation", 110)


def first_page(pdf: bytes, target: Path, resolution: int) -> None:
    """The PDF's first page as `target`.png."""
    import subprocess

    command = ["pdftoppm", "-png", "-r", str(resolution), "-singlefile", "-f", "1", "-l", "1"]
    subprocess.run([*command, "-", str(target)], input=pdf, check=True)
    print(f"wrote {target}.png")


if __name__ == "__main__":
    sys.exit(main())
