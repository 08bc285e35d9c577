"""Start-up to the people on screen, against a bare PySide6 window with a table in the same run.

Each sample is a fresh process, timed from launch until a milestone first paints. RevMentor runs
its real entry point (`revmentor --db FILE` on a 5,000-person database): the main window's first
paint, then the people table painted with people in it. The reference is a bare `QMainWindow`
whose `QTableView` shows a `QAbstractTableModel` of the same number of rows, eight columns of
plain strings kept in a Python list, launched the same way. Target: people on screen at most 3×
the bare table's paint (stretch: 2×).
Run: python bench/startup.py [--runs 7] [--people 5000]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time

from common import demo_database, median_ms

TARGET, STRETCH = 3.0, 2.0

# Prints one line per milestone as it is first painted, then runs AFTER_LAST (by default: quit).
FIRST_PAINT = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

def after_last():
    QTimer.singleShot(0, QApplication.instance().quit)

class FirstPaint(QObject):
    def __init__(self, milestones):
        super().__init__()
        self.milestones = list(milestones)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) and self.milestones:
            name, reached = self.milestones[0]
            if reached(obj):
                print(name, flush=True)
                self.milestones.pop(0)
                if not self.milestones:
                    after_last()
        return False

app = QApplication(sys.argv)
AFTER_LAST
watcher = FirstPaint(MILESTONES)
app.installEventFilter(watcher)
"""

# The table's viewport painted while its model has rows: the same test for both windows.
PEOPLE_PAINTED = (
    "('people', lambda w: w.parent() is not None and w.parent().objectName() == 'peopleTable'"
    " and w.parent().model().rowCount() > 0)"
)


def child_script(milestones: str, body: str, after_last: str = "") -> str:
    return FIRST_PAINT.replace("MILESTONES", milestones).replace("AFTER_LAST", after_last) + body


# A bare window showing `sys.argv[1]` rows of eight short strings, as RevMentor's table does.
BARE = child_script(
    f"[('window', lambda w: w.window().objectName() == 'bare'), {PEOPLE_PAINTED}]",
    """
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QMainWindow, QTableView

HEADERS = ["Name", "Email", "Department", "Job title", "Level", "Site", "Role", "Skills"]

class Model(QAbstractTableModel):
    def __init__(self, rows):
        super().__init__()
        self.rows = rows

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADERS[section]
        return None

rows = [(f"Person {n}", f"person.{n}@example.org", "Engineering", "Analyst", "Senior",
         "London", "Mentee", "Offers: Python · Wants: Coaching") for n in range(int(sys.argv[1]))]
window = QMainWindow()
window.setObjectName("bare")
table = QTableView()
table.setObjectName("peopleTable")
table.setModel(Model(rows))
window.setCentralWidget(table)
window.resize(1200, 760)
window.show()
app.exec()
""",
)

# The real entry point, as `revmentor --db FILE` runs it.
WINDOW_PAINTED = "('window', lambda w: w.window().objectName() == 'mainWindow')"
APP_MILESTONES = f"[{WINDOW_PAINTED}, {PEOPLE_PAINTED}]"
APP_BODY = """
from revmentor_desktop.cli import main
main(["--db", sys.argv[1]])
"""
APP = child_script(APP_MILESTONES, APP_BODY)


def sample(script: str, *args: str) -> dict[str, float]:
    """Seconds from launch to each milestone the child prints."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE,
                               env=env, text=True)  # fmt: skip
    reached = {}
    for line in process.stdout:
        reached[line.strip()] = time.perf_counter() - start
    process.wait(timeout=60)
    process.stdout.close()
    if "people" not in reached:
        raise SystemExit(f"the table never painted with rows (exit {process.returncode})")
    return reached


def verdict(ratio: float) -> str:
    stretch = " (stretch ≤ 2×: PASS)" if ratio <= STRETCH else ""
    return ("PASS" if ratio <= TARGET else "FAIL") + stretch


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--people", type=int, default=5000)
    args = parser.parse_args()
    database = demo_database(args.people)
    os.environ["REVMENTOR_DATA_DIR"] = tempfile.mkdtemp()  # window sizes etc. away from yours
    rows = str(args.people)
    sample(BARE, rows), sample(APP, str(database))  # warm the disk cache for both
    bare_window, bare_table, window, people = [], [], [], []
    for _ in range(args.runs):  # interleaved, so machine noise hits both alike
        bare = sample(BARE, rows)
        bare_window.append(bare["window"])
        bare_table.append(bare["people"])
        app = sample(APP, str(database))
        window.append(app["window"])
        people.append(app["people"])
    reference = median_ms(bare_table)
    ratio = median_ms(people) / reference
    print(f"{args.runs} runs each, medians, from launch:")
    print(f"  reference: bare QMainWindow + QTableView, {args.people:,} rows of strings")
    print(f"    first paint                                 {median_ms(bare_window):7.1f} ms")
    print(f"    table painted with rows                     {reference:7.1f} ms")
    print(f"  subject: revmentor --db demo-{args.people}.sqlite")
    print(f"    main window, first paint                    {median_ms(window):7.1f} ms  "
          f"({median_ms(window) / reference:.2f}× the bare table)")  # fmt: skip
    print(f"    people table, {args.people:,} people painted        {median_ms(people):7.1f} ms  "
          f"({ratio:.2f}× the bare table)")  # fmt: skip
    print(f"target: people on screen ≤ {TARGET:g}× the bare table: {verdict(ratio)}")


if __name__ == "__main__":
    main()
