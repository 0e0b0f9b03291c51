"""The provincial server's SQL for administration and reading: units, desks and tokens, accounts, published
catalogs, fee tables and calendars, province-side decisions, and what the supervisor and the tests look at.

Pushes are applied in ``push.py``; the feed is appended and read in ``feed.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import psycopg
from psycopg.rows import dict_row
from psycopg.types.json import Jsonb
from psycopg_pool import ConnectionPool

from counter_core.domain.status import Status, check_transition
from counter_core.foundation.errors import NotAllowed, NotFound
from counter_core.foundation.messages import Province
from counter_core.protocol import DossierChange, DossierSnapshot, EventRecord
from provincial_server.store import feed


@dataclass(frozen=True)
class DeskRow:
    id: str
    unit_code: str
    unit_name: str
    desk: int
    last_seq: int
    revoked: bool
    token_used: bool


def connect(url: str) -> psycopg.Connection:
    return psycopg.connect(url, row_factory=dict_row, autocommit=True)


def pool(url: str, size: int = 10) -> ConnectionPool:
    """The server's connections, opened once and shared by requests."""
    return ConnectionPool(
        url, min_size=size, max_size=size, open=True, kwargs={"row_factory": dict_row, "autocommit": True}
    )


def ping(conn: psycopg.Connection) -> None:
    conn.execute("SELECT 1")


# -- administration ---------------------------------------------------------------------------
def create_unit(
    conn: psycopg.Connection, code: str, name: str, header_line1: str | None = None, header_line2: str | None = None
) -> bool:
    """Create or rename a unit, or set the header lines of its papers (None keeps them); every desk of the
    province hears of it (to receive dossiers for it, §9), and the unit's own desks print its header lines."""
    with conn.transaction():
        row = conn.execute(
            "INSERT INTO unit(code, name, header_line1, header_line2) VALUES (%s, %s, %s, %s) "
            "ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
            "  header_line1 = coalesce(%s, unit.header_line1), header_line2 = coalesce(%s, unit.header_line2) "
            "WHERE (unit.name, unit.header_line1, unit.header_line2) IS DISTINCT FROM "
            "  (excluded.name, coalesce(%s, unit.header_line1), coalesce(%s, unit.header_line2)) "
            "RETURNING header_line1, header_line2",
            (code, name, header_line1 or "", header_line2 or "", *(header_line1, header_line2) * 2),
        ).fetchone()
        if row is not None:
            # Header lines only when set: a desk of an earlier release reads no field it does not know.
            body = {"kind": "unit", "code": code, "name": name, **{k: v for k, v in row.items() if v}}
            feed.append(conn, [(None, body)])
    return row is not None


def _unit_exists(conn: psycopg.Connection, code: str) -> None:
    if conn.execute("SELECT 1 FROM unit WHERE code = %s", (code,)).fetchone() is None:
        raise NotFound(Province.NO_SUCH_UNIT, code=code)


def create_desk(conn: psycopg.Connection, unit_code: str, desk: int) -> str:
    _unit_exists(conn, unit_code)
    desk_id = f"{unit_code}-{desk:02d}"
    conn.execute(
        "INSERT INTO desk(id, unit_code, desk) VALUES (%s, %s, %s) ON CONFLICT (id) DO NOTHING",
        (desk_id, unit_code, desk),
    )
    return desk_id


def revoke(conn: psycopg.Connection, desk_id: str) -> bool:
    return (
        conn.execute("UPDATE desk SET revoked_at = now() WHERE id = %s AND revoked_at IS NULL", (desk_id,)).rowcount
        == 1
    )


def units(conn: psycopg.Connection, among: list[str] | None = None) -> list[dict]:
    """The units (those of ``among``, or all) with their office hours and how many desks they have."""
    return conn.execute(
        "SELECT u.code, u.name, u.header_line1, u.header_line2, u.office_hours, u.same_day_cutoff, "
        "count(d.id) AS desks FROM unit u LEFT JOIN desk d ON d.unit_code = u.code "
        "WHERE %(among)s::text[] IS NULL OR u.code = ANY(%(among)s) GROUP BY u.code ORDER BY u.code",
        {"among": among},
    ).fetchall()


def unit_names(conn: psycopg.Connection) -> dict[str, str]:
    return {r["code"]: r["name"] for r in conn.execute("SELECT code, name FROM unit")}


# -- what the province publishes to the desks --------------------------------------------------
def set_office_hours(conn: psycopg.Connection, unit_code: str, hours: str, cutoff: str) -> None:
    with conn.transaction():
        _unit_exists(conn, unit_code)
        conn.execute(
            "UPDATE unit SET office_hours = %s, same_day_cutoff = %s WHERE code = %s", (hours, cutoff, unit_code)
        )
        feed.append(conn, [(unit_code, {"kind": "office_hours", "office_hours": hours, "same_day_cutoff": cutoff})])


