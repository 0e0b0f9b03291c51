"""The province console's figures (SQL): per receiving unit and procedure, what a period holds (receptions,
appointments, settlements with what judging them needs, ratings), the dossiers late now, receptions per day.

Every query starts from an index: on a moment (``dossier_received``, ``dossier_due``, ``dossier_event_settled``,
``dossier_event_rating``) or on the open dossiers' appointments (``dossier_open_due``); the counting is done by the
caller.
"""

from __future__ import annotations

from datetime import datetime

import psycopg

VN = "Asia/Ho_Chi_Minh"
_IN_SCOPE = "(%(units)s::text[] IS NULL OR d.unit_code = ANY(%(units)s))"
_GROUP = "d.unit_code, d.snapshot->>'procedure_code' AS procedure_code, d.snapshot->>'procedure_name' AS procedure_name"
ACCEPTED = "d.status NOT IN (1, 3)"  # refused at the counter, or registered online and not yet accepted


def period(conn: psycopg.Connection, start: datetime, end: datetime, now: datetime, units: list[str] | None) -> dict:
    """Rows of (unit, procedure, counts) for the period [start, end), in one pipelined round trip:

    - ``received``: dossiers accepted at a counter in the period;
    - ``digitised``: of those, the ones with a paper held as a file (indicator 4.2 of Decision 766);
    - ``due``: accepted dossiers whose appointment falls in the period;
    - ``settled``: dossiers whose processing ended in the period (first of 7, 8, 9), each with its end, its
      statutory appointment (the printed one as moved by supplement pauses, never by a Mẫu 04 new date) and
      how many supplement requests it had by then;
    - ``ratings``: the citizens' ratings given in the period, by level;
    - ``late_now``: dossiers open with a running clock (2, 4, 6, 7) whose appointment is past at ``now``;
    - ``per_day``: receptions per day (Vietnam time).
    """
    args = {"start": start, "end": end, "now": now, "units": units}
    with conn.pipeline():
        received = conn.execute(
            f"SELECT {_GROUP}, count(*) AS n FROM dossier d WHERE d.received_at >= %(start)s "
            f"AND d.received_at < %(end)s AND {ACCEPTED} AND {_IN_SCOPE} GROUP BY 1, 2, 3",
            args,
        )
        digitised = conn.execute(
            f"SELECT {_GROUP}, count(*) AS n FROM dossier d WHERE d.received_at >= %(start)s "
            f"AND d.received_at < %(end)s AND {ACCEPTED} AND {_IN_SCOPE} AND EXISTS (SELECT 1 FROM dossier_event a "
            "WHERE a.dossier_uuid = d.uuid AND a.kind = 'attach_file' AND a.data->>'role' = 'paper') GROUP BY 1, 2, 3",
            args,
        )
        due = conn.execute(
            f"SELECT {_GROUP}, count(*) AS n FROM dossier d WHERE d.due_at >= %(start)s AND d.due_at < %(end)s "
            f"AND {ACCEPTED} AND {_IN_SCOPE} GROUP BY 1, 2, 3",
            args,
        )
        # One pass over each candidate's events (an index scan of dossier_event_order): its first settlement ever,
        # and the supplement requests and appointments set before it (in the server's order).
        settled = conn.execute(
            f"SELECT {_GROUP}, j.settled_at, "
            " (SELECT count(*) FROM unnest(j.supplement_at) AS t(at) WHERE t.at <= j.settled_at) AS supplements, "
            " coalesce((SELECT x.due FROM unnest(j.due_at, j.due_set_at) WITH ORDINALITY AS x(due, at, n) "
            "  WHERE x.at <= j.settled_at ORDER BY x.n DESC LIMIT 1), d.first_due_at) AS statutory_due "
            "FROM (SELECT DISTINCT e.dossier_uuid FROM dossier_event e WHERE e.status IN (7, 8, 9) "
            "  AND e.at >= %(start)s AND e.at < %(end)s) s "
            "JOIN dossier d ON d.uuid = s.dossier_uuid "
            "CROSS JOIN LATERAL (SELECT min(q.at) FILTER (WHERE q.status IN (7, 8, 9)) AS settled_at, "
            "  array_agg(q.at) FILTER (WHERE q.status = 5) AS supplement_at, "
            "  array_agg(q.due_at ORDER BY q.server_order) FILTER (WHERE q.due_at IS NOT NULL "
            "   AND q.kind <> 'reschedule') AS due_at, "
            "  array_agg(q.at ORDER BY q.server_order) FILTER (WHERE q.due_at IS NOT NULL "
            "   AND q.kind <> 'reschedule') AS due_set_at "
            "  FROM dossier_event q WHERE q.dossier_uuid = d.uuid) j "
            f"WHERE {_IN_SCOPE} AND j.settled_at >= %(start)s",
            args,
        )
        ratings = conn.execute(
            f"SELECT {_GROUP}, (e.data->>'level')::int AS level, count(*) AS n FROM dossier_event e "
            "JOIN dossier d ON d.uuid = e.dossier_uuid WHERE e.kind = 'rating' AND e.at >= %(start)s "
            f"AND e.at < %(end)s AND {_IN_SCOPE} GROUP BY 1, 2, 3, 4",
            args,
        )
        late_now = conn.execute(
            f"SELECT {_GROUP}, count(*) AS n FROM dossier d WHERE d.status IN (2, 4, 6, 7) "
            f"AND d.due_at < %(now)s AND {_IN_SCOPE} GROUP BY 1, 2, 3",
            args,
        )
        per_day = conn.execute(
            f"SELECT (d.received_at AT TIME ZONE '{VN}')::date AS day, count(*) AS n FROM dossier d "
            f"WHERE d.received_at >= %(start)s AND d.received_at < %(end)s AND {ACCEPTED} AND {_IN_SCOPE} "
            "GROUP BY 1 ORDER BY 1",
            args,
        )
        return {
            "received": received.fetchall(),
            "digitised": digitised.fetchall(),
            "due": due.fetchall(),
            "settled": settled.fetchall(),
            "ratings": ratings.fetchall(),
            "late_now": late_now.fetchall(),
            "per_day": per_day.fetchall(),
        }
