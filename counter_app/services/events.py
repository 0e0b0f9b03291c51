"""Writing a dossier's events: each with its outbox row for the province and its audit row, inside the caller's
transaction; the shared step of every service that changes a dossier."""

from __future__ import annotations

from counter_app.store import dossiers, journal, settings
from counter_app.store.desk import Desk
from counter_app.store.settings import REBASE_REQUIRED
from counter_core.domain.accounts import User
from counter_core.domain.status import Status
from counter_core.foundation.errors import NotAllowed, NotFound
from counter_core.foundation.jsontypes import JsonObject
from counter_core.foundation.messages import Dossiers

EVENT_KINDS = {
    Status.NEW_ONLINE: "register",
    Status.RECEIVED: "receive",
    Status.REFUSED: "refuse",
    Status.PROCESSING: "process",
    Status.SUPPLEMENT_REQUESTED: "request_supplement",
    Status.FINANCIAL_OBLIGATION: "request_payment",
    Status.WITHDRAWAL_REQUESTED: "request_withdrawal",
    Status.STOPPED: "stop",
    Status.RESULT_READY: "result_ready",
    Status.RETURNED: "return",
}


def record_event(
    desk: Desk,
    dossier_id: int,
    code: str,
    event_uuid: str,
    status: Status | None,
    at: str,
    user: User,
    note: str,
    due: str | None,
    before: JsonObject | None,
    after: JsonObject,
    data: JsonObject | None = None,
    kind: str | None = None,
    sets_due: bool = False,
) -> None:
    """Write one event with its outbox and audit rows; an event without a status keeps the current one.

    The event keeps the appointment it set (``sets_due``), and the outbox row the feed cursor the desk had
    heard up to, so the province can tell an update from a crossing.
    """
    values = settings.get_all(desk.store)
    if values.get(REBASE_REQUIRED):
        raise NotAllowed(Dossiers.REBASE_FIRST)
    if not kind:
        assert status is not None, "an event that sets no status names its kind"
        kind = EVENT_KINDS[status]
    event_id = dossiers.add_event(
        desk.store,
        dossier_id,
        event_uuid=event_uuid,
        kind=kind,
        status=int(status) if status else None,
        at=at,
        user_id=user.id,
        unit_code=desk.config.unit_code,
        note=note,
        data=data,
        due_at=due if sets_due else None,
    )
    dossiers.set_state(desk.store, dossier_id, int(status) if status else None, due)
    journal.queue_event(desk.store, event_id, int(values.get("sync.cursor", "0")))
    journal.append_audit(desk.store, at, user.id, f"dossier.{kind}", code, before, after)


def stored(desk: Desk, code: str) -> dossiers.Stored:
    """The dossier ``code`` with its row id, or NotFound."""
    found = dossiers.stored(desk.store, code.strip())
    if found is None:
        raise no_dossier(code)
    return found


def no_dossier(code: str) -> NotFound:
    """The error for a code no dossier has."""
    return NotFound(Dossiers.NOT_FOUND, code=code)
