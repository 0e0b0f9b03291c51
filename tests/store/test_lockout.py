"""Wrong passwords lock an account on this desk for a while: the count, the lock and its end, the audit trail,
and names that do not exist (same answer, no trace)."""

from datetime import timedelta

import pytest

from counter_app.services import accounts
from counter_app.services.configuration import init_desk
from counter_app.store import journal, users
from counter_app.sync import accounts as province_accounts
from counter_core.foundation.errors import NotAllowed
from tests.conftest import UNIT


def wrong(store, clock, times, name="lan"):
    for _ in range(times):
        with pytest.raises(NotAllowed):
            accounts.authenticate(store, name, "sai-mat-khau", clock)


def audit(store, name="lan"):
    return [(r["action"], r["after"]) for r in journal.audit_for(store, "user", name) if r["action"] != "user.add"]


def test_five_wrong_passwords_lock_the_account_for_fifteen_minutes(configured, clerk, clock):
    wrong(configured, clock, 4)
    assert accounts.authenticate(configured, "lan", "matkhau1", clock).username == "lan"  # resets the count
    wrong(configured, clock, 4)
    with pytest.raises(accounts.AccountLocked) as locked:
        accounts.authenticate(configured, "lan", "sai-mat-khau", clock)
    assert locked.value.message.startswith('Tài khoản "lan" đang tạm khóa đến 09:15 vì nhập sai mật khẩu')
    clock.set("2026-11-23T09:14:59")
    with pytest.raises(accounts.AccountLocked, match="đến 09:15"):
        accounts.authenticate(configured, "lan", "matkhau1", clock)  # even the right password
    clock.set("2026-11-23T09:15:00")
    assert accounts.authenticate(configured, "lan", "matkhau1", clock).username == "lan"
    assert users.sign_in_failures(configured, clerk.id) is None
    assert [a for a, _ in audit(configured)] == ["user.lock", "user.unlock"]
    assert '"locked_until":"2026-11-23T09:15:00+07:00"' in audit(configured)[0][1]


def test_after_a_lock_runs_out_the_count_starts_again(configured, clerk, clock):
    wrong(configured, clock, 5)
    clock.set("2026-11-23T09:20")
    wrong(configured, clock, 4)  # four more are not enough…
    assert users.sign_in_failures(configured, clerk.id)["locked_until"] is None
    wrong(configured, clock, 1)  # …the fifth locks again
    assert users.sign_in_failures(configured, clerk.id)["locked_until"] == "2026-11-23T09:35:00+07:00"
    assert [a for a, _ in audit(configured)] == ["user.lock", "user.unlock", "user.lock"]


def test_the_desk_settings_say_how_many_tries_and_how_long(store, clock):
    init_desk(store, UNIT, "UBND xã Quảng Phú", 1, lock_after=2, lock_minutes=24 * 60)
    admin = accounts.first_admin(store, "toan", "Phạm Quốc Toản", "matkhau1")
    accounts.add_user(store, "lan", "Nguyễn Thị Lan", "clerk", "matkhau1", admin)
    wrong(store, clock, 1)
    with pytest.raises(accounts.AccountLocked, match="đến 09:00 ngày 24/11/2026"):
        accounts.authenticate(store, "lan", "sai-mat-khau", clock)


def test_an_unknown_name_gets_the_same_answer_and_leaves_no_trace(configured, clerk, clock):
    before = configured.one("SELECT count(*) AS n FROM user")["n"]
    for _ in range(8):
        with pytest.raises(NotAllowed) as caught:
            accounts.authenticate(configured, "hoa", "matkhau1", clock)
        assert caught.value.message == "Tên đăng nhập hoặc mật khẩu không đúng." and not isinstance(
            caught.value, accounts.AccountLocked
        )
    with pytest.raises(NotAllowed) as known:
        accounts.authenticate(configured, "lan", "sai-mat-khau", clock)
    assert known.value.message == "Tên đăng nhập hoặc mật khẩu không đúng."
    assert configured.one("SELECT count(*) AS n FROM user")["n"] == before
    assert configured.one("SELECT count(*) AS n FROM sign_in_failure")["n"] == 1  # lan's one wrong password
    assert configured.one("SELECT count(*) AS n FROM audit WHERE entity_key = 'hoa'")["n"] == 0


def test_an_administrator_lifts_a_lock_and_the_audit_trail_says_who(configured, admin, clerk, clock):
    wrong(configured, clock, 5)
    with pytest.raises(NotAllowed, match="không được quản lý tài khoản"):
        accounts.unlock(configured, "lan", clerk, clock)
    assert accounts.unlock(configured, "LAN", admin, clock) is True
    assert accounts.authenticate(configured, "lan", "matkhau1", clock).username == "lan"
    assert accounts.unlock(configured, "lan", admin, clock) is False
    rows = [r for r in journal.audit_for(configured, "user", "lan") if r["action"] == "user.unlock"]
    assert [(r["user_id"], r["after"]) for r in rows] == [(admin.id, '{"reason":"administrator"}')]


def test_a_province_update_of_the_account_keeps_the_lock(configured, clerk, clock):
    wrong(configured, clock, 5)
    with configured.write():
        province_accounts.apply_province_account(
            configured,
            "lan",
            "Nguyễn Thị Lan",
            "supervisor",
            users.by_username(configured, "lan")["password_hash"],
            True,
        )
    with pytest.raises(accounts.AccountLocked):
        accounts.authenticate(configured, "lan", "matkhau1", clock)
    clock.moment += timedelta(minutes=15)
    assert accounts.authenticate(configured, "lan", "matkhau1", clock).role == "supervisor"


def test_the_command_line_lifts_a_lock(configured, clerk, clock, capsys):
    from counter_app.cli import main

    wrong(configured, clock, 5)
    folder = str(configured.path.parent)
    assert main(["--data-dir", folder, "--user", "toan", "user", "unlock", "lan"]) == 0
    assert capsys.readouterr().out.strip() == "Đã mở khóa tài khoản lan."
    assert accounts.authenticate(configured, "lan", "matkhau1", clock).username == "lan"
    assert main(["--data-dir", folder, "--user", "toan", "user", "unlock", "hoa"]) == 1
    assert "Không có người dùng" in capsys.readouterr().err
