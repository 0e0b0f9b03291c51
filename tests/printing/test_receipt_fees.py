"""The receipt a citizen takes home says what the law says: the case chosen and the appointment that follows it,
"Miễn lệ phí" and why for a procedure free by law, the province's amount and its resolution once the desk has the
fee table, the exemption picked and its ground; a fee table loaded later never changes a receipt already given."""

from datetime import date

import pypdfium2
import pytest

from counter_app.reports import fees
from counter_app.reports.period import Period
from counter_app.services import configuration, reception
from counter_app.services.printouts import print_to_file
from counter_core.domain.fees import FeeRequest
from counter_core.foundation.errors import InvalidDossier
from tests.helpers.fees import REFERENCE, fee_table_file
from tests.reports.seed import intake


def receipt_text(desk, code, tmp_path, user) -> str:
    pdf = pypdfium2.PdfDocument(str(print_to_file(desk, code, "receipt", user, tmp_path / f"{code}.pdf")))
    return " ".join(pdf[0].get_textpage().get_text_range().split())


def receive(desk, clerk, code, **changes):
    return reception.receive(desk, intake(desk, code, "Trần Thị Mai", **changes), clerk)


@pytest.mark.parametrize(
    "code, reason",
    [
        ("1.000894", "Đăng ký kết hôn của công dân Việt Nam cư trú ở trong nước"),
        ("1.004837", "Đăng ký giám hộ"),
    ],
)
def test_marriage_and_guardianship_receipts_say_free_by_law_and_why(desk, clerk, tmp_path, code, reason):
    text = receipt_text(desk, receive(desk, clerk, code).code, tmp_path, clerk)
    assert f"7. Phí, lệ phí: Miễn lệ phí — {reason} (căn cứ Luật Hộ tịch 2014, Điều 11 khoản 1 điểm b)" in text


def test_the_case_chosen_at_reception_is_printed_and_sets_the_appointment(desk, clerk, tmp_path):
    # Received Mon 23/11/2026 09:00; Tue 24/11 is Ngày Văn hóa Việt Nam: 6 working days end Wed 02/12.
    text = receipt_text(desk, receive(desk, clerk, "1.004859", case="xac-minh").code, tmp_path, clerk)
    assert "Trường hợp: Thay đổi, cải chính cần xác minh (thêm không quá 03 ngày làm việc)" in text
    assert "3. Thời gian giải quyết hồ sơ theo quy định: 06 ngày làm việc" in text
    assert "5. Thời gian trả kết quả giải quyết hồ sơ: 09 giờ 00 phút, ngày 02 tháng 12 năm 2026" in text
    plain = receipt_text(desk, receive(desk, clerk, "1.004859").code, tmp_path, clerk)
    assert "Trường hợp: Thay đổi, cải chính thông tin hộ tịch, xác định lại dân tộc" in plain
    assert "09 giờ 00 phút, ngày 27 tháng 11 năm 2026" in plain  # 3 working days after the holiday


def test_an_unknown_case_is_refused_and_nothing_is_received(desk, clerk):
    with pytest.raises(InvalidDossier) as refused:
        receive(desk, clerk, "1.004859", case="khong-co")
    assert "xac-minh" in refused.value.problems["case"].in_language()


def test_a_time_the_province_must_confirm_is_said_on_the_receipt(desk, clerk, tmp_path):
    text = receipt_text(desk, receive(desk, clerk, "1.001731").code, tmp_path, clerk)
    assert "3. Thời gian giải quyết hồ sơ theo quy định: Chờ tỉnh xác nhận thời hạn giải quyết" in text
    assert "5. Thời gian trả kết quả giải quyết hồ sơ: Chờ tỉnh xác nhận thời hạn: chưa hẹn ngày trả kết quả" in text


def test_the_province_fee_prints_its_amount_and_resolution_and_a_later_table_changes_no_receipt(
    desk, clerk, clock, tmp_path
):
    before = receive(desk, clerk, "1.004873")
    assert "7. Phí, lệ phí: Theo Nghị quyết của HĐND tỉnh (quầy chưa có biểu mức thu của tỉnh)" in receipt_text(
        desk, before.code, tmp_path, clerk
    )
    configuration.import_fee_table(desk.store, fee_table_file(tmp_path))
    priced = receive(desk, clerk, "1.004873")
    assert f"7. Phí, lệ phí: 10.000 đ (Mười nghìn đồng); căn cứ {REFERENCE}" in receipt_text(
        desk, priced.code, tmp_path, clerk
    )

    # The province raises the amount: a new resolution, in force from the next day.
    configuration.import_fee_table(
        desk.store,
        fee_table_file(
            tmp_path,
            "bieu-phi-2.json",
            resolution="Nghị quyết số 7/2026/NQ-HĐND",
            adopted="2026-11-20",
            effective_from="2026-11-25",
            fees=[{"procedure": "1.004873", "amount": 20000}],
        ),
    )
    clock.set("2026-11-25T09:00")
    raised = receive(desk, clerk, "1.004873")
    assert raised.fee.amount == 20000 and "Nghị quyết số 7/2026/NQ-HĐND" in receipt_text(
        desk, raised.code, tmp_path, clerk
    )
    assert f"10.000 đ (Mười nghìn đồng); căn cứ {REFERENCE}" in receipt_text(desk, priced.code, tmp_path, clerk)
    assert "quầy chưa có biểu mức thu của tỉnh" in receipt_text(desk, before.code, tmp_path, clerk)
    days = Period(date(2026, 11, 23), date(2026, 11, 25))
    (row,), total = fees.figures(desk, days)
    assert (row.code, total.received, total.paying, total.amount) == ("1.004873", 3, 2, 30000)
    assert fees.exemptions(desk, days) == ([], 1)  # one received while the amount was unknown


def test_an_exemption_picked_at_reception_is_printed_with_its_ground_and_counted(desk, clerk, tmp_path):
    configuration.import_fee_table(desk.store, fee_table_file(tmp_path))
    poor = receive(desk, clerk, "1.004873", fee_request=FeeRequest(exemption="Người thuộc hộ nghèo"))
    child = receive(desk, clerk, "1.004873", fee_request=FeeRequest(exemption="Trẻ em"))
    receive(desk, clerk, "1.000894")
    assert (
        "7. Phí, lệ phí: Miễn lệ phí — Người thuộc hộ nghèo (căn cứ Luật Hộ tịch 2014, Điều 11 khoản 1 điểm a)"
        in receipt_text(desk, poor.code, tmp_path, clerk)
    )
    assert "Miễn lệ phí — Trẻ em (căn cứ Nghị quyết số 99/2025/NQ-HĐND, Điều 3)" in receipt_text(
        desk, child.code, tmp_path, clerk
    )
    exempted, pending = fees.exemptions(desk, Period(date(2026, 11, 23), date(2026, 11, 23)))
    assert [(r.exemption, r.ground, r.dossiers) for r in exempted] == [
        (
            "Đăng ký kết hôn của công dân Việt Nam cư trú ở trong nước",
            "Luật Hộ tịch 2014, Điều 11 khoản 1 điểm b",
            1,
        ),
        ("Người thuộc hộ nghèo", "Luật Hộ tịch 2014, Điều 11 khoản 1 điểm a", 1),
        ("Trẻ em", "Nghị quyết số 99/2025/NQ-HĐND, Điều 3", 1),
    ]
    assert pending == 0
