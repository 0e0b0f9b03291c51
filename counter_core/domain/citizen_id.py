"""Citizen ID numbers: the 12-digit personal number (checked by structure only) and the old 9-digit CMND.

``PPP G YY NNNNNN``: province of birth registration, gender and century, last two digits of the
birth year, six random digits. There is no public check digit, so none is invented here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from counter_core.foundation.errors import InvalidInput
from counter_core.foundation.messages import Identity

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


def parse_citizen_number(
    number: str, birth_date: date | None = None, gender: str | None = None, today: date | None = None
) -> CitizenNumber:
    """Check a 12-digit number's structure, and its agreement with a known birth date and gender."""
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
    card_gender = MALE if digit % 2 == 0 else FEMALE
    if birth_date is not None and birth_date.year != year:
        raise InvalidInput("id_number", Identity.OTHER_BIRTH_YEAR, year=year, date=f"{birth_date:%d/%m/%Y}")
    if gender and gender != card_gender:
        raise InvalidInput("id_number", Identity.A_MANS_NUMBER if card_gender == MALE else Identity.A_WOMANS_NUMBER)
    return CitizenNumber(number, province, card_gender, year)


def check_id_number(
    number: str, birth_date: date | None = None, gender: str | None = None, today: date | None = None
) -> int:
    """Validate a 12-digit personal number or a 9-digit CMND; return its portal kind (1 or 2)."""
    number = number.strip()
    if re.fullmatch(r"[0-9]{9}", number):
        return 2
    if len(number) == 12:
        return parse_citizen_number(number, birth_date, gender, today).kind
    raise InvalidInput("id_number", Identity.NUMBER_KIND)


def mask_id_number(number: str) -> str:
    """An ID number as printed on lists that leave the counter: the first third and the last two digits shown,
    the rest as "*" ("038187042028" → "0381******28", "212163684" → "212****84")."""
    number = number.strip()
    if len(number) < 6:
        return "*" * len(number)
    keep = len(number) // 3
    return number[:keep] + "*" * (len(number) - keep - 2) + number[-2:]
