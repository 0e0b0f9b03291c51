"""Errors a user or a script can act on, each with a stable code and a Vietnamese message."""

from __future__ import annotations


class CounterError(Exception):
    """Base of the errors the application expects; anything else is a bug."""

    code = "error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def to_json(self) -> dict[str, object]:
        return {"error": self.code, "message": self.message}


class InvalidInput(CounterError):
    """A field a person typed or a file they imported is not acceptable; nothing was saved."""

    code = "invalid_input"

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field

    def to_json(self) -> dict[str, object]:
        return {**super().to_json(), "field": self.field}


class InvalidDossier(InvalidInput):
    """Several fields of one dossier are wrong at once; ``problems`` maps field → message."""

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = problems
        lines = "; ".join(f"{f}: {m}" for f, m in problems.items())
        super().__init__(next(iter(problems)), f"Hồ sơ chưa hợp lệ — {lines}")

    def to_json(self) -> dict[str, object]:
        return {**super().to_json(), "problems": self.problems}


class NotFound(CounterError):
    code = "not_found"


class NotAllowed(CounterError):
    """The action is not allowed now: a status transition out of order, or a role without the right."""

    code = "not_allowed"


class NotConfigured(CounterError):
    """The desk has not been set up yet (``counter-app init``)."""

    code = "not_configured"
