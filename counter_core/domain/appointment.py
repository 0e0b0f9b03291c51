"""The appointment date (ngày hẹn trả) from the reception moment and the processing time (§4)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from counter_core.domain.calendar import WorkCalendar
from counter_core.domain.procedure import ProcessingTime, TimeUnit
from counter_core.foundation.formatting import slip_moment

NO_FIXED_DATE_PHRASE = "Không có ngày hẹn trả cụ thể theo quy định"
UNCONFIRMED_DATE_PHRASE = "Chờ tỉnh xác nhận thời hạn: chưa hẹn ngày trả kết quả"


@dataclass(frozen=True)
class Appointment:
    """When the result is due; ``due`` is None for procedures without a fixed date, and for those whose time the
    province has yet to confirm (``unconfirmed``)."""

    counted_from: datetime
    due: datetime | None
    unconfirmed: bool = False

    def phrase(self) -> str:
        if self.due:
            return slip_moment(self.due)
        return UNCONFIRMED_DATE_PHRASE if self.unconfirmed else NO_FIXED_DATE_PHRASE


def appointment(received_at: datetime, processing: ProcessingTime, calendar: WorkCalendar) -> Appointment:
    """Appointment = reception moment + processing time over the working-day calendar.

    - the clock starts at the next working moment (after-hours receipt counts from the next morning);
    - working days keep the time of day, N working days later;
    - working hours walk the office sessions;
    - calendar days count every day, and a due moment on a day off moves to the next working morning;
    - same-day procedures are due at closing time, or the next working day when received after the
      cut-off (15:00 by default; 15:00 itself is not after it, 15:01 is: ``OfficeHours.after_cutoff``).
    """
    start = calendar.normalise(received_at)
    hours = calendar.office_hours
    unit = processing.unit
    if unit is TimeUnit.NO_FIXED_DATE:
        return Appointment(start, None, processing.unconfirmed)
    if unit is TimeUnit.WORKING_HOURS:
        return Appointment(start, calendar.add_working_minutes(start, processing.amount * 60))
    if unit is TimeUnit.WORKING_DAYS:
        due_day = calendar.add_working_days(start.date(), processing.amount)
        return Appointment(start, calendar.at(due_day, start.time()))
    if unit is TimeUnit.CALENDAR_DAYS:
        # Off working time, the due moment moves on to the next working moment: a rule that keeps a
        # later receipt from ever getting an earlier appointment.
        return Appointment(start, calendar.normalise(start + timedelta(days=processing.amount)))
    # Same day: the cut-off applies to the working moment the dossier is counted from.
    day = start.date()
    if hours.after_cutoff(start):
        day = calendar.next_working_day(day)
    return Appointment(start, calendar.at(day, hours.closes))


def extend_for_pause(due: datetime, paused_at: datetime, resumed_at: datetime, calendar: WorkCalendar) -> datetime:
    """The appointment after a supplement pause: the office time the dossier waited is added back."""
    waited = calendar.working_minutes_between(paused_at, resumed_at)
    return calendar.add_working_minutes(due, waited) if waited else due
