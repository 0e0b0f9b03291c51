"""``counter-app stop`` and ``print --slip stop``: the notice a clerk prints from the command line."""

from counter_app.cli import main
from counter_app.services import accounts, reception
from counter_app.store import open_store
from counter_app.store.desk import Desk
from tests.printing.test_slips import pages
from tests.store.test_receive import khai_sinh


def test_stop_then_print_its_notice(data_dir, capsys):
    store = open_store(data_dir)
    desk = Desk(store)
    code = reception.receive(desk, khai_sinh(desk), accounts.get_user(store, "lan")).code
    store.close()
    base = ["--data-dir", str(data_dir), "--user", "lan"]
    assert main([*base, "stop", code, "--reason", "Công dân rút hồ sơ", "--number", "3"]) == 0
    assert "in thông báo" in capsys.readouterr().out
    out = data_dir / "stop.pdf"
    assert main([*base, "print", code, "--slip", "stop", "--out", str(out)]) == 0
    text, _ = pages(out)[0]
    assert "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ" in text and "Số: 3/TB-TTPVHCC" in text and "Công dân rút hồ sơ" in text
