"""The statutory slips as data: what each one says, ready to be laid out by the printing layer.

Every paper of a dossier is numbered and titled as the form set in force on the day the dossier was received
(``Letterhead.form``), so a paper printed later for an older dossier keeps its numbering. The field layouts of the
2025 forms (TT 03/2025/TT-VPCP) were not found (audit §2, [K]): each 2025 paper carries the TT 01/2018 field set of
the form it replaces, mapped by meaning, and the two new ones are built from fields of the same set:

- Mẫu 04, Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết: the official letter of TT 01/2018's Mẫu 04 as
  the provinces print it (number and symbol, "V/v", place and date, "Kính gửi", the dossier, the reason, the new
  date, "Nơi nhận", the signer), the title being the form's name.
- Mẫu 05, Thông báo dừng giải quyết hồ sơ (no 2018 ancestor): the same letter frame ("Số …/TB-…", title, "Kính
  gửi", the dossier as Mẫu 03 names it, the reason, "Nơi nhận", the signer).
- Mẫu 06, Phiếu kiểm soát: TT 01/2018's Mẫu 05 table, a row per hand-over with its two signature cells.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TypedDict

from counter_core.domain import tracking
from counter_core.domain.dossier import Dossier, DossierSummary, Event, Reception
from counter_core.domain.intake import ReturnMethod, SubmittedDocument
from counter_core.domain.letterhead import Letterhead
from counter_core.domain.status import Status
from counter_core.foundation.formatting import day_phrase, slip_moment

BLANK = "…………"  # a number or name left for a person to write in


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
    number: str = ""  # "Số: 12/TTPVHCC", under the header's left block (an official letter)
    subject: str = ""  # "V/v …", under the number
    addressee: str = ""  # "Kính gửi: …", under the title
    lines: tuple[tuple[str, str], ...] = ()
    paragraphs: tuple[str, ...] = ()  # the body of a letter
    table_title: str = ""
    table_header: tuple[str, ...] = ()
    table_rows: tuple[tuple[str, ...], ...] = ()
    table_weights: tuple[float, ...] = (1, 8, 2, 2, 2)
    table_font_size: float = 9.5
    after_table: tuple[tuple[str, str], ...] = ()
    notes: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()  # "Nơi nhận:" of a letter, beside its signature
    signatures: tuple[str, ...] = ()
    signers: tuple[str, ...] = ()  # the name under each signature, when known ("" leaves it to be written)
    signature_hint: str = "(Ký và ghi rõ họ tên)"
    extra: dict[str, str] = field(default_factory=dict)
    demo: bool = False  # printed by a desk holding demo data: marked on every page as having no value
    landscape: bool = False
    row_barcodes: tuple[str, ...] = ()  # a Code 128 per table row ("" for none), drawn in ``barcode_column``
    barcode_column: int = 1


class Header(TypedDict):
    """The top of every slip: the unit's governing body and department, and where and when it is issued."""

    governing_body: str
    department: str
    place_date: str
    demo: bool


def header(letterhead: Letterhead, issued: date) -> Header:
    return {
        "governing_body": letterhead.governing_body,
        "department": letterhead.department,
        "place_date": f"{letterhead.place}, {day_phrase(issued)}",
        "demo": letterhead.demo,
    }


DIGITISED_MARK = " (đã số hóa)"


def _papers(papers: Sequence[SubmittedDocument], digitised: tuple[str, ...] = ()) -> tuple[tuple[str, ...], ...]:
    """The rows of the papers; those held as files (``digitised``) marked as such (no line more on the page)."""
    return tuple(
        (
            str(n),
            d.name + (DIGITISED_MARK if d.name in digitised else ""),
            str(d.original),
            str(d.certified),
            str(d.copy),
        )
        for n, d in enumerate(papers, start=1)
    )


DOCUMENT_HEADER = ("TT", "Thành phần hồ sơ", "Bản chính", "Bản chứng thực", "Bản photo")


