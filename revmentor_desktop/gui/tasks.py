"""Long work off the GUI thread: one helper with progress, cancel, success and failure callbacks."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a task's work when the user pressed Cancel."""


class TaskControl:
    """Handed to the work function: report progress, and stop early when cancelled."""

    def __init__(self, report: Callable[[int, int], None]) -> None:
        self._report = report
        self._cancel = threading.Event()

    def progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self._report(done, total)

    def cancel(self) -> None:
        self._cancel.set()


class Task(QObject):
    """One piece of background work; its public signals are emitted on the GUI thread.

    The worker thread only emits the private signals; they reach slots of this object, which
    lives on the GUI thread, so Qt queues them there and every callback may touch widgets.
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception; Cancelled when the user cancelled
    _reported = Signal(int, int)
    _ended = Signal(object, object)  # (result, exception) from the worker

    def __init__(self, work: Callable[[TaskControl], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.control = TaskControl(self._reported.emit)
        self.is_finished = False
        self._abandoned = False
        self._reported.connect(self._relay_progress)
        self._ended.connect(self._deliver)

    def cancel(self) -> None:
        self.control.cancel()

    def abandon(self) -> None:
        """Cancel, and report to nobody: for a window that closes while its work runs.

        The task moves from the window to the application until its thread has stopped, so
        the thread never reports to an object deleted with the window.
        """
        self._abandoned = True
        self.setParent(QCoreApplication.instance())
        self.cancel()

    def run(self) -> None:
        try:
            result, error = self.work(self.control), None
        except BaseException as exc:  # handed to the GUI, which decides what the user sees
            if not isinstance(exc, Cancelled):
                log.debug("Task failed", exc_info=exc)
            result, error = None, exc
        try:
            self._ended.emit(result, error)
        except RuntimeError:
            # The window that asked for the work was closed meanwhile (its Qt object is gone):
            # there is nobody left to tell.
            log.debug("Task finished after its window closed")

    @Slot(int, int)
    def _relay_progress(self, done: int, total: int) -> None:
        if not self._abandoned:
            self.progressed.emit(done, total)

    @Slot(object, object)
    def _deliver(self, result: Any, error: BaseException | None) -> None:
        self.is_finished = True
        if self._abandoned:
            self.deleteLater()
        elif error is None:
            self.succeeded.emit(result)
        else:
            self.failed.emit(error)


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task

    def run(self) -> None:
        self.task.run()


class TaskRunner:
    """Starts tasks on Qt's thread pool; tests set `synchronous` to run them in place."""

    synchronous = False

    @classmethod
    def start(
        cls,
        work: Callable[[TaskControl], Any],
        *,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None] | None = None,
        parent: QObject | None = None,
    ) -> Task:
        task = Task(work, parent)
        task.succeeded.connect(on_done)
        task.failed.connect(on_error)
        if on_progress is not None:
            task.progressed.connect(on_progress)
        if cls.synchronous:
            task.run()
        else:
            QThreadPool.globalInstance().start(_Runnable(task))
        return task
