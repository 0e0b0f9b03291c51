"""Applying a desk's pushed actions on the server: exactly once, in desk_seq order, a batch at a time.

A batch is one transaction with a fixed number of statements whatever its size: the desk's row is locked,
what the batch touches is read in bulk, every action is checked in Python against the status machine and
the facts read, and the rows are written with pipelined ``executemany``. Real constraints
(``dossier_event.op_id``, ``UNIQUE(desk_id, desk_seq)``, ``UNIQUE(dossier.code)``) back the checks; if one
fires anyway (a code taken by another desk's push at the same moment), the batch is redone action by
action, each in a savepoint, and the refused one is set aside.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import psycopg
from psycopg.types.json import Jsonb

from counter_app.domain.codes import DossierCode
from counter_app.domain.status import Status, check_transition
from counter_app.errors import CounterError, NotAllowed
from counter_app.sync.protocol import Action, ItemResult, Outcome
from provincial_server.store import feed


class Gap(Exception):
    """The desk sent an action past the next one the server expects."""

    def __init__(self, expected: int) -> None:
        super().__init__(expected)
        self.expected = expected


class Fork(Exception):
    """Another machine already used this desk's sequence number for a different action (a cloned desk)."""


class _Refused(Exception):
    """A constraint refused what the checks let through: the batch is redone action by action."""


@dataclass
class _Dossier:
    """A dossier as the batch sees it: read from the database, or created by the batch."""

    uuid: object
    code: str
    unit_code: str
    competent_unit: str | None
    status: int | None
    due_at: datetime | None
    new: bool


@dataclass
class _Writes:
    dossiers: list[tuple] = field(default_factory=list)
    events: list[tuple] = field(default_factory=list)
    set_aside: list[tuple] = field(default_factory=list)
    conflicts: list[tuple] = field(default_factory=list)
    feed: list[tuple[str, dict]] = field(default_factory=list)
    states: dict[object, _Dossier] = field(default_factory=dict)  # the dossiers the writes leave, by uuid


def apply_actions(conn: psycopg.Connection, desk_id: str, unit_code: str,
                  actions: list[Action]) -> tuple[int, list[ItemResult]]:
    """Apply a desk's actions; returns (applied_through, results item by item).

    Already held (same op_id at the same desk_seq) is a duplicate. An action the status machine or the
    checks refuse is set aside with its Vietnamese reason and still consumes its desk_seq, so it blocks
    nothing behind it. An action on a dossier that changed since the desk last heard (its ``base_cursor``)
    is applied and flagged as a conflict for the supervisor.
    """
    try:
        return _apply(conn, desk_id, unit_code, actions, careful=False)
    except _Refused:
        return _apply(conn, desk_id, unit_code, actions, careful=True)


def _apply(conn, desk_id: str, unit_code: str, actions: list[Action], careful: bool) -> tuple[int, list[ItemResult]]:
    with conn.transaction():
        last = conn.execute("SELECT last_seq FROM desk WHERE id = %s FOR UPDATE", (desk_id,)).fetchone()["last_seq"]
        held, fresh = _split(actions, last)
        results = _settled(conn, desk_id, held)
        writes = _Writes()
        if careful:
            for action in fresh:
                results += _careful(conn, desk_id, unit_code, action, writes)
        elif fresh:
            group = _Writes()
            results += _group(conn, desk_id, unit_code, fresh, group)
            try:
                _write(conn, group)
            except (psycopg.errors.UniqueViolation, psycopg.errors.ForeignKeyViolation) as exc:
                raise _Refused from exc
            writes.feed = group.feed
        through = fresh[-1].desk_seq if fresh else last
        if through != last:
            conn.execute("UPDATE desk SET last_seq = %s WHERE id = %s", (through, desk_id))
        if writes.feed:
            feed.append(conn, writes.feed)
    results.sort(key=lambda r: r.desk_seq)
    return max(through, last), results


