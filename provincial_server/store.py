"""Every SQL statement of the provincial server: units, desks and their tokens, pushed actions, the change log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import psycopg
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool
from psycopg.types.json import Jsonb

from counter_app.domain.status import Status, check_transition
from counter_app.errors import NotAllowed
from counter_app.sync.protocol import Action, Change, ItemResult, Outcome

CHANGE_LOG_LOCK = 726_200  # appends to the change log are serialised: cursors become visible in order


@dataclass(frozen=True)
class DeskRow:
    id: str
    unit_code: str
    unit_name: str
    desk: int
    last_seq: int
    revoked: bool


class Gap(Exception):
    """The desk sent an action past the next one the server expects."""

    def __init__(self, expected: int) -> None:
        super().__init__(expected)
        self.expected = expected


class Fork(Exception):
    """Another machine already used this desk's sequence number for a different action (a cloned desk)."""


def connect(url: str) -> psycopg.Connection:
    return psycopg.connect(url, row_factory=dict_row, autocommit=True)


def pool(url: str, size: int = 10) -> ConnectionPool:
    """The server's connections, opened once and shared by requests."""
    return ConnectionPool(url, min_size=2, max_size=size, open=True,
                          kwargs={"row_factory": dict_row, "autocommit": True})


# -- administration ---------------------------------------------------------------------------
def create_unit(conn: psycopg.Connection, code: str, name: str) -> None:
    conn.execute("INSERT INTO unit(code, name) VALUES (%s, %s) ON CONFLICT (code) DO UPDATE SET name = excluded.name",
                 (code, name))


def create_desk(conn: psycopg.Connection, unit_code: str, desk: int) -> str:
    desk_id = f"{unit_code}-{desk:02d}"
    conn.execute("INSERT INTO desk(id, unit_code, desk) VALUES (%s, %s, %s) ON CONFLICT (id) DO NOTHING",
                 (desk_id, unit_code, desk))
    return desk_id


def add_enrolment_code(conn: psycopg.Connection, desk_id: str, code_sha256: str, valid_for: timedelta) -> None:
    conn.execute("INSERT INTO enrolment_code(code_sha256, desk_id, expires_at) VALUES (%s, %s, now() + %s)",
                 (code_sha256, desk_id, valid_for))


def revoke(conn: psycopg.Connection, desk_id: str) -> bool:
    return conn.execute("UPDATE desk SET revoked_at = now() WHERE id = %s AND revoked_at IS NULL",
                        (desk_id,)).rowcount == 1


def units(conn: psycopg.Connection) -> list[dict]:
    return conn.execute("SELECT u.code, u.name, count(d.id) AS desks FROM unit u LEFT JOIN desk d "
                        "ON d.unit_code = u.code GROUP BY u.code, u.name ORDER BY u.code").fetchall()


# -- desks and tokens -----------------------------------------------------------------------
def enrol(conn: psycopg.Connection, code_sha256: str, token_sha256: str, machine: str) -> DeskRow | None:
    """Spend a one-time code: the desk gets a new token (an earlier one stops working)."""
    with conn.transaction():
        row = conn.execute(
            "UPDATE enrolment_code SET used_at = now() WHERE code_sha256 = %s AND used_at IS NULL "
            "AND expires_at > now() RETURNING desk_id", (code_sha256,)).fetchone()
        if row is None:
            return None
        conn.execute("UPDATE desk SET token_sha256 = %s, machine = %s, enrolled_at = now(), revoked_at = NULL "
                     "WHERE id = %s", (token_sha256, machine, row["desk_id"]))
        return desk_by_id(conn, row["desk_id"])


def desk_by_id(conn: psycopg.Connection, desk_id: str) -> DeskRow | None:
    return _desk(conn.execute(_DESK + "WHERE d.id = %s", (desk_id,)).fetchone())


def desk_by_token(conn: psycopg.Connection, token_sha256: str) -> DeskRow | None:
    return _desk(conn.execute(_DESK + "WHERE d.token_sha256 = %s", (token_sha256,)).fetchone())


_DESK = ("SELECT d.id, d.unit_code, u.name AS unit_name, d.desk, d.last_seq, d.revoked_at IS NOT NULL AS revoked "
         "FROM desk d JOIN unit u ON u.code = d.unit_code ")


def _desk(row: dict | None) -> DeskRow | None:
    return DeskRow(**row) if row else None


# -- push -------------------------------------------------------------------------------------
REFUSALS = (NotAllowed, psycopg.errors.UniqueViolation, psycopg.errors.ForeignKeyViolation)


class _Refused(Exception):
    """An action of the fast path was refused: the batch is redone action by action."""


