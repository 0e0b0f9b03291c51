"""The postal desk (Bưu chính công ích): batches of scans, their hand-over lists, and the events they record.

Every scan is one transaction: a line of the batch, accepted or refused with its reason. Closing a batch
records what was handed over, in one transaction, as dossier events that go to the province like any action:

- results: a ``postal_handover`` event per dossier (no status change), with the item code it went in;
- delivered: the return (status 10) of each dossier, recording that it went by post and in which item;
- intake: nothing yet, as the packages are not dossiers yet. Each becomes one when the counter receives it
  (``receive_by_post``, channel 3, received when the counter accepts it), with a ``postal_intake`` event
  naming its item code, batch and hand-over.

Those events are also what links an item code to its dossier, on every desk of the unit once synced.
Each line is checked again when the batch closes: what changed since (a sync, another desk) is left out
and reported, never recorded.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from counter_app.services import lookup, processing, reception
from counter_app.services.printouts import Printout
from counter_app.services.reception import Receipt
from counter_app.store import dossiers, postal
from counter_app.store.desk import Desk
from counter_core.domain import handover, policy
from counter_core.domain.accounts import User
from counter_core.domain.attachments import AttachedFile
from counter_core.domain.codes import DossierCode
from counter_core.domain.handover import POSTAL_HANDOVER, POSTAL_INTAKE
from counter_core.domain.intake import Channel, Intake, ReturnMethod
from counter_core.domain.postal import CodeKind, Scanned, parse_item_code
from counter_core.domain.postal_batch import (
    INTAKE_LINK,
    RESULTS_LINK,
    BatchState,
    Dossier,
    Facts,
    Flow,
    Link,
    Refusal,
    judge,
)
from counter_core.domain.slips import Slip
from counter_core.domain.status import Status
from counter_core.foundation.clock import iso
from counter_core.foundation.errors import InvalidInput, NotAllowed, NotFound
from counter_core.foundation.jsontypes import JsonObject
from counter_core.foundation.messages import Dossiers, Postal, from_stored, stored
from counter_core.foundation.text import nfc
from counter_core.foundation.texts import Text

_NUMBER = re.compile(r"^(?:BC\d{2}-)?0*(?P<id>\d+)$", re.I)


def batch_number(desk: Desk, batch_id: int) -> str:
    """The batch's number as printed: ``BC<desk>-<nnnnn>``, unique in the unit."""
    return f"BC{desk.config.desk:02d}-{batch_id:05d}"


def parse_batch(text: str | int) -> int:
    """A batch's id from its number ("BC01-00012") or the id itself ("12")."""
    match = _NUMBER.match(str(text).strip())
    if not match:
        raise InvalidInput("batch", Postal.BATCH_NUMBER_INVALID, text=repr(text))
    return int(match["id"])


# -- batches ---------------------------------------------------------------------------------------
def open_batch(desk: Desk, flow: Flow | str, user: User) -> JsonObject:
    policy.require(user, policy.POSTAL)
    flow = Flow(flow)
    with desk.store.write():
        batch_id = postal.open_batch(desk.store, flow.value, iso(desk.clock()), user.id)
    return batch_view(desk, batch_id)


def batches(desk: Desk, open_only: bool = False, limit: int = 50) -> list[JsonObject]:
    """Every open batch, or the latest ``limit`` batches, newest first (without their lines)."""
    with desk.store.read():
        return [_batch(desk, r) for r in postal.batches(desk.store, open_only, limit)]


def batch_view(desk: Desk, batch_id: int) -> JsonObject:
    """The batch with its lines in scanning order; once closed, each line says whether it was recorded."""
    with desk.store.read():
        row = _batch_row(desk, batch_id)
        view = _batch(desk, row)
        lines = [_line(r) for r in postal.lines(desk.store, batch_id)]
        if row["closed_at"]:
            for line in lines:
                line["recorded"] = line["accepted"] and _recorded(desk, view, line)
    view["lines"] = pair_lines(view["flow"], lines)
    return view


def _batch_row(desk: Desk, batch_id: int) -> sqlite3.Row:
    row = postal.batch(desk.store, batch_id)
    if row is None:
        raise NotFound(Postal.NO_SUCH_BATCH, batch=batch_number(desk, batch_id))
    return row


