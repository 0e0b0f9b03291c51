"""The working-day calendar: office hours, weekends, Vietnamese public holidays and the yearly notice."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

import holidays

from counter_core.domain.fields import text, whole
from counter_core.foundation.clock import VN_TZ
from counter_core.foundation.errors import InvalidInput, Problem
from counter_core.foundation.jsonfile import read_json
from counter_core.foundation.jsontypes import JsonObject
from counter_core.foundation.messages import Calendar, Files

CALENDAR_FORMAT = "counter-calendar/1"
YEARS = (2000, 2100)  # the years a notice can be for
# "nếu tiếp nhận hồ sơ sau 15 giờ thì … trả kết quả … trong ngày làm việc tiếp theo" (§4.1, audit §0) [V]. Read to
# the minute the receipt prints: a dossier received at 15 giờ 00 phút is not received "sau 15 giờ"; from 15 giờ
# 01 phút it is (``OfficeHours.after_cutoff``).
SAME_DAY_CUTOFF = time(15, 0)


@dataclass(frozen=True)
class OfficeHours:
    """The sessions of a working day, in order, e.g. 07:00–11:30 and 13:30–17:00."""

    sessions: tuple[tuple[time, time], ...] = ((time(7, 0), time(11, 30)), (time(13, 30), time(17, 0)))
    same_day_cutoff: time = SAME_DAY_CUTOFF

    def __post_init__(self) -> None:
        previous = time(0, 0)
        for start, end in self.sessions:
            if not previous <= start < end:
                raise InvalidInput("office_hours", Calendar.SESSIONS_IN_ORDER)
            previous = end
        if not self.sessions:
            raise InvalidInput("office_hours", Calendar.NO_SESSION)

    def after_cutoff(self, moment: datetime) -> bool:
        """Whether a same-day dossier received at ``moment`` is received after the cut-off ("sau 15 giờ"): the
        minute printed on the receipt is later than the cut-off's."""
        return moment.time().replace(second=0, microsecond=0) > self.same_day_cutoff

    @property
    def opens(self) -> time:
        return self.sessions[0][0]

    @property
    def closes(self) -> time:
        return self.sessions[-1][1]

    @property
    def minutes_per_day(self) -> int:
        return sum(_minutes(end) - _minutes(start) for start, end in self.sessions)

    @classmethod
    def parse(cls, text: str, cutoff: str = "15:00") -> OfficeHours:
        """Parse "07:00-11:30,13:30-17:00"."""
        try:
            sessions = tuple(
                tuple(time.fromisoformat(part.strip()) for part in span.split("-")) for span in text.split(",")
            )
            if any(len(s) != 2 for s in sessions):
                raise ValueError(text)
            return cls(sessions=sessions, same_day_cutoff=time.fromisoformat(cutoff))  # type: ignore[arg-type]
        except ValueError as exc:
            raise InvalidInput("office_hours", Calendar.HOURS_INVALID, text=repr(text)) from exc

    def format(self) -> str:
        return ",".join(f"{s:%H:%M}-{e:%H:%M}" for s, e in self.sessions)


def _minutes(t: time) -> int:
    return t.hour * 60 + t.minute


@dataclass(frozen=True)
class CalendarNotice:
    """One year's civil-service notice: extra days off and Saturdays worked in exchange."""

    year: int
    title: str
    days_off: dict[date, str] = field(default_factory=dict)
    working_days: dict[date, str] = field(default_factory=dict)

    @classmethod
    def from_json(cls, data: object) -> CalendarNotice:
        if not isinstance(data, dict) or data.get("format") != CALENDAR_FORMAT:
            raise InvalidInput("calendar", Calendar.WRONG_FORMAT, format=CALENDAR_FORMAT)
        try:
            year = whole(data.get("year"), *YEARS)
            title = text(data, "title")
            off = {_day(e["date"]): text(e, "name") for e in _entries(data, "days_off")}
            work = {_day(e["date"]): text(e, "name") for e in _entries(data, "working_days")}
        except (KeyError, TypeError, ValueError) as exc:
            raise InvalidInput("calendar", Calendar.NOTICE_INVALID, reason=exc) from exc
        for d in list(off) + list(work):
            if d.year != year:
                raise InvalidInput("calendar", Calendar.DAY_OUTSIDE_YEAR, day=f"{d:%d/%m/%Y}", year=year)
        both = set(off) & set(work)
        if both:
            raise InvalidInput("calendar", Calendar.DAY_OFF_AND_WORKED, day=f"{min(both):%d/%m/%Y}")
        return cls(year=year, title=title, days_off=off, working_days=work)

    @classmethod
    def load(cls, path: Path) -> CalendarNotice:
        return cls.from_json(read_json(path, "calendar", Files.CALENDAR_FILE))

    def to_json(self) -> JsonObject:
        return {
            "format": CALENDAR_FORMAT,
            "year": self.year,
            "title": self.title,
            "days_off": [{"date": d.isoformat(), "name": n} for d, n in sorted(self.days_off.items())],
            "working_days": [{"date": d.isoformat(), "name": n} for d, n in sorted(self.working_days.items())],
        }


