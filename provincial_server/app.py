"""The provincial server's HTTP API (FastAPI): health, desk enrolment, push of desk actions, pull of changes,
and a desk's own state and history (to re-base a restored or reinstalled desk).

Every request but health and enrolment carries a desk token (``Authorization: Bearer``); a desk reads
and writes only its own unit's dossiers and those received elsewhere for its unit (§9). Errors use the
protocol's one envelope; bad input is a 4xx that changes nothing. OpenAPI is served at /openapi.json.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import re
import secrets
import time
import zlib
from collections.abc import Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import TypeVar

from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from fastapi.routing import APIRoute
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers, MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect

from counter_core.foundation.messages import Province
from counter_core.foundation.texts import Msg, Param, Text
from counter_core.protocol import (
    FEATURES_HEADER,
    MAX_AUDIT_BATCH,
    MAX_PAGE,
    PREFIX,
    PROTOCOL,
    REQUEST_ID_HEADER,
    SERVER_TIME_HEADER,
    AuditAck,
    AuditPage,
    AuditPush,
    ChangesPage,
    DeskState,
    EnrolRequest,
    EnrolResponse,
    ErrorBody,
    ErrorEnvelope,
    Health,
    HistoryPage,
    PushRequest,
    PushResponse,
    for_desk,
)
from provincial_server.store import admin as store
from provincial_server.store import audit, feed, push

log = logging.getLogger("provincial_server")
T = TypeVar("T")
MAX_BODY = 20 * 1024 * 1024  # bytes of JSON in one request, as sent and after decompression
# A UTF-16 surrogate escape without its other half: JSON allows it, PostgreSQL's text and jsonb cannot hold it.
_LONE_SURROGATE = re.compile(
    rb"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F])"
    rb"|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}"
)
TOO_LARGE = (413, "too_large", Province.TOO_LARGE)


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


class GzipRequest(Request):
    """A request whose body may come gzip-compressed (``Content-Encoding: gzip``), as desks send pushes. The body is
    read up to ``MAX_BODY`` bytes, inflated up to as many, and refused if PostgreSQL could not hold its text."""

    async def body(self) -> bytes:
        if not hasattr(self, "_body"):
            raw = await self._capped()
            if self.headers.get("content-encoding", "").lower() == "gzip":
                try:
                    raw = inflate(raw, MAX_BODY)
                except ValueError as exc:
                    raise ApiError(*TOO_LARGE) from exc
                except (EOFError, zlib.error) as exc:
                    raise ApiError(400, "bad_encoding", Province.BAD_ENCODING) from exc
            if b"\\u0000" in raw:  # PostgreSQL text cannot hold NUL: refuse it before it gets that far
                raise ApiError(422, "invalid_request", Province.NUL_CHARACTER)
            if _LONE_SURROGATE.search(raw):
                raise ApiError(422, "invalid_request", Province.LONE_SURROGATE)
            self._body = raw
        return self._body

    async def _capped(self) -> bytes:
        """The body as sent, refused at once past ``MAX_BODY`` (announced or as it arrives)."""
        if int(self.headers.get("content-length") or 0) > MAX_BODY:
            raise ApiError(*TOO_LARGE)
        chunks, size = [], 0
        async for chunk in self.stream():
            size += len(chunk)
            if size > MAX_BODY:
                raise ApiError(*TOO_LARGE)
            chunks.append(chunk)
        return b"".join(chunks)


class GzipRoute(APIRoute):
    def get_route_handler(self):
        handler = super().get_route_handler()

        async def gzip_handler(request: Request):
            request = GzipRequest(request.scope, request.receive)
            try:
                await request.body()  # read here, so that its errors keep their own code
            except ApiError as exc:
                return _error(request, exc)
            except ClientDisconnect:  # the desk's network cut the upload: nothing was applied, nobody to answer
                log.info("%s %s: the client went away before its body arrived", request.method, request.url.path)
                return _error(request, ApiError(400, "incomplete_request", Province.INCOMPLETE_REQUEST))
            return await handler(request)

        return gzip_handler


class ApiError(Exception):
    """An answer in the protocol's error envelope: its HTTP status, the protocol's code, and its text."""

    def __init__(self, status: int, code: str, msg: Msg, detail: object = None, **params: Param) -> None:
        self.text = Text(msg, **params)
        super().__init__(self.text.in_language())
        self.status, self.code, self.detail = status, code, detail


# What the clerk reads when the framework refuses a request before the protocol does (the detail stays in English).
HTTP_MESSAGES = {400: Province.NOT_JSON, 404: Province.NO_SUCH_ADDRESS, 405: Province.METHOD_NOT_ALLOWED}


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _now() -> datetime:
    return datetime.now(UTC)


def _answer(message: BaseModel, features: str = "") -> Response:
    """A protocol answer already built and checked by its model: sent as it is, not validated a second time, with
    only the fields the desk's ``features`` (its FEATURES_HEADER) say it reads."""
    return Response(for_desk(message, features), media_type="application/json")


