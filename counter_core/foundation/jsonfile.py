"""Reading the JSON files people hand to the desk (catalogs, calendars, dossiers) with a clear message.

UTF-8, with or without the byte-order mark Windows editors write. Strict JSON only: no NaN or Infinity, no number
too big for a float (1e400), nesting only as deep as Python's parser goes, and no file bigger than ``MAX_BYTES``
(a province's whole catalog is a few megabytes).
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from counter_core.foundation.errors import InvalidInput, Problem
from counter_core.foundation.messages import Files, Values
from counter_core.foundation.texts import Msg, Text

MAX_BYTES = 50 * 1024 * 1024


def _finite(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise Problem(Values.NUMBER_TOO_LARGE, number=text)
    return number


def _constant(name: str) -> float:
    raise Problem(Values.NOT_A_JSON_NUMBER, name=name)


def read_json(path: Path | str, field: str, what: Msg) -> object:
    """The parsed content of ``path``; ``what`` names the file in the message (``Files.CALENDAR_FILE``)."""
    kind = Text(what)
    try:
        if Path(path).stat().st_size > MAX_BYTES:
            raise InvalidInput(field, Files.TOO_LARGE, what=kind, path=str(path), megabytes=MAX_BYTES // 1024 // 1024)
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InvalidInput(field, Files.UNREADABLE, what=kind, path=str(path), reason=exc) from exc
    return parse_json(data, field, what, str(path))


def parse_json(data: bytes, field: str, what: Msg, name: str) -> object:
    """The parsed content of a file's bytes (an upload, say); ``name`` names it in the message."""
    kind = Text(what)
    if len(data) > MAX_BYTES:
        raise InvalidInput(field, Files.TOO_LARGE, what=kind, path=name, megabytes=MAX_BYTES // 1024 // 1024)
    try:
        return json.loads(data.decode("utf-8-sig"), parse_float=_finite, parse_constant=_constant)
    except RecursionError as exc:
        raise InvalidInput(field, Files.TOO_DEEP, what=kind, path=name) from exc
    except (UnicodeDecodeError, ValueError) as exc:  # json.JSONDecodeError is a ValueError
        raise InvalidInput(field, Files.UNREADABLE, what=kind, path=name, reason=exc) from exc
