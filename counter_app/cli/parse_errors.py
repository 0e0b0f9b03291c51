"""argparse's own error messages in the command line's language: each English message argparse can write is matched
by its format, and said again with the same values in the chosen language; one it does not know stays as it is."""

from __future__ import annotations

import re
from collections.abc import Callable

from counter_core.foundation.messages import Helps

Say = Callable[..., str]  # (message, **its values) → its text in the chosen language

# argparse's formats (Python 3.11–3.13) and our message for each, its values named in the order they appear.
FORMATS: list[tuple[str, Helps, tuple[str, ...]]] = [
    ("argument %(argument_name)s: %(message)s", Helps.ARGUMENT, ("argument", "problem")),
    ("the following arguments are required: %s", Helps.REQUIRED, ("arguments",)),
    ("one of the arguments %s is required", Helps.ONE_REQUIRED, ("arguments",)),
    ("unrecognized arguments: %s", Helps.UNRECOGNIZED, ("arguments",)),
    ("invalid choice: %(value)r (choose from %(choices)s)", Helps.INVALID_CHOICE, ("value", "choices")),
    ("invalid %(type)s value: %(value)r", Helps.INVALID_VALUE, ("kind", "value")),
    ("expected one argument", Helps.EXPECTED_ONE, ()),
    ("expected at most one argument", Helps.EXPECTED_AT_MOST_ONE, ()),
    ("expected at least one argument", Helps.EXPECTED_AT_LEAST_ONE, ()),
    ("not allowed with argument %s", Helps.NOT_ALLOWED_WITH, ("argument",)),
    ("ambiguous option: %(option)s could match %(matches)s", Helps.AMBIGUOUS, ("option", "matches")),
    ("ignored explicit argument %r", Helps.IGNORED_EXPLICIT, ("value",)),
]
_PLACE = re.compile(r"%(?:\\\(\w+\\\))?[sr]")  # a placeholder of an escaped format: %s, %r, %(name)s, %(name)r


def _pattern(format_: str, names: tuple[str, ...]) -> re.Pattern[str]:
    escaped = re.escape(format_)
    pieces = _PLACE.split(escaped)
    body = pieces[0] + "".join(f"(?P<{name}>.+?){piece}" for name, piece in zip(names, pieces[1:], strict=True))
    return re.compile(f"{body}$", re.S)


_MATCHERS = [(_pattern(format_, names), msg) for format_, msg, names in FORMATS]


def translated(message: str, say: Say) -> str:
    """argparse's ``message`` in the language of ``say`` (an argument's problem too), or as it is if unknown."""
    for pattern, msg in _MATCHERS:
        found = pattern.match(message)
        if found:
            values = found.groupdict()
            if "problem" in values:
                values["problem"] = translated(values["problem"], say)
            return say(msg, **values)
    return message
