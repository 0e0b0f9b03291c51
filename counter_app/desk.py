"""The reception desk's actions on dossiers: receive, change status, look up, search, the day's queue.

Each action that changes something is one store transaction holding the change, its event, its
sync outbox row and its audit row.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from counter_app.accounts import User
from counter_app.clock import Clock, iso, to_vn, vn_now
from counter_app.configuration import desk_config, procedure, work_calendar
from counter_app.domain.appointment import Appointment, appointment, extend_for_pause
from counter_app.domain.codes import DossierCode, sequence_for
from counter_app.domain.fees import Fee
from counter_app.domain.intake import CHANNEL_LABELS, RETURN_LABELS, Channel, Intake, ReturnMethod
from counter_app.domain.procedure import Procedure
from counter_app.domain.status import Status, check_transition, derive
from counter_app.errors import NotFound
from counter_app.store import Store, dossiers, journal
from counter_app.text import fold

EVENT_KINDS = {
    Status.NEW_ONLINE: "register", Status.RECEIVED: "receive", Status.REFUSED: "refuse",
    Status.PROCESSING: "process", Status.SUPPLEMENT_REQUESTED: "request_supplement",
    Status.FINANCIAL_OBLIGATION: "request_payment", Status.WITHDRAWAL_REQUESTED: "request_withdrawal",
    Status.STOPPED: "stop", Status.RESULT_READY: "result_ready", Status.RETURNED: "return",
}


@dataclass(frozen=True)
class Quote:
    """What the clerk sees before saving: the procedure, the fee and the appointment."""

    procedure: Procedure
    catalog_id: int
    fee: Fee
    appointment: Appointment


@dataclass(frozen=True)
class Receipt:
    code: str
    uuid: str
    received_at: datetime
    appointment: Appointment
    fee: Fee
    warnings: tuple[str, ...] = ()

    def to_json(self) -> dict:
        return {
            "code": self.code, "uuid": self.uuid, "received_at": iso(self.received_at),
            "due_at": iso(self.appointment.due) if self.appointment.due else None,
            "due_phrase": self.appointment.phrase(), "fee": self.fee.amount, "fee_explanation": self.fee.explanation,
            "warnings": list(self.warnings),
        }


class Desk:
    """The services of one configured desk over its store; ``clock`` gives Vietnam time."""

    def __init__(self, store: Store, clock: Clock = vn_now) -> None:
        self.store = store
        self.clock = clock
        self.config = desk_config(store)
        self.calendar = work_calendar(store, self.config)

    # -- before saving ---------------------------------------------------------------------------
    def quote(self, intake: Intake, received_at: datetime | None = None) -> Quote:
        received_at = to_vn(received_at or self.clock())
        catalog_id, proc = procedure(self.store, received_at.date(), intake.procedure_code)
        fee = proc.fee.compute(intake.fee_request, proc.exemptions)
        online = intake.channel is Channel.ONLINE
        return Quote(proc, catalog_id, fee, appointment(received_at, proc.processing_for(online), self.calendar))

    def due_date(self, procedure_code: str, received_at: datetime) -> tuple[Procedure, Appointment]:
        _, proc = procedure(self.store, to_vn(received_at).date(), procedure_code)
        return proc, appointment(to_vn(received_at), proc.processing, self.calendar)

    # -- actions ---------------------------------------------------------------------------------
    def receive(self, intake: Intake, clerk: User) -> Receipt:
        """Record a complete, valid dossier and give it its code; invalid input stores nothing."""
        now = self.clock()
        intake = intake.normalised()
        catalog_id, proc = procedure(self.store, now.date(), intake.procedure_code)
        intake.check(proc, now.date())
        quote = self.quote(intake, now)
        dossier_uuid, event_uuid = str(uuid.uuid4()), str(uuid.uuid4())
        due = iso(quote.appointment.due) if quote.appointment.due else None
        at = iso(now)
        warnings: list[str] = []
        with self.store.write():
            index = dossiers.next_code_index(self.store, now.date().isoformat(), self.config.desk)
            code = DossierCode(self.config.unit_code, now.date(),
                               sequence_for(self.config.desk, index, self.config.code_block))
            if code.overflowed or index > self.config.code_block:
                warnings.append(
                    f"Quầy {self.config.desk} đã cấp {index} mã trong ngày, vượt khối {self.config.code_block} số: "
                    f"mã {code} vẫn hợp lệ nhưng cần báo lãnh đạo."
                )
            dossier_id = dossiers.insert(
                self.store,
                {
                    "uuid": dossier_uuid, "code": str(code), "procedure_code": proc.code, "catalog_id": catalog_id,
                    "owner_name": intake.owner.full_name, "owner_id": intake.owner.id_number,
                    "phone": intake.contact.phone, "received_at": at, "due_at": due,
                    "status": int(Status.RECEIVED), "status_at": at, "received_by": clerk.id,
                    "fee": quote.fee.amount, "channel": int(intake.channel),
                    "return_method": int(intake.return_method),
                    "data": _facts(intake, proc, quote, self.config.desk),
                },
                {
                    "code": str(code),
                    "people": fold(" ".join(p.full_name for p in (intake.owner, intake.submitter) if p)),
                    "id_number": " ".join(p.id_number for p in (intake.owner, intake.submitter) if p),
                    "phone": " ".join(p.phone for p in (intake.owner, intake.submitter) if p and p.phone),
                    "procedure": fold(proc.name),
                },
            )
            self._record(dossier_id, str(code), event_uuid, Status.RECEIVED, at, clerk, "", due, None,
                         {"code": str(code), "status": int(Status.RECEIVED), "due_at": due})
            for warning in warnings:
                journal.append_audit(self.store, at, clerk.id, "alert.code_overflow", "dossier", str(code),
                                     None, {"message": warning})
        return Receipt(str(code), dossier_uuid, now, quote.appointment, quote.fee, tuple(warnings))

    def transition(self, code: str, target: Status, user: User, note: str = "") -> dict:
        """Move a dossier to ``target`` if the status machine allows it from where it is."""
        now = self.clock()
        at = iso(now)
        with self.store.write():
            row = self._row(code)
            current = Status(row["status"])
            check_transition(current, target)
            due = row["due_at"]
            if current is Status.SUPPLEMENT_REQUESTED and due:
                paused_at = datetime.fromisoformat(row["status_at"])
                due = iso(extend_for_pause(datetime.fromisoformat(due), paused_at, now, self.calendar))
            before = {"status": row["status"], "due_at": row["due_at"]}
            after = {"status": int(target), "due_at": due}
            self._record(row["id"], code, str(uuid.uuid4()), target, at, user, note, due, before, after)
        return {"code": code, "from": int(current), "to": int(target), "status_label": target.label,
                "at": at, "due_at": due}

    def _record(self, dossier_id: int, code: str, event_uuid: str, status: Status, at: str, user: User,
                note: str, due: str | None, before: dict | None, after: dict) -> None:
        kind = EVENT_KINDS[status]
        dossiers.add_event(self.store, dossier_id, {
            "uuid": event_uuid, "kind": kind, "status": int(status), "at": at, "user_id": user.id,
            "unit_code": self.config.unit_code, "note": note, "step_deadline": due, "data": None,
        })
        dossiers.set_state(self.store, dossier_id, int(status), at, due)
        journal.append_outbox(self.store, event_uuid, f"dossier.{kind}")
        journal.append_audit(self.store, at, user.id, f"dossier.{kind}", "dossier", code, before, after)

    # -- reading ---------------------------------------------------------------------------------
    def _row(self, code: str):
        row = dossiers.by_code(self.store, code.strip())
        if row is None:
            raise NotFound(f"Không tìm thấy hồ sơ mã \"{code}\".")
        return row

    def show(self, code: str) -> dict:
        """The dossier with its events; the status is derived from the events."""
        with self.store.read():
            row = self._row(code)
            events = dossiers.events(self.store, row["id"])
        status = derive(Status(e["status"]) for e in events if e["status"] is not None)
        return {**summary(row), **json.loads(row["data"]), "status": int(status), "status_label": status.label,
                "events": [{
                    "kind": e["kind"], "status": e["status"], "at": e["at"], "user": e["username"],
                    "user_name": e["user_name"], "unit_code": e["unit_code"], "note": e["note"],
                    "step_deadline": e["step_deadline"],
                } for e in events]}

    def search(self, text: str, limit: int = 50) -> list[dict]:
        return [summary(r) for r in dossiers.search(self.store, text, limit)]

    def queue(self, day: date | None = None, limit: int = 500) -> dict:
        """The day's queue: received that day, open dossiers due that day, and late ones."""
        now = self.clock()
        day = day or now.date()
        start = self.calendar.at(day, datetime.min.time())
        end = start + timedelta(days=1)
        received = dossiers.received_between(self.store, iso(start), iso(end), limit)
        due = dossiers.open_due_before(self.store, iso(end), limit)
        late = [r for r in due if r["due_at"] < iso(min(now, end))]
        return {
            "day": day.isoformat(),
            "received": [summary(r) for r in received],
            "due_today": [summary(r) for r in due if r["due_at"] >= iso(start) and r not in late],
            "late": [summary(r) for r in late],
        }


