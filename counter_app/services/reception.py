"""Receiving at the counter: what an intake would cost and when it is due, receiving it (its code, its event),
refusing it (Mẫu 03), and guiding a citizen whose papers are incomplete (Mẫu 02, nothing received)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from counter_app.services import attachments
from counter_app.services.events import record_event
from counter_app.store import dossiers, fee_tables, journal
from counter_app.store.catalog import procedure_in_force
from counter_app.store.desk import Desk
from counter_core.domain import policy
from counter_core.domain.accounts import User
from counter_core.domain.appointment import Appointment, appointment
from counter_core.domain.attachments import AttachedFile
from counter_core.domain.charges import charge, exemptions_allowed
from counter_core.domain.codes import DossierCode, sequence_for
from counter_core.domain.dossier import DossierSummary
from counter_core.domain.facts import reception_of_intake
from counter_core.domain.fee_table import FeeTable
from counter_core.domain.fees import Exemption, Fee
from counter_core.domain.intake import Channel, Intake, SubmittedDocument
from counter_core.domain.procedure import Procedure
from counter_core.domain.procedure_rank import USAGE_DAYS
from counter_core.domain.status import Status
from counter_core.domain.tracking import new_check
from counter_core.foundation.clock import iso, to_vn
from counter_core.foundation.errors import InvalidInput, NotAllowed
from counter_core.foundation.jsontypes import JsonObject
from counter_core.foundation.messages import Dossiers
from counter_core.foundation.text import nfc
from counter_core.foundation.texts import Text
from counter_core.foundation.translations import DEFAULT_LANGUAGE


@dataclass(frozen=True)
class Quote:
    """What the clerk sees before saving: the procedure, the fee and the appointment."""

    procedure: Procedure
    catalog_id: int
    fee: Fee
    appointment: Appointment
    case_name: str = ""  # the case of the procedure, as the receipt prints it ("" for a procedure without cases)


@dataclass(frozen=True)
class Receipt:
    code: str
    uuid: str
    received_at: datetime
    appointment: Appointment
    fee: Fee
    warnings: tuple[Text, ...] = ()  # for the supervisor (a desk's codes overflowing its block)
    case_name: str = ""
    id_warnings: tuple[Text, ...] = ()  # what the clerk was asked to check on the ID card

    def to_json(self, language: str = DEFAULT_LANGUAGE) -> JsonObject:
        return {
            "code": self.code,
            "uuid": self.uuid,
            "received_at": iso(self.received_at),
            "due_at": iso(self.appointment.due) if self.appointment.due else None,
            "due_phrase": self.appointment.phrase(),
            "case": self.case_name,
            "fee": self.fee.amount,
            "fee_explanation": self.fee.explanation,
            "fee_printed": self.fee.printed(),
            "fee_exemption": self.fee.exemption,
            "fee_resolution": self.fee.resolution,
            "warnings": [w.in_language(language) for w in self.warnings],
            "id_warnings": [w.in_language(language) for w in self.id_warnings],
        }


def quote(desk: Desk, intake: Intake, received_at: datetime | None = None) -> Quote:
    """The fee and the appointment the intake would get if saved at ``received_at`` (default now)."""
    received_at = to_vn(received_at or desk.clock())
    catalog_id, proc = procedure_in_force(desk.store, received_at.date(), intake.procedure_code)
    return _quote(desk, proc, catalog_id, intake, received_at)


def _quote(desk: Desk, proc: Procedure, catalog_id: int, intake: Intake, received_at: datetime) -> Quote:
    """The fee (by the province's fee table in force that day) and the appointment of the intake's case."""
    fee, due = estimate(desk, proc, intake, fee_tables.in_force(desk.store, received_at.date()), received_at)
    return Quote(proc, catalog_id, fee, due, proc.case_name(intake.case))


def estimate(
    desk: Desk, proc: Procedure, intake: Intake, table: FeeTable | None, received_at: datetime | None = None
) -> tuple[Fee, Appointment]:
    """The fee and the appointment of the intake's case under ``proc`` and the province's fee table ``table`` if
    received at ``received_at`` (default now), from the desk's calendar in memory: no database, so the intake form
    shows them as the clerk types."""
    fee = charge(proc, intake.case, intake.fee_request, table)
    processing = proc.processing_for(intake.channel is Channel.ONLINE, intake.case)
    return fee, appointment(to_vn(received_at or desk.clock()), processing, desk.calendar)


def exemptions(desk: Desk, proc: Procedure, case: str) -> tuple[Exemption, ...]:
    """Who may be exempted today in this procedure and case: the catalog's, and the province's fee table's."""
    return exemptions_allowed(proc, case, fee_tables.in_force(desk.store, desk.clock().date()))


def usage(desk: Desk) -> dict[str, int]:
    """How many dossiers this desk received per procedure code over the last ``USAGE_DAYS`` days: the intake search
    puts the most used first."""
    return dossiers.received_here_per_procedure(desk.store, iso(desk.clock() - timedelta(days=USAGE_DAYS)))


def due_date(desk: Desk, procedure_code: str, received_at: datetime, case: str = "") -> tuple[Procedure, Appointment]:
    _, proc = procedure_in_force(desk.store, to_vn(received_at).date(), procedure_code)
    return proc, appointment(to_vn(received_at), proc.processing_for(False, case), desk.calendar)


def receive(desk: Desk, intake: Intake, clerk: User, papers: Sequence[AttachedFile] = ()) -> Receipt:
    """Record a complete, valid dossier and give it its code; invalid input stores nothing. ``papers``: the files
    of the papers scanned while receiving (``attachments.store``), attached in the same transaction."""
    policy.require(clerk, policy.RECEIVE)
    return _open(desk, intake, clerk, Status.RECEIVED, "", papers)


def refuse(desk: Desk, intake: Intake, clerk: User, reason: str) -> Receipt:
    """Record a dossier refused at the counter (Mẫu 03) with its reason; it gets a code, no appointment."""
    policy.require(clerk, policy.REFUSE)
    reason = nfc(reason)
    if not reason:
        raise InvalidInput("reason", Dossiers.REFUSAL_REASON_MISSING)
    return _open(desk, intake, clerk, Status.REFUSED, reason)


def guide_supplement(
    desk: Desk, intake: Intake, clerk: User, reason: str
) -> tuple[Intake, Procedure, list[SubmittedDocument]]:
    """An incomplete dossier is not received: the clerk hands over Mẫu 02 listing every missing paper.

    Nothing is stored but the audit row saying who was guided, for what; returns what the slip needs.
    """
    policy.require(clerk, policy.GUIDE)
    now = desk.clock()
    intake = intake.normalised()
    _, proc = procedure_in_force(desk.store, now.date(), intake.procedure_code)
    intake.check(proc, now.date(), complete=False, fees=fee_tables.in_force(desk.store, now.date()))
    missing = list(intake.missing(proc))
    if not missing:
        raise NotAllowed(Dossiers.ALREADY_COMPLETE)
    with desk.store.write():
        journal.append_audit(
            desk.store,
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


def _open(
    desk: Desk, intake: Intake, clerk: User, status: Status, note: str, papers: Sequence[AttachedFile] = ()
) -> Receipt:
    now = desk.clock()
    intake = intake.normalised()
    catalog_id, proc = procedure_in_force(desk.store, now.date(), intake.procedure_code)
    intake.check(proc, now.date(), complete=status is Status.RECEIVED, fees=fee_tables.in_force(desk.store, now.date()))
    competent = _competent_unit(desk, intake.competent_unit)
    quote = _quote(desk, proc, catalog_id, intake, now)
    if status is Status.REFUSED:
        quote = Quote(
            proc,
            catalog_id,
            Fee(0, "Không thu phí, lệ phí (hồ sơ không được tiếp nhận)"),
            Appointment(now, None),
            quote.case_name,
        )
    dossier_uuid, event_uuid = str(uuid.uuid4()), str(uuid.uuid4())
    due = iso(quote.appointment.due) if quote.appointment.due else None
    at = iso(now)
    warnings: list[Text] = []
    with desk.store.write():
        index = dossiers.next_code_index(desk.store, now.date().isoformat(), desk.config.desk)
        code = DossierCode(
            desk.config.unit_code, now.date(), sequence_for(desk.config.desk, index, desk.config.code_block)
        )
        if code.overflowed or index > desk.config.code_block:
            warnings.append(
                Text(
                    Dossiers.CODE_OVERFLOW, desk=desk.config.desk, index=index, block=desk.config.code_block, code=code
                )
            )
        summary = DossierSummary(
            code=str(code),
            uuid=dossier_uuid,
            procedure_code=proc.code,
            owner_name=intake.owner.full_name,
            owner_id=intake.owner.id_number,
            phone=intake.contact.phone,
            received_at=now,
            due_at=quote.appointment.due,
            status=status,
            fee=quote.fee.amount,
            channel=intake.channel,
            return_method=intake.return_method,
            competent_unit=competent,
        )
        dossier_id = dossiers.insert(
            desk.store,
            summary,
            catalog_id,
            clerk.id,
            reception_of_intake(intake, desk.config.desk, quote.fee, new_check()),
            proc,
        )
        record_event(
            desk,
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
        attachments.record(desk, dossier_id, str(code), papers, clerk, at)
        for warning in warnings:
            journal.append_audit(
                desk.store,
                at,
                clerk.id,
                "dossier.code_overflow_alert",
                str(code),
                None,
                {"message": warning.in_language()},
            )
    return Receipt(
        str(code),
        dossier_uuid,
        now,
        quote.appointment,
        quote.fee,
        tuple(warnings),
        quote.case_name,
        intake.warnings(now.date()),
    )


def _competent_unit(desk: Desk, unit_code: str) -> str | None:
    """The unit that decides a dossier received here for another unit (§9); None for this unit."""
    unit_code = unit_code.strip()
    if not unit_code or unit_code == desk.config.unit_code:
        return None
    if unit_code not in dict(desk.units()):
        raise InvalidInput("competent_unit", Dossiers.UNKNOWN_COMPETENT_UNIT, unit=unit_code)
    return unit_code
