"""Copies of the desk's database made with SQLite's online backup, checked, and put back.

A copy is taken page by page from the live database (WAL and all) without stopping the desk; putting one
back goes the same way into the open database, after the current content is kept aside.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from counter_app.foundation.paths import absolute
from counter_app.store.db import Store
from counter_core.foundation.errors import InvalidInput
from counter_core.foundation.messages import Backups


def copy_to(store: Store, target: Path) -> Path:
    """Write a consistent copy of the open database to ``target``, read in one snapshot over a connection of
    its own, so that the desk keeps saving while a big database is copied."""
    target.parent.mkdir(parents=True, exist_ok=True)
    source = store.reader()
    copy = sqlite3.connect(target)
    try:
        source.conn.backup(copy)
    finally:
        copy.close()
        source.close()
    return target


def check(path: Path) -> None:
    """InvalidInput unless ``path`` is a sound desk database (SQLite's integrity check, a configured desk)."""
    try:
        conn = sqlite3.connect(f"{absolute(path).as_uri()}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            configured = conn.execute("SELECT count(*) FROM setting WHERE key = 'unit_code'").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise InvalidInput("file", Backups.NOT_A_DESK_DATABASE, path=str(path), reason=exc) from exc
    if result != "ok":
        raise InvalidInput("file", Backups.DAMAGED, path=str(path), result=result)
    if not configured:
        raise InvalidInput("file", Backups.NOT_CONFIGURED, path=str(path))


def copy_from(store: Store, source: Path) -> None:
    """Replace the open database's content with the copy in ``source`` (checked first)."""
    check(source)
    conn = sqlite3.connect(source)
    try:
        with store.lock:
            conn.backup(store.conn)
    finally:
        conn.close()
