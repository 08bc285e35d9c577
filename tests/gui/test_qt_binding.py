"""The Qt binding itself: guards against a PySide6 release that would crash a long session."""

import sys

from PySide6.QtWidgets import QLabel


def test_calling_qt_methods_keeps_none_alive(qtbot):
    # PySide6 6.12.0 dropped a reference to None on each call of a method returning nothing;
    # Python 3.11 then aborts ("deallocating None") after a few thousand such calls.
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
    assert sys.getrefcount(None) >= before - 50
