"""The first window of a new desk against a real provincial server: the desk configures itself from the province's
enrolment code (unit, desk number, office hours, catalog, fee table, accounts), a wrong code leaves it as it was."""

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from counter_app.services import accounts, configuration, first_run
from counter_app.store import open_store
from counter_app.store.desk import Desk
from counter_app.store.settings import desk_config
from counter_app.sync import engine
from counter_app.sync.client import SyncError
from counter_app.ui.first_run_dialog import FirstRunDialog
from counter_app.ui.login import LoginDialog
from counter_core.domain.accounts import hash_password
from counter_core.domain.enrolment_code import new_code
from counter_core.foundation.errors import InvalidInput, NotConfigured
from counter_core.foundation.messages import Sync
from provincial_server.store import admin as server_store
from tests.helpers.fees import RESOLUTION, fee_table_file
from tests.sync.test_admin_cli import counter_server
from tests.sync.test_province_data import publish_catalog, seed
from tests.ui.keys import type_text


@pytest.fixture
def new_store(tmp_path):
    s = open_store(tmp_path / "new-desk")
    yield s
    s.close()


def ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_a_new_desk_connects_to_the_province_with_its_scanned_code_and_a_province_account_signs_in(
    qtbot, new_store, province, server_url, province_wide, tmp_path, tasks_for
):
    server_store.set_office_hours(province.db, province.unit_code, "07:30-11:30,13:00-17:00", "15:30")
    server_store.put_account(
        province.db, province.unit_code, "binh", "Trần Văn Bình", "clerk", hash_password("binh-2026")
    )
    assert counter_server(province, "fees", "publish", str(fee_table_file(tmp_path)))[0] == 0
    publish_catalog(province, seed() | {"version": "QĐ 2026/QĐ-UBND (thử)", "effective_from": "2026-01-01"})
    dialog = FirstRunDialog(new_store)
    qtbot.addWidget(dialog)
    assert dialog.choices.checkedId() == 0  # connecting to the province comes first
    type_text(dialog.server, server_url)
    type_text(dialog.code, province.desk_code(3))  # what the QR code holds, as a scanner types it
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        ok(dialog)
    config = desk_config(new_store)
    assert (config.unit_code, config.unit_name, config.desk) == (province.unit_code, "UBND xã Quảng Phú", 3)
    assert config.office_hours.format() == "07:30-11:30,13:00-17:00"
    assert [t["resolution"] for t in configuration.list_fee_tables(new_store)] == [RESOLUTION]
    assert "QĐ 2026/QĐ-UBND (thử)" in [v["version"] for v in configuration.list_catalogs(new_store)]
    assert not first_run.needed(new_store)  # the next start goes straight to sign-in
    # As run_gui goes on: the sign-in dialog over the desk's database thread, with the province's account.
    login = LoginDialog(tasks_for(Desk(new_store)), f"{config.unit_name} — desk {config.desk}")
    qtbot.addWidget(login)
    type_text(login.username, "binh")
    type_text(login.password, "binh-2026")
    with qtbot.waitSignal(login.accepted, timeout=10_000):
        login.try_login()
    assert (login.user.full_name, login.user.role) == ("Trần Văn Bình", "clerk")


def test_a_wrong_code_shows_its_message_and_leaves_the_desk_unconfigured_then_a_retry_works(
    qtbot, new_store, province, server_url
):
    dialog = FirstRunDialog(new_store)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.server, server_url)
    good = province.desk_code(1)
    wrong = new_code()  # well formed, never issued
    type_text(dialog.code, wrong)
    ok(dialog)
    assert not dialog.busy.isHidden() and not dialog.buttons.isEnabled()  # busy, off the window's thread
    dialog.reject()  # Esc meanwhile
    assert dialog.isVisible()
    qtbot.waitUntil(dialog.busy.isHidden, timeout=30_000)
    assert dialog.message.text() == "The desk's enrolment code is wrong, already used or expired."
    assert dialog.result() == 0 and first_run.needed(new_store)
    with pytest.raises(NotConfigured):
        desk_config(new_store)
    dialog.code.clear()
    type_text(dialog.code, f"{server_url} {good}")  # the address before the code is taken too
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        ok(dialog)
    assert desk_config(new_store).unit_code == province.unit_code and dialog.server.text() == server_url


def test_a_mistyped_code_is_caught_before_anything_is_sent(qtbot, new_store, server_url):
    dialog = FirstRunDialog(new_store)
    qtbot.addWidget(dialog)
    type_text(dialog.server, server_url)
    type_text(dialog.code, "7KQ2-XW9D")
    ok(dialog)
    qtbot.waitUntil(dialog.busy.isHidden, timeout=10_000)
    assert dialog.message.text() == "An enrolment code has 28 characters (7 groups of 4); 8 were typed."
    assert first_run.needed(new_store)


def test_no_server_at_the_address_says_so_and_configures_nothing(qtbot, new_store):
    dialog = FirstRunDialog(new_store)
    qtbot.addWidget(dialog)
    type_text(dialog.server, "http://127.0.0.1:9")  # nothing listens there
    type_text(dialog.code, new_code())
    ok(dialog)
    qtbot.waitUntil(dialog.busy.isHidden, timeout=30_000)
    assert dialog.message.text() == (
        "No provincial server answers at http://127.0.0.1:9. Check the address the province gave and this "
        "computer's network, then press OK again."
    )
    assert first_run.needed(new_store)


def test_a_first_sync_that_fails_is_finished_on_the_next_try_without_the_spent_code(
    qtbot, new_store, province, server_url, monkeypatch
):
    server_store.put_account(province.db, province.unit_code, "an", "Lê Văn An", "clerk", hash_password("an-2026"))
    real_sync = engine.sync

    def cut(desk, *args, **kwargs):
        raise SyncError(Sync.UNREACHABLE, error="ConnectionError")

    monkeypatch.setattr(engine, "sync", cut)
    with pytest.raises(SyncError) as failed:
        first_run.connect(new_store, server_url, province.desk_code(2))
    assert failed.value.in_language("en").startswith("The desk is enrolled with the province but has not yet received")
    assert first_run.needed(new_store)  # the next start opens the first window again
    dialog = FirstRunDialog(new_store)
    qtbot.addWidget(dialog)
    assert dialog.message.text().startswith("This desk is enrolled with the province")
    monkeypatch.setattr(engine, "sync", real_sync)
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        ok(dialog)  # no code typed: it was spent
    assert desk_config(new_store).desk == 2 and not first_run.needed(new_store)
    assert accounts.authenticate(new_store, "an", "an-2026").full_name == "Lê Văn An"


def test_an_empty_address_is_asked_for(new_store):
    with pytest.raises(InvalidInput) as missing:
        first_run.connect(new_store, " ", new_code())
    assert missing.value.in_language("vi").startswith("Nhập địa chỉ máy chủ của tỉnh")
