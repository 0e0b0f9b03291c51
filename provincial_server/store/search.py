"""Finding dossiers across units for the province console (SQL): by any part of the code, the owner's name (without
diacritics), the ID number or the phone, with the unit, status and reception days as filters; one dossier with its
events."""

from __future__ import annotations

from datetime import datetime

import psycopg

_IN_SCOPE = "(%(units)s::text[] IS NULL OR d.unit_code = ANY(%(units)s) OR d.competent_unit = ANY(%(units)s))"


def find(
    conn: psycopg.Connection,
    folded: str,
    unit: str | None,
    status: int | None,
    start: datetime | None,
    end: datetime | None,
    units: list[str] | None,
    limit: int,
) -> tuple[list[dict], bool]:
    """Dossiers whose code, owner's name, ID number or phone contains ``folded`` (the words searched, already
    folded as ``counter_core.foundation.text.fold`` does: the generated column ``search_key`` is folded alike);
    newest first, at most ``limit`` (and whether there are more)."""
    rows = conn.execute(
        "SELECT d.code, d.unit_code, u.name AS unit_name, d.competent_unit, d.status, d.received_at, d.due_at, "
        " d.snapshot->>'owner_name' AS owner_name, d.snapshot->>'owner_id' AS owner_id, "
        " d.snapshot->>'procedure_name' AS procedure_name "
        "FROM dossier d JOIN unit u ON u.code = d.unit_code "
        f"WHERE {_IN_SCOPE} "
        " AND d.search_key LIKE %(pattern)s "
        " AND (%(unit)s::text IS NULL OR d.unit_code = %(unit)s OR d.competent_unit = %(unit)s) "
        " AND (%(status)s::int IS NULL OR d.status = %(status)s) "
        " AND (%(start)s::timestamptz IS NULL OR d.received_at >= %(start)s) "
        " AND (%(end)s::timestamptz IS NULL OR d.received_at < %(end)s) "
        "ORDER BY d.received_at DESC LIMIT %(limit)s",
        {
            "pattern": "%" + _like(folded) + "%",
            "unit": unit,
            "status": status,
            "start": start,
            "end": end,
            "units": units,
            "limit": limit + 1,
        },
    ).fetchall()
    return rows[:limit], len(rows) > limit


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def dossier(conn: psycopg.Connection, code: str) -> dict | None:
    """One dossier with its reception facts, its units' names and its events in the server's order."""
    return conn.execute(
        "SELECT d.code, d.unit_code, u.name AS unit_name, d.competent_unit, c.name AS competent_name, d.desk_id, "
        " d.status, d.received_at, d.due_at, d.first_due_at, d.snapshot, d.server_received_at, "
        " (SELECT coalesce(json_agg(json_build_object('kind', e.kind, 'status', e.status, 'at', e.at, "
        "   'by', e.by_name, 'user', e.by_user, 'note', e.note, 'source', e.source, 'desk_id', e.desk_id, "
        "   'due_at', e.due_at) ORDER BY e.server_order), '[]') FROM dossier_event e WHERE e.dossier_uuid = d.uuid) "
        "  AS events "
        "FROM dossier d JOIN unit u ON u.code = d.unit_code LEFT JOIN unit c ON c.code = d.competent_unit "
        "WHERE d.code = %s",
        (code,),
    ).fetchone()
