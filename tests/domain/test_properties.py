"""Properties of the calendar, the ID-card parser and the dossier-code reader over many generated inputs, hostile
ones included."""

import re
import time
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counter_core.domain.appointment import appointment
from counter_core.domain.calendar import WorkCalendar
from counter_core.domain.codes import DossierCode
from counter_core.domain.idcard import parse_id_card
from counter_core.domain.procedure import ProcessingTime, TimeUnit
from counter_core.foundation.clock import VN_TZ
from counter_core.foundation.errors import InvalidInput
from tests import hostile

CAL = WorkCalendar()
moments = st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 20)).map(
    lambda m: m.replace(second=0, microsecond=0, tzinfo=VN_TZ)
)
timed_units = st.sampled_from(
    [TimeUnit.WORKING_DAYS, TimeUnit.WORKING_HOURS, TimeUnit.CALENDAR_DAYS, TimeUnit.SAME_DAY]
)


def in_office_hours(moment: datetime) -> bool:
    t = moment.time()
    return CAL.is_working_day(moment.date()) and any(s <= t <= e for s, e in CAL.office_hours.sessions)


@settings(max_examples=300)
@given(moments, timed_units, st.integers(min_value=1, max_value=30))
def test_an_appointment_is_always_during_office_hours_and_after_receipt(received, unit, amount):
    due = appointment(received, ProcessingTime(unit, amount), CAL).due
    assert in_office_hours(due)
    assert due > received


@settings(max_examples=300)
@given(moments, st.integers(min_value=0, max_value=600), timed_units, st.integers(min_value=1, max_value=20))
def test_a_later_receipt_never_gets_an_earlier_appointment(received, minutes_later, unit, amount):
    later = received + timedelta(minutes=minutes_later)
    processing = ProcessingTime(unit, amount)
    assert appointment(later, processing, CAL).due >= appointment(received, processing, CAL).due


@settings(max_examples=200)
@given(moments, st.integers(min_value=1, max_value=40))
def test_n_working_days_leave_exactly_n_working_days_between(received, n):
    due = appointment(received, ProcessingTime(TimeUnit.WORKING_DAYS, n), CAL).due
    start = CAL.normalise(received).date()
    between = [start + timedelta(days=k) for k in range(1, (due.date() - start).days + 1)]
    assert sum(CAL.is_working_day(d) for d in between) == n


@given(st.integers(min_value=0, max_value=5000), moments)
def test_office_minutes_walked_are_office_minutes_counted(minutes, start):
    start = CAL.normalise(start)
    assert CAL.working_minutes_between(start, CAL.add_working_minutes(start, minutes)) == minutes


names = st.text(
    alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyàáạảãầấẩẫậềếểễệọồốổỗộờớởỡợùúụủũừứửữựĐ ", min_size=2, max_size=30
).filter(lambda s: s.strip())
cards = st.tuples(
    st.from_regex(r"0[0-9]{2}[0-3][0-9]{8}", fullmatch=True),
    st.one_of(st.just(""), st.from_regex(r"[0-9]{9}", fullmatch=True)),
    names,
    st.dates(min_value=date(1930, 1, 1), max_value=date(2015, 12, 31)),
    st.sampled_from(["Nam", "Nữ"]),
    st.text(alphabet="Thôn Phú Lộc,xã 0123456789", max_size=60),
    st.dates(min_value=date(2016, 1, 1), max_value=date(2026, 11, 1)),
)


@given(cards, st.integers(min_value=0, max_value=4), st.booleans())
def test_a_card_payload_survives_trailing_fields_and_repeats(card, trailing, repeated):
    number, old, name, born, gender, address, issued = card
    payload = "|".join([number, old, name, born.strftime("%d%m%Y"), gender, address, issued.strftime("%d%m%Y")])
    payload += "|" * trailing
    parsed = parse_id_card(payload * 2 if repeated else payload)
    assert (parsed.id_number, parsed.birth_date, parsed.gender, parsed.issued_on) == (number, born, gender, issued)
    assert parsed.full_name == " ".join(name.split())


# -- hostile input: whatever a scanner types, the card parser answers with a card or InvalidInput -------------
def check_card_or_refusal(raw: str):
    """A valid card (every field clean) or InvalidInput with a Vietnamese message; never another error."""
    try:
        card = parse_id_card(raw)
    except InvalidInput as exc:
        assert exc.field == "id_card" and "thẻ căn cước" in exc.message
        return None
    assert re.fullmatch(r"[0-9]{12}", card.id_number) and re.fullmatch(r"([0-9]{9}|[0-9]{12})?", card.old_id_number)
    assert card.gender in ("Nam", "Nữ") and card.full_name and date(1900, 1, 1) <= card.birth_date
    assert card.issued_on is None or card.issued_on >= card.birth_date
    assert hostile.clean(card.full_name) and hostile.clean(card.address)
    return card


