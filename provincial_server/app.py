"""The provincial server's HTTP API (FastAPI): health, desk enrolment, push of desk actions, pull of changes,
a desk's own state and history (to re-base a restored or reinstalled desk), and a desk's health report; beside
them, the province's web pages (``web/``: the citizens' look-up and the province console).

Every request but health and enrolment carries a desk token (``Authorization: Bearer``), checked by the gate
(``guard.py``) before its body is read, within limits per address and per desk; a desk reads and writes only its
own unit's dossiers and those received elsewhere for its unit (§9). Bodies are read and parsed within limits off
the event loop (``request_body.py``); a push is refused item by item (``push_body.py``). Errors use the
protocol's one envelope; bad input is a 4xx that changes nothing. OpenAPI is served at /openapi.json (no
interactive pages: /docs and /redoc are off).
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import logging
import os
import secrets
import time
from collections import OrderedDict
from collections.abc import Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, TypeVar

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from fastapi.security import HTTPBearer
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers, MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException

from counter_core.domain import enrolment_code
from counter_core.foundation.messages import Papers, Province
from counter_core.foundation.texts import Text
from counter_core.protocol import (
    FEATURES_HEADER,
    MAX_AUDIT_BATCH,
    MAX_PAGE,
    MAX_SEQ,
    PREFIX,
    PROTOCOL,
    REQUEST_ID_HEADER,
    SERVER_TIME_HEADER,
    AuditAck,
    AuditPage,
    AuditPush,
    ChangesPage,
    DeskHealth,
    DeskState,
    EnrolRequest,
    EnrolResponse,
    ErrorEnvelope,
    Health,
    HistoryPage,
    PushRequest,
    PushResponse,
)
from provincial_server import enrolment_codes, secret, web
from provincial_server.answers import ApiError, answer, checked_json, error
from provincial_server.blobs import blobs_at
from provincial_server.files_api import PROVINCE_READABLE, Spool, add_file_routes
from provincial_server.guard import DESK_SCOPE_KEY, UNAUTHENTICATED, Guard, Limits, too_many
from provincial_server.push_body import Refused, read_push, read_push_bytes
from provincial_server.request_body import JsonRoute
from provincial_server.store import admin as store
from provincial_server.store import audit, enrolment, feed, push
from provincial_server.store import health as desk_health

log = logging.getLogger("provincial_server")
T = TypeVar("T")
DATABASE_URL_VARIABLE = "COUNTER_DATABASE_URL"
FILES_VARIABLE = "COUNTER_FILES"  # where the files of digitised papers are kept: a folder, or s3://bucket/prefix
SPOOL_VARIABLE = "COUNTER_FILES_SPOOL"  # where uploads in progress are kept (a local folder)

# What the clerk reads when the framework refuses a request before the protocol does (the detail stays in English).
HTTP_MESSAGES = {400: Province.NOT_JSON, 404: Province.NO_SUCH_ADDRESS, 405: Province.METHOD_NOT_ALLOWED}
_ENVELOPE = {"model": ErrorEnvelope}
# The refusals every operation may answer (documented in the OpenAPI), and those of operations with a body.
ANY = {429: {**_ENVELOPE, "description": "Too many requests: wait Retry-After seconds"}}
BODY = {
    400: {**_ENVELOPE, "description": "Not JSON, broken gzip, or cut short"},
    413: {**_ENVELOPE, "description": "Larger than 20 MB, or too many values"},
    422: {**_ENVELOPE, "description": "Not the protocol's shape; the field is named"},
}
DESK = {401: {**_ENVELOPE, "description": "No token, an unknown one, or a revoked desk"}}


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _now() -> datetime:
    return datetime.now(UTC)


def _features(request: Request) -> str:
    """What the desk says it reads (``FEATURES_HEADER``): a desk of the first release gets no message codes."""
    return request.headers.get(FEATURES_HEADER, "")


_BEARER = HTTPBearer(auto_error=False, description="the desk's token, given at enrolment")


def _desk(request: Request, _credentials: Annotated[object, Depends(_BEARER)]) -> store.DeskRow:
    """The desk the gate authenticated (the bearer scheme is declared for the OpenAPI document)."""
    found = request.scope.get(DESK_SCOPE_KEY)
    if found is None:
        raise UNAUTHENTICATED
    return found


def _refused_items(request: Request) -> list[Refused]:
    """The items of a push its reader set aside (``push_body``)."""
    return request.state.refused


Desk = Annotated[store.DeskRow, Depends(_desk)]
RefusedItems = Annotated[list[Refused], Depends(_refused_items)]


# Texts hold no NUL (request_body.py refuses it, and a lone UTF-16 surrogate, which is not Unicode text at all):
# said in the OpenAPI document too.
TEXT_PATTERN = r"^[^\u0000]*$"


def _document_text_rule(app: FastAPI) -> None:
    """Write the text rule into every plain string of the OpenAPI document (not those with a format or a pattern)."""
    build = app.openapi

    def openapi() -> dict:
        if app.openapi_schema is None:
            document = build()
            stack: list[object] = [document.get("components", {}).get("schemas", {})]
            while stack:
                node = stack.pop()
                if isinstance(node, dict):
                    if node.get("type") == "string" and not {"format", "pattern", "enum", "const"} & node.keys():
                        node["pattern"] = TEXT_PATTERN
                    stack.extend(node.values())
                elif isinstance(node, list):
                    stack.extend(node)
        return app.openapi_schema

    app.openapi = openapi


class Route(JsonRoute):
    readers = {PushRequest: read_push}  # noqa: RUF012 -- a push is read item by item
    quick = {PushRequest: read_push_bytes}  # noqa: RUF012 -- the usual one from its bytes, in one pass


def app_from_environment() -> FastAPI:
    """The app of one worker process when the server runs several (``serve --workers N``)."""
    return create_app(
        os.environ[DATABASE_URL_VARIABLE],
        bytes.fromhex(os.environ[secret.VARIABLE]),
        files=os.environ.get(FILES_VARIABLE),
        spool=os.environ.get(SPOOL_VARIABLE),
    )


def spool_for(files: str, spool: str | None) -> Path:
    """The spool of uploads in progress: as given, else beside a folder of files (the same disk: a finished file is
    renamed into place)."""
    if spool:
        return Path(spool)
    if files.startswith("s3://"):
        raise ValueError("a bucket needs a local spool folder for uploads in progress (--files-spool)")
    return Path(files) / ".partial"


class ServerTimeAndLog:
    """Every answer carries the server's time (desks check their clocks with it) and is logged with its
    request id and duration. Plain ASGI: Starlette's BaseHTTPMiddleware costs each request a task group.

    A flood must not become a flood of log lines: of the 429s sent to one address, the first of each minute is
    logged, and the next one logged says how many were not."""

    HUSH = 60.0  # seconds
    ADDRESSES = 10_000  # addresses whose 429s are being counted, at most

    def __init__(self, app) -> None:
        self.app = app
        self._hushed: OrderedDict[str, list] = OrderedDict()  # address → [since, 429s not logged]

    def _hush(self, address: str) -> int | None:
        """None if this 429 is not to be logged; else how many were not, since the last one logged."""
        now = time.monotonic()
        since = self._hushed.pop(address, None)
        if since is not None and now - since[0] < self.HUSH:
            since[1] += 1
            self._hushed[address] = since
            return None
        self._hushed[address] = [now, 0]
        if len(self._hushed) > self.ADDRESSES:
            self._hushed.popitem(last=False)
        return since[1] if since else 0

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
            address = client[0] if client else ""
            hushed = self._hush(address) if status == 429 else 0
            if hushed is not None:
                log.info(
                    "%s %s %d%s",
                    scope["method"],
                    scope["path"],
                    status,
                    f" ({hushed} more 429s to {address} in the last minute, not logged)" if hushed else "",
                    extra={
                        "request_id": Headers(scope=scope).get(REQUEST_ID_HEADER, ""),
                        "status": status,
                        "ms": round((time.perf_counter() - started) * 1000, 1),
                        "client": address,
                    },
                )


def create_app(
    database_url: str,
    key: bytes,
    connections: int = 10,
    limits: Limits | None = None,
    files: str | None = None,
    spool: str | None = None,
) -> FastAPI:
    """The app on the database at ``database_url``; ``key`` is the server's secret (enrolment codes' hashes);
    ``files``: where the files of digitised papers are kept (a folder or ``s3://bucket/prefix``; without it the file
    routes answer 503), ``spool``: uploads in progress."""
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
        docs_url=None,
        redoc_url=None,
        description="Sync API between commune reception desks and the province (protocol counter-sync/1).",
    )
    app.router.route_class = Route
    _document_text_rule(app)

    async def authenticate(token: str) -> store.DeskRow | None:
        found = await db(store.desk_by_token, sha256(token))
        if found is not None and not found.revoked and not found.token_used:
            await db(store.token_used, found.id)
        return found

    site = web.install(app, db, key)  # the citizens' look-up and the province console
    app.add_middleware(
        Guard,
        limits=limits or Limits(),
        authenticate=authenticate,
        enrol_path=f"{PREFIX}/enrol",
        people_page=functools.partial(web.people_page, site),
        shared=PROVINCE_READABLE,
    )
    app.add_middleware(ServerTimeAndLog)

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> Response:
        return exc.response(_features(request))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        return error(
            422,
            "invalid_request",
            Text(Province.NOT_THE_PROTOCOL),
            [{"loc": list(e["loc"]), "msg": e["msg"]} for e in exc.errors()],
            features=_features(request),
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        known = HTTP_MESSAGES.get(exc.status_code)
        text = Text(known) if known else Text(Province.REQUEST_REFUSED, status=exc.status_code)
        # 405 keeps its Allow
        return error(exc.status_code, "http_error", text, str(exc.detail), exc.headers, _features(request))

    if files:
        add_file_routes(app, db, blobs_at(files), Spool(spool_for(files, spool)))
    else:

        @app.api_route(f"{PREFIX}/files/{{rest:path}}", methods=["GET", "PUT"], include_in_schema=False)
        async def no_files(rest: str) -> None:
            raise ApiError(503, "files_unavailable", Papers.FILES_UNCONFIGURED)

    @app.get("/health", response_model=Health, responses=ANY)
    async def health() -> Response:
        await db(store.ping)
        return answer(Health(server_time=_now()))

    @app.post(
        f"{PREFIX}/enrol",
        response_model=EnrolResponse,
        responses={**ANY, **BODY, 403: {**_ENVELOPE, "description": "The code is wrong, spent, expired or outdated"}},
    )
    async def enrol(request: Request, body: EnrolRequest) -> Response:
        try:
            code_hash = enrolment_codes.code_hash(key, body.code)
        except enrolment_code.OutdatedCode as exc:
            raise ApiError(403, "enrolment_code_outdated", exc.text) from exc
        except enrolment_code.BadCode as exc:
            raise ApiError(403, "bad_enrolment_code", exc.text) from exc
        address = request.client.host if request.client else ""
        token = secrets.token_urlsafe(32)
        found = await db(enrolment.enrol, code_hash, sha256(token), body.machine, address, body.unit_code)
        if isinstance(found, enrolment.Locked):
            log.warning(
                "enrolment refused from %s for unit %s: locked out (%s) until %s",
                address,
                body.unit_code,
                found.scope,
                found.until.isoformat(),
                extra={"address": address, "unit": body.unit_code},
            )
            raise too_many(
                (found.until - _now()).total_seconds(),
                Province.ENROLMENT_LOCKED,
                f"enrolment_{found.scope}",
                "enrolment_locked",
            )
        if isinstance(found, enrolment.Wrong):
            log.warning(
                "wrong enrolment code from %s for unit %s (%d from this address in %d minutes)%s",
                address,
                body.unit_code,
                found.failures,
                enrolment.WINDOW.seconds // 60,
                f"; enrolment locked for the {found.locked.scope}" if found.locked else "",
                extra={"address": address, "unit": body.unit_code, "failures": found.failures},
            )
            raise ApiError(403, "bad_enrolment_code", Province.BAD_ENROLMENT_CODE)
        log.info("desk %s enrolled from %r", found.id, body.machine, extra={"desk": found.id, "address": address})
        return answer(
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
        responses={**ANY, **BODY, **DESK, 409: {**_ENVELOPE, "description": "A gap, or two machines on one desk"}},
    )
    async def push_actions(request: Request, batch: PushRequest, me: Desk, refused: RefusedItems) -> Response:
        try:
            through, results = await db(push.apply_actions, me.id, me.unit_code, batch.actions, refused)
        except push.Gap as gap:
            raise ApiError(409, "gap", Province.GAP, {"expected_seq": gap.expected}) from gap
        except push.Fork as fork:
            raise ApiError(409, "desk_fork", Province.DESK_FORK, {"desk_seq": fork.args[0]}) from fork
        rejected = [r for r in results if r.outcome.value == "rejected"]
        log.info(
            "push from %s: %d actions, through %d, %d rejected",
            me.id,
            len(results),
            through,
            len(rejected),
            extra={"desk": me.id, "actions": len(results), "through": through, "rejected": len(rejected)},
        )
        return answer(PushResponse(server_time=_now(), applied_through=through, results=results), _features(request))

    @app.get(f"{PREFIX}/changes", response_model=ChangesPage, responses={**ANY, **DESK})
    async def changes(
        me: Desk,
        since: Annotated[int, Query(ge=0, le=MAX_SEQ)] = 0,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = MAX_PAGE,
    ) -> Response:
        return checked_json(await db(feed.page_json, me.unit_code, me.id, since, limit, _now()))

    @app.get(f"{PREFIX}/desk-state", response_model=DeskState, responses={**ANY, **DESK})
    async def desk_state(me: Desk) -> Response:
        return answer(
            DeskState(
                server_time=_now(),
                desk_id=me.id,
                last_desk_seq=me.last_seq,
                audit_through=await db(audit.through, me.id),
            )
        )

    @app.post(f"{PREFIX}/audit", response_model=AuditAck, responses={**ANY, **BODY, **DESK})
    async def audit_trail(batch: AuditPush, me: Desk) -> Response:
        held, broken = await db(audit.append, me.id, batch.entries)
        if broken is not None:
            log.warning("audit trail of %s breaks at row %d", me.id, broken, extra={"desk": me.id, "row": broken})
        return answer(AuditAck(server_time=_now(), through=held, broken_at=broken))

    @app.get(f"{PREFIX}/audit-history", response_model=AuditPage, responses={**ANY, **DESK})
    async def audit_history(
        me: Desk,
        since: Annotated[int, Query(ge=0, le=MAX_SEQ)] = 0,
        limit: Annotated[int, Query(ge=1, le=MAX_AUDIT_BATCH)] = MAX_AUDIT_BATCH,
    ) -> Response:
        entries, more = await db(audit.history, me.id, since, limit)
        return answer(AuditPage(server_time=_now(), entries=entries, has_more=more))

    @app.post(f"{PREFIX}/health-report", response_model=Health, responses={**ANY, **BODY, **DESK})
    async def health_report(report: DeskHealth, me: Desk) -> Response:
        await db(desk_health.record, me.id, report)
        return answer(Health(server_time=_now()))

    @app.get(f"{PREFIX}/desk-history", response_model=HistoryPage, responses={**ANY, **DESK})
    async def desk_history(
        me: Desk,
        since: Annotated[int, Query(ge=0, le=MAX_SEQ)] = 0,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = MAX_PAGE,
    ) -> Response:
        items, more = await db(feed.history, me.id, since, limit)
        return answer(HistoryPage(server_time=_now(), items=items, has_more=more))

    return app
