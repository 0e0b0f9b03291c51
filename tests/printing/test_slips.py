"""Printed slips as a citizen reads them: the text with its diacritics, and codes a scanner decodes."""

import pypdfium2
import pytest
import zxingcpp

from counter_app.printing.fonts import missing_glyphs
from counter_app.services import lookup, processing, reception
from counter_app.services.printouts import guidance_to_file, print_to_file
from counter_app.store.catalog import procedure_in_force
from counter_core.domain.intake import Intake, Person, SubmittedDocument
from counter_core.foundation.errors import NotAllowed

VIETNAMESE = "ẠẢÃÀÁÂẬẦẤẨẪĂẮẰẶẲẴÉÈẸẺẼÊẾỀỆỂỄÍÌỊỈĨÓÒỌỎÕÔỐỒỘỔỖƠỚỜỢỞỠÚÙỤỦŨƯỨỪỰỬỮÝỲỴỶỸĐđ"


def pages(path):
    pdf = pypdfium2.PdfDocument(str(path))
    return [
        (" ".join(page.get_textpage().get_text_range().split()), page.render(scale=200 / 72).to_pil()) for page in pdf
    ]


@pytest.fixture
def received(desk, clerk):
    _, proc = procedure_in_force(desk.store, desk.clock().date(), "1.001193")
    docs = tuple(SubmittedDocument(d.name, d.original, d.certified, d.copy) for d in proc.documents if d.required)
    owner = Person(
        "Đặng Thị Ngọc Ánh", "038187042028", gender="Nữ", address="Thôn Phú Lộc, xã Quảng Phú", phone="0912345678"
    )
    return reception.receive(desk, Intake("1.001193", owner, docs), clerk)


def test_the_shipped_font_draws_every_vietnamese_letter():
    assert missing_glyphs(VIETNAMESE + VIETNAMESE.lower()) == set()


def test_the_receipt_has_two_copies_with_title_name_code_and_decodable_codes(desk, clerk, received, tmp_path):
    path = print_to_file(desk, received.code, "receipt", clerk, tmp_path / "receipt.pdf")
    printed = pages(path)
    assert len(printed) == 2
    for (text, image), copy in zip(printed, ["Liên 1: Lưu", "Liên 2: Giao người nộp"]):
        assert "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ" in text
        assert copy in text and "Đặng Thị Ngọc Ánh" in text and received.code in text
        assert "Thời gian trả kết quả giải quyết hồ sơ: 17 giờ 00 phút, ngày 23 tháng 11 năm 2026" in text
        decoded = {r.format.name: r.text for r in zxingcpp.read_barcodes(image)}
        assert decoded["Code128"] == received.code
        assert decoded["QRCode"] == desk.config.tracking_url.format(code=received.code)


def test_a_refused_dossier_prints_its_reason_not_a_receipt(desk, clerk, received, tmp_path):
    with pytest.raises(NotAllowed):
        print_to_file(desk, received.code, "refusal", clerk, tmp_path / "x.pdf")
    refused = reception.refuse(
        desk,
        Intake("1.001193", Person("Trần Văn Đức", "001090123456"), ()),
        clerk,
        "Thiếu Giấy chứng sinh, đã hướng dẫn bổ sung",
    )
    text, _ = pages(print_to_file(desk, refused.code, "refusal", clerk, tmp_path / "refusal.pdf"))[0]
    assert "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ" in text
    assert "Thiếu Giấy chứng sinh, đã hướng dẫn bổ sung" in text
    with pytest.raises(NotAllowed):
        print_to_file(desk, refused.code, "receipt", clerk, tmp_path / "y.pdf")


def test_receipts_are_kept_in_the_data_folder_by_default(desk, clerk, received):
    path = print_to_file(desk, received.code, "receipt", clerk)
    assert path == desk.store.path.parent / "slips" / f"{received.code}-receipt.pdf" and path.stat().st_size > 0


def test_the_control_slip_lists_each_hand_over_and_judges_it_against_the_appointment(
    desk, clerk, received, clock, tmp_path
):
    from counter_core.domain.status import Status

    clock.set("2026-11-23T10:00")
    processing.transition(desk, received.code, Status.PROCESSING, clerk, "Chuyển công chức tư pháp - hộ tịch")
    clock.set("2026-11-25T09:00")  # due 23/11 17:00: late
    processing.transition(desk, received.code, Status.RESULT_READY, clerk)
    clock.set("2026-11-25T10:00")
    processing.transition(desk, received.code, Status.RETURNED, clerk, "Đặng Thị Ngọc Ánh")
    text, _ = pages(print_to_file(desk, received.code, "control", clerk, tmp_path / "control.pdf"))[0]
    assert "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ" in text
    assert "Chuyển công chức tư pháp - hộ tịch" in text and "Quá hạn" in text
    result, _ = pages(print_to_file(desk, received.code, "result", clerk, tmp_path / "result.pdf"))[0]
    assert "GIẤY BIÊN NHẬN TRẢ KẾT QUẢ" in result
    assert "Ngày trả kết quả: 10 giờ 00 phút, ngày 25 tháng 11 năm 2026" in result


