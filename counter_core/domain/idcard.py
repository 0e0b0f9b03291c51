"""The QR code of the chip ID card (CCCD / thẻ căn cước) as a 2D scanner types it (§6.2).

``<12-digit number>|<old 9-digit number or empty>|<full name>|<DDMMYYYY birth>|<Nam/Nữ>|<address>|<DDMMYYYY issue>``
Cards issued since 2024 add empty trailing fields; scanners may add ``\\x00``, CR/LF, or type the
payload twice. The last complete payload in the text wins. Numbers and dates are ASCII digits only, a birth date
is from 1900 on and not after the issue date; control and format characters in the name and address are dropped;
text longer than any card's payload is refused at once.

A readable card whose ID number disagrees with its own birth date or gender is read as it is, with warnings
naming the field to check (``citizen_id.id_warnings``): never refused.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date, datetime

from counter_core.domain.citizen_id import FEMALE, MALE, IdWarning, id_warnings
from counter_core.foundation.errors import InvalidInput
from counter_core.foundation.jsontypes import JsonObject
from counter_core.foundation.messages import Identity
from counter_core.foundation.text import nfc
from counter_core.foundation.translations import DEFAULT_LANGUAGE

_START = re.compile(r"[0-9]{12}\|")
MAX_TEXT = 4096  # characters: a card's payload is a few hundred, typed twice at most


@dataclass(frozen=True)
class IdCard:
    id_number: str
    old_id_number: str
    full_name: str
    birth_date: date
    gender: str
    address: str
    issued_on: date | None
    warnings: tuple[IdWarning, ...] = ()

    def to_json(self, language: str = DEFAULT_LANGUAGE) -> JsonObject:
        data = asdict(self)
        data["birth_date"] = self.birth_date.isoformat()
        data["issued_on"] = self.issued_on.isoformat() if self.issued_on else None
        data["warnings"] = [{"field": w.field, "message": w.message.in_language(language)} for w in self.warnings]
        return data


def _ddmmyyyy(text: str) -> date:
    if not re.fullmatch(r"[0-9]{8}", text):
        raise ValueError("not a DDMMYYYY date")
    return datetime.strptime(text, "%d%m%Y").date()


def _parse_one(text: str, today: date | None) -> IdCard:
    fields = [f.strip() for f in text.split("|")]
    if len(fields) < 7:
        raise ValueError("fewer than 7 fields")
    number, old, name, born, gender, address, issued = fields[:7]
    if not re.fullmatch(r"[0-9]{12}", number) or (old and not re.fullmatch(r"[0-9]{9}|[0-9]{12}", old)):
        raise ValueError("bad number")
    gender = nfc(gender)
    if gender.lower() not in (MALE.lower(), FEMALE.lower()):
        raise ValueError("bad gender")
    name = nfc(name)
    if not any(c.isalpha() for c in name):
        raise ValueError("no name")
    birth_date = _ddmmyyyy(born)
    # The issue date is the last fixed field: a second payload typed right after it starts with digits.
    issued_on = _ddmmyyyy(issued[:8]) if issued else None
    if birth_date.year < 1900 or (issued_on is not None and issued_on < birth_date):
        raise ValueError("impossible dates")
    gender = MALE if gender.lower() == MALE.lower() else FEMALE
    return IdCard(
        id_number=number,
        old_id_number=old,
        full_name=name,
        birth_date=birth_date,
        gender=gender,
        address=nfc(address),
        issued_on=issued_on,
        warnings=id_warnings(number, birth_date, gender, today),
    )


def find_payload_start(text: str) -> int | None:
    """Where the last chip-card payload in ``text`` starts, if there is one (for scan detection)."""
    starts = [m.start() for m in _START.finditer(text)]
    return starts[-1] if starts else None


def parse_id_card(raw: str, today: date | None = None) -> IdCard:
    """Parse the text a scanner typed; raises InvalidInput if no payload is readable."""
    text = raw.replace("\x00", "").replace("\r", "").replace("\n", "")
    if len(text) > MAX_TEXT:
        raise InvalidInput("id_card", Identity.SCAN_TOO_LONG, length=len(text))
    starts = [m.start() for m in _START.finditer(text)]
    for start in reversed(starts):
        try:
            return _parse_one(text[start:], today)
        except ValueError:
            continue
    raise InvalidInput("id_card", Identity.SCAN_UNREADABLE)
