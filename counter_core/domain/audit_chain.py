"""The audit trail as a hash chain: each row's hash covers its content and the hash of the row before it, so
editing or removing a row breaks the chain there, and a copy held elsewhere (the province's) shows what was
there. Pure functions, used by the desk and the provincial server alike.

A hash is the first 128 bits of a SHA-256, in hex: forging a row that keeps the chain would take about 2^128
tries, and a desk keeps 16 bytes per row instead of 64.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable

from counter_core.foundation.jsontypes import JsonObject
from counter_core.foundation.messages import Audit
from counter_core.foundation.texts import Text

GENESIS = "0" * 32  # the "previous hash" of the first row
FIELDS = ("at", "user_id", "action", "entity_key", "before", "after")
# A desk restored from a backup (or reinstalled) lost rows the province holds: the row that continues its trail
# after them says which (``after``: {"from", "to", "hash"}) and is chained to the province's last one.
REBASE_ANCHOR = "sync.audit_rebased"


def link(prev_hash: str, row: JsonObject) -> str:
    """The hash of ``row`` (its FIELDS as stored, JSON texts included verbatim) chained to ``prev_hash``."""
    canonical = json.dumps([prev_hash, *(row[f] for f in FIELDS)], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()[:32]


def first_break(rows: Iterable[JsonObject], prev_hash: str = GENESIS, prev_id: int = 0) -> JsonObject | None:
    """The first row, in id order, where the chain does not hold, with its reason (a ``Text``); None if it holds.

    ``prev_hash`` and ``prev_id`` continue a chain whose earlier rows were checked before (or are held elsewhere).
    """
    for row in rows:
        if row["id"] != prev_id + 1:
            held = _anchored(row, prev_id)
            if held is None:
                return {"id": row["id"], "reason": Text(Audit.ROWS_MISSING, first=prev_id + 1, last=row["id"] - 1)}
            prev_hash = held  # the province's last row before it, which this desk no longer holds
        if link(prev_hash, row) != row["hash"]:
            return {"id": row["id"], "reason": Text(Audit.ROW_CHANGED)}
        prev_hash, prev_id = row["hash"], row["id"]
    return None


def _anchored(row: JsonObject, prev_id: int) -> str | None:
    """If ``row`` is the anchor of a re-based trail covering exactly the rows missing before it: the hash of the
    province's last one."""
    if row["action"] != REBASE_ANCHOR or not row["after"]:
        return None
    held = json.loads(row["after"])
    if held.get("from") == prev_id + 1 and held.get("to") == row["id"] - 1:
        hash_ = held.get("hash")
        return hash_ if isinstance(hash_, str) else None
    return None
