"""Run slow work (rendering a slip, a big search) off the window's thread; results come back as signals."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    """``fn()`` on the thread pool; ``signals.done`` carries its result, ``signals.failed`` the exception."""

    def __init__(self, fn: Callable[[], object]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # handed to the window, which shows it
            self.signals.failed.emit(exc)
            return
        self.signals.done.emit(result)


def run_in_background(fn: Callable[[], object], done: Callable[[object], None],
                      failed: Callable[[object], None]) -> Job:
    job = Job(fn)
    job.signals.done.connect(done)
    job.signals.failed.connect(failed)
    QThreadPool.globalInstance().start(job)
    return job
