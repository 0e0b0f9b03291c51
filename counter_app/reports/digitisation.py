"""Digitisation (số hóa hồ sơ, indicator 4.2 of Decision 766, §8.4): the share of the dossiers received in the period
with their papers held as files, and of the results handed back in the period held as files, per procedure and per
clerk, with the unit's total (rounded to two decimals; N/A when there is nothing to count)."""

from __future__ import annotations

from dataclasses import dataclass

from counter_app.reports.counted import Names
from counter_app.reports.period import Period
from counter_app.reports.table import Column, Kind, Report, Table
from counter_app.store import reports as queries
from counter_app.store.desk import Desk
from counter_core.foundation.text import fold

TITLE = "BÁO CÁO SỐ HÓA HỒ SƠ, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"
TARGET = 80  # % of dossiers digitised the national dashboard expects (indicator 4.2)


def _columns(first: str) -> tuple[Column, ...]:
    return (
        Column(("TT",), Kind.COUNT, 0.5),
        Column((first,), Kind.TEXT, 5),
        Column(("Hồ sơ", "Tiếp nhận")),
        Column(("Hồ sơ", "Có giấy tờ số hóa")),
        Column(("Hồ sơ", "Tỷ lệ số hóa"), Kind.PERCENT),
        Column(("Kết quả", "Đã trả")),
        Column(("Kết quả", "Có kết quả số hóa")),
        Column(("Kết quả", "Tỷ lệ số hóa"), Kind.PERCENT),
    )


@dataclass
class Digitised:
    name: str
    received: int = 0
    received_digitised: int = 0
    returned: int = 0
    returned_digitised: int = 0

    @property
    def rate(self) -> float | None:
        return round(100 * self.received_digitised / self.received, 2) if self.received else None

    @property
    def result_rate(self) -> float | None:
        return round(100 * self.returned_digitised / self.returned, 2) if self.returned else None

    def cells(self) -> tuple:
        return (
            self.name,
            self.received,
            self.received_digitised,
            self.rate,
            self.returned,
            self.returned_digitised,
            self.result_rate,
        )

    def add(self, kind: str, total: int, digitised: int) -> None:
        if kind == "received":
            self.received += total
            self.received_digitised += digitised
        else:
            self.returned += total
            self.returned_digitised += digitised


@dataclass(frozen=True)
class Figures:
    procedures: list[Digitised]
    clerks: list[Digitised]
    total: Digitised


def figures(desk: Desk, period: Period) -> Figures:
    names = Names(desk)
    procedures: dict[str, Digitised] = {}
    clerks: dict[int, Digitised] = {}
    total = Digitised("Tổng cộng")
    for r in queries.digitised(desk.store, desk.config.unit_code, *period.bounds()):
        code, clerk = r["procedure_code"], r["clerk_id"]
        by_procedure = procedures.setdefault(code, Digitised(names.latest.get(code, code)))
        by_clerk = clerks.setdefault(clerk, Digitised(names.users.get(clerk, str(clerk))))
        for target in (by_procedure, by_clerk, total):
            target.add(r["kind"], r["total"], r["digitised"])
    return Figures(
        sorted(procedures.values(), key=lambda d: fold(d.name)),
        sorted(clerks.values(), key=lambda d: fold(d.name)),
        total,
    )


def report(desk: Desk, period: Period) -> Report:
    found = figures(desk, period)
    made_at = desk.clock()

    def table(rows: list[Digitised], first: str, caption: str) -> Table:
        numbered = tuple((n, *r.cells()) for n, r in enumerate(rows, start=1))
        return Table(_columns(first), numbered, ("", *found.total.cells()), caption)

    return Report(
        kind="digitisation",
        title=TITLE,
        short_title="Số hóa",
        letterhead=desk.config.letterhead,
        period=period,
        made_at=made_at,
        lines=period.progress(made_at),
        tables=(
            table(found.procedures, "Thủ tục hành chính", "Theo thủ tục"),
            table(found.clerks, "Cán bộ", "Theo cán bộ (tiếp nhận hồ sơ; trả kết quả)"),
        ),
        notes=(
            f"Tỷ lệ số hóa hồ sơ: số hồ sơ tiếp nhận trong kỳ có giấy tờ được lưu thành tệp trên tổng số hồ sơ tiếp "
            f"nhận (chỉ tiêu 4.2, Quyết định 766/QĐ-TTg; mục tiêu từ {TARGET}%). Tỷ lệ số hóa kết quả: số hồ sơ đã "
            "trả kết quả trong kỳ có kết quả được lưu thành tệp trên tổng số hồ sơ đã trả kết quả.",
        ),
        landscape=True,
    )