def summary(row) -> dict:
    status = Status(row["status"])
    return {
        "code": row["code"], "uuid": row["uuid"], "procedure_code": row["procedure_code"],
        "owner_name": row["owner_name"], "owner_id": row["owner_id"], "phone": row["phone"],
        "received_at": row["received_at"], "due_at": row["due_at"], "status": int(status),
        "status_label": status.label, "fee": row["fee"], "channel": row["channel"],
        "channel_label": CHANNEL_LABELS[Channel(row["channel"])], "return_method": row["return_method"],
        "return_label": RETURN_LABELS[ReturnMethod(row["return_method"])],
    }


def _facts(intake: Intake, proc: Procedure, quote: Quote, desk: int) -> dict:
    """The reception facts kept with the dossier: immutable once the receipt is printed."""
    return {
        "desk": desk,
        "procedure_name": proc.name,
        "procedure_field": proc.field,
        "processing": proc.processing_for(intake.channel is Channel.ONLINE).to_json(),
        "owner": intake.owner.to_json(),
        "submitter": intake.submitter.to_json() if intake.submitter else None,
        "documents": [d.to_json() for d in intake.documents],
        "sets": intake.sets,
        "postal_address": intake.postal_address,
        "fee_explanation": quote.fee.explanation,
        "fee_request": {"quantity": intake.fee_request.quantity, "pages": intake.fee_request.pages,
                        "exemption": intake.fee_request.exemption},
        "note": intake.note,
    }
