"""Errors a user or a script can act on: each carries a ``Text`` (a stable code and its parameters, see ``texts``);
whoever shows it chooses the language. Anything else that escapes is a bug, logged with its traceback."""

from __future__ import annotations

from collections.abc import Mapping

from counter_core.foundation.messages import Values
from counter_core.foundation.texts import Msg, Param, Text
from counter_core.foundation.translations import DEFAULT_LANGUAGE, Translate


def _text(msg: Msg | Text, params: dict[str, Param]) -> Text:
    if isinstance(msg, Text) and not params:  # made already (read from the wire)
        return msg
    if not isinstance(msg, Msg):
        raise TypeError(f"an error's text is a code (a Msg member), not {type(msg).__name__}")
    return Text(msg, **params)


class CounterError(Exception):
    """Base of the errors the application expects; ``kind`` says which (an API answers with its status)."""

    kind = "error"

    def __init__(self, msg: Msg | Text, /, **params: Param) -> None:
        self.text = _text(msg, params)
        super().__init__(self.text)

    @property
    def code(self) -> str:
        return self.text.code

    @property
    def params(self) -> Mapping[str, Param]:
        return self.text.params

    def render(self, translate: Translate) -> str:
        return self.text.render(translate)

    def in_language(self, language: str = DEFAULT_LANGUAGE) -> str:
        return self.text.in_language(language)

    @property
    def message(self) -> str:
        """In Vietnamese, the language of the counter, of the log and of what old desks read on the wire."""
        return self.in_language()

    def __str__(self) -> str:
        return self.message

    def to_json(self, language: str = DEFAULT_LANGUAGE) -> dict[str, object]:
        return {"error": self.kind, **self.text.to_json(), "message": self.in_language(language)}


class InvalidInput(CounterError):
    """A field a person typed or a file they imported is not acceptable; nothing was saved."""

    kind = "invalid_input"

    def __init__(self, field: str, msg: Msg | Text, /, **params: Param) -> None:
        super().__init__(msg, **params)
        self.field = field

    def to_json(self, language: str = DEFAULT_LANGUAGE) -> dict[str, object]:
        return {**super().to_json(language), "field": self.field}


class InvalidDossier(InvalidInput):
    """Several fields of one dossier are wrong at once; ``problems`` maps field → what is wrong with it."""

    def __init__(self, problems: Mapping[str, Text]) -> None:
        self.problems = dict(problems)
        lines = [Text(Values.FIELD_PROBLEM, field=f, problem=p) for f, p in self.problems.items()]
        super().__init__(next(iter(self.problems)), Values.INVALID_DOSSIER, problems=lines)

    def to_json(self, language: str = DEFAULT_LANGUAGE) -> dict[str, object]:
        problems = {f: p.in_language(language) for f, p in self.problems.items()}
        return {**super().to_json(language), "problems": problems}


class NotFound(CounterError):
    kind = "not_found"


class NotAllowed(CounterError):
    """The action is not allowed now: a status transition out of order, or a role without the right."""

    kind = "not_allowed"


class NotConfigured(CounterError):
    """The desk has not been set up yet (``counter-app init``)."""

    kind = "not_configured"


class Unavailable(CounterError):
    """The computer or the network stopped the action, not the program nor the person (a full disk, a locked
    database, no network): nothing was lost, and trying again later can help."""

    kind = "unavailable"


class Problem(ValueError):
    """A ValueError whose reason is a ``Text``: what a parser of one field says, for the caller to put in its
    own error (``InvalidInput(..., reason=exc)``)."""

    def __init__(self, msg: Msg, /, **params: Param) -> None:
        self.text = Text(msg, **params)
        super().__init__(self.text)

    def __str__(self) -> str:
        return self.text.in_language()
