"""Citizen ID numbers (structure only) and the chip ID card QR as a scanner types it."""

import unicodedata
from datetime import date, timedelta

import pytest

from counter_core.domain.citizen_id import check_id_number, id_warnings, parse_citizen_number
from counter_core.domain.idcard import parse_id_card
from counter_core.foundation.errors import InvalidInput

TODAY = date(2026, 11, 22)


def test_a_12_digit_number_tells_province_gender_and_birth_year():
    n = parse_citizen_number("038087042028", today=TODAY)
    assert (n.province, n.gender, n.birth_year) == ("Thanh Hóa", "Nam", 1987)
    n = parse_citizen_number("001303012345", today=TODAY)
    assert (n.province, n.gender, n.birth_year) == ("Hà Nội", "Nữ", 2003)


@pytest.mark.parametrize(
    "number, message",
    [
        ("03808704202", "12 chữ số"),
        ("003087042028", "Mã tỉnh"),
        ("001299012345", "không hợp lý"),  # born 2099
        ("03808704202a", "12 chữ số"),
    ],
)
def test_malformed_numbers_are_refused(number, message):
    with pytest.raises(InvalidInput, match=message):
        parse_citizen_number(number, today=TODAY)


def test_a_number_that_disagrees_with_the_birth_date_or_gender_is_warned_about_field_by_field_not_refused():
    assert check_id_number("038087042028", TODAY) == 1  # valid: the number is given once for life
    (year,) = id_warnings("038087042028", date(1988, 1, 1), "Nam", TODAY)
    assert year.field == "birth_date"
    said = year.message.in_language()
    assert "chữ số thứ 5–6 (87) ghi năm sinh 87" in said and "chữ số thứ 4" not in said
    assert "its 5th–6th digits (87) say born in 87" in year.message.in_language("en")
    (century,) = id_warnings("038087042028", date(2087, 1, 1), "Nam", TODAY + timedelta(days=365 * 70))
    assert (
        century.field == "birth_date"
        and "chữ số thứ 4 (0) ghi sinh từ năm 1900 đến 1999" in century.message.in_language()
    )
    (gender,) = id_warnings("038087042028", date(1987, 5, 2), "Nữ", TODAY)
    assert gender.field == "gender" and "giới tính Nam" in gender.message.in_language()
    assert id_warnings("038087042028", date(1987, 5, 2), "Nam", TODAY) == ()


def test_an_old_cmnd_is_warned_about_after_2024_and_still_accepted():
    assert check_id_number("212163684") == 2
    (warning,) = id_warnings("212163684", today=date(2026, 3, 2))
    assert warning.field == "id_number" and "hết giá trị sử dụng từ ngày 01/01/2025" in warning.message.in_language()
    assert id_warnings("212163684", today=date(2024, 12, 31)) == ()


def test_the_old_9_digit_number_is_accepted_as_kind_2():
    assert check_id_number("212163684") == 2
    with pytest.raises(InvalidInput):
        check_id_number("2121636")


CARD = "051084009698|212163684|Đặng Hồng Bảo|02081984|Nam|Thôn Phú Lộc, xã Tịnh Hà, Sơn Tịnh, Quảng Ngãi|23092024"


def test_the_chip_card_qr_fills_the_applicant():
    card = parse_id_card(CARD)
    assert card.id_number == "051084009698"
    assert card.old_id_number == "212163684"
    assert card.full_name == "Đặng Hồng Bảo"
    assert card.birth_date == date(1984, 8, 2)
    assert card.gender == "Nam"
    assert card.address.startswith("Thôn Phú Lộc")
    assert card.issued_on == date(2024, 9, 23)


@pytest.mark.parametrize(
    "typed",
    [
        CARD + "||||",  # cards issued since 2024 carry empty trailing fields
        CARD + "\r\n",  # the scanner's Enter
        "\x00" + CARD.replace("|", "|\x00", 1),  # stray NULs
        CARD + "||||" + CARD + "||||",  # the payload typed twice
        CARD + CARD,  # typed twice with nothing between
        "abc 0380|" + CARD,  # text already in the field before the scan
    ],
)
def test_scanner_noise_does_not_change_the_result(typed):
    assert parse_id_card(typed) == parse_id_card(CARD)


def test_decomposed_names_are_stored_composed():
    card = parse_id_card(unicodedata.normalize("NFD", CARD))
    assert card.full_name == "Đặng Hồng Bảo"
    assert unicodedata.is_normalized("NFC", card.full_name + card.address)


def test_a_card_without_an_old_number():
    card = parse_id_card("001090123456||NGUYEN VAN A|01011990|Nam|Phường Bến Nghé, Quận 1|15042021")
    assert card.old_id_number == "" and card.full_name == "NGUYEN VAN A"


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "051084009698|212163684|Đặng Hồng Bảo|02081984|Nam",
        "051084009698|212163684|Đặng Hồng Bảo|31021984|Nam|x|23092024",
        "051084009698|212163684|Đặng Hồng Bảo|02081984|Khác|x|23092024",
    ],
)
def test_an_unreadable_payload_gets_a_vietnamese_message(typed):
    with pytest.raises(InvalidInput, match="Không đọc được mã QR"):
        parse_id_card(typed)


def test_a_card_whose_number_contradicts_its_birth_year_and_gender_is_read_with_a_warning_per_field():
    contradicting = "051084009698|212163684|Đặng Hồng Bảo|02081985|Nữ|Quảng Ngãi|23092024||||"
    card = parse_id_card(contradicting, today=TODAY)
    assert (card.full_name, card.birth_date, card.gender) == ("Đặng Hồng Bảo", date(1985, 8, 2), "Nữ")  # not refused
    assert [w.field for w in card.warnings] == ["birth_date", "gender"]
    assert "chữ số thứ 5–6 (84) ghi năm sinh 84" in card.warnings[0].message.in_language()
    assert "giới tính Nam" in card.warnings[1].message.in_language()
    assert parse_id_card(CARD, today=TODAY).warnings == ()
    assert card.to_json()["warnings"][1]["field"] == "gender"
