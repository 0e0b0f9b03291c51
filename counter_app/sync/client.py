"""The desk's HTTP client for the provincial server: requests, gzip-compressed pushes, and answers checked
against the protocol (a 200 that is not protocol JSON — a captive portal's page — is a network failure).

A server that asks the desk to slow down (429 with ``Retry-After``) is obeyed: a wait of up to ``MAX_WAIT`` seconds is
waited here and the request sent again (pushes are idempotent), a longer one ends the run with ``retry_after`` for
the scheduler, which plans nothing sooner.

The server's TLS certificate is always verified: against the system's trusted authorities, or against the
province's own CA bundle when the desk was given one (``ca_bundle``). A certificate that does not verify stops
the sync with a message saying so; nothing is sent.
"""

from __future__ import annotations

import gzip
import json
import ssl
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any, TypeVar

import requests
from pydantic import BaseModel, TypeAdapter, ValidationError
from pydantic_core import from_json

from counter_core.foundation.errors import CounterError
from counter_core.foundation.jsontypes import JsonObject
from counter_core.foundation.messages import Papers, Sync, text_from_json
from counter_core.foundation.texts import Msg, Param, Text
from counter_core.protocol import (
    FEATURES_HEADER,
    MESSAGE_CODES,
    PREFIX,
    REQUEST_ID_HEADER,
    AuditAck,
    AuditPage,
    AuditPush,
    Change,
    ChangesPage,
    DeskHealth,
    DeskState,
    DossierSnapshot,
    EnrolRequest,
    EnrolResponse,
    ErrorBody,
    ErrorEnvelope,
    FileState,
    Health,
    HistoryPage,
    PushRequest,
    PushResponse,
)

TIMEOUT = (5, 30)  # seconds to connect, to read
M = TypeVar("M", bound=BaseModel)
_CHANGE: TypeAdapter[Change] = TypeAdapter(Change)
MAX_WAIT = 10.0  # seconds of a server's Retry-After waited within a run; a longer wait ends the run
WAITS = 3  # at most this many waits for one request


class SyncError(CounterError):
    """Sync could not be done now; ``retry`` tells whether trying again later can help, and ``retry_after`` how many
    seconds the server asked the desk to wait first (429)."""

    kind = "sync_error"

    def __init__(
        self,
        msg: Msg | Text,
        /,
        retry: bool = True,
        server_code: str | None = None,
        retry_after: float | None = None,
        **params: Param,
    ) -> None:
        super().__init__(msg, **params)
        self.retry = retry
        self.server_code = server_code
        self.retry_after = retry_after


Answer = TypeVar("Answer", bound=BaseModel)  # the message a call reads back


