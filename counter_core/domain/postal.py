"""Postal item codes (UPU S10, as VNPost prints them) and telling a scanned code's kind (§5.3).

An item code is two letters (the service), an 8-digit serial, a check digit and the two-letter country:
``EE123456785VN``. The check digit weighs the serial's digits 8 6 4 2 3 5 9 7; it is 11 minus the sum
modulo 11, where 10 gives 0 and 11 gives 5. A code of that shape whose check digit is wrong was misread
(or mistyped) and is never taken for another.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from counter_core.domain.codes import DossierCode
from counter_core.foundation.errors import InvalidInput
from counter_core.foundation.messages import Postal

WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)
_ITEM = re.compile(r"^(?P<service>[A-Z]{2})(?P<serial>[0-9]{8})(?P<check>[0-9])(?P<country>[A-Z]{2})$")


def check_digit(serial: str) -> int:
    """The S10 check digit of an 8-digit serial number."""
    if not re.fullmatch(r"[0-9]{8}", serial):
        raise ValueError("an S10 serial number has 8 digits")
    check = 11 - sum(int(d) * w for d, w in zip(serial, WEIGHTS)) % 11
    return {10: 0, 11: 5}.get(check, check)


def parse_item_code(text: str) -> str:
    """The item code in canonical form (upper case, no spaces), or InvalidInput saying what is wrong."""
    code = re.sub(r"\s", "", text).upper()
    match = _ITEM.match(code)
    if not match:
        raise InvalidInput("item_code", Postal.ITEM_CODE_FORM, text=text.strip())
    if int(match["check"]) != check_digit(match["serial"]):
        raise InvalidInput("item_code", Postal.CHECK_DIGIT_WRONG, code=code)
    return code


class CodeKind(Enum):
    DOSSIER = "dossier"
    ITEM = "item"
    BAD_ITEM = "bad_item"  # an item code's shape with a wrong check digit
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Scanned:
    """What one scan is: ``code`` is the canonical dossier or item code, or the text as typed."""

    text: str
    kind: CodeKind
    code: str
    unit_code: str = ""  # a dossier code's unit

    @classmethod
    def of(cls, text: str) -> Scanned:
        text = text.strip()
        try:
            return cls(text, CodeKind.ITEM, parse_item_code(text))
        except InvalidInput:
            pass
        compact = re.sub(r"\s", "", text).upper()
        if _ITEM.match(compact):
            return cls(text, CodeKind.BAD_ITEM, compact)
        try:
            dossier = DossierCode.parse(text)
        except InvalidInput:
            return cls(text, CodeKind.UNKNOWN, text)
        return cls(text, CodeKind.DOSSIER, str(dossier), dossier.unit_code)
