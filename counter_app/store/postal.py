"""The postal desk's batches and their scanned lines, and the item codes the dossiers' events link."""

from __future__ import annotations

import sqlite3

from counter_app.store.db import Store

# The event kinds that link an item code to a dossier; the partial index of migration m005 covers exactly these.
_LINKING = "e.kind IN ('postal_intake', 'postal_handover')"
_ITEM = "json_extract(e.data, '$.item_code')"


def open_batch(store: Store, flow: str, at: str, user_id: int) -> int:
    return store.insert("INSERT INTO postal_batch(flow, opened_at, opened_by) VALUES (?, ?, ?)", (flow, at, user_id))


def close_batch(store: Store, batch_id: int, at: str, user_id: int, courier: str) -> None:
    store.run(
        "UPDATE postal_batch SET closed_at = ?, closed_by = ?, courier = ? WHERE id = ?",
        (at, user_id, courier, batch_id),
    )


def batch(store: Store, batch_id: int) -> sqlite3.Row | None:
    return store.one(
        "SELECT b.*, o.full_name AS opened_by_name, o.role AS opened_by_role, c.full_name AS closed_by_name, "
        "c.role AS closed_by_role, (SELECT count(*) FROM postal_line l WHERE l.batch_id = b.id) AS lines, "
        "(SELECT count(*) FROM postal_line l WHERE l.batch_id = b.id AND l.refusal IS NOT NULL) AS refused "
        "FROM postal_batch b JOIN user o ON o.id = b.opened_by LEFT JOIN user c ON c.id = b.closed_by "
        "WHERE b.id = ?",
        (batch_id,),
    )


def batches(store: Store, open_only: bool, limit: int) -> list[sqlite3.Row]:
    """Batches newest first: every open one, or the latest ``limit``."""
    ids = store.all(
        "SELECT id FROM postal_batch WHERE (? = 0 OR closed_at IS NULL) ORDER BY id DESC LIMIT ?",
        (int(open_only), limit),
    )
    return [b for r in ids if (b := batch(store, r["id"])) is not None]


def add_line(
    store: Store,
    batch_id: int,
    at: str,
    scanned: str,
    dossier_id: int | None,
    item_code: str | None,
    refusal: str | None,
    message: str,
) -> int:
    return store.insert(
        "INSERT INTO postal_line(batch_id, at, scanned, dossier_id, item_code, refusal, message) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (batch_id, at, scanned, dossier_id, item_code, refusal, message),
    )


_LINES = "SELECT l.*, d.code, d.owner_name, d.status FROM postal_line l LEFT JOIN dossier d ON d.id = l.dossier_id "


def lines(store: Store, batch_id: int) -> list[sqlite3.Row]:
    """The batch's lines in scanning order, with their dossier if they have one."""
    return store.all(_LINES + "WHERE l.batch_id = ? ORDER BY l.id", (batch_id,))


def line(store: Store, line_id: int) -> sqlite3.Row:
    return store.first(_LINES + "WHERE l.id = ?", (line_id,))


def link(store: Store, item_code: str) -> sqlite3.Row | None:
    """The latest event linking ``item_code`` to a dossier, with the dossier's code."""
    return store.one(
        f"SELECT e.kind, e.at, e.data, e.dossier_id, d.code FROM dossier_event e JOIN dossier d ON d.id = e.dossier_id "
        f"WHERE {_ITEM} = ? AND {_LINKING} ORDER BY e.id DESC LIMIT 1",
        (item_code,),
    )


def handover(store: Store, dossier_id: int) -> sqlite3.Row | None:
    """The latest hand-over of the dossier's result to the post."""
    return store.one(
        "SELECT * FROM dossier_event WHERE dossier_id = ? AND kind = 'postal_handover' ORDER BY id DESC LIMIT 1",
        (dossier_id,),
    )


def batch_holding(store: Store, batch_id: int, item_code: str | None, dossier_id: int | None) -> sqlite3.Row | None:
    """Another batch with an accepted line for the item code (or else the dossier): one still open, or an intake
    batch whose package still waits for reception."""
    column, value = ("l.item_code", item_code) if item_code else ("l.dossier_id", dossier_id)
    return store.one(
        f"SELECT b.* FROM postal_line l JOIN postal_batch b ON b.id = l.batch_id "
        f"WHERE {column} = ? AND l.refusal IS NULL AND l.batch_id != ? "
        f"AND (b.closed_at IS NULL OR b.flow = 'intake') ORDER BY b.id DESC LIMIT 1",
        (value, batch_id),
    )


def package(store: Store, item_code: str) -> sqlite3.Row | None:
    """The intake batch (and its line) in which the package ``item_code`` was handed over, if any."""
    return store.one(
        "SELECT b.*, l.at AS scanned_at FROM postal_line l JOIN postal_batch b ON b.id = l.batch_id "
        "WHERE l.item_code = ? AND l.refusal IS NULL AND b.flow = 'intake' ORDER BY l.id DESC LIMIT 1",
        (item_code,),
    )


def waiting_packages(store: Store, limit: int) -> list[sqlite3.Row]:
    """Packages of closed intake batches whose dossier has not been received yet, oldest first."""
    return store.all(
        f"SELECT l.item_code, b.id AS batch_id, b.closed_at, b.courier FROM postal_batch b "
        f"CROSS JOIN postal_line l ON l.batch_id = b.id "  # batches first: few, and closed ones by the index
        f"WHERE b.flow = 'intake' AND b.closed_at IS NOT NULL AND l.refusal IS NULL AND NOT EXISTS ("
        f"  SELECT 1 FROM dossier_event e WHERE {_ITEM} = +l.item_code AND {_LINKING}) "  # + : the index compares as is
        f"ORDER BY b.closed_at, l.id LIMIT ?",
        (limit,),
    )