def id_label(number: str) -> str:
    """The name of a person's ID number: the 12-digit personal number, or an old 9-digit CMND."""
    return "Số Chứng minh nhân dân" if len(number.strip()) == 9 else "Số định danh cá nhân"


def _contact_lines(reception: Reception) -> list[tuple[str, str]]:
    person = reception.contact
    lines = [("Tiếp nhận hồ sơ của", person.full_name)]
    if reception.submitter:
        lines.append(("Chủ hồ sơ", reception.owner.full_name))
    lines += [
        (id_label(person.id_number), person.id_number),
        ("Địa chỉ", person.address),
        ("Số điện thoại", person.phone),
    ]
    if person.email:
        lines.append(("Email", person.email))
    return lines


DIGITISED = "Giấy tờ đã số hóa (lưu thành tệp)"


def _digitised(names: tuple[str, ...]) -> str:
    return "; ".join(names) if names else "Không có"


def _competent(dossier: Dossier, letterhead: Letterhead) -> str:
    """The unit that decides the dossier: another unit's name when received here for it (§9), else this one."""
    return dossier.competent_unit_name or letterhead.unit_name


def _return_place(dossier: Dossier, letterhead: Letterhead) -> str:
    """Where the citizen registered to get the result (written after "… tại:")."""
    if dossier.return_method is ReturnMethod.POST:
        address = dossier.reception.postal_address
        return f"{address or 'địa chỉ đã đăng ký'} (qua dịch vụ bưu chính công ích)"
    return letterhead.receiving_unit


def receipt(dossier: Dossier, letterhead: Letterhead, tracking_url: str, digitised: tuple[str, ...] = ()) -> Slip:
    """Mẫu 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả, in two copies; ``digitised``: the papers held as files,
    marked in the list of papers."""
    received, due = dossier.received_at, dossier.first_due_at
    f = letterhead.form("RECEIPT", received.date())
    return Slip(
        form_label=f.label,
        title=f.title,
        code=dossier.code,
        qr_text=tracking.link(tracking_url, dossier.code, dossier.reception.check),
        copies=("Liên 1: Lưu", "Liên 2: Giao người nộp"),
        lines=(
            ("Đơn vị tiếp nhận hồ sơ", letterhead.receiving_unit),
            *_contact_lines(dossier.reception),
            ("Nội dung yêu cầu giải quyết", dossier.procedure_name),
            *((("Trường hợp", dossier.case_name),) if dossier.case_name else ()),
            # Received here for another unit (phi địa giới, §9): the unit that decides is named on the receipt.
            *((("Cơ quan giải quyết", dossier.competent_unit_name),) if dossier.competent_unit_name else ()),
        ),
        table_title="1. Thành phần hồ sơ nộp gồm:",
        table_header=DOCUMENT_HEADER,
        table_rows=_papers(dossier.reception.documents, digitised),
        after_table=(
            ("2. Số lượng hồ sơ", f"{dossier.reception.sets:02d} (bộ)"),
            ("3. Thời gian giải quyết hồ sơ theo quy định", dossier.processing_phrase),
            ("4. Thời gian nhận hồ sơ", slip_moment(received)),
            ("5. Thời gian trả kết quả giải quyết hồ sơ", slip_moment(due) if due else dossier.no_date_phrase),
            ("6. Đăng ký nhận kết quả tại", _return_place(dossier, letterhead)),
            ("7. Phí, lệ phí", dossier.fee_text),
            ("Kênh tiếp nhận", dossier.channel_label),
            ("Vào Sổ theo dõi hồ sơ, Quyển số", f"{BLANK}, Số thứ tự: {BLANK}"),
        ),
        notes=(
            "Giấy tiếp nhận hồ sơ và hẹn trả kết quả được lập thành 02 liên; 01 liên chuyển kèm Phiếu kiểm soát "
            f"quá trình giải quyết hồ sơ và được lưu tại {letterhead.receiving_unit}; 01 liên giao cho cá nhân, "
            "tổ chức nộp hồ sơ.",
            f"Cá nhân, tổ chức có thể đăng ký nhận kết quả tại {letterhead.receiving_unit} hoặc tại nhà thông qua "
            "dịch vụ bưu chính công ích. Khi đến nhận kết quả, vui lòng mang theo giấy này (hoặc giấy ủy quyền nếu "
            "nhận thay).",
        ),
        signatures=("NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ"),
        extra={"received_by": dossier.received_by_name},
        **header(letterhead, received.date()),
    )


