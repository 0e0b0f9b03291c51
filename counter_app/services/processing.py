"""A received dossier's life at the desk: moving it along the status machine, asking for a supplement (Mẫu 02),
a new appointment with an apology (Mẫu 04), stopping it with a notice (Mẫu 05 of 2025), and events that leave the
status as it is."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import datetime

from counter_app.services.events import dossier_row, record_event
from counter_app.store import dossiers
from counter_app.store.desk import Desk
from counter_core.domain.accounts import User
from counter_core.domain.appointment import extend_for_pause
from counter_core.domain.intake import SubmittedDocument
from counter_core.domain.status import Status, check_transition
from counter_core.foundation.clock import iso, to_vn
from counter_core.foundation.errors import InvalidInput, NotAllowed
from counter_core.foundation.formatting import slip_moment
from counter_core.foundation.messages import Dossiers, Reception
from counter_core.foundation.text import nfc

# A new appointment (Mẫu 04) is for a dossier still being worked on, not one waiting for the citizen.
RESCHEDULABLE = frozenset({Status.RECEIVED, Status.PROCESSING, Status.FINANCIAL_OBLIGATION})


def transition(desk: Desk, code: str, target: Status, user: User, note: str = "", data: dict | None = None) -> dict:
    """Move a dossier to ``target`` if the status machine allows it from where it is."""
    now = desk.clock()
    at = iso(now)
    with desk.store.write():
        row = dossier_row(desk, code)
        current = Status(row["status"])
        check_transition(current, target)
        due = row["due_at"]
        if current is Status.SUPPLEMENT_REQUESTED and due:
            # Whoever asked for the papers (this desk, another, or the province), the clock paused then.
            paused = dossiers.last_event_with_status(desk.store, row["id"], Status.SUPPLEMENT_REQUESTED)
            paused_at = datetime.fromisoformat(paused["at"])
            due = iso(extend_for_pause(datetime.fromisoformat(due), paused_at, now, desk.calendar))
        before, after = {"status": row["status"]}, {"status": int(target)}
        if due != row["due_at"]:
            before["due_at"], after["due_at"] = row["due_at"], due
        record_event(
            desk,
            row["id"],
            code,
            str(uuid.uuid4()),
            target,
            at,
            user,
            note,
            due,
            before,
            after,
            data=data,
            sets_due=due != row["due_at"],
        )
    return {
        "code": code,
        "from": int(current),
        "to": int(target),
        "status_label": target.label,
        "at": at,
        "due_at": due,
    }


def request_supplement(desk: Desk, code: str, user: User, items: list[SubmittedDocument], reason: str) -> dict:
    """Ask the citizen for everything missing at once (Mẫu 02): status 5, the clock pauses until supplied."""
    items = [replace(i, name=nfc(i.name)) for i in items if nfc(i.name)]
    if not items:
        raise InvalidInput("items", Dossiers.SUPPLEMENT_ITEMS_MISSING)
    if any(min(i.original, i.certified, i.copy) < 0 for i in items):
        raise InvalidInput("items", Reception.NEGATIVE_COUNTS)
    reason = nfc(reason)
    if not reason:
        raise InvalidInput("reason", Dossiers.SUPPLEMENT_REASON_MISSING)
    return transition(desk, code, Status.SUPPLEMENT_REQUESTED, user, reason, {"items": [i.to_json() for i in items]})


def _letter(number: str, signer: str) -> dict:
    """The registry's number of an official letter and the name of who signs it, both optional (left blank)."""
    number, signer = nfc(number), nfc(signer)
    if len(number) > 20 or "/" in number:
        raise InvalidInput("number", Dossiers.LETTER_NUMBER_INVALID)
    if len(signer) > 100:
        raise InvalidInput("signer", Dossiers.SIGNER_TOO_LONG)
    return {k: v for k, v in (("number", number), ("signer", signer)) if v}


def stop(desk: Desk, code: str, user: User, reason: str, number: str = "", signer: str = "") -> dict:
    """Stop settling a dossier (Dừng xử lý, 8) and record what its notice (Thông báo dừng giải quyết hồ sơ) says."""
    reason = nfc(reason)
    if not reason:
        raise InvalidInput("reason", Dossiers.STOP_REASON_MISSING)
    return transition(desk, code, Status.STOPPED, user, reason, _letter(number, signer) or None)


def reschedule(
    desk: Desk, code: str, user: User, new_due: datetime, reason: str, number: str = "", signer: str = ""
) -> dict:
    """Mẫu 04: apologise and ask to extend the time to a new appointment, before the appointment has passed; the
    dossier stays judged by the first one."""
    now, new_due = desk.clock(), to_vn(new_due).replace(second=0, microsecond=0)
    reason = nfc(reason)
    if not reason:
        raise InvalidInput("reason", Dossiers.DELAY_REASON_MISSING)
    letter = _letter(number, signer)
    if not desk.calendar.is_office_time(new_due):
        raise InvalidInput("new_due", Dossiers.NEW_DUE_NOT_OFFICE_TIME)
    at = iso(now)
    with desk.store.write():
        row = dossier_row(desk, code)
        status = Status(row["status"])
        if status not in RESCHEDULABLE:
            raise NotAllowed(Dossiers.NOT_RESCHEDULABLE, status=status.label)
        if row["due_at"] is None:
            raise NotAllowed(Dossiers.NO_FIXED_DATE)
        deadline = datetime.fromisoformat(row["due_at"])
        if now > deadline:
            raise NotAllowed(Dossiers.DEADLINE_PASSED, deadline=slip_moment(deadline))
        if new_due <= deadline:
            raise InvalidInput("new_due", Dossiers.NEW_DUE_TOO_EARLY)
        due = iso(new_due)
        record_event(
            desk,
            row["id"],
            code,
            str(uuid.uuid4()),
            None,
            at,
            user,
            reason,
            due,
            {"due_at": row["due_at"]},
            {"due_at": due},
            data={"previous_due": row["due_at"], "new_due": due, **letter},
            kind="reschedule",
            sets_due=True,
        )
    return {"code": code, "at": at, "previous_due": row["due_at"], "due_at": due}


def record(desk: Desk, code: str, user: User, kind: str, note: str = "", data: dict | None = None) -> dict:
    """An event that leaves the status as it is (a rating, a postal hand-over…), queued for the province."""
    at = iso(desk.clock())
    with desk.store.write():
        row = dossier_row(desk, code)
        record_event(
            desk,
            row["id"],
            code,
            str(uuid.uuid4()),
            None,
            at,
            user,
            nfc(note),
            row["due_at"],
            None,
            data or {},
            data=data,
            kind=kind,
        )
    return {"code": code, "kind": kind, "at": at}
