"""A request's JSON body, read and parsed within limits, off the event loop.

The body is read up to ``MAX_BODY`` bytes (announced or as it arrives), gunzipped up to as many if it says
``Content-Encoding: gzip`` (a gzip bomb is never inflated further), then, on a worker thread and at most
``PARSERS`` bodies at once, so that no body stalls the event loop (``/health``, other desks):

- bounded before parsing: more than ``MAX_VALUES`` separators and brackets is refused (413) without building a
  single object, so a body of millions of small values cannot take the server's memory;
- parsed as strict UTF-8 JSON; ``NaN``, ``Infinity``, numbers that overflow to infinity (``1e999``) and integers
  of more than ``MAX_INTEGER_DIGITS`` digits are kept as ``NotFinite`` markers, to be refused where they stand;
- walked once: more than ``MAX_DEPTH`` levels of nesting is refused (422 ``too_deep``); every decoded text (keys
  too) holding a NUL or a lone UTF-16 surrogate, which PostgreSQL cannot store, is a ``Flaw`` naming its field.
  The rules apply to decoded values: ``"C:\\\\u0000"`` is a backslash and letters, and passes. Only a body that can
  hold a flaw (one of those escapes, a number marked) is walked whole; any other has its containers' depth
  checked alone, as a push of 200 actions would otherwise spend most of its parse on the walk.

Then the route's model checks it; a flaw or a wrong value refuses the request with a 422 naming the field, except
in a push, where ``push_body`` refuses only the item that holds it. A route may first try to read its usual body
straight from the bytes, in one pass of pydantic's own parser (``JsonRoute.quick``: a push of 200 actions in half
the time): only a body within the limits and without a flaw's escape, and whatever that reading does not take whole
(a wrong value, a free value too deep or with a marked number) is parsed and read as above, with the same answer.
"""

from __future__ import annotations

import asyncio
import json
import math
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from fastapi import Request
from fastapi.routing import APIRoute
from pydantic import BaseModel, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from counter_core.foundation.messages import Province
from counter_core.foundation.texts import Text
from counter_core.protocol import FEATURES_HEADER
from provincial_server.answers import ApiError

MAX_BODY = 20 * 1024 * 1024  # bytes of JSON in one request, as sent and after decompression
MAX_VALUES = 250_000  # commas and brackets: a push of 500 actions has about 50,000
MAX_DEPTH = 32  # levels of nesting: a push has 7
MAX_INTEGER_DIGITS = 30
PARSERS = 2  # bodies parsed at once, each on a worker thread
TOO_LARGE = (413, "too_large", Province.TOO_LARGE)
_BAD_TEXT = re.compile("[\x00\ud800-\udfff]")
_LONG = 10**MAX_INTEGER_DIGITS  # the least integer of more digits


@dataclass(frozen=True)
class NotFinite:
    """A number JSON can write but the protocol cannot hold (NaN, ±Infinity, 1e999, a 40-digit integer)."""

    text: str


@dataclass(frozen=True)
class Flaw:
    """A decoded value the server refuses, where it stands in the body."""

    path: tuple[str | int, ...]
    code: str  # "invalid_text" or "invalid_number"
    problem: Text  # for people: what is wrong with the field

    @property
    def field(self) -> str:
        return field_name(self.path)


def field_name(path: tuple[str | int, ...] | list) -> str:
    """``actions.0.event.note``: a path as people read it, any character that cannot be shown escaped."""
    name = ".".join(printable(str(part)) for part in path)
    return name if len(name) <= 200 else name[:199] + "…"


def printable(text: str) -> str:
    """``text`` with NULs and lone surrogates written as escapes, so that it can be stored and shown."""
    return text.replace("\x00", "\\x00").encode("utf-8", "backslashreplace").decode("utf-8")


def storable(value: object) -> object:
    """``value`` with every flaw written as text: what PostgreSQL's jsonb can keep of a refused item."""
    if isinstance(value, dict):
        return {printable(k): storable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [storable(v) for v in value]
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, NotFinite):
        return value.text
    return value


def refusal(field: str, problem: Text, detail: object = None) -> ApiError:
    """The 422 of a request refused for one field (``""``: the body itself) and what is wrong with it."""
    if detail is None:
        detail = [{"loc": ["body", *field.split(".")], "msg": problem.in_language()}]
    return ApiError(
        422, "invalid_request", Province.FIELD_REFUSED, detail, field=field or Text(Province.ROOT), problem=problem
    )


# -- reading ---------------------------------------------------------------------------------------
def inflate(raw: bytes, limit: int) -> bytes:
    """``raw`` gunzipped (every member, as gzip allows several); ValueError as soon as it would pass ``limit`` bytes
    (a gzip bomb is never inflated further), EOFError if it is cut short, zlib.error if it is not gzip."""
    out = bytearray()
    while raw:
        member = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
        out += member.decompress(raw, limit + 1 - len(out))
        if len(out) > limit or member.unconsumed_tail:
            raise ValueError("inflates past the limit")
        if not member.eof:
            raise EOFError("a gzip member is cut short")
        raw = member.unused_data
    return bytes(out)


