"""Texts a person reads, by stable code: an enum member marks its English source for Qt's lupdate, and a ``Text``
is such a member with its parameters, shown in a language by whoever shows it (the window through Qt's
translator, the command line and the server through ``translations``), and sent over the wire as code + params.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import Enum
from string import Formatter

from counter_core.foundation.translations import DEFAULT_LANGUAGE, Translate, translator

Param = object  # str, int, float, a Text, or a list of them (shown joined by "; ")


def QT_TRANSLATE_NOOP(context: str, source: str) -> tuple[str, str]:  # the name lupdate looks for
    """Mark ``source`` for pyside6-lupdate, which extracts calls of this name, without importing Qt."""
    return context, source


class Msg(Enum):
    """Base of the enums of texts. A member's value is ``QT_TRANSLATE_NOOP(<its class name>, "English source")``;
    its code is ``<area>.<member>`` in lower case ("dossiers.not_found"). A code is what crosses the wire and
    what scripts match: a member that has shipped is never renamed."""

    _value_: tuple[str, str]

    @property
    def context(self) -> str:
        return self.value[0]

    @property
    def source(self) -> str:
        return self.value[1]

    @property
    def code(self) -> str:
        return f"{snake(type(self).__name__)}.{self.name.lower()}"

    def placeholders(self) -> set[str]:
        return placeholders(self.source)


def snake(name: str) -> str:
    """``CommandLine`` → ``command_line``."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def placeholders(text: str) -> set[str]:
    """The ``{names}`` a text is formatted with (``{{`` and ``}}`` are literal braces)."""
    return {name for _, name, _, _ in Formatter().parse(text) if name is not None}


class _Kept(dict[str, str]):
    """A missing parameter is shown as its placeholder rather than hiding the error being reported."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class Text:
    """A ``Msg`` with its parameters, not yet in any language."""

    __slots__ = ("msg", "params")

    def __init__(self, msg: Msg, /, **params: Param) -> None:
        if not isinstance(msg, Msg):
            raise TypeError(f"a text is made from a code (a Msg member), not {type(msg).__name__}")
        self.msg = msg
        self.params: Mapping[str, Param] = {key: _kept(value) for key, value in params.items()}

    @property
    def code(self) -> str:
        return self.msg.code

    def render(self, translate: Translate) -> str:
        """The text in the language of ``translate``; nested texts in the same language (with a capital when one
        starts the sentence: "{what} {path} is too large" with "calendar file")."""
        template = translate(self.msg.context, self.msg.source)
        values = {key: _shown(value, translate) for key, value in self.params.items()}
        first = re.match(r"\{(\w+)\}", template)
        if first and isinstance(self.params.get(first[1]), Text):  # a text that starts a sentence: a capital
            values[first[1]] = values[first[1]][:1].upper() + values[first[1]][1:]
        return template.format_map(_Kept(values))

    def in_language(self, language: str = DEFAULT_LANGUAGE) -> str:
        return self.render(translator(language))

    def to_json(self) -> dict[str, object]:
        """``{"code": …, "params": {…}}``, nested texts as the same shape (``messages.text_from_json`` reads it)."""
        return {"code": self.code, "params": {key: _json(value) for key, value in self.params.items()}}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Text) and (self.msg, dict(self.params)) == (other.msg, dict(other.params))

    def __hash__(self) -> int:
        return hash(self.msg)

    def __repr__(self) -> str:
        return f"Text({self.code}, {dict(self.params)!r})"


def _kept(value: object) -> Param:
    """A parameter as a Text keeps it: another error's text rather than the error; any other exception as its
    words (a parser's, in English); a list as a tuple."""
    text = getattr(value, "text", None)
    if isinstance(text, Text):
        return text
    if isinstance(value, BaseException):
        return str(value)
    if isinstance(value, list | tuple):
        return tuple(_kept(v) for v in value)
    return value


def _shown(value: Param, translate: Translate) -> str:
    if isinstance(value, Text):
        return value.render(translate)
    if isinstance(value, tuple):
        return "; ".join(_shown(v, translate) for v in value)
    return str(value)


def _json(value: Param) -> object:
    if isinstance(value, Text):
        return value.to_json()
    if isinstance(value, tuple):
        return [_json(v) for v in value]
    if value is None or isinstance(value, str | int | float):
        return value
    return str(value)
