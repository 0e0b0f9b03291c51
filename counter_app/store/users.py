"""Local accounts: username, full name, role and the password's KDF hash; wrong passwords in a row per account."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping

from counter_app.store.db import Store
from counter_core.domain.accounts import User


def add(
    store: Store, username: str, full_name: str, role: str, password_hash: str, at: str, active: bool = True
) -> int:
    return store.insert(
        "INSERT INTO user(username, full_name, role, password_hash, created_at, active) VALUES (?, ?, ?, ?, ?, ?)",
        (username, full_name, role, password_hash, at, int(active)),
    )


def by_username(store: Store, username: str) -> sqlite3.Row | None:
    return store.one("SELECT * FROM user WHERE username = ?", (username,))


def by_id(store: Store, user_id: int) -> sqlite3.Row | None:
    return store.one("SELECT * FROM user WHERE id = ?", (user_id,))


def has_active(store: Store) -> bool:
    """Whether anyone can sign in on this desk."""
    return store.one("SELECT 1 FROM user WHERE active LIMIT 1") is not None


def all_users(store: Store) -> list[sqlite3.Row]:
    return store.all("SELECT id, username, full_name, role, active, created_at FROM user ORDER BY username")


def set_password_hash(store: Store, user_id: int, password_hash: str) -> None:
    store.run("UPDATE user SET password_hash = ? WHERE id = ?", (password_hash, user_id))


def update(store: Store, user_id: int, values: Mapping[str, object]) -> None:
    """Change some of an account's columns (full_name, role, password_hash, active)."""
    allowed = {"full_name", "role", "password_hash", "active"}
    columns = [k for k in values if k in allowed]
    store.run(
        f"UPDATE user SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
        (*[values[c] for c in columns], user_id),
    )


def sign_in_failures(store: Store, user_id: int) -> sqlite3.Row | None:
    """The account's wrong passwords in a row on this desk, and until when it is locked (None: never failed)."""
    return store.one("SELECT failures, locked_until FROM sign_in_failure WHERE user_id = ?", (user_id,))


def set_sign_in_failures(store: Store, user_id: int, failures: int, locked_until: str | None) -> None:
    store.run(
        "INSERT INTO sign_in_failure(user_id, failures, locked_until) VALUES (?, ?, ?) ON CONFLICT(user_id) "
        "DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until",
        (user_id, failures, locked_until),
    )


def clear_sign_in_failures(store: Store, user_id: int) -> None:
    store.run("DELETE FROM sign_in_failure WHERE user_id = ?", (user_id,))


def user_of(row: sqlite3.Row) -> User:
    """The account of a user row."""
    return User(row["id"], row["username"], row["full_name"], row["role"])
