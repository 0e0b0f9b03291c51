"""Dossiers, their events and their full-text search rows."""

from __future__ import annotations

import json
import sqlite3
import uuid

from counter_app.store.db import Store
from counter_core.domain.intake import CHANNEL_LABELS, RETURN_LABELS, Channel, ReturnMethod
from counter_core.domain.status import Status
from counter_core.foundation.text import fold, words

OPEN_STATUSES = (2, 4, 5, 6, 7)
TIMED_STATUSES = (2, 4, 6, 7)  # open with a running clock: a supplement request (5) pauses it
_DIGIT_COLUMNS = "{code id_number phone}"


def uuid_text(value: bytes) -> str:
    """UUIDs are kept as 16 bytes; everywhere else they are the usual text form."""
    return str(uuid.UUID(bytes=value))


def next_code_index(store: Store, day: str, desk: int) -> int:
    """How many codes this desk has issued on ``day``, counting the one being issued now."""
    row = store.one(
        "INSERT INTO code_counter(day, desk, issued) VALUES (?, ?, 1) "
        "ON CONFLICT(day, desk) DO UPDATE SET issued = issued + 1 RETURNING issued",
        (day, desk),
    )
    return int(row["issued"])


def insert(store: Store, row: dict, search: dict) -> int:
    """Insert one dossier row and its (already folded) search text; returns the row id."""
    row = {**row, "uuid": uuid.UUID(row["uuid"]).bytes}
    columns = ", ".join(row)
    cursor = store.run(
        f"INSERT INTO dossier({columns}) VALUES ({', '.join('?' * len(row))})",
        tuple(
            json.dumps(v, ensure_ascii=False, separators=(",", ":")) if isinstance(v, dict) else v for v in row.values()
        ),
    )
    dossier_id = int(cursor.lastrowid)
    store.run(
        "INSERT INTO dossier_search(rowid, code, people, id_number, phone, procedure) VALUES (?, ?, ?, ?, ?, ?)",
        (dossier_id, search["code"], search["people"], search["id_number"], search["phone"], search["procedure"]),
    )
    return dossier_id


def add_event(store: Store, dossier_id: int, event: dict) -> int:
    """One event; ``due_at`` is the appointment it set, if it set one."""
    cursor = store.run(
        "INSERT INTO dossier_event(uuid, dossier_id, kind, status, at, user_id, unit_code, note, step_deadline, data, "
        "due_at) VALUES (:uuid, :dossier_id, :kind, :status, :at, :user_id, :unit_code, :note, :step_deadline, :data, "
        ":due_at)",
        {
            "due_at": None,
            "step_deadline": None,
            **event,
            "uuid": uuid.UUID(event["uuid"]).bytes,
            "dossier_id": dossier_id,
            "data": json.dumps(event["data"], ensure_ascii=False) if event.get("data") else None,
        },
    )
    return int(cursor.lastrowid)


def set_state(store: Store, dossier_id: int, status: int | None, due_at: str | None) -> None:
    """Update the status columns, the projection of the dossier's events kept for fast queues.

    ``status`` None keeps the status (an event that only moves the appointment).
    """
    store.run("UPDATE dossier SET status = coalesce(?, status), due_at = ? WHERE id = ?", (status, due_at, dossier_id))


def follow_feed(store: Store, dossier_id: int, status: int, due_at: str | None, cursor: int) -> None:
    """The dossier's state as the province's feed left it at ``cursor``, in the server's order."""
    store.run(
        "UPDATE dossier SET feed_status = ?, feed_due_at = ?, feed_cursor = ? WHERE id = ?",
        (status, due_at, cursor, dossier_id),
    )


def has_pending(store: Store, dossier_id: int) -> bool:
    """Whether this desk has actions on the dossier still to send."""
    return (
        store.one(
            "SELECT 1 FROM outbox o JOIN dossier_event e ON e.id = o.event_id "
            "WHERE o.state = 'pending' AND e.dossier_id = ? LIMIT 1",
            (dossier_id,),
        )
        is not None
    )


