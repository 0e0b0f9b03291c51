"""Run slow work that needs no database (drawing a PDF and its page images, the sync's network I/O) off the window's
thread; results come back as signals. Database work goes to the desk's database thread instead (``tasks``)."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from counter_app.ui.unexpected import hand_over

_RUNNING: set[Job] = set()  # a job and its signals live until their answer has reached the window


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(object)


class Job(QRunnable):
    """``fn()`` on the thread pool; ``signals.done`` carries its result, ``signals.failed`` the exception."""

    def __init__(self, fn: Callable[[], object]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # handed to the window (unexpected.hand_over)
            self.signals.failed.emit(exc)
            return
        self.signals.done.emit(result)


def run_in_background(
    fn: Callable[..., object],
    done: Callable[[object], None],
    failed: Callable[[Exception], None],
    owner: QObject,
    progress: Callable[[object], None] | None = None,
) -> Job:
    """Run ``fn`` on a worker; ``done`` or ``failed`` gets its answer on the window's thread, unless
    ``owner`` (the widget that asked) has been closed and deleted meanwhile (an unexpected error is logged anyway).

    With ``progress``, ``fn`` is called with one argument: a function it may call on the worker with any value,
    which ``progress`` then gets on the window's thread, in order and before the answer.
    """
    job = Job(lambda: fn(job.signals.progress.emit)) if progress else Job(fn)

    def answered(value: object) -> None:
        _RUNNING.discard(job)
        if shiboken6.isValid(owner):
            done(value)

    def broke(error: Exception) -> None:
        _RUNNING.discard(job)
        hand_over(error, failed, shiboken6.isValid(owner))

    def report(value: object) -> None:
        if shiboken6.isValid(owner):
            progress(value)

    job.signals.done.connect(answered)
    job.signals.failed.connect(broke)
    if progress:
        job.signals.progress.connect(report)
    _RUNNING.add(job)
    QThreadPool.globalInstance().start(job)
    return job
