"""Backing the desk up and restoring it: the service behind ``counter-app backup`` and ``counter-app restore``.

A restored desk is behind what it already sent to the province; if it is enrolled, it records nothing new
until its next sync has put back, from the server, every action it sent after the copy was made.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from counter_app.clock import iso, vn_now
from counter_app.desk import REBASE_REQUIRED
from counter_app.store import Store, backup, journal, schema, settings


def backup_now(store: Store, target: Path | None = None) -> Path:
    """A checked copy of the database, by default in ``<data folder>/backups/``."""
    target = target or store.path.parent / "backups" / f"counter-{vn_now():%Y%m%d-%H%M%S}.sqlite3"
    backup.copy_to(store, target)
    backup.check(target)
    return target


def restore(store: Store, source: Path) -> dict:
    """Put a backup back in place; the content it replaces is kept beside it first."""
    backup.check(source)
    kept = backup_now(store, store.path.parent / "backups" / f"before-restore-{datetime.now():%Y%m%d-%H%M%S}.sqlite3")
    backup.copy_from(store, source)
    schema.migrate(store.db)
    enrolled = "sync.desk_id" in settings.get_all(store)
    with store.write():
        if enrolled:
            settings.put(store, {REBASE_REQUIRED: "yes"})
        journal.append_audit(store, iso(vn_now()), None, "desk.restore", str(source), None,
                             {"kept": str(kept), "rebase_required": enrolled})
    return {"restored": str(source), "previous_content_kept_as": str(kept), "rebase_required": enrolled}
