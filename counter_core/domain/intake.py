"""What the clerk enters to receive a dossier, and the checks it must pass before anything is saved."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime
from enum import IntEnum

from counter_core.domain.charges import charge
from counter_core.domain.citizen_id import FEMALE, MALE, check_id_number, id_warnings
from counter_core.domain.fee_table import FeeTable
from counter_core.domain.fees import FeeRequest
from counter_core.domain.fields import text, whole
from counter_core.domain.procedure import MAX_COUNT, Procedure
from counter_core.foundation.errors import InvalidDossier, InvalidInput
from counter_core.foundation.jsontypes import JsonObject
from counter_core.foundation.messages import Reception, Values
from counter_core.foundation.text import nfc
from counter_core.foundation.texts import Text

_PHONE = re.compile(r"(0|\+84)[0-9]{9,10}")
MAX_SETS, MAX_QUANTITY, MAX_PAGES = 100, 999, 9999  # as the intake form's counters allow
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class Channel(IntEnum):
    """KenhThucHien of the national portal."""

    DIRECT = 1
    ONLINE = 2
    POSTAL = 3


class ReturnMethod(IntEnum):
    """HinhThuc of the national portal: at the counter or by public postal service."""

    COUNTER = 0
    POST = 1


CHANNEL_NAMES = {"direct": Channel.DIRECT, "online": Channel.ONLINE, "postal": Channel.POSTAL}
RETURN_NAMES = {"counter": ReturnMethod.COUNTER, "post": ReturnMethod.POST}
CHANNEL_LABELS = {Channel.DIRECT: "Trực tiếp", Channel.ONLINE: "Trực tuyến", Channel.POSTAL: "Bưu chính công ích"}
RETURN_LABELS = {
    ReturnMethod.COUNTER: "Trực tiếp tại Trung tâm Phục vụ hành chính công",
    ReturnMethod.POST: "Qua dịch vụ Bưu chính công ích",
}


@dataclass(frozen=True)
class Person:
    full_name: str
    id_number: str = ""
    birth_date: date | None = None
    gender: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""

    def normalised(self) -> Person:
        return replace(
            self,
            full_name=nfc(self.full_name),
            id_number=self.id_number.strip(),
            gender=nfc(self.gender),
            address=nfc(self.address),
            phone=re.sub(r"[\s.\-]", "", self.phone),
            email=nfc(self.email),
        )

    def problems(self, prefix: str, today: date) -> dict[str, Text]:
        out: dict[str, Text] = {}
        if not self.full_name:
            out[f"{prefix}.full_name"] = Text(Reception.FULL_NAME_MISSING)
        if self.gender and self.gender not in (MALE, FEMALE):
            out[f"{prefix}.gender"] = Text(Reception.GENDER_INVALID)
        if self.birth_date and not date(1900, 1, 1) <= self.birth_date <= today:
            out[f"{prefix}.birth_date"] = Text(Reception.BIRTH_DATE_INVALID)
        if not self.id_number:
            out[f"{prefix}.id_number"] = Text(Reception.ID_NUMBER_MISSING)
        else:
            try:
                check_id_number(self.id_number, today)
            except InvalidInput as exc:
                out[f"{prefix}.id_number"] = exc.text
        if self.phone and not _PHONE.fullmatch(self.phone):
            out[f"{prefix}.phone"] = Text(Reception.PHONE_INVALID)
        if self.email and not _EMAIL.match(self.email):
            out[f"{prefix}.email"] = Text(Reception.EMAIL_INVALID)
        return out

    def warnings(self, today: date) -> dict[str, Text]:
        """What the clerk should check on the card (field → message): an ID number that disagrees with the birth
        date or gender typed, an old CMND; never a reason to refuse."""
        return {w.field: w.message for w in id_warnings(self.id_number, self.birth_date, self.gender or None, today)}

    def to_json(self) -> JsonObject:
        data = asdict(self)
        data["birth_date"] = self.birth_date.isoformat() if self.birth_date else None
        return data

    @classmethod
    def from_json(cls, data: JsonObject, prefix: str) -> Person:
        if not isinstance(data, dict):
            raise InvalidInput(prefix, Reception.PERSON_NOT_AN_OBJECT)
        texts = {}
        for key in ("full_name", "id_number", "gender", "address", "phone", "email"):
            try:
                texts[key] = text(data, key)
            except ValueError as exc:
                raise InvalidInput(f"{prefix}.{key}", Reception.PERSON_FIELD_INVALID, reason=exc) from exc
        return cls(birth_date=parse_day(data.get("birth_date"), f"{prefix}.birth_date"), **texts)


@dataclass(frozen=True)
class SubmittedDocument:
    name: str
    original: int = 0
    certified: int = 0
    copy: int = 0

    def to_json(self) -> JsonObject:
        return asdict(self)


@dataclass(frozen=True)
class Intake:
    """A dossier as the clerk fills it in, before it has a code."""

    procedure_code: str
    owner: Person
    documents: tuple[SubmittedDocument, ...]
    submitter: Person | None = None
    sets: int = 1
    channel: Channel = Channel.DIRECT
    return_method: ReturnMethod = ReturnMethod.COUNTER
    postal_address: str = ""
    fee_request: FeeRequest = field(default_factory=FeeRequest)
    note: str = ""
    competent_unit: str = ""  # the unit that decides, when it is not the receiving one (§9); "" = this unit
    case: str = ""  # the procedure's case chosen at reception (its key); "" = the procedure's own case

    def normalised(self) -> Intake:
        return replace(
            self,
            owner=self.owner.normalised(),
            submitter=self.submitter.normalised() if self.submitter else None,
            documents=tuple(replace(d, name=nfc(d.name)) for d in self.documents),
            postal_address=nfc(self.postal_address),
            note=nfc(self.note),
            competent_unit=self.competent_unit.strip(),
            case=self.case.strip(),
        )

    def check(self, procedure: Procedure, today: date, complete: bool = True, fees: FeeTable | None = None) -> None:
        """Raise InvalidDossier listing every problem at once; return quietly when all is valid.

        ``complete=False`` checks the applicant only, for a dossier refused at the counter. ``fees`` is the
        province's fee table in force, whose exemptions may be picked.
        """
        problems = self.owner.problems("owner", today)
        if self.submitter:
            problems.update(self.submitter.problems("submitter", today))
        if not 1 <= self.sets <= MAX_SETS:
            problems["sets"] = Text(Reception.SETS_RANGE, most=MAX_SETS)
        if self.return_method is ReturnMethod.POST and not self.postal_address:
            problems["postal_address"] = Text(Reception.POSTAL_ADDRESS_MISSING)
        if any(min(d.original, d.certified, d.copy) < 0 for d in self.documents):
            problems["documents"] = Text(Reception.NEGATIVE_COUNTS)
        missing = [d.name for d in self.missing(procedure)]
        if missing and complete:
            problems["documents"] = Text(Reception.MISSING_PAPERS, papers=missing)
        try:
            procedure.case(self.case)
        except InvalidInput as exc:
            problems["case"] = exc.text
        else:
            try:
                charge(procedure, self.case, self.fee_request, fees)
            except InvalidInput as exc:
                problems[f"fee.{exc.field}"] = exc.text
        if problems:
            raise InvalidDossier(problems)

    def missing(self, procedure: Procedure) -> tuple[SubmittedDocument, ...]:
        """The required papers not handed in, with the counts the catalog asks for (what Mẫu 02 lists)."""
        given = {d.name for d in self.documents if d.original + d.certified + d.copy > 0}
        return tuple(
            SubmittedDocument(d.name, d.original, d.certified, d.copy)
            for d in procedure.documents
            if d.required and d.name not in given
        )

    def warnings(self, today: date) -> tuple[Text, ...]:
        """The doubts about the people's ID numbers, each naming whose (Chủ hồ sơ / Người nộp)."""
        people = [
            (Reception.OWNER_SAYS, self.owner),
            *(((Reception.SUBMITTER_SAYS, self.submitter),) if self.submitter else ()),
        ]
        return tuple(
            Text(whose, message=message) for whose, person in people for message in person.warnings(today).values()
        )

    @property
    def contact(self) -> Person:
        """The person the counter deals with: the submitter when someone submits for the owner."""
        return self.submitter or self.owner

    @classmethod
    def from_json(cls, data: object, procedure: Procedure | None = None) -> Intake:
        """Read the JSON of ``counter-app receive``; documents default to the catalog's required ones."""
        data = dossier_object(data)
        code = procedure_code_of(data)
        docs_data = data.get("documents")
        if docs_data is None and procedure is not None:
            documents = tuple(
                SubmittedDocument(d.name, d.original, d.certified, d.copy) for d in procedure.documents if d.required
            )
        elif isinstance(docs_data, list) or docs_data is None:
            documents = tuple(_document(d, procedure) for d in docs_data or [])
        else:
            raise InvalidInput("documents", Reception.DOCUMENTS_NOT_A_LIST)
        fee = data.get("fee") or {}
        if not isinstance(fee, dict) or not isinstance(fee.get("exemption"), (str, type(None))):
            raise InvalidInput("fee", Reception.FEE_NOT_AN_OBJECT)
        try:
            channel = CHANNEL_NAMES[str(data.get("channel", "direct"))]
            method = RETURN_NAMES[str(data.get("return", "counter"))]
        except KeyError as exc:
            raise InvalidInput("channel", Reception.CHANNEL_INVALID, value=str(exc)[:60]) from exc
        try:
            fee_request = FeeRequest(
                whole(fee.get("quantity", 1), 1, MAX_QUANTITY),
                whole(fee.get("pages", 0), 0, MAX_PAGES),
                fee.get("exemption"),
            )
            sets = whole(data.get("sets", 1), 1, MAX_SETS)
            texts = {key: text(data, key) for key in ("postal_address", "note", "competent_unit", "case")}
        except ValueError as exc:
            raise InvalidInput("fee", Reception.COUNTS_INVALID, reason=exc) from exc
        submitter = data.get("submitter")
        return cls(
            procedure_code=code,
            owner=Person.from_json(data.get("owner") or {}, "owner"),
            submitter=Person.from_json(submitter, "submitter") if submitter else None,
            documents=documents,
            sets=sets,
            channel=channel,
            return_method=method,
            fee_request=fee_request,
            **texts,
        )


