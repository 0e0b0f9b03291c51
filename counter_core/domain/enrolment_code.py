"""The one-time enrolment code of a desk: made by the province, typed (or scanned from its QR code) at the desk.

28 characters of Crockford's base32 (digits and capital letters without I, L, O, U) in 7 groups of 4, e.g.
``7KQ2-XW9D-…``: 26 random characters (130 bits, beyond guessing) and 2 check characters, so that a typing error
is caught at the desk before the code is sent. As typed, case, spaces and dashes do not matter, and the letters
people confuse with digits are read as them (I and L as 1, O as 0).
"""

from __future__ import annotations

import hashlib
import re
import secrets

from counter_core.foundation.errors import InvalidInput
from counter_core.foundation.messages import Setup
from counter_core.foundation.texts import Msg, Param

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RANDOM_CHARACTERS = 26  # 130 bits
CHECK_CHARACTERS = 2
LENGTH = RANDOM_CHARACTERS + CHECK_CHARACTERS
GROUP = 4
_READ_AS = str.maketrans({"I": "1", "L": "1", "O": "0"})
_SEPARATORS = re.compile(r"[\s\-_.]+")
_OLD_FORMAT = re.compile(r"[0-9A-F]{10}")  # the 40-bit hex codes of the first servers


class BadCode(InvalidInput):
    """A code that cannot be right as typed (length, a letter outside the alphabet, the check characters)."""

    def __init__(self, msg: Msg, /, **params: Param) -> None:
        super().__init__("code", msg, **params)


class OutdatedCode(BadCode):
    """A code of the first servers' format (10 hexadecimal characters): no longer accepted."""


def new_code() -> str:
    """A fresh code, grouped for people."""
    random = "".join(secrets.choice(ALPHABET) for _ in range(RANDOM_CHARACTERS))
    return grouped(random + _check(random))


def grouped(code: str) -> str:
    return "-".join(code[i : i + GROUP] for i in range(0, len(code), GROUP))


def split_scan(text: str) -> tuple[str | None, str]:
    """The server's address (None if there is none) and the code, from what was typed or scanned: the code alone,
    as the province's QR code holds it, or with the address before it (``https://… CODE``)."""
    words = text.split()
    address = next((w for w in words if w.lower().startswith(("https://", "http://"))), None)
    return address, " ".join(w for w in words if w != address)


def normalized(typed: str) -> str:
    """The code as it is kept (28 characters, no dashes), from what a person typed or a scanner read."""
    text = _SEPARATORS.sub("", typed).upper()
    if _OLD_FORMAT.fullmatch(text):
        raise OutdatedCode(Setup.ENROLMENT_CODE_OUTDATED)
    text = text.translate(_READ_AS)
    wrong = sorted({c for c in text if c not in ALPHABET})
    if wrong:
        raise BadCode(Setup.ENROLMENT_CODE_CHARACTERS, characters=", ".join(wrong))
    if len(text) != LENGTH:
        raise BadCode(Setup.ENROLMENT_CODE_LENGTH, length=LENGTH, typed=len(text))
    if _check(text[:RANDOM_CHARACTERS]) != text[RANDOM_CHARACTERS:]:
        raise BadCode(Setup.ENROLMENT_CODE_MISTYPED)
    return text


def _check(random: str) -> str:
    value = int.from_bytes(hashlib.sha256(random.encode()).digest()[:2], "big")
    return "".join(ALPHABET[(value >> (5 * i)) % 32] for i in reversed(range(CHECK_CHARACTERS)))
