"""Personal data kept out of log files: ID numbers (12-digit personal numbers, 9-digit CMND) and Vietnamese phone
numbers are masked in every message and field before a line is written, on the desk and on the server alike.

``038096001228`` → ``038*******28``, ``212163684`` → ``212****84``, ``0912345678`` → ``091*****78``,
``+84 912 345 678`` → ``+8491*****78``: enough of the number left for support to tell two apart, not to use one.
Names on public pages keep the family name and initials (``mask_name``).
"""

from __future__ import annotations

import logging
import re

_EDGE_BEFORE, _EDGE_AFTER = r"(?<![0-9A-Za-z+])", r"(?![0-9A-Za-z])"
_ID_NUMBER = re.compile(_EDGE_BEFORE + r"(\d{3})(\d{7}|\d{4})(\d{2})" + _EDGE_AFTER, re.ASCII)
_PHONE = re.compile(_EDGE_BEFORE + r"(\+84|0)((?:[ .\-]?\d){9,10})" + _EDGE_AFTER, re.ASCII)


def _phone(match: re.Match[str]) -> str:
    digits = re.sub(r"\D", "", match[2])
    return match[1] + digits[:2] + "*" * (len(digits) - 4) + digits[-2:]


def mask(text: str) -> str:
    """``text`` with every ID number and phone number in it masked."""
    text = _ID_NUMBER.sub(lambda m: m[1] + "*" * len(m[2]) + m[3], text)
    return _PHONE.sub(_phone, text)


def _masked(value: object) -> object:
    if isinstance(value, str):
        return mask(value)
    if isinstance(value, dict):
        return {k: _masked(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [_masked(v) for v in value]
    if value is None or isinstance(value, (bool, float)):
        return value
    text = str(value)
    hidden = mask(text)
    return value if hidden == text else hidden


# What every log record has; anything else on a record is a field given with ``extra=``.
RECORD_FIELDS = set(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"message", "asctime"}


class MaskPersonalData(logging.Filter):
    """A handler's filter: the record's message (with its arguments), its extra fields, its exception and its
    stack are masked in place, so whatever formatter writes the line sees no ID number or phone number."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a message whose arguments do not fit: write it as it was given, masked
            message = f"{record.msg} {record.args}"
        record.msg, record.args = mask(message), ()
        for key, value in list(vars(record).items()):
            if key not in RECORD_FIELDS:
                setattr(record, key, _masked(value))
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask(record.exc_text)
        if record.stack_info:
            record.stack_info = mask(record.stack_info)
        return True


def mask_name(full_name: str) -> str:
    """A name as a public page may show it: the family name and the initial of each other word,
    "Nguyễn Thị Hoa" → "Nguyễn T*** H***"."""
    family, *others = full_name.split() or [""]
    return " ".join([family, *(f"{word[0]}***" for word in others)])