def dossier_object(data: object) -> JsonObject:
    """``data`` as a dossier's JSON object; InvalidInput if it is not one."""
    if not isinstance(data, dict):
        raise InvalidInput("dossier", Reception.DOSSIER_NOT_AN_OBJECT)
    return data


def procedure_code_of(data: object) -> str:
    """The procedure code a dossier's JSON names; InvalidInput if it is not a JSON object naming one."""
    data = dossier_object(data)
    try:
        code = text(data, "procedure")
    except ValueError as exc:
        raise InvalidInput("procedure", Reception.PROCEDURE_CODE_INVALID, reason=exc) from exc
    if not code:
        raise InvalidInput("procedure", Reception.PROCEDURE_MISSING)
    return code


def _document(data: object, procedure: Procedure | None) -> SubmittedDocument:
    if not isinstance(data, dict):
        raise InvalidInput("documents", Reception.PAPER_NOT_AN_OBJECT)
    try:
        name = text(data, "name")
        if not name and "index" in data and procedure is not None:
            name = procedure.documents[whole(data["index"], 1, len(procedure.documents)) - 1].name
        counts = (whole(data.get(key, 0), 0, MAX_COUNT) for key in ("original", "certified", "copy"))
        return SubmittedDocument(name, *counts)
    except ValueError as exc:
        raise InvalidInput("documents", Reception.PAPER_INVALID, reason=exc) from exc


def parse_day(value: object, field_name: str) -> date | None:
    """A date written YYYY-MM-DD or dd/mm/yyyy; empty means unknown."""
    if value in (None, ""):
        return None
    text = str(value).strip()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise InvalidInput(field_name, Values.DATE_INVALID, value=repr(text))
