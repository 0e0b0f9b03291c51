"""Applying a desk's pushed actions on the server: exactly once, in desk_seq order, a batch at a time.

Items the server refused as they arrived (``push_body.Refused``: a flaw, a value not of the protocol) are set aside
at their place in the sequence like any refused action, with the code and field of the refusal.

A batch is one transaction with a fixed number of round trips to PostgreSQL whatever its size: everything
the batch touches is read (and locked) in one pipelined round trip, every action is checked in Python
against the status machine and what was read, and the rows are written in a second pipelined round trip,
set-based: one statement per table whatever the batch's size, its rows sent as one JSON array
(``jsonb_to_recordset``) in the batch's order.
Real constraints (``dossier_event.op_id``, ``UNIQUE(desk_id, desk_seq)``, ``UNIQUE(dossier.code)``) back
the checks; if one fires anyway (a code taken by another desk's push at the same moment), the batch is
redone action by action, each in a savepoint, and the refused one is set aside.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from uuid import UUID

import psycopg
from psycopg.types.json import Jsonb

from counter_core.domain.attachments import ATTACH_EVENT, AttachedFile
from counter_core.domain.codes import DossierCode
from counter_core.domain.status import Status, check_transition
from counter_core.foundation.errors import CounterError, InvalidInput
from counter_core.foundation.messages import Province
from counter_core.foundation.texts import Msg, Param, Text
from counter_core.protocol import Action, ItemResult, Outcome
from provincial_server.store import feed, rows

CONSTRAINTS = (psycopg.errors.UniqueViolation, psycopg.errors.ForeignKeyViolation)


class Gap(Exception):
    """The desk sent an action past the next one the server expects."""

    def __init__(self, expected: int) -> None:
        super().__init__(expected)
        self.expected = expected


class Fork(Exception):
    """Another machine already used this desk's sequence number for a different action (a cloned desk)."""


@dataclass(frozen=True)
class Refusal:
    """Why an item is set aside: a code, the item's field at fault, the reason for people (a text)."""

    code: str
    field: str | None
    reason: Text


@dataclass(frozen=True)
class Refused:
    """A pushed item set aside as it arrived, and what PostgreSQL can keep of it."""

    op_id: UUID
    desk_seq: int
    refusal: Refusal
    body: object


class _Redo(Exception):
    """A constraint refused what the checks let through: the batch is redone action by action."""


class ItemRefusal(Exception):
    """An action the checks refuse."""

    def __init__(self, code: str, field: str | None, msg: Msg | Text, /, **params: Param) -> None:
        reason = msg if isinstance(msg, Text) else Text(msg, **params)
        super().__init__(reason.in_language())
        self.refusal = Refusal(code, field, reason)


Item = Action | Refused


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
class _Known:
    """What the database holds about a run of actions, read in one round trip."""

    last_seq: int
    held: dict[int, dict]  # desk_seq → what was decided for it (op_id, reason, set aside or not)
    dossiers: dict[object, _Dossier]
    taken: set[str]  # dossier codes already used
    units: set[str]  # competent units that exist
    crossings: dict[object, list[dict]]  # dossier uuid → feed entries of others after the oldest base cursor


@dataclass
class _Writes:
    """The rows a batch writes, each a JSON object (its column's values as JSON), in the batch's order."""

    dossiers: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    set_aside: list[dict] = field(default_factory=list)
    conflicts: list[dict] = field(default_factory=list)
    feed: list[tuple[str, dict]] = field(default_factory=list)
    states: dict[object, _Dossier] = field(default_factory=dict)  # the dossiers the writes leave, by uuid


def apply_actions(
    conn: psycopg.Connection, desk_id: str, unit_code: str, actions: list[Action], refused: list[Refused] | None = None
) -> tuple[int, list[ItemResult]]:
    """Apply a desk's actions; returns (applied_through, results item by item).

    Already held (same op_id at the same desk_seq) is a duplicate. An action the status machine or the
    checks refuse is set aside with its reason (its Vietnamese words; the answer has its code and parameters too)
    and still consumes its desk_seq, so it blocks
    nothing behind it. An action on a dossier that changed since the desk last heard (its ``base_cursor``)
    is applied and flagged as a conflict for the supervisor. A refused item is set aside where it stands.
    """
    items: list[Item] = [*actions, *(refused or [])]
    try:
        return _apply(conn, desk_id, unit_code, items, careful=False)
    except _Redo:
        return _apply(conn, desk_id, unit_code, items, careful=True)


