"""The papers after 01/07/2025 as the citizen reads them: the centre's header and name, the numbering of the form
set in force on the dossier's day, the stop notice, the control slip's hand-overs, and dates, names and labels
written as the law writes them (ND 30/2020)."""

import re

import pytest

from counter_app.services import processing, reception
from counter_app.services.configuration import init_desk
from counter_app.services.printouts import print_to_file
from counter_app.store.desk import Desk
from counter_core.domain.intake import Intake, Person, SubmittedDocument
from counter_core.domain.status import Status
from counter_core.foundation.errors import NotAllowed
from tests.printing.test_slips import pages
from tests.store.test_receive import khai_sinh

CAVEATS = ("[K]", "[P]", "[V]", "chưa xác nhận", "theo báo cáo", "cần đối chiếu", "TODO")


def text_of(desk, code, kind, tmp_path, user) -> list[str]:
    return [text for text, _ in pages(print_to_file(desk, code, kind, user, tmp_path / f"{kind}.pdf"))]


def test_every_paper_of_a_dossier_names_the_centre_and_reads_as_the_law_writes(desk, clerk, clock, tmp_path):
    clock.set("2026-08-05T09:05")  # Wednesday 5 August 2026
    code = reception.receive(desk, khai_sinh(desk), clerk).code
    clock.set("2026-08-05T10:00")
    processing.reschedule(
        desk, code, clerk, desk.calendar.at(clock.moment.date().replace(day=7), clock.moment.time()), "Chờ xác minh"
    )
    clock.set("2026-08-06T09:00")
    processing.request_supplement(desk, code, clerk, [SubmittedDocument("Giấy chứng sinh", 1)], "Bản bị mờ")
    clock.set("2026-08-20T14:00")
    processing.stop(desk, code, clerk, "Quá thời hạn bổ sung, công dân không bổ sung hồ sơ", "7", "Lê Văn Minh")

    receipt = text_of(desk, code, "receipt", tmp_path, clerk)
    for copy in receipt:
        assert "UBND XÃ QUẢNG PHÚ TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG ———" in copy
        assert "Mẫu số 01 — Thông tư số 03/2025/TT-VPCP" in copy
        assert "Quảng Phú, ngày 05 tháng 8 năm 2026" in copy
        assert "Đơn vị tiếp nhận hồ sơ: Trung tâm Phục vụ hành chính công xã Quảng Phú" in copy
        assert "Số định danh cá nhân: 038187042028" in copy and "CMND" not in copy
        assert "Thời gian nhận hồ sơ: 09 giờ 05 phút, ngày 05 tháng 8 năm 2026" in copy
        assert "Thời gian trả kết quả giải quyết hồ sơ: 17 giờ 00 phút, ngày 05 tháng 8 năm 2026" in copy
        assert "Đăng ký nhận kết quả tại: Trung tâm Phục vụ hành chính công xã Quảng Phú" in copy
        assert "Vào Sổ theo dõi hồ sơ, Quyển số: …………, Số thứ tự: …………" in copy
    papers = receipt + [
        page
        for kind in ("apology", "supplement", "stop", "control")
        for page in text_of(desk, code, kind, tmp_path, clerk)
    ]
    for page in papers:
        assert not [c for c in CAVEATS if c in page], page
        assert not re.search(r"\b([^\W\d_]{2,}):? \1\b", page, re.IGNORECASE), page  # no "tại: Tại"
        assert not re.search(r"tháng 0[3-9]", page) and not re.search(r"ngày [1-9] tháng", page), page


def test_the_stop_notice_says_who_stops_why_and_goes_with_status_8(desk, clerk, clock, tmp_path):
    code = reception.receive(desk, khai_sinh(desk), clerk).code
    with pytest.raises(NotAllowed, match="chưa bị dừng"):
        print_to_file(desk, code, "stop", clerk, tmp_path / "x.pdf")
    clock.set("2026-11-24T10:30")
    stopped = processing.stop(desk, code, clerk, "Công dân đề nghị dừng giải quyết để bổ sung giấy tờ khác", "12")
    assert stopped["to"] == Status.STOPPED == 8
    (text,) = text_of(desk, code, "stop", tmp_path, clerk)
    assert "Mẫu số 05 — Thông tư số 03/2025/TT-VPCP" in text and "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ" in text
    assert "Số: 12/TB-TTPVHCC" in text and "Quảng Phú, ngày 24 tháng 11 năm 2026" in text
    assert "Kính gửi: Ông/Bà Nguyễn Thị Ngọc Ánh" in text and f"mã hồ sơ {code}" in text
    assert "UBND xã Quảng Phú thông báo dừng giải quyết hồ sơ nêu trên từ 10 giờ 30 phút, ngày 24 tháng 11" in text
    assert "Lý do: Công dân đề nghị dừng giải quyết để bổ sung giấy tờ khác" in text
    assert "Nơi nhận:" in text and "GIÁM ĐỐC" in text


