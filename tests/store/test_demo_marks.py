"""A desk filled with demo data says so on every slip it prints, never mixes it with real dossiers, and loses all
of it in one step."""

import pypdfium2
import pytest

from counter_app.services import accounts, backups, reception
from counter_app.services.demo import fill_demo, removal
from counter_app.services.printouts import print_to_file
from counter_app.store.desk import Desk
from counter_app.store.dossiers import count
from counter_app.store.settings import desk_config
from counter_core.foundation.errors import NotAllowed
from tests.reports.seed import intake


def _text(path) -> str:
    pages = pypdfium2.PdfDocument(str(path))
    return " ".join(" ".join(page.get_textpage().get_text_range().split()) for page in pages)


def test_every_slip_of_a_demo_desk_says_it_has_no_value(store, tmp_path):
    fill_demo(store, count=12, days=10)
    desk, admin = Desk(store), accounts.get_user(store, "admin")
    assert desk.config.demo
    code = store.one("SELECT code FROM dossier WHERE code IS NOT NULL LIMIT 1")["code"]
    receipt = _text(print_to_file(desk, code, "receipt", admin, tmp_path / "receipt.pdf"))
    assert "DỮ LIỆU THỬ — KHÔNG CÓ GIÁ TRỊ" in receipt and code in receipt


def test_a_real_desk_prints_no_mark_and_takes_no_demo_data(desk, admin, tmp_path):
    code = reception.receive(desk, intake(desk, "1.001193", "Trần Thị Mai"), admin).code
    assert "DỮ LIỆU THỬ" not in _text(print_to_file(desk, code, "receipt", admin, tmp_path / "receipt.pdf"))
    with pytest.raises(NotAllowed) as refused:
        fill_demo(desk.store, count=5, days=5, by=admin)
    assert refused.value.text.in_language("en").startswith("This desk holds 1 real dossiers")
    assert count(desk.store) == 1 and not desk_config(desk.store).demo
    with pytest.raises(NotAllowed, match="dữ liệu thật"):
        removal(desk.store, admin)


def test_removing_the_demo_leaves_a_new_desk_and_only_an_administrator_may(tmp_path):
    from counter_app.store import open_store

    store = open_store(tmp_path / "demo")
    fill_demo(store, count=6, days=5)
    desk, admin, clerk = Desk(store), accounts.get_user(store, "admin"), accounts.get_user(store, "lan")
    code = store.one("SELECT code FROM dossier WHERE code IS NOT NULL LIMIT 1")["code"]
    slip = print_to_file(desk, code, "receipt", admin, None)
    copy = backups.automatic_backup(store)
    with pytest.raises(NotAllowed):
        removal(store, clerk)
    going = removal(store, admin)
    store.close()
    going.carry_out()
    assert not slip.exists() and not copy.exists() and not (tmp_path / "demo" / "counter.sqlite3").exists()
    again = open_store(tmp_path / "demo")  # the next start: a desk to set up
    try:
        assert count(again) == 0 and accounts.list_users(again) == []
    finally:
        again.close()