def _gunzip(raw: bytes) -> bytes:
    try:
        return inflate(raw, MAX_BODY)
    except ValueError as exc:
        raise ApiError(*TOO_LARGE) from exc
    except (EOFError, zlib.error) as exc:
        raise ApiError(400, "bad_encoding", Province.BAD_ENCODING) from exc


# -- parsing ---------------------------------------------------------------------------------------
# A decoded text can hold a NUL or a lone surrogate only if the body wrote it as an escape (JSON refuses a raw
# control character in a string, and strict UTF-8 an encoded surrogate): a body without one has no text flaw.
_FLAW_ESCAPE = re.compile(rb"\\u(?:0000|[dD][89a-fA-F])")


def _values(raw: bytes) -> int:
    return raw.count(b",") + raw.count(b"[") + raw.count(b"{")


def parse(raw: bytes) -> tuple[object, list[Flaw]]:
    """The body's JSON value and its flaws; ApiError if it is not JSON, too large in values, or too deep."""
    values = _values(raw)
    if values > MAX_VALUES:
        most = f"{MAX_VALUES:,}".replace(",", ".")
        raise ApiError(413, "too_large", Province.TOO_MANY_VALUES, {"values": values, "limit": MAX_VALUES}, most=most)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ApiError(400, "bad_json", Province.NOT_UTF8, {"at": exc.start}) from exc
    marked: list[NotFinite] = []

    def mark(text: str) -> NotFinite:
        marked.append(NotFinite(text))
        return marked[-1]

    def number(text: str) -> float | NotFinite:
        value = float(text)
        return value if math.isfinite(value) else mark(text)

    def integer(text: str) -> int | NotFinite:
        return mark(text) if len(text.lstrip("-")) > MAX_INTEGER_DIGITS else int(text)

    try:
        value = json.loads(text, parse_float=number, parse_int=integer, parse_constant=mark)
    except json.JSONDecodeError as exc:
        raise ApiError(
            400, "bad_json", Province.BAD_JSON, {"at": exc.pos, "error": exc.msg}, line=exc.lineno, column=exc.colno
        ) from exc
    except RecursionError as exc:
        raise ApiError(422, "too_deep", Province.TOO_DEEP, most=MAX_DEPTH) from exc
    if marked or _FLAW_ESCAPE.search(raw) or _too_deep(value):
        return value, inspect(value)
    return value, []  # what inspect would find: no flaw, no refusal (a batch of 200 in a tenth of the time)


def plain_bytes(raw: bytes) -> bool:
    """Whether a model may read ``raw`` straight from its bytes (``JsonRoute.quick``): within ``MAX_VALUES``, and
    without an escape that can make a flawed text."""
    return _values(raw) <= MAX_VALUES and not _FLAW_ESCAPE.search(raw)


def unmarked(values: list[object], level: int) -> bool:
    """Whether free JSON values (a model's ``JsonObject``s), found at ``level`` of their body, hold nothing ``parse``
    would refuse or mark: no container past ``MAX_DEPTH`` levels, no number past ±10^30 (so none that is not finite
    or too long; a finite float that large is merely read the slower way). Walked level by level, as ``_too_deep``."""
    while values:
        containers = [value for value in values if isinstance(value, dict | list)]
        if containers and level >= MAX_DEPTH:
            return False
        values = [child for item in containers for child in (item.values() if isinstance(item, dict) else item)]
        if not all(-_LONG < n < _LONG for n in values if type(n) is int or type(n) is float):
            return False
        level += 1
    return True


def _too_deep(value: object) -> bool:
    """Whether ``value`` nests more than ``MAX_DEPTH`` levels: its containers walked level by level, texts skipped."""
    level = [value] if isinstance(value, dict | list) else []
    for _ in range(MAX_DEPTH):
        level = [
            child
            for item in level
            for child in (item.values() if isinstance(item, dict) else item)
            if isinstance(child, dict | list)
        ]
        if not level:
            return False
    return True


def inspect(value: object) -> list[Flaw]:
    """Walk the decoded value once: the depth limit, and the flaws of its texts and numbers."""
    flaws: list[Flaw] = []
    stack: list[tuple[object, tuple, int]] = [(value, (), 0)]
    while stack:
        item, path, depth = stack.pop()
        if isinstance(item, dict | list):
            if depth >= MAX_DEPTH:
                raise ApiError(
                    422,
                    "too_deep",
                    Province.TOO_DEEP_AT,
                    {"loc": ["body", *path[:8]]},
                    most=MAX_DEPTH,
                    field=field_name(path[:8]),
                )
            pairs = item.items() if isinstance(item, dict) else enumerate(item)
            for key, child in pairs:
                if isinstance(key, str) and _BAD_TEXT.search(key):
                    flaws.append(Flaw((*path, key), "invalid_text", _text_problem(key)))
                stack.append((child, (*path, key), depth + 1))
        elif isinstance(item, str):
            if _BAD_TEXT.search(item):
                flaws.append(Flaw(path, "invalid_text", _text_problem(item)))
        elif isinstance(item, NotFinite):
            flaws.append(Flaw(path, "invalid_number", Text(Province.NUMBER_NOT_FINITE, number=item.text[:40])))
    flaws.sort(key=lambda f: [str(p) for p in f.path])
    return flaws


