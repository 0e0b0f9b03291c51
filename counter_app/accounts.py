"""Local accounts and roles; passwords are hashed with Argon2id and never stored in clear."""

from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from counter_app.clock import iso, vn_now
from counter_app.errors import InvalidInput, NotAllowed, NotFound
from counter_app.store import Store, journal, users
from counter_app.text import nfc

ROLES = {"clerk": "Cán bộ tiếp nhận", "postal": "Nhân viên bưu chính", "supervisor": "Lãnh đạo / giám sát",
         "admin": "Quản trị"}
MIN_PASSWORD = 6
_hasher = PasswordHasher()


@dataclass(frozen=True)
class User:
    id: int
    username: str
    full_name: str
    role: str


def _user(row) -> User:
    return User(row["id"], row["username"], row["full_name"], row["role"])


def add_user(store: Store, username: str, full_name: str, role: str, password: str,
             by: User | None = None) -> User:
    username = username.strip().lower()
    full_name = nfc(full_name)
    if not username.replace(".", "").replace("_", "").isalnum() or not username.isascii():
        raise InvalidInput("username", "Tên đăng nhập chỉ gồm chữ không dấu, số, dấu chấm hoặc gạch dưới.")
    if not full_name:
        raise InvalidInput("full_name", "Chưa nhập họ và tên người dùng.")
    if role not in ROLES:
        raise InvalidInput("role", f"Vai trò phải là một trong: {', '.join(ROLES)}.")
    if len(password) < MIN_PASSWORD:
        raise InvalidInput("password", f"Mật khẩu phải có ít nhất {MIN_PASSWORD} ký tự.")
    password_hash = _hasher.hash(password)
    with store.write():
        if users.by_username(store, username):
            raise InvalidInput("username", f"Tên đăng nhập \"{username}\" đã tồn tại.")
        at = iso(vn_now())
        user_id = users.add(store, username, full_name, role, password_hash, at)
        journal.append_audit(store, at, by.id if by else None, "user.add", username,
                             None, {"full_name": full_name, "role": role})
    return User(user_id, username, full_name, role)


PROVINCE = "tinh"  # the account province-side decisions are recorded under; it cannot sign in


def province_account(store: Store) -> User:
    """The non-login account that stands for the processing units in the desk's history (call inside a write)."""
    row = users.by_username(store, PROVINCE)
    if row is None:
        user_id = users.add(store, PROVINCE, "Cơ quan giải quyết (cấp tỉnh)", "supervisor", "!", iso(vn_now()),
                            active=False)
        return User(user_id, PROVINCE, "Cơ quan giải quyết (cấp tỉnh)", "supervisor")
    return _user(row)


def authenticate(store: Store, username: str, password: str) -> User:
    """The user if the password is right; the same message for an unknown name or a wrong password."""
    row = users.by_username(store, username.strip().lower())
    wrong = NotAllowed("Tên đăng nhập hoặc mật khẩu không đúng.")
    if row is None or not row["active"]:
        raise wrong
    try:
        _hasher.verify(row["password_hash"], password)
    except (VerificationError, InvalidHashError):
        raise wrong from None
    if _hasher.check_needs_rehash(row["password_hash"]):
        with store.write():
            users.set_password_hash(store, row["id"], _hasher.hash(password))
    return _user(row)


def get_user(store: Store, username: str) -> User:
    row = users.by_username(store, username.strip().lower())
    if row is None or not row["active"]:
        raise NotFound(f"Không có người dùng \"{username}\".")
    return _user(row)


def list_users(store: Store) -> list[dict]:
    return [dict(row) | {"role_label": ROLES[row["role"]]} for row in users.all_users(store)]