def _entries(data: JsonObject, key: str) -> list[JsonObject]:
    entries = data.get(key) or []
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise Problem(Calendar.DAYS_NOT_A_LIST, key=key)
    return entries


def _day(value: object) -> date:
    if not isinstance(value, str):
        raise Problem(Calendar.DAY_NOT_ISO, value=repr(str(value)[:40]))
    return date.fromisoformat(value)


class WorkCalendar:
    """Which days are worked and when, in Vietnam time.

    A day is a working day unless it falls on the weekend or is a public holiday of the Labour Code
    (art. 112: 1/1, five days of lunar Tết, Giỗ Tổ 10/3 lunar, 30/4, 1/5, 2/9 and an adjacent day,
    with compensatory days), as the ``holidays`` package computes them, including the government's
    day swaps it knows of. Imported yearly notices override both ways: an extra day off, or a
    Saturday worked in exchange.
    """

    def __init__(
        self,
        office_hours: OfficeHours | None = None,
        notices: Iterable[CalendarNotice] = (),
        weekend: frozenset[int] = frozenset({5, 6}),
    ) -> None:
        self.office_hours = office_hours or OfficeHours()
        self.weekend = weekend
        self._extra_off: dict[date, str] = {}
        self._extra_work: dict[date, str] = {}
        for notice in notices:
            self._extra_off.update(notice.days_off)
            self._extra_work.update(notice.working_days)

    @functools.cached_property
    def _public(self) -> holidays.HolidayBase:
        """Vietnam's public holidays, made at the first question: the ``holidays`` package loads every country's rules
        with Vietnam's (a quarter of a second), which the desk's start does not wait for."""
        return holidays.country_holidays("VN", language="vi")

    def holiday_name(self, d: date) -> str | None:
        """The name of the holiday or notice day off on ``d``, if any."""
        if d in self._extra_work:
            return None
        return self._extra_off.get(d) or self._public.get(d)

    def is_working_day(self, d: date) -> bool:
        if d in self._extra_work:
            return True
        if d in self._extra_off or d in self._public:
            return False
        if d.weekday() in self.weekend:
            return d in self._public.weekend_workdays
        return True

    def working_days_from(self, d: date) -> Iterator[date]:
        """Working days strictly after ``d``, in order."""
        while True:
            d += timedelta(days=1)
            if self.is_working_day(d):
                yield d

    def next_working_day(self, d: date) -> date:
        return next(self.working_days_from(d))

    def add_working_days(self, d: date, n: int) -> date:
        return next(itertools.islice(self.working_days_from(d), n - 1, None)) if n > 0 else d

    def at(self, d: date, t: time) -> datetime:
        return datetime.combine(d, t, tzinfo=VN_TZ)

    def is_office_time(self, moment: datetime) -> bool:
        """Whether a result can be handed over at ``moment``: a working day, within a session (its end included)."""
        moment = moment.astimezone(VN_TZ)
        return self.is_working_day(moment.date()) and any(
            start <= moment.time() <= end for start, end in self.office_hours.sessions
        )

    def normalise(self, moment: datetime) -> datetime:
        """The working moment from which a dossier received at ``moment`` is counted.

        Before opening → opening time; during a break → the next session; after closing or on a day
        off → the next working morning.
        """
        moment = moment.astimezone(VN_TZ).replace(second=0, microsecond=0)
        d, t = moment.date(), moment.time()
        if self.is_working_day(d):
            for start, end in self.office_hours.sessions:
                if t < start:
                    return self.at(d, start)
                if t < end:
                    return moment
        return self.at(self.next_working_day(d), self.office_hours.opens)

    def add_working_minutes(self, start: datetime, minutes: int) -> datetime:
        """Walk ``minutes`` of office time from ``start``; landing on a session's end stays there."""
        moment = self.normalise(start)
        remaining = minutes
        while True:
            d = moment.date()
            for s_start, s_end in self.office_hours.sessions:
                session_start, session_end = self.at(d, s_start), self.at(d, s_end)
                if moment >= session_end:
                    continue
                moment = max(moment, session_start)
                available = int((session_end - moment).total_seconds() // 60)
                if remaining <= available:
                    return moment + timedelta(minutes=remaining)
                remaining -= available
                moment = session_end
            moment = self.at(self.next_working_day(d), self.office_hours.opens)

    def working_minutes_between(self, start: datetime, end: datetime) -> int:
        """Office minutes elapsed between two moments (0 when ``end`` is not after ``start``)."""
        start, end = start.astimezone(VN_TZ), end.astimezone(VN_TZ)
        total = 0
        d = start.date()
        while d <= end.date():
            if self.is_working_day(d):
                for s_start, s_end in self.office_hours.sessions:
                    lo = max(start, self.at(d, s_start))
                    hi = min(end, self.at(d, s_end))
                    if hi > lo:
                        total += int((hi - lo).total_seconds() // 60)
            d += timedelta(days=1)
        return total
