"""Search-as-you-type over 10,000 people: filtering per keystroke, and keystroke to painted table.

In the real people view (offscreen) each keystroke is timed twice: the filtering (the search
box's text change through the model's new rows) and the whole round until the table has been
repainted. The reference is a bare Python substring scan over the same 10,000 search strings in
the same run. Target: filtering median ≤ 30 ms per keystroke.
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
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from revmentor_desktop.gui import create_main_window

    class PaintCounter(QObject):
        painted = 0

        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                self.painted += 1
            return False

    app = QApplication([])
    window = create_main_window("sqlite:///" + str(database))
    window.show()
    app.processEvents()
    view = window.people
    counter = PaintCounter()
    view.ui.peopleTable.viewport().installEventFilter(counter)
    rows = [view.model._rows[i].search_text for i in range(view.model.total)]

    filtering, round_trip, bare = [], [], []
    for query in QUERIES:
        for n in range(1, len(query) + 1):
            painted = counter.painted
            start = time.perf_counter()
            view.ui.searchEdit.setText(query[:n])  # filters synchronously, like a keystroke
            filtered = time.perf_counter()
            app.processEvents()  # the table repaints here
            done = time.perf_counter()
            assert counter.painted > painted, "the table did not repaint"
            filtering.append(filtered - start)
            round_trip.append(done - start)
            start = time.perf_counter()
            [text for text in rows if query[:n] in text]
            bare.append(time.perf_counter() - start)
        view.ui.searchEdit.clear()
        app.processEvents()
    window.close()
    print(f"{view.model.total:,} people, {len(filtering)} keystrokes")
    print(f"bare substring scan        median {median_ms(bare):6.2f} ms")
    print(f"filtering per keystroke    median {median_ms(filtering):6.2f} ms "
          f"(worst {max(filtering) * 1000:.1f} ms), {median_ms(filtering) / median_ms(bare):.2f}× "
          "the bare scan")  # fmt: skip
    print(f"keystroke to painted table median {median_ms(round_trip):6.2f} ms "
          f"(worst {max(round_trip) * 1000:.1f} ms)")  # fmt: skip
    verdict = "PASS" if median_ms(filtering) <= 30 else "FAIL"
    print(f"target: filtering median ≤ 30 ms per keystroke: {verdict}")


if __name__ == "__main__":
    main()
