"""Reading the JSON files people hand to the desk (catalogs, calendars, dossiers) with a clear message.

UTF-8, with or without the byte-order mark Windows editors write. Strict JSON only: no NaN or Infinity, no number
too big for a float (1e400), nesting only as deep as Python's parser goes, and no file bigger than ``MAX_BYTES``
(a province's whole catalog is a few megabytes).
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from counter_core.foundation.errors import InvalidInput

MAX_BYTES = 50 * 1024 * 1024


def _finite(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise ValueError(f"số {text} quá lớn")
    return number


def _constant(name: str) -> float:
    raise ValueError(f"{name} không phải một số JSON")


def read_json(path: Path | str, field: str, what: str) -> object:
    """The parsed content of ``path``; ``what`` names the file in the Vietnamese message ("tệp lịch")."""
    try:
        if Path(path).stat().st_size > MAX_BYTES:
            raise InvalidInput(field, f"{what.capitalize()} {path} quá lớn (tối đa {MAX_BYTES // 1024 // 1024} MB).")
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InvalidInput(field, f"Không đọc được {what} {path}: {exc}") from exc
    return parse_json(data, field, what, str(path))


def parse_json(data: bytes, field: str, what: str, name: str) -> object:
    """The parsed content of a file's bytes (an upload, say); ``name`` names it in the message."""
    if len(data) > MAX_BYTES:
        raise InvalidInput(field, f"{what.capitalize()} {name} quá lớn (tối đa {MAX_BYTES // 1024 // 1024} MB).")
    try:
        return json.loads(data.decode("utf-8-sig"), parse_float=_finite, parse_constant=_constant)
    except RecursionError as exc:
        raise InvalidInput(field, f"Không đọc được {what} {name}: dữ liệu lồng nhau quá sâu.") from exc
    except (UnicodeDecodeError, ValueError) as exc:  # json.JSONDecodeError is a ValueError
        raise InvalidInput(field, f"Không đọc được {what} {name}: {exc}") from exc
