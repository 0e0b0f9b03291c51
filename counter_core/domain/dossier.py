"""A dossier as the desk knows it, in typed values built by the store: the line of a list (``DossierSummary``),
the reception facts (``Reception``), each step of its history (``Event``) and the whole dossier (``Dossier``) that
the window shows, the slips print and the policy judges. ``to_json`` gives the command line's --json shapes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from types import MappingProxyType
from typing import Any

from counter_core.domain.appointment import NO_FIXED_DATE_PHRASE, UNCONFIRMED_DATE_PHRASE
from counter_core.domain.fees import Fee, FeeRequest
from counter_core.domain.intake import CHANNEL_LABELS, RETURN_LABELS, Channel, Person, ReturnMethod, SubmittedDocument
from counter_core.domain.procedure import DocumentComponent, Procedure, ProcessingTime
from counter_core.domain.status import EVENT_LABELS, Status
from counter_core.foundation.clock import iso
from counter_core.foundation.jsontypes import JsonObject
from counter_core.foundation.messages import Names
from counter_core.foundation.texts import Text


def _moment(value: datetime | None) -> str | None:
    return iso(value) if value else None


@dataclass(frozen=True)
class DossierSummary:
    """A dossier as the lists show it: who, what, when received and due, where it stands."""

    code: str
    uuid: str
    procedure_code: str
    owner_name: str
    owner_id: str
    phone: str
    received_at: datetime
    due_at: datetime | None
    status: Status
    fee: int
    channel: Channel
    return_method: ReturnMethod
    competent_unit: str | None  # the unit that decides, when it is not the receiving one (§9)

    @property
    def status_label(self) -> str:
        return self.status.label

    @property
    def channel_label(self) -> str:
        return CHANNEL_LABELS[self.channel]

    @property
    def return_label(self) -> str:
        return RETURN_LABELS[self.return_method]

    def to_json(self) -> JsonObject:
        return {
            "code": self.code,
            "uuid": self.uuid,
            "procedure_code": self.procedure_code,
            "owner_name": self.owner_name,
            "owner_id": self.owner_id,
            "phone": self.phone,
            "received_at": iso(self.received_at),
            "due_at": _moment(self.due_at),
            "status": int(self.status),
            "status_label": self.status_label,
            "fee": self.fee,
            "channel": int(self.channel),
            "channel_label": self.channel_label,
            "return_method": int(self.return_method),
            "return_label": self.return_label,
            "competent_unit": self.competent_unit,
        }


@dataclass(frozen=True)
class Reception:
    """The reception facts, immutable once the receipt is printed; the papers by their names."""

    owner: Person
    documents: tuple[SubmittedDocument, ...] = ()
    sets: int = 1
    submitter: Person | None = None
    postal_address: str = ""
    note: str = ""
    fee_request: FeeRequest = field(default_factory=FeeRequest)
    desk: int | None = None  # the desk that received it, when it said so
    case: str = ""  # the procedure's case chosen at reception (its key); "" for the procedure's own
    fee_charged: Fee | None = None  # as computed at reception; None for a dossier received before fees were kept
    check: str = ""  # the look-up token the receipt's QR code carries; "" for a dossier received before tokens

    @property
    def contact(self) -> Person:
        """The person the counter deals with: the submitter when someone submits for the owner."""
        return self.submitter or self.owner

    @property
    def people(self) -> tuple[Person, ...]:
        return (self.owner, self.submitter) if self.submitter else (self.owner,)

    def to_facts(self) -> JsonObject:
        """The facts as the desks keep and send them: empty fields left out, the owner's name and ID number apart
        (they are columns of the dossier)."""
        facts: dict[str, Any] = {"owner": person_json(self.owner, with_identity=False)}
        if self.desk is not None:
            facts["desk"] = self.desk
        if self.submitter:
            facts["submitter"] = person_json(self.submitter)
        facts["documents"] = [paper_json(d) for d in self.documents]
        facts["sets"] = self.sets
        for key in ("postal_address", "note", "case"):
            if getattr(self, key):
                facts[key] = getattr(self, key)
        facts["fee_request"] = {
            k: v
            for k, v in (
                ("quantity", self.fee_request.quantity),
                ("pages", self.fee_request.pages),
                ("exemption", self.fee_request.exemption),
            )
            if v
        }
        if self.fee_charged is not None:
            facts["fee_charged"] = self.fee_charged.to_json()
        if self.check:
            facts["check"] = self.check
        return facts


def person_json(person: Person, with_identity: bool = True) -> JsonObject:
    """A person's details as kept in the facts: the fields they have."""
    data = {k: v for k, v in person.to_json().items() if v}
    if not with_identity:
        data.pop("full_name", None)
        data.pop("id_number", None)
    return data


def paper_json(paper: SubmittedDocument) -> JsonObject:
    return {"name": paper.name, "original": paper.original, "certified": paper.certified, "copy": paper.copy}