def _apply(conn, desk_id: str, unit_code: str, items: list[Item], careful: bool) -> tuple[int, list[ItemResult]]:
    with conn.transaction():
        known = _read(conn, desk_id, unit_code, items)
        held, fresh = _split(items, known.last_seq)
        results = _settled(known, held)
        writes = _Writes()
        if careful:
            for action in fresh:
                results += _careful(conn, desk_id, unit_code, action, writes)
        else:
            results += _check_all(known, desk_id, unit_code, fresh, writes)
        through = fresh[-1].desk_seq if fresh else known.last_seq
        try:
            _write(conn, writes, desk_id, through if through != known.last_seq else None)
        except CONSTRAINTS as exc:
            if careful:
                raise
            raise _Redo from exc
    results.sort(key=lambda r: r.desk_seq)
    return through, results


def _read(conn, desk_id: str, unit_code: str, items: list[Item]) -> _Known:
    """Lock the desk and the dossiers the actions touch, and read what checking them needs."""
    actions = [a for a in items if isinstance(a, Action)]
    uuids = sorted({a.dossier.uuid for a in actions})
    with conn.pipeline():
        desk = conn.execute("SELECT last_seq FROM desk WHERE id = %s FOR UPDATE", (desk_id,))
        held = conn.execute(
            "SELECT e.desk_seq, e.op_id, c.reason, NULL AS code, NULL AS field, false AS aside FROM dossier_event e "
            "LEFT JOIN conflict c ON c.op_id = e.op_id WHERE e.desk_id = %(desk)s AND e.desk_seq = ANY(%(seqs)s) "
            "UNION ALL SELECT desk_seq, op_id, reason, code, field, true FROM set_aside "
            "WHERE desk_id = %(desk)s AND desk_seq = ANY(%(seqs)s)",
            {"desk": desk_id, "seqs": [a.desk_seq for a in items]},
        )
        dossiers = conn.execute(
            "SELECT uuid, code, unit_code, competent_unit, status, due_at FROM dossier "
            "WHERE uuid = ANY(%s) ORDER BY uuid FOR UPDATE",
            (uuids,),
        )
        taken = conn.execute(
            "SELECT code FROM dossier WHERE code = ANY(%s) AND NOT uuid = ANY(%s)",
            ([a.dossier.code for a in actions], uuids),
        )
        units = conn.execute(
            "SELECT code FROM unit WHERE code = ANY(%s)",
            (list({a.dossier.competent_unit for a in actions if a.dossier.competent_unit}),),
        )
        crossings = conn.execute(
            "SELECT dossier_uuid, cursor, body FROM change_log WHERE dossier_uuid = ANY(%s) AND unit_code = %s "
            "AND cursor > %s AND desk_id IS DISTINCT FROM %s ORDER BY cursor",
            (uuids, unit_code, min((a.base_cursor for a in actions), default=0), desk_id),
        )
        known = _Known(
            last_seq=desk.fetchone()["last_seq"],
            held={r["desk_seq"]: r for r in held.fetchall()},
            dossiers={
                r["uuid"]: _Dossier(
                    r["uuid"], r["code"], r["unit_code"], r["competent_unit"], r["status"], r["due_at"], new=False
                )
                for r in dossiers.fetchall()
            },
            taken={r["code"] for r in taken.fetchall()},
            units={r["code"] for r in units.fetchall()},
            crossings={},
        )
        for row in crossings.fetchall():
            body = row["body"]
            known.crossings.setdefault(row["dossier_uuid"], []).append(
                {
                    "cursor": row["cursor"],
                    "desk_id": body["desk_id"],
                    "status": body["status"],
                    "kind": body["event"]["kind"],
                    "by": body["event"]["user"],
                    "at": body["event"]["at"],
                }
            )
    return known


def _split(items: list[Item], last: int) -> tuple[list[Item], list[Item]]:
    """The items already settled, and the run of new ones that follows ``last`` without a hole."""
    held: list[Item] = []
    fresh: list[Item] = []
    expected = last + 1
    for action in sorted(items, key=lambda a: a.desk_seq):
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