def _split(actions: list[Action], last: int) -> tuple[list[Action], list[Action]]:
    """The actions already settled, and the run of new ones that follows ``last`` without a hole."""
    held, fresh = [], []
    expected = last + 1
    for action in sorted(actions, key=lambda a: a.desk_seq):
        if action.desk_seq < expected:
            held.append(action)  # settled before, or a second copy within this batch
        elif action.desk_seq == expected:
            fresh.append(action)
            expected += 1
        elif not held and not fresh:
            raise Gap(expected)
        else:
            break  # a hole: what follows comes again next time
    copies = {a.desk_seq: a.op_id for a in fresh}
    for action in held:
        if action.desk_seq in copies and copies[action.desk_seq] != action.op_id:
            raise Fork(action.desk_seq)
    return held, fresh


def _settled(conn, desk_id: str, held: list[Action]) -> list[ItemResult]:
    """What the server already decided for re-sent actions; a different op_id at a settled seq is a fork."""
    if not held:
        return []
    seqs = [a.desk_seq for a in held]
    rows = conn.execute(
        "SELECT e.desk_seq, e.op_id, c.reason, false AS aside FROM dossier_event e "
        "LEFT JOIN conflict c ON c.op_id = e.op_id WHERE e.desk_id = %(desk)s AND e.desk_seq = ANY(%(seqs)s) "
        "UNION ALL SELECT desk_seq, op_id, reason, true FROM set_aside "
        "WHERE desk_id = %(desk)s AND desk_seq = ANY(%(seqs)s)", {"desk": desk_id, "seqs": seqs}).fetchall()
    known = {r["desk_seq"]: r for r in rows}
    results = []
    for action in held:
        row = known.get(action.desk_seq)  # none: a second copy of an action of this batch (checked by _split)
        if row is not None and row["op_id"] != action.op_id:
            raise Fork(action.desk_seq)
        if row is None or row["reason"] is None:
            outcome = Outcome.DUPLICATE
        else:
            outcome = Outcome.REJECTED if row["aside"] else Outcome.CONFLICT
        results.append(ItemResult(op_id=action.op_id, desk_seq=action.desk_seq, outcome=outcome,
                                  reason=row["reason"] if row else None))
    return results


def _careful(conn, desk_id: str, unit_code: str, action: Action, writes: _Writes) -> list[ItemResult]:
    """One action in its own savepoint: if a constraint refuses it, it is set aside instead."""
    group = _Writes()
    try:
        with conn.transaction():
            results = _group(conn, desk_id, unit_code, [action], group)
            _write(conn, group)
    except (psycopg.errors.UniqueViolation, psycopg.errors.ForeignKeyViolation) as exc:
        reason = _violation(exc)
        conn.execute("INSERT INTO set_aside(op_id, desk_id, desk_seq, reason, body) VALUES (%s, %s, %s, %s, %s)",
                     (action.op_id, desk_id, action.desk_seq, reason, Jsonb(action.model_dump(mode="json"))))
        return [ItemResult(op_id=action.op_id, desk_seq=action.desk_seq, outcome=Outcome.REJECTED, reason=reason)]
    writes.feed += group.feed
    return results


