"""The changes feed the desks pull, and the history a desk pulls back to re-base (SQL of the server's feed).

Entries of a unit's feed are appended under that unit's advisory lock (and the province lock, shared), the
last thing before commit, so their cursors become visible in commit order: a desk reading its feed never
skips one. Province-wide entries (catalogs, fee tables, calendars, units) take the province lock exclusively.
"""

from __future__ import annotations

import json
from uuid import UUID

import psycopg
from pydantic import ValidationError

from counter_core.protocol import (
    MAX_PAGE_BYTES,
    PROTOCOL,
    RECEPTION_STATUSES,
    Action,
    ChangesPage,
    DossierSnapshot,
    EventRecord,
    HistoryItem,
    Outcome,
    Unsendable,
    natively_checked,
)
from provincial_server.store import rows
from provincial_server.store.checked_texts import CheckedTexts, digest

PROVINCE_LOCK = 726_200  # shared by unit appends, exclusive for province-wide ones
UNIT_LOCKS = 726_201  # namespace of the per-unit locks (with hashtext of the unit code)


def append(conn: psycopg.Connection, entries: list[tuple[str | None, dict]], returning: bool = True) -> list[int]:
    """Append ``(unit_code or None, body)`` entries in order, the last thing of the transaction; returns their
    cursors (unless ``returning`` is False, so that a pipelined push waits for nothing)."""
    units = sorted({unit for unit, _ in entries if unit is not None})
    if any(unit is None for unit, _ in entries):
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (PROVINCE_LOCK,))
    else:
        conn.execute("SELECT pg_advisory_xact_lock_shared(%s)", (PROVINCE_LOCK,))
        for unit in units:  # always in the same order: two pushes never wait for each other in a cycle
            conn.execute("SELECT pg_advisory_xact_lock(%s, hashtext(%s))", (UNIT_LOCKS, unit))
    values = [
        {
            "unit_code": unit,
            "kind": body["kind"],
            "body": body,
            "dossier_uuid": body.get("dossier_uuid"),
            "desk_id": body.get("desk_id"),
        }
        for unit, body in entries
    ]
    return rows.insert(conn, "change_log", _COLUMNS, values, returning=None if not returning else "cursor")


_PAGE_NATIVELY = natively_checked(ChangesPage)  # numbers, moments and kinds checked by pydantic: a third faster
_CHECKED = CheckedTexts(200_000)  # about 25 MB: the entries (and snapshots) of the province's last hours
_COLUMNS = "unit_code text, kind text, body jsonb, dossier_uuid uuid, desk_id text"


def dossier_entry(
    op_id: UUID | str, dossier_uuid: UUID | str, code: str, desk_id: str | None, event: EventRecord, status: int, due_at
) -> dict:
    """The body of a dossier's feed entry (a ``DossierChange`` without its cursor); its event stays the model, written
    as JSON with the entry (``rows.insert``)."""
    return {
        "kind": "dossier",
        "op_id": str(op_id),
        "dossier_uuid": str(dossier_uuid),
        "code": code,
        "desk_id": desk_id,
        "event": event,
        "status": status,
        "due_at": due_at.isoformat() if due_at else None,
    }


