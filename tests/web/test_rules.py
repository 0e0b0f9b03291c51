"""The rules behind the province's pages, without a server: what opens a dossier's look-up page and what that page
says, the name mask, the QR address templates, and how the dashboard counts a period (the national 766 rule)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from counter_core.domain.tracking import NATIONAL_PORTAL_URL, check_template, link, lookup_template, new_check
from counter_core.foundation.errors import InvalidInput
from counter_core.foundation.privacy import mask_name
from provincial_server.web.figures import tally
from provincial_server.web.lookup_view import opens, view

T0 = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)  # 09:00 in Vietnam


def row(**changes) -> dict:
    base = {
        "code": "000.00.31.H56-261123-0001",
        "status": 2,
        "due_at": T0 + timedelta(days=3),
        "first_due_at": T0 + timedelta(days=3),
        "received_at": T0,
        "unit_code": "000.00.31.H56",
        "competent_unit": None,
        "procedure_name": "Thủ tục đăng ký khai sinh",
        "owner_name": "Trần Văn Đức",
        "owner_id": "001090123456",
        "phone": "0987654321",
        "return_method": 0,
        "check_token": "abcdEFGH1234_-xy",
        "submitter": {"full_name": "Lê Thị Hoa", "id_number": "038187042028", "phone": "0912 345 678"},
        "unit_name": "UBND xã Quảng Phú",
        "office_hours": "07:30-11:30,13:00-17:00",
        "competent_name": None,
        "events": [{"kind": "receive", "status": 2, "at": T0.isoformat(), "note": "", "data": None, "due_at": None}],
    }
    return base | changes


def test_names_keep_the_family_name_and_initials():
    assert mask_name("Nguyễn Thị Hoa") == "Nguyễn T*** H***"
    assert mask_name("  Đặng   Ánh ") == "Đặng Á***"
    assert mask_name("Kơ Pa") == "Kơ P***" and mask_name("") == ""


@pytest.mark.parametrize(
    "answer",
    ["4321", "654321", "0987654321", "3456", "2028", "5678", " 5678 ", "abcdEFGH1234_-xy"],
)
def test_the_last_digits_of_a_known_number_or_the_token_open_the_page(answer):
    assert opens(row(), answer)


@pytest.mark.parametrize("answer", ["", "321", "1234", "43 21x", "abcdEFGH1234_-xz", "0000", "4321" + "0" * 10])
def test_anything_else_does_not(answer):
    assert not opens(row(), answer)


def test_when_the_digits_are_spent_only_the_token_opens_it():
    assert not opens(row(), "4321", digits_allowed=False)
    assert opens(row(), "abcdEFGH1234_-xy", digits_allowed=False)
    assert not opens(row(check_token=None), "abcdEFGH1234_-xy")


def test_the_page_says_in_plain_words_where_the_dossier_is():
    supplement = {
        "kind": "request_supplement",
        "status": 5,
        "at": (T0 + timedelta(days=1)).isoformat(),
        "note": "Bản sao mờ",
        "data": {"items": [{"name": "Giấy chứng sinh", "original": 1}]},
        "due_at": None,
    }
    page = view(row(status=5, events=[*row()["events"], supplement]))
    assert page.owner == "Trần V*** Đ***" and page.status.startswith("Cơ quan giải quyết đề nghị bổ sung")
    assert page.notice.title == "Giấy tờ cần bổ sung, hoàn thiện"
    assert page.notice.lines == ("Giấy chứng sinh", "Bản sao mờ")
    assert page.received == "09:00 23/11/2026" and page.due == "09:00 26/11/2026"
    assert "sáng 07:30–11:30 và chiều 13:00–17:00" in page.collect
    assert page.steps[0].sentence == "Hồ sơ đã được tiếp nhận."


def test_a_result_ready_says_where_and_from_when_and_a_returned_one_its_rating():
    ready = {"kind": "result_ready", "status": 9, "at": (T0 + timedelta(days=2)).isoformat(), "note": "", "data": None}
    page = view(row(status=9, events=[*row()["events"], ready | {"due_at": None}]))
    assert page.collect.startswith("Mời ông/bà đến nhận kết quả tại UBND xã Quảng Phú từ 09:00 25/11/2026")
    assert view(row(status=9, return_method=1, events=[*row()["events"], ready])).collect.startswith(
        "Kết quả sẽ được gửi qua dịch vụ bưu chính"
    )
    returned = {"kind": "return", "status": 10, "at": (T0 + timedelta(days=3)).isoformat(), "note": "", "data": None}
    rating = {"kind": "rating", "status": None, "at": returned["at"], "note": "", "data": {"level": 1}, "due_at": None}
    page = view(row(status=10, events=[*row()["events"], ready, returned, rating]))
    assert page.rating == "Hài lòng" and page.steps[-1].sentence == "Ông/bà đã đánh giá: Hài lòng."
    assert page.notice is None and page.collect == "Kết quả đã được trả lúc 09:00 26/11/2026."


def test_qr_templates():
    assert check_template(NATIONAL_PORTAL_URL) == NATIONAL_PORTAL_URL
    template = lookup_template("https://motcua.example.gov.vn/")
    assert template == "https://motcua.example.gov.vn/tra-cuu?ma={code}&k={check}"
    token = new_check()
    assert link(template, "000.00.31.H56-261123-0001", token).endswith(f"ma=000.00.31.H56-261123-0001&k={token}")
    assert link(NATIONAL_PORTAL_URL, "X-1", token).endswith("ma_ho_so=X-1")
    for bad in ("ftp://x/{code}", "https://x/tra-cuu", "https://x/{code}/{name}", "https://x/{code", "no url {code}"):
        with pytest.raises(InvalidInput):
            check_template(bad)


def _settled(settled_at, due, supplements=0, unit="U1", proc="P1"):
    return {
        "unit_code": unit,
        "procedure_code": proc,
        "procedure_name": "Đăng ký khai sinh",
        "settled_at": settled_at,
        "statutory_due": due,
        "supplements": supplements,
    }


def test_the_dashboard_judges_settlements_by_the_national_rule():
    due = T0 + timedelta(days=3)
    rows = {
        "received": [{"unit_code": "U1", "procedure_code": "P1", "procedure_name": "Đăng ký khai sinh", "n": 5}],
        "digitised": [{"unit_code": "U1", "procedure_code": "P1", "procedure_name": "Đăng ký khai sinh", "n": 4}],
        "due": [{"unit_code": "U2", "procedure_code": "P2", "procedure_name": "Chứng thực", "n": 2}],
        "settled": [
            _settled(due - timedelta(hours=1), due),  # on time
            _settled(due, due),  # on time: not after the appointment
            _settled(due + timedelta(minutes=1), due),  # late
            _settled(due - timedelta(days=1), due, supplements=2),  # two supplement requests: late
            _settled(due, None, unit="U2", proc="P2"),  # no fixed date: on time
        ],
        "ratings": [
            {"unit_code": "U1", "procedure_code": "P1", "procedure_name": "x", "level": 2, "n": 3},
            {"unit_code": "U1", "procedure_code": "P1", "procedure_name": "x", "level": 0, "n": 1},
        ],
        "late_now": [{"unit_code": "U2", "procedure_code": "P2", "procedure_name": "Chứng thực", "n": 4}],
        "per_day": [],
    }
    f = tally(rows, [("U1", "Xã Một"), ("U2", "Xã Hai"), ("U3", "Xã Ba")])
    assert (f.total.received, f.total.due, f.total.settled, f.total.on_time, f.total.late) == (5, 2, 5, 3, 2)
    assert f.total.on_time_rate == 60 and f.total.satisfaction == 75 and f.total.late_now == 4
    assert f.total.digitisation_rate == 80 and f.by_unit[1].digitisation_rate is None  # nothing received: no rate
    one, two, three = f.by_unit
    assert (one.name, one.settled, one.on_time, one.late) == ("Xã Một", 4, 2, 2)
    assert (two.settled, two.on_time, two.late_now) == (1, 1, 4)
    assert three.received == 0 and three.on_time_rate is None and three.satisfaction is None
    assert [p.key for p in f.by_procedure] == ["P1", "P2"]
