"""Fees collected (§8.2 "danh sách thu phí, lệ phí"): per procedure, the dossiers received in the period, those
that paid a fee or charge at reception, and the amount, with the total; then the dossiers exempted, per exemption
and its legal ground, and those received while the province's amount was not yet known at the desk.

Each dossier counts by the fee kept with it when it was received: a later fee table changes nothing here."""

from __future__ import annotations

from dataclasses import dataclass

from counter_app.reports.counted import Names
from counter_app.reports.period import Period
from counter_app.reports.table import Column, Kind, Report, Table
from counter_app.store import reports as queries
from counter_app.store.desk import Desk
from counter_core.foundation.text import fold

TITLE = "BÁO CÁO THU PHÍ, LỆ PHÍ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"
COLUMNS = (
    Column(("TT",), Kind.COUNT, 0.5),
    Column(("Mã thủ tục",), Kind.TEXT, 1.2),
    Column(("Thủ tục hành chính",), Kind.TEXT, 5),
    Column(("Số hồ sơ tiếp nhận",)),
    Column(("Số hồ sơ có thu phí, lệ phí",)),
    Column(("Số tiền đã thu",), Kind.MONEY, 1.5),
)


EXEMPTION_COLUMNS = (
    Column(("TT",), Kind.COUNT, 0.5),
    Column(("Đối tượng, trường hợp miễn phí, lệ phí",), Kind.TEXT, 3.5),
    Column(("Căn cứ miễn",), Kind.TEXT, 3.2),
    Column(("Số hồ sơ",)),
)


@dataclass(frozen=True)
class ExemptionFigures:
    exemption: str
    ground: str
    dossiers: int

    def cells(self) -> tuple:
        return (self.exemption, self.ground, self.dossiers)


@dataclass
class FeeFigures:
    code: str
    procedure: str
    received: int = 0
    paying: int = 0
    amount: int = 0

    def cells(self) -> tuple:
        return (self.code, self.procedure, self.received, self.paying, self.amount)


def figures(desk: Desk, period: Period) -> tuple[list[FeeFigures], FeeFigures]:
    """The rows per procedure code, by name, and the totals."""
    names = Names(desk)
    rows: dict[str, FeeFigures] = {}
    total = FeeFigures("", "Tổng cộng")
    for r in queries.fees(desk.store, desk.config.unit_code, *period.bounds()):
        code = r["procedure_code"]
        row = rows.get(code) or rows.setdefault(code, FeeFigures(code, names.latest.get(code, code)))
        for target in (row, total):
            target.received += r["received"]
            target.paying += r["paying"]
            target.amount += r["amount"]
    return sorted(rows.values(), key=lambda r: fold(r.procedure)), total


def exemptions(desk: Desk, period: Period) -> tuple[list[ExemptionFigures], int]:
    """The exempted dossiers per exemption and ground (by name), and how many were received with the province's
    amount unknown at the desk (charged nothing, to be settled by the unit)."""
    rows = queries.fee_exemptions(desk.store, desk.config.unit_code, *period.bounds())
    exempted = [ExemptionFigures(r["exemption"], r["ground"], r["dossiers"]) for r in rows if r["exemption"]]
    return sorted(exempted, key=lambda r: (fold(r.exemption), r.ground)), sum(
        r["dossiers"] for r in rows if not r["exemption"]
    )


def report(desk: Desk, period: Period) -> Report:
    rows, total = figures(desk, period)
    exempted, pending = exemptions(desk, period)
    made_at = desk.clock()
    return Report(
        kind="fees",
        title=TITLE,
        short_title="Phí, lệ phí",
        letterhead=desk.config.letterhead,
        period=period,
        made_at=made_at,
        lines=period.progress(made_at),
        tables=(
            Table(COLUMNS, tuple((n, *r.cells()) for n, r in enumerate(rows, start=1)), ("", *total.cells())),
            Table(
                EXEMPTION_COLUMNS,
                tuple((n, *r.cells()) for n, r in enumerate(exempted, start=1)),
                ("", "Tổng cộng", "", sum(r.dossiers for r in exempted)),
                caption="Hồ sơ được miễn phí, lệ phí",
            ),
        ),
        notes=(
            "Phí, lệ phí thu khi tiếp nhận hồ sơ (hồ sơ bị từ chối tiếp nhận không thu), theo mức đã tính khi tiếp "
            "nhận từng hồ sơ.",
            *(
                (
                    f"{pending} hồ sơ tiếp nhận khi quầy chưa có biểu mức thu của tỉnh: lệ phí theo Nghị quyết "
                    "HĐND tỉnh của các hồ sơ này chưa được tính vào số tiền đã thu ở trên.",
                )
                if pending
                else ()
            ),
        ),
        landscape=False,
    )
