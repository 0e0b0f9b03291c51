"""Waiting, never sleeping, for what the window queued on the desk's database thread."""


def settle(qtbot, tasks, timeout: int = 10_000) -> None:
    """Wait until every read or write the window queued on the desk's database thread has been answered."""
    qtbot.waitUntil(tasks.idle, timeout=timeout)
