"""Syncing with the provincial server, as the window asks for it: where the desk stands, what the supervisor must deal
with, and one run whose steps on the database go where the caller says (the window: its database thread, between the
clerk's work; the network stays on the caller's thread)."""

from __future__ import annotations

from counter_app.store.desk import Desk
from counter_app.sync import engine
from counter_app.sync.engine import BATCH, AtDesk, Progress, Report

__all__ = ["BATCH", "Report", "problems", "run", "status"]


def status(desk: Desk) -> dict:
    """Registered or not, the server, the backlog, the last success, a pending re-base, the clock offset."""
    return engine.status(desk)


def problems(desk: Desk) -> list[dict]:
    """The "Cần xử lý" list: refused and conflicting actions, realigned statuses, unreadable changes."""
    return engine.problems(desk)


def run(desk: Desk, progress: Progress | None = None, at_desk: AtDesk | None = None) -> Report | None:
    """One sync of a registered desk (None for a desk not registered: nothing to do, it looks again later).
    ``progress(sent, total)`` hears of the push, starting with ``(0, backlog)``."""
    at = at_desk or engine.here(desk)
    state = at(engine.status)
    if not state["enrolled"]:
        return None
    if progress:
        progress(0, state["backlog"])
    return engine.sync(desk, progress=progress, at_desk=at)
