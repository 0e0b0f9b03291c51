"""Run slow work that needs no database (drawing a PDF and its page images, the sync's network I/O) off the window's
thread; answers come back to the window's thread. Database work goes to the desk's database thread instead
(``tasks``)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from queue import Empty, SimpleQueue

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRunnable, QThreadPool

from counter_app.ui.unexpected import hand_over

# Jobs mostly wait (the network, a scanner's search, which may take its whole timeout): more of them than the
# processors run at once, so that a receipt to draw never waits behind two scanner searches.
MAX_JOBS = 8
_WAKE = QEvent.Type(QEvent.registerEventType())


class _Answers(QObject):
    """What the workers hand back (answers, progress), in order, run on the window's thread as soon as its event loop
    gets to them. A worker touches no Qt object of the window: it puts a function in a thread-safe queue and posts
    an event to this object, which lives on the window's thread (a signal emitted from a pool thread was seen to fail,
    "Signal source has been deleted", and lose the answer; posting an event is safe from any thread)."""

    def __init__(self) -> None:
        super().__init__()
        self.queue: SimpleQueue[Callable[[], None]] = SimpleQueue()

    def put(self, then: Callable[[], None]) -> None:
        """Run ``then`` on the window's thread after what was put before it; any thread may call it."""
        self.queue.put(then)
        if shiboken6.isValid(self):  # not once Python is tearing the module down, at exit
            QCoreApplication.postEvent(self, QEvent(_WAKE))

    def event(self, event: QEvent) -> bool:
        if event.type() != _WAKE:
            return super().event(event)
        while True:
            try:
                then = self.queue.get_nowait()
            except Empty:
                return True
            then()


_ANSWERS = _Answers()  # made as the module is imported, on the window's thread
_POOL = QThreadPool()  # the jobs' own, not Qt's global one (its threads are started as jobs come)
_POOL.setMaxThreadCount(MAX_JOBS)


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
            _ANSWERS.put(partial(self.failed, exc))
            return
        _ANSWERS.put(partial(self.done, result))


def run_in_background(
    fn: Callable[..., object],
    done: Callable[[object], None],
    failed: Callable[[Exception], None],
    owner: QObject,
    progress: Callable[[object], None] | None = None,
) -> None:
    """Run ``fn`` on a worker; ``done`` or ``failed`` gets its answer on the window's thread, unless
    ``owner`` (the widget that asked) has been closed and deleted meanwhile (an unexpected error is logged anyway).
    Any thread may ask (the window's, or the database thread handing on what it read).

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
        return fn(lambda value: _ANSWERS.put(partial(report, value)))

    _POOL.start(Job(reporting if progress else fn, answered, broke))
