"""The reception desk's actions on dossiers: receive, change status, look up, search, the day's queue.

Each action that changes something is one store transaction holding the change, its event, its
sync outbox row and its audit row.
"""

from __future__ import annotations

import copy
import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from counter_app.accounts import User
from counter_app.clock import Clock, iso, to_vn, vn_now
from counter_app.configuration import desk_config, procedure, procedure_of_version, work_calendar
from counter_app.domain.appointment import Appointment, appointment, extend_for_pause
from counter_app.domain.codes import DossierCode, sequence_for
from counter_app.domain.fees import Fee, FeeRequest
from counter_app.domain.intake import CHANNEL_LABELS, RETURN_LABELS, Channel, Intake, ReturnMethod, SubmittedDocument
from counter_app.domain.procedure import Procedure
from counter_app.domain.status import Status, check_transition
from counter_app.errors import InvalidInput, NotAllowed, NotFound
from counter_app.store import Store, dossiers, journal, settings
from counter_app.text import fold, nfc

REBASE_REQUIRED = "sync.rebase_required"  # set on a restored or reinstalled desk until the server re-bases it

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

# A new appointment (Mẫu 04) is for a dossier still being worked on, not one waiting for the citizen.
RESCHEDULABLE = frozenset({Status.RECEIVED, Status.PROCESSING, Status.FINANCIAL_OBLIGATION})


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
            "code": self.code,
            "uuid": self.uuid,
            "received_at": iso(self.received_at),
            "due_at": iso(self.appointment.due) if self.appointment.due else None,
            "due_phrase": self.appointment.phrase(),
            "fee": self.fee.amount,
            "fee_explanation": self.fee.explanation,
            "warnings": list(self.warnings),
        }


