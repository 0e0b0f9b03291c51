"""A received dossier's life at the desk: moving it along the status machine, asking for a supplement (Mẫu 02),
a new appointment with an apology (Mẫu 04), stopping it with a notice (Mẫu 05 of 2025), and events that leave the
status as it is. Each action is the acting user's if the policy lets their role take it on the dossier as it is."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import datetime

from counter_app.services.events import record_event, stored
from counter_app.store import dossiers
from counter_app.store.desk import Desk
from counter_core.domain import policy
from counter_core.domain.accounts import User
from counter_core.domain.appointment import extend_for_pause
from counter_core.domain.intake import SubmittedDocument
from counter_core.domain.status import Status, check_transition
from counter_core.foundation.clock import iso, to_vn
from counter_core.foundation.errors import InvalidInput, NotAllowed
from counter_core.foundation.jsontypes import JsonObject
from counter_core.foundation.messages import Dossiers
from counter_core.foundation.text import nfc


def transition(desk: Desk, code: str, target: Status, user: User, note: str = "") -> JsonObject:
    """Move a dossier to ``target`` if the user's role may and the status machine allows it from where it is; a
    supplement request (5) goes through ``request_supplement``, with its list of papers."""
    if target is Status.SUPPLEMENT_REQUESTED:
        raise NotAllowed(Dossiers.SUPPLEMENT_NEEDS_ITS_LIST)
    return apply_move(desk, code, target, user, note, None, policy.move(target))


def apply_move(
    desk: Desk, code: str, target: Status, user: User, note: str, data: JsonObject | None, action: policy.Action
) -> JsonObject:
    """Move a dossier to ``target`` as the policy's ``action`` (the postal desk records a delivery as its own)."""
    now = desk.clock()
    at = iso(now)
    with desk.store.write():
        held = stored(desk, code)
        current, was_due = held.dossier.status, held.dossier.due_at
        policy.require(user, action)
        check_transition(current, target)
        due = was_due
        # Whoever asked for the papers (this desk, another, or the province), the clock paused then.
        paused = (
            dossiers.last_event_with_status(desk.store, held.id, current)
            if current is Status.SUPPLEMENT_REQUESTED and due
            else None
        )
        if due and paused:
            due = extend_for_pause(due, paused.at, now, desk.calendar)
        before: dict[str, object] = {"status": int(current)}
        after: dict[str, object] = {"status": int(target)}
        if due != was_due:
            before["due_at"], after["due_at"] = _iso(was_due), _iso(due)
        record_event(
            desk,
            held.id,
            held.dossier.code,
            str(uuid.uuid4()),
            target,
            at,
            user,
            note,
            _iso(due),
            before,
            after,
            data=data,
            sets_due=due != was_due,
        )
    return {
        "code": held.dossier.code,
        "from": int(current),
        "to": int(target),
        "status_label": target.label,
        "at": at,
        "due_at": _iso(due),
    }


def _iso(moment: datetime | None) -> str | None:
    return iso(moment) if moment else None


def request_supplement(desk: Desk, code: str, user: User, items: list[SubmittedDocument], reason: str) -> JsonObject:
    """Ask the citizen for everything missing at once (Mẫu 02): status 5, the clock pauses until supplied."""
    policy.require(user, policy.move(Status.SUPPLEMENT_REQUESTED))
    items = [replace(i, name=nfc(i.name)) for i in items if nfc(i.name)]
    if not items:
        raise InvalidInput("items", Dossiers.PAPERS_TO_SUPPLEMENT_MISSING)
    if any(min(i.original, i.certified, i.copy) < 0 for i in items):
        raise InvalidInput("items", Dossiers.NEGATIVE_PAPER_COUNTS)
    reason = nfc(reason)
    if not reason:
        raise InvalidInput("reason", Dossiers.SUPPLEMENT_REASON_MISSING)
    return apply_move(
        desk,
        code,
        Status.SUPPLEMENT_REQUESTED,
        user,
        reason,
        {"items": [i.to_json() for i in items]},
        policy.move(Status.SUPPLEMENT_REQUESTED),
    )


def _letter(number: str, signer: str) -> JsonObject:
    """The registry's number of an official letter and the name of who signs it, both optional (left blank)."""
    number, signer = nfc(number), nfc(signer)
    if len(number) > 20 or "/" in number:
        raise InvalidInput("number", Dossiers.LETTER_NUMBER_INVALID)
    if len(signer) > 100:
        raise InvalidInput("signer", Dossiers.SIGNER_TOO_LONG)
    return {k: v for k, v in (("number", number), ("signer", signer)) if v}


def stop(desk: Desk, code: str, user: User, reason: str, number: str = "", signer: str = "") -> JsonObject:
    """Stop settling a dossier (Dừng xử lý, 8) and record what its notice (Thông báo dừng giải quyết hồ sơ) says: a
    processing decision, recorded at the desk by those who move dossiers along (``policy.move``)."""
    action = policy.move(Status.STOPPED)
    policy.require(user, action)
    reason = nfc(reason)
    if not reason:
        raise InvalidInput("reason", Dossiers.STOP_REASON_MISSING)
    return apply_move(desk, code, Status.STOPPED, user, reason, _letter(number, signer) or None, action)


def reschedule(
    desk: Desk, code: str, user: User, new_due: datetime, reason: str, number: str = "", signer: str = ""
) -> JsonObject:
    """Mẫu 04: apologise and ask to extend the time to a new appointment, before the appointment has passed; the
    dossier stays judged by the first one."""
    policy.require(user, policy.RESCHEDULE)
    now, new_due = desk.clock(), to_vn(new_due).replace(second=0, microsecond=0)
    reason = nfc(reason)
    if not reason:
        raise InvalidInput("reason", Dossiers.DELAY_REASON_MISSING)
    letter = _letter(number, signer)
    if not desk.calendar.is_office_time(new_due):
        raise InvalidInput("new_due", Dossiers.NEW_DUE_NOT_OFFICE_TIME)
    at = iso(now)
    with desk.store.write():
        held = stored(desk, code)
        policy.require(user, policy.RESCHEDULE, held.dossier, now=now)
        was_due = held.dossier.due_at
        if was_due is None or new_due <= was_due:
            raise InvalidInput("new_due", Dossiers.NEW_DUE_TOO_EARLY)
        due, previous = iso(new_due), iso(was_due)
        record_event(
            desk,
            held.id,
            held.dossier.code,
            str(uuid.uuid4()),
            None,
            at,
            user,
            reason,
            due,
            {"due_at": previous},
            {"due_at": due},
            data={"previous_due": previous, "new_due": due, **letter},
            kind="reschedule",
            sets_due=True,
        )
    return {"code": held.dossier.code, "at": at, "previous_due": previous, "due_at": due}


def record(desk: Desk, code: str, user: User, kind: str, note: str = "", data: JsonObject | None = None) -> JsonObject:
    """An event that leaves the status as it is (a rating, a postal hand-over…), queued for the province."""
    at = iso(desk.clock())
    with desk.store.write():
        held = stored(desk, code)
        record_event(
            desk,
            held.id,
            held.dossier.code,
            str(uuid.uuid4()),
            None,
            at,
            user,
            nfc(note),
            _iso(held.dossier.due_at),
            None,
            data or {},
            data=data,
            kind=kind,
        )
    return {"code": held.dossier.code, "kind": kind, "at": at}
