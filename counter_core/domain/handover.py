"""The postal hand-over lists as slip data (§5.2), two copies each, a Code 128 per line, ID numbers masked.

- Danh sách bàn giao hồ sơ: the packages the post handed to the counter (intake), each by its dossier once
  received, or by its item code until then; signed by both sides and confirmed by the centre.
- Phiếu bàn giao kết quả giải quyết TTHC: the results the counter handed to the post for delivery.
- Danh sách xác nhận đã phát kết quả: the results the post delivered (status 10 by post).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TypedDict

from counter_core.domain.citizen_id import mask_id_number
from counter_core.domain.dossier import Dossier
from counter_core.domain.letterhead import Letterhead
from counter_core.domain.slips import Slip, header
from counter_core.domain.status import Status
from counter_core.foundation.formatting import day, slip_moment
from counter_core.foundation.jsontypes import JsonObject

COPIES = ("Liên 1: Đơn vị tiếp nhận lưu", "Liên 2: Giao nhân viên bưu chính")
POST = "Nhân viên bưu chính"


class _Layout(TypedDict):
    landscape: bool
    table_font_size: float


LIST_LAYOUT: _Layout = {"landscape": True, "table_font_size": 8.5}  # many columns, and a dossier code's barcode in one
# The events that record a package received from the post, and a result handed to it.
POSTAL_INTAKE, POSTAL_HANDOVER = "postal_intake", "postal_handover"


@dataclass(frozen=True)
class Line:
    """A line of a hand-over list: the item code and its dossier (None for a package not received yet)."""

    item_code: str
    dossier: Dossier | None


def _owner(dossier: Dossier) -> str:
    """The owner's name and masked ID number: lists leave the counter."""
    owner = dossier.owner
    return f"{owner.full_name}\nSố định danh: {mask_id_number(owner.id_number)}" if owner.id_number else owner.full_name


def _address(dossier: Dossier) -> str:
    return dossier.reception.postal_address or dossier.owner.address


def _day(moment: datetime | None) -> str:
    return day(moment.date()) if moment else "—"


def _people(batch: JsonObject, giver: str, receiver: str) -> tuple[tuple[str, str], ...]:
    return (("Số", batch["number"]), ("Bên giao", f"{giver}; bên nhận: {receiver}"))


def intake_list(
    batch: JsonObject, rows: list[Line], letterhead: Letterhead, issued: datetime, courier: str, clerk: str
) -> Slip:
    """Danh sách bàn giao hồ sơ: the packages handed over by the post, with their dossier once received."""
    table, codes = [], []
    for n, row in enumerate(rows, start=1):
        d = row.dossier
        if d is None:
            codes.append(row.item_code)
            table.append((str(n), "", "Bưu gửi hồ sơ chưa mở", "", "", "", "", "Chờ tiếp nhận"))
            continue
        codes.append(d.code)
        contact = "\n".join(filter(None, (d.owner.address, d.phone)))
        table.append(
            (
                str(n),
                f"Mã bưu gửi: {row.item_code}",
                d.procedure_name,
                f"{d.reception.sets:02d}",
                _owner(d),
                contact,
                f"{_day(d.received_at)}\n{_day(d.due_at)}",
                d.status_label,
            )
        )
    return Slip(
        form_label="",
        title="DANH SÁCH BÀN GIAO HỒ SƠ",
        copies=COPIES,
        **LIST_LAYOUT,
        lines=(
            *_people(batch, f"{POST} {courier}".strip(), letterhead.receiving_unit),
            ("Cơ quan chủ trì giải quyết", letterhead.unit_name),
            ("Thời gian bàn giao", slip_moment(issued)),
            ("Tổng số hồ sơ bàn giao", f"{len(rows):02d}"),
        ),
        table_header=(
            "TT",
            "Mã hồ sơ / mã bưu gửi",
            "Nội dung hồ sơ",
            "Số lượng (bộ)",
            "Họ tên chủ hồ sơ",
            "Địa chỉ chủ hồ sơ, số điện thoại",
            "Ngày nhận hồ sơ / ngày hẹn trả kết quả",
            "Ghi chú",
        ),
        table_rows=tuple(table),
        row_barcodes=tuple(codes),
        table_weights=(9, 84, 38, 14, 35, 40, 24, 23),
        notes=(
            "Lập thành 02 liên, mỗi bên giữ 01 liên. Bưu gửi chưa mở ghi theo mã bưu gửi; hồ sơ được tiếp nhận "
            "khi đơn vị tiếp nhận kiểm tra đủ thành phần.",
        ),
        signatures=("BÊN GIAO", "BÊN NHẬN", "XÁC NHẬN CỦA TRUNG TÂM"),
        signers=(courier, clerk, ""),
        **header(letterhead, issued.date()),
    )


