"""The fields of documents read from files and the network (catalogs, calendars, dossiers), strictly.

A whole number is a JSON integer, a float with no fraction, or ASCII digits, within bounds; never a boolean, a
fraction, infinity, NaN or digits of another script. A text is a JSON string (absent: empty), stored in NFC
without control or format characters.
"""

from __future__ import annotations

import math
import re

from counter_core.foundation.errors import Problem
from counter_core.foundation.jsontypes import JsonObject
from counter_core.foundation.messages import Values
from counter_core.foundation.text import nfc


def whole(value: object, low: int, high: int) -> int:
    """``value`` as an int from ``low`` to ``high``; a ValueError (``Problem``) saying why not otherwise."""
    if isinstance(value, bool):
        number = None
    elif isinstance(value, int):
        number = value
    elif (isinstance(value, float) and math.isfinite(value) and value.is_integer()) or (
        isinstance(value, str) and re.fullmatch(r"\s*[-+]?[0-9]{1,18}\s*", value)
    ):
        number = int(value)
    else:
        number = None
    if number is None:
        raise Problem(Values.NOT_A_WHOLE_NUMBER, value=repr(str(value)[:40]))
    if not low <= number <= high:
        raise Problem(Values.OUT_OF_RANGE, number=number, low=low, high=high)
    return number


def text(data: JsonObject, key: str) -> str:
    """``data[key]`` as clean text ("" if absent or null); a ValueError (``Problem``) if it is not a string."""
    value = data.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise Problem(Values.NOT_A_STRING, key=key)
    return nfc(value)
