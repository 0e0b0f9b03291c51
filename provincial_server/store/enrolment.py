"""Enrolment codes and the attempts to use them (SQL): codes kept as keyed hashes, spent once, and wrong codes
counted per client address and per unit, a lockout after too many, written down for the province.

An address that sent ``ADDRESS_FAILURES`` wrong codes within ``WINDOW``, or a unit that got ``UNIT_FAILURES``
(whatever their addresses), is refused every code, the right one too, until the oldest of those failures is older
than ``WINDOW``. The moment a lockout begins is a ``security_event`` the province sees (``counter-server
problems``), and a warning in the server's log.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import psycopg

from counter_core.foundation.messages import Province
from counter_core.foundation.texts import Text
from provincial_server.store.admin import DeskRow, desk_by_id

WINDOW = timedelta(minutes=15)
ADDRESS_FAILURES = 10
UNIT_FAILURES = 20
RETRY = timedelta(hours=1)  # a code whose answer was lost may be used again this long
KEPT = timedelta(days=7)  # wrong attempts are forgotten after this long


@dataclass(frozen=True)
class Locked:
    until: datetime
    scope: str  # "address" or "unit"


@dataclass(frozen=True)
class Wrong:
    failures: int  # wrong codes from this address within the window, this one included
    locked: Locked | None  # this failure began a lockout


def add_code(conn: psycopg.Connection, desk_id: str, code_hash: str, valid_for: timedelta) -> None:
    conn.execute(
        "INSERT INTO enrolment_key(code_hash, desk_id, expires_at) VALUES (%s, %s, now() + %s)",
        (code_hash, desk_id, valid_for),
    )


def key_check(conn: psycopg.Connection, value: str) -> str:
    """The check value of the server's key the database holds (``value`` if it held none yet)."""
    with conn.transaction():
        conn.execute(
            "INSERT INTO server_setting(name, value) VALUES ('enrolment_key_check', %s) ON CONFLICT DO NOTHING",
            (value,),
        )
        return conn.execute("SELECT value FROM server_setting WHERE name = 'enrolment_key_check'").fetchone()["value"]


def enrol(
    conn: psycopg.Connection, code_hash: str, token_sha256: str, machine: str, address: str, unit_code: str | None
) -> DeskRow | Locked | Wrong:
    """Spend a one-time code for a desk (of ``unit_code`` if the desk says which): it gets a new token (an earlier
    one stops working). Refused while the address or the unit is locked out; a wrong code is counted.

    If the answer never reached the desk (the connection cut after the commit), the same code works again for an
    hour, as long as the token it gave has never been used: it then gives another token.
    """
    with conn.transaction():
        locked = _locked(conn, address, unit_code)
        if locked is not None:
            return locked
        row = conn.execute(
            "UPDATE enrolment_key c SET used_at = now() FROM desk d WHERE c.code_hash = %s AND d.id = c.desk_id "
            "AND (%s::text IS NULL OR d.unit_code = %s) AND c.expires_at > now() AND (c.used_at IS NULL OR "
            "(c.used_at > now() - %s AND d.enrolled_at = c.used_at AND d.token_used_at IS NULL)) RETURNING c.desk_id",
            (code_hash, unit_code, unit_code, RETRY),
        ).fetchone()
        if row is None:
            return _failed(conn, address, unit_code)
        conn.execute(
            "UPDATE desk SET token_sha256 = %s, machine = %s, enrolled_at = now(), revoked_at = NULL, "
            "token_used_at = NULL WHERE id = %s",
            (token_sha256, machine, row["desk_id"]),
        )
        return desk_by_id(conn, row["desk_id"])


def _locked(conn: psycopg.Connection, address: str, unit_code: str | None) -> Locked | None:
    for scope, value, limit in (("address", address, ADDRESS_FAILURES), ("unit", unit_code, UNIT_FAILURES)):
        if value is None:
            continue
        row = conn.execute(
            f"SELECT at FROM enrolment_failure WHERE {scope if scope == 'address' else 'unit_code'} = %s "
            "AND at > now() - %s ORDER BY at DESC OFFSET %s LIMIT 1",
            (value, WINDOW, limit - 1),
        ).fetchone()
        if row is not None:
            return Locked(row["at"] + WINDOW, scope)
    return None


def _failed(conn: psycopg.Connection, address: str, unit_code: str | None) -> Wrong:
    conn.execute("DELETE FROM enrolment_failure WHERE at < now() - %s", (KEPT,))
    conn.execute("INSERT INTO enrolment_failure(address, unit_code) VALUES (%s, %s)", (address, unit_code))
    counts = conn.execute(
        "SELECT count(*) FILTER (WHERE address = %(a)s) AS address, "
        "count(*) FILTER (WHERE unit_code = %(u)s) AS unit FROM enrolment_failure WHERE at > now() - %(w)s",
        {"a": address, "u": unit_code, "w": WINDOW},
    ).fetchone()
    locked = None
    if counts["address"] == ADDRESS_FAILURES:
        locked = Locked(conn.execute("SELECT now() AS t").fetchone()["t"] + WINDOW, "address")
    elif unit_code is not None and counts["unit"] == UNIT_FAILURES:
        locked = Locked(conn.execute("SELECT now() AS t").fetchone()["t"] + WINDOW, "unit")
    if locked is not None:
        minutes = WINDOW.seconds // 60
        record_event(
            conn,
            "enrolment_lockout",
            (
                Text(Province.LOCKOUT_ADDRESS, minutes=minutes, address=address, failures=ADDRESS_FAILURES)
                if locked.scope == "address"
                else Text(
                    Province.LOCKOUT_UNIT, minutes=minutes, unit=unit_code, failures=UNIT_FAILURES, address=address
                )
            ).in_language(),  # for the province's staff, in Vietnamese
            unit_code=unit_code,
            address=address,
        )
    return Wrong(counts["address"], locked)


def record_event(
    conn: psycopg.Connection,
    kind: str,
    reason: str,
    unit_code: str | None = None,
    desk_id: str | None = None,
    address: str | None = None,
) -> None:
    """Something the province must see about its server's security (listed with ``counter-server problems``)."""
    conn.execute(
        "INSERT INTO security_event(kind, unit_code, desk_id, address, reason) VALUES (%s, %s, %s, %s, %s)",
        (kind, unit_code, desk_id, address, reason),
    )
