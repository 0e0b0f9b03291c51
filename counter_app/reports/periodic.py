"""Biểu số II.06a/VPCP/KSTT (§8.1): the period's dossiers received, settled and still pending, by field (lĩnh vực).

Received (3) = carried over (4) + received online (5) + received directly or by post (6); every one of them is
either settled in the period (7 = 8 + 9 + 10) or still pending at its end (11 = 12 + 13). Carried over: received
before the period and still in processing at its start, whether it ended within the period or not. The trước hạn /
đúng hạn / quá hạn split uses the provincial date rule (``domain.timeliness.provincial``), as the provinces' Biểu
II.06a does; the national 766 figures are in the on-time statistics.

A dossier counts at the unit that decides it (its competent unit, §9): one received here for another unit counts
there, one received at another unit for this one counts here. The receiving unit's view (the dossiers received at
this unit's counters, whoever decides them) is an option.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, fields

from counter_app.reports.counted import Names, alike_by_day
from counter_app.reports.period import Period
from counter_app.reports.table import Column, Kind, Report, Table
from counter_app.store.desk import Desk
from counter_core.domain.intake import Channel
from counter_core.domain.timeliness import Verdict, provincial
from counter_core.foundation.errors import InvalidInput
from counter_core.foundation.messages import Reports
from counter_core.foundation.text import fold

FORM = "Biểu số II.06a/VPCP/KSTT"
TITLE = "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ"
RECEIVED, SETTLED, PENDING = "Tiếp nhận", "Số lượng hồ sơ đã giải quyết", "Số lượng hồ sơ đang giải quyết"
COLUMNS = (
    Column(("TT",), Kind.COUNT, 0.5),
    Column(("Lĩnh vực, công việc giải quyết theo cấp",), Kind.TEXT, 3.2),
    Column((RECEIVED, "Tổng số")),
    Column((RECEIVED, "Trong đó", "Từ kỳ trước")),
    Column((RECEIVED, "Trong đó", "Mới tiếp nhận trực tuyến")),
    Column((RECEIVED, "Trong đó", "Mới tiếp nhận trực tiếp, dịch vụ bưu chính"), width=1.3),
    Column((SETTLED, "Tổng số")),
    Column((SETTLED, "Trước hạn")),
    Column((SETTLED, "Đúng hạn (gồm cả hồ sơ trả lại, xin rút, dừng xử lý)"), width=1.4),
    Column((SETTLED, "Quá hạn")),
    Column((PENDING, "Tổng số")),
    Column((PENDING, "Trong hạn (gồm cả hồ sơ chờ bổ sung)"), width=1.3),
    Column((PENDING, "Quá hạn")),
)
NOTES = (
    "Từ kỳ trước: hồ sơ tiếp nhận trước kỳ báo cáo, đầu kỳ còn đang giải quyết (kể cả hồ sơ đã giải quyết xong "
    "trong kỳ).",
    "Trước hạn / Đúng hạn / Quá hạn: so sánh ngày kết thúc xử lý (Đã xử lý xong, hoặc xin rút, dừng xử lý) với ngày "
    "hẹn trả theo quy định — quy tắc theo ngày của tỉnh (§4.3). Ngày hẹn trả là ngày in trên Giấy tiếp nhận, cộng "
    "thời gian tạm dừng chờ bổ sung; ngày hẹn lại theo Mẫu 04 không được tính (hồ sơ vẫn quá hạn).",
    "Đang giải quyết quá hạn: ngày hẹn trả trước ngày cuối kỳ; hồ sơ chờ công dân bổ sung được tính trong hạn.",
    "Hồ sơ bị từ chối tiếp nhận không được tính.",
)
VIEWS = {
    "competent": "Hồ sơ thuộc thẩm quyền giải quyết của đơn vị, kể cả hồ sơ tiếp nhận tại đơn vị khác",
    "receiving": "Hồ sơ tiếp nhận tại đơn vị (mọi quầy), kể cả hồ sơ thuộc thẩm quyền của đơn vị khác",
}


@dataclass
class FieldFigures:
    """One row of the biểu: a field's counts (the totals row has field "Tổng cộng")."""

    field: str
    carried_over: int = 0
    online: int = 0
    direct_or_postal: int = 0
    early: int = 0
    on_time: int = 0
    late: int = 0
    pending_in_time: int = 0
    pending_late: int = 0

    @property
    def received(self) -> int:
        return self.carried_over + self.online + self.direct_or_postal

    @property
    def settled(self) -> int:
        return self.early + self.on_time + self.late

    @property
    def pending(self) -> int:
        return self.pending_in_time + self.pending_late

    def cells(self) -> tuple[int, ...]:
        return (
            self.received,
            self.carried_over,
            self.online,
            self.direct_or_postal,
            self.settled,
            self.early,
            self.on_time,
            self.late,
            self.pending,
            self.pending_in_time,
            self.pending_late,
        )

    def add(self, other: FieldFigures) -> None:
        for f in fields(self)[1:]:
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))


_OUTCOMES = {
    (True, Verdict.EARLY): "early",
    (True, Verdict.ON_TIME): "on_time",
    (True, Verdict.LATE): "late",
    (False, Verdict.ON_TIME): "pending_in_time",
    (False, Verdict.LATE): "pending_late",
}


def figures(desk: Desk, period: Period, view: str = "competent") -> tuple[list[FieldFigures], FieldFigures]:
    """The rows by field, in alphabetical order, and the totals; ``view`` is one of VIEWS."""
    last_day = period.last_day(desk.clock())
    # Each dossier counts once in a reception column and once in an outcome column of its field's row.
    tally: Counter[tuple[str, str, str]] = Counter()
    for a in alike_by_day(desk, period, Names(desk), by_competent=view == "competent"):  # a date rule
        received = "carried_over" if a.carried_over else "online" if a.channel is Channel.ONLINE else "direct_or_postal"
        tally[a.field, received, _OUTCOMES[a.timeline.settled, provincial(a.timeline, last_day)]] += a.count
    rows: dict[str, FieldFigures] = {}
    for (field, received, outcome), n in tally.items():
        row = rows.get(field) or rows.setdefault(field, FieldFigures(field))
        setattr(row, received, getattr(row, received) + n)
        setattr(row, outcome, getattr(row, outcome) + n)
    ordered = sorted(rows.values(), key=lambda r: fold(r.field))
    total = FieldFigures("Tổng cộng")
    for row in ordered:
        total.add(row)
    return ordered, total


def report(desk: Desk, period: Period, view: str = "competent") -> Report:
    if view not in VIEWS:
        raise InvalidInput("view", Reports.UNKNOWN_VIEW, view=view, views=", ".join(VIEWS))
    rows, total = figures(desk, period, view)
    made_at = desk.clock()
    return Report(
        kind="periodic",
        title=TITLE,
        short_title="Biểu II.06a",
        letterhead=desk.config.letterhead,
        period=period,
        made_at=made_at,
        form=FORM,
        lines=(
            f"Đơn vị báo cáo: {desk.config.unit_name}",
            f"Phạm vi: {VIEWS[view]}",
            *period.progress(made_at),
            "Đơn vị tính: số hồ sơ thủ tục hành chính",
        ),
        tables=(
            Table(
                COLUMNS,
                tuple((n, r.field, *r.cells()) for n, r in enumerate(rows, start=1)),
                ("", total.field, *total.cells()),
                numbered=True,
            ),
        ),
        notes=NOTES,
    )
