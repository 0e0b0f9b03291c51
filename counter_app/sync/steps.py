"""Where a sync runs its steps on the desk's database: each step is a function of the desk, handed to an ``AtDesk``
that runs it there and then (the command line) or on the desk's database thread, between the clerk's work (the
window); the network stays on the sync's own thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from counter_app.store.desk import Desk

T = TypeVar("T")


class AtDesk(Protocol):
    """Runs one step on the desk's database (a function of the desk) and gives back its value."""

    def __call__(self, step: Callable[[Desk], T], /) -> T: ...


def here(desk: Desk) -> AtDesk:
    """Steps run at once, on the caller's thread."""

    def run(step: Callable[[Desk], T]) -> T:
        return step(desk)

    return run
