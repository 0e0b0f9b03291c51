"""Checking the desk's audit trail: the hash chain from its first row to its last (``counter-app audit verify``)."""

from __future__ import annotations

from collections.abc import Iterator

from counter_app.store import Store, journal
from counter_core.domain.audit_chain import first_break
from counter_core.foundation.jsontypes import JsonObject


def verify(store: Store) -> JsonObject:
    """How many rows the trail has, and the first one where the chain does not hold (None if it holds)."""
    count = 0

    def counted() -> Iterator[JsonObject]:
        nonlocal count
        for row in journal.audit_rows(store):
            count += 1
            yield row

    broken = first_break(counted())
    return {"rows": count, "first_break": broken}
