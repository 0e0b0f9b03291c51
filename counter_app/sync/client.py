"""The desk's HTTP client for the provincial server: requests, gzip-compressed pushes, and answers checked
against the protocol (a 200 that is not protocol JSON — a captive portal's page — is a network failure).

The server's TLS certificate is always verified: against the system's trusted authorities, or against the
province's own CA bundle when the desk was given one (``ca_bundle``). A certificate that does not verify stops
the sync with a message saying so; nothing is sent.
"""

from __future__ import annotations

import gzip
import ssl
import uuid
from datetime import datetime

import requests
from pydantic import BaseModel, ValidationError

from counter_core.foundation.errors import CounterError
from counter_core.foundation.messages import Sync, text_from_json
from counter_core.foundation.texts import Msg, Param, Text
from counter_core.protocol import (
    FEATURES_HEADER,
    MESSAGE_CODES,
    PREFIX,
    REQUEST_ID_HEADER,
    AuditAck,
    AuditPage,
    AuditPush,
    ChangesPage,
    DeskState,
    EnrolRequest,
    EnrolResponse,
    ErrorBody,
    ErrorEnvelope,
    HistoryPage,
    PushRequest,
    PushResponse,
)

TIMEOUT = (5, 30)  # seconds to connect, to read


class SyncError(CounterError):
    """Sync could not be done now; ``retry`` tells whether trying again later can help."""

    kind = "sync_error"

    def __init__(self, msg: Msg | Text, /, retry: bool = True, server_code: str | None = None, **params: Param) -> None:
        super().__init__(msg, **params)
        self.retry = retry
        self.server_code = server_code


class Client:
    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        session: requests.Session | None = None,
        timeout: tuple[float, float] = TIMEOUT,
        ca_bundle: str | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.verify: str | bool = ca_bundle or True  # given with every request: nothing can turn it off
        self.token = token
        self.session = session or requests.Session()
        self.server_time: datetime | None = None

    def enrol(self, code: str, machine: str) -> EnrolResponse:
        return self._call(
            "POST", "/enrol", EnrolResponse, json=EnrolRequest(code=code, machine=machine).model_dump(mode="json")
        )

    def push(self, batch: PushRequest) -> PushResponse:
        return self._post_gzip("/push", batch, PushResponse)

    def push_audit(self, batch: AuditPush) -> AuditAck:
        return self._post_gzip("/audit", batch, AuditAck)

    def audit_history(self, since: int) -> AuditPage:
        return self._call("GET", "/audit-history", AuditPage, params={"since": since})

    def _post_gzip(self, path: str, message: BaseModel, answer: type[BaseModel]):
        body = gzip.compress(message.model_dump_json().encode(), compresslevel=6)
        return self._call(
            "POST", path, answer, data=body, headers={"Content-Type": "application/json", "Content-Encoding": "gzip"}
        )

    def changes(self, since: int) -> ChangesPage:
        return self._call("GET", "/changes", ChangesPage, params={"since": since})

    def desk_state(self) -> DeskState:
        return self._call("GET", "/desk-state", DeskState)

    def history(self, since: int) -> HistoryPage:
        return self._call("GET", "/desk-history", HistoryPage, params={"since": since})

    def _call(self, method: str, path: str, answer: type[BaseModel], **kwargs):
        headers = {**kwargs.pop("headers", {}), REQUEST_ID_HEADER: uuid.uuid4().hex, FEATURES_HEADER: MESSAGE_CODES}
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
        retry = response.status_code >= 500 or response.status_code in (408, 409, 429)
        try:
            if response.status_code == 200:
                parsed = answer.model_validate_json(response.content)
                self.server_time = getattr(parsed, "server_time", None)
                return parsed
            envelope = ErrorEnvelope.model_validate_json(response.content)
        except ValidationError:
            if response.status_code == 200:
                raise SyncError(Sync.NOT_PROTOCOL) from None
            raise SyncError(
                Sync.HTTP_ERROR_RETRY if retry else Sync.HTTP_ERROR, retry=retry, status=response.status_code
            ) from None
        raise SyncError(said(envelope.error), retry=retry, server_code=envelope.error.code)


def said(error: ErrorBody) -> Text:
    """What the server's error says, in the desk's language when the server sent its code (``message_code``), in
    the server's Vietnamese words when it did not or the code is unknown here (an older or newer server)."""
    return text_from_json({"code": error.message_code, "params": error.message_params}) or Text(
        Sync.SERVER_SAID, message=error.message
    )


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
