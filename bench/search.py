"""Search-as-you-type over 10,000 people: the time from a keystroke to the filtered table.

Each keystroke is timed from setting the search text to the view having processed the change,
in the real people view (offscreen). The reference is a bare Python substring scan over the
same 10,000 search strings, measured in the same run. Target: median ≤ 30 ms per keystroke.
Run: python bench/search.py [--people 10000]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time

from common import demo_database, median_ms

QUERIES = ("sarah", "power bi", "marketing", "müller", "olga", "x", "engineering london")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=10000)
    args = parser.parse_args()
    database = demo_database(args.people)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["REVMENTOR_DATA_DIR"] = tempfile.mkdtemp()
    from PySide6.QtWidgets import QApplication

    from revmentor_desktop.gui import create_main_window

    app = QApplication([])
    window = create_main_window("sqlite:///" + str(database))
    window.show()
    app.processEvents()
    view = window.people
    rows = [view.model._rows[i].search_text for i in range(view.model.total)]

    keystrokes, bare = [], []
    for query in QUERIES:
        for n in range(1, len(query) + 1):
            start = time.perf_counter()
            view.ui.searchEdit.setText(query[:n])
            app.processEvents()
            window.people.ui.peopleTable.viewport().repaint()
            keystrokes.append(time.perf_counter() - start)
            start = time.perf_counter()
            [text for text in rows if query[:n] in text]
            bare.append(time.perf_counter() - start)
        view.ui.searchEdit.clear()
        app.processEvents()
    window.close()
    worst = max(keystrokes) * 1000
    print(f"{view.model.total:,} people, {len(keystrokes)} keystrokes")
    print(f"bare substring scan   median {median_ms(bare):6.2f} ms")
    print(f"people view keystroke median {median_ms(keystrokes):6.2f} ms (worst {worst:.1f} ms), "
          f"{median_ms(keystrokes) / median_ms(bare):.1f}× the bare scan")  # fmt: skip
    verdict = "PASS" if median_ms(keystrokes) <= 30 else "FAIL"
    print(f"target: median ≤ 30 ms per keystroke: {verdict}")


if __name__ == "__main__":
    main()
