"""The reports' figures for the hand-made October of ``seed.py``, against counts worked out by hand from the
dossiers' stories (letters A–R), not by the code under test."""

from collections import Counter

import pytest

from counter_app.reports import fees, ontime, periodic, register, satisfaction
from counter_app.reports.counted import Names, alike_by_day, counted
from counter_app.services import accounts
from counter_core.domain.timeliness import provincial
from tests.reports.seed import OCTOBER, seed_october


@pytest.fixture
def seeded(desk, clock, clerk, admin):
    hung = accounts.add_user(desk.store, "hung", "Trần Văn Hùng", "clerk", "matkhau1", admin)
    return seed_october(desk, clock, clerk, hung)


def test_bieu_ii_06a_counts_by_field_as_worked_out_by_hand(desk, seeded):
    rows, total = periodic.figures(desk, OCTOBER)
    # Cells: received, carried over, online, direct/postal | settled, early, on time, late | pending, in time, late.
    assert {r.field: r.cells() for r in rows} == {
        # O: no fixed date, settled đúng hạn.
        "Bảo trợ xã hội": (1, 0, 0, 1, 1, 0, 1, 0, 0, 0, 0),
        # I online, J by post; both settled đúng hạn (I exactly at 09:00 of its day, J at 16:00 of a same-day one).
        "Chứng thực": (2, 0, 1, 1, 2, 0, 2, 0, 0, 0, 0),
        # D E F G H K N P Q R received (C settled in September, L refused: neither counts).
        # Early: D, G (its pause moved the appointment to 20/10), H (two pauses: 26/10). On time: E (same day),
        # P (withdrawn counts đúng hạn), R (statutory 26/10 09:00: pause in, Mẫu 04 out). Late: F, K (Mẫu 04 ignored).
        # Pending at the end: N waiting for papers (in time), Q due 20/10 (late).
        "Hộ tịch": (10, 0, 0, 10, 8, 3, 3, 2, 2, 1, 1),
        # A and B carried over (received in September, open on 01/10); A settled early (02/10 < 05/10);
        # B still processing on 31/10 (its 05/11 result is after the period), due 24/09: late; M new, in time.
        "Xây dựng": (3, 2, 0, 1, 1, 1, 0, 0, 2, 1, 1),
    }
    assert [r.field for r in rows] == ["Bảo trợ xã hội", "Chứng thực", "Hộ tịch", "Xây dựng"]
    # 16 = 2 carried + 1 online + 13 direct/postal = 12 settled (4 + 6 + 2) + 4 pending (2 + 2).
    assert total.cells() == (16, 2, 1, 13, 12, 4, 6, 2, 4, 2, 2)


def test_the_dossiers_judged_alike_by_day_are_the_dossiers_counted_one_by_one(desk, seeded):
    names = Names(desk)
    one_by_one = [(c.field, c.carried_over, c.timeline) for c in counted(desk, OCTOBER, names)]
    grouped = alike_by_day(desk, OCTOBER, names)
    assert sum(a.count for a in grouped) == len(one_by_one) == 16
    last_day = OCTOBER.end
    verdicts = Counter((f, carried, provincial(t, last_day)) for f, carried, t in one_by_one)
    by_day = Counter()
    for a in grouped:
        by_day[a.field, a.carried_over, provincial(a.timeline, last_day)] += a.count
    assert by_day == verdicts


