"""Accounts, their roles and the rules shared by the desk and the province (accounts made at the province sign in on the desks,
offline too): usernames, and passwords hashed with Argon2id, never kept in clear."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from counter_core.foundation.errors import InvalidInput
from counter_core.foundation.messages import Accounts, Names
from counter_core.foundation.texts import Text

MIN_PASSWORD = 6

ROLES = {
    "clerk": "Cán bộ tiếp nhận",
    "postal": "Nhân viên bưu chính",
    "supervisor": "Lãnh đạo / giám sát",
    "admin": "Quản trị",
}


def role_text(role: str) -> Text:
    """The role's name in a sentence, in the reader's language ("Reception clerk", "Cán bộ tiếp nhận")."""
    return Text(Names[f"ROLE_{role.upper()}"])


@dataclass(frozen=True)
class User:
    """Someone who signs in at a desk, with the role that says what they may do."""

    id: int
    username: str
    full_name: str
    role: str


_hasher = PasswordHasher()


def check_username(username: str) -> str:
    """The username as stored (lower case), or InvalidInput if it has other than unaccented letters, digits, . or _."""
    username = username.strip().lower()
    if not username.replace(".", "").replace("_", "").isalnum() or not username.isascii():
        raise InvalidInput("username", Accounts.USERNAME_CHARACTERS)
    return username


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise InvalidInput("password", Accounts.PASSWORD_TOO_SHORT, length=MIN_PASSWORD)
    return _hasher.hash(password)


def verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def decoy_verify(password: str) -> None:
    """Check ``password`` against a hash no one has, taking as long as a real check: an unknown username is not
    told apart from a known one by the time the answer takes."""
    verify(_decoy_hash(), password)


@cache
def _decoy_hash() -> str:
    return _hasher.hash("counter-app decoy")


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)
