"""The supervisors' registers and reports for any period, headless and Qt-free: plain data (rows and totals) that
the PDF and Excel renderers of ``counter_app.printing`` lay out, and that a dashboard can read directly.

Each module has ``figures(desk, period)`` (typed figures) and ``report(desk, period)`` (a ``Report`` table);
``build`` picks one by name. The judging rules are in ``counter_core.domain.timeliness``.
"""

from __future__ import annotations

from collections.abc import Sequence

from counter_app.reports import digitisation, fees, ontime, periodic, register, satisfaction
from counter_app.reports.period import Period
from counter_app.reports.table import Report
from counter_app.store.desk import Desk
from counter_core.foundation.errors import InvalidInput
from counter_core.foundation.messages import Reports

KINDS = {
    "register": "Sổ theo dõi hồ sơ (Mẫu 06/07)",
    "periodic": "Biểu số II.06a: tình hình, kết quả giải quyết TTHC",
    "ontime": "Tỷ lệ đúng hạn theo QĐ 766 và theo ngày, theo thủ tục và cán bộ",
    "satisfaction": "Đánh giá sự hài lòng, theo cán bộ",
    "fees": "Phí, lệ phí đã thu, theo thủ tục",
    "digitisation": "Tỷ lệ số hóa hồ sơ và kết quả (chỉ tiêu 4.2 QĐ 766), theo thủ tục và cán bộ",
}


def build(
    desk: Desk, kind: str, period: Period, columns: Sequence[str] | None = None, view: str = "competent"
) -> Report:
    """The report ``kind`` (one of KINDS) of ``period``; ``columns`` picks the register's columns, ``view`` whom
    Biểu II.06a counts a dossier for (``periodic.VIEWS``: its competent unit, or the receiving one)."""
    if kind not in KINDS:
        raise InvalidInput("kind", Reports.UNKNOWN_KIND, kind=kind, kinds=", ".join(KINDS))
    if kind == "register":
        return register.report(desk, period, columns or register.DEFAULT_COLUMNS)
    if kind == "periodic":
        return periodic.report(desk, period, view)
    modules = {"ontime": ontime, "satisfaction": satisfaction, "fees": fees, "digitisation": digitisation}
    return modules[kind].report(desk, period)


__all__ = [
    "KINDS",
    "Period",
    "Report",
    "build",
    "digitisation",
    "fees",
    "ontime",
    "periodic",
    "register",
    "satisfaction",
]
