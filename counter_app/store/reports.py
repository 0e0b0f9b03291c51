"""The queries of the supervisors' registers and reports, over a period [start, end) of ISO moments in Vietnam time.

Only dossiers received at the unit's counter count (their code begins with the unit's code, whichever desk of the
unit received them), and only accepted ones: not the online registrations still waiting (1) nor the refused (3).
The statistics of a period may instead count the dossiers the unit decides (``by_competent``): those received here
for no other unit, and those received at another unit for this one (§9).
The queries read through indexes (reception time, status, the two partial event indexes of m005) so that a year
of a million-dossier store is read in about a second; one row comes back per dossier or per group.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from counter_app.store.db import Params, Store
from counter_app.store.statuses import CLOSING_EVENTS, sql_set
from counter_core.domain.status import ENDS_PROCESSING, IN_PROCESSING, NOT_RECEIVED, Status

_OURS = f"substr(d.code, 1, :n) = :prefix AND d.status NOT IN {sql_set(NOT_RECEIVED)}"
_DECIDED_HERE = (
    "(d.competent_unit = :unit OR (d.competent_unit IS NULL AND substr(d.code, 1, :n) = :prefix)) "
    f"AND d.status NOT IN {sql_set(NOT_RECEIVED)}"
)
_ENDS = sql_set(ENDS_PROCESSING)
SUPPLEMENT, RETURNED = int(Status.SUPPLEMENT_REQUESTED), int(Status.RETURNED)


def _window(prefix: str, start: str, end: str) -> dict[str, str | int]:
    return {"unit": prefix, "prefix": prefix + "-", "n": len(prefix) + 1, "start": start, "end": end}


def _tuples(store: Store, sql: str, params: Params) -> list[tuple[Any, ...]]:
    """Rows as plain tuples: a year of dossiers reads faster without named rows."""
    with store.lock:
        cursor = store.conn.cursor()
        cursor.row_factory = None
        return cursor.execute(sql, params).fetchall()


_CANDIDATE = """
    SELECT d.id, d.catalog_id, d.procedure_code, d.channel, d.received_at < :start, d.received_by, d.due_at,
        EXISTS (SELECT 1 FROM dossier_event m WHERE m.dossier_id = d.id
            AND (m.status = {supplement} OR m.kind = 'reschedule')) AS moved,
        CASE WHEN d.received_at < :start THEN EXISTS (SELECT 1 FROM dossier_event s WHERE s.dossier_id = d.id
            AND s.status IN {ends} AND s.{closing} AND s.at < :start) ELSE 0 END AS settled_before{more}
    FROM dossier d
    WHERE {ours} AND """


def candidates(store: Store, prefix: str, start: str, end: str, by_competent: bool = False) -> list[tuple[Any, ...]]:
    """Every dossier of the unit received before ``end`` whose processing may not have ended before ``start``:
    received in the period, or before it and still open or ended at ``start`` or later. Each row is (id,
    catalog_id, procedure_code, channel, carried_over, received_by, due_at, moved, settled_before):
    ``settled_before`` says whether an earlier end (a withdrawal before the stop) rules it out; ``moved`` whether a
    supplement pause or a Mẫu 04 ever moved its appointment: only those need their history (``histories``), for
    the others the appointment is the dossier's. ``by_competent`` counts the dossiers the unit decides instead of
    those it received.

    The dossiers received before the period and ended since are those of the closing events since its start that were
    not received since (the list read from the index of reception times once), not each event's dossier looked up."""
    window = _window(prefix, start, end)
    candidate = _candidate(by_competent, "")
    received = _tuples(store, candidate + "d.received_at >= :start AND d.received_at < :end", window)
    carried = _tuples(
        store,
        candidate
        + """d.received_at < :start AND d.id IN (
            SELECT id FROM dossier WHERE status IN """
        + sql_set(IN_PROCESSING)
        + """ AND received_at < :start
            UNION
            SELECT e.dossier_id FROM dossier_event e
            WHERE e.status IN """
        + _ENDS
        + """ AND e."""
        + CLOSING_EVENTS
        + """ AND e.at >= :start
            AND e.dossier_id NOT IN (SELECT n.id FROM dossier n WHERE n.received_at >= :start))""",
        window,
    )
    return carried + received


