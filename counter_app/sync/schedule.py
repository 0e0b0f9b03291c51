"""When the desk syncs next (sync-anchors §3.4), without Qt: the window's indicator asks this policy after each
run and after each save, and sets its single timer to the answer.

- After a success the next run is in a minute.
- After n retryable failures in a row (no network, a 5xx, a captive portal) the delay is drawn uniformly between
  ``FLOOR`` and min(``CAP``, ``BASE`` · 2^(n−1)) seconds: capped exponential back-off with full jitter, so desks
  that lost the network together do not come back together. A success resets the count.
- A server that asked for a longer wait (429 with ``Retry-After``) gets at least that long.
- After an error that will repeat (a revoked desk, a missing token) nothing runs by itself until someone
  presses F5 or the application restarts.
- A save asks for a run soon (``SOON``, restarted by each save: a burst of saves gives one run), but only while
  syncing works: during a back-off or after an error that will repeat the save waits for the planned run.
"""

from __future__ import annotations

import random
from collections.abc import Callable

INTERVAL = 60.0  # seconds from a success to the next run
SOON = 2.0  # seconds from a save (or the start) to the run that sends it
FLOOR = 5.0  # the shortest back-off
BASE = 60.0  # the back-off's ceiling after the first failure, doubled after each next one
CAP = 600.0  # the back-off never exceeds ten minutes


class Schedule:
    """The state of the automatic sync. Each method returns the seconds until the next run, or None when
    no run is to be planned now."""

    def __init__(self, draw: Callable[[], float] = random.random) -> None:
        self.draw = draw  # uniform in [0, 1): tests pass a fixed or seeded source
        self.running = False
        self.failures = 0  # retryable failures in a row
        self.stopped = False  # an error that will repeat: no automatic run
        self.saved_while_running = False

    def started(self) -> None:
        self.running = True
        self.saved_while_running = False

    def succeeded(self) -> float:
        self.running = False
        self.failures = 0
        self.stopped = False
        return SOON if self.saved_while_running else INTERVAL

    def failed(self, retry: bool, at_least: float | None = None) -> float | None:
        self.running = False
        if not retry:
            self.stopped = True
            return None
        self.stopped = False
        self.failures += 1
        ceiling = min(CAP, BASE * 2.0 ** min(self.failures - 1, 16))  # the exponent is bounded: no overflow
        return max(FLOOR + self.draw() * (ceiling - FLOOR), min(at_least or 0.0, CAP))

    def saved(self) -> float | None:
        """Something was recorded: send it soon if syncing works; a run under way sends it right after."""
        if self.running:
            self.saved_while_running = True
            return None
        if self.failures or self.stopped:
            return None
        return SOON