def _error(request: Request, error: ApiError) -> Response:
    """The one envelope: the protocol's code, the text in Vietnamese (what a desk of the first release shows), and
    for a desk that reads them, the text's own code and parameters to show in its language."""
    wire = error.text.to_json()
    body = ErrorBody(
        code=error.code,
        message=error.text.in_language(),
        detail=error.detail,
        message_code=wire["code"],
        message_params=wire["params"],
    )
    features = request.headers.get(FEATURES_HEADER, "")
    return Response(for_desk(ErrorEnvelope(error=body), features), error.status, media_type="application/json")


DATABASE_URL_VARIABLE = "COUNTER_DATABASE_URL"


def app_from_environment() -> FastAPI:
    """The app of one worker process when the server runs several (``serve --workers N``)."""
    return create_app(os.environ[DATABASE_URL_VARIABLE])


class ServerTimeAndLog:
    """Every answer carries the server's time (desks check their clocks with it) and is logged with its
    request id and duration. Plain ASGI: Starlette's BaseHTTPMiddleware costs each request a task group."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started, status = time.perf_counter(), 500

        async def send_with_time(message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                MutableHeaders(scope=message).append(SERVER_TIME_HEADER, _now().isoformat())
            await send(message)

        try:
            await self.app(scope, receive, send_with_time)
        finally:
            client = scope.get("client")
            log.info(
                "%s %s %d",
                scope["method"],
                scope["path"],
                status,
                extra={
                    "request_id": Headers(scope=scope).get(REQUEST_ID_HEADER, ""),
                    "status": status,
                    "ms": round((time.perf_counter() - started) * 1000, 1),
                    "client": client[0] if client else "",
                },
            )


def create_app(database_url: str, connections: int = 10) -> FastAPI:
    pool = store.pool(database_url, connections)
    # As many requests use the database at once as the pool has connections; the others wait here, without
    # holding a worker thread (a thread blocked on an empty pool starves the requests that hold connections).
    slots = asyncio.Semaphore(connections)

    async def db(work: Callable[..., T], *args) -> T:
        """``work(connection, *args)`` on a worker thread with a connection of the pool."""

        def with_connection() -> T:
            with pool.connection() as connection:
                return work(connection, *args)

        async with slots:
            return await run_in_threadpool(with_connection)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        pool.close()

    app = FastAPI(
        title="Counter provincial server",
        version=PROTOCOL,
        lifespan=lifespan,
        description="Sync API between commune reception desks and the province (protocol counter-sync/1).",
    )
    app.router.route_class = GzipRoute

    async def desk(authorization: str = Header(default="")) -> store.DeskRow:
        token = authorization.removeprefix("Bearer ").strip()
        found = await db(store.desk_by_token, sha256(token)) if token else None
        if found is None:
            raise ApiError(401, "unauthenticated", Province.UNAUTHENTICATED)
        if found.revoked:
            raise ApiError(401, "desk_revoked", Province.DESK_REVOKED)
        if not found.token_used:
            await db(store.token_used, found.id)
        return found

    app.add_middleware(ServerTimeAndLog)

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> Response:
        return _error(request, exc)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        detail = [{"loc": list(e["loc"]), "msg": e["msg"]} for e in exc.errors()]
        return _error(request, ApiError(422, "invalid_request", Province.NOT_THE_PROTOCOL, detail))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        known = HTTP_MESSAGES.get(exc.status_code)
        error = (
            ApiError(exc.status_code, "http_error", known, str(exc.detail))
            if known
            else ApiError(
                exc.status_code, "http_error", Province.REQUEST_REFUSED, str(exc.detail), status=exc.status_code
            )
        )
        return _error(request, error)

    @app.get("/health", response_model=Health)
    async def health() -> Response:
        await db(store.ping)
        return _answer(Health(server_time=_now()))

    @app.post(f"{PREFIX}/enrol", response_model=EnrolResponse, responses={400: {"model": ErrorEnvelope}})
    async def enrol(request: EnrolRequest) -> Response:
        token = secrets.token_urlsafe(32)
        found = await db(store.enrol, sha256(request.code.strip()), sha256(token), request.machine)
        if found is None:
            raise ApiError(400, "bad_enrolment_code", Province.BAD_ENROLMENT_CODE)
        log.info("desk %s enrolled from %r", found.id, request.machine, extra={"desk": found.id})
        return _answer(
            EnrolResponse(
                desk_id=found.id,
                unit_code=found.unit_code,
                unit_name=found.unit_name,
                desk=found.desk,
                token=token,
                last_desk_seq=found.last_seq,
                server_time=_now(),
            )
        )

    @app.post(
        f"{PREFIX}/push",
        response_model=PushResponse,
        responses={401: {"model": ErrorEnvelope}, 409: {"model": ErrorEnvelope}, 422: {"model": ErrorEnvelope}},
    )
    async def push_actions(
        batch: PushRequest,
        me: store.DeskRow = Depends(desk),
        features: str = Header(default="", alias=FEATURES_HEADER),
    ) -> Response:
        try:
            through, results = await db(push.apply_actions, me.id, me.unit_code, batch.actions)
        except push.Gap as gap:
            raise ApiError(409, "gap", Province.GAP, {"expected_seq": gap.expected}) from gap
        except push.Fork as fork:
            raise ApiError(409, "desk_fork", Province.DESK_FORK, {"desk_seq": fork.args[0]}) from fork
        log.info(
            "push from %s: %d actions, through %d",
            me.id,
            len(batch.actions),
            through,
            extra={"desk": me.id, "actions": len(batch.actions), "through": through},
        )
        return _answer(PushResponse(server_time=_now(), applied_through=through, results=results), features)

    @app.get(f"{PREFIX}/changes", response_model=ChangesPage, responses={401: {"model": ErrorEnvelope}})
    async def changes(
        since: int = Query(0, ge=0, le=2**62),
        limit: int = Query(MAX_PAGE, ge=1, le=MAX_PAGE),
        me: store.DeskRow = Depends(desk),
    ) -> Response:
        return _answer(await db(feed.page, me.unit_code, me.id, since, limit, _now()))

    @app.get(f"{PREFIX}/desk-state", response_model=DeskState, responses={401: {"model": ErrorEnvelope}})
    async def desk_state(me: store.DeskRow = Depends(desk)) -> Response:
        return _answer(
            DeskState(
                server_time=_now(),
                desk_id=me.id,
                last_desk_seq=me.last_seq,
                audit_through=await db(audit.through, me.id),
            )
        )

    @app.post(
        f"{PREFIX}/audit",
        response_model=AuditAck,
        responses={401: {"model": ErrorEnvelope}, 422: {"model": ErrorEnvelope}},
    )
    async def audit_trail(batch: AuditPush, me: store.DeskRow = Depends(desk)) -> Response:
        held, broken = await db(audit.append, me.id, batch.entries)
        if broken is not None:
            log.warning("audit trail of %s breaks at row %d", me.id, broken, extra={"desk": me.id, "row": broken})
        return _answer(AuditAck(server_time=_now(), through=held, broken_at=broken))

    @app.get(f"{PREFIX}/audit-history", response_model=AuditPage, responses={401: {"model": ErrorEnvelope}})
    async def audit_history(
        since: int = Query(0, ge=0, le=2**62),
        limit: int = Query(MAX_AUDIT_BATCH, ge=1, le=MAX_AUDIT_BATCH),
        me: store.DeskRow = Depends(desk),
    ) -> Response:
        entries, more = await db(audit.history, me.id, since, limit)
        return _answer(AuditPage(server_time=_now(), entries=entries, has_more=more))

    @app.get(f"{PREFIX}/desk-history", response_model=HistoryPage, responses={401: {"model": ErrorEnvelope}})
    async def desk_history(
        since: int = Query(0, ge=0, le=2**62),
        limit: int = Query(MAX_PAGE, ge=1, le=MAX_PAGE),
        me: store.DeskRow = Depends(desk),
    ) -> Response:
        items, more = await db(feed.history, me.id, since, limit)
        return _answer(HistoryPage(server_time=_now(), items=items, has_more=more))

    return app
