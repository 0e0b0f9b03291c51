"""One sync run of a desk: push the outbox in batches, then pull the province's changes.

No write transaction is held while the network is used: pending actions are read, sent, and their
outcomes written in a short transaction; each pulled page is applied with its cursor in one transaction.
"""

from __future__ import annotations

import json
import platform
import uuid
from dataclasses import dataclass, field

from counter_app.accounts import province_account
from counter_app.clock import iso, to_vn
from counter_app.desk import Desk
from counter_app.store import dossiers, journal, settings
from counter_app.sync import credentials
from counter_app.sync.client import Client, SyncError
from counter_app.sync.protocol import (CLOCK_TOLERANCE_SECONDS, Action, Change, DossierSnapshot, EventRecord,
                                       PushRequest)

BATCH = 200
KEYS = ("sync.server_url", "sync.desk_id", "sync.cursor", "sync.last_success", "sync.clock_offset")


@dataclass
class Report:
    sent: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    received: int = 0
    clock_offset_seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"sent": self.sent, "outcomes": self.outcomes, "received": self.received,
                "clock_offset_seconds": round(self.clock_offset_seconds, 1), "warnings": self.warnings}


def _state(desk: Desk) -> dict[str, str]:
    values = settings.get_all(desk.store)
    return {k: values[k] for k in KEYS if k in values}


def enrol(desk: Desk, server_url: str, code: str, client: Client | None = None) -> dict:
    """Exchange the province's one-time code for this desk's token (kept in the OS keyring)."""
    credentials.ensure_available()
    client = client or Client(server_url)
    answer = client.enrol(code.strip(), platform.node())
    if (answer.unit_code, answer.desk) != (desk.config.unit_code, desk.config.desk):
        raise SyncError(f"Mã đăng ký dành cho quầy {answer.desk} của đơn vị {answer.unit_code}, nhưng máy này là "
                        f"quầy {desk.config.desk} của {desk.config.unit_code}.", retry=False)
    credentials.save(str(desk.store.path), answer.desk_id, answer.token)
    with desk.store.write():
        settings.put(desk.store, {"sync.server_url": server_url.rstrip("/"), "sync.desk_id": answer.desk_id})
    return {"desk_id": answer.desk_id, "unit": answer.unit_name, "server_has_through": answer.last_desk_seq}


def connect(desk: Desk) -> Client:
    state = _state(desk)
    if "sync.desk_id" not in state:
        raise SyncError("Quầy chưa đăng ký với máy chủ tỉnh: counter-app enrol --server URL --code MÃ.", retry=False)
    token = credentials.load(str(desk.store.path), state["sync.desk_id"])
    if not token:
        raise SyncError("Không tìm thấy mã truy cập của quầy trong kho khóa bí mật: đăng ký lại quầy.", retry=False)
    return Client(state["sync.server_url"], token)


def sync(desk: Desk, client: Client | None = None) -> Report:
    client = client or connect(desk)
    report = Report()
    push(desk, client, report)
    pull(desk, client, report)
    offset = (client.server_time - desk.clock()).total_seconds() if client.server_time else 0.0
    report.clock_offset_seconds = offset
    if abs(offset) > CLOCK_TOLERANCE_SECONDS:
        report.warnings.append(f"Đồng hồ máy lệch {abs(offset) / 60:.0f} phút so với máy chủ tỉnh: chỉnh lại giờ "
                               "máy trước khi in giấy hẹn.")
    with desk.store.write():
        settings.put(desk.store, {"sync.last_success": iso(desk.clock()), "sync.clock_offset": f"{offset:.1f}"})
    return report


def push(desk: Desk, client: Client, report: Report, batch: int = BATCH) -> None:
    while True:
        rows = journal.pending_actions(desk.store, batch)
        if not rows:
            return
        by_op = {}
        actions = []
        for row in rows:
            action = action_of(desk, row)
            by_op[action.op_id] = row["seq"]
            actions.append(action)
        answer = client.push(PushRequest(actions=actions))
        outcomes = [(by_op[r.op_id], r.outcome.value, r.reason) for r in answer.results if r.op_id in by_op]
        with desk.store.write():
            journal.record_outcomes(desk.store, outcomes)
        report.sent += len(actions)
        for _, outcome, _ in outcomes:
            report.outcomes[outcome] = report.outcomes.get(outcome, 0) + 1
        if len(outcomes) < len(actions):  # the server stopped early (a gap): the rest goes next time
            return


