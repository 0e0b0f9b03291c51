"""The sync outbox and the audit trail, both written inside the transaction of the change they record."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator

from counter_app.store.db import Store
from counter_app.store.dossiers import uuid_text
from counter_core.domain.audit_chain import FIELDS, GENESIS, REBASE_ANCHOR, link
from counter_core.foundation.jsontypes import JsonObject


def _json(value: object) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def queue_event(store: Store, event_id: int, base_cursor: int) -> int:
    """Queue a dossier event for the provincial server; ``seq`` is gapless because rows are never deleted.

    The event needs no copy: it and the dossier's reception facts are immutable rows written in the
    same transaction, and the event's UUID is the action's identity on the server. ``base_cursor`` is how
    far the desk had read the province's feed when it acted.
    """
    return store.insert(
        "INSERT INTO outbox(event_id, kind, base_cursor) VALUES (?, 'event', ?)", (event_id, base_cursor)
    )


def append_audit(
    store: Store, at: str, user_id: int | None, action: str, entity_key: str, before: object, after: object
) -> None:
    """Who did what, when, to which thing; ``action`` is "<entity>.<verb>", e.g. "dossier.receive".

    The row is chained to the one before it by its hash (call inside a write: rows are chained in order).
    """
    _append(
        store,
        {
            "at": at,
            "user_id": user_id,
            "action": action,
            "entity_key": entity_key,
            "before": _json(before),
            "after": _json(after),
        },
    )


def _append(store: Store, row: JsonObject) -> None:
    digest = link(audit_tail(store)[1], row)
    store.run(
        "INSERT INTO audit(at, user_id, action, entity_key, before, after, hash) "
        "VALUES (:at, :user_id, :action, :entity_key, :before, :after, :hash)",
        {**row, "hash": bytes.fromhex(digest)},
    )


def audit_rows(store: Store, after_id: int = 0, limit: int = -1) -> Iterator[JsonObject]:
    """The audit trail in order after ``after_id`` (with each user's username), read a chunk at a time."""
    with store.lock:
        cursor = store.conn.execute(
            "SELECT a.*, u.username FROM audit a LEFT JOIN user u ON u.id = a.user_id WHERE a.id > ? ORDER BY a.id "
            "LIMIT ?",
            (after_id, limit),
        )
    while True:
        with store.lock:
            rows = cursor.fetchmany(5000)
        if not rows:
            return
        yield from (dict(r) | {"hash": r["hash"].hex() if r["hash"] else None} for r in rows)


def rebase_audit(store: Store, since: int, held: list[JsonObject], at: str) -> int:
    """Make the trail continue the copy the province holds (re-basing a restored or reinstalled desk).

    ``held`` are the province's rows after ``since``. Local rows that are the same rows stay; the province's
    rows this desk lost are stood for by an anchor row chained to the province's last one; the desk's own
    rows not yet sent follow it, chained anew, their content unchanged. Returns how many rows were re-chained.
    """
    if not held:
        return 0
    by_id = {r["id"]: r["hash"] for r in held}
    local = list(audit_rows(store, since))
    common = since
    for row in local:
        if by_id.get(row["id"]) != row["hash"]:
            break
        common = row["id"]
    rest = [r for r in local if r["id"] > common]
    store.run("DELETE FROM audit WHERE id > ?", (common,))
    last = held[-1]
    if last["id"] > common:
        anchor = {
            "at": at,
            "user_id": None,
            "action": REBASE_ANCHOR,
            "entity_key": "audit",
            "before": None,
            "after": _json({"from": common + 1, "to": last["id"], "hash": last["hash"]}),
        }
        store.run(
            "INSERT INTO audit(id, at, user_id, action, entity_key, before, after, hash) "
            "VALUES (:id, :at, :user_id, :action, :entity_key, :before, :after, :hash)",
            {**anchor, "id": last["id"] + 1, "hash": bytes.fromhex(link(last["hash"], anchor))},
        )
    for row in rest:
        _append(store, {f: row[f] for f in FIELDS})
    return len(rest)


def audit_tail(store: Store) -> tuple[int, str]:
    """The last row's id and hash (0 and the genesis hash for an empty trail)."""
    last = store.one("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1")
    return (last["id"], last["hash"].hex()) if last else (0, GENESIS)


def outbox_counts(store: Store) -> dict[str, int]:
    """Every outbox row counted by state (a full scan: for checks and tests, not for the status bar)."""
    return {row["state"]: row["n"] for row in store.all("SELECT state, count(*) AS n FROM outbox GROUP BY state")}


def sync_backlog(store: Store) -> dict[str, int]:
    """Actions waiting to be sent, set aside by the province, and flagged as conflicts, counted on the outbox's
    partial indexes (counting every state would read the whole outbox: about a second on a big store)."""
    pending = store.first("SELECT count(*) AS n FROM outbox WHERE state = 'pending'")["n"]
    problems = {
        row["state"]: row["n"]
        for row in store.all(
            "SELECT state, count(*) AS n FROM outbox WHERE state IN ('rejected', 'conflict') GROUP BY state"
        )
    }
    return {"backlog": pending, "set_aside": problems.get("rejected", 0), "conflicts": problems.get("conflict", 0)}


def pending(store: Store, limit: int = 100) -> list[JsonObject]:
    """The oldest pending actions, with the UUID (op_id) and kind of the event each one carries."""
    rows = store.all(
        "SELECT o.*, e.uuid AS op_id, e.kind AS event_kind FROM outbox o "
        "LEFT JOIN dossier_event e ON e.id = o.event_id WHERE o.state = 'pending' ORDER BY o.seq LIMIT ?",
        (limit,),
    )
    return [dict(r) | {"op_id": uuid_text(r["op_id"]) if r["op_id"] else None} for r in rows]


def pending_actions(store: Store, limit: int) -> list[sqlite3.Row]:
    """The oldest pending outbox rows with what the province needs: the event, its dossier's reception
    facts (``first_due_at``: the appointment its reception set, as the receipt printed it), who acted, and the
    catalog version the dossier was received under."""
    return store.all(
        "SELECT o.seq, o.kind AS action_kind, o.payload, o.base_cursor, e.uuid AS event_uuid, e.kind, e.status, e.at, "
        "e.note, e.data AS event_data, e.due_at AS event_due_at, u.username, u.full_name, d.uuid, d.code, "
        "d.procedure_code, d.catalog_id, d.owner_name, d.owner_id, d.phone, d.received_at, d.due_at, d.fee, "
        "d.channel, d.return_method, d.competent_unit, d.data, c.version AS catalog_version, "
        "(SELECT coalesce(f.due_at, f.step_deadline, d.due_at) FROM dossier_event f WHERE f.dossier_id = d.id "
        "  ORDER BY f.id LIMIT 1) AS first_due_at "
        "FROM outbox o "
        "LEFT JOIN dossier_event e ON e.id = o.event_id "
        "JOIN dossier d ON d.id = coalesce(e.dossier_id, (SELECT id FROM dossier WHERE code = "
        "  json_extract(o.payload, '$.code'))) "
        "JOIN catalog_version c ON c.id = d.catalog_id "
        "JOIN user u ON u.id = coalesce(e.user_id, (SELECT id FROM user WHERE username = "
        "  json_extract(o.payload, '$.officer'))) "
        "WHERE o.state = 'pending' ORDER BY o.seq LIMIT ?",
        (limit,),
    )


def last_settled_seq(store: Store) -> int:
    """The last action of this desk the server has answered for, with everything before it answered too."""
    row = store.first("SELECT min(seq) AS first_pending FROM outbox WHERE state = 'pending' AND seq > 0")
    if row["first_pending"] is not None:
        return int(row["first_pending"]) - 1
    return last_seq(store)


def sync_problems(store: Store) -> list[sqlite3.Row]:
    """Outbox rows the province set aside or flagged, and the sync's audit rows a supervisor must see."""
    return store.all(
        "SELECT CASE o.state WHEN 'rejected' THEN 'set_aside' ELSE o.state END AS kind, d.code, "
        "  coalesce(e.kind, o.kind) AS action, coalesce(e.at, json_extract(o.payload, '$.at')) AS at, "
        "  o.result AS reason, NULL AS before "
        "FROM outbox o LEFT JOIN dossier_event e ON e.id = o.event_id LEFT JOIN dossier d ON d.id = e.dossier_id "
        "WHERE o.state IN ('rejected', 'conflict') "
        "UNION ALL SELECT substr(a.action, 6), a.entity_key, a.action, a.at, a.after, a.before FROM audit a "
        "WHERE a.id IN (SELECT r.id FROM audit_row r WHERE r.action IN ("
        "  SELECT t.id FROM audit_text t WHERE t.text IN ('sync.realigned', 'sync.unreadable'))) "
        "ORDER BY at DESC"
    )


def record_outcomes(store: Store, outcomes: list[tuple[int, str, str | None]]) -> None:
    """The server's answer for each action: (seq, applied|duplicate|rejected, reason)."""
    store.conn.executemany(
        "UPDATE outbox SET state = ?, result = ?, attempts = attempts + 1 WHERE seq = ?",
        [(state, reason, seq) for seq, state, reason in outcomes],
    )


def audit_for(store: Store, entity: str, entity_key: str) -> list[sqlite3.Row]:
    return store.all(
        "SELECT * FROM audit WHERE id IN (SELECT id FROM audit_row WHERE entity_key = ?) AND action LIKE ? ORDER BY id",
        (entity_key, f"{entity}.%"),
    )


def mark_synced(store: Store, through_seq: int, state: str = "applied") -> None:
    """Record the server's answer for every pending action up to ``through_seq``."""
    store.run(
        "UPDATE outbox SET state = ?, attempts = attempts + 1 WHERE state = 'pending' AND seq <= ?",
        (state, through_seq),
    )


def put_replayed(store: Store, seq: int, event_id: int, state: str, reason: str | None, base_cursor: int) -> None:
    """Put back an action the server holds from this desk at its own ``seq`` (re-basing after a restore).

    An action made here since the restore that took the same number (a different event) never reached the
    server under it: it is moved aside, to be queued again at the end (``requeue_displaced``).
    """
    row = store.one("SELECT event_id FROM outbox WHERE seq = ?", (seq,))
    if row is not None and row["event_id"] not in (event_id, None):
        store.run("UPDATE outbox SET seq = -seq WHERE seq = ?", (seq,))
        row = None
    if row is None:
        store.run(
            "INSERT INTO outbox(seq, event_id, kind, state, result, base_cursor, attempts) "
            "VALUES (?, ?, 'event', ?, ?, ?, 1)",
            (seq, event_id, state, reason, base_cursor),
        )
    else:
        store.run("UPDATE outbox SET state = ?, result = ? WHERE seq = ?", (state, reason, seq))


def put_refused_place(store: Store, seq: int, reason: str) -> None:
    """Hold ``seq`` as an action the server set aside without being able to read it (re-basing): the row that had
    that number here, if any, is marked refused; otherwise the number is kept, refused, with the reason."""
    if store.one("SELECT 1 FROM outbox WHERE seq = ?", (seq,)) is None:
        store.run(
            "INSERT INTO outbox(seq, kind, payload, state, result, attempts) VALUES (?, 'unsendable', '{}', "
            "'rejected', ?, 1)",
            (seq, reason),
        )
    else:
        store.run("UPDATE outbox SET state = 'rejected', result = ? WHERE seq = ?", (reason, seq))


def requeue_displaced(store: Store) -> int:
    """Queue again, after every number the server holds, the actions ``put_replayed`` moved aside."""
    moved = [r["seq"] for r in store.all("SELECT seq FROM outbox WHERE seq < 0 ORDER BY seq DESC")]
    for seq in moved:
        store.run("UPDATE outbox SET seq = (SELECT max(seq) + 1 FROM outbox), state = 'pending' WHERE seq = ?", (seq,))
    return len(moved)


def last_seq(store: Store) -> int:
    return int(store.first("SELECT coalesce(max(seq), 0) AS n FROM outbox")["n"])
