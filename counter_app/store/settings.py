"""Desk settings kept in the database: unit, desk number, office hours, code block size."""

from __future__ import annotations

from counter_app.store.db import Store


def get_all(store: Store) -> dict[str, str]:
    return {row["key"]: row["value"] for row in store.all("SELECT key, value FROM setting")}


def put(store: Store, values: dict[str, str]) -> None:
    store.conn.executemany(
        "INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        list(values.items()),
    )


def delete(store: Store, key: str) -> None:
    store.run("DELETE FROM setting WHERE key = ?", (key,))
