"""Reading a push item by item: an item the server cannot take (a flaw in one of its values, a value not of the
protocol, a desk's ``unsendable`` stand-in) is refused alone, naming its field, and still settles its number in
the desk's sequence; the other items of the batch go on. Only a batch whose envelope is wrong, or an item whose
``op_id`` and ``desk_seq`` cannot be read (nothing to settle), is refused whole.

The usual batch, every item an action, is read and checked in one pass from its bytes (``read_push_bytes``); any
other is parsed first and read here (``read_push``)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from counter_core.foundation.messages import Province
from counter_core.foundation.texts import Text
from counter_core.protocol import (
    MAX_BATCH,
    PROTOCOL,
    Action,
    Message,
    PushItem,
    PushRequest,
    Unsendable,
    natively_checked,
)
from provincial_server.request_body import Flaw, field_name, plain_bytes, refusal, storable, unmarked, validated
from provincial_server.store.push import Refusal, Refused


class _Envelope(BaseModel):
    model_config = ConfigDict(extra="forbid")
    protocol: Literal["counter-sync/1"] = PROTOCOL
    actions: list[dict] = Field(max_length=MAX_BATCH)


_ACTIONS = TypeAdapter(list[Action])


class _Actions(Message):
    """The usual batch: every item an action."""

    protocol: Literal["counter-sync/1"] = PROTOCOL
    actions: list[Action] = Field(max_length=MAX_BATCH)


_ACTIONS_NATIVELY = natively_checked(_Actions)  # its numbers and moments checked by pydantic alone
_FREE_LEVEL = 4  # where an action's free values (dossier.facts, event.data) stand in the body: {actions[{dossier{facts


def read_push_bytes(raw: bytes) -> tuple[PushRequest, list[Refused]] | None:
    """The usual batch read and checked in one pass from its bytes (its actions are of a subclass of ``Action``
    checked by pydantic alone); None if the body is not that (then ``parse`` and ``read_push`` read it, and refuse
    what they refuse)."""
    if not plain_bytes(raw):
        return None
    try:
        batch = _ACTIONS_NATIVELY.model_validate_json(raw)
    except ValidationError:
        return None
    if not unmarked([a.dossier.facts for a in batch.actions] + [a.event.data for a in batch.actions], _FREE_LEVEL):
        return None
    return PushRequest.model_construct(protocol=batch.protocol, actions=batch.actions), []


def read_push(_model: type[BaseModel], value: object, flaws: list[Flaw]) -> tuple[PushRequest, list[Refused]]:
    outside = [f for f in flaws if len(f.path) < 3 or f.path[0] != "actions"]
    envelope, _ = validated(_Envelope, value, outside)
    if not flaws and all(item.get("kind") != "unsendable" for item in envelope.actions):
        try:  # the usual batch, every item an action: checked in one call
            return PushRequest.model_construct(
                protocol=envelope.protocol, actions=_ACTIONS.validate_python(envelope.actions)
            ), []
        except ValidationError:
            pass  # item by item, to refuse the one at fault alone (or the batch, if its identity cannot be read)
    by_item: dict[int, list[Flaw]] = {}
    for flaw in flaws:
        if flaw not in outside:
            by_item.setdefault(flaw.path[1], []).append(flaw)
    actions: list[Action | Unsendable] = []
    refused: list[Refused] = []
    for index, item in enumerate(envelope.actions):
        try:
            identity = PushItem.model_validate(item)
        except ValidationError as exc:
            loc = ("actions", index, *exc.errors()[0]["loc"])
            raise refusal(field_name(loc), Text(Province.VALUE_INVALID, reason=exc.errors()[0]["msg"])) from exc
        read = _item(identity, item, by_item.get(index, []))
        (refused if isinstance(read, Refused) else actions).append(read)
    return PushRequest.model_construct(protocol=envelope.protocol, actions=actions), refused


def _item(identity: PushItem, item: dict, flaws: list[Flaw]) -> Action | Refused:
    """The item as an action, or why it cannot be applied: its first flaw, its first wrong value, the desk's word."""

    def refused(code: str, field: str | None, reason: Text) -> Refused:
        return Refused(identity.op_id, identity.desk_seq, Refusal(code, field, reason), storable(item))

    if flaws:
        field = field_name(flaws[0].path[2:])
        return refused(flaws[0].code, field, Text(Province.ITEM_FIELD_REFUSED, field=field, problem=flaws[0].problem))
    if item.get("kind") == "unsendable":
        try:
            stand_in = Unsendable.model_validate(item)
        except ValidationError as exc:
            return _wrong(refused, exc)
        return refused("unsendable", None, Text(Province.UNSENDABLE, reason=stand_in.reason))
    try:
        return Action.model_validate(item)
    except ValidationError as exc:
        return _wrong(refused, exc)


def _wrong(refused, exc: ValidationError) -> Refused:
    first = exc.errors(include_url=False)[0]
    field = field_name(first["loc"]) or None
    return refused("invalid_value", field, Text(Province.ITEM_NOT_THE_PROTOCOL, field=field, reason=first["msg"]))