def _settled(known: _Known, held: list[Item]) -> list[ItemResult]:
    """What the server already decided for re-sent actions; a different op_id at a settled seq is a fork."""
    results = []
    for action in held:
        row = known.held.get(action.desk_seq)  # none: a second copy of an action of this batch (see _split)
        if row is not None and row["op_id"] != action.op_id:
            raise Fork(action.desk_seq)
        if row is None or row["reason"] is None:
            outcome = Outcome.DUPLICATE
        else:
            outcome = Outcome.REJECTED if row["aside"] else Outcome.CONFLICT
        results.append(
            ItemResult(
                op_id=action.op_id,
                desk_seq=action.desk_seq,
                outcome=outcome,
                reason=row["reason"] if row else None,
                code=row["code"] if row and row["aside"] else None,
                field=row["field"] if row and row["aside"] else None,
            )
        )
    return results


def _careful(conn, desk_id: str, unit_code: str, action: Item, writes: _Writes) -> list[ItemResult]:
    """One action in its own savepoint: if a constraint refuses it, it is set aside instead."""
    if isinstance(action, Refused):
        return [_set_aside(writes, desk_id, action, action.refusal, action.body)]
    group = _Writes()
    try:
        with conn.transaction():
            results = _check_all(_read(conn, desk_id, unit_code, [action]), desk_id, unit_code, [action], group)
            _write(conn, group, desk_id, None, feed_too=False)
    except CONSTRAINTS as exc:
        return [_set_aside(writes, desk_id, action, _violation(exc), action.model_dump(mode="json"))]
    writes.feed += group.feed
    return results


def _set_aside(writes: _Writes, desk_id: str, item: Item, refusal: Refusal, body: object) -> ItemResult:
    """Set the item aside with its reason in Vietnamese (what the supervisors and a retried push read back); the
    answer carries the reason's code and parameters too, for the desk to show in its language."""
    said = refusal.reason.in_language()
    writes.set_aside.append(
        {
            "op_id": str(item.op_id),
            "desk_id": desk_id,
            "desk_seq": item.desk_seq,
            "reason": said,
            "body": body,
            "code": refusal.code,
            "field": refusal.field,
        }
    )
    wire = refusal.reason.to_json()
    return ItemResult(
        op_id=item.op_id,
        desk_seq=item.desk_seq,
        outcome=Outcome.REJECTED,
        reason=said,
        code=refusal.code,
        field=refusal.field,
        reason_code=wire["code"],
        reason_params=wire["params"],
    )


def _check_all(known: _Known, desk_id: str, unit_code: str, items: list[Item], writes: _Writes) -> list[ItemResult]:
    """Check a run of actions in order against what the database holds; collect the rows to write."""
    results = []
    for action in items:
        if isinstance(action, Refused):
            results.append(_set_aside(writes, desk_id, action, action.refusal, action.body))
            continue
        try:
            outcome, reason = _check(action, known, unit_code)
        except ItemRefusal as refused:
            results.append(_set_aside(writes, desk_id, action, refused.refusal, action.model_dump(mode="json")))
            continue
        _record(action, known.dossiers[action.dossier.uuid], desk_id, writes)
        if outcome is Outcome.CONFLICT:
            writes.conflicts.append(
                {
                    "op_id": str(action.op_id),
                    "desk_id": desk_id,
                    "dossier_uuid": str(action.dossier.uuid),
                    "base_cursor": action.base_cursor,
                    "crossed": _crossed(known, action),
                    "reason": reason.in_language() if reason else None,
                }
            )
        results.append(_result(action, outcome, reason))
    return results


def _result(action: Action, outcome: Outcome, reason: Text | None) -> ItemResult:
    """The answer for an action taken (applied, or applied and flagged): a conflict's reason with its code."""
    if reason is None:  # the usual answer (built checked: pydantic's check is cheaper than its model_construct)
        return ItemResult(op_id=action.op_id, desk_seq=action.desk_seq, outcome=outcome)
    wire = reason.to_json()
    return ItemResult(
        op_id=action.op_id,
        desk_seq=action.desk_seq,
        outcome=outcome,
        reason=reason.in_language(),
        reason_code=wire["code"],
        reason_params=wire["params"],
    )


