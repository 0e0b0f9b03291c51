"""Run slow work (rendering a slip, a big search, counting the outbox) off the window's thread; results come back as
signals."""

from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from counter_app.ui.errors import expected, report_unexpected

log = logging.getLogger(__name__)
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
        except Exception as exc:  # handed to the window's thread, which shows it (and reports a bug)
            self.signals.failed.emit(exc)
            return
        self.signals.done.emit(result)


def run_in_background(
    fn: Callable[..., object],
    done: Callable[[object], None],
    failed: Callable[[object], None],
    owner: QObject,
    progress: Callable[[object], None] | None = None,
) -> Job:
    """Run ``fn`` on a worker; ``done`` or ``failed`` gets its answer on the window's thread, unless
    ``owner`` (the widget that asked) has been closed and deleted meanwhile.

    With ``progress``, ``fn`` is called with one argument: a function it may call on the worker with any value,
    which ``progress`` then gets on the window's thread, in order and before the answer.
    """
    job = Job(lambda: fn(job.signals.progress.emit)) if progress else Job(fn)

    def answer(handler: Callable[[object], None], value: object) -> None:
        _RUNNING.discard(job)
        alive = shiboken6.isValid(owner)
        if handler is failed and not expected(value):
            if alive:  # a bug: logged with its traceback, the dialog says where; ``failed`` still runs
                report_unexpected(value)
            else:  # its window has gone (the desk may be closing): the log only
                log.warning("a job of a closed window failed", exc_info=(type(value), value, value.__traceback__))
        if alive:
            handler(value)

    def report(value: object) -> None:
        if shiboken6.isValid(owner):
            progress(value)

    for signal, handler in ((job.signals.done, done), (job.signals.failed, failed)):
        signal.connect(lambda value, handler=handler: answer(handler, value))
    if progress:
        job.signals.progress.connect(report)
    _RUNNING.add(job)
    QThreadPool.globalInstance().start(job)
    return job


class LatestRead:
    """Reads started one after another on workers, of which only the latest answer is shown: an earlier read
    that ends later is dropped (its ``after`` still runs)."""

    def __init__(self, owner: QObject) -> None:
        self.owner = owner
        self.generation = 0

    def start(
        self,
        fn: Callable[[], object],
        show: Callable[[object], None],
        failed: Callable[[object], None],
        after: Callable[[], None] | None = None,
    ) -> None:
        self.generation += 1
        generation = self.generation

        def answer(handler: Callable[[object], None], value: object) -> None:
            if generation == self.generation:
                handler(value)
            if after:
                after()

        run_in_background(fn, lambda value: answer(show, value), lambda error: answer(failed, error), self.owner)