def put_account(
    conn: psycopg.Connection,
    unit_code: str,
    username: str,
    full_name: str,
    role: str,
    password_hash: str | None,
    active: bool = True,
) -> None:
    """Create or change an account of a unit (``password_hash`` None keeps the password); desks get it."""
    with conn.transaction():
        _unit_exists(conn, unit_code)
        row = conn.execute(
            "INSERT INTO account AS a (unit_code, username, full_name, role, password_hash, active) "
            "VALUES (%(unit)s, %(user)s, %(name)s, %(role)s, coalesce(%(hash)s, '!'), %(active)s) "
            "ON CONFLICT (unit_code, username) DO UPDATE SET full_name = excluded.full_name, role = excluded.role, "
            "password_hash = coalesce(%(hash)s, a.password_hash), active = excluded.active, updated_at = now() "
            "RETURNING full_name, role, password_hash, active",
            {
                "unit": unit_code,
                "user": username,
                "name": full_name,
                "role": role,
                "hash": password_hash,
                "active": active,
            },
        ).fetchone()
        if row["password_hash"] == "!":
            raise NotAllowed(Province.NEW_ACCOUNT_PASSWORD, username=username)
        feed.append(conn, [(unit_code, {"kind": "account", "username": username, **row})])


def find_account(conn: psycopg.Connection, unit_code: str, username: str) -> dict | None:
    return conn.execute(
        "SELECT * FROM account WHERE unit_code = %s AND username = %s", (unit_code, username)
    ).fetchone()


def accounts(conn: psycopg.Connection, unit_code: str) -> list[dict]:
    return conn.execute(
        "SELECT username, full_name, role, active, updated_at FROM account WHERE unit_code = %s ORDER BY username",
        (unit_code,),
    ).fetchall()


def publish_catalog(conn: psycopg.Connection, sha256: str, version: str, effective_from, body: dict) -> bool:
    """A catalog version for every desk of the province; the same content twice is published once."""
    return _release(
        conn,
        "INSERT INTO catalog_release(sha256, version, effective_from, body) VALUES (%s, %s, %s, %s) "
        "ON CONFLICT DO NOTHING",
        (sha256, version, effective_from, Jsonb(body)),
        {"kind": "catalog", "sha256": sha256, "catalog": body},
    )


def publish_fee_table(conn: psycopg.Connection, sha256: str, resolution: str, effective_from, body: dict) -> bool:
    """A fee table for every desk of the province; every version is kept, the same content twice is published once."""
    return _release(
        conn,
        "INSERT INTO fee_release(sha256, resolution, effective_from, body) VALUES (%s, %s, %s, %s) "
        "ON CONFLICT DO NOTHING",
        (sha256, resolution, effective_from, Jsonb(body)),
        {"kind": "fee_table", "sha256": sha256, "table": body},
    )


def _release(conn: psycopg.Connection, insert: str, params: tuple, entry: dict) -> bool:
    """Keep a release (``insert`` does nothing for content already held) and, if new, tell every desk."""
    with conn.transaction():
        new = conn.execute(insert, params).rowcount == 1
        if new:
            feed.append(conn, [(None, entry)])
    return new


def catalog_releases(conn: psycopg.Connection) -> list[dict]:
    return conn.execute(
        "SELECT version, effective_from, published_at, sha256, jsonb_array_length(body->'procedures') AS procedures "
        "FROM catalog_release ORDER BY effective_from DESC, published_at DESC"
    ).fetchall()


def calendar_releases(conn: psycopg.Connection) -> list[dict]:
    return conn.execute(
        "SELECT year, published_at, jsonb_array_length(body->'days_off') AS days_off, "
        "jsonb_array_length(body->'working_days') AS working_days, body->>'title' AS title "
        "FROM calendar_release ORDER BY year DESC"
    ).fetchall()


def fee_tables(conn: psycopg.Connection) -> list[dict]:
    return conn.execute(
        "SELECT resolution, effective_from, published_at, sha256, jsonb_array_length(body->'fees') AS lines, "
        "jsonb_array_length(body->'exemptions') AS exemptions FROM fee_release ORDER BY effective_from, published_at"
    ).fetchall()