def refusal(dossier: Dossier, letterhead: Letterhead, reason: str, issued: datetime) -> Slip:
    """Mẫu 03: Phiếu từ chối tiếp nhận giải quyết hồ sơ, with its mandatory reason."""
    f = letterhead.form("REFUSAL", dossier.received_on)
    return Slip(
        form_label=f.label,
        title=f.title,
        code=dossier.code,
        lines=(
            ("Đơn vị tiếp nhận hồ sơ", letterhead.receiving_unit),
            *_contact_lines(dossier.reception),
            ("Nội dung yêu cầu giải quyết", dossier.procedure_name),
            (
                f"Sau khi xem xét hồ sơ, {letterhead.receiving_unit} thông báo không tiếp nhận, giải quyết hồ sơ "
                "này với lý do cụ thể như sau",
                reason,
            ),
        ),
        notes=("Xin thông báo cho Ông/Bà được biết và thực hiện./.",),
        signatures=("NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ"),
        extra={"received_by": dossier.received_by_name},
        **header(letterhead, issued.date()),
    )


INCOMPLETE = "Hồ sơ chưa đầy đủ thành phần, số lượng giấy tờ theo quy định."


def supplement_request(
    reception: Reception,
    procedure_name: str,
    letterhead: Letterhead,
    items: Sequence[SubmittedDocument],
    reason: str,
    issued: datetime,
    clerk_name: str,
    dossier: DossierSummary | None = None,
    listed_by: str = "",
) -> Slip:
    """Mẫu 02: every paper to add or complete, listed at once, with the reason.

    ``dossier`` is the received dossier (its code, numbered as on the day it was received), None for an intake
    turned back as incomplete (nothing received, numbered as on the day it was turned back). A processing unit's
    request that came without its list (``items`` empty) says that the unit ``listed_by`` gives the list.
    """
    code = dossier.code if dossier else None
    f = letterhead.form("SUPPLEMENT_REQUEST", dossier.received_at.date() if dossier else issued.date())
    listed = (
        ()
        if items
        else (("Nội dung cần bổ sung, hoàn thiện", f"Theo danh sách do {listed_by or 'cơ quan giải quyết hồ sơ'} lập"),)
    )
    return Slip(
        form_label=f.label,
        title=f.title,
        code=code,
        lines=(
            ("Số", f"{code}/HDHS" if code else f"{BLANK}/HDHS"),
            ("Đơn vị tiếp nhận hồ sơ", letterhead.receiving_unit),
            *_contact_lines(reception),
            ("Nội dung yêu cầu giải quyết", procedure_name),
        ),
        table_title="Yêu cầu Ông/Bà hoàn thiện hồ sơ gồm những nội dung như sau:" if items else "",
        table_header=DOCUMENT_HEADER if items else (),
        table_rows=_papers(items),
        after_table=(*listed, ("Lý do", reason or INCOMPLETE)),
        notes=(
            f"Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà liên hệ {clerk_name}, "
            f"{letterhead.receiving_unit} để được hướng dẫn.",
            "Yêu cầu bổ sung được lập một lần, liệt kê đầy đủ các nội dung cần hoàn thiện."
            if items
            else f"Danh sách giấy tờ cần bổ sung, hoàn thiện do {listed_by or 'cơ quan giải quyết hồ sơ'} lập, "
            "gửi kèm phiếu này.",
        ),
        signatures=("NGƯỜI NỘP HỒ SƠ", "NGƯỜI HƯỚNG DẪN"),
        extra={"received_by": clerk_name},
        **header(letterhead, issued.date()),
    )