@settings(max_examples=300)
@given(hostile.text)
def test_random_text_is_a_card_or_a_clear_refusal(raw):
    check_card_or_refusal(raw)


fields = st.lists(st.one_of(hostile.text, st.from_regex(r"[0-9]{8,12}", fullmatch=True), st.just("Nam")), max_size=10)


@settings(max_examples=300)
@given(cards, fields, st.integers(min_value=0, max_value=6), st.sampled_from(hostile.NASTY), st.integers(0, 200))
def test_broken_card_payloads_are_cards_or_clear_refusals(card, junk, keep, nasty, where):
    number, old, name, born, gender, address, issued = card
    parts = [number, old, name, born.strftime("%d%m%Y"), gender, address, issued.strftime("%d%m%Y")]
    payload = "|".join(parts[:keep] + junk)  # too few fields, wrong ones, extra ones
    check_card_or_refusal(payload)
    valid = "|".join(parts)
    check_card_or_refusal(valid[:where] + nasty + valid[where:])  # a control, mark or surrogate anywhere


@pytest.mark.parametrize(
    "raw",
    [
        "038096001228|212163684|Nguyễn Văn A|31021990|Nam|Hà Nội|01012021",  # 31 February
        "038096001228|212163684|Nguyễn Văn A|01010001|Nam|Hà Nội|01012021",  # born in year 1
        "038096001228|212163684|Nguyễn Văn A|01011990|Nam|Hà Nội|01011980",  # issued before birth
        "038096001228|212163684|Nguyễn Văn A|01011990|Nam|Hà Nội|99999999",
        "٠٣٨٠٩٦٠٠١٢٢٨|212163684|Nguyễn Văn A|01011990|Nam|Hà Nội|01012021",  # Arabic-Indic digits
        "038096001228|212163684|Nguyễn Văn A|٠١٠١١٩٩٠|Nam|Hà Nội|01012021",
        "038096001228|212163684|\u202e\u200f\u0301|01011990|Nam|Hà Nội|01012021",  # a name of marks only
        "038096001228|212163684|Nguyễn\x00 Văn\x1b A|01011990|Nam|Hà\u202eNội\ud800|01012021",
        "038096001228|" * 200_000,  # a huge input: answered at once, not in quadratic time
        "\x00" * 1_000_000,
    ],
)
def test_hostile_card_payloads(raw):
    started = time.monotonic()
    check_card_or_refusal(raw)
    assert time.monotonic() - started < 2


def test_control_characters_from_the_scanner_are_dropped_not_kept():
    card = check_card_or_refusal("038096001228|212163684|Nguyễn\x00 Văn\x1b A|01011990|Nam|Hà\u202eNội\ud800|01012021")
    assert (card.full_name, card.address) == ("Nguyễn Văn A", "HàNội")


# -- hostile input: the dossier-code reader (what a 1D scanner or a clerk types) ----------------------------
def check_code_or_refusal(raw: str):
    """A code that prints back as exactly what was read, or InvalidInput in Vietnamese; never another error."""
    try:
        code = DossierCode.parse(raw)
    except InvalidInput as exc:
        assert exc.field == "code" and exc.message.startswith("Mã hồ sơ") and len(exc.message) < 200
        return None
    assert str(code) == raw.strip() and DossierCode.parse(str(code)) == code
    assert code.unit_code.isprintable() and not any(c.isspace() for c in code.unit_code)
    return code


unit_codes = st.text(st.characters(codec="utf-8", exclude_categories=["C", "Z"]), min_size=1, max_size=20)
codes = st.builds(DossierCode, unit_codes, st.dates(date(2000, 1, 1), date(2099, 12, 31)), st.integers(1, 10**6))


@settings(max_examples=300)
@given(hostile.text)
def test_random_text_is_a_dossier_code_or_a_clear_refusal(raw):
    check_code_or_refusal(raw)


@settings(max_examples=200)
@given(codes, st.sampled_from(hostile.NASTY), st.integers(0, 40))
def test_a_code_reads_back_and_a_code_with_a_stray_character_is_refused_or_still_itself(code, nasty, where):
    assert check_code_or_refusal(str(code)) == code
    check_code_or_refusal(str(code)[:where] + nasty + str(code)[where:])


@pytest.mark.parametrize(
    "raw",
    [
        "000.00.31.H56-261123-00001",  # a fifth digit that is a leading zero: another dossier's code
        "000.00.31.H56-٢٦١١٢٣-0001",  # Arabic-Indic digits
        "000.00.31.H56-261123-０００１",  # full-width digits
        "000.00\x00.31.H56-261123-0001",  # a NUL in the unit
        "\u202e000.00.31.H56-261123-0001",  # a right-to-left override
        "H56-" * 100_000 + "261123-0001",
    ],
)
def test_hostile_dossier_codes_are_refused_at_once(raw):
    started = time.monotonic()
    assert check_code_or_refusal(raw) is None
    assert time.monotonic() - started < 2
