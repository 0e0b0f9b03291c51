"""The sync protocol between a desk and the provincial server, defined once and used by both sides.

JSON over HTTP(S), versioned by ``PROTOCOL`` and the ``/sync/v1`` prefix. Every answer carries the
server's time; every error has the same envelope. See docs/sync-protocol.md for the rules
(idempotent pushes by op_id and desk_seq, cursors, ownership of fields, conflicts, re-basing).
"""

from __future__ import annotations

import functools
import types
from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any, Final, Literal, TypeVar, Union, cast, get_args, get_origin
from uuid import UUID

from pydantic import BaseModel, BeforeValidator, ConfigDict, Discriminator, Field, JsonValue, Strict, Tag, create_model
from pydantic.main import IncEx
from pydantic_core import PydanticUndefined

from counter_core.foundation.jsontypes import JsonObject

PROTOCOL: Final = "counter-sync/1"
PREFIX = "/sync/v1"
MAX_BATCH = 500  # actions per push request
MAX_PAGE = 500  # changes per pull page
MAX_PAGE_BYTES = 1_000_000  # a pull page stops growing past this much JSON (a catalog may be large)
MAX_AUDIT_BATCH = 1000  # audit rows per request
SERVER_TIME_HEADER = "X-Server-Time"
REQUEST_ID_HEADER = "X-Request-ID"  # made by the desk for each request, logged by both sides
# What a desk understands beyond counter-sync/1 as first released, comma-separated. A desk of that release reads the
# answers strictly (extra fields forbidden), so the server adds a field it did not know only for a desk that names it.
FEATURES_HEADER = "X-Counter-Features"
MESSAGE_CODES = "message-codes"  # errors and rejections carry the code and parameters of their text
CLOCK_TOLERANCE_SECONDS = 120  # a desk further off than this warns its clerk
RECEPTION_STATUSES = frozenset({1, 2, 3})  # the statuses a dossier's history starts with

Text = Annotated[str, Field(max_length=4000)]
# A cursor or a sequence number: at most 2^53, the largest integer every JSON reader holds exactly (a number past it
# may be read as a float and come back as another integer); SQLite and PostgreSQL hold more.
MAX_SEQ = 2**53


def _number_not_boolean(value: object) -> object:
    if isinstance(value, bool):
        raise ValueError("a number is needed, not true or false")
    return value


def _moment_as_text(value: object) -> object:
    if not isinstance(value, str | datetime):
        raise ValueError("a moment is written as ISO 8601 text, e.g. 2026-11-23T09:00:00+07:00")
    return value


# What JSON says, and no more: pydantic would take true for 1 and a number of seconds for a moment.
Int = Annotated[int, BeforeValidator(_number_not_boolean)]
Moment = Annotated[datetime, BeforeValidator(_moment_as_text)]
# (Bounds go before the validator, or the JSON schema of an optional one names them ge/le, which JSON Schema has not.)
Seq = Annotated[int, Field(ge=0, le=MAX_SEQ), BeforeValidator(_number_not_boolean)]
StatusCode = Annotated[int, Field(ge=1, le=10), BeforeValidator(_number_not_boolean)]  # the 10 national statuses


