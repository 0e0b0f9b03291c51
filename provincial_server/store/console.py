"""The province console's SQL: the province's users and their lockout, sessions, the wrong answers the rate limits
count, the server's audit log and its security events, province-wide settings and the log of exports to the national
portal."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import psycopg
from psycopg.types.json import Jsonb

from provincial_server.store import feed

TRACKING_URL = "tracking.url"  # where the receipts' QR codes lead (counter_core.domain.tracking)


@dataclass(frozen=True)
class ProvinceUser:
    username: str
    full_name: str
    role: str  # "admin" or "supervisor"
    units: tuple[str, ...] | None  # a supervisor's units; None: every unit
    password_hash: str
    active: bool


def _user(row: dict | None) -> ProvinceUser | None:
    if row is None:
        return None
    return ProvinceUser(
        row["username"],
        row["full_name"],
        row["role"],
        tuple(row["units"]) if row["units"] is not None else None,
        row["password_hash"],
        row["active"],
    )


# -- the province's users ----------------------------------------------------------------------------
def put_user(
    conn: psycopg.Connection,
    username: str,
    full_name: str,
    role: str,
    units: list[str] | None,
    password_hash: str | None,
    active: bool = True,
) -> None:
    """Create or change a province user (``password_hash`` None keeps the password of an existing one)."""
    conn.execute(
        "INSERT INTO province_user AS u (username, full_name, role, units, password_hash, active) "
        "VALUES (%(user)s, %(name)s, %(role)s, %(units)s, %(hash)s, %(active)s) "
        "ON CONFLICT (username) DO UPDATE SET full_name = excluded.full_name, role = excluded.role, "
        "units = excluded.units, password_hash = coalesce(%(hash)s, u.password_hash), active = excluded.active, "
        "updated_at = now()",
        {"user": username, "name": full_name, "role": role, "units": units, "hash": password_hash, "active": active},
    )


def user(conn: psycopg.Connection, username: str) -> ProvinceUser | None:
    return _user(conn.execute("SELECT * FROM province_user WHERE username = %s", (username,)).fetchone())


def users(conn: psycopg.Connection) -> list[ProvinceUser]:
    return [_user(r) for r in conn.execute("SELECT * FROM province_user ORDER BY username")]


# -- sessions ----------------------------------------------------------------------------------------
def open_session(conn: psycopg.Connection, id_sha256: str, username: str, address: str) -> None:
    conn.execute(
        "INSERT INTO web_session(id_sha256, username, address) VALUES (%s, %s, %s)", (id_sha256, username, address)
    )


def session_user(conn: psycopg.Connection, id_sha256: str, idle: timedelta, lifetime: timedelta) -> ProvinceUser | None:
    """The active user of a live session (seen within ``idle``, opened within ``lifetime``), which is touched;
    None for an unknown, expired or disabled one."""
    row = conn.execute(
        "UPDATE web_session s SET seen_at = now() FROM province_user u WHERE s.id_sha256 = %s "
        "AND u.username = s.username AND u.active AND s.seen_at > now() - %s AND s.created_at > now() - %s "
        "RETURNING u.*",
        (id_sha256, idle, lifetime),
    ).fetchone()
    return _user(row)


def close_session(conn: psycopg.Connection, id_sha256: str) -> None:
    conn.execute("DELETE FROM web_session WHERE id_sha256 = %s", (id_sha256,))


def close_sessions_of(conn: psycopg.Connection, username: str) -> int:
    return conn.execute("DELETE FROM web_session WHERE username = %s", (username,)).rowcount


# -- wrong answers, for the rate limits -----------------------------------------------------------------
def failures(
    conn: psycopg.Connection, kind: str, address: str, target: str, by_address: timedelta, on_target: timedelta
) -> tuple[int, int]:
    """Wrong answers of ``kind``: from ``address`` within ``by_address``, and on ``target`` from anywhere within
    ``on_target``."""
    row = conn.execute(
        "SELECT (SELECT count(*) FROM web_failure WHERE kind = %(kind)s AND address = %(address)s "
        "AND at > now() - %(by_address)s) AS by_address, (SELECT count(*) FROM web_failure WHERE kind = %(kind)s "
        "AND target = %(target)s AND at > now() - %(on_target)s) AS on_target",
        {"kind": kind, "address": address, "target": target, "by_address": by_address, "on_target": on_target},
    ).fetchone()
    return row["by_address"], row["on_target"]


def locked_until(conn: psycopg.Connection, kind: str, target: str, limit: int, window: timedelta) -> datetime | None:
    """Until when ``target`` is locked: ``limit`` wrong answers on it within ``window`` lock it until the window has
    passed over the oldest of them; None when it is not locked."""
    row = conn.execute(
        "SELECT at + %(window)s AS until FROM web_failure WHERE kind = %(kind)s AND target = %(target)s "
        "AND at > now() - %(window)s ORDER BY at DESC OFFSET %(skip)s LIMIT 1",
        {"kind": kind, "target": target, "window": window, "skip": limit - 1},
    ).fetchone()
    return row["until"] if row else None


def clear_failures(conn: psycopg.Connection, kind: str, target: str) -> int:
    """A right answer (or an administrator's unlock) forgets the wrong ones on ``target``."""
    return conn.execute("DELETE FROM web_failure WHERE kind = %s AND target = %s", (kind, target)).rowcount


def add_failure(conn: psycopg.Connection, kind: str, address: str, target: str, keep: timedelta) -> None:
    """Count a wrong answer; rows of ``kind`` older than ``keep`` go at the same time (now and then, not every time)."""
    conn.execute("INSERT INTO web_failure(kind, address, target) VALUES (%s, %s, %s)", (kind, address, target))
    if secrets.randbelow(100) == 0:
        conn.execute("DELETE FROM web_failure WHERE kind = %s AND at < now() - %s", (kind, keep))


# -- the server's audit log ---------------------------------------------------------------------------------
def audit(conn: psycopg.Connection, actor: str, address: str, action: str, target: str, detail: object) -> None:
    conn.execute(
        "INSERT INTO server_audit(actor, address, action, target, detail) VALUES (%s, %s, %s, %s, %s)",
        (actor, address, action, target, Jsonb(detail) if detail is not None else None),
    )


def audit_log(conn: psycopg.Connection, limit: int = 200) -> list[dict]:
    return conn.execute(
        "SELECT at, actor, address, action, target, detail FROM server_audit ORDER BY id DESC LIMIT %s", (limit,)
    ).fetchall()


def security_events(conn: psycopg.Connection, limit: int = 200) -> list[dict]:
    """The server's security events (``store/enrolment.py``, the console's and the look-up's lockouts), newest first."""
    return conn.execute(
        "SELECT at, kind, unit_code, desk_id, address, reason FROM security_event ORDER BY id DESC LIMIT %s", (limit,)
    ).fetchall()


# -- province-wide settings ---------------------------------------------------------------------------------
def setting(conn: psycopg.Connection, name: str) -> str | None:
    row = conn.execute("SELECT value FROM server_setting WHERE name = %s", (name,)).fetchone()
    return row["value"] if row else None


def publish_tracking_url(conn: psycopg.Connection, template: str) -> bool:
    """Where every desk's receipts lead from now on; False if it already was."""
    with conn.transaction():
        changed = (
            conn.execute(
                "INSERT INTO server_setting(name, value) VALUES (%s, %s) ON CONFLICT (name) DO UPDATE "
                "SET value = excluded.value, updated_at = now() WHERE server_setting.value <> excluded.value",
                (TRACKING_URL, template),
            ).rowcount
            == 1
        )
        if changed:
            feed.append(conn, [(None, {"kind": "tracking", "tracking_url": template})])
    return changed


# -- the exports for the national portal ---------------------------------------------------------------------
def log_export(
    conn: psycopg.Connection, actor: str, unit_code: str, day_from: date, day_to: date, counts: dict
) -> None:
    conn.execute(
        "INSERT INTO export_log(actor, unit_code, day_from, day_to, dossiers_new, dossiers_updated, progress_steps) "
        "VALUES (%s, %s, %s, %s, %s, %s, %s)",
        (
            actor,
            unit_code,
            day_from,
            day_to,
            counts["dossiers_new"],
            counts["dossiers_updated"],
            counts["progress_steps"],
        ),
    )


def exports(conn: psycopg.Connection, units: list[str] | None, limit: int = 100) -> list[dict]:
    return conn.execute(
        "SELECT e.*, u.name AS unit_name FROM export_log e JOIN unit u ON u.code = e.unit_code "
        "WHERE %(units)s::text[] IS NULL OR e.unit_code = ANY(%(units)s) ORDER BY e.id DESC LIMIT %(limit)s",
        {"units": units, "limit": limit},
    ).fetchall()
