"""The server's secret key, with which enrolment codes are stored as keyed hashes (HMAC-SHA-256): given as
``COUNTER_SERVER_SECRET`` (64 hexadecimal characters or more), or kept in the data folder (``server-secret``, made
on first use, readable by the server's user only). Never in the database: a copy of the database alone does not
let anyone test guesses of a code. The database keeps a check value of the key, so that a server or a command
started with another key (another data folder) is stopped with a clear message instead of refusing every code."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

import psycopg

from counter_core.foundation.errors import CounterError
from counter_core.foundation.messages import Province
from provincial_server.store import enrolment

VARIABLE = "COUNTER_SERVER_SECRET"
FILE = "server-secret"
_CHECK = b"counter-server enrolment key check"


class WrongKey(CounterError):
    kind = "wrong_key"


def load(data_dir: Path) -> bytes:
    """The key from the environment, else from the data folder (made there if it has none)."""
    given = os.environ.get(VARIABLE, "").strip()
    if given:
        try:
            key = bytes.fromhex(given)
        except ValueError:
            key = b""
        if len(key) < 32:
            raise WrongKey(Province.SECRET_TOO_SHORT, variable=VARIABLE)
        return key
    path = Path(data_dir) / FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return bytes.fromhex(path.read_text(encoding="ascii").strip())
    with os.fdopen(descriptor, "w", encoding="ascii") as out:
        out.write(secrets.token_hex(32) + "\n")
    return bytes.fromhex(path.read_text(encoding="ascii").strip())


def keyed_hash(key: bytes, text: str) -> str:
    return hmac.new(key, text.encode(), hashlib.sha256).hexdigest()


def check(conn: psycopg.Connection, key: bytes) -> None:
    """Record the key's check value in the database the first time; later, refuse a different key."""
    value = keyed_hash(key, _CHECK.decode())
    if not hmac.compare_digest(enrolment.key_check(conn, value), value):
        raise WrongKey(Province.SECRET_NOT_THIS_DATABASES)
