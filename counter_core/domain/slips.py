"""The statutory slips as data: what each one says, ready to be laid out by the printing layer."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from counter_core.domain.appointment import NO_FIXED_DATE_PHRASE
from counter_core.domain.forms import form
from counter_core.foundation.formatting import day_phrase, money, money_in_words, slip_moment

DEPARTMENT = "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ"


@dataclass(frozen=True)
class Slip:
    form_label: str
    title: str
    governing_body: str
    department: str
    place_date: str
    code: str | None = None
    qr_text: str | None = None
    copies: tuple[str, ...] = ("",)
    lines: tuple[tuple[str, str], ...] = ()
    table_title: str = ""
    table_header: tuple[str, ...] = ()
    table_rows: tuple[tuple[str, ...], ...] = ()
    table_weights: tuple[float, ...] = (1, 8, 2, 2, 2)
    table_font_size: float = 9.5
    after_table: tuple[tuple[str, str], ...] = ()
    notes: tuple[str, ...] = ()
    signatures: tuple[str, ...] = ()
    signers: tuple[str, ...] = ()  # the name under each signature, when known ("" leaves it to be written)
    extra: dict = field(default_factory=dict)
    landscape: bool = False
    row_barcodes: tuple[str, ...] = ()  # a Code 128 per table row ("" for none), drawn in ``barcode_column``
    barcode_column: int = 1


def place_name(unit_name: str) -> str:
    """ "UBND xã Quảng Phú" → "Quảng Phú", the place written before the date."""
    name = re.sub(r"^(UBND|Ủy ban nhân dân)\s+", "", unit_name, flags=re.I)
    return re.sub(r"^(xã|phường|thị trấn|đặc khu)\s+", "", name, flags=re.I)


def header(unit_name: str, issued: date) -> dict:
    return {
        "governing_body": unit_name.upper(),
        "department": DEPARTMENT,
        "place_date": f"{place_name(unit_name)}, {day_phrase(issued)}",
    }


def _documents(dossier: dict) -> tuple[tuple[str, ...], ...]:
    return tuple(
        (str(n), d["name"], str(d["original"]), str(d["certified"]), str(d["copy"]))
        for n, d in enumerate(dossier["documents"], start=1)
    )


DOCUMENT_HEADER = ("TT", "Thành phần hồ sơ", "Bản chính", "Bản chứng thực", "Bản photo")


def _contact_lines(dossier: dict) -> list[tuple[str, str]]:
    owner = dossier["owner"]
    submitter = dossier.get("submitter")
    person = submitter or owner
    lines = [("Tiếp nhận hồ sơ của", person["full_name"])]
    if submitter:
        lines.append(("Chủ hồ sơ", owner["full_name"]))
    lines += [
        ("Số CMND/Thẻ căn cước", person.get("id_number", "")),
        ("Địa chỉ", person.get("address", "")),
        ("Số điện thoại", person.get("phone", "")),
    ]
    if person.get("email"):
        lines.append(("Email", person["email"]))
    return lines


DIGITISED = "Giấy tờ đã số hóa (lưu thành tệp)"


def _digitised(names: tuple[str, ...]) -> str:
    return "; ".join(names) if names else "Không có"


def receipt(dossier: dict, unit_name: str, tracking_url: str, digitised: tuple[str, ...] = ()) -> Slip:
    """Mẫu 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả, in two copies; ``digitised``: the papers held as files."""
    received = datetime.fromisoformat(dossier["received_at"])
    due = datetime.fromisoformat(dossier["due_at"]) if dossier["due_at"] else None
    f = form("RECEIPT", received.date())
    fee = dossier["fee"]
    return Slip(
        form_label=f.label,
        title=f.title,
        code=dossier["code"],
        qr_text=tracking_url.format(code=dossier["code"]),
        copies=("Liên 1: Lưu", "Liên 2: Giao người nộp"),
        lines=(
            ("Bộ phận tiếp nhận và trả kết quả", unit_name),
            *_contact_lines(dossier),
            ("Nội dung yêu cầu giải quyết", dossier["procedure_name"]),
            # Received here for another unit (phi địa giới, §9): the unit that decides is named on the receipt.
            *((("Cơ quan giải quyết", dossier["competent_unit_name"]),) if dossier.get("competent_unit") else ()),
        ),
        table_title="1. Thành phần hồ sơ nộp gồm:",
        table_header=DOCUMENT_HEADER,
        table_rows=_documents(dossier),
        after_table=(
            ("2. Số lượng hồ sơ", f"{dossier['sets']:02d} (bộ)"),
            ("3. Thời gian giải quyết hồ sơ theo quy định", dossier["processing_phrase"]),
            ("4. Thời gian nhận hồ sơ", slip_moment(received)),
            ("5. Thời gian trả kết quả giải quyết hồ sơ", slip_moment(due) if due else NO_FIXED_DATE_PHRASE),
            ("6. Đăng ký nhận kết quả tại", dossier["return_label"]),
            ("7. Phí, lệ phí", f"{money(fee)} ({money_in_words(fee)})" if fee else dossier["fee_explanation"]),
            ("Kênh tiếp nhận", dossier["channel_label"]),
            (DIGITISED, _digitised(digitised)),
        ),
        notes=(
            "Giấy tiếp nhận hồ sơ và hẹn trả kết quả được lập thành 02 liên; 01 liên chuyển kèm Phiếu kiểm soát "
            "quá trình giải quyết hồ sơ và được lưu tại Bộ phận tiếp nhận và trả kết quả; 01 liên giao cho "
            "cá nhân, tổ chức nộp hồ sơ.",
            "Cá nhân, tổ chức có thể đăng ký nhận kết quả tại Bộ phận tiếp nhận và trả kết quả hoặc tại nhà "
            "thông qua dịch vụ bưu chính. Khi đến nhận kết quả, vui lòng mang theo giấy này (hoặc giấy ủy "
            "quyền nếu nhận thay).",
        ),
        signatures=("NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ"),
        extra={"received_by": dossier["received_by_name"]},
        **header(unit_name, received.date()),
    )


def refusal(dossier: dict, unit_name: str, reason: str, issued: datetime) -> Slip:
    """Mẫu 03: Phiếu từ chối tiếp nhận giải quyết hồ sơ, with its mandatory reason."""
    f = form("REFUSAL", issued.date())
    return Slip(
        form_label=f.label,
        title=f.title,
        code=dossier["code"],
        lines=(
            ("Bộ phận tiếp nhận và trả kết quả", unit_name),
            *_contact_lines(dossier),
            ("Nội dung yêu cầu giải quyết", dossier["procedure_name"]),
            (
                "Sau khi xem xét hồ sơ, Bộ phận tiếp nhận và trả kết quả thông báo không tiếp nhận, giải quyết "
                "hồ sơ này với lý do cụ thể như sau",
                reason,
            ),
        ),
        notes=("Xin thông báo cho Ông/Bà được biết và thực hiện./.",),
        signatures=("NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ"),
        extra={"received_by": dossier["received_by_name"]},
        **header(unit_name, issued.date()),
    )


INCOMPLETE = "Hồ sơ chưa đầy đủ thành phần, số lượng giấy tờ theo quy định."


def supplement_request(
    dossier: dict, unit_name: str, items: list[dict], reason: str, issued: datetime, clerk_name: str
) -> Slip:
    """Mẫu 02: every paper to add or complete, listed at once, with the reason.

    ``dossier`` is a received dossier (with its code) or the applicant and procedure of an intake
    turned back as incomplete (code None).
    """
    f = form("SUPPLEMENT_REQUEST", issued.date())
    code = dossier.get("code")
    rows = tuple(
        (str(n), i["name"], str(i.get("original", 0)), str(i.get("certified", 0)), str(i.get("copy", 0)))
        for n, i in enumerate(items, start=1)
    )
    return Slip(
        form_label=f.label,
        title=f.title,
        code=code,
        lines=(
            ("Số", f"{code}/HDHS" if code else "……/HDHS"),
            ("Bộ phận tiếp nhận và trả kết quả", unit_name),
            *_contact_lines(dossier),
            ("Nội dung yêu cầu giải quyết", dossier["procedure_name"]),
        ),
        table_title="Yêu cầu Ông/Bà hoàn thiện hồ sơ gồm những nội dung như sau:",
        table_header=DOCUMENT_HEADER,
        table_rows=rows,
        after_table=(("Lý do", reason or INCOMPLETE),),
        notes=(
            f"Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà liên hệ {clerk_name}, "
            f"Bộ phận tiếp nhận và trả kết quả — {unit_name} để được hướng dẫn.",
            "Yêu cầu bổ sung được lập một lần, liệt kê đầy đủ các nội dung cần hoàn thiện.",
        ),
        signatures=("NGƯỜI NỘP HỒ SƠ", "NGƯỜI HƯỚNG DẪN"),
        extra={"received_by": clerk_name},
        **header(unit_name, issued.date()),
    )


def apology(dossier: dict, unit_name: str, event: dict) -> Slip:
    """Mẫu 04: the apology for a late dossier with its new appointment (the first one stays on record)."""
    at = datetime.fromisoformat(event["at"])
    f = form("APOLOGY_EXTENSION", at.date())
    received = datetime.fromisoformat(dossier["received_at"])
    previous = datetime.fromisoformat(event["data"]["previous_due"])
    first = datetime.fromisoformat(dossier["first_due_at"])
    owner = dossier["owner"]
    return Slip(
        form_label=f.label,
        title=f.title,
        code=dossier["code"],
        lines=(
            ("Số", f"{dossier['code']}/XLHS"),
            ("V/v", "xin lỗi về việc hồ sơ giải quyết quá hạn và hẹn lại thời gian trả kết quả"),
            ("Kính gửi Ông/Bà", owner["full_name"]),
            ("Ngày tiếp nhận hồ sơ", slip_moment(received)),
            ("Nội dung yêu cầu giải quyết", dossier["procedure_name"]),
            ("Thời gian hẹn trả kết quả (theo Giấy tiếp nhận)", slip_moment(first)),
            *((("Thời gian đã hẹn lại lần trước", slip_moment(previous)),) if previous != first else ()),
            ("Lý do chậm trả kết quả", event["note"]),
        ),
        after_table=(
            ("Thời gian hẹn trả kết quả mới", slip_moment(datetime.fromisoformat(event["data"]["new_due"]))),
            ("Nơi trả kết quả", dossier["return_label"]),
        ),
        notes=(
            f"{unit_name} thành thật xin lỗi Ông/Bà vì hồ sơ giải quyết quá hạn so với thời gian đã hẹn, "
            "và hẹn lại thời gian trả kết quả như trên. Mong Ông/Bà thông cảm.",
        ),
        signatures=("NGƯỜI NHẬN PHIẾU", "THỦ TRƯỞNG CƠ QUAN"),
        **header(unit_name, at.date()),
    )


STEP_KINDS = {
    "process": ("Bộ phận tiếp nhận và trả kết quả", "Cơ quan giải quyết hồ sơ"),
    "result_ready": ("Cơ quan giải quyết hồ sơ", "Bộ phận tiếp nhận và trả kết quả"),
    "postal_handover": ("Bộ phận tiếp nhận và trả kết quả", "Bưu chính công ích (trả kết quả)"),
    "return": ("Bộ phận tiếp nhận và trả kết quả", "Công dân, tổ chức"),
}


def timeliness(done: datetime, due: datetime | None) -> str:
    """Trước hạn / Đúng hạn / Quá hạn, comparing dates as provincial reports do (§4.3)."""
    if due is None or done.date() == due.date():
        return "Đúng hạn"
    return "Trước hạn" if done.date() < due.date() else "Quá hạn"


def control_slip(dossier: dict, unit_name: str, issued: datetime, digitised: tuple[str, ...] = ()) -> Slip:
    """Mẫu 05: the hand-over steps of the dossier, one row each, with the outcome against the appointment;
    ``digitised``: the papers held as files."""
    f = form("CONTROL_SLIP", issued.date())
    due = datetime.fromisoformat(dossier["due_at"]) if dossier["due_at"] else None
    rows = []
    for event in dossier["events"]:
        if event["kind"] not in STEP_KINDS:
            continue
        giver, receiver = STEP_KINDS[event["kind"]]
        at = datetime.fromisoformat(event["at"])
        outcome = timeliness(at, due) if event["kind"] != "process" else ""
        rows.append((f"1. Giao: {giver}\n2. Nhận: {receiver}", slip_moment(at), outcome, event["note"]))
    return Slip(
        form_label=f.label,
        title=f.title,
        code=dossier["code"],
        lines=(
            ("Kèm theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả số", dossier["code"]),
            ("Cơ quan (bộ phận) giải quyết hồ sơ", unit_name),
            ("Chủ hồ sơ", dossier["owner"]["full_name"]),
            ("Nội dung yêu cầu giải quyết", dossier["procedure_name"]),
            ("Thời gian trả kết quả theo giấy hẹn", slip_moment(due) if due else NO_FIXED_DATE_PHRASE),
            (DIGITISED, _digitised(digitised)),
        ),
        table_title="",
        table_header=(
            "TÊN CƠ QUAN",
            "THỜI GIAN GIAO, NHẬN HỒ SƠ",
            "KẾT QUẢ GIẢI QUYẾT HỒ SƠ (Trước hạn/đúng hạn/quá hạn)",
            "GHI CHÚ",
        ),
        table_rows=tuple(rows),
        table_weights=(5, 4, 3, 3),
        **header(unit_name, issued.date()),
    )


def result_receipt(dossier: dict, unit_name: str) -> Slip:
    """Giấy biên nhận trả kết quả: who handed the result to whom, and when."""
    returned = [e for e in dossier["events"] if e["kind"] == "return"][-1]
    at = datetime.fromisoformat(returned["at"])
    owner = dossier["owner"]
    return Slip(
        form_label="",
        title="GIẤY BIÊN NHẬN TRẢ KẾT QUẢ",
        code=dossier["code"],
        lines=(
            ("Tên thủ tục hành chính", dossier["procedure_name"]),
            ("Chủ hồ sơ", owner["full_name"]),
            ("Người trả kết quả", returned["user_name"]),
            ("Người nhận kết quả", returned["note"] or owner["full_name"]),
            ("Ngày trả kết quả", slip_moment(at)),
            ("Hình thức trả", dossier["return_label"]),
        ),
        signatures=("NGƯỜI NHẬN KẾT QUẢ", "NGƯỜI TRẢ KẾT QUẢ"),
        extra={"received_by": returned["user_name"]},
        **header(unit_name, at.date()),
    )
