"""Sổ theo dõi hồ sơ (Mẫu 06 of TT 01/2018, Mẫu 07 of the 2025 set, §1.2): the dossiers received in the period,
one line each, with columns chosen from a list (the register is column-configurable in practice)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from counter_app.reports.counted import Names
from counter_app.reports.period import Period
from counter_app.reports.table import Column, Kind, Report, Table
from counter_app.store import reports as queries
from counter_app.store.desk import Desk
from counter_core.domain.forms import form
from counter_core.domain.intake import CHANNEL_LABELS, RETURN_LABELS, Channel, ReturnMethod
from counter_core.domain.status import Status
from counter_core.foundation.errors import InvalidInput
from counter_core.foundation.formatting import day
from counter_core.foundation.messages import Reports
from counter_core.foundation.texts import Text

DATES = "Ngày, tháng, năm"


@dataclass(frozen=True)
class Entry:
    """One dossier of the register."""

    n: int
    code: str
    procedure: str
    applicant: str
    address: str
    phone: str
    unit: str  # the unit that decides it
    received: date
    due: date | None  # as printed on the receipt
    returned: date | None
    return_method: str
    sets: int
    channel: str
    fee: int
    status: str
    rescheduled_to: date | None  # Mẫu 04
    papers_held: int  # papers of the dossier held as files (digitised)
    results_held: int
    current_due: date | None = None  # the appointment now, when a supplement pause moved it past the others

    @property
    def digitised(self) -> str:
        parts = [f"{n} {what}" for n, what in ((self.papers_held, "giấy tờ"), (self.results_held, "kết quả")) if n]
        return ", ".join(parts) or "Chưa"

    @property
    def note(self) -> str:
        parts = [] if self.status == Status.RETURNED.label else [self.status]
        if self.rescheduled_to:
            parts.append(f"Hẹn lại ngày {day(self.rescheduled_to)} (Mẫu 04)")
        if self.current_due not in (None, self.due, self.rescheduled_to):
            parts.append(f"Hẹn trả sau bổ sung ngày {day(self.current_due)}")
        return "; ".join(parts)


@dataclass(frozen=True)
class RegisterColumn:
    column: Column
    value: Callable[[Entry], object]


COLUMNS: dict[str, RegisterColumn] = {
    "tt": RegisterColumn(Column(("TT",), Kind.COUNT, 0.5), lambda e: e.n),
    "code": RegisterColumn(Column(("Mã hồ sơ",), Kind.TEXT, 2.8), lambda e: e.code),
    "procedure": RegisterColumn(Column(("Tên thủ tục hành chính",), Kind.TEXT, 2.5), lambda e: e.procedure),
    "applicant": RegisterColumn(Column(("Tên cá nhân, tổ chức",), Kind.TEXT, 1.6), lambda e: e.applicant),
    "contact": RegisterColumn(
        Column(("Địa chỉ, số điện thoại",), Kind.TEXT, 2.1), lambda e: ", ".join(p for p in (e.address, e.phone) if p)
    ),
    "unit": RegisterColumn(Column(("Cơ quan chủ trì giải quyết",), Kind.TEXT, 1.5), lambda e: e.unit),
    "sets": RegisterColumn(Column(("Số lượng hồ sơ (bộ)",), Kind.COUNT, 0.7), lambda e: e.sets),
    "received": RegisterColumn(Column((DATES, "Nhận hồ sơ"), Kind.DATE, 1.3), lambda e: e.received),
    "due": RegisterColumn(Column((DATES, "Hẹn trả kết quả"), Kind.DATE, 1.3), lambda e: e.due),
    "returned": RegisterColumn(Column((DATES, "Trả kết quả"), Kind.DATE, 1.3), lambda e: e.returned),
    "return_method": RegisterColumn(Column(("Phương thức nhận kết quả",), Kind.TEXT, 1.4), lambda e: e.return_method),
    "channel": RegisterColumn(Column(("Kênh tiếp nhận",), Kind.TEXT, 1.0), lambda e: e.channel),
    "fee": RegisterColumn(Column(("Phí, lệ phí",), Kind.MONEY, 1.0), lambda e: e.fee),
    "files": RegisterColumn(Column(("Số hóa (tệp)",), Kind.TEXT, 1.2), lambda e: e.digitised),
    "signature": RegisterColumn(Column(("Ký nhận",), Kind.TEXT, 1.0), lambda e: ""),
    "note": RegisterColumn(Column(("Ghi chú",), Kind.TEXT, 1.6), lambda e: e.note),
}
# The 11 numbered columns of Mẫu 06 as the provinces reproduce it, and Ghi chú (status, Mẫu 04 date).
DEFAULT_COLUMNS = (
    "tt",
    "code",
    "procedure",
    "applicant",
    "contact",
    "unit",
    "received",
    "due",
    "returned",
    "return_method",
    "signature",
    "note",
)


def check_columns(keys: Sequence[str]) -> tuple[str, ...]:
    unknown = [k for k in keys if k not in COLUMNS]
    if unknown or not keys:
        shown = ", ".join(unknown) or Text(Reports.NO_COLUMN)
        raise InvalidInput("columns", Reports.UNKNOWN_COLUMNS, unknown=shown, columns=", ".join(COLUMNS))
    return tuple(keys)


def entries(desk: Desk, period: Period) -> list[Entry]:
    names = Names(desk)
    units = dict(desk.units())
    rows = queries.register(desk.store, desk.config.unit_code, *period.bounds())
    out = []
    for n, r in enumerate(rows, start=1):
        out.append(
            Entry(
                n=n,
                code=r["code"],
                procedure=names.procedure(r["catalog_id"], r["procedure_code"])[0],
                applicant=r["owner_name"],
                address=r["address"],
                phone=r["phone"],
                unit=units.get(r["competent_unit"], r["competent_unit"])
                if r["competent_unit"]
                else desk.config.unit_name,
                received=_day(r["received_at"]),
                due=_day(r["first_due"]),
                returned=_day(r["returned_at"]),
                return_method=RETURN_LABELS[ReturnMethod(r["return_method"])],
                sets=r["sets"],
                channel=CHANNEL_LABELS[Channel(r["channel"])],
                fee=r["fee"],
                status=Status(r["status"]).label,
                rescheduled_to=_day(r["rescheduled_to"]),
                papers_held=r["papers_held"],
                results_held=r["results_held"],
                current_due=_day(r["due_at"]),
            )
        )
    return out


def _day(text: str | None) -> date | None:
    return datetime.fromisoformat(text).date() if text else None


def report(desk: Desk, period: Period, columns: Sequence[str] = DEFAULT_COLUMNS) -> Report:
    chosen = [COLUMNS[k] for k in check_columns(columns)]
    f = form("REGISTER", period.end)
    rows = tuple(tuple(c.value(e) for c in chosen) for e in entries(desk, period))
    made_at = desk.clock()
    return Report(
        kind="register",
        title=f.title,
        short_title="Sổ theo dõi hồ sơ",
        letterhead=desk.config.letterhead,
        period=period,
        made_at=made_at,
        form=f.label,
        lines=(*period.progress(made_at), f"Tổng số hồ sơ tiếp nhận trong kỳ: {len(rows)}"),
        tables=(Table(tuple(c.column for c in chosen), rows, numbered=True),),
        notes=(
            "Ngày hẹn trả là ngày in trên Giấy tiếp nhận; ngày hẹn lại theo Mẫu 04 và ngày hẹn trả mới sau thời gian "
            "chờ bổ sung ghi ở cột Ghi chú.",
            "Hồ sơ bị từ chối tiếp nhận (Mẫu 03) không vào sổ.",
        ),
        signatures=(("NGƯỜI LẬP SỔ", "(Ký và ghi rõ họ tên)"), ("THỦ TRƯỞNG ĐƠN VỊ", "(Ký tên, đóng dấu)")),
    )
