"""Properties of the calendar and the ID-card parser over many generated inputs."""

from datetime import date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from counter_app.clock import VN_TZ
from counter_app.domain.appointment import appointment
from counter_app.domain.calendar import WorkCalendar
from counter_app.domain.idcard import parse_id_card
from counter_app.domain.procedure import ProcessingTime, TimeUnit

CAL = WorkCalendar()
moments = st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 20)).map(
    lambda m: m.replace(second=0, microsecond=0, tzinfo=VN_TZ))
timed_units = st.sampled_from([TimeUnit.WORKING_DAYS, TimeUnit.WORKING_HOURS, TimeUnit.CALENDAR_DAYS,
                               TimeUnit.SAME_DAY])


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


names = st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyàáạảãầấẩẫậềếểễệọồốổỗộờớởỡợùúụủũừứửữựĐ ", min_size=2,
                max_size=30).filter(lambda s: s.strip())
cards = st.tuples(st.from_regex(r"0[0-9]{2}[0-3][0-9]{8}", fullmatch=True),
                  st.one_of(st.just(""), st.from_regex(r"[0-9]{9}", fullmatch=True)),
                  names, st.dates(min_value=date(1930, 1, 1), max_value=date(2020, 12, 31)),
                  st.sampled_from(["Nam", "Nữ"]), st.text(alphabet="Thôn Phú Lộc,xã 0123456789", max_size=60),
                  st.dates(min_value=date(2016, 1, 1), max_value=date(2026, 11, 1)))


@given(cards, st.integers(min_value=0, max_value=4), st.booleans())
def test_a_card_payload_survives_trailing_fields_and_repeats(card, trailing, repeated):
    number, old, name, born, gender, address, issued = card
    payload = "|".join([number, old, name, born.strftime("%d%m%Y"), gender, address, issued.strftime("%d%m%Y")])
    payload += "|" * trailing
    parsed = parse_id_card(payload * 2 if repeated else payload)
    assert (parsed.id_number, parsed.birth_date, parsed.gender, parsed.issued_on) == (number, born, gender, issued)
    assert parsed.full_name == " ".join(name.split())
