"""Vietnam time, whatever the PC's time zone: the one clock every business date is read from."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone

# Vietnam has kept UTC+07:00 without daylight saving since 1975; a fixed offset needs no tz database.
VN_TZ = timezone(timedelta(hours=7), "ICT")

Clock = Callable[[], datetime]


def vn_now() -> datetime:
    """The current moment in Vietnam time, to the second."""
    return datetime.now(VN_TZ).replace(microsecond=0)


def to_vn(moment: datetime) -> datetime:
    """``moment`` seen in Vietnam time; a naive datetime is taken to be Vietnam time already."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=VN_TZ)
    return moment.astimezone(VN_TZ)


def parse_vn(text: str) -> datetime:
    """Parse "YYYY-MM-DD HH:MM" (Vietnam time) or any ISO 8601 moment into Vietnam time."""
    return to_vn(datetime.fromisoformat(text.strip().replace("T", " ", 1)))


def iso(moment: datetime) -> str:
    """ISO 8601 in Vietnam time with its offset: 2026-11-22T09:05:00+07:00."""
    return to_vn(moment).isoformat(timespec="seconds")
