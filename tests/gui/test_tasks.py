"""Background work: callbacks come back on the GUI thread, progress and cancel work."""

import threading

from PySide6.QtCore import QThread

from revmentor_desktop.gui.tasks import Cancelled, TaskRunner


def test_work_runs_elsewhere_and_callbacks_on_the_gui_thread(qtbot, qapp):
    seen = {}

    def work(control):
        seen["work_thread"] = threading.get_ident()
        control.progress(1, 2)
        return 42

    def done(result):
        seen["result"] = result
        seen["done_on_gui"] = QThread.currentThread() is qapp.thread()

    progress = []
    task = TaskRunner.start(work, on_done=done, on_error=seen.setdefault,
                            on_progress=lambda d, t: progress.append((d, t)))  # fmt: skip
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 42 and seen["done_on_gui"]
    assert seen["work_thread"] != threading.get_ident()
    assert progress == [(1, 2)] and task.is_finished


def test_cancel_stops_the_work_at_its_next_progress_report(qtbot):
    started, release, errors = threading.Event(), threading.Event(), []

    def work(control):
        started.set()
        release.wait(5)
        control.progress(1, 1)  # raises Cancelled: the user pressed Stop meanwhile
        return "finished anyway"

    task = TaskRunner.start(work, on_done=errors.append, on_error=errors.append)
    assert started.wait(5)
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=5000)
    assert isinstance(errors[0], Cancelled)


def test_work_finishing_after_its_window_closed_is_quiet(qtbot):
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    release, results = threading.Event(), []
    TaskRunner.start(lambda control: release.wait(5), on_done=results.append,
                     on_error=results.append, parent=window)  # fmt: skip
    window.deleteLater()
    qtbot.waitUntil(lambda: not shiboken_valid(window), timeout=5000)
    release.set()
    assert QThreadPool.globalInstance().waitForDone(5000)
    assert results == []  # nobody called back, and no error escaped the worker thread


def shiboken_valid(obj) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)
