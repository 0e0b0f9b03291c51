"""Building a catalog from what is published: the national portal's procedure records (small records of our own in
the portal's shape, tests/fixtures/portal) and the province's decision typed as a CSV. Whatever cannot be taken as
it stands is reported, never dropped silently."""

import json
from datetime import date
from pathlib import Path

import pytest

from counter_core.domain.decision import Decision, apply_decision, read_rows
from counter_core.domain.findings import Kind
from counter_core.domain.portal_record import catalog_from_records, read_record
from counter_core.domain.procedure import SEED_CATALOG, Catalog, TimeUnit
from counter_core.foundation.errors import InvalidInput

PORTAL = Path(__file__).resolve().parents[1] / "fixtures" / "portal"
SEED = Catalog.load(SEED_CATALOG)


def record(code: str) -> dict:
    return json.loads((PORTAL / f"{code}.json").read_text(encoding="utf-8"))


def found(read, kind: Kind, field: str) -> list[str]:
    return [f.message for f in read.findings if f.kind is kind and f.field.startswith(field)]


def test_a_civil_status_record_gives_its_time_fee_exemptions_papers_and_source():
    read = read_record(record("1.099901"))
    proc = read.procedure
    assert (proc.code, proc.field, proc.processing.phrase()) == ("1.099901", "Hộ tịch", "03 ngày làm việc")
    assert found(read, Kind.GUESS, "executionMethods[DIRECT].processingTime") == [
        "đơn vị OTHER: lấy đơn vị của trường hợp 1.099901.01 (3 ngày làm việc)"
    ]
    # The 8-day case has no name of its own on the portal: kept under its code, and the province must name it.
    (case,) = proc.cases
    assert (case.key, case.processing.phrase()) == ("1.099901.02", "08 ngày làm việc")
    assert "không có tên riêng" in found(read, Kind.INCONSISTENT, "cases[1]")[0]
    assert proc.fee.kind == "set_by_province"
    assert [e.name for e in proc.exemptions] == ["Người thuộc hộ nghèo", "Người khuyết tật"]
    assert [(d.name, d.required) for d in proc.documents] == [
        ("Tờ khai đăng ký thử nghiệm theo mẫu", True),
        ("Trường hợp ủy quyền thì nộp văn bản ủy quyền", False),
    ]  # the note without a count and the "Lưu ý" group are not papers
    assert proc.legal_basis == ("Luật Hộ tịch số 60/2014/QH13", "Quyết định công bố số 999/QĐ-BTP")
    (source,) = proc.sources
    assert source.url == "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/00000000-0000-7000-8000-000000000001"
    assert (source.seen.isoformat(), source.tag) == ("2026-04-16", "V")
    assert found(read, Kind.UNKNOWN_FIELD, "tinhNangMoi2027")  # a field this reader does not know is named


def test_half_days_channels_and_months_are_reported_with_what_was_kept():
    read = read_record(record("1.099902"))
    proc = read.procedure
    assert proc.processing.unit is TimeUnit.WORKING_HOURS and proc.processing.amount == 60  # 7,5 working days
    assert proc.online_processing.phrase() == "05 ngày làm việc"
    assert found(read, Kind.UNSUPPORTED, "executionMethods[POSTAL].processingTime") == [
        "đơn vị thời hạn tháng (2 tháng) chưa dùng được"
    ]
    assert (proc.fee.kind, proc.fee.amount) == ("fixed", 20000)
    assert "10000 đ" in found(read, Kind.UNSUPPORTED, "executionMethods[ONLINE].fees")[0]
    assert [(c.key, c.name, c.processing.phrase()) for c in proc.cases] == [
        ("1.099902.02", "Công trình lớn", "12 ngày làm việc")
    ]
    assert found(read, Kind.SCOPE, "isWard") == ["Cổng không ghi thủ tục này thuộc cấp xã"]
    assert proc.processing_note == "07 ngày rưỡi làm việc kể từ ngày nhận đủ hồ sơ"


def test_a_catalogue_line_without_details_is_reported_and_a_catalog_needs_one_readable_record():
    lines = [json.loads(x) for x in (PORTAL / "danh-muc.jsonl").read_text(encoding="utf-8").splitlines()]
    cat, findings = catalog_from_records(
        [record("1.099901"), *lines, record("1.099901")], "thử", date(2026, 12, 1), "Cổng"
    )
    assert [p.code for p in cat.procedures] == ["1.099901"]
    assert sum("dòng danh mục" in f.message for f in findings) == 2
    assert any(f.message.startswith("hai hồ sơ cùng mã") for f in findings)
    assert Catalog.from_json(cat.to_json()) == cat  # a valid catalog file
    with pytest.raises(InvalidInput, match="Không đọc được thủ tục nào"):
        catalog_from_records(lines, "thử", date(2026, 12, 1), "Cổng")


