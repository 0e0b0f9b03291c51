"""The desk's database thread: every read and write of the window is a function of the desk queued here, run one at a
time in the order asked on the one thread that uses the database, and answered on the window's thread through a
signal, in the manner of Anki's task manager. The window's thread never waits on the database; the sync does its
network I/O on a worker of its own and queues its short transactions here (``call``), between the clerk's, resting
after each as long as it took."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal

from counter_app.store.desk import Desk
from counter_app.ui.unexpected import hand_over

T = TypeVar("T")
log = logging.getLogger(__name__)
# After each step a worker ran on the database thread, the worker rests this many times as long as the step took:
# Python runs one thread at a time, and a window's key press, which calls into Python several times, waits up to 5 ms
# for the interpreter at each call while another thread computes. Resting, the sync's steps on the database take at
# most half of the time, and the window has the interpreter to itself for the other half (bench/ui_stall.py).
WORKER_REST = 1.0


class DeskTasks(QObject):
    """The queue of the desk's database work and its one thread; ``desk`` for what needs no database (its clock,
    configuration and calendar, kept in memory)."""

    _answered = Signal(object)  # emitted on the database thread with what the window's thread runs next

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="desk-database")
        self._waiting = 0  # tasks the window queued whose answer it has not had yet
        self._closed = False
        self._answered.connect(self._run_answer)  # queued: the answer runs on the window's thread

    def run(
        self,
        work: Callable[..., Any],
        done: Callable[[Any], None] | None = None,
        failed: Callable[[Exception], None] | None = None,
        owner: QObject | None = None,
        progress: Callable[[Any], None] | None = None,
    ) -> None:
        """Queue ``work(desk)``; its value goes to ``done``, its exception to ``failed``, on the window's thread, unless
        ``owner`` (the widget that asked) has been deleted meanwhile. With ``progress``, ``work(desk, report)`` may call
        ``report(value)`` on the database thread, and ``progress`` gets each value on the window's thread, in order,
        before the answer. A failure with no ``failed`` is reported as unexpected (``report_unexpected``)."""
        if self._closed:
            log.warning("the window is closing: %s is not run", getattr(work, "__name__", work))
            return

        def alive() -> bool:
            return not self._closed and (owner is None or shiboken6.isValid(owner))

        def report(value: Any) -> None:
            self._answered.emit(lambda: progress(value) if alive() else None)

        def answer(deliver: Callable[[], None]) -> None:
            def then() -> None:
                self._waiting -= 1
                deliver()

            self._answered.emit(then)

        def task() -> None:
            try:
                value = work(self.desk, report) if progress else work(self.desk)
            except Exception as error:
                answer(lambda error=error: hand_over(error, failed, alive()))
                return
            answer(lambda: done(value) if done and alive() else None)

        self._waiting += 1
        self._thread.submit(task)

    def call(self, work: Callable[[Desk], T]) -> T:
        """``work(desk)`` on the database thread, waiting for its value or its exception: for a worker thread (the
        sync's), never for the window's."""
        if threading.current_thread() is threading.main_thread():
            raise RuntimeError("the window's thread must not wait on the database: use run()")
        if self._closed:
            raise RuntimeError("the desk's database thread has stopped: the window closed")
        started = time.monotonic()
        value = self._thread.submit(work, self.desk).result()
        time.sleep((time.monotonic() - started) * WORKER_REST)
        return value

    def closed(self) -> bool:
        """The window is closing: what is queued runs, but answers nothing."""
        return self._closed

    def idle(self) -> bool:
        """Every task the window queued has been answered."""
        return self._waiting == 0

    def close(self) -> None:
        """The window closes: what is queued still runs (a save asked for is never lost) but answers nothing; then
        the thread ends."""
        self._closed = True
        self._thread.shutdown(wait=True)

    def _run_answer(self, then: Callable[[], None]) -> None:
        then()


class LatestRead:
    """Reads asked one after another of which only the latest is shown (a search as the clerk types): a read that a
    later one has replaced before its turn on the database thread is not run at all; ``after`` runs for each."""

    def __init__(self, tasks: DeskTasks, owner: QObject) -> None:
        self.tasks, self.owner = tasks, owner
        self.generation = 0

    def start(
        self,
        read: Callable[[Desk], Any],
        show: Callable[[Any], None],
        failed: Callable[[Exception], None],
        after: Callable[[], None] | None = None,
    ) -> None:
        self.generation += 1
        generation = self.generation

        def latest() -> bool:
            return generation == self.generation

        def answer(handler: Callable[[Any], None], value: Any) -> None:
            if latest():
                handler(value)
            if after:
                after()

        self.tasks.run(
            lambda desk: read(desk) if latest() else None,
            lambda value: answer(show, value),
            lambda error: answer(failed, error),
            self.owner,
        )
