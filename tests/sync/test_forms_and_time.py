"""Issue 14 across desk and province: the national export keeps the receipt's appointment when the desk first
syncs late, Biểu II.06a counts a dossier at the unit that decides it, and the province sets a unit's header."""

import json
from datetime import date

from counter_app.reports import Period, periodic
from counter_app.services import processing, reception
from counter_app.services.printouts import print_to_file
from counter_app.sync import engine
from counter_core.domain.intake import SubmittedDocument
from counter_core.domain.status import Status
from counter_core.foundation.clock import vn_now
from tests.printing.test_slips import pages
from tests.reports.seed import BUILDING, MARRIAGE_STATUS, WILL, intake
from tests.sync.test_admin_cli import counter_server


def test_the_export_sends_the_receipts_appointment_though_the_desk_first_synced_after_it_moved(
    enrolled, province, clock, tmp_path
):
    desk, lan = enrolled
    clock.set("2026-10-12T09:00")  # Monday; 3 working days: due Thursday 15/10 09:00, as the receipt says
    code = reception.receive(desk, intake(desk, MARRIAGE_STATUS, "Lê Thị Hoa"), lan).code
    clock.set("2026-10-13T09:00")
    processing.request_supplement(desk, code, lan, [SubmittedDocument("Bản sao sổ hộ khẩu", copy=1)], "Thiếu")
    clock.set("2026-10-14T09:00")  # the papers come back a working day later: the appointment moves a day
    processing.transition(desk, code, Status.PROCESSING, lan, "Công dân đã bổ sung")
    clock.set("2026-10-15T10:00")
    processing.reschedule(desk, code, lan, desk.calendar.at(date(2026, 10, 20), clock.moment.time()), "Chờ xác minh")
    engine.sync(desk)  # the first time the province hears of it

    day = vn_now().date().isoformat()
    assert (
        counter_server(province, "export", province.unit_code, "--from", day, "--to", day, "--out", str(tmp_path))[0]
        == 0
    )
    (batch,) = json.loads((tmp_path / "DongBoHoSoMC.json").read_text(encoding="utf-8"))
    (record,) = [d for d in batch["data"] if d["MaHoSo"] == code]
    assert record["NgayHenTra"] == "20261015090000"
    moves = [(m["NgayHenTraTruoc"], m["NgayHenTraMoi"]) for m in record["DanhSachHoSoBoSung"]]
    assert moves == [("20261015090000", "20261016090000"), ("20261016090000", "20261020100000")]


def test_bieu_ii_06a_counts_a_dossier_at_the_unit_that_decides_it(enrolled_desk, province, clock):
    other = province.new_unit("UBND phường Hạc Thành")
    here, lan = enrolled_desk(1)
    there, hoa = enrolled_desk(1, other)
    engine.sync(here)
    engine.sync(there)
    reception.receive(here, intake(here, MARRIAGE_STATUS, "Ours, received here"), lan)
    reception.receive(here, intake(here, BUILDING, "Theirs, received here", competent_unit=other), lan)
    reception.receive(there, intake(there, WILL, "Ours, received there", competent_unit=province.unit_code), hoa)
    engine.sync(there)
    engine.sync(here)
    november = Period(date(2026, 11, 1), date(2026, 11, 30))

    def counted(view: str) -> dict[str, int]:
        rows, total = periodic.figures(here, november, view)
        return {r.field: r.received for r in rows} | {"total": total.received}

    assert counted("competent") == {"Hộ tịch": 1, "Chứng thực": 1, "total": 2}
    assert counted("receiving") == {"Hộ tịch": 1, "Xây dựng": 1, "total": 2}
    assert "Phạm vi: Hồ sơ thuộc thẩm quyền giải quyết của đơn vị" in periodic.report(here, november).lines[1]


def test_the_province_sets_the_header_lines_its_units_desks_print(enrolled, province, tmp_path):
    desk, lan = enrolled
    code = reception.receive(desk, intake(desk, MARRIAGE_STATUS, "Lê Thị Hoa"), lan).code
    answer = counter_server(
        province,
        "unit",
        province.unit_code,
        "UBND xã Quảng Phú",
        "--header-line1",
        "UBND TỈNH THANH HÓA",
        "--header-line2",
        "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ QUẢNG PHÚ",
    )
    assert answer[:2] == (0, {"unit": province.unit_code, "changed": True})
    engine.sync(desk)
    text, _ = pages(print_to_file(desk, code, "receipt", lan, tmp_path / "receipt.pdf"))[0]
    assert "UBND TỈNH THANH HÓA TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ QUẢNG PHÚ ———" in text
