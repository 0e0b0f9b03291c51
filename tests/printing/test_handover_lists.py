"""The postal hand-over lists as printed: title, two copies, masked ID numbers, a barcode per line that decodes."""

import pypdfium2
import zxingcpp

from counter_app.services import postal
from counter_app.services.printouts import print_to_file
from counter_core.domain.handover import COPIES
from counter_core.domain.intake import Person
from counter_core.domain.postal_batch import Flow
from tests.helpers.postal import items, ready_by_post
from tests.store.test_receive import khai_sinh

OWNERS = [
    Person("Đặng Thị Ngọc Ánh", "038187042028", gender="Nữ", address="Thôn Phú Lộc, xã Quảng Phú", phone="0912345678"),
    Person("Trần Văn Đức", "001090123456", gender="Nam", address="Xóm Bắc, xã Quảng Phú", phone="0987654321"),
]


def pages(path, dpi=300):
    pdf = pypdfium2.PdfDocument(str(path))
    return [
        (" ".join(page.get_textpage().get_text_range().split()), page.render(scale=dpi / 72).to_pil()) for page in pdf
    ]


def codes(image):
    return sorted(r.text for r in zxingcpp.read_barcodes(image) if r.format.name == "Code128")


def no_full_id(text):
    return not any(owner.id_number in text.replace(" ", "") for owner in OWNERS)


def test_the_results_list_has_two_copies_masked_ids_and_a_decodable_barcode_per_dossier(desk, clerk, tmp_path):
    dossiers = [ready_by_post(desk, clerk, owner) for owner in OWNERS]
    envelopes = items(2, start=300)
    batch = postal.open_batch(desk, Flow.RESULTS, clerk)
    for code, envelope in zip(dossiers, envelopes):
        postal.scan(desk, batch["id"], code, clerk)
        postal.scan(desk, batch["id"], envelope, clerk)
    postal.close_batch(desk, batch["id"], clerk, "Lê Thị Thu Hà")
    printed = pages(postal.handover_to_file(desk, batch["id"], clerk, tmp_path / "results.pdf"))
    assert len(printed) == 2
    for (text, image), copy in zip(printed, COPIES):
        assert "PHIẾU BÀN GIAO KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH" in text and copy in text
        assert "Số: BC01-00001" in text and "BÊN GIAO" in text and "BÊN NHẬN" in text
        assert "Lê Thị Thu Hà" in text and "Nguyễn Thị Lan" in text
        assert "0381******28" in text and "0010******56" in text and no_full_id(text)
        assert all(e in text for e in envelopes)  # (cells of several lines come out interleaved with their row)
        assert codes(image) == sorted(dossiers)


def test_the_intake_list_shows_packages_by_item_code_until_their_dossier_is_received(desk, clerk, tmp_path):
    packages = items(3, start=700)
    batch = postal.open_batch(desk, Flow.INTAKE, clerk)
    for package in packages:
        postal.scan(desk, batch["id"], package, clerk)
    postal.close_batch(desk, batch["id"], clerk, "Lê Thị Thu Hà")
    (text, image), second = pages(postal.handover_to_file(desk, batch["id"], clerk, tmp_path / "intake.pdf"))
    assert "DANH SÁCH BÀN GIAO HỒ SƠ" in text and "Liên 1" in text and "Liên 2" in second[0]
    assert "XÁC NHẬN CỦA TRUNG TÂM" in text and "Tổng số hồ sơ bàn giao: 03" in text
    assert codes(image) == sorted(packages)

    received = postal.receive_by_post(desk, khai_sinh(desk, owner=OWNERS[0]), clerk, packages[1]).code
    path = postal.handover_to_file(desk, batch["id"], clerk)
    assert path == desk.store.path.parent / "slips" / "ban-giao-BC01-00001.pdf"
    (text, image), _ = pages(path)
    assert codes(image) == sorted([packages[0], received, packages[2]])
    assert f"Mã bưu gửi: {packages[1]}" in text and "Đặng Thị Ngọc Ánh" in text
    assert "0381******28" in text and no_full_id(text)


def test_the_delivered_list_names_the_results_returned_by_post(desk, clerk, tmp_path):
    code = ready_by_post(desk, clerk, OWNERS[1])
    (envelope,) = items(1, start=950)
    out = postal.open_batch(desk, Flow.RESULTS, clerk)
    postal.scan(desk, out["id"], code, clerk)
    postal.scan(desk, out["id"], envelope, clerk)
    postal.close_batch(desk, out["id"], clerk)
    delivered = postal.open_batch(desk, Flow.DELIVERED, clerk)
    postal.scan(desk, delivered["id"], envelope, clerk)
    postal.close_batch(desk, delivered["id"], clerk, "Lê Thị Thu Hà")
    (text, image), _ = pages(postal.handover_to_file(desk, delivered["id"], clerk, tmp_path / "delivered.pdf"))
    assert "DANH SÁCH XÁC NHẬN ĐÃ PHÁT KẾT QUẢ QUA BƯU CHÍNH" in text and "Đã trả kết quả" in text
    assert "0010******56" in text and no_full_id(text) and codes(image) == [code]
    control, _ = pages(print_to_file(desk, code, "control", clerk, tmp_path / "control.pdf"))[0]
    assert "Bưu chính công ích (trả kết quả)" in control and f"mã bưu gửi {envelope}" in control
