"""The citizens' look-up (SQL): one dossier by its code, with what its page may show and what checking the
citizen's answer needs, and its events in the server's order; one round trip on the code's unique index."""

from __future__ import annotations

import psycopg


def dossier(conn: psycopg.Connection, code: str) -> dict | None:
    return conn.execute(
        "SELECT d.code, d.status, d.due_at, d.first_due_at, d.received_at, d.unit_code, d.competent_unit, "
        " d.snapshot->>'procedure_name' AS procedure_name, d.snapshot->>'owner_name' AS owner_name, "
        " d.snapshot->>'owner_id' AS owner_id, d.snapshot->>'phone' AS phone, "
        " (d.snapshot->>'return_method')::int AS return_method, d.snapshot->'facts'->>'check' AS check_token, "
        " d.snapshot->'facts'->'submitter' AS submitter, u.name AS unit_name, u.office_hours, "
        " c.name AS competent_name, "
        " (SELECT coalesce(json_agg(json_build_object('kind', e.kind, 'status', e.status, 'at', e.at, "
        "   'note', e.note, 'data', e.data, 'due_at', e.due_at) ORDER BY e.server_order), '[]') "
        "  FROM dossier_event e WHERE e.dossier_uuid = d.uuid) AS events "
        "FROM dossier d JOIN unit u ON u.code = d.unit_code LEFT JOIN unit c ON c.code = d.competent_unit "
        "WHERE d.code = %s",
        (code,),
    ).fetchone()