@dataclass(frozen=True)
class Event:
    """One step of a dossier's history: a change of status, or an event that leaves it as it is."""

    uuid: str
    kind: str
    status: Status | None
    at: datetime
    username: str
    user_name: str
    unit_code: str
    note: str = ""
    due_at: datetime | None = None  # the appointment this event set, if it set one
    step_deadline: datetime | None = None  # the appointment as events kept it before schema 4
    data: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))  # as recorded and sent

    @property
    def label(self) -> str:
        """What the step did, as the history says it."""
        return self.status.label if self.status else EVENT_LABELS.get(self.kind, self.kind)

    @property
    def text(self) -> Text | str:
        """What the step did in the reader's language (``label`` is the Vietnamese of the history and the portal); a
        kind the desk has no name for (a processing unit's decision) by the status it led to, else as it is."""
        return event_text(self.kind) or (self.status.text if self.status else self.kind)

    @property
    def papers(self) -> tuple[SubmittedDocument, ...]:
        """The papers a supplement request asked for; none when a processing unit's decision came without its list."""
        return tuple(
            SubmittedDocument(p["name"], p.get("original", 0), p.get("certified", 0), p.get("copy", 0))
            for p in self.data.get("items") or ()
        )

    @property
    def previous_due(self) -> datetime | None:
        """The appointment a new one (Mẫu 04) replaced."""
        return self._moment_of("previous_due")

    @property
    def new_due(self) -> datetime | None:
        """The new appointment of a Mẫu 04."""
        return self._moment_of("new_due")

    def _moment_of(self, key: str) -> datetime | None:
        value = self.data.get(key)
        return datetime.fromisoformat(value) if value else None

    @property
    def letter_number(self) -> str:
        """The registry's number of the letter this event issued (Mẫu 04, a stop notice); "" leaves it to a pen."""
        return str(self.data.get("number") or "")

    @property
    def signer(self) -> str:
        """Who signs that letter; "" leaves it to a pen."""
        return str(self.data.get("signer") or "")

    @property
    def by_province(self) -> bool:
        """A processing unit's decision, received from the province."""
        return "by" in self.data

    def to_json(self) -> JsonObject:
        return {
            "uuid": self.uuid,
            "kind": self.kind,
            "status": int(self.status) if self.status else None,
            "at": iso(self.at),
            "user": self.username,
            "user_name": self.user_name,
            "unit_code": self.unit_code,
            "note": self.note,
            "step_deadline": _moment(self.step_deadline),
            "data": dict(self.data) if self.data else None,
        }


@dataclass(frozen=True)
class Dossier(DossierSummary):
    """The whole dossier: its line, its reception facts, its procedure as received and its history."""

    reception: Reception
    procedure: Procedure  # as the catalog version it was received under has it
    processing: ProcessingTime  # the time allowed for its channel and case
    processing_phrase: str  # that time as the receipt says it, with the desk's same-day cut-off
    charged: Fee  # the fee as computed at reception, with its explanation, exemption and ground
    first_due_at: datetime | None  # the appointment printed on the receipt
    received_by_name: str
    competent_unit_name: str | None  # the name of the unit that decides, when it is not the receiving one
    events: tuple[Event, ...]

    @classmethod
    def of(cls, summary: DossierSummary, **details: Any) -> Dossier:
        return cls(**{f.name: getattr(summary, f.name) for f in fields(DossierSummary)}, **details)

    @property
    def owner(self) -> Person:
        return self.reception.owner

    @property
    def procedure_name(self) -> str:
        return self.procedure.name

    @property
    def expected_documents(self) -> tuple[DocumentComponent, ...]:
        return self.procedure.documents

    @property
    def received_on(self) -> date:
        return self.received_at.date()

    @property
    def case_name(self) -> str:
        """The case of the procedure as the receipt prints it ("" for a procedure without cases)."""
        return self.procedure.case_name(self.reception.case)

    @property
    def fee_explanation(self) -> str:
        return self.charged.explanation

    @property
    def fee_text(self) -> str:
        """The receipt's fee line: the amount or the exemption, and its ground."""
        return self.charged.printed()

    @property
    def no_date_phrase(self) -> str:
        """What the papers say instead of an appointment when there is none."""
        return UNCONFIRMED_DATE_PHRASE if self.processing.unconfirmed else NO_FIXED_DATE_PHRASE

    def last(self, kind: str | None = None, status: Status | None = None) -> Event | None:
        """The latest event of ``kind`` or leading to ``status``, if any."""
        found = [e for e in self.events if (kind is None or e.kind == kind) and (status is None or e.status == status)]
        return found[-1] if found else None

    def to_json(self) -> JsonObject:
        facts = self.reception.to_facts()
        return {
            **super().to_json(),
            **facts,
            "owner": person_json(self.owner),
            "documents": [paper_json(d) for d in self.reception.documents],
            "first_due_at": _moment(self.first_due_at),
            "expected_documents": [
                {"name": d.name, "original": d.original, "certified": d.certified, "copy": d.copy}
                for d in self.expected_documents
            ],
            "fee_explanation": self.fee_explanation,
            "fee_text": self.fee_text,
            "fee_exemption": self.charged.exemption,
            "fee_resolution": self.charged.resolution,
            "case_name": self.case_name,
            "no_date_phrase": self.no_date_phrase,
            "procedure_name": self.procedure.name,
            "procedure_field": self.procedure.field,
            "processing": self.processing.to_json(),
            "processing_phrase": self.processing_phrase,
            "received_by_name": self.received_by_name,
            "competent_unit_name": self.competent_unit_name,
            "events": [e.to_json() for e in self.events],
        }


def event_text(kind: str) -> Text | None:
    """The words of a step of a dossier's history by its kind (``Names.EVENT_<KIND>``), None for a kind without."""
    name = f"EVENT_{kind.upper()}"
    return Text(Names[name]) if name in Names.__members__ else None