DECISION = Decision("1234/QĐ-UBND", date(2026, 11, 20), date(2026, 12, 1), "Ủy ban nhân dân tỉnh Thử Nghiệm")
CSV = """Mã thủ tục;Tên thủ tục;Lĩnh vực;Thời hạn;Đơn vị;Trường hợp;Lệ phí;Căn cứ;Trạng thái;Ghi chú
1.001731;;;3;ngày làm việc;;;Nghị định số 176/2025/NĐ-CP;sửa đổi;Theo quyết định công bố của tỉnh
1.011607;;;;;;;;bãi bỏ;
1.099903;Thủ tục thử nghiệm mới;Hộ tịch;5;ngày làm việc;;HĐND;;mới;
1.004873;;;;;;20.000;;sửa đổi;
1.004873;;;8;ngày làm việc;Cần xác minh ở nơi cư trú trước;;;;
2.000635;;;;trong ngày;;8.000/bản;;;
"""


def test_the_provinces_decision_makes_a_new_version_from_the_catalog_in_force():
    cat, findings = apply_decision(SEED, read_rows(CSV), DECISION)
    assert (cat.version, cat.effective_from, cat.issuer) == (
        "QĐ 1234/QĐ-UBND",
        date(2026, 12, 1),
        "Ủy ban nhân dân tỉnh Thử Nghiệm",
    )
    burial = cat.get("1.001731")
    assert burial.processing.phrase() == "03 ngày làm việc" and not burial.processing.unconfirmed
    assert burial.sources[0].ref == "Quyết định số 1234/QĐ-UBND của Ủy ban nhân dân tỉnh Thử Nghiệm"
    assert burial.legal_basis[0] == "Nghị định số 176/2025/NĐ-CP" and burial.documents == SEED.get("1.001731").documents
    assert cat.get("1.011607") is None and len(cat.procedures) == len(SEED.procedures)  # one out, one in
    new = cat.get("1.099903")
    assert (new.name, new.fee.kind, new.processing.amount) == ("Thủ tục thử nghiệm mới", "set_by_province", 5)
    assert [f.message for f in findings if f.procedure == "1.099903"] == [
        "thủ tục mới chưa có thành phần hồ sơ: lấy từ hồ sơ TTHC trên Cổng"
    ]
    status = cat.get("1.004873")
    assert (status.fee.kind, status.fee.amount) == ("fixed", 20000)
    (case,) = status.cases
    assert (case.key, case.processing.amount) == ("can-xac-minh-o-noi-cu-tru-truoc", 8)
    assert (cat.get("2.000635").fee.kind, cat.get("2.000635").fee.unit) == ("per_unit", "bản")


def test_a_decision_listing_every_procedure_drops_the_others_and_bad_rows_name_their_line():
    rows = read_rows("ma_thu_tuc,trang_thai\n1.001193,\n1.000894,sửa đổi\n")
    whole_list = Decision("5/QĐ-UBND", date(2026, 11, 20), date(2026, 12, 1), "UBND tỉnh", replace_all=True)
    cat, findings = apply_decision(SEED, rows, whole_list)
    assert [p.code for p in cat.procedures] == ["1.000894", "1.001193"]
    assert len(findings) == len(SEED.procedures) - 2
    for text, words in (
        ("ma_thu_tuc,don_vi,thoi_han\n1.001193,tuần,2\n", "Dòng 2: đơn vị thời hạn"),
        ("ma_thu_tuc,le_phi\n1.001193,khoảng 5 nghìn\n", "Dòng 2: lệ phí"),
        ("ma_thu_tuc,ten\n1.001193,x\n", "cột không biết: ten"),
        ("ma_thu_tuc,le_phi\n1.001193,50.000,đ\n", "Dòng 2: nhiều ô hơn"),
        ("ma_thu_tuc,ten_thu_tuc\n1.0011,x\n", "Dòng 2: mã thủ tục"),
        ("ma_thu_tuc,ten_thu_tuc\n1.099904,Thủ tục thiếu thời hạn\n", "thủ tục mới 1.099904 cần"),
    ):
        with pytest.raises(InvalidInput, match=words):
            apply_decision(SEED, read_rows(text), DECISION)