def dossiers_of_outbox(store: Store, seqs: list[int]) -> list[sqlite3.Row]:
    """The dossiers the outbox rows ``seqs`` act on."""
    marks = ", ".join("?" * len(seqs))
    return store.all(
        f"SELECT DISTINCT d.* FROM outbox o JOIN dossier_event e ON e.id = o.event_id "
        f"JOIN dossier d ON d.id = e.dossier_id WHERE o.seq IN ({marks})",
        tuple(seqs),
    )


def last_event_with_status(store: Store, dossier_id: int, status: int) -> sqlite3.Row | None:
    return store.one(
        "SELECT * FROM dossier_event WHERE dossier_id = ? AND status = ? ORDER BY id DESC LIMIT 1", (dossier_id, status)
    )


def event_id(store: Store, dossier_id: int, event_uuid: str) -> int | None:
    """The row of a dossier's event by its UUID (looked up through the dossier's events, which are few)."""
    row = store.one(
        "SELECT id FROM dossier_event WHERE dossier_id = ? AND uuid = ?", (dossier_id, uuid.UUID(event_uuid).bytes)
    )
    return row["id"] if row else None


def by_code(store: Store, code: str) -> sqlite3.Row | None:
    return store.one("SELECT * FROM dossier WHERE code = ?", (code,))


def by_uuid(store: Store, dossier_uuid: str) -> sqlite3.Row | None:
    return store.one("SELECT * FROM dossier WHERE uuid = ?", (uuid.UUID(dossier_uuid).bytes,))


def raise_code_index(store: Store, day: str, desk: int, index: int) -> None:
    """Make sure the desk's next code of ``day`` comes after the ``index``-th (re-basing after a restore)."""
    store.run(
        "INSERT INTO code_counter(day, desk, issued) VALUES (?, ?, ?) "
        "ON CONFLICT(day, desk) DO UPDATE SET issued = max(issued, excluded.issued)",
        (day, desk, index),
    )


def units(store: Store) -> list[sqlite3.Row]:
    return store.all("SELECT code, name FROM unit ORDER BY name")


def put_unit(store: Store, code: str, name: str) -> None:
    store.run(
        "INSERT INTO unit(code, name) VALUES (?, ?) ON CONFLICT(code) DO UPDATE SET name = excluded.name", (code, name)
    )


def events(store: Store, dossier_id: int) -> list[sqlite3.Row]:
    return store.all(
        "SELECT e.*, u.username, u.full_name AS user_name FROM dossier_event e "
        "JOIN user u ON u.id = e.user_id WHERE e.dossier_id = ? ORDER BY e.id",
        (dossier_id,),
    )


def fts_query(text: str) -> str | None:
    """An FTS5 query for what a person typed: every word must match, the last one as a prefix.

    Text is folded like the index (no diacritics, đ → d). All-digit input (ID number, phone, part of
    a code) only looks at the code, ID number and phone columns.
    """
    terms = words(text)
    if not terms:
        return None
    quoted = [f'"{t}"' for t in terms]
    quoted[-1] += "*"
    query = " ".join(quoted)
    if all(t.isdigit() for t in terms):
        return f"{_DIGIT_COLUMNS} : ({query})"
    return query


def search(store: Store, text: str, limit: int = 50) -> list[sqlite3.Row]:
    """Newest dossiers first whose code, people, ID number, phone or procedure match ``text``."""
    query = fts_query(text)
    if query is None:
        return []
    return store.all(
        "SELECT * FROM dossier WHERE id IN ("
        " SELECT rowid FROM dossier_search WHERE dossier_search MATCH ? ORDER BY rowid DESC LIMIT ?"
        ") ORDER BY id DESC",
        (query, limit),
    )


def received_between(store: Store, start: str, end: str, limit: int = 500) -> list[sqlite3.Row]:
    return store.all(
        "SELECT * FROM dossier WHERE received_at >= ? AND received_at < ? ORDER BY received_at LIMIT ?",
        (start, end, limit),
    )


