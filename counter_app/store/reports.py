"""The queries of the supervisors' registers and reports, over a period [start, end) of ISO moments in Vietnam time.

Only dossiers received at the unit's counter count (their code begins with the unit's code, whichever desk of the
unit received them), and only accepted ones: not the online registrations still waiting (1) nor the refused (3).
The queries read through indexes (reception time, status, the settled-events index of m005) so that a year of a
million-dossier store is read in about a second; one row comes back per dossier or per group.
"""

from __future__ import annotations

import sqlite3

from counter_app.store.db import Store

_OURS = "substr(d.code, 1, :n) = :prefix AND d.status NOT IN (1, 3)"


def _window(prefix: str, start: str, end: str) -> dict:
    return {"prefix": prefix + "-", "n": len(prefix) + 1, "start": start, "end": end, "start_day": start[:10]}


def timelines(store: Store, prefix: str, start: str, end: str) -> list[sqlite3.Row]:
    """Every dossier of the unit received before ``end`` whose processing had not ended before ``start``, with
    what judging it needs; the caller drops those settled before ``start`` (found through a later event).

    ``settled`` is "<at> <status>" of the first 9, 7 or 8; ``last_status`` the last status before ``end``;
    ``due`` the appointment set last before ``end`` by anything but a Mẫu 04 (the reception, a supplement pause);
    ``first_due`` the appointment printed on the receipt; times compare as text (all are +07:00).
    """
    return store.all(
        f"""
        WITH candidate(id) AS (
            SELECT id FROM dossier WHERE received_at >= :start AND received_at < :end
            UNION
            SELECT id FROM dossier WHERE status IN (2, 4, 5, 6) AND received_at < :start
            UNION
            SELECT e.dossier_id FROM dossier_event e JOIN dossier d ON d.id = e.dossier_id
            WHERE e.status IN (7, 8, 9) AND substr(e.at, 1, 10) >= :start_day AND d.received_at < :start
        )
        SELECT d.id, d.catalog_id, d.procedure_code, d.channel, d.received_at, d.received_by, d.due_at,
            min(CASE WHEN e.status IN (7, 8, 9) THEN e.at || ' ' || e.status END) AS settled,
            count(CASE WHEN e.status = 5 AND e.at < :end THEN 1 END) AS requests,
            count(CASE WHEN e.kind = 'reschedule' AND e.at < :end THEN 1 END) AS reschedules,
            max(CASE WHEN e.status IS NOT NULL AND e.at < :end THEN e.at || ' ' || e.status END) AS last_status,
            max(CASE WHEN e.due_at IS NOT NULL AND e.kind != 'reschedule' AND e.at < :end
                THEN e.at || ' ' || e.due_at END) AS due,
            min(CASE WHEN e.due_at IS NOT NULL THEN e.at || ' ' || e.due_at END) AS first_due
        FROM candidate c JOIN dossier d ON d.id = c.id LEFT JOIN dossier_event e ON e.dossier_id = d.id
        WHERE d.received_at < :end AND {_OURS}
        GROUP BY d.id
        """,
        _window(prefix, start, end),
    )


def status_events(store: Store, dossier_ids: list[int], end: str) -> list[sqlite3.Row]:
    """The status changes before ``end`` of a few dossiers, in order (to rebuild their supplement pauses)."""
    marks = ", ".join("?" * len(dossier_ids))
    return store.all(
        f"SELECT dossier_id, status, at FROM dossier_event WHERE dossier_id IN ({marks}) AND status IS NOT NULL "
        "AND at < ? ORDER BY dossier_id, at, id",
        (*dossier_ids, end),
    )


def register(store: Store, prefix: str, start: str, end: str) -> list[sqlite3.Row]:
    """The dossiers received in the period in order of reception, with the printed appointment, the last Mẫu 04
    date, the moment the result was handed back and the current status."""
    return store.all(
        f"""
        SELECT d.id, d.code, d.catalog_id, d.procedure_code, d.owner_name, d.phone, d.received_at, d.status,
            d.channel, d.return_method, d.competent_unit, d.fee, d.data,
            (SELECT coalesce(e.due_at, e.step_deadline) FROM dossier_event e WHERE e.dossier_id = d.id
                ORDER BY e.id LIMIT 1) AS first_due,
            (SELECT max(e.due_at) FROM dossier_event e WHERE e.dossier_id = d.id AND e.kind = 'reschedule')
                AS rescheduled_to,
            (SELECT min(e.at) FROM dossier_event e WHERE e.dossier_id = d.id AND e.status = 10) AS returned_at
        FROM dossier d
        WHERE d.received_at >= :start AND d.received_at < :end AND {_OURS}
        ORDER BY d.received_at, d.code
        """,
        _window(prefix, start, end),
    )


def fees(store: Store, prefix: str, start: str, end: str) -> list[sqlite3.Row]:
    """Per procedure (code and catalog version): dossiers received in the period, those with a fee, the amount."""
    return store.all(
        f"""
        SELECT d.catalog_id, d.procedure_code, count(*) AS received, count(CASE WHEN d.fee > 0 THEN 1 END) AS paying,
            coalesce(sum(d.fee), 0) AS amount
        FROM dossier d
        WHERE d.received_at >= :start AND d.received_at < :end AND {_OURS}
        GROUP BY d.catalog_id, d.procedure_code
        """,
        _window(prefix, start, end),
    )


def ratings(store: Store, prefix: str, start: str, end: str) -> list[sqlite3.Row]:
    """Per officer and level, the ratings given in the period; a dossier rated again counts once, by its last."""
    return store.all(
        f"""
        SELECT r.user_id, r.level, count(*) AS n
        FROM rating r JOIN dossier d ON d.id = r.dossier_id
        WHERE r.at >= :start AND r.at < :end AND {_OURS}
            AND NOT EXISTS (SELECT 1 FROM rating later WHERE later.dossier_id = r.dossier_id AND later.id > r.id)
        GROUP BY r.user_id, r.level
        """,
        _window(prefix, start, end),
    )


def procedures(store: Store) -> list[sqlite3.Row]:
    """Name and field of every procedure of every catalog version (a dossier keeps the version it came under)."""
    return store.all("SELECT catalog_id, code, name, field FROM procedure ORDER BY catalog_id")


def user_names(store: Store) -> dict[int, str]:
    return {row["id"]: row["full_name"] for row in store.all("SELECT id, full_name FROM user")}