def page_json(conn: psycopg.Connection, unit_code: str, desk_id: str, since: int, limit: int, server_time) -> str:
    """The unit's entries and the province's after ``since``: at most ``limit``, and about a megabyte, as the JSON a
    desk gets (a ``ChangesPage``). The entries come from PostgreSQL as JSON text, are checked whole by the page's
    model in one pass (natively checked; the protocol's own checks if that refuses it), and go out as they were
    checked, not written a second time. An entry or snapshot this worker has sent before is not checked again."""
    rows = conn.execute(
        "SELECT cursor, (body || jsonb_build_object('cursor', cursor))::text AS change, length(body::text) AS size, "
        "kind = 'dossier' AND desk_id IS DISTINCT FROM %s "
        "AND (body->'event'->>'status')::integer = ANY(%s) AS received_elsewhere, dossier_uuid FROM change_log "
        "WHERE (unit_code = %s OR unit_code IS NULL) AND cursor > %s ORDER BY cursor LIMIT %s",
        (desk_id, list(RECEPTION_STATUSES), unit_code, since, limit + 1),
    ).fetchall()
    taken, size = [], 0
    for row in rows[:limit]:
        if taken and size + row["size"] > MAX_PAGE_BYTES:
            break
        taken.append(row)
        size += row["size"]
    # Dossiers received elsewhere come with their reception facts (the desk that received them has them).
    wanted = [row["dossier_uuid"] for row in taken if row["received_elsewhere"]]
    snapshots = (
        [r["snapshot"] for r in conn.execute("SELECT snapshot::text FROM dossier WHERE uuid = ANY(%s)", (wanted,))]
        if wanted
        else []
    )
    envelope = {
        "protocol": PROTOCOL,
        "server_time": server_time.isoformat(),
        "next_cursor": taken[-1]["cursor"] if taken else since,
        "has_more": len(taken) < len(rows),
    }
    changes = [(row["cursor"], row["change"]) for row in taken]
    dossiers = [(digest(snapshot), snapshot) for snapshot in snapshots]
    head = json.dumps(envelope)[:-1]
    # What this worker has not sent yet is checked as a page of its own (a page's parts are checked one by one).
    unseen = _page(head, _CHECKED.unchecked(changes), _CHECKED.unchecked(dossiers))
    try:
        _PAGE_NATIVELY.model_validate_json(unseen)
    except ValidationError:
        ChangesPage.model_validate_json(unseen)  # refused with the protocol's own words, or taken
    _CHECKED.taken(changes + dossiers)
    return _page(head, [text for _, text in changes], snapshots)


def _page(head: str, changes: list[str], snapshots: list[str]) -> str:
    return f'{head}, "changes": [{",".join(changes)}], "dossiers": [{",".join(snapshots)}]}}'


def history(conn: psycopg.Connection, desk_id: str, since: int, limit: int) -> tuple[list[HistoryItem], bool]:
    """The desk's own actions after ``since`` as it pushed them, with their outcomes, in desk_seq order."""
    rows = conn.execute(
        "SELECT * FROM ("
        " SELECT e.desk_seq, e.op_id, e.base_cursor, d.snapshot, jsonb_build_object("
        "   'kind', e.kind, 'status', e.status, 'at', e.at, 'user', e.by_user, 'user_name', e.by_name,"
        "   'note', e.note, 'due_at', e.due_at, 'data', e.data) AS event, c.reason, NULL AS body"
        " FROM dossier_event e JOIN dossier d ON d.uuid = e.dossier_uuid LEFT JOIN conflict c ON c.op_id = e.op_id"
        " WHERE e.desk_id = %(desk)s AND e.desk_seq > %(since)s"
        " UNION ALL"
        " SELECT desk_seq, op_id, 0, NULL, NULL, reason, body FROM set_aside"
        " WHERE desk_id = %(desk)s AND desk_seq > %(since)s"
        ") AS held ORDER BY desk_seq LIMIT %(limit)s",
        {"desk": desk_id, "since": since, "limit": limit + 1},
    ).fetchall()
    items = []
    for row in rows[:limit]:
        if row["body"] is not None:  # set aside: kept as the desk sent it
            items.append(HistoryItem(action=_set_aside(row), outcome=Outcome.REJECTED, reason=row["reason"]))
            continue
        action = Action(
            op_id=row["op_id"],
            desk_seq=row["desk_seq"],
            base_cursor=row["base_cursor"],
            dossier=DossierSnapshot.model_validate(row["snapshot"]),
            event=EventRecord.model_validate(row["event"]),
        )
        outcome = Outcome.CONFLICT if row["reason"] else Outcome.APPLIED
        items.append(HistoryItem(action=action, outcome=outcome, reason=row["reason"]))
    return items, len(rows) > limit


def _set_aside(row: dict) -> Action | Unsendable:
    """A set-aside action as the desk sent it, or, if what it sent was not a readable action, its place only."""
    try:
        return Action.model_validate(row["body"])
    except ValidationError:
        return Unsendable(op_id=row["op_id"], desk_seq=row["desk_seq"], reason=row["reason"][:4000])
