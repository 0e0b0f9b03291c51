"""The one place where the window reports an error nobody expected (a bug, or a failure no handler took): it goes to
the desk's log file with its traceback. Background work (``tasks``, ``workers``) hands every failure over here."""

from __future__ import annotations

import logging
from collections.abc import Callable

from counter_core.foundation.errors import CounterError

log = logging.getLogger(__name__)


def report_unexpected(error: BaseException) -> None:
    """Write ``error`` with its traceback to the log."""
    log.error("unexpected error: %s", error, exc_info=error)


def hand_over(error: Exception, failed: Callable[[Exception], None] | None, alive: bool) -> None:
    """A failure of background work, on the window's thread: an error a person can act on goes to ``failed`` (if the
    widget that asked is ``alive``); anything else is also logged with its traceback, and reported as unexpected
    when there is no handler or nobody left to show it."""
    expected = isinstance(error, CounterError)
    if failed is None or (not expected and not alive):
        report_unexpected(error)
    elif alive:
        if not expected:
            log.error(
                "unexpected error, shown in the window: %s", error, exc_info=(type(error), error, error.__traceback__)
            )
        failed(error)