def _batch(desk: Desk, row: sqlite3.Row) -> JsonObject:
    flow = Flow(row["flow"])
    return {
        "id": row["id"],
        "number": batch_number(desk, row["id"]),
        "flow": flow.value,
        "flow_label": flow.label,
        "opened_at": row["opened_at"],
        "opened_by": row["opened_by_name"],
        "closed_at": row["closed_at"],
        "closed_by": row["closed_by_name"],
        "closed_by_role": row["closed_by_role"],
        "courier": row["courier"],
        "lines": row["lines"],
        "refused": row["refused"],
    }


def _line(row: sqlite3.Row) -> JsonObject:
    refusal = Refusal(row["refusal"]) if row["refusal"] else None
    status = Status(row["status"]) if row["status"] else None
    return {
        "id": row["id"],
        "at": row["at"],
        "scanned": row["scanned"],
        "code": row["code"],
        "owner_name": row["owner_name"],
        "status": int(status) if status else None,
        "status_label": status.label if status else "",
        "item_code": row["item_code"],
        "accepted": refusal is None,
        "refusal": refusal.value if refusal else None,
        "refusal_label": refusal.label if refusal else "",
        "message": from_stored(row["message"]),
    }


def pair_lines(flow: str, lines: list[JsonObject]) -> list[JsonObject]:
    """Results: a dossier's line shows the item code scanned after it (the line that linked them)."""
    if flow == Flow.RESULTS:
        paired = {ln["code"]: ln["item_code"] for ln in lines if ln["accepted"] and ln["code"] and ln["item_code"]}
        for ln in lines:
            if ln["accepted"] and ln["code"] and not ln["item_code"]:
                ln["paired_item"] = paired.get(ln["code"])
    return lines


# -- scanning --------------------------------------------------------------------------------------
def scan(desk: Desk, batch_id: int, text: str, user: User) -> JsonObject:
    """One scanned code: a new line of the open batch, accepted or refused with its reason."""
    policy.require(user, policy.POSTAL)
    scanned = Scanned.of(text)
    if not scanned.text:
        raise InvalidInput("code", Postal.NOTHING_SCANNED)
    store = desk.store
    with store.write():
        row = _batch_row(desk, batch_id)
        if row["closed_at"]:
            raise NotAllowed(Postal.BATCH_CLOSED_SCAN, batch=batch_number(desk, batch_id))
        flow = Flow(row["flow"])
        facts = _facts(desk, batch_id, scanned)
        verdict = judge(flow, scanned, _state(flow, postal.lines(store, batch_id)), facts, desk.config.unit_code)
        found = dossiers.stored(store, verdict.dossier_code) if verdict.dossier_code else None
        line_id = postal.add_line(
            store,
            batch_id,
            iso(desk.clock()),
            scanned.text,
            found.id if found else None,
            verdict.item_code,
            verdict.refusal.value if verdict.refusal else None,
            stored(verdict.message),
        )
        return _line(postal.line(store, line_id))


def _state(flow: Flow, rows: list[sqlite3.Row]) -> BatchState:
    accepted = [r for r in rows if r["refusal"] is None]
    items = frozenset(r["item_code"] for r in accepted if r["item_code"])
    if flow is not Flow.RESULTS:
        return BatchState(items, frozenset(r["code"] for r in accepted if r["code"]))
    paired = frozenset(r["code"] for r in accepted if r["code"] and r["item_code"])
    last = accepted[-1] if accepted else None
    waiting = last["code"] if last is not None and last["item_code"] is None else None
    return BatchState(items, paired, waiting)


def _facts(desk: Desk, batch_id: int, scanned: Scanned) -> Facts:
    store = desk.store
    if scanned.kind is CodeKind.ITEM:
        linked = postal.link(store, scanned.code)
        link = (
            Link(linked["code"], INTAKE_LINK if linked["kind"] == POSTAL_INTAKE else RESULTS_LINK) if linked else None
        )
        found = dossiers.stored(store, linked["code"]) if linked else None
        held = postal.batch_holding(store, batch_id, scanned.code, None)
    elif scanned.kind is CodeKind.DOSSIER:
        link, found = None, dossiers.stored(store, scanned.code)
        held = postal.batch_holding(store, batch_id, None, found.id) if found else None
    else:
        return Facts()
    return Facts(_dossier(desk, found) if found else None, link, batch_number(desk, held["id"]) if held else None)


