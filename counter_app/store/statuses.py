"""The domain's sets of statuses (``counter_core.domain.status``) as the store's SQL writes them."""

from __future__ import annotations

from collections.abc import Iterable

from counter_core.domain.status import CLOSING, Status


def sql_set(statuses: Iterable[Status]) -> str:
    """``(2, 4, 6, 7)``: a set of statuses for ``status IN …``, their national codes in order."""
    return "(" + ", ".join(str(int(s)) for s in sorted(statuses)) + ")"


# The events that end processing or hand the result back; the partial index dossier_event_closing (m008) is on it.
CLOSING_EVENTS = f"status IN {sql_set(CLOSING)}"