def apply_actions(conn: psycopg.Connection, desk_id: str, actions: list[Action]) -> tuple[int, list[ItemResult]]:
    """Apply a desk's actions in desk_seq order; returns (applied_through, results).

    Already held (same op_id, or a desk_seq already settled) is a duplicate. An action the status machine
    or a constraint refuses is set aside with its reason and still consumes its desk_seq, so it blocks
    nothing behind it. The whole batch is first tried in one transaction; only when something is refused
    is it redone with a savepoint per action.
    """
    try:
        return _apply_batch(conn, desk_id, actions, careful=False)
    except _Refused:
        return _apply_batch(conn, desk_id, actions, careful=True)


def _apply_batch(conn: psycopg.Connection, desk_id: str, actions: list[Action],
                 careful: bool) -> tuple[int, list[ItemResult]]:
    results: list[ItemResult] = []
    feed: list[dict] = []
    with conn.transaction():
        last = conn.execute("SELECT last_seq FROM desk WHERE id = %s FOR UPDATE", (desk_id,)).fetchone()["last_seq"]
        for action in sorted(actions, key=lambda a: a.desk_seq):
            if action.desk_seq <= last:
                results.append(_settled(conn, desk_id, action))
                continue
            if action.desk_seq > last + 1:
                if not results:
                    raise Gap(last + 1)
                break
            try:
                if careful:
                    with conn.transaction():
                        entry = _apply(conn, desk_id, action)
                else:
                    entry = _apply(conn, desk_id, action)
            except REFUSALS as exc:
                if not careful:
                    raise _Refused from exc
                reason = getattr(exc, "message", None) or _violation(exc)
                conn.execute("INSERT INTO set_aside(op_id, desk_id, desk_seq, reason, body) VALUES (%s, %s, %s, %s, %s)",
                             (action.op_id, desk_id, action.desk_seq, reason, Jsonb(action.model_dump(mode="json"))))
                results.append(ItemResult(op_id=action.op_id, desk_seq=action.desk_seq, outcome=Outcome.REJECTED,
                                          reason=reason))
            else:
                if entry:
                    feed.append(entry)
                results.append(ItemResult(op_id=action.op_id, desk_seq=action.desk_seq, outcome=Outcome.APPLIED))
            last = action.desk_seq
        conn.execute("UPDATE desk SET last_seq = %s WHERE id = %s", (last, desk_id))
        if feed:
            _append_changes(conn, actions[0].dossier.unit_code, feed)
    return last, results


def _settled(conn: psycopg.Connection, desk_id: str, action: Action) -> ItemResult:
    held = conn.execute(
        "SELECT op_id, NULL AS reason FROM dossier_event WHERE desk_id = %s AND desk_seq = %s "
        "UNION ALL SELECT op_id, reason FROM set_aside WHERE desk_id = %s AND desk_seq = %s",
        (desk_id, action.desk_seq, desk_id, action.desk_seq)).fetchone()
    if held is None or held["op_id"] != action.op_id:
        raise Fork(action.desk_seq)
    outcome = Outcome.DUPLICATE if held["reason"] is None else Outcome.REJECTED
    return ItemResult(op_id=action.op_id, desk_seq=action.desk_seq, outcome=outcome, reason=held["reason"])


def _apply(conn: psycopg.Connection, desk_id: str, action: Action) -> dict | None:
    """Apply one action; returns the feed entry it makes, if it changed the dossier's state."""
    dossier, event = action.dossier, action.event
    row = conn.execute("SELECT status, code FROM dossier WHERE uuid = %s FOR UPDATE", (dossier.uuid,)).fetchone()
    current = Status(row["status"]) if row else None
    if row and row["code"] != dossier.code:
        raise NotAllowed(f"Mã hồ sơ {dossier.code} không khớp hồ sơ đã có ({row['code']}).")
    if event.status is not None:
        check_transition(current, Status(event.status))
    elif current is None:
        raise NotAllowed("Sự kiện đầu tiên của hồ sơ phải là tiếp nhận.")
    status = event.status or int(current)
    due = event.due_at or dossier.due_at
    if row is None:
        conn.execute(
            "INSERT INTO dossier(uuid, code, unit_code, desk_id, status, due_at, received_at, snapshot) "
            "VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
            (dossier.uuid, dossier.code, dossier.unit_code, desk_id, status, due, dossier.received_at,
             Jsonb(dossier.model_dump(mode="json"))))
    else:
        conn.execute("UPDATE dossier SET status = %s, due_at = %s WHERE uuid = %s", (status, due, dossier.uuid))
    conn.execute(
        "INSERT INTO dossier_event(op_id, dossier_uuid, source, desk_id, desk_seq, kind, status, at, by_user, note, "
        "data) VALUES (%s, %s, 'desk', %s, %s, %s, %s, %s, %s, %s, %s)",
        (action.op_id, dossier.uuid, desk_id, action.desk_seq, event.kind, event.status, event.at, event.user,
         event.note, Jsonb(event.data) if event.data else None))
    if event.status is None and event.kind != "reschedule":
        return None
    # Every change of a dossier's state goes in the feed, in the server's order: desks replay it and agree.
    return {"kind": "dossier_status", "op_id": str(action.op_id), "dossier_uuid": str(dossier.uuid),
            "code": dossier.code, "status": status, "at": event.at.isoformat(), "note": event.note,
            "due_at": due.isoformat() if due else None, "by": event.user}


