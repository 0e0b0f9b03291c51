"""Money, dates and the slip phrases as a Vietnamese clerk writes them."""

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counter_core.foundation.formatting import (
    day,
    day_phrase,
    money,
    money_in_words,
    number,
    number_in_words,
    percentage,
    slip_moment,
)


def test_money_uses_dots_and_the_dong_sign():
    assert money(50000) == "50.000 đ"
    assert money(1250000) == "1.250.000 đ"
    assert money(0) == "0 đ"


def test_counts_use_dots_and_rates_a_decimal_comma():
    assert number(1234567) == "1.234.567" and number(999) == "999" and number(-1000) == "-1.000"
    assert percentage(85.71) == "85,71%" and percentage(100.0) == "100,00%" and percentage(0.0) == "0,00%"
    assert percentage(None) == "—"  # nothing to divide


@pytest.mark.parametrize(
    "amount, words",
    [
        (0, "Không đồng"),
        (8000, "Tám nghìn đồng"),
        (10000, "Mười nghìn đồng"),
        (15000, "Mười lăm nghìn đồng"),
        (21000, "Hai mươi mốt nghìn đồng"),
        (25000, "Hai mươi lăm nghìn đồng"),
        (50000, "Năm mươi nghìn đồng"),
        (105000, "Một trăm linh năm nghìn đồng"),
        (200000, "Hai trăm nghìn đồng"),
        (1050, "Một nghìn không trăm năm mươi đồng"),
        (1250000, "Một triệu hai trăm năm mươi nghìn đồng"),
        (2000000000, "Hai tỷ đồng"),
    ],
)
def test_amounts_in_words_for_slips(amount, words):
    assert money_in_words(amount) == words


@given(st.integers(min_value=1, max_value=10**13))
def test_every_amount_has_a_reading_without_gaps(n):
    text = number_in_words(n)
    assert text and "  " not in text and text == text.strip()
    assert not text.startswith(("linh", "mốt", "lăm"))


def test_dates_and_the_receipt_phrase():
    assert day(date(2026, 2, 5)) == "05/02/2026"
    assert slip_moment(datetime(2026, 11, 23, 9, 5)) == "09 giờ 05 phút, ngày 23 tháng 11 năm 2026"


def test_a_date_in_words_has_a_leading_zero_only_for_days_under_10_and_months_1_and_2():  # ND 30/2020
    assert day_phrase(date(2026, 8, 5)) == "ngày 05 tháng 8 năm 2026"
    assert day_phrase(date(2027, 2, 22)) == "ngày 22 tháng 02 năm 2027"
    assert day_phrase(date(2026, 1, 9)) == "ngày 09 tháng 01 năm 2026"
    assert day_phrase(date(2026, 10, 10)) == "ngày 10 tháng 10 năm 2026"
