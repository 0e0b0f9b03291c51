"""The status bar's sync indicator: syncs in the background every minute and on F5, never freezing the window,
and says in words whether the desk is online, offline, syncing or in error, with the backlog and the last sync."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from counter_app.desk import Desk
from counter_app.sync import engine
from counter_app.ui.workers import run_in_background

INTERVAL_MS = 60_000


class SyncIndicator(QWidget):
    synced = Signal(object)  # the engine's Report, after a successful run
    failed = Signal(str)  # the Vietnamese reason

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.running = False
        self.label = QLabel()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # a long sync shows that it is working
        self.busy.setMaximumWidth(80)
        self.busy.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.busy)
        layout.addWidget(self.label)
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.sync_now)
        self.timer.start()
        self.show_state()

    def show_state(self, problem: str | None = None) -> None:
        state = engine.status(self.desk)
        if not state["enrolled"]:
            self.label.setText(self.tr("Not registered with the provincial server — working offline"))
            return
        last = state["last_success"][11:16] if state["last_success"] else self.tr("never")
        if problem:
            text = self.tr("Offline or error: {problem} — {backlog} waiting to be sent").format(
                problem=problem, backlog=state["backlog"])
        else:
            text = self.tr("Synced at {time} — {backlog} waiting to be sent").format(time=last,
                                                                                     backlog=state["backlog"])
        if state["set_aside"]:
            text += self.tr(" — {n} refused by the province").format(n=state["set_aside"])
        self.label.setText(text)

    def sync_now(self) -> None:
        """Start a sync on a worker unless one is running or the desk is not registered."""
        if self.running or not engine.status(self.desk)["enrolled"]:
            return
        self.running = True
        self.busy.show()
        self.label.setText(self.tr("Syncing with the provincial server…"))
        run_in_background(lambda: engine.sync(self.desk), self._done, self._failed, self)

    def _done(self, report: engine.Report) -> None:
        self.running = False
        self.busy.hide()
        warning = report.warnings[0] if report.warnings else None
        self.show_state(warning)
        self.synced.emit(report)

    def _failed(self, error: Exception) -> None:
        self.running = False
        self.busy.hide()
        message = getattr(error, "message", str(error))
        self.show_state(message)
        self.failed.emit(message)