def moved(store: Store, prefix: str, start: str, end: str, by_competent: bool = False) -> list[tuple[Any, ...]]:
    """The candidates outside ``tallied``'s groups, those whose appointment a supplement pause or a Mẫu 04 moved
    (found from the index of such events, m008), not ended before the period: each row as ``candidates``' followed
    by the first end of its processing in the period ("<at> <status>", or None)."""
    first_end = f""", (SELECT min(s.at || ' ' || s.status) FROM dossier_event s WHERE s.dossier_id = d.id
        AND s.status IN {_ENDS} AND s.at >= :start AND s.at < :end)"""
    return _tuples(
        store,
        _candidate(by_competent, first_end)
        # the condition of the partial index dossier_event_due_moves, word for word (a parameter would not match it)
        + f"d.id IN (SELECT dossier_id FROM dossier_event WHERE status = {SUPPLEMENT} OR kind = 'reschedule') "
        "AND d.received_at < :end AND NOT settled_before",
        _window(prefix, start, end),
    )


def _candidate(by_competent: bool, more: str) -> str:
    """The start of a query of candidates, ``more`` columns after theirs, up to its last condition."""
    return _CANDIDATE.format(
        supplement=SUPPLEMENT,
        ends=_ENDS,
        closing=CLOSING_EVENTS,
        ours=_DECIDED_HERE if by_competent else _OURS,
        more=more,
    )


def tallied(
    store: Store, unit: str, first_day: str, last_day: str, by_competent: bool = False
) -> list[tuple[Any, ...]]:
    """The groups of dossiers judged alike (migration m014) of the unit's counters, or (``by_competent``) that the
    unit decides, counted from ``first_day`` to ``last_day`` (YYYY-MM-DD, both included): received in those days, or
    before and not ended before the first. Each row is (carried_over, catalog_id, procedure_code, channel, due day or
    '', first end "<day> <status>" or '', number of dossiers)."""
    ours = "(competent = :unit OR (competent = '' AND unit = :unit))" if by_competent else "unit = :unit"
    return _tuples(
        store,
        "SELECT received_day < :first, catalog_id, procedure_code, channel, due_day, ended, n FROM report_tally "
        f"WHERE received_day <= :last AND (received_day >= :first OR ended = '' OR ended >= :first) AND {ours}",
        {"unit": unit, "first": first_day, "last": last_day},
    )


def settled(store: Store, start: str, end: str) -> list[tuple[Any, ...]]:
    """(dossier_id, at, status) of the events that ended a dossier's processing (9, 7 or 8) in [start, end), read
    from their index alone, the latest first (so that the earliest of a dossier's is the last)."""
    return _tuples(
        store,
        f"SELECT dossier_id, at, status FROM dossier_event WHERE status IN {_ENDS} AND "
        f"{CLOSING_EVENTS} AND at >= ? AND at < ? ORDER BY at DESC",
        (start, end),
    )


def histories(store: Store, dossier_ids: list[int], end: str) -> list[sqlite3.Row]:
    """What judging needs from the events before ``end`` of a few dossiers: ``requests`` (supplement requests),
    ``reschedules`` (Mẫu 04), ``last_status`` ("<at> <status>"), ``due`` ("<at> <due>": the appointment set last by
    anything but a Mẫu 04) and ``first_due`` (as printed on the receipt); times compare as text (all +07:00)."""
    return store.all(
        """
        SELECT e.dossier_id AS id,
            count(CASE WHEN e.status = :supplement THEN 1 END) AS requests,
            count(CASE WHEN e.kind = 'reschedule' THEN 1 END) AS reschedules,
            max(CASE WHEN e.status IS NOT NULL THEN e.at || ' ' || e.status END) AS last_status,
            max(CASE WHEN e.due_at IS NOT NULL AND e.kind != 'reschedule' THEN e.at || ' ' || e.due_at END) AS due,
            min(CASE WHEN e.due_at IS NOT NULL THEN e.at || ' ' || e.due_at END) AS first_due
        FROM dossier_event e
        WHERE e.dossier_id IN (SELECT value FROM json_each(:ids)) AND e.at < :end
        GROUP BY e.dossier_id
        """,
        {"ids": json.dumps(dossier_ids), "end": end, "supplement": SUPPLEMENT},
    )


def status_events(store: Store, dossier_ids: list[int], end: str) -> list[sqlite3.Row]:
    """The status changes before ``end`` of a few dossiers, in order (to rebuild their supplement pauses)."""
    return store.all(
        "SELECT dossier_id, status, at FROM dossier_event WHERE dossier_id IN (SELECT value FROM json_each(?)) "
        "AND status IS NOT NULL AND at < ? ORDER BY dossier_id, at, id",
        (json.dumps(dossier_ids), end),
    )


