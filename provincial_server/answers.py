"""The server's answers: a protocol message as it is, or the protocol's one error envelope (a stable code, a message
for people in Vietnamese, a detail), with the headers an error needs (``Retry-After``, ``Allow``)."""

from __future__ import annotations

from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel

from counter_core.protocol import ErrorBody, ErrorEnvelope


class ApiError(Exception):
    def __init__(
        self, status: int, code: str, message: str, detail: object = None, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.detail = status, code, message, detail
        self.headers = headers or {}

    def response(self) -> JSONResponse:
        return error(self.status, self.code, self.message, self.detail, self.headers)


def answer(message: BaseModel) -> Response:
    """A protocol answer already built and checked by its model: sent as it is, not validated a second time."""
    return Response(message.model_dump_json(), media_type="application/json")


def error(
    status: int, code: str, message: str, detail: object = None, headers: dict[str, str] | None = None
) -> JSONResponse:
    body = ErrorEnvelope(error=ErrorBody(code=code, message=message, detail=detail))
    return JSONResponse(body.model_dump(mode="json"), status_code=status, headers=headers)
