"""The reporting period: from one day to another, both included, in Vietnam time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from counter_core.domain.intake import parse_day
from counter_core.foundation.clock import VN_TZ, iso
from counter_core.foundation.errors import InvalidInput
from counter_core.foundation.formatting import day, moment
from counter_core.foundation.messages import Reports


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # included

    @classmethod
    def parse(cls, start: str | None, end: str | None, today: date) -> Period:
        """A period typed as dd/mm/yyyy or YYYY-MM-DD, checked: a start, an end not before it, a start not after
        ``today`` (there is nothing to count yet)."""
        if not start or not end:
            raise InvalidInput("period", Reports.PERIOD_MISSING)
        first, last = parse_day(start, "from"), parse_day(end, "to")
        if first > last:
            raise InvalidInput("period", Reports.PERIOD_REVERSED, start=day(first), end=day(last))
        if first > today:
            raise InvalidInput("period", Reports.PERIOD_IN_FUTURE, start=day(first), today=day(today))
        return cls(first, last)

    def bounds(self) -> tuple[str, str]:
        """[start, end) as stored moments: the start's midnight and the midnight after the last day."""
        return iso(self._midnight(self.start)), iso(self._midnight(self.end + timedelta(days=1)))

    def cutoff(self, now: datetime) -> datetime:
        """The moment open dossiers are judged at: the end of the period, or now if it has not ended yet."""
        return min(self._midnight(self.end + timedelta(days=1)), now)

    def last_day(self, now: datetime) -> date:
        """The last day counted: the period's, or today if the period has not ended."""
        return min(self.end, now.astimezone(VN_TZ).date())

    def progress(self, now: datetime) -> tuple[str, ...]:
        """The line saying the figures stop at ``now`` when the period has not ended yet (none otherwise)."""
        if now >= self._midnight(self.end + timedelta(days=1)):
            return ()
        return (f"Số liệu tính đến {moment(now.astimezone(VN_TZ))}",)

    def phrase(self) -> str:
        return f"Từ ngày {day(self.start)} đến ngày {day(self.end)}"

    @staticmethod
    def _midnight(d: date) -> datetime:
        return datetime.combine(d, time(0, 0), tzinfo=VN_TZ)