class Message(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ErrorBody(Message):
    code: str  # machine-readable, e.g. "desk_revoked", "invalid_request", "gap"
    message: str  # for people, in Vietnamese
    detail: object | None = None
    # The text of ``message`` by its code and parameters (counter_core.foundation.messages), for a desk to show in
    # its own language; only to a desk that announces MESSAGE_CODES.
    message_code: str | None = Field(default=None, max_length=100)
    message_params: dict[str, JsonValue] | None = None


class ErrorEnvelope(Message):
    protocol: str = PROTOCOL
    error: ErrorBody


class EnrolRequest(Message):
    code: str = Field(
        min_length=6,
        max_length=64,
        description="one-time enrolment code made by the province: 28 characters in groups of 4 "
        "(see counter_core/domain/enrolment_code.py); case, spaces and dashes do not matter",
    )
    machine: str = Field(default="", max_length=200, description="the desk computer's name, for the administrator")
    unit_code: str | None = Field(
        default=None, max_length=40, description="the desk's unit: wrong codes are counted (and locked out) per unit"
    )


class EnrolResponse(Message):
    protocol: str = PROTOCOL
    desk_id: str
    unit_code: str
    unit_name: str
    desk: Int = Field(ge=1, le=99)
    token: str  # kept in the OS keyring by the desk, never in a file
    last_desk_seq: Seq  # what the server already holds from this desk: a new or restored desk re-bases first
    server_time: Moment


class DeskState(Message):
    """What the server holds of the asking desk: a desk whose own outbox is shorter was restored or reinstalled."""

    protocol: str = PROTOCOL
    server_time: Moment
    desk_id: str
    last_desk_seq: Seq
    audit_through: Seq = 0  # the last row of the desk's audit trail the server holds


class DossierSnapshot(Message):
    """The reception facts, immutable once the receipt is printed; self-contained (documents by name)."""

    uuid: UUID
    code: str = Field(min_length=1, max_length=80)
    unit_code: str = Field(min_length=1, max_length=40)  # the receiving unit
    competent_unit: str | None = Field(default=None, max_length=40)  # the unit that decides (§9); None: the same
    procedure_code: str = Field(max_length=40)
    procedure_name: Text = ""
    field: str = Field(default="", max_length=400)  # lĩnh vực
    catalog_version: str = Field(max_length=200)
    owner_name: str = Field(max_length=400)
    owner_id: str = Field(max_length=40)
    phone: str = Field(max_length=40)
    received_at: Moment
    due_at: Moment | None
    fee: Int = Field(ge=0, le=10**12)
    channel: Int = Field(ge=1, le=3)
    return_method: Int = Field(ge=0, le=1)
    facts: JsonObject


class EventRecord(Message):
    kind: str = Field(min_length=1, max_length=40)
    status: StatusCode | None = None
    at: Moment  # as the desk's clock saw it
    user: str = Field(max_length=200)  # username (or the processing unit, for the province's decisions)
    user_name: str = Field(default="", max_length=400)  # the person's full name, for other desks and the portal
    note: Text = ""
    due_at: Moment | None = None  # the appointment this event set, if it set one
    data: JsonObject | None = None


class Action(Message):
    """One business action of a desk: a dossier event, with the dossier's reception facts."""

    op_id: UUID
    desk_seq: Int = Field(ge=1, le=MAX_SEQ)
    kind: Literal["dossier_event"] = "dossier_event"
    base_cursor: Int = Field(default=0, ge=0, le=MAX_SEQ)  # the desk's feed cursor when it acted
    dossier: DossierSnapshot
    event: EventRecord


class Unsendable(Message):
    """In place of an action the server refused whole, alone in its request (too large, or not readable): its
    number in the desk's sequence, so that the server sets it aside with ``reason`` and the queue goes on."""

    op_id: UUID
    desk_seq: Int = Field(ge=1, le=MAX_SEQ)
    kind: Literal["unsendable"] = "unsendable"
    reason: Text


class PushItem(BaseModel):
    """Any item of a push that says which action of the desk it is: one that is neither an ``Action`` nor an
    ``Unsendable`` (a value out of the protocol, a NUL in a text) is answered ``rejected``, naming its field, and
    still settles its ``desk_seq``; the other items of the batch go on."""

    model_config = ConfigDict(extra="allow")
    op_id: UUID
    desk_seq: Int = Field(ge=1, le=MAX_SEQ)


class PushRequest(Message):
    protocol: Literal["counter-sync/1"] = PROTOCOL
    actions: list[Action | Unsendable | PushItem] = Field(max_length=MAX_BATCH)


class Outcome(str, Enum):
    APPLIED = "applied"
    DUPLICATE = "duplicate"  # already held: a retried push counts as success
    CONFLICT = "conflict"  # applied, but the dossier had changed meanwhile: flagged for the supervisor
    REJECTED = "rejected"  # set aside for the supervisor; it still consumes its desk_seq


class ItemResult(Message):
    op_id: UUID
    desk_seq: Int = Field(ge=1, le=MAX_SEQ)
    outcome: Outcome
    reason: str | None = None  # why it was rejected, in Vietnamese
    code: str | None = None  # why a rejected item was refused, e.g. "invalid_text", "status_not_allowed"
    field: str | None = None  # the item's field at fault, e.g. "event.note", "dossier.facts.documents.0.name"
    reason_code: str | None = Field(default=None, max_length=100)  # the reason's text by its code (MESSAGE_CODES)
    reason_params: dict[str, JsonValue] | None = None


class PushResponse(Message):
    protocol: str = PROTOCOL
    server_time: Moment
    applied_through: Seq  # every desk_seq up to this one is settled on the server
    results: list[ItemResult]


# -- the changes feed ---------------------------------------------------------------------------
class DossierChange(Message):
    """An event of a dossier the desk's unit sees, in the server's order, with the state it led to."""

    kind: Literal["dossier"] = "dossier"
    cursor: Seq
    op_id: UUID
    dossier_uuid: UUID
    code: str
    desk_id: str | None  # the desk whose action it was; None for a processing unit's decision
    event: EventRecord
    status: StatusCode  # the dossier's status after this event, in the server's order
    due_at: Moment | None  # its appointment after this event


class CatalogChange(Message):
    """A procedure catalog version the province published (a ``counter-catalog/1`` document)."""

    kind: Literal["catalog"] = "catalog"
    cursor: Seq
    sha256: str
    catalog: JsonObject


class CalendarChange(Message):
    """A year's civil-service notice (``counter-calendar/1``): days off and Saturdays worked."""

    kind: Literal["calendar"] = "calendar"
    cursor: Seq
    notice: JsonObject


class FeeTableChange(Message):
    """A fee table the province published (``counter-fees/1``): the amounts its People's Council set by resolution."""

    kind: Literal["fee_table"] = "fee_table"
    cursor: Seq
    sha256: str
    table: JsonObject


class OfficeHoursChange(Message):
    """The unit's office hours and the same-day cut-off, as the province set them."""

    kind: Literal["office_hours"] = "office_hours"
    cursor: Seq
    office_hours: str
    same_day_cutoff: str


class AccountChange(Message):
    """An account of the unit: every desk of the unit can sign it in, offline too."""

    kind: Literal["account"] = "account"
    cursor: Seq
    username: str
    full_name: str
    role: str
    password_hash: str  # Argon2id; the password itself never leaves the province
    active: bool


class UnitChange(Message):
    """A unit of the province, so that a desk can receive a dossier for another unit (§9); for the desk's own unit,
    the header lines of its papers when the province sets them ("" leaves the desk's own)."""

    kind: Literal["unit"] = "unit"
    cursor: Seq
    code: str
    name: str
    header_line1: str = Field(default="", max_length=200)
    header_line2: str = Field(default="", max_length=200)


class TrackingChange(Message):
    """Where the QR code of a receipt leads (``counter_core.domain.tracking``): the province's look-up page, with
    ``{code}`` and ``{check}``, or the national portal. Province-wide."""

    kind: Literal["tracking"] = "tracking"
    cursor: Seq
    tracking_url: str = Field(max_length=500)


KnownChange = (
    DossierChange
    | CatalogChange
    | CalendarChange
    | OfficeHoursChange
    | AccountChange
    | UnitChange
    | FeeTableChange
    | TrackingChange
)
KNOWN_CHANGES: tuple[type[KnownChange], ...] = get_args(KnownChange)
_CHANGE_KINDS = frozenset(model.model_fields["kind"].default for model in KNOWN_CHANGES)


class UnknownChange(BaseModel):
    """A change of a kind a newer server sends and this version cannot read: the desk records it for the supervisor
    (update Counter) and goes on with the feed rather than stopping every change behind it."""

    model_config = ConfigDict(extra="ignore")
    kind: str = Field(max_length=40, json_schema_extra={"not": {"enum": sorted(_CHANGE_KINDS)}})  # oneOf stays one
    cursor: Seq


def _change_kind(value: object) -> str:
    kind = value.get("kind") if isinstance(value, dict) else getattr(value, "kind", None)
    return kind if isinstance(kind, str) and kind in _CHANGE_KINDS else "unknown"


if TYPE_CHECKING:  # what a change is to the code that reads one
    Change = KnownChange | UnknownChange
else:  # and to pydantic, which tells them apart by their kind
    Change = Annotated[
        Union[  # a union of tagged members, built from a tuple
            (
                *(Annotated[model, Tag(model.model_fields["kind"].default)] for model in KNOWN_CHANGES),
                Annotated[UnknownChange, Tag("unknown")],
            )
        ],
        Discriminator(_change_kind),
    ]


class ChangesPage(Message):
    protocol: str = PROTOCOL
    server_time: Moment
    changes: list[Change]
    # The reception facts of the dossiers first seen in this page (received at another desk or unit).
    dossiers: list[DossierSnapshot] = []
    next_cursor: Seq
    has_more: bool


# -- a desk's own history, to re-base a restored or reinstalled desk -----------------------------
class HistoryItem(Message):
    action: Action | Unsendable  # Unsendable: an item set aside that was not a readable action
    outcome: Outcome
    reason: str | None = None


class HistoryPage(Message):
    protocol: str = PROTOCOL
    server_time: Moment
    items: list[HistoryItem]
    has_more: bool


# -- the audit trail, a hash chain the province keeps a copy of ---------------------------------
class AuditEntry(Message):
    id: Int = Field(ge=1, le=MAX_SEQ)
    at: str = Field(max_length=40)
    user_id: Seq | None = None
    username: str | None = Field(default=None, max_length=200)
    action: str = Field(max_length=80)
    entity_key: str = Field(max_length=400)
    before: str | None = Field(default=None, max_length=200_000)  # JSON text, exactly as hashed
    after: str | None = Field(default=None, max_length=200_000)
    hash: str = Field(pattern=r"^[0-9a-f]{32}$")  # see counter_core.domain.audit_chain


class AuditPush(Message):
    protocol: Literal["counter-sync/1"] = PROTOCOL
    entries: list[AuditEntry] = Field(max_length=MAX_AUDIT_BATCH)


class AuditAck(Message):
    protocol: str = PROTOCOL
    server_time: Moment
    through: Seq  # every row up to this one is held by the province
    broken_at: Seq | None = None  # the first row that does not continue the chain the province holds


class AuditPage(Message):
    protocol: str = PROTOCOL
    server_time: Moment
    entries: list[AuditEntry]
    has_more: bool


class DeskHealth(Message):
    """What a desk tells the province at the end of each sync, for the province console's desk health page."""

    protocol: Literal["counter-sync/1"] = PROTOCOL
    app_version: str = Field(max_length=40)
    backlog: Seq  # actions still waiting to be sent
    set_aside: Seq = 0  # actions the province refused, waiting for the supervisor
    clock_offset_seconds: Annotated[float, Field(ge=-(10**9), le=10**9), BeforeValidator(_number_not_boolean)]
    # the server's time minus the desk's, as measured
    files_pending: Seq | None = None  # scanned files not yet sent; None on a desk without attachments


# -- the files of digitised papers (content-addressed, sent after the event that attaches them) ------------------
FILE_CHUNK = 256 * 1024  # bytes a desk sends in one request (about 2 s at 1 Mbit/s)
MAX_FILE_CHUNK = 8 * 1024 * 1024  # the most the server reads in one request


class FileState(Message):
    """How much of a file the server holds (from this desk, or whole from anyone): the upload resumes at
    ``received``; ``complete`` once the whole file was received and its SHA-256 checked."""

    protocol: str = PROTOCOL
    server_time: datetime
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    size: Seq  # as the event that attaches it declares
    received: Seq
    complete: bool


class FileItem(Message):
    """A paper or result of a dossier held as a file (the latest one for each)."""

    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    size: Seq
    pages: Seq
    role: Literal["paper", "result"]
    document: str
    at: str  # when it was attached (the desk's time)
    stored: bool  # the province holds it whole (else it is still on its way from the desk)


class DossierFiles(Message):
    protocol: str = PROTOCOL
    server_time: datetime
    code: str
    files: list[FileItem]


class Health(Message):
    protocol: str = PROTOCOL
    status: Literal["ok"] = "ok"
    server_time: Moment


# The texts' codes, added to answers since counter-sync/1 was first released, left out for a desk that does not name
# MESSAGE_CODES (a refused item's ``code`` and ``field`` go to every desk, as the hardened server decided).
_ADDED_WITH_MESSAGE_CODES: dict[type[BaseModel], IncEx] = {
    ErrorEnvelope: {"error": {"message_code", "message_params"}},
    PushResponse: {"results": {"__all__": {"reason_code", "reason_params"}}},
}


def for_desk(message: BaseModel, features: str) -> str:
    """``message`` as the JSON a desk gets, ``features`` being its FEATURES_HEADER: a desk that does not name
    MESSAGE_CODES (a desk of the first release, whose models forbid unknown fields) gets it without them."""
    if MESSAGE_CODES in (feature.strip() for feature in features.split(",")):
        return message.model_dump_json()
    return message.model_dump_json(exclude=_ADDED_WITH_MESSAGE_CODES.get(type(message)))


# -- the same models, checked by pydantic alone ---------------------------------------------------
M = TypeVar("M", bound=BaseModel)


@functools.cache
def natively_checked(model: type[M]) -> type[M]:
    """A subclass of ``model`` whose numbers and moments pydantic checks strictly by itself (a JSON integer, a
    moment only from text) instead of by this module's Python checks: it takes part of what ``model`` takes, as the
    same values, in a fraction of the time. What it refuses is to be read by ``model``, for the protocol's messages
    (a reader of many actions or changes at once: ``provincial_server``)."""
    fields: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        annotation = _natively(info.annotation)
        if info.metadata:
            annotation = Annotated[(annotation, *map(_native_check, info.metadata))]
        if info.default_factory is not None:
            fields[name] = (annotation, Field(default_factory=info.default_factory))
        else:
            fields[name] = (annotation, ... if info.default is PydanticUndefined else info.default)
    return cast(type[M], create_model(f"{model.__name__}NativelyChecked", __base__=model, **fields))


def _native_check(metadata: object) -> object:
    python_check = isinstance(metadata, BeforeValidator) and metadata.func in (_number_not_boolean, _moment_as_text)
    return Strict() if python_check else metadata


def _natively(annotation: Any) -> Any:
    """``annotation`` with its models natively checked and its Python checks made strict."""
    origin, args = get_origin(annotation), get_args(annotation)
    if annotation is Change:  # told apart by their kind alone: a kind this version does not know is left to Change
        known: Any = Union[tuple(natively_checked(model) for model in KNOWN_CHANGES)]  # noqa: UP007 -- from a tuple
        return Annotated[(known, Field(discriminator="kind"))]
    if origin is Annotated:
        return Annotated[(_natively(args[0]), *map(_native_check, annotation.__metadata__))]
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return natively_checked(annotation)
    if origin in (Union, types.UnionType):
        return Union[tuple(map(_natively, args))]  # noqa: UP007 -- a union built from a tuple
    if origin in (list, dict):
        return origin[tuple(map(_natively, args))]
    return annotation
