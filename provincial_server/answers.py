"""The server's answers: a protocol message as it is, or the protocol's one error envelope (a stable code, the text
for people in Vietnamese with its own code and parameters for desks that show it in their language, a detail), with
the headers an error needs (``Retry-After``, ``Allow``). What a desk gets depends on the features it announces
(``FEATURES_HEADER``): a desk of the first release does not get the fields added since."""

from __future__ import annotations

from fastapi.responses import Response
from pydantic import BaseModel

from counter_core.foundation.texts import Msg, Param, Text
from counter_core.protocol import ErrorBody, ErrorEnvelope, for_desk


class ApiError(Exception):
    """An answer in the error envelope: its HTTP status, the protocol's code (what a desk acts on: ``gap``,
    ``desk_revoked``, ``rate_limited`` …) and its text (``Province``: what a person reads)."""

    def __init__(
        self,
        status: int,
        code: str,
        msg: Msg | Text,
        detail: object = None,
        headers: dict[str, str] | None = None,
        **params: Param,
    ) -> None:
        self.text = msg if isinstance(msg, Text) else Text(msg, **params)
        super().__init__(self.text.in_language())
        self.status, self.code, self.detail = status, code, detail
        self.headers = headers or {}

    @property
    def message(self) -> str:
        return self.text.in_language()

    def response(self, features: str = "") -> Response:
        return error(self.status, self.code, self.text, self.detail, self.headers, features)


def answer(message: BaseModel, features: str = "") -> Response:
    """A protocol answer already built and checked by its model: sent as it is, not validated a second time, with
    only the fields the desk's ``features`` say it reads."""
    return Response(for_desk(message, features), media_type="application/json")


def checked_json(text: str) -> Response:
    """A protocol answer as JSON text its model has checked as it stands (``feed.page_json``): sent as it is."""
    return Response(text, media_type="application/json")


def error(
    status: int,
    code: str,
    text: Text,
    detail: object = None,
    headers: dict[str, str] | None = None,
    features: str = "",
) -> Response:
    wire = text.to_json()
    body = ErrorBody(
        code=code,
        message=text.in_language(),
        detail=detail,
        message_code=wire["code"],
        message_params=wire["params"],
    )
    envelope = for_desk(ErrorEnvelope(error=body), features)
    return Response(envelope, status_code=status, headers=headers, media_type="application/json")
