"""The sync outbox and the audit trail, both written inside the transaction of the change they record."""

from __future__ import annotations

import json
import sqlite3

from counter_app.store.db import Store


def _json(value: object) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def append_outbox(store: Store, op_id: str, kind: str, payload: dict | None = None) -> int:
    """Queue one action for the provincial server; ``seq`` is gapless because rows are never deleted.

    A dossier event needs no payload: its op_id is the event's UUID, and the event and the dossier's
    reception facts it refers to are immutable rows written in the same transaction.
    """
    cursor = store.run("INSERT INTO outbox(op_id, kind, payload) VALUES (?, ?, ?)", (op_id, kind, _json(payload)))
    return int(cursor.lastrowid)


def append_audit(store: Store, at: str, user_id: int | None, action: str, entity: str, entity_key: str,
                 before: object, after: object) -> None:
    store.run(
        "INSERT INTO audit(at, user_id, action, entity, entity_key, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (at, user_id, action, entity, entity_key, _json(before), _json(after)),
    )


def outbox_counts(store: Store) -> dict[str, int]:
    return {row["state"]: row["n"] for row in store.all("SELECT state, count(*) AS n FROM outbox GROUP BY state")}


def pending(store: Store, limit: int = 100) -> list[sqlite3.Row]:
    return store.all("SELECT * FROM outbox WHERE state = 'pending' ORDER BY seq LIMIT ?", (limit,))


def audit_for(store: Store, entity: str, entity_key: str) -> list[sqlite3.Row]:
    return store.all("SELECT * FROM audit WHERE entity = ? AND entity_key = ? ORDER BY id", (entity, entity_key))