def action_of(desk: Desk, row) -> Action:
    """An outbox row as the protocol's action: a dossier event, or a rating carried as an event."""
    if row["event_uuid"] is not None:
        op_id = dossiers.uuid_text(row["event_uuid"])
        event = EventRecord(kind=row["kind"], status=row["status"], at=row["at"], user=row["username"],
                            note=row["note"], due_at=row["due_at"],
                            data=json.loads(row["event_data"]) if row["event_data"] else None)
    else:
        payload = json.loads(row["payload"])
        op_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"counter:{desk.config.unit_code}:{desk.config.desk}:"
                                                   f"{row['seq']}"))
        event = EventRecord(kind=row["action_kind"].removeprefix("dossier."), at=payload["at"],
                            user=row["username"], data=payload)
    dossier = DossierSnapshot(
        uuid=dossiers.uuid_text(row["uuid"]), code=row["code"], unit_code=desk.config.unit_code,
        procedure_code=row["procedure_code"], catalog_version=row["catalog_version"], owner_name=row["owner_name"],
        owner_id=row["owner_id"], phone=row["phone"], received_at=row["received_at"], due_at=row["due_at"],
        fee=row["fee"], channel=row["channel"], return_method=row["return_method"], facts=json.loads(row["data"]))
    return Action(op_id=op_id, desk_seq=row["seq"], dossier=dossier, event=event)


def pull(desk: Desk, client: Client, report: Report) -> None:
    while True:
        since = int(_state(desk).get("sync.cursor", "0"))
        page = client.changes(since)
        with desk.store.write():
            report.received += sum(_apply(desk, change) for change in page.changes)
            settings.put(desk.store, {"sync.cursor": str(page.next_cursor)})  # with the page, or not at all
        if not page.has_more:
            return


def _apply(desk: Desk, change: Change) -> bool:
    """Replay one entry of the unit's feed; True if it changed something on this desk.

    The feed holds every state change in the server's order, the desk's own actions included, so the
    desk's projection ends where the server's is even when a decision and a desk action crossed. Events
    are merged: one the desk already holds (same op_id) only moves the projection, and an audit row says
    so when the server's order put the dossier elsewhere than the desk had it.
    """
    store = desk.store
    row = dossiers.by_code(store, change.code)
    if row is None:
        return False  # another desk's dossier
    at = iso(to_vn(change.at))
    due = iso(to_vn(change.due_at)) if change.due_at else row["due_at"]
    known = dossiers.event_exists(store, str(change.op_id))
    if not known:
        province = province_account(store)
        dossiers.add_event(store, row["id"], {
            "uuid": str(change.op_id), "kind": "province_status", "status": change.status, "at": at,
            "user_id": province.id, "unit_code": desk.config.unit_code, "note": change.note,
            "step_deadline": None, "data": {"by": change.by},
        })
        journal.append_audit(store, at, province.id, "dossier.province_status", change.code,
                             {"status": row["status"]}, {"status": change.status})
    moved = (row["status"], row["due_at"]) != (change.status, due)
    if moved:
        if known:
            journal.append_audit(store, at, None, "sync.realigned", change.code,
                                 {"status": row["status"], "due_at": row["due_at"]},
                                 {"status": change.status, "due_at": due, "op_id": str(change.op_id)})
        dossiers.set_state(store, row["id"], change.status, due)
    return not known or moved


def status(desk: Desk) -> dict:
    """What the status bar shows: enrolled or not, the backlog, the last success and the clock offset."""
    state = _state(desk)
    counts = journal.outbox_counts(desk.store)
    return {"enrolled": "sync.desk_id" in state, "server": state.get("sync.server_url"),
            "desk_id": state.get("sync.desk_id"), "backlog": counts.get("pending", 0),
            "set_aside": counts.get("rejected", 0), "last_success": state.get("sync.last_success"),
            "clock_offset_seconds": float(state.get("sync.clock_offset", "0"))}
