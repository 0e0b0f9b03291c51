"""Run slow work that needs no database (drawing a PDF and its page images, the sync's network I/O) off the window's
thread; answers come back to the window's thread. Database work goes to the desk's database thread instead
(``tasks``)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from queue import Empty, SimpleQueue

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer

from counter_app.ui.unexpected import hand_over

POLL_MS = 15  # how often the window's thread looks for answers while a job runs
# Jobs mostly wait (the network, a scanner's search, which may take its whole timeout): more of them than the
# processors run at once, so that a receipt to draw never waits behind two scanner searches.
MAX_JOBS = 8


class _Answers:
    """What the workers hand back (answers, progress), in order, run on the window's thread by a timer that ticks
    only while a job is out. A worker touches no Qt object: it only puts a function in a thread-safe queue (a signal
    emitted from a pool thread was seen to fail, "Signal source has been deleted", and lose the answer)."""

    def __init__(self) -> None:
        self.queue: SimpleQueue[Callable[[], None]] = SimpleQueue()
        self.out = 0  # jobs started whose answer has not been run yet
        self.timer: QTimer | None = None

    def started(self) -> None:
        self.out += 1
        if self.timer is None or not shiboken6.isValid(self.timer):
            self.timer = QTimer()
            self.timer.setInterval(POLL_MS)
            self.timer.timeout.connect(self.drain)
        if not self.timer.isActive():
            self.timer.start()

    def drain(self) -> None:
        while True:
            try:
                then = self.queue.get_nowait()
            except Empty:
                break
            then()
        if self.out == 0 and self.timer is not None:
            self.timer.stop()

    def answer(self, then: Callable[[], None]) -> None:
        """Run ``then`` (a job's last word) on the window's thread, and count the job as back."""

        def last() -> None:
            self.out -= 1
            then()

        self.queue.put(last)


_ANSWERS = _Answers()
_POOL: list[QThreadPool] = []


def _pool() -> QThreadPool:
    if not _POOL:
        _POOL.append(QThreadPool())
        _POOL[0].setMaxThreadCount(MAX_JOBS)
    return _POOL[0]


class Job(QRunnable):
    """``fn()`` on the thread pool; what it returns goes to ``done``, what it raises to ``failed``, both called on
    the window's thread."""

    def __init__(self, fn: Callable[[], object], done: Callable[[object], None], failed: Callable[[Exception], None]):
        super().__init__()
        self.fn, self.done, self.failed = fn, done, failed

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # handed to the window (unexpected.hand_over)
            _ANSWERS.answer(partial(self.failed, exc))
            return
        _ANSWERS.answer(partial(self.done, result))


def run_in_background(
    fn: Callable[..., object],
    done: Callable[[object], None],
    failed: Callable[[Exception], None],
    owner: QObject,
    progress: Callable[[object], None] | None = None,
) -> None:
    """Run ``fn`` on a worker; ``done`` or ``failed`` gets its answer on the window's thread, unless
    ``owner`` (the widget that asked) has been closed and deleted meanwhile (an unexpected error is logged anyway).

    With ``progress``, ``fn`` is called with one argument: a function it may call on the worker with any value,
    which ``progress`` then gets on the window's thread, in order and before the answer.
    """

    def answered(value: object) -> None:
        if shiboken6.isValid(owner):
            done(value)

    def broke(error: Exception) -> None:
        hand_over(error, failed, shiboken6.isValid(owner))

    def report(value: object) -> None:
        if progress is not None and shiboken6.isValid(owner):
            progress(value)

    def reporting() -> object:
        return fn(lambda value: _ANSWERS.queue.put(partial(report, value)))

    _ANSWERS.started()
    _pool().start(Job(reporting if progress else fn, answered, broke))