def test_on_time_under_both_rules_by_procedure_and_by_clerk(desk, seeded):
    data = ontime.figures(desk, OCTOBER)
    # Cells: settled | 766 on time, late, rate | early, on time, late, rate | pending, late (766), late (by date).
    # Settled: A D E F G H I J K O P R. 766 late: E (15:00 > 09:00), F, H (two requests), K, P (withdrawn after
    # the appointment) → 7 of 12 on time. By date: early A D G H, on time E I J O P R, late F K → 10 of 12.
    # Pending: B M N Q; late under both: B (due 24/09), Q (due 20/10); N asked for papers before its appointment.
    assert data.total.cells() == (12, 7, 5, 58.33, 4, 6, 2, 83.33, 4, 2, 2)
    by_clerk = {r.label: r.cells() for r in data.by_clerk}
    assert by_clerk == {
        # Lan received A D F H J (settled) and M N Q (pending): 766 on time A D J; early A D H, on time J, late F.
        "Nguyễn Thị Lan": (5, 3, 2, 60.0, 3, 1, 1, 80.0, 3, 1, 1),
        # Hùng received E G I K O P R (settled) and B (pending): 766 on time G I O R;
        # early G, on time E I O P R, late K.
        "Trần Văn Hùng": (7, 4, 3, 57.14, 1, 5, 1, 85.71, 1, 1, 1),
    }
    by_procedure = {r.label: r.cells() for r in data.by_procedure}
    assert by_procedure == {
        # A settled early; B (late) and M pending.
        "Cấp giấy phép xây dựng nhà ở riêng lẻ": (1, 1, 0, 100.0, 1, 0, 0, 100.0, 2, 1, 1),
        "Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và trường hợp "
        "người yêu cầu chứng thực không thể ký, không thể điểm chỉ được)": (1, 1, 0, 100.0, 0, 1, 0, 100.0, 0, 0, 0),
        "Chứng thực di chúc": (1, 1, 0, 100.0, 0, 1, 0, 100.0, 0, 0, 0),
        # D E F G H K P R settled: 766 on time D G R (3 of 8); early D G H, on time E P R, late F K (6 of 8);
        # N and Q pending, Q late.
        "Thủ tục cấp Giấy xác nhận tình trạng hôn nhân": (8, 3, 5, 37.5, 3, 3, 2, 75.0, 2, 1, 1),
        "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội": (1, 1, 0, 100.0, 0, 1, 0, 100.0, 0, 0, 0),
    }


def test_fees_collected_per_procedure_and_in_total(desk, seeded):
    rows, total = fees.figures(desk, OCTOBER)
    by_code = {r.code: (r.received, r.paying, r.amount) for r in rows}
    assert by_code == {
        "1.004873": (10, 0, 0),  # D E F G H K N P Q R; the fee is set by the province (0 in the catalog)
        "1.013225": (1, 0, 0),  # M (A and B were received in September)
        "2.001019": (1, 1, 50000),  # I: chứng thực di chúc
        "2.000884": (1, 1, 20000),  # J: 2 cases × 10.000 đ
        "1.001731": (1, 0, 0),  # O: free
    }  # L (refused) paid nothing and is not received
    assert (total.received, total.paying, total.amount) == (14, 2, 70000)


def test_satisfaction_counts_the_last_rating_of_each_dossier_given_in_the_period(desk, seeded):
    rows, total = satisfaction.figures(desk, OCTOBER)
    # Cells: total, then (count, share) for Rất hài lòng, Hài lòng, Không hài lòng.
    # Lan: C (1, given 02/10 although C was settled in September), D (0 then 2: the 2 counts), F (0).
    # Hùng: E (1), I (2); K's 0 was given on 02/11, after the period.
    assert {r.officer: r.cells() for r in rows} == {
        "Nguyễn Thị Lan": (3, 1, 33.33, 1, 33.33, 1, 33.33),
        "Trần Văn Hùng": (2, 1, 50.0, 1, 50.0, 0, 0.0),
    }
    assert total.cells() == (5, 2, 40.0, 2, 40.0, 1, 20.0)


def test_the_register_lists_the_accepted_dossiers_received_in_the_period(desk, seeded):
    entries = register.entries(desk, OCTOBER)
    # Received in October, by reception time (D and E at the same minute, by code); not L (refused), not A B C.
    assert [e.code for e in entries] == [seeded[x] for x in "DEOFPGQHRIJKNM"]
    k = next(e for e in entries if e.code == seeded["K"])
    assert (str(k.received), str(k.due), str(k.returned)) == ("2026-10-26", "2026-10-29", "2026-11-02")
    assert k.note == "Hẹn lại ngày 02/11/2026 (Mẫu 04)"  # the printed date stays in the column, the new one noted
    j = next(e for e in entries if e.code == seeded["J"])
    assert (j.returned, j.note, j.return_method) == (
        None,
        "Đã xử lý xong",
        "Trực tiếp tại Trung tâm Phục vụ hành chính công",
    )
    table = register.report(desk, OCTOBER).tables[0]
    assert [c.header for c in table.columns][6:9] == [
        ("Ngày, tháng, năm", "Nhận hồ sơ"),
        ("Ngày, tháng, năm", "Hẹn trả kết quả"),
        ("Ngày, tháng, năm", "Trả kết quả"),
    ]
    assert len(table.columns) == 12 and table.columns[-1].header == ("Ghi chú",) and len(table.rows) == 14
    assert table.rows[[r[1] for r in table.rows].index(seeded["K"])][-1] == "Hẹn lại ngày 02/11/2026 (Mẫu 04)"