def test_a_paper_is_numbered_as_on_the_dossiers_day_and_the_2025_start_is_a_setting(desk, clerk, clock, tmp_path):
    clock.set("2025-08-04T09:00")  # before 15/9/2025, the documented start of the 2025 numbering
    old = reception.receive(desk, khai_sinh(desk), clerk).code
    clock.set("2026-11-23T09:00")
    new = reception.receive(desk, khai_sinh(desk), clerk).code
    assert "Mẫu số 01 — Thông tư số 01/2018/TT-VPCP" in text_of(desk, old, "receipt", tmp_path, clerk)[0]
    control = text_of(desk, old, "control", tmp_path, clerk)[0]  # printed in 2026 for a dossier of 2025
    assert "Mẫu số 05 — Thông tư số 01/2018/TT-VPCP" in control and "PHIẾU KIỂM SOÁT" in control
    assert "Mẫu số 06 — Thông tư số 03/2025/TT-VPCP" in text_of(desk, new, "control", tmp_path, clerk)[0]
    processing.stop(desk, old, clerk, "Không đủ điều kiện")  # the 2018 set had no stop notice
    assert "Mẫu số 05 — Thông tư số 03/2025/TT-VPCP" in text_of(desk, old, "stop", tmp_path, clerk)[0]

    init_desk(desk.store, "000.00.31.H56", "UBND xã Quảng Phú", 1, papers={"forms_2025_from": "01/07/2025"})
    desk = Desk(desk.store, clock)
    assert "Mẫu số 01 — Thông tư số 03/2025/TT-VPCP" in text_of(desk, old, "receipt", tmp_path, clerk)[0]


def test_a_ward_named_by_its_number_and_header_lines_set_for_the_unit(store, clock, tmp_path):
    from counter_app.services import accounts

    init_desk(store, "000.00.31.H56", "UBND phường 1", 1, papers={"header_line2_names_commune": True})
    clerk = accounts.add_user(
        store,
        "lan",
        "Nguyễn Thị Lan",
        "clerk",
        "matkhau1",
        accounts.first_admin(store, "toan", "Phạm Quốc Toản", "matkhau1"),
    )
    desk = Desk(store, clock)
    code = reception.receive(desk, khai_sinh(desk), clerk).code
    first = text_of(desk, code, "receipt", tmp_path, clerk)[0]
    assert "UBND PHƯỜNG 1 TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG PHƯỜNG 1" in first
    assert "Phường 1, ngày 23 tháng 11 năm 2026" in first
    assert "Đơn vị tiếp nhận hồ sơ: Trung tâm Phục vụ hành chính công Phường 1" in first
    assert "Phường 01" not in first and "phường 1" not in first

    init_desk(
        store,
        "000.00.31.H56",
        "UBND phường 1",
        1,
        papers={"header_line1": "UBND THÀNH PHỐ HUẾ", "header_line2": "TRUNG TÂM PHỤC VỤ HCC PHƯỜNG 1"},
    )
    init_desk(store, "000.00.31.H56", "UBND phường 1", 1)  # setting the desk up again keeps them
    second = text_of(Desk(store, clock), code, "receipt", tmp_path, clerk)[0]
    assert "UBND THÀNH PHỐ HUẾ TRUNG TÂM PHỤC VỤ HCC PHƯỜNG 1 ———" in second


def test_the_control_slip_names_the_deciding_unit_has_signature_cells_and_judges_the_result_not_its_collection(
    desk, clerk, clock, tmp_path
):
    from counter_app.store import dossiers

    dossiers.put_unit(desk.store, "000.00.40.H56", "UBND phường Hạc Thành")
    intake = khai_sinh(desk, competent_unit="000.00.40.H56")
    code = reception.receive(desk, intake, clerk).code  # due 17:00 today
    clock.set("2026-11-23T10:00")
    processing.transition(desk, code, Status.PROCESSING, clerk, "Chuyển phường Hạc Thành")
    clock.set("2026-11-23T16:00")
    processing.transition(desk, code, Status.RESULT_READY, clerk)  # ready in time
    clock.set("2026-11-30T09:00")
    processing.transition(desk, code, Status.RETURNED, clerk, "Nguyễn Thị Ngọc Ánh")  # collected a week later
    (text,) = text_of(desk, code, "control", tmp_path, clerk)
    assert "Cơ quan (bộ phận) giải quyết hồ sơ: UBND phường Hạc Thành" in text
    assert "1. Giao: Trung tâm Phục vụ hành chính công xã Quảng Phú 2. Nhận: UBND phường Hạc Thành" in text
    assert "1. Giao: UBND phường Hạc Thành 2. Nhận: Trung tâm Phục vụ hành chính công xã Quảng Phú" in text
    assert text.count("Người giao") == 3 and text.count("Người nhận") == 3  # a cell each, per hand-over
    assert "Đúng hạn" in text and "Quá hạn" not in text


def test_an_old_cmnd_is_named_as_such_on_the_receipt(desk, clerk, tmp_path):
    owner = Person("Trần Văn Đức", "212163684", gender="Nam", address="Thôn 3", phone="0912345678")
    receipt = reception.receive(desk, Intake("1.001193", owner, khai_sinh(desk).documents), clerk)
    assert "CMND 9 chữ số, hết giá trị sử dụng" in receipt.id_warnings[0].in_language()
    assert "Số Chứng minh nhân dân: 212163684" in text_of(desk, receipt.code, "receipt", tmp_path, clerk)[0]
