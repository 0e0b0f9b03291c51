"""The sync outbox and the audit trail, both written inside the transaction of the change they record."""

from __future__ import annotations

import json
import sqlite3

from counter_app.store.db import Store
from counter_app.store.dossiers import uuid_text


def _json(value: object) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def queue_event(store: Store, event_id: int) -> int:
    """Queue a dossier event for the provincial server; ``seq`` is gapless because rows are never deleted.

    The event needs no copy: it and the dossier's reception facts are immutable rows written in the
    same transaction, and the event's UUID is the action's identity on the server.
    """
    return int(store.run("INSERT INTO outbox(event_id, kind) VALUES (?, 'event')", (event_id,)).lastrowid)


def queue_action(store: Store, kind: str, payload: dict) -> int:
    """Queue an action that is not a dossier event (e.g. an account change), with its content."""
    return int(store.run("INSERT INTO outbox(kind, payload) VALUES (?, ?)", (kind, _json(payload))).lastrowid)


def append_audit(store: Store, at: str, user_id: int | None, action: str, entity_key: str,
                 before: object, after: object) -> None:
    """Who did what, when, to which thing; ``action`` is "<entity>.<verb>", e.g. "dossier.receive"."""
    store.run(
        "INSERT INTO audit(at, user_id, action, entity_key, before, after) VALUES (?, ?, ?, ?, ?, ?)",
        (at, user_id, action, entity_key, _json(before), _json(after)),
    )


def outbox_counts(store: Store) -> dict[str, int]:
    return {row["state"]: row["n"] for row in store.all("SELECT state, count(*) AS n FROM outbox GROUP BY state")}


def pending(store: Store, limit: int = 100) -> list[dict]:
    """The oldest pending actions, with the UUID (op_id) and kind of the event each one carries."""
    rows = store.all(
        "SELECT o.*, e.uuid AS op_id, e.kind AS event_kind FROM outbox o "
        "LEFT JOIN dossier_event e ON e.id = o.event_id WHERE o.state = 'pending' ORDER BY o.seq LIMIT ?",
        (limit,),
    )
    return [dict(r) | {"op_id": uuid_text(r["op_id"]) if r["op_id"] else None} for r in rows]


def pending_actions(store: Store, limit: int) -> list[sqlite3.Row]:
    """The oldest pending outbox rows with what the province needs: the event, its dossier's reception
    facts, who acted, and the catalog version the dossier was received under."""
    return store.all(
        "SELECT o.seq, o.kind AS action_kind, o.payload, e.uuid AS event_uuid, e.kind, e.status, e.at, e.note, "
        "e.data AS event_data, u.username, d.uuid, d.code, d.procedure_code, d.owner_name, d.owner_id, d.phone, "
        "d.received_at, d.due_at, d.fee, d.channel, d.return_method, d.data, c.version AS catalog_version "
        "FROM outbox o "
        "LEFT JOIN dossier_event e ON e.id = o.event_id "
        "JOIN dossier d ON d.id = coalesce(e.dossier_id, (SELECT id FROM dossier WHERE code = "
        "  json_extract(o.payload, '$.code'))) "
        "JOIN catalog_version c ON c.id = d.catalog_id "
        "JOIN user u ON u.username = coalesce(json_extract(o.payload, '$.officer'), "
        "  (SELECT username FROM user WHERE id = e.user_id)) "
        "WHERE o.state = 'pending' ORDER BY o.seq LIMIT ?",
        (limit,),
    )


def record_outcomes(store: Store, outcomes: list[tuple[int, str, str | None]]) -> None:
    """The server's answer for each action: (seq, applied|duplicate|rejected, reason)."""
    store.conn.executemany("UPDATE outbox SET state = ?, result = ?, attempts = attempts + 1 WHERE seq = ?",
                           [(state, reason, seq) for seq, state, reason in outcomes])


def audit_for(store: Store, entity: str, entity_key: str) -> list[sqlite3.Row]:
    return store.all("SELECT * FROM audit WHERE action LIKE ? AND entity_key = ? ORDER BY id",
                     (f"{entity}.%", entity_key))


def mark_synced(store: Store, through_seq: int, state: str = "applied") -> None:
    """Record the server's answer for every pending action up to ``through_seq``."""
    store.run("UPDATE outbox SET state = ?, attempts = attempts + 1 WHERE state = 'pending' AND seq <= ?",
              (state, through_seq))


def last_seq(store: Store) -> int:
    return int(store.one("SELECT coalesce(max(seq), 0) AS n FROM outbox")["n"])
