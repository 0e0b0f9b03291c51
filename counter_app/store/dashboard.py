"""The supervisor's dashboard queries: the dossiers a day's figures count and the 30-day trend (the sync backlog is
counted by the journal).

Every query walks an index over a bounded range (a day's receptions, a day's returns, open dossiers due
soon, a few statuses), never the whole dossier or outbox table, so the dashboard stays fast on a store of
millions of dossiers. Moments are ISO strings in Vietnam time, compared as text like everywhere in the store.
"""

from __future__ import annotations

import sqlite3

from counter_app.store.db import Params, Store
from counter_app.store.statuses import CLOSING_EVENTS, sql_set
from counter_core.domain.intake import ReturnMethod
from counter_core.domain.status import NOT_RECEIVED, TIMED, Status

RETURNED, READY, SUPPLEMENT = int(Status.RETURNED), int(Status.RESULT_READY), int(Status.SUPPLEMENT_REQUESTED)


def day_rows(store: Store, start: str, end: str, soon: str) -> list[sqlite3.Row]:
    """The dossiers a day's figures may count, with what classifies them: received in [start, end), returned
    (a status-10 event) in [start, end), open with a running appointment before ``soon``, waiting for a
    supplement, or with a result ready to go by post. ``returned`` is 1 for a dossier returned in the range;
    ``digitised`` and ``result_digitised`` whether a paper or a result of it is held as a file."""
    return store.all(
        "WITH returned AS (SELECT DISTINCT dossier_id AS id FROM dossier_event "
        f"                 WHERE status = {RETURNED} AND {CLOSING_EVENTS} AND at >= :start AND at < :end), "
        "picked AS (SELECT id FROM dossier WHERE received_at >= :start AND received_at < :end "
        "           UNION SELECT id FROM returned "
        f"          UNION SELECT id FROM dossier WHERE status IN {sql_set(TIMED)} AND due_at < :soon "
        f"          UNION SELECT id FROM dossier WHERE status = {SUPPLEMENT} "
        f"          UNION SELECT id FROM dossier WHERE status = {READY} AND return_method = {int(ReturnMethod.POST)}) "
        "SELECT d.id, d.status, d.received_at, d.due_at, d.received_by, d.procedure_code, d.channel, "
        "       d.return_method, d.id IN (SELECT id FROM returned) AS returned, "
        "       EXISTS (SELECT 1 FROM dossier_event a WHERE a.dossier_id = d.id AND a.kind = 'attach_file' "
        "               AND json_extract(a.data, '$.role') = 'paper') AS digitised, "
        "       EXISTS (SELECT 1 FROM dossier_event a WHERE a.dossier_id = d.id AND a.kind = 'attach_file' "
        "               AND json_extract(a.data, '$.role') = 'result') AS result_digitised "
        "FROM picked JOIN dossier d ON d.id = picked.id",
        {"start": start, "end": end, "soon": soon},
    )


def received_per_day(store: Store, start: str, end: str) -> dict[str, int]:
    """Dossiers accepted per day (yyyy-mm-dd) in [start, end): all receptions less those registered online
    and not yet accepted or refused; both counts are read from indexes alone."""
    counts = _per_day(
        store,
        "SELECT substr(received_at, 1, 10) AS day, count(*) AS n FROM dossier "
        "WHERE received_at >= ? AND received_at < ? GROUP BY day",
        (start, end),
    )
    for day, n in _per_day(
        store,
        "SELECT substr(received_at, 1, 10) AS day, count(*) AS n FROM dossier "
        f"WHERE status IN {sql_set(NOT_RECEIVED)} AND received_at >= ? AND received_at < ? GROUP BY day",
        (start, end),
    ).items():
        counts[day] -= n
    return counts


def returned_per_day(store: Store, start: str, end: str) -> dict[str, int]:
    """Dossiers returned per day in [start, end): a status-10 event that day, and still returned now (an action
    the province set aside and walked back does not count). CROSS JOIN keeps the day's events as the outer
    loop: the planner would otherwise walk every returned dossier."""
    return _per_day(
        store,
        "SELECT substr(e.at, 1, 10) AS day, count(DISTINCT e.dossier_id) AS n "
        "FROM dossier_event e CROSS JOIN dossier d ON d.id = e.dossier_id "
        f"WHERE e.status = {RETURNED} AND e.{CLOSING_EVENTS} AND e.at >= ? AND e.at < ? AND d.status = {RETURNED} "
        "GROUP BY day",
        (start, end),
    )


def _per_day(store: Store, sql: str, params: Params) -> dict[str, int]:
    return {row["day"]: row["n"] for row in store.all(sql, params)}
