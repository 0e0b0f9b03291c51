"""The cross-commune dashboard's figures, counted from the rows ``store.figures.period`` reads: per receiving unit, per
procedure and for the whole, over a period (a day, or any days).

- Tiếp nhận: dossiers accepted at a counter in the period (refusals and online registrations not yet accepted
  are not receptions).
- Đến hạn: accepted dossiers whose appointment (as it stands now) falls in the period.
- Đã giải quyết: processing ended in the period (the first of 7, 8, 9); **đúng hạn** under the national rule
  (QĐ 766, ``counter_core.domain.timeliness.national_on_time``): not after the statutory appointment (the printed one,
  moved on by supplement pauses, never by a Mẫu 04 new date), and at most one supplement request; otherwise quá hạn.
- Tỷ lệ đúng hạn: đúng hạn / đã giải quyết.
- Số hóa: dossiers received in the period with a paper held as a file / tiếp nhận (indicator 4.2 of QĐ 766).
- Đang quá hạn: open now with a running clock (2, 4, 6, 7) and the appointment past, whatever the period.
- Hài lòng: share of the ratings given in the period that are "Hài lòng" or "Rất hài lòng".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from counter_core.domain.timeliness import Timeline, national_on_time


@dataclass
class Line:
    """One row of a table: a unit, a procedure, or the total."""

    key: str
    name: str
    received: int = 0
    digitised: int = 0
    due: int = 0
    settled: int = 0
    on_time: int = 0
    late: int = 0
    late_now: int = 0
    ratings: int = 0
    satisfied: int = 0

    @property
    def on_time_rate(self) -> float | None:
        return 100 * self.on_time / self.settled if self.settled else None

    @property
    def digitisation_rate(self) -> float | None:
        return 100 * self.digitised / self.received if self.received else None

    @property
    def satisfaction(self) -> float | None:
        return 100 * self.satisfied / self.ratings if self.ratings else None


@dataclass
class Figures:
    total: Line
    by_unit: list[Line]
    by_procedure: list[Line]
    per_day: list[tuple[date, int]] = field(default_factory=list)


COUNTED = ("received", "digitised", "due", "late_now")


def tally(rows: dict, units: list[tuple[str, str]]) -> Figures:
    """Count the period's rows; ``units`` are the (code, name) of the units in view, shown even when idle."""
    total = Line("", "Toàn tỉnh" if units else "")
    by_unit = {code: Line(code, name) for code, name in units}
    by_procedure: dict[str, Line] = {}

    def lines(row: dict) -> list[Line]:
        unit = by_unit.setdefault(row["unit_code"], Line(row["unit_code"], row["unit_code"]))
        code = row["procedure_code"] or ""
        procedure = by_procedure.setdefault(code, Line(code, row["procedure_name"] or code))
        return [total, unit, procedure]

    for what in COUNTED:
        for row in rows[what]:
            for line in lines(row):
                setattr(line, what, getattr(line, what) + row["n"])
    for row in rows["settled"]:
        timeline = Timeline(
            due=row["statutory_due"], settled_at=row["settled_at"], supplement_requests=row["supplements"]
        )
        on_time = national_on_time(timeline, row["settled_at"])
        for line in lines(row):
            line.settled += 1
            line.on_time += on_time
            line.late += not on_time
    for row in rows["ratings"]:
        for line in lines(row):
            line.ratings += row["n"]
            line.satisfied += row["n"] if row["level"] >= 1 else 0
    procedures = sorted(by_procedure.values(), key=lambda line: (-line.received, line.name))
    return Figures(total, list(by_unit.values()), procedures, [(r["day"], r["n"]) for r in rows["per_day"]])
