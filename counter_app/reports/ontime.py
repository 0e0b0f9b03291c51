"""On-time statistics (§4.3, §8.4 indicator 2.1) by procedure and by receiving clerk, under both definitions side
by side: the national 766 rule (timestamps, supplement time left out, more than one supplement request is late) and
the provincial date rule (trước hạn / đúng hạn / quá hạn by day).

The rates are over the dossiers settled in the period; the dossiers still pending at its end are shown beside
them with how many are already late under each rule.
"""

from __future__ import annotations

from dataclasses import dataclass

from counter_app.reports.counted import Names, counted
from counter_app.reports.period import Period
from counter_app.reports.table import Column, Kind, Report, Table, rate
from counter_app.store.desk import Desk
from counter_core.domain.timeliness import Verdict, national_on_time, provincial
from counter_core.foundation.text import fold

TITLE = "THỐNG KÊ TỶ LỆ GIẢI QUYẾT HỒ SƠ ĐÚNG HẠN"
NATIONAL = "Theo QĐ 766/QĐ-TTg (thời điểm)"
PROVINCIAL = "Theo ngày (quy tắc của tỉnh)"
PENDING = "Đang giải quyết cuối kỳ"
NOTES = (
    "Theo QĐ 766: đúng hạn khi thời điểm kết thúc xử lý (Đã xử lý xong, xin rút, dừng xử lý) không sau ngày hẹn "
    "trả; thời gian chờ công dân bổ sung không tính (ngày hẹn lùi theo thời gian chờ, tính bằng giờ làm việc); "
    "yêu cầu bổ sung từ 2 lần trở lên là quá hạn; ngày hẹn lại theo Mẫu 04 không được tính.",
    "Theo ngày: so sánh ngày kết thúc xử lý với ngày hẹn trả (trước / đúng / sau); hồ sơ xin rút, dừng xử lý tính "
    "đúng hạn.",
    'Tỷ lệ tính trên số hồ sơ đã giải quyết trong kỳ; "—" khi không có hồ sơ nào.',
    "Đang giải quyết quá hạn theo QĐ 766: đến cuối kỳ đã qua thời điểm hẹn trả (hồ sơ chờ bổ sung: yêu cầu sau "
    "thời điểm hẹn), hoặc đã yêu cầu bổ sung từ 2 lần; theo ngày: ngày hẹn trả trước ngày cuối kỳ.",
)


@dataclass
class OnTimeFigures:
    label: str
    settled: int = 0
    national_on_time: int = 0
    early: int = 0
    on_time: int = 0
    late: int = 0
    pending: int = 0
    pending_late_national: int = 0
    pending_late_provincial: int = 0

    @property
    def national_late(self) -> int:
        return self.settled - self.national_on_time

    @property
    def national_rate(self) -> float | None:
        return rate(self.national_on_time, self.settled)

    @property
    def provincial_rate(self) -> float | None:
        return rate(self.early + self.on_time, self.settled)

    def add(self, settled: bool, national_on_time: bool, verdict: Verdict) -> None:
        """Count one dossier: settled in the period or pending at its end, with its verdicts under both rules."""
        if settled:
            self.settled += 1
            self.national_on_time += national_on_time
            self.early += verdict is Verdict.EARLY
            self.on_time += verdict is Verdict.ON_TIME
            self.late += verdict is Verdict.LATE
        else:
            self.pending += 1
            self.pending_late_national += not national_on_time
            self.pending_late_provincial += verdict is Verdict.LATE

    def cells(self) -> tuple:
        return (
            self.settled,
            self.national_on_time,
            self.national_late,
            self.national_rate,
            self.early,
            self.on_time,
            self.late,
            self.provincial_rate,
            self.pending,
            self.pending_late_national,
            self.pending_late_provincial,
        )


@dataclass(frozen=True)
class OnTime:
    by_procedure: list[OnTimeFigures]
    by_clerk: list[OnTimeFigures]
    total: OnTimeFigures


def _columns(first: str) -> tuple[Column, ...]:
    return (
        Column(("TT",), Kind.COUNT, 0.5),
        Column((first,), Kind.TEXT, 3.4),
        Column(("Đã giải quyết trong kỳ",), width=1.1),
        Column((NATIONAL, "Đúng hạn")),
        Column((NATIONAL, "Quá hạn")),
        Column((NATIONAL, "Tỷ lệ đúng hạn"), Kind.PERCENT),
        Column((PROVINCIAL, "Trước hạn")),
        Column((PROVINCIAL, "Đúng hạn")),
        Column((PROVINCIAL, "Quá hạn")),
        Column((PROVINCIAL, "Tỷ lệ trước và đúng hạn"), Kind.PERCENT, 1.1),
        Column((PENDING, "Tổng số")),
        Column((PENDING, "Quá hạn (QĐ 766)")),
        Column((PENDING, "Quá hạn (theo ngày)")),
    )


def figures(desk: Desk, period: Period) -> OnTime:
    now = desk.clock()
    cutoff, last_day = period.cutoff(now), period.last_day(now)
    names = Names(desk)
    total = OnTimeFigures("Tổng cộng")
    by_procedure: dict[str, OnTimeFigures] = {}
    by_clerk: dict[str, OnTimeFigures] = {}
    for c in counted(desk, period, names):
        settled, national, verdict = (
            c.timeline.settled,
            national_on_time(c.timeline, cutoff),
            provincial(c.timeline, last_day),
        )
        clerk = names.users.get(c.clerk_id, str(c.clerk_id))
        for row in (total, _row(by_procedure, c.procedure), _row(by_clerk, clerk)):
            row.add(settled, national, verdict)
    return OnTime(_in_order(by_procedure), _in_order(by_clerk), total)


def _row(rows: dict[str, OnTimeFigures], label: str) -> OnTimeFigures:
    return rows.get(label) or rows.setdefault(label, OnTimeFigures(label))


def _in_order(rows: dict[str, OnTimeFigures]) -> list[OnTimeFigures]:
    return sorted(rows.values(), key=lambda r: fold(r.label))


def report(desk: Desk, period: Period) -> Report:
    data = figures(desk, period)
    made_at = desk.clock()

    def table(caption: str, first: str, rows: list[OnTimeFigures]) -> Table:
        return Table(
            _columns(first),
            tuple((n, r.label, *r.cells()) for n, r in enumerate(rows, start=1)),
            ("", data.total.label, *data.total.cells()),
            caption=caption,
        )

    return Report(
        kind="ontime",
        title=TITLE,
        short_title="Tỷ lệ đúng hạn",
        letterhead=desk.config.letterhead,
        period=period,
        made_at=made_at,
        lines=period.progress(made_at),
        tables=(
            table("Theo thủ tục hành chính", "Thủ tục hành chính", data.by_procedure),
            table("Theo cán bộ tiếp nhận", "Cán bộ tiếp nhận", data.by_clerk),
        ),
        notes=NOTES,
    )