def _group(conn, desk_id: str, unit_code: str, actions: list[Action], writes: _Writes) -> list[ItemResult]:
    """Check a run of actions against what the database holds; collect the rows to write."""
    uuids = sorted({a.dossier.uuid for a in actions})
    dossiers = {r["uuid"]: _Dossier(r["uuid"], r["code"], r["unit_code"], r["competent_unit"], r["status"],
                                    r["due_at"], new=False)
                for r in conn.execute("SELECT uuid, code, unit_code, competent_unit, status, due_at FROM dossier "
                                      "WHERE uuid = ANY(%s) ORDER BY uuid FOR UPDATE", (uuids,))}
    new_codes = [a.dossier.code for a in actions if a.dossier.uuid not in dossiers]
    taken = {r["code"] for r in conn.execute("SELECT code FROM dossier WHERE code = ANY(%s)", (new_codes,))}
    wanted_units = {a.dossier.competent_unit for a in actions if a.dossier.competent_unit}
    units = {r["code"] for r in conn.execute("SELECT code FROM unit WHERE code = ANY(%s)", (list(wanted_units),))}
    crossings = _crossings(conn, desk_id, unit_code, actions, dossiers)
    results = []
    for action in actions:
        try:
            outcome, reason = _check(action, dossiers, taken, units, unit_code, crossings)
        except CounterError as exc:
            writes.set_aside.append((action.op_id, desk_id, action.desk_seq, exc.message,
                                     Jsonb(action.model_dump(mode="json"))))
            results.append(ItemResult(op_id=action.op_id, desk_seq=action.desk_seq, outcome=Outcome.REJECTED,
                                      reason=exc.message))
            continue
        _record(action, dossiers[action.dossier.uuid], desk_id, writes)
        if outcome is Outcome.CONFLICT:
            crossed = [c for c in crossings.get(action.dossier.uuid, []) if c["cursor"] > action.base_cursor]
            writes.conflicts.append((action.op_id, desk_id, action.dossier.uuid, action.base_cursor,
                                     Jsonb(crossed), reason))
        results.append(ItemResult(op_id=action.op_id, desk_seq=action.desk_seq, outcome=outcome, reason=reason))
    return results


def _crossings(conn, desk_id: str, unit_code: str, actions: list[Action], dossiers: dict) -> dict:
    """Feed entries of the unit, made by someone else, on the dossiers these actions touch, after the
    oldest cursor the actions were made at: what a desk may not have heard of when it acted."""
    existing = list(dossiers)
    if not existing:
        return {}
    since = min(a.base_cursor for a in actions if a.dossier.uuid in dossiers)
    out: dict = {}
    for row in conn.execute(
            "SELECT dossier_uuid, cursor, body FROM change_log WHERE dossier_uuid = ANY(%s) AND unit_code = %s "
            "AND cursor > %s AND desk_id IS DISTINCT FROM %s ORDER BY cursor", (existing, unit_code, since, desk_id)):
        body = row["body"]
        out.setdefault(row["dossier_uuid"], []).append(
            {"cursor": row["cursor"], "desk_id": body["desk_id"], "status": body["status"],
             "kind": body["event"]["kind"], "by": body["event"]["user"], "at": body["event"]["at"]})
    return out


def _check(action: Action, dossiers: dict, taken: set[str], units: set[str], unit_code: str,
           crossings: dict) -> tuple[Outcome, str | None]:
    """Raise NotAllowed with the reason if the action cannot be taken; otherwise its outcome."""
    snapshot, event = action.dossier, action.event
    dossier = dossiers.get(snapshot.uuid)
    if dossier is None:
        if event.status is None:
            raise NotAllowed("Sự kiện đầu tiên của hồ sơ phải là tiếp nhận.")
        if snapshot.unit_code != unit_code or _unit_of(snapshot.code) != unit_code:
            raise NotAllowed(f"Quầy chỉ được tiếp nhận hồ sơ mang mã của đơn vị mình ({unit_code}).")
        if snapshot.code in taken:
            raise NotAllowed(f"Mã hồ sơ {snapshot.code} đã được dùng cho một hồ sơ khác.")
        if snapshot.competent_unit and snapshot.competent_unit not in units:
            raise NotAllowed(f"Đơn vị giải quyết {snapshot.competent_unit} không có trong danh sách của tỉnh.")
        check_transition(None, Status(event.status))
        dossier = dossiers[snapshot.uuid] = _Dossier(
            snapshot.uuid, snapshot.code, unit_code, snapshot.competent_unit if snapshot.competent_unit != unit_code
            else None, None, snapshot.due_at, new=True)
        taken.add(snapshot.code)
        return Outcome.APPLIED, None
    if unit_code not in (dossier.unit_code, dossier.competent_unit):
        raise NotAllowed(f"Hồ sơ {dossier.code} thuộc đơn vị khác: quầy không được cập nhật.")
    if dossier.code != snapshot.code:
        raise NotAllowed(f"Mã hồ sơ {snapshot.code} không khớp hồ sơ đã có ({dossier.code}).")
    if event.status is not None:
        check_transition(Status(dossier.status), Status(event.status))
    crossed = [c for c in crossings.get(snapshot.uuid, []) if c["cursor"] > action.base_cursor]
    if not crossed:
        return Outcome.APPLIED, None
    by = ", ".join(f"\"{Status(c['status']).label}\" ({c['by']})" for c in crossed)
    return Outcome.CONFLICT, (f"Hồ sơ đã được chuyển sang {by} trước khi quầy biết; thao tác của quầy vẫn được ghi "
                              "nhận, cần lãnh đạo xem lại.")


