"""Citizens' satisfaction (§8.3): the ratings given in the period, per officer who handed the result back, with the
count and the share of each level. A dossier rated twice counts once, by its last rating."""

from __future__ import annotations

from dataclasses import dataclass, field

from counter_app.reports.period import Period
from counter_app.reports.table import Column, Kind, Report, Table, rate
from counter_app.store import reports as queries
from counter_app.store.desk import Desk
from counter_core.domain.satisfaction import RATINGS
from counter_core.foundation.text import fold

TITLE = "BÁO CÁO KẾT QUẢ ĐÁNH GIÁ SỰ HÀI LÒNG CỦA NGƯỜI DÂN"
LEVELS = sorted(RATINGS, reverse=True)  # Rất hài lòng, Hài lòng, Không hài lòng


@dataclass
class Ratings:
    officer: str
    counts: dict[int, int] = field(default_factory=lambda: dict.fromkeys(LEVELS, 0))

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def share(self, level: int) -> float | None:
        return rate(self.counts[level], self.total)

    def cells(self) -> tuple:
        return (self.total, *(v for level in LEVELS for v in (self.counts[level], self.share(level))))


def figures(desk: Desk, period: Period) -> tuple[list[Ratings], Ratings]:
    """The rows per officer, by name, and the totals."""
    names = queries.user_names(desk.store)
    rows: dict[str, Ratings] = {}
    total = Ratings("Tổng cộng")
    for r in queries.ratings(desk.store, desk.config.unit_code, *period.bounds()):
        officer = names.get(r["user_id"], str(r["user_id"]))
        row = rows.get(officer) or rows.setdefault(officer, Ratings(officer))
        row.counts[r["level"]] += r["n"]
        total.counts[r["level"]] += r["n"]
    return sorted(rows.values(), key=lambda r: fold(r.officer)), total


def report(desk: Desk, period: Period) -> Report:
    rows, total = figures(desk, period)
    made_at = desk.clock()
    columns = (
        Column(("TT",), Kind.COUNT, 0.5),
        Column(("Cán bộ trả kết quả",), Kind.TEXT, 3),
        Column(("Tổng số lượt đánh giá",), width=1.2),
        *(
            c
            for level in LEVELS
            for c in (Column((RATINGS[level], "Số lượt")), Column((RATINGS[level], "Tỷ lệ"), Kind.PERCENT))
        ),
    )
    return Report(
        kind="satisfaction",
        title=TITLE,
        short_title="Sự hài lòng",
        letterhead=desk.config.letterhead,
        period=period,
        made_at=made_at,
        lines=period.progress(made_at),
        tables=(
            Table(
                columns,
                tuple((n, r.officer, *r.cells()) for n, r in enumerate(rows, start=1)),
                ("", total.officer, *total.cells()),
            ),
        ),
        notes=(
            "Mỗi hồ sơ được tính một lần theo lượt đánh giá cuối cùng; tỷ lệ tính trên tổng số lượt đánh giá "
            "của cán bộ.",
        ),
        landscape=False,
    )
