"""Judging a dossier early, on time or late (§4.3), by the national rule and by the provincial date rule.

Both rules judge against the *statutory appointment*: the appointment printed on the receipt, moved on only by the
office time the dossier waited for the citizen's supplement (as the desk moves it, ``extend_for_pause``) and never
by a Mẫu 04 new date: an apology does not make a late dossier on time.

Processing ends at the first of Đã xử lý xong (9), Công dân yêu cầu rút hồ sơ (7) and Dừng xử lý (8); Đã trả kết
quả (10) always comes after 9. Only accepted dossiers are judged (refused ones never started the clock).

- **National rule** (Decision 766, timestamps): on time when the end is not after the statutory appointment
  (the supplement time is thereby left out); more than one supplement request is late, whatever the times; a
  dossier still in processing is judged at the cut-off; without an appointment (no fixed date) it is on time.
- **Paused, never late** (issue 14, both rules): a dossier waiting for the citizen's papers (5) at the cut-off is
  in time whatever its appointment and its requests — its clock is stopped, and it is judged once the papers come
  back and it ends; a dossier stopped (Dừng xử lý, 8, the Thông báo dừng giải quyết hồ sơ) is on time. The 766
  formula as described (§4.3) would end a stopped dossier at the stop and judge it like any other, and end a
  waiting one at the request: the portal, which computes its own indicator from the export, may count such a
  dossier late where these reports do not.
- **Provincial rule** (dates, as the provinces' reports and Biểu II.06a practice count): the day of the end
  before, on or after the day of the appointment is trước hạn, đúng hạn, quá hạn; a dossier withdrawn or stopped
  counts as đúng hạn ("bao gồm cả hồ sơ trả lại/xin rút"); no appointment is đúng hạn. A dossier still open on the
  last day is quá hạn when its appointment day is before that day, in time otherwise, and always in time while it
  waits for the citizen's supplement (its clock is stopped).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum

from counter_core.domain.appointment import extend_for_pause
from counter_core.domain.calendar import WorkCalendar
from counter_core.domain.status import Status

SETTLING = frozenset({Status.WITHDRAWAL_REQUESTED, Status.STOPPED, Status.RESULT_READY})
WITHOUT_RESULT = frozenset({Status.WITHDRAWAL_REQUESTED, Status.STOPPED})


class Verdict(str, Enum):
    EARLY = "trước hạn"
    ON_TIME = "đúng hạn"
    LATE = "quá hạn"


@dataclass(slots=True)
class Timeline:
    """What judging one dossier needs, as it stood at the cut-off (the end of the period, or now if sooner)."""

    due: datetime | None  # the statutory appointment
    settled_at: datetime | None = None  # end of processing, if it ended before the cut-off
    settled_by: Status | None = None
    supplement_requests: int = 0
    waiting_since: datetime | None = None  # the supplement request still unanswered at the cut-off

    @property
    def settled(self) -> bool:
        return self.settled_at is not None


def national_on_time(t: Timeline, cutoff: datetime) -> bool:
    """The national (766) rule: whether the dossier is, or was, handled within its time."""
    if t.settled_by is Status.STOPPED or (not t.settled and t.waiting_since is not None):
        return True  # stopped, or paused waiting for the citizen
    if t.supplement_requests > 1:
        return False
    if t.due is None:
        return True
    return (t.settled_at or cutoff) <= t.due


def provincial(t: Timeline, last_day: date) -> Verdict:
    """The provincial date rule; for a dossier still open on ``last_day`` (the last day counted) EARLY never comes
    out: it is ON_TIME (trong hạn) or LATE (quá hạn)."""
    if t.settled_at is not None:  # t.settled, spelled so that the type checker sees settled_at set
        if t.settled_by in WITHOUT_RESULT or t.due is None:
            return Verdict.ON_TIME
        ended, due = t.settled_at.date(), t.due.date()
        return Verdict.EARLY if ended < due else Verdict.ON_TIME if ended == due else Verdict.LATE
    if t.waiting_since is None and t.due is not None and t.due.date() < last_day:
        return Verdict.LATE
    return Verdict.ON_TIME


def supplement_pauses(changes: Iterable[tuple[datetime, int]]) -> list[tuple[datetime, datetime]]:
    """The finished supplement pauses (requested, answered) of one dossier, from its status changes in order."""
    pauses, paused = [], None
    for at, status in changes:
        if paused is not None:
            pauses.append((paused, at))
            paused = None
        if status == Status.SUPPLEMENT_REQUESTED:
            paused = at
    return pauses


def statutory_due(
    first_due: datetime | None, pauses: Iterable[tuple[datetime, datetime]], calendar: WorkCalendar
) -> datetime | None:
    """The printed appointment moved on by each finished supplement pause (requested, supplied), in order: what
    the desk's appointment would be had no Mẫu 04 moved it."""
    due = first_due
    if due is None:
        return None
    for paused_at, resumed_at in pauses:
        due = extend_for_pause(due, paused_at, resumed_at, calendar)
    return due