def _text_problem(text: str) -> Text:
    return Text(Province.TEXT_HAS_NUL if "\x00" in text else Province.TEXT_HAS_SURROGATE)


# -- checking against the route's model ------------------------------------------------------------
Reader = Callable[[type[BaseModel], object, list[Flaw]], tuple[BaseModel, list]]
# The usual body read and checked in one pass from its bytes, or None: then parsed and read as any other.
QuickReader = Callable[[bytes], tuple[BaseModel, list] | None]


def validated(model: type[BaseModel], value: object, flaws: list[Flaw]) -> tuple[BaseModel, list]:
    """The whole request refused for its first flaw or wrong value, naming the field."""
    if flaws:
        raise refusal(flaws[0].field, flaws[0].problem)
    try:
        return model.model_validate(value), []
    except ValidationError as exc:
        errors = [{"loc": ["body", *e["loc"]], "msg": e["msg"]} for e in exc.errors(include_url=False)[:20]]
        first = exc.errors()[0]
        raise refusal(field_name(first["loc"]), Text(Province.VALUE_INVALID, reason=first["msg"]), errors) from exc


class JsonRequest(Request):
    """A request whose body is read within ``MAX_BODY``, gunzipped if it says so (off the event loop)."""

    async def body(self) -> bytes:
        if not hasattr(self, "_body"):
            raw = await self._capped()
            if self.headers.get("content-encoding", "").lower() == "gzip":
                raw = await run_in_threadpool(_gunzip, raw)
            self._body = raw
        return self._body

    async def _capped(self) -> bytes:
        """The body as sent, refused at once past ``MAX_BODY`` (announced or as it arrives)."""
        try:
            announced = int(self.headers.get("content-length") or 0)
        except ValueError:
            announced = 0
        if announced > MAX_BODY:
            raise ApiError(*TOO_LARGE)
        chunks, size = [], 0
        async for chunk in self.stream():
            size += len(chunk)
            if size > MAX_BODY:
                raise ApiError(*TOO_LARGE)
            chunks.append(chunk)
        return b"".join(chunks)


def _is_json(content_type: str) -> bool:
    kind = content_type.split(";")[0].strip().lower()
    return kind == "application/json" or (kind.startswith("application/") and kind.endswith("+json"))


class JsonRoute(APIRoute):
    """A route whose JSON body is read, parsed and checked against its model before the handler runs (errors
    keep their own codes); the handler gets the checked model, and ``request.state.refused`` what the model's
    reader set aside (``push_body``'s refused items)."""

    readers: ClassVar[dict[type[BaseModel], Reader]] = {}  # a subclass names the models read otherwise
    quick: ClassVar[dict[type[BaseModel], QuickReader]] = {}  # and those whose usual body is read from its bytes

    def get_route_handler(self):
        handler = super().get_route_handler()
        model = self.body_field.field_info.annotation if self.body_field else None
        reader = self.readers.get(model, validated)
        quick = self.quick.get(model)
        known = {param.alias for param in self.dependant.query_params}

        async def json_handler(request: Request):
            request = JsonRequest(request.scope, request.receive)
            request.state.refused = []
            features = request.headers.get(FEATURES_HEADER, "")
            unknown = sorted(set(request.query_params) - known)
            if unknown:  # a parameter the protocol does not have is a mistake, not something to ignore
                return refusal(f"?{printable(unknown[0])}", Text(Province.NOT_IN_PROTOCOL)).response(features)
            if model is not None:
                try:
                    raw = await request.body()
                    if raw and _is_json(request.headers.get("content-type", "")):
                        request._json, request.state.refused = await _parsed(request, model, reader, quick, raw)
                except ApiError as exc:
                    return exc.response(features)
                except ClientDisconnect:  # the desk's network cut the upload: nothing was applied, nobody to answer
                    return ApiError(400, "incomplete_request", Province.INCOMPLETE_REQUEST).response(features)
            return await handler(request)

        return json_handler


async def _parsed(
    request: Request, model: type[BaseModel], reader: Reader, quick: QuickReader | None, raw: bytes
) -> tuple[BaseModel, list]:
    def work() -> tuple[BaseModel, list]:
        read = quick(raw) if quick else None
        if read is not None:
            return read
        value, flaws = parse(raw)
        return reader(model, value, flaws)

    async with _parsers(request):
        return await run_in_threadpool(work)


def _parsers(request: Request) -> asyncio.Semaphore:
    state = request.app.state
    if not hasattr(state, "parsers"):
        state.parsers = asyncio.Semaphore(PARSERS)
    return state.parsers