def test_the_supplement_request_lists_every_missing_paper_with_its_reason(desk, clerk, received, tmp_path):
    with pytest.raises(NotAllowed, match="chưa có yêu cầu bổ sung"):
        print_to_file(desk, received.code, "supplement", clerk, tmp_path / "x.pdf")
    processing.request_supplement(
        desk,
        received.code,
        clerk,
        [
            SubmittedDocument("Giấy chứng sinh", original=1),
            SubmittedDocument("Bản sao Giấy chứng nhận kết hôn", copy=1),
        ],
        "Giấy chứng sinh bị tẩy xóa",
    )
    ((text, image),) = pages(print_to_file(desk, received.code, "supplement", clerk, tmp_path / "supplement.pdf"))
    assert "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ" in text and f"Số: {received.code}/HDHS" in text
    assert "1 Giấy chứng sinh 1 0 0" in text and "2 Bản sao Giấy chứng nhận kết hôn 0 0 1" in text
    assert "Lý do: Giấy chứng sinh bị tẩy xóa" in text and "NGƯỜI HƯỚNG DẪN" in text
    assert {r.text for r in zxingcpp.read_barcodes(image)} == {received.code}


def test_an_incomplete_intake_gets_a_supplement_request_without_a_code(desk, clerk):
    _, proc = procedure_in_force(desk.store, desk.clock().date(), "1.001193")
    intake = Intake("1.001193", Person("Lê Văn Tám", "001090123456", gender="Nam"), ())
    path = guidance_to_file(desk, intake, clerk)
    ((text, _),) = pages(path)
    assert path.parent == desk.store.path.parent / "slips"
    assert "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ" in text and "Lê Văn Tám" in text
    assert all(" ".join(d.name.split()) in text for d in proc.documents if d.required)
    assert "Mã hồ sơ" not in text


def test_the_apology_is_a_letter_with_the_new_date_and_keeps_the_first(desk, clerk, received, clock, tmp_path):
    from datetime import datetime

    from counter_core.foundation.clock import VN_TZ

    clock.set("2026-11-23T16:00")
    processing.reschedule(
        desk, received.code, clerk, datetime(2026, 11, 26, 17, 0, tzinfo=VN_TZ), "Chờ xác minh nơi cư trú"
    )
    clock.set("2026-11-26T15:00")
    processing.reschedule(
        desk,
        received.code,
        clerk,
        datetime(2026, 11, 30, 9, 0, tzinfo=VN_TZ),
        "Chờ UBND tỉnh trả lời",
        number="27",
        signer="Lê Văn Minh",
    )
    ((text, _),) = pages(print_to_file(desk, received.code, "apology", clerk, tmp_path / "apology.pdf"))
    assert "Mẫu số 04 — Thông tư số 03/2025/TT-VPCP" in text
    assert "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT" in text
    assert "Số: 27/TTPVHCC" in text and "V/v xin lỗi và đề nghị gia hạn thời gian giải quyết hồ sơ" in text
    assert "Quảng Phú, ngày 26 tháng 11 năm 2026" in text and "Kính gửi: Ông/Bà Đặng Thị Ngọc Ánh" in text
    assert "theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả: 17 giờ 00 phút, ngày 23 tháng 11 năm 2026" in text
    assert "(đã hẹn lại lần trước: 17 giờ 00 phút, ngày 26 tháng 11 năm 2026)" in text
    assert "Thời gian hẹn trả kết quả mới: 09 giờ 00 phút, ngày 30 tháng 11 năm 2026" in text
    assert "Lý do chưa trả kết quả đúng thời gian đã hẹn: Chờ UBND tỉnh trả lời" in text
    assert "Nơi nhận: - Như trên; - Lưu: VT, hồ sơ." in text and "GIÁM ĐỐC" in text and "Lê Văn Minh" in text


def test_no_apology_once_the_deadline_has_passed(desk, clerk, received, clock):
    from datetime import datetime

    from counter_core.foundation.clock import VN_TZ

    clock.set("2026-11-23T17:01")  # the receipt said 17 giờ 00 phút today
    with pytest.raises(NotAllowed, match="đã hết lúc 17 giờ 00 phút, ngày 23 tháng 11 năm 2026"):
        processing.reschedule(desk, received.code, clerk, datetime(2026, 11, 25, 17, 0, tzinfo=VN_TZ), "Chậm")
    assert [e.kind for e in lookup.show(desk, received.code).events] == ["receive"]
