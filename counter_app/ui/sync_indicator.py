"""The status bar's sync indicator: syncs in the background when the schedule says (a minute after a success,
soon after a save, backing off while the province cannot be reached, not at all after an error that will repeat)
and at once on F5, never freezing the window. It says in words whether the desk is online, offline, syncing or
stopped by an error, with the backlog, the last sync, a pending re-base, conflicts and set-aside actions; a long
push shows its progress. A click asks for the details (the "Đồng bộ" dialog).

A run talks to the province on a worker and writes what it brings back in short transactions queued on the desk's
database thread, between the clerk's work; where the desk stands is read there too."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from counter_app.services import synchronisation
from counter_app.sync import schedule
from counter_app.ui.errors import text_of
from counter_app.ui.tasks import DeskTasks, LatestRead
from counter_app.ui.workers import run_in_background


class SyncIndicator(QWidget):
    synced = Signal(object)  # the engine's Report, after a successful run, once the status bar says so
    failed = Signal(str)  # the reason in the window's language, once the status bar says so
    clicked = Signal()

    def __init__(self, tasks: DeskTasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.desk = tasks, tasks.desk
        self.schedule = schedule.Schedule()
        self.outcome: str | None = None  # None before the first run, then "online", "offline" or "stopped"
        self.problem = ""  # the last run's error or warning, in the window's language
        self.next_run: datetime | None = None
        self.closed = False  # the window closed: no more automatic runs
        self.reads = LatestRead(tasks, self)
        self.status: dict | None = None  # synchronisation.status() as last read
        self.label = QLabel()
        self.progress = QProgressBar()  # a push of more than one batch: actions sent out of the backlog
        self.progress.setMaximumWidth(120)
        self.progress.setFormat("%v/%m")
        self.progress.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress)
        layout.addWidget(self.label)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Sync details (Shift+F5)"))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.sync_now)
        self._plan(schedule.SOON)  # a first run as the window opens
        self.show_state()

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    # -- what the clerk reads ------------------------------------------------------------------
    def show_state(self, then: Callable[[], None] | None = None) -> None:
        """Say where the desk stands: at once with the last figures read, then with fresh ones read on the database
        thread (unless a later read came first); then ``then()``."""
        self._say()
        self.reads.start(synchronisation.status, self._read, self._say_error, then)

    def _read(self, status: dict) -> None:
        self.status = status
        self._say()

    def _say_error(self, error: Exception) -> None:
        self.label.setText(text_of(error))

    def _say(self) -> None:
        state = self.status
        if state is None:  # nothing read yet
            return
        if not state["enrolled"]:
            self.label.setText(self.tr("Not registered with the provincial server — working offline"))
            return
        headline = self._headline()
        parts = [headline] if headline else []
        parts.append(self.tr("{backlog} waiting to be sent").format(backlog=state["backlog"]))
        parts.append(self.tr("last synced {time}").format(time=self._when(state["last_success"])))
        if state["rebase_required"]:
            parts.append(self.tr("waiting to take back this desk's history from the province"))
        if state["conflicts"]:
            parts.append(self.tr("{n} in conflict").format(n=state["conflicts"]))
        if state["set_aside"]:
            parts.append(self.tr("{n} refused by the province").format(n=state["set_aside"]))
        if state.get("file_bytes_left"):
            megabytes = f"{state['file_bytes_left'] / 2**20:.1f}".replace(".", ",")
            parts.append(self.tr("files of papers: {size} MB left to send").format(size=megabytes))
        self.label.setText(" — ".join(parts))

    def _headline(self) -> str:
        if self.schedule.running:
            return self.tr("Syncing with the provincial server…")
        if self.outcome == "online":
            return self.tr("Online") + (f": {self.problem}" if self.problem else "")
        if self.outcome == "offline":
            return self.tr("Offline: {problem} — next try at {time}").format(
                problem=self.problem, time=self.next_run.strftime("%H:%M")
            )
        if self.outcome == "stopped":
            return self.tr("Sync stopped: {problem} — press F5 to try again").format(problem=self.problem)
        return ""

    def _when(self, moment: str | None) -> str:
        """The last sync: its time today, with its day otherwise."""
        if not moment:
            return self.tr("never")
        at = datetime.fromisoformat(moment)
        return at.strftime("%H:%M" if at.date() == self.desk.clock().date() else "%d/%m/%Y %H:%M")

    # -- running -------------------------------------------------------------------------------
    def sync_now(self) -> None:
        """Start a sync on a worker unless one is running."""
        if self.schedule.running:
            return
        self.timer.stop()
        self.schedule.started()
        self.show_state()
        run_in_background(self._run, self._done, self._failed, self, progress=self._show_progress)

    def _run(self, report: Callable[[tuple[object, int]], None]) -> synchronisation.Report | None:
        """On the worker: the network here, each step on the database queued on the database thread."""
        return synchronisation.run(
            self.desk,
            progress=lambda *sent: report(sent),
            files_progress=lambda left: report(("files", left)),
            at_desk=self.tasks.call,
        )

    def soon(self, *_recorded) -> None:
        """Something was recorded: count it in the backlog, and sync it soon as the schedule allows."""
        self._plan(self.schedule.saved())
        self.show_state()

    def stop(self) -> None:
        """The window closes: nothing more is planned (a run under way still records its answer)."""
        self.closed = True
        self.timer.stop()

    def _show_progress(self, sent_of: tuple) -> None:
        if sent_of[0] == "files":  # the bytes of files still to send, as the upload goes
            if self.status is not None:
                self.status = {**self.status, "file_bytes_left": sent_of[1]}
                self._say()
            return
        sent, total = sent_of
        self.progress.setVisible(total > synchronisation.BATCH)
        self.progress.setRange(0, total)
        self.progress.setValue(sent)

    def _done(self, report: synchronisation.Report | None) -> None:
        self.progress.hide()
        self._plan(self.schedule.succeeded())
        if report is None:  # not registered
            self.show_state()
            return
        self.outcome, self.problem = "online", (text_of(report.warnings[0]) if report.warnings else "")
        self.show_state(then=lambda: self.synced.emit(report))

    def _failed(self, error: Exception) -> None:
        self.progress.hide()
        retry = getattr(error, "retry", True)  # an unexpected error is retried, backing off like the network
        self.outcome, self.problem = ("offline" if retry else "stopped"), text_of(error)
        self._plan(self.schedule.failed(retry, getattr(error, "retry_after", None)))  # a server's Retry-After
        problem = self.problem
        self.show_state(then=lambda: self.failed.emit(problem))

    def _plan(self, seconds: float | None) -> None:
        """Set the single timer to the next run; None leaves it as it is."""
        if seconds is None or self.closed:
            return
        self.next_run = self.desk.clock() + timedelta(seconds=seconds)
        self.timer.start(round(seconds * 1000))
