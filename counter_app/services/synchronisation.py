"""Syncing with the provincial server, as the window asks for it: where the desk stands, what the supervisor must deal
with, and one run whose steps on the database go where the caller says (the window: its database thread, between the
clerk's work; the network stays on the caller's thread)."""

from __future__ import annotations

from counter_app.scanning import ocr
from counter_app.store.desk import Desk
from counter_app.sync import engine
from counter_app.sync.engine import BATCH, Progress, Report
from counter_app.sync.files import FileProgress
from counter_app.sync.steps import AtDesk, here
from counter_core.foundation.jsontypes import JsonObject

__all__ = ["BATCH", "Report", "problems", "run", "send_before_closing", "status"]


def status(desk: Desk) -> JsonObject:
    """Registered or not, the server, the backlog, the last success, a pending re-base, the clock offset."""
    return engine.status(desk)


def problems(desk: Desk) -> list[JsonObject]:
    """The "Cần xử lý" list: refused and conflicting actions, realigned statuses, unreadable changes."""
    return engine.problems(desk)


def run(
    desk: Desk,
    progress: Progress | None = None,
    files_progress: FileProgress | None = None,
    at_desk: AtDesk | None = None,
) -> Report | None:
    """One sync of a registered desk (None for a desk not registered: nothing to do, it looks again later).
    ``progress(sent, total)`` hears of the push, starting with ``(0, backlog)``; ``files_progress(bytes left)`` of
    the files sent after it. Where this desk reads the words of papers (OCR), a paper attached lately waits for its
    copy with a text layer, which goes in its place (the window reads them on a worker after each save)."""
    at = at_desk or here(desk)
    state = at(engine.status)
    if not state["enrolled"]:
        return None
    if progress:
        progress(0, state["backlog"])
    reading = ocr.unavailable() is None
    return engine.sync(desk, progress=progress, files_progress=files_progress, at_desk=at, hold_unread=reading)


def send_before_closing(desk: Desk, timeout: float, at_desk: AtDesk | None = None) -> Report | None:
    """The window closes: one last push of what waits in the outbox, each request given at most ``timeout`` seconds
    (None for a desk not registered). What it could not send stays in the outbox for the next start."""
    at = at_desk or here(desk)
    if not at(engine.status)["enrolled"]:
        return None
    return engine.send_before_closing(desk, timeout, at)