def _dossier(desk: Desk, found: dossiers.Stored) -> Dossier:
    unit, d = desk.config.unit_code, found.dossier
    ours = DossierCode.parse(d.code).unit_code == unit or d.competent_unit == unit
    handed = postal.handover(desk.store, found.id)
    return Dossier(
        d.code,
        d.status,
        d.return_method is ReturnMethod.POST,
        ours,
        _data(handed).get("item_code") if handed else None,
    )


def _data(event: sqlite3.Row | None) -> JsonObject:
    data: JsonObject = json.loads(event["data"]) if event and event["data"] else {}
    return data


# -- closing ---------------------------------------------------------------------------------------
def close_batch(desk: Desk, batch_id: int, user: User, courier: str = "") -> JsonObject:
    """Close the batch and record its hand-over; returns the batch with what was recorded and what was left out."""
    policy.require(user, policy.POSTAL)
    courier = nfc(courier)
    store = desk.store
    recorded, left_out = [], []
    with store.write():
        row = _batch_row(desk, batch_id)
        if row["closed_at"]:
            raise NotAllowed(Postal.BATCH_CLOSED, batch=batch_number(desk, batch_id))
        flow, number = Flow(row["flow"]), batch_number(desk, batch_id)
        accepted = [r for r in postal.lines(store, batch_id) if r["refusal"] is None]
        for line in accepted:
            if flow is Flow.INTAKE or line["code"] is None or line["item_code"] is None:
                continue  # a package (recorded when received), or a results dossier still without its envelope
            problem = _recheck(desk, flow, line)
            if problem:
                left_out.append({"code": line["code"], "item_code": line["item_code"], "message": problem})
                continue
            _record(desk, flow, line, user, number, courier)
            recorded.append({"code": line["code"], "item_code": line["item_code"]})
        if flow is Flow.RESULTS:
            paired = {r["code"] for r in accepted if r["item_code"]}
            left_out += [
                {"code": c, "item_code": None, "message": Text(Postal.NOT_PAIRED, code=c)}
                for c in dict.fromkeys(r["code"] for r in accepted if r["code"] not in paired)
            ]
        postal.close_batch(store, batch_id, iso(desk.clock()), user.id, courier)
    return {**batch_view(desk, batch_id), "recorded": recorded, "left_out": left_out}


def _recheck(desk: Desk, flow: Flow, line: sqlite3.Row) -> Text | None:
    """The same rule as at scanning, on the dossier as it is now; the refusal's message if it no longer passes."""
    dossier = _dossier(desk, _stored(desk, line["code"]))
    if flow is Flow.RESULTS:
        linked = postal.link(desk.store, line["item_code"])
        if linked and linked["code"] != line["code"]:
            return Text(Postal.ITEM_LINKED, item=line["item_code"], code=linked["code"])
    verdict = judge(flow, Scanned.of(line["code"]), BatchState(), Facts(dossier), desk.config.unit_code)
    return None if verdict.accepted else verdict.message


def _record(desk: Desk, flow: Flow, line: sqlite3.Row, user: User, number: str, courier: str) -> None:
    item, code = line["item_code"], line["code"]
    data = {"item_code": item, "batch": number, "courier": courier}
    if flow is Flow.RESULTS:
        processing.record(
            desk, code, user, POSTAL_HANDOVER, f"Bàn giao kết quả cho bưu chính, mã bưu gửi {item} (lô {number})", data
        )
    else:
        processing.apply_move(
            desk,
            code,
            Status.RETURNED,
            user,
            f"{line['owner_name']} — nhận qua bưu chính, mã bưu gửi {item} (lô {number})",
            {**data, "return_method": int(ReturnMethod.POST)},
            policy.POSTAL,
        )


def _stored(desk: Desk, code: str) -> dossiers.Stored:
    """The dossier of a line of the batch (a line is kept only for a dossier of this desk's store)."""
    found = dossiers.stored(desk.store, code)
    if found is None:
        raise NotFound(Dossiers.NOT_FOUND, code=code)
    return found


