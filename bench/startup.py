"""Start-up to the first painted main window, against a bare PySide6 window in the same run.

Each sample is a fresh process, timed from launch until the window's first paint (for RevMentor:
the people table painted with people in it, on a 5,000-person database). Target: at most 3×.
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

FIRST_PAINT = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and WANTED(obj):
            print("painted", flush=True)
            QTimer.singleShot(0, QApplication.instance().quit)
        return False

app = QApplication(sys.argv)
watcher = FirstPaint()
app.installEventFilter(watcher)
"""

BARE = (
    FIRST_PAINT.replace("WANTED(obj)", "obj.objectName() == 'bare'")
    + """
from PySide6.QtWidgets import QLabel, QMainWindow
window = QMainWindow()
label = QLabel("Hello")
label.setObjectName("bare")
window.setCentralWidget(label)
window.resize(1200, 760)
window.show()
app.exec()
"""
)

# The real entry point, as `revmentor --db FILE` runs it; the first paint that counts is the
# people table's viewport, so the window is only "up" once people are on screen.
APP = (
    FIRST_PAINT.replace(
        "WANTED(obj)",
        "obj.parent() is not None and obj.parent().objectName() == 'peopleTable'",
    )
    + """
from revmentor_desktop.cli import main
main(["--db", sys.argv[1]])
"""
)


def sample(script: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE,
                               env=env, text=True)  # fmt: skip
    line = process.stdout.readline()
    elapsed = time.perf_counter() - start
    process.wait(timeout=60)
    process.stdout.close()
    if line.strip() != "painted":
        raise SystemExit(f"the window never painted (exit {process.returncode})")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--people", type=int, default=5000)
    args = parser.parse_args()
    database = demo_database(args.people)
    os.environ["REVMENTOR_DATA_DIR"] = tempfile.mkdtemp()  # window sizes etc. away from yours
    sample(BARE), sample(APP, str(database))  # warm the disk cache for both
    bare, app = [], []
    for _ in range(args.runs):  # interleaved, so machine noise hits both alike
        bare.append(sample(BARE))
        app.append(sample(APP, str(database)))
    ratio = median_ms(app) / median_ms(bare)
    print(f"bare PySide6 window      median {median_ms(bare):7.1f} ms over {args.runs} runs")
    print(
        f"RevMentor, {args.people:,} people  median {median_ms(app):7.1f} ms over {args.runs} runs"
    )
    print(f"ratio {ratio:.2f}× (target ≤ 3×): {'PASS' if ratio <= 3 else 'FAIL'}")


if __name__ == "__main__":
    main()