def _unit_of(code: str) -> str | None:
    try:
        return DossierCode.parse(code).unit_code
    except CounterError:
        return None


def _record(action: Action, dossier: _Dossier, desk_id: str, writes: _Writes) -> None:
    event = action.event
    if event.status is not None:
        dossier.status = event.status
    if event.due_at is not None:
        dossier.due_at = event.due_at
    snapshot = action.dossier
    if dossier.new and snapshot.uuid not in writes.states:
        writes.dossiers.append((snapshot.uuid, snapshot.code, dossier.unit_code, dossier.competent_unit, desk_id,
                                snapshot.received_at, Jsonb(snapshot.model_dump(mode="json")), snapshot.due_at))
    writes.events.append((action.op_id, snapshot.uuid, desk_id, action.desk_seq, event.kind, event.status, event.at,
                          event.user, event.user_name, event.note, Jsonb(event.data) if event.data else None,
                          event.due_at, action.base_cursor))
    body = feed.dossier_entry(action.op_id, snapshot.uuid, dossier.code, desk_id, event, dossier.status,
                              dossier.due_at)
    for unit in filter(None, (dossier.unit_code, dossier.competent_unit)):
        writes.feed.append((unit, body))
    writes.states[snapshot.uuid] = dossier


def _write(conn, writes: _Writes) -> None:
    """The batch's rows, one pipelined statement per table."""
    with conn.cursor() as cur:
        if writes.dossiers:
            states = writes.states
            cur.executemany(
                "INSERT INTO dossier(uuid, code, unit_code, competent_unit, desk_id, received_at, snapshot, "
                "first_due_at, status, due_at) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                [(*row, states[row[0]].status, states[row[0]].due_at) for row in writes.dossiers])
        updates = [(d.status, d.due_at, d.uuid) for d in writes.states.values() if not d.new]
        if updates:
            cur.executemany("UPDATE dossier SET status = %s, due_at = %s WHERE uuid = %s", updates)
        if writes.events:
            cur.executemany(
                "INSERT INTO dossier_event(op_id, dossier_uuid, source, desk_id, desk_seq, kind, status, at, by_user, "
                "by_name, note, data, due_at, base_cursor) "
                "VALUES (%s, %s, 'desk', %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)", writes.events)
        if writes.set_aside:
            cur.executemany("INSERT INTO set_aside(op_id, desk_id, desk_seq, reason, body) VALUES (%s, %s, %s, %s, %s)",
                            writes.set_aside)
        if writes.conflicts:
            cur.executemany("INSERT INTO conflict(op_id, desk_id, dossier_uuid, base_cursor, crossed, reason) "
                            "VALUES (%s, %s, %s, %s, %s, %s)", writes.conflicts)


def _violation(exc: Exception) -> str:
    constraint = getattr(getattr(exc, "diag", None), "constraint_name", "") or ""
    if "code" in constraint:
        return "Mã hồ sơ đã được dùng cho một hồ sơ khác."
    if "op_id" in constraint or "pkey" in constraint:
        return "Mã định danh thao tác đã được dùng cho một thao tác khác."
    return f"Dữ liệu không hợp lệ ({constraint or type(exc).__name__})."
