"""Backing the desk up and restoring it: the service behind the automatic backups (daily and at exit), the
backup dialog, ``counter-app backup`` and ``counter-app restore``, and the replacement of a database found
corrupt at start.

Every copy is made with SQLite's online backup and checked (integrity check) before it is kept; the files of
digitised papers are copied beside the copies, once each, into ``files/`` of the backup folder (a file never
changes, so every copy of the database shares them; a file is never pruned). Only the newest copies are kept
(``backup.keep``, 14 by default), in ``backup.folder`` (default ``<data folder>/backups``; a second disk or a USB
drive is better). A restored desk is behind what it already sent to the province: if it is enrolled, it records
nothing new until its next sync has put back, from the server, every action it sent after the copy was made — so a
restore loses at most what had not yet been sent.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from counter_app.foundation.paths import absolute
from counter_app.store import Store, backup, journal, open_store, schema, settings
from counter_app.store.db import DB_FILE
from counter_app.store.files import FileFolder
from counter_app.store.settings import REBASE_REQUIRED
from counter_core.domain import policy
from counter_core.domain.accounts import User
from counter_core.foundation.clock import VN_TZ, iso, vn_now
from counter_core.foundation.errors import CounterError, InvalidInput, NotFound
from counter_core.foundation.jsontypes import JsonObject
from counter_core.foundation.messages import Backups

DEFAULT_KEEP = 14
FILES = "files"  # the files of digitised papers, beside the copies of the database
PREFIX = "counter-"  # automatic and manual copies; the content a restore replaced is kept as "before-restore-…"


@dataclass(frozen=True)
class Keeping:
    """Where the copies go and how many are kept (the desk's settings)."""

    folder: Path
    keep: int


def keeping(store: Store) -> Keeping:
    values = settings.get_all(store)
    chosen = values.get("backup.folder")
    return Keeping(
        Path(chosen) if chosen else default_folder(store.folder), int(values.get("backup.keep", DEFAULT_KEEP))
    )


def folder(store: Store) -> Path:
    return keeping(store).folder


def default_folder(data_dir: Path) -> Path:
    return data_dir / "backups"


def configure(store: Store, user: User, keep: int | None = None, where: Path | None = None) -> JsonObject:
    """Set how many copies are kept and where (desk settings)."""
    policy.require(user, policy.BACKUP)
    values = {}
    if keep is not None:
        if not 1 <= keep <= 365:
            raise InvalidInput("keep", Backups.KEEP_RANGE)
        values["backup.keep"] = str(keep)
    if where is not None:
        values["backup.folder"] = str(absolute(where))
    with store.write():
        settings.put(store, values)
        journal.append_audit(store, iso(vn_now()), user.id, "desk.backup_settings", "desk", None, values)
    return values


def backup_now(store: Store, user: User, target: Path | None = None) -> Path:
    """A checked copy of the database made by ``user`` (a copy that fails its check is not kept), in the backup
    folder (the oldest pruned) unless ``target`` says where."""
    return make_copy(store, keeping_for(store, user), target)


def keeping_for(store: Store, user: User) -> Keeping:
    """Where and how many copies a copy made by ``user`` keeps, once the policy lets them make one."""
    policy.require(user, policy.BACKUP)
    return keeping(store)


def automatic_backup(store: Store) -> Path:
    """The desk's own copy, daily and when the window closes, whoever is signed in."""
    return make_copy(store, keeping(store))


def make_copy(store: Store, kept: Keeping, target: Path | None = None) -> Path:
    """A copy once the settings are read: the copy is read over a connection of its own, so any thread may make it
    (the window: a worker, not its database thread) while the desk goes on working."""
    automatic = target is None
    target = target or kept.folder / f"{PREFIX}{datetime.now(VN_TZ):%Y%m%d-%H%M%S-%f}.sqlite3"
    backup.copy_to(store, target)
    try:
        backup.check(target)
    except CounterError:
        target.unlink(missing_ok=True)
        raise
    FileFolder.of(store).copy_missing(FileFolder(target.parent / FILES))
    if automatic:
        prune(target.parent, kept.keep)
    return target


def backup_if_due(store: Store) -> Path | None:
    """The day's copy, if none was made today (Vietnam time); run at start."""
    return copy_if_due(store, keeping(store))


def copy_if_due(store: Store, kept: Keeping) -> Path | None:
    """``backup_if_due`` once the settings are read (any thread, as ``make_copy``)."""
    latest = newest(kept.folder)
    if latest is not None and latest.stat().st_mtime >= vn_now().replace(hour=0, minute=0, second=0).timestamp():
        return None
    return make_copy(store, kept)


def listing(where: Path) -> list[JsonObject]:
    """The copies in ``where``, newest first: file, when it was made, size."""
    files = sorted(where.glob(f"{PREFIX}*.sqlite3"), key=lambda p: p.stat().st_mtime, reverse=True)
    return [
        {"path": p, "at": datetime.fromtimestamp(p.stat().st_mtime).astimezone(), "size": p.stat().st_size}
        for p in files
    ]


def newest(where: Path) -> Path | None:
    copies = listing(where) if where.is_dir() else []
    return copies[0]["path"] if copies else None


def prune(where: Path, keep: int) -> None:
    for old in listing(where)[keep:]:
        old["path"].unlink(missing_ok=True)


def restore(store: Store, source: Path, user: User) -> JsonObject:
    """Put a backup back into the open database; the content it replaces is kept beside it first."""
    policy.require(user, policy.RESTORE)
    backup.check(source)
    kept = make_copy(store, keeping(store), folder(store) / f"before-restore-{datetime.now():%Y%m%d-%H%M%S}.sqlite3")
    backup.copy_from(store, source)
    FileFolder(source.parent / FILES).copy_missing(FileFolder.of(store))
    return _restored(store, source, kept, user)


def open_checked(data_dir: Path) -> Store:
    """The desk's database, opened and brought up to date; sqlite3.DatabaseError if it cannot be read (damaged)."""
    store = open_store(data_dir)
    try:
        settings.get_all(store)  # the first read finds a damaged header or schema
    except sqlite3.DatabaseError:
        store.close()
        raise
    return store


def replace_database(data_dir: Path, source: Path | None = None) -> tuple[Store, JsonObject]:
    """Start from a backup instead of a database that cannot be opened (corrupt): the broken file is kept
    aside, ``source`` (default: the newest copy in the default folder) takes its place."""
    source = source or newest(default_folder(data_dir))
    if source is None:
        raise NotFound(Backups.NONE_TO_RESTORE)
    backup.check(source)
    database = data_dir / DB_FILE
    kept = data_dir / f"corrupt-{datetime.now():%Y%m%d-%H%M%S}.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        broken = Path(f"{database}{suffix}")
        if broken.exists():
            broken.rename(Path(f"{kept}{suffix}"))
    shutil.copyfile(source, database)
    store = open_store(data_dir)
    FileFolder(source.parent / FILES).copy_missing(FileFolder.of(store))
    return store, _restored(store, source, kept, None)


def _restored(store: Store, source: Path, kept: Path, user: User | None) -> JsonObject:
    """The restored database brought up to date and the restore audited (by ``user``, or None: the start-up
    replacing a corrupt database, before anyone can sign in)."""
    schema.migrate(store.db)  # a copy made by an older version
    enrolled = "sync.desk_id" in settings.get_all(store)
    with store.write():
        if enrolled:
            settings.put(store, {REBASE_REQUIRED: "yes"})
        journal.append_audit(  # by name: the account may have another id, or none, in the copy put back
            store,
            iso(vn_now()),
            None,
            "desk.restore",
            str(source),
            None,
            {"kept": str(kept), "rebase_required": enrolled, "by": user.username if user else None},
        )
    return {"restored": str(source), "previous_content_kept_as": str(kept), "rebase_required": enrolled}