def _letter(
    dossier: Dossier, letterhead: Letterhead, event: Event, kind: str, prefix: str, paragraphs: tuple[str, ...]
) -> Slip:
    """An official letter of the centre about a dossier, sent to its owner: its number (the registry's, or room to
    write it) and symbol, the form's title, "Kính gửi", the paragraphs, "Nơi nhận" and the signer. A letter without
    a type (công văn, ``prefix`` "") says what it is about under its number ("V/v …", from the form's title)."""
    f = letterhead.form(kind, dossier.received_on)
    subject = "" if prefix else "V/v " + re.sub(r"^(văn bản|phiếu) ", "", f.title.lower()) + " hồ sơ"
    other = (f"- {dossier.competent_unit_name} (để phối hợp);",) if dossier.competent_unit_name else ()
    return Slip(
        form_label=f.label,
        title=f.title,
        code=dossier.code,
        number=f"Số: {event.letter_number or BLANK}/{prefix}{letterhead.settings.letter_symbol}",
        addressee=f"Kính gửi: Ông/Bà {dossier.owner.full_name}",
        paragraphs=paragraphs,
        recipients=("- Như trên;", *other, "- Lưu: VT, hồ sơ."),
        signatures=(letterhead.settings.signer_title,),
        signers=(event.signer,),
        signature_hint="(Ký, ghi rõ họ tên và đóng dấu)",
        subject=subject,
        **header(letterhead, event.at.date()),
    )


def _dossier_sentence(dossier: Dossier, letterhead: Letterhead) -> str:
    on = day_phrase(dossier.received_on).capitalize()
    return (
        f"{on}, {letterhead.receiving_unit} tiếp nhận hồ sơ của Ông/Bà {dossier.owner.full_name}, mã hồ sơ "
        f"{dossier.code}, nội dung yêu cầu giải quyết: {dossier.procedure_name}."
    )


def apology(dossier: Dossier, letterhead: Letterhead, event: Event) -> Slip:
    """Mẫu 04: the letter apologising for a dossier that will not be settled by its appointment and asking to
    extend its time to a new date (the receipt's appointment stays on record: the dossier is still judged by it)."""
    previous, first, new_due = event.previous_due, dossier.first_due_at, event.new_due
    earlier = f" (đã hẹn lại lần trước: {_moment(previous, dossier)})" if previous != first else ""
    paragraphs = (
        f"{_dossier_sentence(dossier, letterhead)} Thời gian hẹn trả kết quả theo Giấy tiếp nhận hồ sơ và hẹn "
        f"trả kết quả: {_moment(first, dossier)}{earlier}.",
        f"Lý do chưa trả kết quả đúng thời gian đã hẹn: {event.note}",
        f"{letterhead.receiving_unit} thành thật xin lỗi Ông/Bà và đề nghị gia hạn thời gian giải quyết hồ sơ "
        f"đến {_moment(new_due, dossier)}.",
        f"Thời gian hẹn trả kết quả mới: {_moment(new_due, dossier)}, tại {_return_place(dossier, letterhead)}.",
        "Rất mong nhận được sự thông cảm của Ông/Bà./.",
    )
    return _letter(dossier, letterhead, event, "APOLOGY_EXTENSION", "", paragraphs)


def _moment(moment: datetime | None, dossier: Dossier) -> str:
    return slip_moment(moment) if moment else dossier.no_date_phrase


def stop_notice(dossier: Dossier, letterhead: Letterhead, event: Event) -> Slip:
    """Mẫu 05 (2025): Thông báo dừng giải quyết hồ sơ, with its reason, sent to the owner."""
    paragraphs = (
        _dossier_sentence(dossier, letterhead),
        f"{_competent(dossier, letterhead)} thông báo dừng giải quyết hồ sơ nêu trên từ {slip_moment(event.at)}.",
        f"Lý do: {event.note}",
        "Xin thông báo để Ông/Bà được biết./.",
    )
    return _letter(dossier, letterhead, event, "STOP_NOTICE", "TB-", paragraphs)


