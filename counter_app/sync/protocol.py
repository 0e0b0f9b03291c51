"""The sync protocol between a desk and the provincial server, defined once and used by both sides.

JSON over HTTP(S), versioned by ``PROTOCOL`` and the ``/sync/v1`` prefix. Every answer carries the
server's time; every error has the same envelope. See docs/sync-protocol.md for the rules
(idempotent pushes by op_id and desk_seq, cursors, ownership of fields).
"""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

PROTOCOL = "counter-sync/1"
PREFIX = "/sync/v1"
MAX_BATCH = 500  # actions per push request
MAX_PAGE = 500  # changes per pull page
SERVER_TIME_HEADER = "X-Server-Time"
CLOCK_TOLERANCE_SECONDS = 120  # a desk further off than this warns its clerk


class Message(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ErrorBody(Message):
    code: str  # machine-readable, e.g. "desk_revoked", "invalid_request", "gap"
    message: str  # for people, in Vietnamese
    detail: object | None = None


class ErrorEnvelope(Message):
    protocol: str = PROTOCOL
    error: ErrorBody


class EnrolRequest(Message):
    code: str = Field(min_length=6, max_length=64, description="one-time enrolment code made by the province")
    machine: str = Field(default="", max_length=200, description="the desk computer's name, for the administrator")


class EnrolResponse(Message):
    protocol: str = PROTOCOL
    desk_id: str
    unit_code: str
    unit_name: str
    desk: int
    token: str  # kept in the OS keyring by the desk, never in a file
    last_desk_seq: int  # what the server already holds from this desk (re-basing after a restore)
    server_time: datetime


class DossierSnapshot(Message):
    """The reception facts, immutable once the receipt is printed."""

    uuid: UUID
    code: str
    unit_code: str
    procedure_code: str
    catalog_version: str
    owner_name: str
    owner_id: str
    phone: str
    received_at: datetime
    due_at: datetime | None
    fee: int = Field(ge=0)
    channel: int = Field(ge=1, le=3)
    return_method: int = Field(ge=0, le=1)
    facts: dict


class EventRecord(Message):
    kind: str = Field(min_length=1, max_length=40)
    status: int | None = Field(default=None, ge=1, le=10)
    at: datetime  # as the desk's clock saw it
    user: str
    note: str = ""
    due_at: datetime | None = None
    data: dict | None = None


class Action(Message):
    """One business action of a desk: a dossier event, with the dossier's reception facts."""

    op_id: UUID
    desk_seq: int = Field(ge=1, le=2**62)
    kind: Literal["dossier_event"] = "dossier_event"
    dossier: DossierSnapshot
    event: EventRecord


class PushRequest(Message):
    protocol: Literal["counter-sync/1"] = PROTOCOL
    actions: list[Action] = Field(max_length=MAX_BATCH)


class Outcome(str, Enum):
    APPLIED = "applied"
    DUPLICATE = "duplicate"  # already held: a retried push counts as success
    REJECTED = "rejected"  # set aside for the supervisor; it still consumes its desk_seq


class ItemResult(Message):
    op_id: UUID
    desk_seq: int = Field(ge=1, le=2**62)
    outcome: Outcome
    reason: str | None = None


class PushResponse(Message):
    protocol: str = PROTOCOL
    server_time: datetime
    applied_through: int  # every desk_seq up to this one is settled on the server
    results: list[ItemResult]


class Change(Message):
    """A change decided at the province, in the order of the server's change log."""

    cursor: int
    kind: Literal["dossier_status"]
    op_id: UUID
    dossier_uuid: UUID
    code: str
    status: int = Field(ge=1, le=10)
    at: datetime
    note: str = ""
    due_at: datetime | None = None
    by: str


class ChangesPage(Message):
    protocol: str = PROTOCOL
    server_time: datetime
    changes: list[Change]
    next_cursor: int
    has_more: bool


class Health(Message):
    protocol: str = PROTOCOL
    status: Literal["ok"] = "ok"
    server_time: datetime
