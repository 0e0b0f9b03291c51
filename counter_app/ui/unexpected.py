"""How background work (``tasks``, ``workers``) hands a failure over on the window's thread: an error a person can act
on goes to the asker; anything else is a bug, logged with its traceback (``errors.report_unexpected``)."""

from __future__ import annotations

from collections.abc import Callable

from counter_app.ui.errors import expected, report_unexpected


def hand_over(error: Exception, failed: Callable[[Exception], None] | None, alive: bool) -> None:
    """A failure of background work, on the window's thread: an error a person can act on (or a fault of the
    computer) goes to ``failed`` (if the widget that asked is ``alive``); a bug is also reported, with its
    traceback, whether or not someone is left to show it."""
    if not expected(error):
        report_unexpected(error)
    if failed is not None and alive:
        failed(error)
