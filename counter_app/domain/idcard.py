"""The QR code of the chip ID card (CCCD / thẻ căn cước) as a 2D scanner types it (§6.2).

``<12-digit number>|<old 9-digit number or empty>|<full name>|<DDMMYYYY birth>|<Nam/Nữ>|<address>|<DDMMYYYY issue>``
Cards issued since 2024 add empty trailing fields; scanners may add ``\\x00``, CR/LF, or type the
payload twice. The last complete payload in the text wins.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date, datetime

from counter_app.domain.citizen_id import FEMALE, MALE
from counter_app.errors import InvalidInput
from counter_app.text import nfc

_START = re.compile(r"\d{12}\|")


@dataclass(frozen=True)
class IdCard:
    id_number: str
    old_id_number: str
    full_name: str
    birth_date: date
    gender: str
    address: str
    issued_on: date | None

    def to_json(self) -> dict:
        data = asdict(self)
        data["birth_date"] = self.birth_date.isoformat()
        data["issued_on"] = self.issued_on.isoformat() if self.issued_on else None
        return data


def _ddmmyyyy(text: str) -> date:
    return datetime.strptime(text, "%d%m%Y").date()


def _parse_one(text: str) -> IdCard:
    fields = [f.strip() for f in text.split("|")]
    if len(fields) < 7:
        raise ValueError("fewer than 7 fields")
    number, old, name, born, gender, address, issued = fields[:7]
    if not re.fullmatch(r"\d{12}", number) or (old and not re.fullmatch(r"\d{9}|\d{12}", old)):
        raise ValueError("bad number")
    gender = nfc(gender)
    if gender.lower() not in (MALE.lower(), FEMALE.lower()):
        raise ValueError("bad gender")
    name = nfc(name)
    if not name:
        raise ValueError("no name")
    # The issue date is the last fixed field: a second payload typed right after it starts with digits.
    return IdCard(
        id_number=number,
        old_id_number=old,
        full_name=name,
        birth_date=_ddmmyyyy(born),
        gender=MALE if gender.lower() == MALE.lower() else FEMALE,
        address=nfc(address),
        issued_on=_ddmmyyyy(issued[:8]) if issued else None,
    )


def find_payload_start(text: str) -> int | None:
    """Where the last chip-card payload in ``text`` starts, if there is one (for scan detection)."""
    starts = [m.start() for m in _START.finditer(text)]
    return starts[-1] if starts else None


def parse_id_card(raw: str) -> IdCard:
    """Parse the text a scanner typed; raises InvalidInput in Vietnamese if no payload is readable."""
    text = raw.replace("\x00", "").replace("\r", "").replace("\n", "")
    starts = [m.start() for m in _START.finditer(text)]
    for start in reversed(starts):
        try:
            return _parse_one(text[start:])
        except ValueError:
            continue
    raise InvalidInput("id_card", "Không đọc được mã QR trên thẻ căn cước: cần ít nhất 7 trường ngăn cách bởi \"|\".")