def _crossed(known: _Known, action: Action) -> list[dict]:
    """Feed entries of others on the action's dossier that the desk had not heard of when it acted."""
    return [c for c in known.crossings.get(action.dossier.uuid, []) if c["cursor"] > action.base_cursor]


def _check(action: Action, known: _Known, unit_code: str) -> tuple[Outcome, Text | None]:
    """Raise ItemRefusal with the reason if the action cannot be taken; otherwise its outcome. A refusal never names
    a dossier of another unit: the desk hears only of what it sent."""
    snapshot, event = action.dossier, action.event
    dossier = known.dossiers.get(snapshot.uuid)
    if dossier is None:
        if event.status is None:
            raise ItemRefusal("status_not_allowed", "event.status", Province.FIRST_EVENT_NOT_RECEPTION)
        if snapshot.unit_code != unit_code or _unit_of(snapshot.code) != unit_code:
            raise ItemRefusal("other_unit", "dossier.code", Province.CODE_OF_OTHER_UNIT, unit=unit_code)
        if snapshot.code in known.taken:
            raise ItemRefusal("code_taken", "dossier.code", Province.CODE_USED, code=snapshot.code)
        competent = snapshot.competent_unit if snapshot.competent_unit not in ("", unit_code) else None
        if competent and competent not in known.units:
            raise ItemRefusal("unknown_unit", "dossier.competent_unit", Province.UNKNOWN_COMPETENT_UNIT, unit=competent)
        _transition(None, event.status)
        known.dossiers[snapshot.uuid] = _Dossier(
            snapshot.uuid, snapshot.code, unit_code, competent, None, snapshot.due_at, new=True
        )
        known.taken.add(snapshot.code)
        return Outcome.APPLIED, None
    if unit_code not in (dossier.unit_code, dossier.competent_unit):
        raise ItemRefusal("other_unit", "dossier.uuid", Province.OTHER_UNITS_DOSSIER, code=snapshot.code)
    if dossier.code != snapshot.code:
        raise ItemRefusal(
            "code_mismatch", "dossier.code", Province.CODE_MISMATCH, code=snapshot.code, held=dossier.code
        )
    if event.status is not None:
        _transition(Status(dossier.status), event.status)
    if event.kind == ATTACH_EVENT:
        _attached_file(event.data)
    crossed = _crossed(known, action)
    if not crossed:
        return Outcome.APPLIED, None
    by = ", ".join(f'"{Status(c["status"]).label}" ({c["by"]})' for c in crossed)
    return Outcome.CONFLICT, Text(Province.CROSSED, by=by)


def _transition(current: Status | None, target: int) -> None:
    try:
        check_transition(current, Status(target))
    except CounterError as exc:
        raise ItemRefusal("status_not_allowed", "event.status", exc.text) from exc


def _attached_file(data: object) -> None:
    """The file an ``attach_file`` event names must be described whole (who may send and read it follows from it)."""
    try:
        AttachedFile.parse(data)
    except InvalidInput as exc:
        field = exc.field if exc.field == "data" else f"data.{exc.field}"
        raise ItemRefusal("invalid_attachment", f"event.{field}", exc.text) from exc


def _unit_of(code: str) -> str | None:
    try:
        return DossierCode.parse(code).unit_code
    except CounterError:
        return None


