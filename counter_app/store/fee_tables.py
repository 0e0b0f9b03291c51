"""Stored fee tables of the province, every version kept, read back as domain values."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

from counter_app.store.db import Store
from counter_core.domain.fee_table import FeeTable


def find(store: Store, sha256: str) -> int | None:
    row = store.one("SELECT id FROM fee_table WHERE sha256 = ?", (sha256,))
    return row["id"] if row else None


def add(store: Store, table: FeeTable, origin: str, at: str) -> int:
    """Store a fee table unless the same content is already there; its id either way."""
    digest = table.digest()
    existing = find(store, digest)
    if existing is not None:
        return existing
    return store.insert(
        "INSERT INTO fee_table(resolution, adopted, effective_from, province, sha256, data, origin, imported_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            table.resolution,
            table.adopted.isoformat(),
            table.effective_from.isoformat(),
            table.province,
            digest,
            json.dumps(table.to_json(), ensure_ascii=False),
            origin,
            at,
        ),
    )


def in_force(store: Store, on_day: date) -> FeeTable | None:
    """The table in force on ``on_day``: the latest effective date not after it, newest import first."""
    row = store.one(
        "SELECT data FROM fee_table WHERE effective_from <= ? ORDER BY effective_from DESC, id DESC LIMIT 1",
        (on_day.isoformat(),),
    )
    return FeeTable.from_json(json.loads(row["data"])) if row else None


def versions(store: Store) -> list[sqlite3.Row]:
    return store.all(
        "SELECT id, resolution, adopted, effective_from, province, origin, imported_at, "
        "json_array_length(data, '$.fees') AS lines, json_array_length(data, '$.exemptions') AS exemptions "
        "FROM fee_table ORDER BY effective_from, id"
    )
