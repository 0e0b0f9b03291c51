"""The desks' audit trails kept at the province (SQL): rows appended in order, checked as a hash chain, breaks
recorded for the supervisor, and read back for a restored desk."""

from __future__ import annotations

import psycopg

from counter_core.domain.audit_chain import GENESIS, first_break
from counter_core.foundation.messages import Audit
from counter_core.foundation.texts import Text
from counter_core.protocol import AuditEntry

COLUMNS = ("id", "at", "user_id", "username", "action", "entity_key", "before", "after", "hash")


def append(conn: psycopg.Connection, desk_id: str, entries: list[AuditEntry]) -> tuple[int, int | None]:
    """Keep the rows that follow what the province holds of the desk's trail; returns the last row held and the
    first row that breaks the chain (or rewrites a row held before), if any. Sending a row twice is harmless."""
    with conn.transaction():
        conn.execute("SELECT 1 FROM desk WHERE id = %s FOR UPDATE", (desk_id,))  # one desk's rows in order
        tail = conn.execute(
            "SELECT id, hash FROM desk_audit WHERE desk_id = %s ORDER BY id DESC LIMIT 1", (desk_id,)
        ).fetchone()
        last_id, last_hash = (tail["id"], tail["hash"]) if tail else (0, GENESIS)
        rows = sorted((e.model_dump() for e in entries), key=lambda r: r["id"])
        held = {
            r["id"]: r["hash"]
            for r in conn.execute(
                "SELECT id, hash FROM desk_audit WHERE desk_id = %s AND id = ANY(%s)",
                (desk_id, [r["id"] for r in rows if r["id"] <= last_id]),
            )
        }
        breaks = [
            {"id": r["id"], "reason": Text(Audit.CHANGED_AFTER_SENT)}
            for r in rows
            if r["id"] in held and held[r["id"]] != r["hash"]
        ]
        fresh = []
        for row in rows:
            if row["id"] == last_id + len(fresh) + 1:
                fresh.append(row)
        broken = first_break(fresh, last_hash, last_id)
        if broken:
            breaks.append(broken)
        with conn.cursor() as cur:
            cur.executemany(
                f"INSERT INTO desk_audit(desk_id, {', '.join(COLUMNS)}) "
                f"VALUES (%s, {', '.join(['%s'] * len(COLUMNS))})",
                [(desk_id, *(r[c] for c in COLUMNS)) for r in fresh],
            )
            cur.executemany(
                "INSERT INTO audit_break(desk_id, id, reason) VALUES (%s, %s, %s) ON CONFLICT DO NOTHING",
                [(desk_id, b["id"], b["reason"].in_language()) for b in breaks],  # Vietnamese, as set-aside reasons
            )
    return last_id + len(fresh), min((b["id"] for b in breaks), default=None)


def through(conn: psycopg.Connection, desk_id: str) -> int:
    row = conn.execute("SELECT max(id) AS id FROM desk_audit WHERE desk_id = %s", (desk_id,)).fetchone()
    return row["id"] or 0


def history(conn: psycopg.Connection, desk_id: str, since: int, limit: int) -> tuple[list[AuditEntry], bool]:
    rows = conn.execute(
        f"SELECT {', '.join(COLUMNS)} FROM desk_audit WHERE desk_id = %s AND id > %s ORDER BY id LIMIT %s",
        (desk_id, since, limit + 1),
    ).fetchall()
    return [AuditEntry(**r) for r in rows[:limit]], len(rows) > limit


def verify(conn: psycopg.Connection, desk_id: str) -> dict:
    """The province's copy of a desk's trail checked from its first row: rows held, first break."""
    rows = conn.execute(
        f"SELECT {', '.join(COLUMNS)} FROM desk_audit WHERE desk_id = %s ORDER BY id", (desk_id,)
    ).fetchall()
    broken = first_break(rows)
    if broken:
        broken["reason"] = broken["reason"].in_language()
    return {"desk_id": desk_id, "rows": len(rows), "first_break": broken}
