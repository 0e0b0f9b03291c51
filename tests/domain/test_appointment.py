"""Appointment dates over the Vietnamese working-day calendar (§4 of the domain document)."""

from datetime import UTC, date, datetime

import pytest

from counter_core.domain.appointment import NO_FIXED_DATE_PHRASE, appointment, extend_for_pause
from counter_core.domain.calendar import CalendarNotice, OfficeHours, WorkCalendar
from counter_core.domain.procedure import ProcessingTime, TimeUnit
from counter_core.foundation.clock import VN_TZ
from counter_core.foundation.errors import InvalidInput

CAL = WorkCalendar()


def at(text: str) -> datetime:
    return datetime.strptime(text, "%d/%m/%Y %H:%M").replace(tzinfo=VN_TZ)


WD = TimeUnit.WORKING_DAYS

TABLE = [
    # Tết 2026: civil servants off Mon 16/02 – Fri 20/02.
    ("13/02/2026 09:00", WD, 3, "25/02/2026 09:00"),
    ("14/02/2026 08:00", WD, 1, "24/02/2026 07:00"),  # Saturday receipt counts from Monday morning
    ("13/02/2026 10:00", TimeUnit.SAME_DAY, 0, "13/02/2026 17:00"),
    ("13/02/2026 15:30", TimeUnit.SAME_DAY, 0, "23/02/2026 17:00"),  # after 15:00 → next working day
    # "sau 15 giờ": received at 15 giờ 00 phút (as the receipt prints it) is not after; 15 giờ 01 phút is.
    ("12/02/2026 15:00", TimeUnit.SAME_DAY, 0, "12/02/2026 17:00"),
    ("12/02/2026 15:01", TimeUnit.SAME_DAY, 0, "13/02/2026 17:00"),
    ("13/02/2026 10:00", TimeUnit.CALENDAR_DAYS, 7, "23/02/2026 07:00"),  # lands in Tết → next working morning
    ("23/02/2026 10:00", TimeUnit.CALENDAR_DAYS, 3, "26/02/2026 10:00"),
    # Tết 2027: off Thu 04/02 – Wed 10/02 (mùng 1 is a Saturday).
    ("03/02/2027 14:00", WD, 2, "12/02/2027 14:00"),
    ("03/02/2027 16:00", TimeUnit.SAME_DAY, 0, "11/02/2027 17:00"),
    # Giỗ Tổ 2026 is Sunday 26/04, compensated Monday 27/04; then 30/4 and 1/5.
    ("24/04/2026 10:00", WD, 3, "04/05/2026 10:00"),
    ("29/04/2026 17:30", WD, 1, "05/05/2026 07:00"),  # after hours → next working morning
    # 2/9/2026: Mon 31/08 off in exchange for Saturday 22/08 worked, Tue 01/09 and Wed 02/09.
    ("28/08/2026 09:00", WD, 2, "04/09/2026 09:00"),
    ("22/08/2026 08:00", TimeUnit.SAME_DAY, 0, "22/08/2026 17:00"),
    # 2/9/2027 is a Thursday, with Friday 03/09.
    ("01/09/2027 10:00", WD, 1, "06/09/2027 10:00"),
    # Ngày Văn hóa Việt Nam, Tuesday 24/11/2026.
    ("23/11/2026 09:00", WD, 1, "25/11/2026 09:00"),
    # Working hours skip the lunch break and the night.
    ("23/02/2026 16:00", TimeUnit.WORKING_HOURS, 4, "24/02/2026 10:00"),
    ("24/02/2026 12:00", TimeUnit.WORKING_HOURS, 2, "24/02/2026 15:30"),
    ("24/02/2026 06:15", TimeUnit.WORKING_HOURS, 1, "24/02/2026 08:00"),
]


@pytest.mark.parametrize("received, unit, amount, due", TABLE)
def test_appointment_table(received, unit, amount, due):
    result = appointment(at(received), ProcessingTime(unit, amount), CAL)
    assert result.due == at(due)


def test_no_fixed_date_is_printed_as_such():
    result = appointment(at("23/11/2026 09:00"), ProcessingTime(TimeUnit.NO_FIXED_DATE), CAL)
    assert result.due is None
    assert result.phrase() == NO_FIXED_DATE_PHRASE


def test_the_receipt_phrase_of_an_appointment():
    result = appointment(at("13/02/2026 09:00"), ProcessingTime(WD, 3), CAL)
    assert result.phrase() == "09 giờ 00 phút, ngày 25 tháng 02 năm 2026"


def test_vietnam_time_whatever_the_zone_of_the_moment():
    from datetime import timedelta, timezone

    utc_moment = datetime(2026, 2, 13, 2, 0, tzinfo=UTC)  # 09:00 in Hà Nội
    paris = utc_moment.astimezone(timezone(timedelta(hours=1)))
    assert appointment(paris, ProcessingTime(WD, 3), CAL).due == at("25/02/2026 09:00")


def test_a_supplement_pause_extends_the_appointment_by_the_office_time_waited():
    due = at("25/02/2026 09:00")
    # Paused from Tuesday 09:00 to Thursday 09:00: two full working days of office time.
    assert extend_for_pause(due, at("24/02/2026 09:00"), at("26/02/2026 09:00"), CAL) == at("27/02/2026 09:00")
    # A pause over a weekend only counts office time.
    assert extend_for_pause(due, at("27/02/2026 17:00"), at("02/03/2026 07:00"), CAL) == due


def test_the_yearly_notice_adds_days_off_and_saturdays_worked():
    notice = CalendarNotice.from_json(
        {
            "format": "counter-calendar/1",
            "year": 2027,
            "title": "Thông báo nghỉ lễ 2027",
            "days_off": [{"date": "2027-09-06", "name": "Nghỉ bù Quốc khánh"}],
            "working_days": [{"date": "2027-09-11", "name": "Làm bù"}],
        }
    )
    cal = WorkCalendar(notices=[notice])
    assert not cal.is_working_day(date(2027, 9, 6))
    assert cal.is_working_day(date(2027, 9, 11))
    assert appointment(at("01/09/2027 10:00"), ProcessingTime(WD, 1), cal).due == at("07/09/2027 10:00")
    assert cal.holiday_name(date(2027, 9, 6)) == "Nghỉ bù Quốc khánh"


def test_a_notice_for_the_wrong_year_is_refused():
    with pytest.raises(InvalidInput, match="không thuộc năm"):
        CalendarNotice.from_json({"format": "counter-calendar/1", "year": 2027, "days_off": [{"date": "2026-09-06"}]})


def test_office_hours_are_configurable():
    cal = WorkCalendar(OfficeHours.parse("07:30-11:30,13:00-17:00"))
    assert appointment(at("23/02/2026 06:00"), ProcessingTime(TimeUnit.WORKING_HOURS, 1), cal).due == at(
        "23/02/2026 08:30"
    )
    with pytest.raises(InvalidInput):
        OfficeHours.parse("13:00-11:00")
