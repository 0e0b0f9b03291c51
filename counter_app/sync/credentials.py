"""The desk's device token, kept in the operating system's keyring (never in SQLite or a config file)."""

from __future__ import annotations

import hashlib

import keyring
from keyring.errors import KeyringError

from counter_core.foundation.errors import CounterError
from counter_core.foundation.messages import Sync

SERVICE = "counter-app"


class NoKeyring(CounterError):
    kind = "no_keyring"


def _key(data_file: str, desk_id: str) -> str:
    """One entry per desk database, so two desks on one computer keep two tokens."""
    return f"{desk_id}@{hashlib.sha256(data_file.encode()).hexdigest()[:12]}"


def ensure_available() -> None:
    """Fail before a one-time code is spent if this computer has nowhere safe to keep the token."""
    try:
        keyring.get_password(SERVICE, "probe")
    except KeyringError as exc:
        raise NoKeyring(Sync.NO_KEYRING, reason=exc) from exc


def save(data_file: str, desk_id: str, token: str) -> None:
    try:
        keyring.set_password(SERVICE, _key(data_file, desk_id), token)
    except KeyringError as exc:
        raise NoKeyring(Sync.NO_KEYRING, reason=exc) from exc


def load(data_file: str, desk_id: str) -> str | None:
    try:
        return keyring.get_password(SERVICE, _key(data_file, desk_id))
    except KeyringError as exc:
        raise NoKeyring(Sync.KEYRING_UNREADABLE, reason=exc) from exc
