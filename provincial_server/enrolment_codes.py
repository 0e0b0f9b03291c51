"""Giving a desk its one-time enrolment code: a fresh code (``counter_core.domain.enrolment_code``), kept only as its
keyed hash under the server's secret, valid ``VALID``; the code itself is shown once, to the administrator."""

from __future__ import annotations

from datetime import timedelta

import psycopg

from counter_core.domain import enrolment_code
from provincial_server.secret import keyed_hash
from provincial_server.store import admin, enrolment

VALID = timedelta(days=7)


def code_hash(key: bytes, typed: str) -> str:
    """The keyed hash a code is kept under, from the code as typed (BadCode if it cannot be one)."""
    return keyed_hash(key, enrolment_code.normalized(typed))


def issue(conn: psycopg.Connection, key: bytes, desk_id: str, valid_for: timedelta = VALID) -> str:
    """A new code for ``desk_id``, grouped for people; earlier unused codes of the desk stay valid until they expire."""
    code = enrolment_code.new_code()
    enrolment.add_code(conn, desk_id, code_hash(key, code), valid_for)
    return code


def new_desk(conn: psycopg.Connection, key: bytes, unit_code: str, desk: int) -> tuple[str, str]:
    """The desk ``desk`` of a unit (made if new) and a fresh code for it, in one transaction: (desk id, code). For the
    command line and the console alike."""
    with conn.transaction():
        desk_id = admin.create_desk(conn, unit_code, desk)
        return desk_id, issue(conn, key, desk_id)