def timeliness(done: datetime, due: datetime | None) -> str:
    """Trước hạn / Đúng hạn / Quá hạn, comparing dates as provincial reports do (§4.3)."""
    if due is None or done.date() == due.date():
        return "Đúng hạn"
    return "Trước hạn" if done.date() < due.date() else "Quá hạn"


def _hand_over(kind: str, dossier: Dossier, letterhead: Letterhead) -> tuple[str, str] | None:
    """(giver, receiver) of a hand-over event; None for an event that hands nothing over."""
    counter, decider = letterhead.receiving_unit, _competent(dossier, letterhead)
    return {
        "process": (counter, decider),
        "result_ready": (decider, counter),
        "stop": (decider, counter),
        "postal_handover": (counter, "Bưu chính công ích (trả kết quả)"),
        "return": (counter, "Công dân, tổ chức"),
    }.get(kind)


def control_slip(
    dossier: Dossier, letterhead: Letterhead, issued: datetime, due: datetime | None, digitised: tuple[str, ...] = ()
) -> Slip:
    """Mẫu 05 (2018) / 06 (2025): a row per hand-over, with the signature cells of giver and receiver;
    ``digitised``: the papers held as files.

    ``due`` is the statutory appointment (the receipt's, moved by supplement pauses, never by Mẫu 04). A result is
    judged when it is ready (Đã xử lý xong): a citizen collecting it later does not make it late, so the other
    rows carry no verdict.
    """
    f = letterhead.form("CONTROL_SLIP", dossier.received_on)
    rows = []
    for event in dossier.events:
        sides = _hand_over(event.kind, dossier, letterhead)
        if sides is None:
            continue
        outcome = timeliness(event.at, due) if event.status is Status.RESULT_READY else ""
        givers = event.user_name if event.kind != "return" else ""
        signatures = f"{slip_moment(event.at)}\n\nNgười giao: {givers}\n\n\n\nNgười nhận:\n\n\n"
        rows.append((f"1. Giao: {sides[0]}\n2. Nhận: {sides[1]}", signatures, outcome, event.note))
    first = dossier.first_due_at
    return Slip(
        form_label=f.label,
        title=f.title,
        code=dossier.code,
        lines=(
            ("Kèm theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả số", dossier.code),
            ("Đơn vị tiếp nhận hồ sơ", letterhead.receiving_unit),
            ("Cơ quan (bộ phận) giải quyết hồ sơ", _competent(dossier, letterhead)),
            ("Chủ hồ sơ", dossier.owner.full_name),
            ("Nội dung yêu cầu giải quyết", dossier.procedure_name),
            ("Thời gian trả kết quả theo giấy hẹn", _moment(first, dossier)),
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
        table_weights=(5, 4.5, 2.5, 3),
        **header(letterhead, issued.date()),
    )


def result_receipt(dossier: Dossier, letterhead: Letterhead, returned: Event) -> Slip:
    """Giấy biên nhận trả kết quả: who handed the result (``returned``, the status-10 event) to whom, and when."""
    owner = dossier.owner
    return Slip(
        form_label="",
        title="GIẤY BIÊN NHẬN TRẢ KẾT QUẢ",
        code=dossier.code,
        lines=(
            ("Tên thủ tục hành chính", dossier.procedure_name),
            ("Chủ hồ sơ", owner.full_name),
            ("Người trả kết quả", returned.user_name),
            ("Người nhận kết quả", returned.note or owner.full_name),
            ("Ngày trả kết quả", slip_moment(returned.at)),
            ("Hình thức trả", dossier.return_label),
        ),
        signatures=("NGƯỜI NHẬN KẾT QUẢ", "NGƯỜI TRẢ KẾT QUẢ"),
        extra={"received_by": returned.user_name},
        **header(letterhead, returned.at.date()),
    )
