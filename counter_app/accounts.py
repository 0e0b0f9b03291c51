"""Local accounts and roles; passwords are hashed with Argon2id and never stored in clear."""

from __future__ import annotations

from dataclasses import dataclass

from counter_app.clock import iso, vn_now
from counter_app.errors import InvalidInput, NotAllowed, NotFound
from counter_app.account_rules import check_username, hash_password, needs_rehash, verify
from counter_app.store import Store, journal, users
from counter_app.text import nfc

ROLES = {"clerk": "Cán bộ tiếp nhận", "postal": "Nhân viên bưu chính", "supervisor": "Lãnh đạo / giám sát",
         "admin": "Quản trị"}


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
    username = check_username(username)
    full_name = nfc(full_name)
    if not full_name:
        raise InvalidInput("full_name", "Chưa nhập họ và tên người dùng.")
    if role not in ROLES:
        raise InvalidInput("role", f"Vai trò phải là một trong: {', '.join(ROLES)}.")
    password_hash = hash_password(password)
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


def known_user(store: Store, username: str, full_name: str) -> int:
    """The local id of someone who acted at another desk or at the province (call inside a write): their
    account if the province sent it, otherwise a placeholder that cannot sign in."""
    row = users.by_username(store, username)
    if row is not None:
        return row["id"]
    return users.add(store, username, nfc(full_name) or username, "clerk", "!", iso(vn_now()), active=False)


def apply_province_account(store: Store, username: str, full_name: str, role: str, password_hash: str,
                           active: bool) -> bool:
    """An account of the unit as the province keeps it (call inside a write): the province's word wins, so a
    clerk signs in with the same password on every desk of the unit, offline too. True if it changed."""
    if role not in ROLES or not username:
        raise InvalidInput("role", f"Tài khoản {username!r} từ tỉnh có vai trò không hợp lệ ({role!r}).")
    row = users.by_username(store, username)
    values = {"full_name": nfc(full_name), "role": role, "password_hash": password_hash, "active": int(active)}
    if row is not None and all(row[k] == v for k, v in values.items()):
        return False
    if row is None:
        users.add(store, username, values["full_name"], role, password_hash, iso(vn_now()), active)
    else:
        users.update(store, row["id"], values)
    journal.append_audit(store, iso(vn_now()), None, "user.province", username,
                         {k: row[k] for k in ("full_name", "role", "active")} if row else None,
                         {k: v for k, v in values.items() if k != "password_hash"})
    return True


def authenticate(store: Store, username: str, password: str) -> User:
    """The user if the password is right; the same message for an unknown name or a wrong password."""
    row = users.by_username(store, username.strip().lower())
    wrong = NotAllowed("Tên đăng nhập hoặc mật khẩu không đúng.")
    if row is None or not row["active"]:
        raise wrong
    if not verify(row["password_hash"], password):
        raise wrong
    if needs_rehash(row["password_hash"]):
        with store.write():
            users.set_password_hash(store, row["id"], hash_password(password))
    return _user(row)


def get_user(store: Store, username: str) -> User:
    row = users.by_username(store, username.strip().lower())
    if row is None or not row["active"]:
        raise NotFound(f"Không có người dùng \"{username}\".")
    return _user(row)


def list_users(store: Store) -> list[dict]:
    return [dict(row) | {"role_label": ROLES[row["role"]]} for row in users.all_users(store)]
