"""The last sync as the window closes: "Đang đồng bộ lần cuối…" while what waits in the outbox is sent, for a few
seconds at most (the desk's ``sync.closing_seconds``), then what stays in it, if anything, said before the desk closes.

Nothing is lost: an action not sent (the province unreachable, the time up) stays in the outbox and goes at the next
start. The sync talks to the province on a thread of its own and writes through the desk's database thread; when the
time is up the window stops waiting for it, and once the database thread has stopped it writes nothing more."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from counter_app.services import synchronisation
from counter_app.store.desk import Desk
from counter_app.ui.errors import text_of
from counter_app.ui.tasks import DeskTasks

log = logging.getLogger(__name__)
NOTICE_MS = 5000  # how long what stays in the outbox is shown before the desk closes by itself
READ_SECONDS = 2.0  # at most this long to read the backlog on the desk's database thread
POLL_MS = 50  # how often the window looks whether the sync's thread has ended (no Qt object crosses threads)


class ClosingSyncDialog(QDialog):
    """The small window shown while the last sync runs, then saying what stays in the outbox."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync"))
        self.setModal(True)
        self.label = QLabel(self.tr("Syncing one last time…"))
        self.label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)
        self.loop = QEventLoop()  # what the window waits in: the sync's end, the time up, or the Close button
        self.rejected.connect(self.loop.quit)

    def wait(self, milliseconds: int, until: threading.Event | None = None) -> None:
        """Let the window live for ``milliseconds``, or until ``until`` is set, or the Close button."""
        deadline = QTimer(self)
        deadline.setSingleShot(True)
        deadline.timeout.connect(self.loop.quit)
        look = QTimer(self)
        look.timeout.connect(lambda: self.loop.quit() if until is not None and until.is_set() else None)
        deadline.start(milliseconds)
        look.start(POLL_MS)
        self.loop.exec()
        deadline.stop()
        look.stop()

    def left_behind(self, count: int, problem: str) -> str:
        """Say how many actions stay in the outbox (and why, when the sync failed); the text said."""
        text = self.tr("{n} action(s) not sent yet; they will be sent the next time the desk opens.").format(n=count)
        self.label.setText(f"{text}\n{problem}" if problem else text)
        self.buttons.show()
        return text


def last_sync(tasks: DeskTasks, notice_ms: int = NOTICE_MS) -> str:
    """Before the desk's database thread stops: if the desk is registered with a province and actions wait in its
    outbox, send them, waiting at most the desk's closing time; returns what was said to stay ("" when nothing)."""
    state = _ask(tasks, synchronisation.status)
    if not isinstance(state, dict) or not state["enrolled"] or not state["backlog"]:
        return ""
    seconds = float(state["closing_seconds"])
    dialog = ClosingSyncDialog()
    dialog.show()

    ended = threading.Event()
    outcome: list[object] = []  # the sync's Report, None, or the exception that stopped it

    def send() -> None:  # on a thread of its own; it touches no Qt object
        try:
            value: object = synchronisation.send_before_closing(tasks.desk, seconds, at_desk=tasks.call)
        except Exception as exc:  # the province unreachable, or the database thread stopped after the time was up
            value = exc
        outcome.append(value)
        ended.set()

    threading.Thread(target=send, name="closing-sync", daemon=True).start()
    dialog.wait(round(seconds * 1000), until=ended)
    problem = ""
    if not ended.is_set():
        log.warning("the last sync did not end within %.1f s: the desk closes without waiting for it", seconds)
        problem = dialog.tr("The provincial server did not answer in time.")
    elif isinstance(outcome[0], Exception):
        log.warning("the last sync stopped: %s", outcome[0], exc_info=outcome[0])  # with its traceback, if a bug
        problem = text_of(outcome[0])
    after = _ask(tasks, synchronisation.status)
    left = int(after["backlog"]) if isinstance(after, dict) else int(state["backlog"])
    said = ""
    if left:
        said = dialog.left_behind(left, problem)
        log.info("closing with %d action(s) in the outbox", left)
        if notice_ms > 0:
            dialog.wait(notice_ms)
    dialog.hide()
    dialog.deleteLater()
    return said


def _ask(tasks: DeskTasks, read: Callable[[Desk], Any]) -> object:
    """``read(desk)`` on the desk's database thread, waited for at most ``READ_SECONDS`` (None past that)."""
    loop = QEventLoop()
    answer: list[object] = []

    def keep(value: object) -> None:
        answer.append(value)
        loop.quit()

    tasks.run(read, keep, keep)
    if not answer:
        QTimer.singleShot(round(READ_SECONDS * 1000), loop.quit)
        loop.exec()
    return answer[0] if answer else None
