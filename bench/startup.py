"""Start-up to the first painted main window, against a bare PySide6 window in the same run.

Each sample is a fresh process running the real entry point (`revmentor --db FILE` on a
5,000-person database), timed from launch until the main window first paints, and until the
people table has painted with people in it. Target: first paint at most 3× the bare window's.
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

# Prints one line per milestone as it is first painted, then quits after the last one.
FIRST_PAINT = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

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
                    QTimer.singleShot(0, QApplication.instance().quit)
        return False

app = QApplication(sys.argv)
watcher = FirstPaint(MILESTONES)
app.installEventFilter(watcher)
"""

BARE = (
    FIRST_PAINT.replace("MILESTONES", "[('window', lambda w: w.window().objectName() == 'bare')]")
    + """
from PySide6.QtWidgets import QLabel, QMainWindow
window = QMainWindow()
window.setObjectName("bare")
window.setCentralWidget(QLabel("Hello"))
window.resize(1200, 760)
window.show()
app.exec()
"""
)

# The real entry point, as `revmentor --db FILE` runs it.
APP = (
    FIRST_PAINT.replace(
        "MILESTONES",
        "[('window', lambda w: w.window().objectName() == 'mainWindow'),"
        " ('people', lambda w: w.parent() is not None and w.parent().objectName() == 'peopleTable'"
        " and w.parent().model().rowCount() > 0)]",
    )
    + """
from revmentor_desktop.cli import main
main(["--db", sys.argv[1]])
"""
)


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
    if "window" not in reached:
        raise SystemExit(f"the window never painted (exit {process.returncode})")
    return reached


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--people", type=int, default=5000)
    args = parser.parse_args()
    database = demo_database(args.people)
    os.environ["REVMENTOR_DATA_DIR"] = tempfile.mkdtemp()  # window sizes etc. away from yours
    sample(BARE), sample(APP, str(database))  # warm the disk cache for both
    bare, window, people = [], [], []
    for _ in range(args.runs):  # interleaved, so machine noise hits both alike
        bare.append(sample(BARE)["window"])
        app = sample(APP, str(database))
        window.append(app["window"])
        people.append(app["people"])
    ratio = median_ms(window) / median_ms(bare)
    print(f"{args.runs} runs each, medians:")
    print(f"  bare PySide6 window, first paint            {median_ms(bare):7.1f} ms")
    print(f"  RevMentor main window, first paint          {median_ms(window):7.1f} ms  "
          f"({ratio:.2f}× the bare window)")  # fmt: skip
    print(f"  RevMentor people table, {args.people:,} people painted "
          f"{median_ms(people):7.1f} ms  ({median_ms(people) / median_ms(bare):.2f}×)")  # fmt: skip
    print(f"target: first paint ≤ 3× the bare window: {'PASS' if ratio <= 3 else 'FAIL'}")


if __name__ == "__main__":
    main()