def publish_calendar(conn: psycopg.Connection, year: int, body: dict) -> None:
    """A year's civil-service notice for every desk; a later notice for the same year replaces it."""
    with conn.transaction():
        conn.execute(
            "INSERT INTO calendar_release(year, body) VALUES (%s, %s) ON CONFLICT (year) "
            "DO UPDATE SET body = excluded.body, published_at = now()",
            (year, Jsonb(body)),
        )
        feed.append(conn, [(None, {"kind": "calendar", "notice": body})])


# -- desks and tokens -----------------------------------------------------------------------
def token_used(conn: psycopg.Connection, desk_id: str) -> None:
    """The desk's token reached it: its enrolment code can no longer be used again."""
    conn.execute("UPDATE desk SET token_used_at = now() WHERE id = %s AND token_used_at IS NULL", (desk_id,))


def desk_by_id(conn: psycopg.Connection, desk_id: str) -> DeskRow | None:
    return _desk(conn.execute(_DESK + "WHERE d.id = %s", (desk_id,)).fetchone())


def desk_by_token(conn: psycopg.Connection, token_sha256: str) -> DeskRow | None:
    return _desk(conn.execute(_DESK + "WHERE d.token_sha256 = %s", (token_sha256,)).fetchone())


_DESK = (
    "SELECT d.id, d.unit_code, u.name AS unit_name, d.desk, d.last_seq, d.revoked_at IS NOT NULL AS revoked, "
    "d.token_used_at IS NOT NULL AS token_used "
    "FROM desk d JOIN unit u ON u.code = d.unit_code "
)


def _desk(row: dict | None) -> DeskRow | None:
    return DeskRow(**row) if row else None


# -- province-side decisions ---------------------------------------------------------------------
def decide(
    conn: psycopg.Connection,
    code: str,
    status: Status,
    by: str,
    note: str,
    op_id: str,
    due_at: datetime | None = None,
    papers: list[dict] | None = None,
) -> DossierChange:
    """A processing unit moves a dossier (4, 5, 6, 8, 9): an event, and an entry in the feeds of the receiving
    unit and of the competent unit. A supplement request (5) carries ``papers``, the list the desk prints (Mẫu 02)."""
    with conn.transaction():
        row = conn.execute(
            "SELECT uuid, unit_code, competent_unit, status, due_at FROM dossier WHERE code = %s FOR UPDATE", (code,)
        ).fetchone()
        if row is None:
            raise NotFound(Province.NO_SUCH_DOSSIER, code=code)
        check_transition(Status(row["status"]), status)
        event = EventRecord(
            kind="province_status",
            status=int(status),
            at=datetime.now(UTC),
            user=by,
            user_name=by,
            note=note,
            due_at=due_at,
            data={"items": papers} if papers else None,
        )
        due = due_at or row["due_at"]
        conn.execute(
            "INSERT INTO dossier_event(op_id, dossier_uuid, source, kind, status, at, by_user, by_name, note, data, "
            "due_at) VALUES (%s, %s, 'province', %s, %s, %s, %s, %s, %s, %s, %s)",
            (
                op_id,
                row["uuid"],
                event.kind,
                event.status,
                event.at,
                by,
                by,
                note,
                Jsonb(event.data) if event.data else None,
                due_at,
            ),
        )
        conn.execute("UPDATE dossier SET status = %s, due_at = %s WHERE uuid = %s", (int(status), due, row["uuid"]))
        body = feed.dossier_entry(op_id, row["uuid"], code, None, event, int(status), due)
        cursors = feed.append(conn, [(unit, body) for unit in filter(None, (row["unit_code"], row["competent_unit"]))])
    return DossierChange(cursor=cursors[0], **body)


def statuses(conn: psycopg.Connection, unit_code: str) -> dict[str, int]:
    """Every dossier of a unit and its current status, by code."""
    return {
        r["code"]: r["status"]
        for r in conn.execute("SELECT code, status FROM dossier WHERE unit_code = %s", (unit_code,))
    }


def settled_seqs(conn: psycopg.Connection, desk_id: str) -> dict[str, list[int]]:
    """The desk_seq of every action held from a desk: applied ones and set-aside ones."""
    applied = [
        r["desk_seq"]
        for r in conn.execute("SELECT desk_seq FROM dossier_event WHERE desk_id = %s ORDER BY desk_seq", (desk_id,))
    ]
    aside = [
        r["desk_seq"]
        for r in conn.execute("SELECT desk_seq FROM set_aside WHERE desk_id = %s ORDER BY desk_seq", (desk_id,))
    ]
    return {"applied": applied, "set_aside": aside}


def dossier_snapshot(conn: psycopg.Connection, code: str) -> dict | None:
    """The reception facts of a dossier as its desk pushed them."""
    row = conn.execute("SELECT snapshot FROM dossier WHERE code = %s", (code,)).fetchone()
    return row["snapshot"] if row else None