class Client:
    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        session: requests.Session | None = None,
        timeout: tuple[float, float] = TIMEOUT,
        ca_bundle: str | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.sleep = sleep
        self.timeout = timeout
        self.verify: str | bool = ca_bundle or True  # given with every request: nothing can turn it off
        self.token = token
        self.session = session or requests.Session()
        self.server_time: datetime | None = None

    def enrol(self, code: str, machine: str, unit_code: str | None = None) -> EnrolResponse:
        request = EnrolRequest(code=code, machine=machine, unit_code=unit_code)
        return self._call("POST", "/enrol", EnrolResponse, json=request.model_dump(mode="json"))

    def push(self, batch: PushRequest | JsonObject) -> PushResponse:
        """Send a batch: checked actions, or (a dict) one holding actions the protocol refuses, for the server to
        set them aside one by one."""
        return self._post_gzip("/push", batch, PushResponse)

    def push_audit(self, batch: AuditPush) -> AuditAck:
        return self._post_gzip("/audit", batch, AuditAck)

    def audit_history(self, since: int) -> AuditPage:
        return self._call("GET", "/audit-history", AuditPage, params={"since": since})

    def _post_gzip(self, path: str, message: BaseModel | JsonObject, answer: type[Answer]) -> Answer:
        # A dict may hold texts that are not Unicode (a lone surrogate): written as escapes, the JSON stays valid.
        text = message.model_dump_json() if isinstance(message, BaseModel) else json.dumps(message)
        body = gzip.compress(text.encode(), compresslevel=6)
        return self._call(
            "POST", path, answer, data=body, headers={"Content-Type": "application/json", "Content-Encoding": "gzip"}
        )

    def changes(self, since: int, limit: int | None = None) -> ChangesPage:
        """The feed after ``since``: at most ``limit`` changes (the server's page if not given)."""
        params = {"since": since} if limit is None else {"since": since, "limit": limit}
        return self._call("GET", "/changes", ChangesPage, params=params)

    def report_health(self, health: DeskHealth) -> Health:
        return self._post_gzip("/health-report", health, Health)

    def desk_state(self) -> DeskState:
        return self._call("GET", "/desk-state", DeskState)

    def history(self, since: int) -> HistoryPage:
        return self._call("GET", "/desk-history", HistoryPage, params={"since": since})

    def file_state(self, sha256: str) -> FileState:
        return self._call("GET", f"/files/{sha256}/state", FileState)

    def send_file_chunk(self, sha256: str, offset: int, body: Any) -> FileState:
        """Send bytes of a file from ``offset``; ``body`` is bytes, or a file-like object with a length."""
        return self._call(
            "PUT",
            f"/files/{sha256}",
            FileState,
            params={"offset": offset},
            data=body,
            headers={"Content-Type": "application/octet-stream"},
        )

    def file_chunks(self, sha256: str) -> Iterator[bytes]:
        """A file of the unit's dossiers, as the province holds it (checked by the caller against its hash)."""
        response = self._request("GET", f"/files/{sha256}", stream=True)
        if response.status_code != 200:
            self._answer(response, FileState)
        try:
            yield from response.iter_content(64 * 1024)
        except requests.RequestException as exc:
            raise SyncError(Papers.DOWNLOAD_CUT) from exc
        finally:
            response.close()

    def _call(self, method: str, path: str, answer: type[Answer], **kwargs: Any) -> Answer:
        for _ in range(WAITS):
            try:
                return self._once(method, path, answer, **kwargs)
            except SyncError as exc:
                if exc.retry_after is None or exc.retry_after > MAX_WAIT:
                    raise
                self.sleep(exc.retry_after)
                body = kwargs.get("data")
                if body is not None and hasattr(body, "seek"):  # a chunk read as it goes: sent again from its start
                    body.seek(0)
        return self._once(method, path, answer, **kwargs)

    def _once(self, method: str, path: str, answer: type[Answer], **kwargs: Any) -> Answer:
        return self._answer(self._request(method, path, **kwargs), answer)

    def _request(
        self, method: str, path: str, headers: dict[str, str] | None = None, **kwargs: Any
    ) -> requests.Response:
        headers = {**(headers or {}), REQUEST_ID_HEADER: uuid.uuid4().hex, FEATURES_HEADER: MESSAGE_CODES}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        try:
            response = self.session.request(
                method,
                f"{self.base_url}{PREFIX}{path}",
                headers=headers,
                timeout=self.timeout,
                verify=self.verify,
                **kwargs,
            )
        except requests.exceptions.SSLError as exc:
            if not _certificate_refused(exc):
                raise SyncError(Sync.TLS_CUT) from exc
            raise SyncError(Sync.CERTIFICATE_REFUSED, retry=False, server_code="certificate") from exc
        except requests.RequestException as exc:
            raise SyncError(Sync.UNREACHABLE, error=type(exc).__name__) from exc
        return response

    def _answer(self, response: requests.Response, answer: type[Answer]) -> Answer:
        retry = response.status_code >= 500 or response.status_code in (408, 409, 429)
        try:
            if response.status_code == 200:
                parsed = read(answer, response.content)
                self.server_time = getattr(parsed, "server_time", None)
                return parsed
            envelope = ErrorEnvelope.model_validate_json(response.content)
        except ValidationError:
            if response.status_code == 200:
                raise SyncError(Sync.NOT_PROTOCOL) from None
            raise SyncError(
                Sync.HTTP_ERROR_RETRY if retry else Sync.HTTP_ERROR,
                retry=retry,
                retry_after=_retry_after(response),
                status=response.status_code,
            ) from None
        raise SyncError(
            said(envelope.error), retry=retry, server_code=envelope.error.code, retry_after=_retry_after(response)
        )


def said(error: ErrorBody) -> Text:
    """What the server's error says, in the desk's language when the server sent its code (``message_code``), in
    the server's Vietnamese words when it did not or the code is unknown here (an older or newer server)."""
    return text_from_json({"code": error.message_code, "params": error.message_params}) or Text(
        Sync.SERVER_SAID, message=error.message
    )


def _retry_after(response: requests.Response) -> float | None:
    """The seconds a 429 or a 503 asks to wait (``Retry-After`` in seconds; a date or nothing on a 429: a minute)."""
    if response.status_code not in (429, 503):
        return None
    try:
        return max(0.0, float(response.headers.get("Retry-After", "")))
    except ValueError:
        return 60.0 if response.status_code == 429 else None


def read(answer: type[M], body: bytes) -> M:
    """The protocol's ``answer`` in ``body``. A page of changes is checked change by change: checking a whole page in
    one call holds Python's interpreter lock until it is done, and the window's thread waits that long
    (bench/ui_stall.py)."""
    if answer is not ChangesPage:
        return answer.model_validate_json(body)
    try:
        page = from_json(body)  # pydantic's own JSON reader: what model_validate_json accepts, as Python values
    except ValueError:
        return answer.model_validate_json(body)  # not JSON (a captive portal's page): the same ValidationError
    if isinstance(page, dict):
        for key, check in (("changes", _CHANGE.validate_python), ("dossiers", DossierSnapshot.model_validate)):
            if isinstance(page.get(key), list):
                page[key] = [check(item) for item in page[key]]
    return answer.model_validate(page)


def _certificate_refused(exc: BaseException) -> bool:
    """Whether the TLS error behind ``exc`` is a certificate that did not verify (not a cut connection)."""
    seen: set[int] = set()
    pending: list[object] = [exc]
    while pending:
        error = pending.pop()
        if not isinstance(error, BaseException) or id(error) in seen:
            continue
        if isinstance(error, ssl.SSLCertVerificationError):
            return True
        seen.add(id(error))
        pending += [error.__cause__, error.__context__, getattr(error, "reason", None), *error.args]
    return False
