"""Local accounts: roles, Argon2 hashes, the same answer for a wrong name or a wrong password."""

import pytest

from counter_app.services import accounts
from counter_app.store import users
from counter_core.foundation.errors import InvalidInput, NotAllowed


@pytest.fixture
def admin(store):
    return accounts.first_admin(store, "toan", "Phạm Quốc Toản", "matkhau1")


def test_a_clerk_logs_in_with_the_right_password_only(store, admin):
    accounts.add_user(store, "Lan", "Nguyễn Thị Lan", "clerk", "matkhau1", admin)
    assert accounts.authenticate(store, "lan", "matkhau1").full_name == "Nguyễn Thị Lan"
    for name, password in [("lan", "matkhau2"), ("hoa", "matkhau1")]:
        with pytest.raises(NotAllowed, match="Tên đăng nhập hoặc mật khẩu không đúng"):
            accounts.authenticate(store, name, password)


def test_the_password_is_stored_as_an_argon2id_hash(store, admin):
    accounts.add_user(store, "lan", "Nguyễn Thị Lan", "clerk", "matkhau1", admin)
    stored = users.by_username(store, "lan")["password_hash"]
    assert stored.startswith("$argon2id$") and "matkhau1" not in stored


@pytest.mark.parametrize(
    "username, role, password, field",
    [
        ("lan", "clerk", "ngan", "password"),
        ("lan", "boss", "matkhau1", "role"),
        ("lân", "clerk", "matkhau1", "username"),
    ],
)
def test_bad_accounts_are_refused(store, admin, username, role, password, field):
    with pytest.raises(InvalidInput) as caught:
        accounts.add_user(store, username, "Nguyễn Thị Lan", role, password, admin)
    assert caught.value.field == field


def test_a_username_is_unique(store, admin):
    accounts.add_user(store, "lan", "Nguyễn Thị Lan", "clerk", "matkhau1", admin)
    with pytest.raises(InvalidInput, match="đã tồn tại"):
        accounts.add_user(store, "LAN", "Lê Thị Lan", "clerk", "matkhau1", admin)


def test_only_the_first_administrator_is_made_with_no_one_signed_in_and_only_an_administrator_adds_accounts(store):
    admin = accounts.first_admin(store, "toan", "Phạm Quốc Toản", "matkhau1")
    assert admin.role == "admin" and accounts.has_accounts(store)
    with pytest.raises(NotAllowed, match="Quầy đã có tài khoản"):
        accounts.first_admin(store, "hacker", "Kẻ Lạ", "matkhau1")
    lan = accounts.add_user(store, "lan", "Nguyễn Thị Lan", "clerk", "matkhau1", admin)
    with pytest.raises(NotAllowed, match=r"Tài khoản lan \(Cán bộ tiếp nhận\) không được quản lý tài khoản"):
        accounts.add_user(store, "hoa", "Lê Thị Hoa", "clerk", "matkhau1", lan)
    assert users.by_username(store, "hoa") is None and users.by_username(store, "hacker") is None