def register(store: Store, prefix: str, start: str, end: str) -> list[sqlite3.Row]:
    """The dossiers received in the period in order of reception, with the owner's address and the number of sets
    from the reception facts, the printed appointment, the current one, the last Mẫu 04 date, the moment the result
    was handed back, the current status and how many papers and results are held as files."""
    return store.all(
        f"""
        SELECT d.id, d.code, d.catalog_id, d.procedure_code, d.owner_name, d.phone, d.received_at, d.status, d.due_at,
            d.channel, d.return_method, d.competent_unit, d.fee,
            coalesce(json_extract(d.data, '$.owner.address'), '') AS address,
            coalesce(json_extract(d.data, '$.sets'), 1) AS sets,
            (SELECT coalesce(e.due_at, e.step_deadline) FROM dossier_event e WHERE e.dossier_id = d.id
                ORDER BY e.id LIMIT 1) AS first_due,
            (SELECT max(e.due_at) FROM dossier_event e WHERE e.dossier_id = d.id AND e.kind = 'reschedule')
                AS rescheduled_to,
            (SELECT min(e.at) FROM dossier_event e WHERE e.dossier_id = d.id AND e.status = {RETURNED}) AS returned_at,
            (SELECT count(DISTINCT json_extract(e.data, '$.document')) FROM dossier_event e WHERE e.dossier_id = d.id
                AND e.kind = 'attach_file' AND json_extract(e.data, '$.role') = 'paper') AS papers_held,
            (SELECT count(DISTINCT json_extract(e.data, '$.document')) FROM dossier_event e WHERE e.dossier_id = d.id
                AND e.kind = 'attach_file' AND json_extract(e.data, '$.role') = 'result') AS results_held
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


def fee_exemptions(store: Store, prefix: str, start: str, end: str) -> list[sqlite3.Row]:
    """Per exemption (picked at reception, or the law's for a procedure free by law) and its ground, the dossiers
    received in the period without paying; and, under no exemption, those whose amount the province had not set
    yet (``pending``). Dossiers received before fees were kept name their exemption in their fee request only."""
    return store.all(
        f"""
        SELECT coalesce(
                json_extract(d.data, '$.fee_charged.exemption'), json_extract(d.data, '$.fee_request.exemption')
            ) AS exemption,
            coalesce(json_extract(d.data, '$.fee_charged.ground'), '') AS ground,
            coalesce(json_extract(d.data, '$.fee_charged.pending'), 0) AS pending, count(*) AS dossiers
        FROM dossier d
        WHERE d.received_at >= :start AND d.received_at < :end AND {_OURS}
            AND (exemption IS NOT NULL OR pending)
        GROUP BY exemption, ground, pending
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


def digitised(store: Store, prefix: str, start: str, end: str) -> list[sqlite3.Row]:
    """Per procedure code and clerk: the dossiers received in the period and those with a paper held as a file; the
    results handed back in the period (status 10, by the clerk who handed them) and those with a result held as a
    file (indicator 4.2 of Decision 766 and its results' counterpart)."""
    return store.all(
        f"""
        SELECT d.procedure_code, d.received_by AS clerk_id, 'received' AS kind, count(*) AS total,
            count(CASE WHEN EXISTS (SELECT 1 FROM dossier_event a WHERE a.dossier_id = d.id AND a.kind = 'attach_file'
                AND json_extract(a.data, '$.role') = 'paper') THEN 1 END) AS digitised
        FROM dossier d
        WHERE d.received_at >= :start AND d.received_at < :end AND {_OURS}
        GROUP BY d.procedure_code, d.received_by
        UNION ALL
        SELECT d.procedure_code, r.user_id, 'returned', count(*),
            count(CASE WHEN EXISTS (SELECT 1 FROM dossier_event a WHERE a.dossier_id = d.id AND a.kind = 'attach_file'
                AND json_extract(a.data, '$.role') = 'result') THEN 1 END)
        FROM dossier_event r JOIN dossier d ON d.id = r.dossier_id
        WHERE r.status = 10 AND r.{CLOSING_EVENTS} AND r.at >= :start AND r.at < :end AND {_OURS}
            AND NOT EXISTS (SELECT 1 FROM dossier_event o WHERE o.dossier_id = r.dossier_id AND o.status = 10
                AND o.id < r.id)
        GROUP BY d.procedure_code, r.user_id
        """,
        _window(prefix, start, end),
    )