def _record(action: Action, dossier: _Dossier, desk_id: str, writes: _Writes) -> None:
    event, snapshot = action.event, action.dossier
    if event.status is not None:
        dossier.status = event.status
    if event.due_at is not None:
        dossier.due_at = event.due_at
    if dossier.new and snapshot.uuid not in writes.states:
        writes.dossiers.append(
            {
                "uuid": str(snapshot.uuid),
                "code": snapshot.code,
                "unit_code": dossier.unit_code,
                "competent_unit": dossier.competent_unit,
                "desk_id": desk_id,
                "received_at": snapshot.received_at.isoformat(),
                "snapshot": snapshot,  # written as its JSON by rows.insert
                # The receipt's appointment (first_due_at, NgayHenTra of the export): the one the reception
                # event set; a desk of an earlier release sent the dossier's appointment as of the push instead.
                "first_due_at": _moment(event.due_at or snapshot.due_at),
            }
        )
    writes.events.append(
        {
            "op_id": str(action.op_id),
            "dossier_uuid": str(snapshot.uuid),
            "source": "desk",
            "desk_id": desk_id,
            "desk_seq": action.desk_seq,
            "kind": event.kind,
            "status": event.status,
            "at": event.at.isoformat(),
            "by_user": event.user,
            "by_name": event.user_name,
            "note": event.note,
            "data": event.data or None,
            "due_at": _moment(event.due_at),
            "base_cursor": action.base_cursor,
        }
    )
    body = feed.dossier_entry(action.op_id, snapshot.uuid, dossier.code, desk_id, event, dossier.status, dossier.due_at)
    for unit in filter(None, (dossier.unit_code, dossier.competent_unit)):
        writes.feed.append((unit, body))
    writes.states[snapshot.uuid] = dossier


def _moment(at: datetime | None) -> str | None:
    return at.isoformat() if at else None


# Each table's rows as one JSON array: its columns and their types, in the order the statement names them.
_DOSSIER = (
    "uuid uuid, code text, unit_code text, competent_unit text, desk_id text, received_at timestamptz, "
    "snapshot jsonb, first_due_at timestamptz, status integer, due_at timestamptz"
)
_EVENT = (
    "op_id uuid, dossier_uuid uuid, source text, desk_id text, desk_seq bigint, kind text, status integer, "
    "at timestamptz, by_user text, by_name text, note text, data jsonb, due_at timestamptz, base_cursor bigint"
)
_SET_ASIDE = "op_id uuid, desk_id text, desk_seq bigint, reason text, body jsonb, code text, field text"
_CONFLICT = "op_id uuid, desk_id text, dossier_uuid uuid, base_cursor bigint, crossed jsonb, reason text"


def _write(conn, writes: _Writes, desk_id: str, through: int | None, feed_too: bool = True) -> None:
    """The batch's rows, the desk's new last seq and its feed entries: one pipelined round trip, a statement a
    table."""
    dossiers = [
        row | {"status": state.status, "due_at": _moment(state.due_at)}
        for row in writes.dossiers
        for state in (writes.states[UUID(row["uuid"])],)
    ]
    updates = [
        {"uuid": str(d.uuid), "status": d.status, "due_at": _moment(d.due_at)}
        for d in writes.states.values()
        if not d.new
    ]
    with conn.pipeline():
        for table, columns, values in (
            ("dossier", _DOSSIER, dossiers),
            ("dossier_event", _EVENT, writes.events),
            ("set_aside", _SET_ASIDE, writes.set_aside),
            ("conflict", _CONFLICT, writes.conflicts),
        ):
            if values:
                rows.insert(conn, table, columns, values)
        if updates:
            conn.execute(
                "UPDATE dossier d SET status = r.status, due_at = r.due_at "
                "FROM jsonb_to_recordset(%s) AS r(uuid uuid, status integer, due_at timestamptz) WHERE d.uuid = r.uuid",
                (Jsonb(updates),),
            )
        if through is not None:
            conn.execute("UPDATE desk SET last_seq = %s WHERE id = %s", (through, desk_id))
        if feed_too and writes.feed:
            feed.append(conn, writes.feed, returning=False)


def _violation(exc: Exception) -> Refusal:
    constraint = getattr(getattr(exc, "diag", None), "constraint_name", "") or ""
    if constraint == "dossier_code_key":
        return Refusal("code_taken", "dossier.code", Text(Province.CODE_TAKEN))
    if "op_id" in constraint or "pkey" in constraint:
        return Refusal("op_id_taken", "op_id", Text(Province.OP_ID_TAKEN))
    field = _CONSTRAINT_FIELDS.get(constraint, "dossier")
    return Refusal(
        "constraint", field, Text(Province.DATA_INVALID, field=field, constraint=constraint or type(exc).__name__)
    )


# The item's field behind each constraint a pushed action can meet.
_CONSTRAINT_FIELDS = {
    "dossier_unit_code_fkey": "dossier.unit_code",
    "dossier_competent_unit_fkey": "dossier.competent_unit",
    "dossier_event_dossier_uuid_fkey": "dossier.uuid",
}
