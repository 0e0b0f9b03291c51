"""The accounts the province sends and the people who acted elsewhere, stored as the desk keeps them (each call
inside the write of the change being replayed)."""

from __future__ import annotations

from counter_app.store import journal, users
from counter_app.store.db import Store
from counter_core.domain.accounts import ROLES, User
from counter_core.foundation.clock import iso, vn_now
from counter_core.foundation.errors import InvalidInput
from counter_core.foundation.messages import Accounts
from counter_core.foundation.text import nfc

PROVINCE = "tinh"  # the account province-side decisions are recorded under; it cannot sign in


def province_account(store: Store) -> User:
    """The non-login account that stands for the processing units in the desk's history (call inside a write)."""
    row = users.by_username(store, PROVINCE)
    if row is None:
        user_id = users.add(
            store, PROVINCE, "Cơ quan giải quyết (cấp tỉnh)", "supervisor", "!", iso(vn_now()), active=False
        )
        return User(user_id, PROVINCE, "Cơ quan giải quyết (cấp tỉnh)", "supervisor")
    return users.user_of(row)


def known_user(store: Store, username: str, full_name: str) -> int:
    """The local id of someone who acted at another desk or at the province (call inside a write): their
    account if the province sent it, otherwise a placeholder that cannot sign in."""
    row = users.by_username(store, username)
    if row is not None:
        return int(row["id"])
    return users.add(store, username, nfc(full_name) or username, "clerk", "!", iso(vn_now()), active=False)


def apply_province_account(
    store: Store, username: str, full_name: str, role: str, password_hash: str, active: bool
) -> bool:
    """An account of the unit as the province keeps it (call inside a write): the province's word wins, so a
    clerk signs in with the same password on every desk of the unit, offline too. True if it changed."""
    if role not in ROLES or not username:
        raise InvalidInput("role", Accounts.PROVINCE_ROLE, username=repr(username), role=repr(role))
    row = users.by_username(store, username)
    full_name = nfc(full_name)
    values = {"full_name": full_name, "role": role, "password_hash": password_hash, "active": int(active)}
    if row is not None and all(row[k] == v for k, v in values.items()):
        return False
    if row is None:
        users.add(store, username, full_name, role, password_hash, iso(vn_now()), active)
    else:
        users.update(store, row["id"], values)
    journal.append_audit(
        store,
        iso(vn_now()),
        None,
        "user.province",
        username,
        {k: row[k] for k in ("full_name", "role", "active")} if row else None,
        {k: v for k, v in values.items() if k != "password_hash"},
    )
    return True