def open_due_before(store: Store, end: str, limit: int = 500) -> list[sqlite3.Row]:
    """Open dossiers with a running clock whose appointment falls before ``end`` (today's and late ones), earliest
    first; a dossier waiting for the citizen's papers is paused, neither due nor late."""
    marks = ", ".join("?" * len(TIMED_STATUSES))
    return store.all(
        f"SELECT * FROM dossier WHERE status IN ({marks}) AND due_at < ? ORDER BY due_at LIMIT ?",
        (*TIMED_STATUSES, end, limit),
    )


def waiting_supplement(store: Store, limit: int = 500) -> list[sqlite3.Row]:
    """Dossiers waiting for the citizen's papers (5), the longest waiting first."""
    return store.all("SELECT * FROM dossier WHERE status = 5 ORDER BY due_at LIMIT ?", (limit,))


def count_by_status(store: Store) -> dict[int, int]:
    return {row["status"]: row["n"] for row in store.all("SELECT status, count(*) AS n FROM dossier GROUP BY status")}


def count(store: Store) -> int:
    return int(store.one("SELECT count(*) AS n FROM dossier")["n"])


def by_ids(store: Store, ids: list[int]) -> list[sqlite3.Row]:
    marks = ", ".join("?" * len(ids))
    return store.all(f"SELECT * FROM dossier WHERE id IN ({marks})", tuple(ids))


def listing(
    store: Store,
    text: str = "",
    status: int | None = None,
    day_from: str | None = None,
    day_to: str | None = None,
    procedure_code: str | None = None,
    limit: int = 200,
) -> list[sqlite3.Row]:
    """Dossiers for the list view, newest received first, filtered by text, status, reception days and procedure.

    Ordered by reception time so that an index (received_at, or status + received_at) gives the rows in
    order and the LIMIT stops the scan early, whatever the date range.
    """
    where, params = [], []
    query = fts_query(text) if text.strip() else None
    if text.strip() and query is None:
        return []
    if query:
        where.append("id IN (SELECT rowid FROM dossier_search WHERE dossier_search MATCH ?)")
        params.append(query)
    if status is not None:
        where.append("status = ?")
        params.append(status)
    if day_from:
        where.append("received_at >= ?")
        params.append(day_from)
    if day_to:
        where.append("received_at < ?")
        params.append(day_to)
    if procedure_code:
        where.append("procedure_code = ?")
        params.append(procedure_code)
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    return store.all(f"SELECT * FROM dossier {clause} ORDER BY received_at DESC LIMIT ?", (*params, limit))


def add_rating(store: Store, dossier_id: int, at: str, user_id: int, level: int) -> int:
    cursor = store.run(
        "INSERT INTO rating(dossier_id, at, user_id, level) VALUES (?, ?, ?, ?)", (dossier_id, at, user_id, level)
    )
    return int(cursor.lastrowid)


def ratings(store: Store, dossier_id: int) -> list[sqlite3.Row]:
    return store.all("SELECT * FROM rating WHERE dossier_id = ? ORDER BY id", (dossier_id,))


def search_text(code: str, people: list[dict], procedure_name: str) -> dict:
    """The folded search row of a dossier: its code, the names, ID numbers and phones of its people, the procedure."""
    return {
        "code": code,
        "people": fold(" ".join(p["full_name"] for p in people)),
        "id_number": " ".join(p["id_number"] for p in people if p.get("id_number")),
        "phone": " ".join(p["phone"] for p in people if p.get("phone")),
        "procedure": fold(procedure_name),
    }


def summary(row) -> dict:
    """A dossier row as the lists show it, with its labels."""
    status = Status(row["status"])
    return {
        "code": row["code"],
        "uuid": uuid_text(row["uuid"]),
        "procedure_code": row["procedure_code"],
        "owner_name": row["owner_name"],
        "owner_id": row["owner_id"],
        "phone": row["phone"],
        "received_at": row["received_at"],
        "due_at": row["due_at"],
        "status": int(status),
        "status_label": status.label,
        "fee": row["fee"],
        "channel": row["channel"],
        "channel_label": CHANNEL_LABELS[Channel(row["channel"])],
        "return_method": row["return_method"],
        "return_label": RETURN_LABELS[ReturnMethod(row["return_method"])],
        "competent_unit": row["competent_unit"],
    }
