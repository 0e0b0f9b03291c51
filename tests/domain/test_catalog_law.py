"""The shipped catalog by the law in force (catalog audit 2026): the appointment each changed procedure and case
gets, the cases a clerk can choose, the sources kept, and catalog files written before these fields."""

import json
from datetime import datetime

import pytest

from counter_core.domain.appointment import UNCONFIRMED_DATE_PHRASE, appointment
from counter_core.domain.calendar import WorkCalendar
from counter_core.domain.procedure import SEED_CATALOG, Catalog, Procedure
from counter_core.foundation.clock import VN_TZ
from counter_core.foundation.errors import InvalidInput
from counter_core.foundation.formatting import slip_moment

SEED = Catalog.load(SEED_CATALOG)
CAL = WorkCalendar()
MONDAY = datetime(2026, 3, 2, 9, 0, tzinfo=VN_TZ)  # Mon 02/03/2026: no holiday before Giỗ Tổ (27/04)


def due(code: str, case: str = "", received: datetime = MONDAY) -> str:
    proc = SEED.get(code)
    return appointment(received, proc.processing_for(False, case), CAL).phrase()


@pytest.mark.parametrize(
    "code, case, expected",
    [
        ("2.001263", "", "09 giờ 00 phút, ngày 01 tháng 4 năm 2026"),  # nuôi con nuôi: 30 calendar days
        ("1.014027", "", "09 giờ 00 phút, ngày 16 tháng 3 năm 2026"),  # hưu trí xã hội: 10 working days
        ("1.001776", "", "09 giờ 00 phút, ngày 16 tháng 3 năm 2026"),  # trợ cấp xã hội: 10 working days
        ("1.001699", "", "09 giờ 00 phút, ngày 06 tháng 4 năm 2026"),  # khuyết tật: 25 working days
        ("1.013225", "", "09 giờ 00 phút, ngày 11 tháng 3 năm 2026"),  # GPXD nhà ở riêng lẻ: 7 working days
        ("1.013225", "cong-trinh", "09 giờ 00 phút, ngày 16 tháng 3 năm 2026"),  # công trình cấp III, IV: 10
        ("1.004837", "", "09 giờ 00 phút, ngày 05 tháng 3 năm 2026"),  # giám hộ: 3 working days
        ("1.004837", "dvcqg-05-ngay", "09 giờ 00 phút, ngày 09 tháng 3 năm 2026"),  # the portal's 5-day case
        ("1.004859", "", "09 giờ 00 phút, ngày 05 tháng 3 năm 2026"),  # cải chính: 3 working days
        ("1.004859", "xac-minh", "09 giờ 00 phút, ngày 10 tháng 3 năm 2026"),  # with verification: 3 + 3
        ("1.004859", "bo-sung", "17 giờ 00 phút, ngày 02 tháng 3 năm 2026"),  # bổ sung thông tin: same day
        ("1.001022", "xac-minh", "09 giờ 00 phút, ngày 12 tháng 3 năm 2026"),  # nhận cha, mẹ, con: 3 + 5
        ("1.000689", "", "09 giờ 00 phút, ngày 05 tháng 3 năm 2026"),
        ("1.000689", "xac-minh", "09 giờ 00 phút, ngày 12 tháng 3 năm 2026"),  # the 8-day case
    ],
)
def test_each_changed_procedure_gets_its_statutory_appointment(code, case, expected):
    assert due(code, case) == expected


def test_thirty_calendar_days_ending_on_a_sunday_move_to_the_next_working_morning():
    friday = datetime(2026, 3, 6, 9, 0, tzinfo=VN_TZ)  # + 30 days = Sun 05/04
    assert due("2.001263", received=friday) == slip_moment(datetime(2026, 4, 6, 7, 0, tzinfo=VN_TZ))


@pytest.mark.parametrize("code", ["1.001731", "1.011607", "2.002913"])
def test_no_date_where_the_law_gives_none_says_the_province_must_confirm_it(code):
    assert due(code) == UNCONFIRMED_DATE_PHRASE
    assert SEED.get(code).processing.phrase() == "Chờ tỉnh xác nhận thời hạn giải quyết"
    assert SEED.get(code).tag == "K"


def test_no_procedure_keeps_a_bare_no_fixed_date_and_every_one_names_its_sources():
    for proc in SEED.procedures:
        assert proc.processing.unit.value != "no_fixed_date" or proc.processing.unconfirmed, proc.code
        assert proc.sources and all(s.tag in "VPK" for s in proc.sources), proc.code
        assert proc.legal_basis, proc.code


def test_the_portal_record_behind_a_change_is_named_with_its_date():
    change = SEED.get("1.004859")
    portal = change.sources[0]
    assert portal.url.startswith("https://dichvucong.gov.vn/thu-tuc-hanh-chinh/")
    assert (portal.seen.isoformat(), portal.tag) == ("2026-04-16", "V")
    assert "Luật Hộ tịch số 60/2014/QH13" in change.legal_basis


def test_an_unknown_case_is_refused_naming_the_cases():
    with pytest.raises(InvalidInput, match="xac-minh"):
        SEED.get("1.004859").processing_for(False, "xac-nhan")
    assert SEED.get("1.004859").case_name("") == "Thay đổi, cải chính thông tin hộ tịch, xác định lại dân tộc"
    assert SEED.get("2.000884").case_name("") == ""  # a procedure without cases prints none


def test_a_catalog_written_before_cases_and_sources_loads_and_keeps_its_digest():
    old = {
        "format": "counter-catalog/1",
        "version": "QĐ 12/2025",
        "effective_from": "2025-07-01",
        "issuer": "UBND tỉnh",
        "procedures": [
            {
                "code": "1.001022",
                "name": "Đăng ký nhận cha, mẹ, con",
                "field": "Hộ tịch",
                "processing": {"unit": "working_days", "amount": 3},
                "online_processing": None,
                "fee": {"kind": "set_by_province", "typical": 10000},
                "exemptions": ["Hộ nghèo"],
                "documents": [],
                "tag": "V",
                "source": "motcua.daklak.gov.vn",
            }
        ],
    }
    cat = Catalog.from_json(old)
    assert cat.procedures[0].exemptions[0].name == "Hộ nghèo" and cat.procedures[0].cases == ()
    assert cat.to_json()["procedures"][0] == old["procedures"][0]  # written back unchanged: the same digest


def test_bad_cases_and_sources_are_explained():
    base = SEED.get("1.004859").to_json()
    for broken, words in (
        ({"cases": [{"key": "Xác minh", "name": "x"}]}, "chữ thường"),
        ({"cases": [{"key": "a", "name": "x"}, {"key": "a", "name": "y"}]}, "trùng"),
        ({"sources": [{"ref": "x", "tag": "Q"}]}, "tag"),
        ({"processing": {"unit": "working_days", "amount": 3, "unconfirmed": True}}, "unconfirmed"),
        ({"exemption_grounds": {"Người cao tuổi": "Nghị quyết …"}}, "không có trong danh sách"),
    ):
        with pytest.raises(InvalidInput, match=words):
            Procedure.from_json(json.loads(json.dumps(base | broken)))