def _recorded(desk: Desk, batch: JsonObject, line: JsonObject) -> bool:
    """Whether closing the batch recorded this line (its dossier's event names the batch)."""
    if batch["flow"] == Flow.INTAKE or not line["code"] or not line["item_code"]:
        return False
    found = _stored(desk, line["code"])
    if batch["flow"] == Flow.RESULTS:
        return bool(_data(postal.handover(desk.store, found.id)).get("batch") == batch["number"])
    returned = dossiers.last_event_with_status(desk.store, found.id, Status.RETURNED)
    return returned is not None and returned.data.get("batch") == batch["number"]


# -- the hand-over list ----------------------------------------------------------------------------
def handover_slip(desk: Desk, batch_id: int) -> Slip:
    """The batch's hand-over list as slip data: the packages (with their dossier once received), the results
    handed over, or the results delivered."""
    view = batch_view(desk, batch_id)
    issued = datetime.fromisoformat(view["closed_at"]) if view["closed_at"] else desk.clock()
    rows = []
    for line in view["lines"]:
        if not line["accepted"]:
            continue
        if view["flow"] == Flow.INTAKE:
            linked = postal.link(desk.store, line["item_code"])
            rows.append(handover.Line(line["item_code"], lookup.show(desk, linked["code"]) if linked else None))
        elif line["item_code"] and line["code"] and (line.get("recorded") or not view["closed_at"]):
            rows.append(handover.Line(line["item_code"], lookup.show(desk, line["code"])))
    signer = "" if view["closed_by_role"] == "postal" else view["closed_by"] or ""
    return handover.LISTS[view["flow"]](view, rows, desk.config.letterhead, issued, view["courier"], signer)


def handover_to_file(desk: Desk, batch_id: int, user: User, out: Path | None = None) -> Path:
    """The hand-over list as PDF, kept in ``<data folder>/slips/`` unless ``out`` says where."""
    return handover_list(desk, batch_id, user, out).write()


def handover_list(desk: Desk, batch_id: int, user: User, out: Path | None = None) -> Printout:
    """The hand-over list, to be drawn to ``out`` or into ``<data folder>/slips/``."""
    policy.require(user, policy.POSTAL)
    target = out or desk.store.folder / "slips" / f"ban-giao-{batch_number(desk, batch_id)}.pdf"
    return Printout(handover_slip(desk, batch_id), target)


# -- receiving a posted dossier --------------------------------------------------------------------
def waiting_packages(desk: Desk, limit: int = 200) -> list[JsonObject]:
    """Packages handed over by the post (closed intake batches) whose dossier is not received yet."""
    with desk.store.read():
        rows = postal.waiting_packages(desk.store, limit)
    return [
        {
            "item_code": r["item_code"],
            "batch": batch_number(desk, r["batch_id"]),
            "handed_over_at": r["closed_at"],
            "courier": r["courier"],
        }
        for r in rows
    ]


def receive_by_post(
    desk: Desk, intake: Intake, clerk: User, item_code: str, papers: Sequence[AttachedFile] = ()
) -> Receipt:
    """Receive a dossier that came by post (channel 3, received now) and link it to the package's item code, with
    the files of its papers scanned at reception."""
    item = parse_item_code(item_code)
    store = desk.store
    with store.write():
        linked = postal.link(store, item)
        if linked:
            raise NotAllowed(Postal.ITEM_LINKED, item=item, code=linked["code"])
        package = postal.package(store, item)
        if package is not None and package["closed_at"] is None:
            raise NotAllowed(Postal.PACKAGE_IN_OPEN_BATCH, item=item, batch=batch_number(desk, package["id"]))
        receipt = reception.receive(desk, replace(intake, channel=Channel.POSTAL), clerk, papers)
        data = {"item_code": item}
        note = f"Hồ sơ nhận qua bưu chính, mã bưu gửi {item}"
        if package is not None:
            number = batch_number(desk, package["id"])
            data |= {"batch": number, "handed_over_at": package["closed_at"], "courier": package["courier"]}
            note += f" (lô {number})"
        processing.record(desk, receipt.code, clerk, POSTAL_INTAKE, note, data)
    return receipt
