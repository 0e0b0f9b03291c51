"""The province's decision publishing the catalogue becomes a new catalog version on the desk: from its effective
date receipts follow it; a dossier received before keeps the version it was received under, and its receipt."""

from datetime import date

import pytest

from counter_app.services import catalog_import, configuration, lookup, reception
from counter_core.domain.decision import Decision
from counter_core.foundation.errors import InvalidInput, NotFound
from tests.reports.seed import intake

DECISION = Decision("1234/QĐ-UBND", date(2026, 11, 20), date(2026, 11, 25), "Ủy ban nhân dân tỉnh Thử Nghiệm")
CSV = """ma_thu_tuc,thoi_han,don_vi,trang_thai,can_cu
1.001731,3,ngày làm việc,sửa đổi,Nghị định số 176/2025/NĐ-CP
1.011607,,,bãi bỏ,
"""


def test_the_decision_is_a_new_version_and_an_old_dossier_keeps_its_own(desk, clerk, clock, tmp_path):
    before = reception.receive(desk, intake(desk, "1.001731", "Hà Văn Sáu"), clerk)  # Mon 23/11: no date yet
    csv = tmp_path / "qd-1234.csv"
    csv.write_text(CSV, encoding="utf-8")
    cat, findings = catalog_import.from_decision(desk.store, csv, DECISION)
    assert findings == []
    done = catalog_import.finish(desk.store, cat, None, True, "catalog.from_decision")
    assert done["imported"] and [v["version"] for v in configuration.list_catalogs(desk.store)] == [
        "seed-2026.12",
        "QĐ 1234/QĐ-UBND",
    ]
    assert reception.receive(desk, intake(desk, "1.011607", "Lò Thị Bảy"), clerk)  # still in force until 25/11
    clock.set("2026-11-25T09:00")
    after = reception.receive(desk, intake(desk, "1.001731", "Hà Văn Tám"), clerk)
    assert after.appointment.phrase() == "09 giờ 00 phút, ngày 30 tháng 11 năm 2026"
    with pytest.raises(NotFound):
        reception.receive(desk, intake(desk, "1.011607", "Lò Thị Chín"), clerk)
    old = lookup.show(desk, before.code)
    assert old.processing_phrase == "Chờ tỉnh xác nhận thời hạn giải quyết" and old.due_at is None
    assert lookup.show(desk, after.code).processing_phrase == "03 ngày làm việc"


def test_a_decision_with_a_bad_row_imports_nothing(desk, tmp_path):
    csv = tmp_path / "qd-sai.csv"
    csv.write_text("ma_thu_tuc,thoi_han,don_vi\n1.001731,ba,ngày làm việc\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match="Dòng 2: thời hạn 'ba'"):
        catalog_import.from_decision(desk.store, csv, DECISION)
    assert len(configuration.list_catalogs(desk.store)) == 1
