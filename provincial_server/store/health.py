"""The desks' health as they report it at the end of each sync (SQL): kept on the desk's row with the server's time,
read for the province console."""

from __future__ import annotations

import psycopg
from psycopg.types.json import Jsonb

from counter_core.protocol import DeskHealth


def record(conn: psycopg.Connection, desk_id: str, report: DeskHealth) -> None:
    conn.execute(
        "UPDATE desk SET health = %s, health_at = now() WHERE id = %s",
        (Jsonb(report.model_dump(mode="json", exclude={"protocol"})), desk_id),
    )


def desks(conn: psycopg.Connection, units: list[str] | None) -> list[dict]:
    """Every desk (of ``units``, or all) with its unit, its last report and what the server last heard from it."""
    return conn.execute(
        "SELECT d.id, d.unit_code, u.name AS unit_name, d.desk, d.machine, d.enrolled_at, d.revoked_at, "
        " d.health, d.health_at, d.last_seq, "
        " coalesce((SELECT e.server_received_at FROM dossier_event e WHERE e.desk_id = d.id "
        "  AND e.desk_seq = d.last_seq), (SELECT s.at FROM set_aside s WHERE s.desk_id = d.id "
        "  AND s.desk_seq = d.last_seq)) AS last_push_at "
        "FROM desk d JOIN unit u ON u.code = d.unit_code "
        "WHERE %(units)s::text[] IS NULL OR d.unit_code = ANY(%(units)s) ORDER BY d.unit_code, d.desk",
        {"units": units},
    ).fetchall()