class Desk:
    """The services of one configured desk over its store; ``clock`` gives Vietnam time."""

    def __init__(self, store: Store, clock: Clock = vn_now) -> None:
        self.store = store
        self.clock = clock
        self.reload()

    def reload(self) -> None:
        """Read the desk's settings and calendar again (after the province sent new ones)."""
        self.config = desk_config(self.store)
        self.calendar = work_calendar(self.store, self.config)

    # -- before saving ---------------------------------------------------------------------------
    def quote(self, intake: Intake, received_at: datetime | None = None) -> Quote:
        """The fee and the appointment the intake would get if saved at ``received_at`` (default now)."""
        received_at = to_vn(received_at or self.clock())
        catalog_id, proc = procedure(self.store, received_at.date(), intake.procedure_code)
        return self._quote(proc, catalog_id, intake, received_at)

    def _quote(self, proc: Procedure, catalog_id: int, intake: Intake, received_at: datetime) -> Quote:
        fee = proc.fee.compute(intake.fee_request, proc.exemptions)
        online = intake.channel is Channel.ONLINE
        return Quote(proc, catalog_id, fee, appointment(received_at, proc.processing_for(online), self.calendar))

    def due_date(self, procedure_code: str, received_at: datetime) -> tuple[Procedure, Appointment]:
        _, proc = procedure(self.store, to_vn(received_at).date(), procedure_code)
        return proc, appointment(to_vn(received_at), proc.processing, self.calendar)

    # -- actions ---------------------------------------------------------------------------------
    def receive(self, intake: Intake, clerk: User) -> Receipt:
        """Record a complete, valid dossier and give it its code; invalid input stores nothing."""
        return self._open(intake, clerk, Status.RECEIVED, "")

    def refuse(self, intake: Intake, clerk: User, reason: str) -> Receipt:
        """Record a dossier refused at the counter (Mẫu 03) with its reason; it gets a code, no appointment."""
        reason = nfc(reason)
        if not reason:
            raise InvalidInput("reason", "Phải ghi rõ lý do từ chối tiếp nhận hồ sơ.")
        return self._open(intake, clerk, Status.REFUSED, reason)

    def guide_supplement(self, intake: Intake, clerk: User, reason: str) -> tuple[Intake, Procedure, list]:
        """An incomplete dossier is not received: the clerk hands over Mẫu 02 listing every missing paper.

        Nothing is stored but the audit row saying who was guided, for what; returns what the slip needs.
        """
        now = self.clock()
        intake = intake.normalised()
        _, proc = procedure(self.store, now.date(), intake.procedure_code)
        intake.check(proc, now.date(), complete=False)
        missing = list(intake.missing(proc))
        if not missing:
            raise NotAllowed("Hồ sơ đã đủ giấy tờ bắt buộc: lưu và in giấy tiếp nhận, không cần phiếu bổ sung.")
        with self.store.write():
            journal.append_audit(
                self.store,
                iso(now),
                clerk.id,
                "intake.supplement_guidance",
                intake.owner.id_number,
                None,
                {
                    "procedure": proc.code,
                    "owner": intake.owner.full_name,
                    "missing": [d.name for d in missing],
                    "reason": nfc(reason),
                },
            )
        return intake, proc, missing

    def _open(self, intake: Intake, clerk: User, status: Status, note: str) -> Receipt:
        now = self.clock()
        intake = intake.normalised()
        catalog_id, proc = procedure(self.store, now.date(), intake.procedure_code)
        intake.check(proc, now.date(), complete=status is Status.RECEIVED)
        competent = self._competent_unit(intake.competent_unit)
        quote = self._quote(proc, catalog_id, intake, now)
        if status is Status.REFUSED:
            quote = Quote(
                proc, catalog_id, Fee(0, "Không thu phí, lệ phí (hồ sơ không được tiếp nhận)"), Appointment(now, None)
            )
        dossier_uuid, event_uuid = str(uuid.uuid4()), str(uuid.uuid4())
        due = iso(quote.appointment.due) if quote.appointment.due else None
        at = iso(now)
        warnings: list[str] = []
        with self.store.write():
            index = dossiers.next_code_index(self.store, now.date().isoformat(), self.config.desk)
            code = DossierCode(
                self.config.unit_code, now.date(), sequence_for(self.config.desk, index, self.config.code_block)
            )
            if code.overflowed or index > self.config.code_block:
                warnings.append(
                    f"Quầy {self.config.desk} đã cấp {index} mã trong ngày, vượt khối {self.config.code_block} số: "
                    f"mã {code} vẫn hợp lệ nhưng cần báo lãnh đạo."
                )
            dossier_id = dossiers.insert(
                self.store,
                {
                    "uuid": dossier_uuid,
                    "code": str(code),
                    "procedure_code": proc.code,
                    "catalog_id": catalog_id,
                    "owner_name": intake.owner.full_name,
                    "owner_id": intake.owner.id_number,
                    "phone": intake.contact.phone,
                    "received_at": at,
                    "due_at": due,
                    "status": int(status),
                    "received_by": clerk.id,
                    "fee": quote.fee.amount,
                    "channel": int(intake.channel),
                    "return_method": int(intake.return_method),
                    "competent_unit": competent,
                    "data": _facts(intake, proc, quote, self.config.desk),
                },
                search_text(str(code), [p.to_json() for p in (intake.owner, intake.submitter) if p], proc.name),
            )
            self._record(
                dossier_id,
                str(code),
                event_uuid,
                status,
                at,
                clerk,
                note,
                due,
                None,
                {"status": int(status), "due_at": due},
                sets_due=True,
            )
            for warning in warnings:
                journal.append_audit(
                    self.store, at, clerk.id, "dossier.code_overflow_alert", str(code), None, {"message": warning}
                )
        return Receipt(str(code), dossier_uuid, now, quote.appointment, quote.fee, tuple(warnings))

    def transition(self, code: str, target: Status, user: User, note: str = "", data: dict | None = None) -> dict:
        """Move a dossier to ``target`` if the status machine allows it from where it is."""
        now = self.clock()
        at = iso(now)
        with self.store.write():
            row = self._row(code)
            current = Status(row["status"])
            check_transition(current, target)
            due = row["due_at"]
            if current is Status.SUPPLEMENT_REQUESTED and due:
                # Whoever asked for the papers (this desk, another, or the province), the clock paused then.
                paused = dossiers.last_event_with_status(self.store, row["id"], Status.SUPPLEMENT_REQUESTED)
                paused_at = datetime.fromisoformat(paused["at"])
                due = iso(extend_for_pause(datetime.fromisoformat(due), paused_at, now, self.calendar))
            before, after = {"status": row["status"]}, {"status": int(target)}
            if due != row["due_at"]:
                before["due_at"], after["due_at"] = row["due_at"], due
            self._record(
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

    def request_supplement(self, code: str, user: User, items: list[SubmittedDocument], reason: str) -> dict:
        """Ask the citizen for everything missing at once (Mẫu 02): status 5, the clock pauses until supplied."""
        items = [replace(i, name=nfc(i.name)) for i in items if nfc(i.name)]
        if not items:
            raise InvalidInput("items", "Phải liệt kê ít nhất một giấy tờ cần bổ sung, hoàn thiện.")
        if any(min(i.original, i.certified, i.copy) < 0 for i in items):
            raise InvalidInput("items", "Số lượng giấy tờ không được âm.")
        reason = nfc(reason)
        if not reason:
            raise InvalidInput("reason", "Phải ghi rõ lý do yêu cầu bổ sung, hoàn thiện hồ sơ.")
        return self.transition(code, Status.SUPPLEMENT_REQUESTED, user, reason, {"items": [i.to_json() for i in items]})

    def reschedule(self, code: str, user: User, new_due: datetime, reason: str) -> dict:
        """Mẫu 04: apologise and set a new appointment; the dossier stays late against the first one."""
        now, new_due = self.clock(), to_vn(new_due).replace(second=0, microsecond=0)
        reason = nfc(reason)
        if not reason:
            raise InvalidInput("reason", "Phải ghi rõ lý do chậm trả kết quả.")
        if not self.calendar.is_office_time(new_due):
            raise InvalidInput("new_due", "Ngày hẹn mới phải là ngày làm việc, trong giờ hành chính.")
        at = iso(now)
        with self.store.write():
            row = self._row(code)
            status = Status(row["status"])
            if status not in RESCHEDULABLE:
                raise NotAllowed(f'Hồ sơ đang ở trạng thái "{status.label}": không hẹn lại ngày trả kết quả.')
            if row["due_at"] is None:
                raise NotAllowed("Thủ tục không có ngày hẹn trả cụ thể: không cần phiếu xin lỗi và hẹn lại.")
            if new_due <= max(now, datetime.fromisoformat(row["due_at"])):
                raise InvalidInput("new_due", "Ngày hẹn mới phải sau ngày hẹn cũ và sau thời điểm hiện tại.")
            due = iso(new_due)
            self._record(
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
                data={"previous_due": row["due_at"], "new_due": due},
                kind="reschedule",
                sets_due=True,
            )
        return {"code": code, "at": at, "previous_due": row["due_at"], "due_at": due}

    def record(self, code: str, user: User, kind: str, note: str = "", data: dict | None = None) -> dict:
        """An event that leaves the status as it is (a rating, a postal hand-over…), queued for the province."""
        at = iso(self.clock())
        with self.store.write():
            row = self._row(code)
            self._record(
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

    def _record(
        self,
        dossier_id: int,
        code: str,
        event_uuid: str,
        status: Status | None,
        at: str,
        user: User,
        note: str,
        due: str | None,
        before: dict | None,
        after: dict,
        data: dict | None = None,
        kind: str | None = None,
        sets_due: bool = False,
    ) -> None:
        """Write one event with its outbox and audit rows; an event without a status keeps the current one.

        The event keeps the appointment it set (``sets_due``), and the outbox row the feed cursor the desk had
        heard up to, so the province can tell an update from a crossing.
        """
        values = settings.get_all(self.store)
        if values.get(REBASE_REQUIRED):
            raise NotAllowed(
                "Quầy vừa được khôi phục hoặc cài lại: cần đồng bộ với máy chủ tỉnh (F5) để lấy lại "
                "các thao tác đã gửi trước khi ghi thao tác mới hay cấp mã hồ sơ mới."
            )
        kind = kind or EVENT_KINDS[status]
        event_id = dossiers.add_event(
            self.store,
            dossier_id,
            {
                "uuid": event_uuid,
                "kind": kind,
                "status": int(status) if status else None,
                "at": at,
                "user_id": user.id,
                "unit_code": self.config.unit_code,
                "note": note,
                "data": data,
                "due_at": due if sets_due else None,
            },
        )
        dossiers.set_state(self.store, dossier_id, int(status) if status else None, due)
        journal.queue_event(self.store, event_id, int(values.get("sync.cursor", "0")))
        journal.append_audit(self.store, at, user.id, f"dossier.{kind}", code, before, after)

    def _competent_unit(self, unit_code: str) -> str | None:
        """The unit that decides a dossier received here for another unit (§9); None for this unit."""
        unit_code = unit_code.strip()
        if not unit_code or unit_code == self.config.unit_code:
            return None
        if unit_code not in dict(self.units()):
            raise InvalidInput(
                "competent_unit",
                f'Đơn vị giải quyết "{unit_code}" không có trong danh sách đơn vị '
                "của tỉnh (đồng bộ với máy chủ tỉnh để cập nhật danh sách).",
            )
        return unit_code

    def units(self) -> list[tuple[str, str]]:
        """The province's units (code, name) this desk knows, its own first."""
        known = [(r["code"], r["name"]) for r in dossiers.units(self.store) if r["code"] != self.config.unit_code]
        return [(self.config.unit_code, self.config.unit_name), *known]

    # -- reading ---------------------------------------------------------------------------------
    @contextmanager
    def reading(self) -> Iterator[Desk]:
        """This desk over its own read-only connection, for slow reads on a worker thread."""
        reader = copy.copy(self)
        reader.store = self.store.reader()
        try:
            yield reader
        finally:
            reader.store.close()

    def _row(self, code: str):
        row = dossiers.by_code(self.store, code.strip())
        if row is None:
            raise NotFound(f'Không tìm thấy hồ sơ mã "{code}".')
        return row

    def show(self, code: str) -> dict:
        """The dossier with its events; the status is derived from the events."""
        with self.store.read():
            row = self._row(code)
            events = dossiers.events(self.store, row["id"])
            proc = procedure_of_version(self.store, row["catalog_id"], row["procedure_code"])
        status = Status(row["status"])  # the projection, kept with every event (and realigned by sync)
        facts = json.loads(row["data"])
        processing = proc.processing_for(row["channel"] == Channel.ONLINE)
        fee = fee_of(facts, proc)
        # The appointment printed on the receipt: what the reception set (as step_deadline before schema 4),
        # whatever moved it since.
        first_due = events[0]["due_at"] or events[0]["step_deadline"] or row["due_at"]
        return {
            **summary(row),
            **facts,
            "documents": named_documents(facts, proc),
            "first_due_at": first_due,
            "expected_documents": [
                {"name": d.name, "original": d.original, "certified": d.certified, "copy": d.copy}
                for d in proc.documents
            ],
            "owner": {"full_name": row["owner_name"], "id_number": row["owner_id"], **facts["owner"]},
            "fee_explanation": fee.explanation,
            "status": int(status),
            "status_label": status.label,
            "procedure_name": proc.name,
            "procedure_field": proc.field,
            "processing": processing.to_json(),
            "processing_phrase": processing.phrase(),
            "received_by_name": events[0]["user_name"],
            "competent_unit_name": dict(self.units()).get(row["competent_unit"], row["competent_unit"]),
            "events": [
                {
                    "uuid": dossiers.uuid_text(e["uuid"]),
                    "kind": e["kind"],
                    "status": e["status"],
                    "at": e["at"],
                    "user": e["username"],
                    "user_name": e["user_name"],
                    "unit_code": e["unit_code"],
                    "note": e["note"],
                    "step_deadline": e["step_deadline"],
                    "data": json.loads(e["data"]) if e["data"] else None,
                }
                for e in events
            ],
        }

    def find(
        self,
        text: str = "",
        status: Status | None = None,
        day_from: date | None = None,
        day_to: date | None = None,
        procedure_code: str | None = None,
        limit: int = 200,
    ) -> list[dict]:
        """The dossier list with its filters: text, status, reception days (inclusive) and procedure."""
        start = iso(self.calendar.at(day_from, datetime.min.time())) if day_from else None
        end = iso(self.calendar.at(day_to + timedelta(days=1), datetime.min.time())) if day_to else None
        rows = dossiers.listing(self.store, text, int(status) if status else None, start, end, procedure_code, limit)
        return [summary(r) for r in rows]

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
        cutoff = iso(min(now, end))
        return {
            "day": day.isoformat(),
            "received": [summary(r) for r in received],
            "due_today": [summary(r) for r in due if r["due_at"] >= max(iso(start), cutoff)],
            "late": [summary(r) for r in due if r["due_at"] < cutoff],
        }


def search_text(code: str, people: list[dict], procedure_name: str) -> dict:
    """The folded search row of a dossier: its code, the names, ID numbers and phones of its people, the procedure."""
    return {
        "code": code,
        "people": fold(" ".join(p["full_name"] for p in people)),
        "id_number": " ".join(p["id_number"] for p in people if p.get("id_number")),
        "phone": " ".join(p["phone"] for p in people if p.get("phone")),
        "procedure": fold(procedure_name),
    }


def summary(row) -> dict:
    status = Status(row["status"])
    return {
        "code": row["code"],
        "uuid": dossiers.uuid_text(row["uuid"]),
        "procedure_code": row["procedure_code"],
        "owner_name": row["owner_name"],
        "owner_id": row["owner_id"],
        "phone": row["phone"],
        "received_at": row["received_at"],
        "due_at": row["due_at"],
        "status": int(status),
        "status_label": status.label,
        "fee": row["fee"],
        "channel": row["channel"],
        "channel_label": CHANNEL_LABELS[Channel(row["channel"])],
        "return_method": row["return_method"],
        "return_label": RETURN_LABELS[ReturnMethod(row["return_method"])],
        "competent_unit": row["competent_unit"],
    }


def _facts(intake: Intake, proc: Procedure, quote: Quote, desk: int) -> dict:
    """The reception facts kept with the dossier, immutable once the receipt is printed; empty fields are left out.

    The procedure itself is not copied: the dossier keeps the catalog version it was received under.
    """
    return _compact(
        {
            "desk": desk,
            "owner": {k: v for k, v in intake.owner.to_json().items() if k not in ("full_name", "id_number")},
            "submitter": intake.submitter.to_json() if intake.submitter else None,
            "documents": [_document_fact(d, proc) for d in intake.documents],
            "sets": intake.sets,
            "postal_address": intake.postal_address,
            "fee_request": {
                "quantity": intake.fee_request.quantity,
                "pages": intake.fee_request.pages,
                "exemption": intake.fee_request.exemption,
            },
            "note": intake.note,
        }
    )


def _document_fact(doc: SubmittedDocument, proc: Procedure) -> dict:
    """A submitted paper, by its number in the catalog version when it is one of the procedure's."""
    names = [d.name for d in proc.documents]
    fact = doc.to_json()
    if doc.name in names:
        del fact["name"]
        fact["n"] = names.index(doc.name) + 1
    return fact


def fee_of(facts: dict, proc: Procedure) -> Fee:
    """The fee of a dossier as its reception facts asked for it, with its explanation."""
    request = facts.get("fee_request", {})
    return proc.fee.compute(
        FeeRequest(request.get("quantity", 1), request.get("pages", 0), request.get("exemption")), proc.exemptions
    )


def named_documents(facts: dict, proc: Procedure) -> list[dict]:
    """The submitted papers with their names and all three counts, as shown and printed."""
    return [
        {
            "name": d.get("name") or proc.documents[d["n"] - 1].name,
            "original": d.get("original", 0),
            "certified": d.get("certified", 0),
            "copy": d.get("copy", 0),
        }
        for d in facts.get("documents", [])
    ]


def _compact(value):
    if isinstance(value, dict):
        return {k: _compact(v) for k, v in value.items() if v not in (None, "", 0) or k == "sets"}
    if isinstance(value, list):
        return [_compact(v) for v in value]
    return value