def _violation(exc: Exception) -> str:
    diag = getattr(exc, "diag", None)
    constraint = getattr(diag, "constraint_name", "") or ""
    if "code" in constraint:
        return "Mã hồ sơ đã được dùng cho một hồ sơ khác."
    return f"Dữ liệu không hợp lệ ({constraint or type(exc).__name__})."


# -- province-side decisions and the change log ------------------------------------------------
def decide(conn: psycopg.Connection, code: str, status: Status, by: str, note: str, op_id: str,
           due_at: datetime | None = None) -> Change:
    """A processing unit moves a dossier (4, 5, 6, 8, 9): an event, and a change for the desks of its unit."""
    with conn.transaction():
        row = conn.execute("SELECT uuid, unit_code, status, due_at FROM dossier WHERE code = %s FOR UPDATE",
                           (code,)).fetchone()
        if row is None:
            raise NotAllowed(f"Máy chủ không có hồ sơ mã \"{code}\".")
        check_transition(Status(row["status"]), status)
        now = datetime.now(timezone.utc)
        due = due_at or row["due_at"]
        conn.execute(
            "INSERT INTO dossier_event(op_id, dossier_uuid, source, kind, status, at, by_user, note) "
            "VALUES (%s, %s, 'province', 'province_status', %s, %s, %s, %s)",
            (op_id, row["uuid"], int(status), now, by, note))
        conn.execute("UPDATE dossier SET status = %s, due_at = %s WHERE uuid = %s", (int(status), due, row["uuid"]))
        body = {"kind": "dossier_status", "op_id": op_id, "dossier_uuid": str(row["uuid"]), "code": code,
                "status": int(status), "at": now.isoformat(), "note": note,
                "due_at": due.isoformat() if due else None, "by": by}
        (cursor,) = _append_changes(conn, row["unit_code"], [body])
    return Change(cursor=cursor, **body)


def _append_changes(conn: psycopg.Connection, unit_code: str, bodies: list[dict]) -> list[int]:
    """Append to the unit's feed, last thing before commit; the lock makes cursors commit in order, so no
    desk reading the feed ever skips one."""
    conn.execute("SELECT pg_advisory_xact_lock(%s)", (CHANGE_LOG_LOCK,))
    with conn.cursor() as cur:
        cur.executemany("INSERT INTO change_log(unit_code, kind, body) VALUES (%s, %s, %s) RETURNING cursor",
                        [(unit_code, b["kind"], Jsonb(b)) for b in bodies], returning=True)
        cursors = []
        while True:
            cursors.append(cur.fetchone()["cursor"])
            if not cur.nextset():
                return cursors


def changes(conn: psycopg.Connection, unit_code: str, since: int, limit: int) -> list[Change]:
    rows = conn.execute("SELECT cursor, body FROM change_log WHERE unit_code = %s AND cursor > %s "
                        "ORDER BY cursor LIMIT %s", (unit_code, since, limit)).fetchall()
    return [Change(cursor=r["cursor"], **r["body"]) for r in rows]


def statuses(conn: psycopg.Connection, unit_code: str) -> dict[str, int]:
    """Every dossier of a unit and its current status, by code."""
    return {r["code"]: r["status"] for r in conn.execute("SELECT code, status FROM dossier WHERE unit_code = %s",
                                                         (unit_code,))}


def settled_seqs(conn: psycopg.Connection, desk_id: str) -> dict[str, list[int]]:
    """The desk_seq of every action held from a desk: applied ones and set-aside ones."""
    applied = [r["desk_seq"] for r in conn.execute(
        "SELECT desk_seq FROM dossier_event WHERE desk_id = %s ORDER BY desk_seq", (desk_id,))]
    aside = [r["desk_seq"] for r in conn.execute(
        "SELECT desk_seq FROM set_aside WHERE desk_id = %s ORDER BY desk_seq", (desk_id,))]
    return {"applied": applied, "set_aside": aside}


def dossier_codes(conn: psycopg.Connection, unit_code: str) -> list[str]:
    return [r["code"] for r in conn.execute("SELECT code FROM dossier WHERE unit_code = %s ORDER BY code",
                                            (unit_code,))]


def events_of(conn: psycopg.Connection, code: str) -> list[dict]:
    return conn.execute("SELECT e.op_id, e.source, e.desk_seq, e.kind, e.status, e.note FROM dossier_event e "
                        "JOIN dossier d ON d.uuid = e.dossier_uuid WHERE d.code = %s ORDER BY e.at, e.desk_seq",
                        (code,)).fetchall()
