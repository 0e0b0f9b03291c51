"""``counter-app init --same-day-cutoff`` on its own: the appointments and the receipt's phrase follow its hour."""

import json
from datetime import datetime, time

from counter_app.cli import main
from counter_app.services import accounts, reception
from counter_app.services.printouts import print_to_file
from counter_app.store import open_store
from counter_app.store.desk import Desk
from counter_core.domain.calendar import OfficeHours
from counter_core.foundation.clock import VN_TZ
from tests.printing.test_slips import pages
from tests.store.test_receive import khai_sinh


def test_the_cutoff_set_alone_moves_the_appointments_and_the_receipts_phrase(tmp_path, capsys, start_desk_log):
    folder = tmp_path / "quay1"
    init = ["init", "--unit-code", "000.00.31.H56", "--unit-name", "UBND xã Quảng Phú", "--desk", "1"]
    assert main(["--data-dir", str(folder), "--json", *init, "--same-day-cutoff", "15:30"]) == 0
    assert json.loads(capsys.readouterr().out)["same_day_cutoff"] == "15:30"
    due = ["--data-dir", str(folder), "--json", "due-date", "--procedure", "1.001193", "--received"]
    assert main([*due, "2026-11-23 15:20"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["due_at"] == "2026-11-23T17:00:00+07:00"  # before 15:30: the same day
    assert answer["processing"] == "Trong ngày (tiếp nhận sau 15 giờ 30 phút trả vào ngày làm việc tiếp theo)"
    assert main([*due, "2026-11-23 15:31"]) == 0
    assert json.loads(capsys.readouterr().out)["due_at"] == "2026-11-25T17:00:00+07:00"  # 24/11 is a holiday

    store = open_store(folder)
    admin = accounts.first_admin(store, "toan", "Phạm Quốc Toản", "matkhau1")
    clerk = accounts.add_user(store, "lan", "Nguyễn Thị Lan", "clerk", "matkhau1", admin)
    desk = Desk(store, lambda: datetime(2026, 11, 23, 15, 30, tzinfo=VN_TZ))
    code = reception.receive(desk, khai_sinh(desk), clerk).code
    text, _ = pages(print_to_file(desk, code, "receipt", clerk, tmp_path / "receipt.pdf"))[0]
    store.close()
    assert "Thời gian giải quyết hồ sơ theo quy định: Trong ngày (tiếp nhận sau 15 giờ 30 phút" in text
    assert "Thời gian trả kết quả giải quyết hồ sơ: 17 giờ 00 phút, ngày 23 tháng 11 năm 2026" in text


def test_the_cutoff_is_read_to_the_minute_the_receipt_prints():
    hours = OfficeHours()
    assert hours.same_day_cutoff == time(15, 0)
    assert not hours.after_cutoff(datetime(2026, 11, 23, 15, 0, 59, tzinfo=VN_TZ))  # "15 giờ 00 phút"
    assert hours.after_cutoff(datetime(2026, 11, 23, 15, 1, tzinfo=VN_TZ))
