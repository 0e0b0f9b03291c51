"""Local accounts and roles; passwords are hashed with Argon2id and never stored in clear. Wrong passwords in a
row lock an account on this desk for a while (the desk's ``lock_after`` and ``lock_minutes`` settings)."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from counter_app.store import Store, journal, users
from counter_app.store.settings import lockout_rules
from counter_core.domain import policy
from counter_core.domain.accounts import ROLES, User, check_username, decoy_verify, hash_password, needs_rehash, verify
from counter_core.foundation.clock import Clock, iso, to_vn, vn_now
from counter_core.foundation.errors import InvalidInput, NotAllowed, NotFound
from counter_core.foundation.jsontypes import JsonObject
from counter_core.foundation.messages import Accounts
from counter_core.foundation.text import nfc

log = logging.getLogger(__name__)


def add_user(store: Store, username: str, full_name: str, role: str, password: str, by: User) -> User:
    """A new account, made by an account with the right to manage accounts."""
    policy.require(by, policy.ACCOUNTS)
    return _add(store, username, full_name, role, password, by)


def first_admin(store: Store, username: str, full_name: str, password: str) -> User:
    """The first administrator of a new desk, made with no one signed in (the first-run setup, or ``user add`` with
    no --user): only while no account can sign in on the desk."""
    return _add(store, username, full_name, "admin", password, None)


def has_accounts(store: Store) -> bool:
    """Whether anyone can sign in on this desk: until then it is being set up, with no one to act."""
    return users.has_active(store)


def _add(store: Store, username: str, full_name: str, role: str, password: str, by: User | None) -> User:
    """The account, added by ``by``; None only for the first administrator, while no one can sign in."""
    username = check_username(username)
    full_name = nfc(full_name)
    if not full_name:
        raise InvalidInput("full_name", Accounts.FULL_NAME_MISSING)
    if role not in ROLES:
        raise InvalidInput("role", Accounts.ROLE_UNKNOWN, roles=", ".join(ROLES))
    password_hash = hash_password(password)
    with store.write():
        if by is None and users.has_active(store):
            raise NotAllowed(Accounts.ACCOUNTS_BY_ADMIN)
        if users.by_username(store, username):
            raise InvalidInput("username", Accounts.USERNAME_TAKEN, username=username)
        at = iso(vn_now())
        user_id = users.add(store, username, full_name, role, password_hash, at)
        journal.append_audit(
            store, at, by.id if by else None, "user.add", username, None, {"full_name": full_name, "role": role}
        )
    return User(user_id, username, full_name, role)


class AccountLocked(NotAllowed):
    """Too many wrong passwords in a row: the account cannot sign in on this desk until ``until``."""

    kind = "account_locked"

    def __init__(self, username: str, until: datetime, now: datetime) -> None:
        if until.date() == now.date():
            super().__init__(Accounts.LOCKED_TODAY, username=username, time=f"{until:%H:%M}")
        else:
            super().__init__(
                Accounts.LOCKED_UNTIL_DAY, username=username, time=f"{until:%H:%M}", day=f"{until:%d/%m/%Y}"
            )
        self.until = until


def authenticate(store: Store, username: str, password: str, clock: Clock = vn_now) -> User:
    """The user if the password is right and the account is not locked on this desk.

    An unknown or inactive name gets the same message as a wrong password, takes as long to check, and leaves
    no trace in the store. ``lock_after`` wrong passwords in a row lock the account for ``lock_minutes``; a
    right one clears the count. Locks and unlocks go to the audit trail.
    """
    name = username.strip().lower()
    row = users.by_username(store, name)
    if row is None or not row["active"]:
        decoy_verify(password)
        log.info("sign-in refused: unknown or inactive account")
        raise NotAllowed(Accounts.WRONG_PASSWORD)
    now = to_vn(clock())
    state = users.sign_in_failures(store, row["id"])
    if state is not None and state["locked_until"]:
        locked_until = datetime.fromisoformat(state["locked_until"])
        if now < locked_until:
            log.warning("sign-in refused: %s is locked until %s", name, iso(locked_until))
            raise AccountLocked(name, locked_until, now)
    right = verify(row["password_hash"], password)
    with store.write():
        state = users.sign_in_failures(store, row["id"])
        if state is not None and state["locked_until"]:  # the lock has run out
            users.clear_sign_in_failures(store, row["id"])
            journal.append_audit(
                store,
                iso(now),
                row["id"],
                "user.unlock",
                name,
                {"locked_until": state["locked_until"]},
                {"reason": "expired"},
            )
            state = None
        if right:
            if state is not None:
                users.clear_sign_in_failures(store, row["id"])
            if needs_rehash(row["password_hash"]):
                users.set_password_hash(store, row["id"], hash_password(password))
        else:
            failures = (state["failures"] if state else 0) + 1
            lock_after, lock_minutes = lockout_rules(store)
            until = now + timedelta(minutes=lock_minutes) if failures >= lock_after else None
            users.set_sign_in_failures(store, row["id"], failures, iso(until) if until else None)
            if until:
                journal.append_audit(
                    store,
                    iso(now),
                    row["id"],
                    "user.lock",
                    name,
                    None,
                    {"failures": failures, "locked_until": iso(until)},
                )
    if right:
        log.info("signed in: %s", name)
        return users.user_of(row)
    log.warning("wrong password for %s (%d in a row)", name, failures)
    if until:
        log.warning("account %s locked until %s", name, iso(until))
        raise AccountLocked(name, until, now)
    raise NotAllowed(Accounts.WRONG_PASSWORD)


def unlock(store: Store, username: str, by: User, clock: Clock = vn_now) -> bool:
    """Lift a sign-in lock before it runs out (an administrator's decision); True if the account was locked."""
    policy.require(by, policy.ACCOUNTS)
    row = users.by_username(store, username.strip().lower())
    if row is None:
        raise NotFound(Accounts.UNKNOWN_USER, username=username)
    with store.write():
        state = users.sign_in_failures(store, row["id"])
        if state is None:
            return False
        users.clear_sign_in_failures(store, row["id"])
        if state["locked_until"]:
            journal.append_audit(
                store,
                iso(clock()),
                by.id,
                "user.unlock",
                row["username"],
                {"locked_until": state["locked_until"]},
                {"reason": "administrator"},
            )
    log.info("sign-in lock of %s lifted", row["username"])
    return bool(state["locked_until"])


def get_user(store: Store, username: str) -> User:
    row = users.by_username(store, username.strip().lower())
    if row is None or not row["active"]:
        raise NotFound(Accounts.UNKNOWN_USER, username=username)
    return users.user_of(row)


def list_users(store: Store) -> list[JsonObject]:
    return [dict(row) | {"role_label": ROLES[row["role"]]} for row in users.all_users(store)]
