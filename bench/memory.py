"""Peak memory with 10,000 people open in the window, against a bare PySide6 table window.

Each sample is a fresh process: RevMentor's real entry point (`revmentor --db FILE` on a
10,000-person database, 9,900 listed) and the bare `QMainWindow` + `QTableView` of bench/startup.py
with as many rows of strings. Once the table has painted with rows, each waits a further
`--settle` seconds (work deferred until after the first paint counts too), then reports its peak
resident set size (VmHWM, Linux). Target: at most 3× the bare window's.
Run: python bench/memory.py [--runs 3] [--people 10000] [--settle 2]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from common import OUT
from startup import APP_BODY, BARE, PEOPLE_PAINTED, child_script

TARGET = 3.0

# After the last milestone: wait, then print the peak resident set and quit.
REPORT_PEAK = """
def after_last():
    def report():
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                print("peak", int(line.split()[1]), flush=True)
        QApplication.instance().closeAllWindows()  # closes the database properly
        QApplication.instance().quit()
    QTimer.singleShot(int(float(os.environ["BENCH_SETTLE"]) * 1000), report)
import os
"""

BARE_PEAK = BARE.replace(
    "app = QApplication(sys.argv)\n", "app = QApplication(sys.argv)\n" + REPORT_PEAK, 1
)
APP_PEAK = child_script(f"[{PEOPLE_PAINTED}]", APP_BODY, REPORT_PEAK)


def database(people: int) -> Path:
    """bench/out/memory-N.sqlite: `revmentor demo --people N --seed 1`, made once."""
    path = OUT / f"memory-{people}.sqlite"
    if not path.exists():
        OUT.mkdir(exist_ok=True)
        partial = OUT / f"memory-{people}.partial.sqlite"
        for leftover in OUT.glob(partial.name + "*"):
            leftover.unlink()
        command = [sys.executable, "-m", "revmentor_desktop", "--db", str(partial), "demo",
                   "--people", str(people), "--seed", "1"]  # fmt: skip
        env = {**os.environ, "REVMENTOR_DATA_DIR": tempfile.mkdtemp()}
        subprocess.run(command, check=True, env=env)
        partial.rename(path)
        for leftover in OUT.glob(partial.name + "*"):
            leftover.unlink()
    return path


def peak_mib(script: str, *args: str, settle: float) -> float:
    """The child's peak resident set once its table has painted, in MiB."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BENCH_SETTLE": str(settle)}
    done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True,
                          env=env, timeout=120)  # fmt: skip
    lines = [line.split() for line in done.stdout.splitlines()]
    peaks = [int(words[1]) for words in lines if words[:1] == ["peak"]]
    if not peaks:
        raise SystemExit(f"no peak reported (exit {done.returncode}): {done.stderr[-2000:]}")
    return peaks[0] / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--people", type=int, default=10000)
    parser.add_argument("--settle", type=float, default=2.0)
    args = parser.parse_args()
    path = database(args.people)
    os.environ["REVMENTOR_DATA_DIR"] = tempfile.mkdtemp()  # window sizes etc. away from yours
    bare, app = [], []
    for _ in range(args.runs):
        bare.append(peak_mib(BARE_PEAK, str(args.people), settle=args.settle))
        app.append(peak_mib(APP_PEAK, str(path), settle=args.settle))
    reference, subject = statistics.median(bare), statistics.median(app)
    ratio = subject / reference
    print(f"{args.runs} runs each, medians of the peak resident set (VmHWM), "
          f"{args.settle:g} s after the table painted:")  # fmt: skip
    print(f"  reference: bare QMainWindow + QTableView, {args.people:,} rows of strings"
          f"  {reference:6.1f} MiB")  # fmt: skip
    print(f"  subject: revmentor --db {path.name} (people listed)"
          f"  {subject:6.1f} MiB  ({ratio:.2f}× the bare window)")  # fmt: skip
    verdict = "PASS" if ratio <= TARGET else "FAIL"
    print(f"target: peak memory ≤ {TARGET:g}× the bare window: {verdict}")


if __name__ == "__main__":
    main()
