"""Citizen ID numbers: the 12-digit personal number (checked by structure only) and the old 9-digit CMND.

``PPP G YY NNNNNN``: province of birth registration, gender and century, last two digits of the
birth year, six random digits (§6.1). There is no public check digit, so none is invented here.

A number is refused only when it cannot be one (not 12 digits, an unknown province, a birth year to come). One
that disagrees with the birth date or the gender beside it is *warned* about, naming the field, never refused:
the number is given once for life, and a birth date corrected later (cải chính hộ tịch) leaves it as it was; the
clerk checks the card. The province in the number is where the birth was registered, which no field of the card
(its address is the residence) can contradict. An old 9-digit CMND is warned about once it is no longer valid.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from counter_core.foundation.errors import InvalidInput
from counter_core.foundation.messages import Identity
from counter_core.foundation.texts import Text

PROVINCES = {
    "001": "Hà Nội",
    "002": "Hà Giang",
    "004": "Cao Bằng",
    "006": "Bắc Kạn",
    "008": "Tuyên Quang",
    "010": "Lào Cai",
    "011": "Điện Biên",
    "012": "Lai Châu",
    "014": "Sơn La",
    "015": "Yên Bái",
    "017": "Hòa Bình",
    "019": "Thái Nguyên",
    "020": "Lạng Sơn",
    "022": "Quảng Ninh",
    "024": "Bắc Giang",
    "025": "Phú Thọ",
    "026": "Vĩnh Phúc",
    "027": "Bắc Ninh",
    "030": "Hải Dương",
    "031": "Hải Phòng",
    "033": "Hưng Yên",
    "034": "Thái Bình",
    "035": "Hà Nam",
    "036": "Nam Định",
    "037": "Ninh Bình",
    "038": "Thanh Hóa",
    "040": "Nghệ An",
    "042": "Hà Tĩnh",
    "044": "Quảng Bình",
    "045": "Quảng Trị",
    "046": "Thừa Thiên Huế",
    "048": "Đà Nẵng",
    "049": "Quảng Nam",
    "051": "Quảng Ngãi",
    "052": "Bình Định",
    "054": "Phú Yên",
    "056": "Khánh Hòa",
    "058": "Ninh Thuận",
    "060": "Bình Thuận",
    "062": "Kon Tum",
    "064": "Gia Lai",
    "066": "Đắk Lắk",
    "067": "Đắk Nông",
    "068": "Lâm Đồng",
    "070": "Bình Phước",
    "072": "Tây Ninh",
    "074": "Bình Dương",
    "075": "Đồng Nai",
    "077": "Bà Rịa - Vũng Tàu",
    "079": "TP Hồ Chí Minh",
    "080": "Long An",
    "082": "Tiền Giang",
    "083": "Bến Tre",
    "084": "Trà Vinh",
    "086": "Vĩnh Long",
    "087": "Đồng Tháp",
    "089": "An Giang",
    "091": "Kiên Giang",
    "092": "Cần Thơ",
    "093": "Hậu Giang",
    "094": "Sóc Trăng",
    "095": "Bạc Liêu",
    "096": "Cà Mau",
}

MALE, FEMALE = "Nam", "Nữ"
# Luật Căn cước 2023 (in force 01/7/2024) art. 46: a CMND stays valid until 31/12/2024 at the latest [K: §6.1].
CMND_VALID_UNTIL = date(2024, 12, 31)


@dataclass(frozen=True)
class IdWarning:
    """A doubt about what was given, for the clerk to check against the card: ``field`` is the field to look at."""

    field: str  # "id_number", "birth_date" or "gender"
    message: Text


@dataclass(frozen=True)
class CitizenNumber:
    number: str
    province: str
    gender: str
    birth_year: int

    @property
    def kind(self) -> int:
        """LoaiDinhDanh of the national portal: 1 for the 12-digit number."""
        return 1


def parse_citizen_number(number: str, today: date | None = None) -> CitizenNumber:
    """Check a 12-digit number's structure: 12 digits, a known province, a birth year not to come."""
    number = number.strip()
    if not re.fullmatch(r"[0-9]{12}", number):
        raise InvalidInput("id_number", Identity.TWELVE_DIGITS)
    province = PROVINCES.get(number[:3])
    if province is None:
        raise InvalidInput("id_number", Identity.UNKNOWN_PROVINCE, province=number[:3])
    digit = int(number[3])
    century = 1900 + (digit // 2) * 100
    year = century + int(number[4:6])
    this_year = (today or date.today()).year
    if year > this_year:
        raise InvalidInput("id_number", Identity.IMPOSSIBLE_YEAR, year=year)
    return CitizenNumber(number, province, MALE if digit % 2 == 0 else FEMALE, year)


def check_id_number(number: str, today: date | None = None) -> int:
    """Validate a 12-digit personal number or a 9-digit CMND; return its portal kind (1 or 2)."""
    number = number.strip()
    if re.fullmatch(r"[0-9]{9}", number):
        return 2
    if len(number) == 12:
        return parse_citizen_number(number, today).kind
    raise InvalidInput("id_number", Identity.NUMBER_KIND)


def id_warnings(
    number: str, birth_date: date | None = None, gender: str | None = None, today: date | None = None
) -> tuple[IdWarning, ...]:
    """What in a valid number disagrees with the birth date and gender given beside it, field by field, and an
    old CMND offered after its end of validity. A number that is not valid gives none (it is refused instead)."""
    number, today = number.strip(), today or date.today()
    if re.fullmatch(r"[0-9]{9}", number):
        if today <= CMND_VALID_UNTIL:
            return ()
        return (IdWarning("id_number", Text(Identity.CMND_EXPIRED, number=number)),)
    try:
        parsed = parse_citizen_number(number, today)
    except InvalidInput:
        return ()
    out = []
    if birth_date is not None and birth_date.year != parsed.birth_year:
        century, year = parsed.birth_year // 100 * 100, parsed.birth_year % 100
        wrong = []
        if birth_date.year // 100 * 100 != century:
            wrong.append(Text(Identity.CENTURY_DIGIT, digit=number[3], first=century, last=century + 99))
        if birth_date.year % 100 != year:
            wrong.append(Text(Identity.YEAR_DIGITS, digits=number[4:6], year=f"{year:02d}"))
        said = Text(Identity.BIRTH_DATE_DISAGREES, date=f"{birth_date:%d/%m/%Y}", number=number, wrong=wrong)
        out.append(IdWarning("birth_date", said))
    if gender and gender != parsed.gender:
        said = Text(Identity.GENDER_DISAGREES, gender=gender, number=number, digit=number[3], card=parsed.gender)
        out.append(IdWarning("gender", said))
    return tuple(out)


def mask_id_number(number: str) -> str:
    """An ID number as printed on lists that leave the counter: the first third and the last two digits shown,
    the rest as "*" ("038187042028" → "0381******28", "212163684" → "212****84")."""
    number = number.strip()
    if len(number) < 6:
        return "*" * len(number)
    keep = len(number) // 3
    return number[:keep] + "*" * (len(number) - keep - 2) + number[-2:]
