"""How the command line prints: a result as JSON with ``--json``, else its text in the chosen language."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date, datetime

from counter_core.foundation.formatting import day, moment
from counter_core.foundation.texts import Text


def out(args: argparse.Namespace, data: object, text: str | Text | Callable[[], str | Text]) -> None:
    """``data`` as JSON with ``--json``, else ``text`` (made only then) in the chosen language."""
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2, default=lambda value: said(value, args.language)))
    else:
        print(said(text() if callable(text) else text, args.language))


def said(value: object, language: str) -> str:
    """A message of a result (a ``Text``) in the chosen language; anything else as it prints."""
    return value.in_language(language) if isinstance(value, Text) else str(value)


def said_lines(language: str, *lines: object) -> str:
    """Lines (texts or plain values) in ``language``, one under the other."""
    return "\n".join(said(line, language) for line in lines)


def day_of(value: str) -> str:
    """An ISO date (or the date of an ISO moment) as dd/mm/yyyy."""
    return day(date.fromisoformat(value[:10]))


def moment_of(value: str | None) -> str:
    """An ISO moment as HH:MM dd/mm/yyyy, or "—"."""
    return moment(datetime.fromisoformat(value)) if value else "—"