def dossier_codes(conn: psycopg.Connection, unit_code: str) -> list[str]:
    return [
        r["code"] for r in conn.execute("SELECT code FROM dossier WHERE unit_code = %s ORDER BY code", (unit_code,))
    ]


def events_of(conn: psycopg.Connection, code: str) -> list[dict]:
    """A dossier's events in the server's order."""
    return conn.execute(
        "SELECT e.op_id, e.source, e.desk_id, e.desk_seq, e.kind, e.status, e.note, e.at, e.by_user, "
        "e.by_name, e.data, e.due_at, e.server_received_at FROM dossier_event e "
        "JOIN dossier d ON d.uuid = e.dossier_uuid WHERE d.code = %s ORDER BY e.server_order",
        (code,),
    ).fetchall()


def problems(conn: psycopg.Connection, unit_code: str | None = None) -> list[dict]:
    """Actions set aside, conflicts flagged, breaks in a desk's audit trail and security events (enrolment lockouts,
    codes invalidated), newest first, for the supervisors (of one unit, or all)."""
    return conn.execute(
        "SELECT * FROM ("
        " SELECT 'set_aside' AS kind, s.desk_id, s.desk_seq, s.op_id, s.body->'dossier'->>'code' AS code,"
        "  s.body->'event'->>'kind' AS action, s.reason, s.at FROM set_aside s JOIN desk k ON k.id = s.desk_id"
        "  WHERE %(unit)s::text IS NULL OR k.unit_code = %(unit)s"
        " UNION ALL"
        " SELECT 'conflict', c.desk_id, e.desk_seq, c.op_id, d.code, e.kind, c.reason, c.at FROM conflict c"
        "  JOIN dossier_event e ON e.op_id = c.op_id JOIN dossier d ON d.uuid = c.dossier_uuid"
        "  WHERE %(unit)s::text IS NULL OR %(unit)s IN (d.unit_code, d.competent_unit)"
        " UNION ALL"
        " SELECT 'audit_break', b.desk_id, b.id, NULL, NULL, 'audit', b.reason, b.at FROM audit_break b"
        "  JOIN desk k ON k.id = b.desk_id WHERE %(unit)s::text IS NULL OR k.unit_code = %(unit)s"
        " UNION ALL"
        " SELECT s.kind, s.desk_id, NULL, NULL, NULL, 'security', s.reason, s.at FROM security_event s"
        "  WHERE %(unit)s::text IS NULL OR s.unit_code = %(unit)s"
        ") AS p ORDER BY at DESC",
        {"unit": unit_code},
    ).fetchall()


def changed_dossiers(conn: psycopg.Connection, unit_code: str, start: datetime, end: datetime) -> list[dict]:
    """Dossiers received at or decided by a unit that the server heard something of in [start, end), each
    with its current state and every event in the server's order (``events``) and those of the window
    (``new_events``): what the national portal has to be told. The window is the server's receipt time, so
    a desk that syncs late is still exported in the next window."""
    rows = conn.execute(
        "SELECT d.uuid, d.snapshot, d.status, d.due_at, d.first_due_at, d.competent_unit, "
        " d.server_received_at >= %(start)s AS new FROM dossier d "
        "WHERE (d.unit_code = %(unit)s OR d.competent_unit = %(unit)s) AND EXISTS (SELECT 1 FROM dossier_event e "
        " WHERE e.dossier_uuid = d.uuid AND e.server_received_at >= %(start)s AND e.server_received_at < %(end)s) "
        "ORDER BY d.received_at, d.code",
        {"unit": unit_code, "start": start, "end": end},
    ).fetchall()
    events: dict = {}
    for event in conn.execute(
        "SELECT dossier_uuid, op_id, source, kind, status, at, by_user, by_name, note, data, due_at, "
        "server_received_at >= %s AND server_received_at < %s AS in_window FROM dossier_event "
        "WHERE dossier_uuid = ANY(%s) ORDER BY server_order",
        (start, end, [r["uuid"] for r in rows]),
    ):
        events.setdefault(event["dossier_uuid"], []).append(event)
    # Through the protocol's model, so that snapshots pushed by earlier desks get the fields added since.
    return [
        {
            "dossier": {
                **DossierSnapshot.model_validate(r["snapshot"]).model_dump(mode="json"),
                "status": r["status"],
                "due_at": r["due_at"],
                "first_due_at": r["first_due_at"],
                "competent_unit": r["competent_unit"],
            },
            "new": r["new"],
            "events": events[r["uuid"]],
        }
        for r in rows
    ]