def results_list(
    batch: JsonObject, rows: list[Line], letterhead: Letterhead, issued: datetime, courier: str, clerk: str
) -> Slip:
    """Phiếu bàn giao kết quả giải quyết TTHC: the results handed to the post, X where a fee was due."""
    table, codes = [], []
    for n, row in enumerate(rows, start=1):
        d = _received(row)
        ready = d.last(status=Status.RESULT_READY)
        codes.append(d.code)
        table.append(
            (
                str(n),
                "",
                row.item_code,
                d.procedure_name,
                (ready.note if ready else "") or "Đã xử lý xong",
                _owner(d),
                _address(d),
                "X" if d.fee else "",
                "X",
            )
        )
    return Slip(
        form_label="",
        title="PHIẾU BÀN GIAO KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH",
        copies=COPIES,
        **LIST_LAYOUT,
        lines=(
            *_people(batch, letterhead.receiving_unit, f"{POST} {courier}".strip()),
            ("Đơn vị chủ trì giải quyết TTHC", letterhead.unit_name),
            (
                "Bàn giao",
                f"{len(rows):02d} kết quả giải quyết TTHC để trả qua dịch vụ bưu chính công ích, vào "
                f"{slip_moment(issued)}",
            ),
        ),
        table_header=(
            "TT",
            "Mã hồ sơ",
            "Mã bưu gửi",
            "Nội dung giải quyết TTHC",
            "Kết quả giải quyết TTHC",
            "Họ tên chủ hồ sơ",
            "Địa chỉ nhận kết quả",
            "Phí, lệ phí (X là có)",
            "Đăng ký trả kết quả qua bưu điện (X là có)",
        ),
        table_rows=tuple(table),
        row_barcodes=tuple(codes),
        table_weights=(9, 84, 31, 31, 22, 30, 30, 14, 16),
        notes=("Lập thành 02 liên, mỗi bên giữ 01 liên.",),
        signatures=("BÊN GIAO", "BÊN NHẬN"),
        signers=(clerk, courier),
        **header(letterhead, issued.date()),
    )


def delivered_list(
    batch: JsonObject, rows: list[Line], letterhead: Letterhead, issued: datetime, courier: str, clerk: str
) -> Slip:
    """Danh sách xác nhận đã phát kết quả: the results the post delivered, now returned (status 10)."""
    table, codes = [], []
    for n, row in enumerate(rows, start=1):
        d = _received(row)
        handed = d.last(kind=POSTAL_HANDOVER)
        codes.append(d.code)
        table.append(
            (
                str(n),
                "",
                row.item_code,
                d.procedure_name,
                _owner(d),
                _address(d),
                _day(handed.at if handed else None),
                d.status_label,
            )
        )
    return Slip(
        form_label="",
        title="DANH SÁCH XÁC NHẬN ĐÃ PHÁT KẾT QUẢ QUA BƯU CHÍNH",
        copies=COPIES,
        **LIST_LAYOUT,
        lines=(
            *_people(batch, f"{POST} {courier}".strip(), letterhead.receiving_unit),
            ("Đơn vị chủ trì giải quyết TTHC", letterhead.unit_name),
            ("Xác nhận", f"{len(rows):02d} kết quả đã phát cho người nhận, vào {slip_moment(issued)}"),
        ),
        table_header=(
            "TT",
            "Mã hồ sơ",
            "Mã bưu gửi",
            "Nội dung giải quyết TTHC",
            "Họ tên chủ hồ sơ",
            "Địa chỉ nhận kết quả",
            "Ngày giao bưu chính",
            "Trạng thái",
        ),
        table_rows=tuple(table),
        row_barcodes=tuple(codes),
        table_weights=(9, 84, 31, 35, 34, 30, 22, 22),
        signatures=("BÊN GIAO", "BÊN NHẬN"),
        signers=(courier, clerk),
        **header(letterhead, issued.date()),
    )


def _received(line: Line) -> Dossier:
    """The dossier of a results or delivered line: those lines are dossiers already received."""
    if line.dossier is None:
        raise LookupError(f"the postal item {line.item_code} of a results line has no dossier")  # a bug, not input
    return line.dossier


LISTS = {"intake": intake_list, "results": results_list, "delivered": delivered_list}
