"""The files of digitised papers on a desk: a content-addressed folder (``<data folder>/files/ab/<sha256>.pdf``) written
atomically, the rows that say which files the desk holds and how much of each the province confirmed, and their
words (read by OCR) for the search box.

A file whose words were read is replaced by its copy with a text layer (``ocr`` says ``layered <sha256>``): the copy
is attached in its place and sent, the original (same images, no words) is never sent.

A file is written to a temporary name, flushed to the disk (fsync) and renamed into place, and only then is its
row written: after a power cut a file is there whole or not at all, and no row ever names a file that is not.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from counter_app.store.db import Store
from counter_core.domain.attachments import ATTACH_EVENT, check_sha256
from counter_core.foundation.errors import CounterError
from counter_core.foundation.messages import Papers

FOLDER = "files"
_SETTLED = "('applied', 'duplicate', 'conflict')"  # the province holds the event that attaches the file
LAYERED = "layered "  # ``ocr`` of a file replaced by its copy with a text layer, followed by the copy's hash
_SENDABLE = f"held = 1 AND sent < size AND coalesce(ocr, '') NOT LIKE '{LAYERED}%'"


class StorageFull(CounterError):
    """The disk has no room for a file: nothing was written."""

    kind = "disk_full"


class FileUnreadable(CounterError):
    """A file the desk should hold is missing or is not what its name says (its hash differs)."""

    kind = "file_unreadable"


@dataclass(frozen=True)
class HeldFile:
    sha256: str
    size: int
    pages: int
    held: bool  # in this desk's folder (else known from another desk, fetched from the province when opened)
    sent: int  # bytes the province confirmed holding


class FileFolder:
    """The desk's folder of files, each named by the SHA-256 of its content."""

    def __init__(self, root: Path) -> None:
        self.root = root

    @classmethod
    def of(cls, store: Store) -> FileFolder:
        return cls(store.folder / FOLDER)

    def path(self, sha256: str) -> Path:
        check_sha256(sha256)
        return self.root / sha256[:2] / f"{sha256}.pdf"

    def has(self, sha256: str, size: int) -> bool:
        path = self.path(sha256)
        return path.is_file() and path.stat().st_size == size

    def write(self, data: bytes) -> str:
        """Store ``data`` under its hash (once: the same content twice is one file); returns the hash."""
        sha256 = hashlib.sha256(data).hexdigest()
        if not self.has(sha256, len(data)):
            self.write_chunks(sha256, [data])
        return sha256

    def write_chunks(self, sha256: str, chunks: Iterable[bytes]) -> int:
        """Write the file ``sha256`` from ``chunks`` atomically, checking that the content has that hash (a file
        fetched from the province); returns its size. On any failure nothing is left behind."""
        target = self.path(sha256)
        target.parent.mkdir(parents=True, exist_ok=True)
        digest, size = hashlib.sha256(), 0
        with _disk_full_said():
            handle, temporary = tempfile.mkstemp(prefix=".part-", dir=target.parent)
            try:
                with os.fdopen(handle, "wb") as out:
                    for chunk in chunks:
                        out.write(chunk)
                        digest.update(chunk)
                        size += len(chunk)
                    out.flush()
                    os.fsync(out.fileno())
                if digest.hexdigest() != sha256:
                    raise FileUnreadable(Papers.RECEIVED_HASH_MISMATCH, hash=sha256[:12])
                os.replace(temporary, target)
            except BaseException:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(temporary)
                raise
            _sync_folder(target.parent)
        return size

    def read(self, sha256: str) -> bytes:
        """The file's content, checked against its name."""
        try:
            data = self.path(sha256).read_bytes()
        except OSError as exc:
            raise FileUnreadable(Papers.STORED_UNREADABLE, hash=sha256[:12], reason=exc.strerror) from exc
        if hashlib.sha256(data).hexdigest() != sha256:
            raise FileUnreadable(Papers.STORED_DAMAGED, hash=sha256[:12])
        return data

    def chunks(self, sha256: str, offset: int, size: int) -> Iterator[bytes]:
        """The file's bytes from ``offset``, ``size`` at a time."""
        with self.path(sha256).open("rb") as file:
            file.seek(offset)
            while chunk := file.read(size):
                yield chunk

    def copy_missing(self, other: FileFolder) -> int:
        """Copy into ``other`` every whole file it lacks (files never change: a file there is the same file), each
        written atomically; returns how many were copied. Backups keep one such folder beside their copies."""
        copied = 0
        for path in sorted(self.root.glob("*/*.pdf")) if self.root.is_dir() else []:
            if not other.has(path.stem, path.stat().st_size):
                with path.open("rb") as source:
                    other.write_chunks(path.stem, iter(lambda: source.read(1024 * 1024), b""))
                copied += 1
        return copied


@contextlib.contextmanager
def _disk_full_said() -> Iterator[None]:
    try:
        yield
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            raise StorageFull(Papers.DISK_FULL) from exc
        raise


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no directory handles to flush)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


# -- rows --------------------------------------------------------------------------------------------------------
def _held(row: sqlite3.Row) -> HeldFile:
    return HeldFile(row["sha256"], row["size"], row["pages"], bool(row["held"]), row["sent"])


def add(store: Store, sha256: str, size: int, pages: int, at: str, held: bool = True) -> None:
    """The row of a file (call only once the file is whole in the folder, or ``held`` False for one known from
    another desk); a file already known is now held if it is."""
    store.run(
        "INSERT INTO file(sha256, size, pages, held, created_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(sha256) DO UPDATE SET held = max(held, excluded.held)",
        (sha256, size, pages, int(held), at),
    )


def get(store: Store, sha256: str) -> HeldFile | None:
    row = store.one("SELECT * FROM file WHERE sha256 = ?", (sha256,))
    return _held(row) if row else None


def set_sent(store: Store, sha256: str, sent: int) -> None:
    store.run("UPDATE file SET sent = min(size, ?) WHERE sha256 = ?", (sent, sha256))


def to_send(store: Store, limit: int = 50, unread_since: str | None = None) -> list[HeldFile]:
    """Files the province does not hold whole yet, whose attaching event it holds (files go after the record); with
    ``unread_since``, not those attached since then whose words are still to be read (their copy with a text layer
    will go in their place)."""
    rows = store.all(
        f"""
        SELECT f.* FROM file f WHERE {_SENDABLE} AND NOT (f.ocr IS NULL AND f.created_at >= :since) AND EXISTS (
            SELECT 1 FROM dossier_event e JOIN outbox o ON o.event_id = e.id
            WHERE json_extract(e.data, '$.sha256') = f.sha256 AND e.kind = '{ATTACH_EVENT}' AND o.state IN {_SETTLED})
        ORDER BY f.id LIMIT :limit
        """,
        {"since": unread_since or "~", "limit": limit},  # "~" sorts after every date: nothing is held back
    )
    return [_held(r) for r in rows]


def bytes_to_send(store: Store) -> int:
    """Bytes of held files the province does not hold yet (waiting for their event or being sent)."""
    return int(store.first(f"SELECT coalesce(sum(size - sent), 0) AS n FROM file WHERE {_SENDABLE}")["n"])


def count_to_send(store: Store) -> int:
    """Held files the province does not hold whole yet."""
    return int(store.first(f"SELECT count(*) AS n FROM file WHERE {_SENDABLE}")["n"])


def attach_events(store: Store, dossier_id: int) -> list[sqlite3.Row]:
    """The events that attached files to a dossier, oldest first, with who attached each."""
    return store.all(
        "SELECT e.id, e.at, e.data, u.full_name AS user_name FROM dossier_event e JOIN user u ON u.id = e.user_id "
        f"WHERE e.dossier_id = ? AND e.kind = '{ATTACH_EVENT}' ORDER BY e.id",
        (dossier_id,),
    )


def to_read(store: Store, limit: int = 20) -> list[HeldFile]:
    """Held files whose words have not been read yet (OCR), oldest first."""
    rows = store.all("SELECT * FROM file WHERE held = 1 AND ocr IS NULL ORDER BY id LIMIT ?", (limit,))
    return [_held(r) for r in rows]


def set_words(store: Store, sha256: str, outcome: str, folded_words: str) -> None:
    """What reading the file gave (``outcome``: "done", or why not) and its folded words for the search box."""
    row = store.one("UPDATE file SET ocr = ? WHERE sha256 = ? AND ocr IS NULL RETURNING id", (outcome, sha256))
    if row is not None and folded_words:
        store.run("INSERT INTO file_search(rowid, words) VALUES (?, ?)", (row["id"], folded_words))


def set_layered(store: Store, sha256: str, layered: HeldFile, at: str, folded_words: str) -> None:
    """The file ``sha256`` was read: its copy with a text layer (whole in the folder) holds its words and replaces it."""
    add(store, layered.sha256, layered.size, layered.pages, at)
    store.run("UPDATE file SET ocr = ? WHERE sha256 = ? AND ocr IS NULL", (f"{LAYERED}{layered.sha256}", sha256))
    set_words(store, layered.sha256, "done", folded_words)


def layered_copy(store: Store, sha256: str) -> HeldFile | None:
    """The copy with a text layer that replaced the file, if its words were read and the copy is held."""
    row = store.one(
        "SELECT c.* FROM file f JOIN file c ON c.sha256 = substr(f.ocr, ?) WHERE f.sha256 = ? AND f.ocr LIKE ? "
        "AND c.held = 1",
        (len(LAYERED) + 1, sha256, f"{LAYERED}%"),
    )
    return _held(row) if row else None


def latest_attaching(store: Store, sha256: str) -> list[sqlite3.Row]:
    """The events attaching the file that are still the latest for their paper (dossier, role, document): the
    dossier's id and code, the event's data, who attached it and whether this desk did (``own``: it is in the
    outbox, not heard from the province)."""
    return store.all(
        f"""
        SELECT e.dossier_id, d.code, e.data, e.user_id,
            EXISTS (SELECT 1 FROM outbox o WHERE o.event_id = e.id) AS own
        FROM dossier_event e JOIN dossier d ON d.id = e.dossier_id
        WHERE json_extract(e.data, '$.sha256') = ? AND e.kind = '{ATTACH_EVENT}' AND NOT EXISTS (
            SELECT 1 FROM dossier_event later WHERE later.dossier_id = e.dossier_id AND later.kind = '{ATTACH_EVENT}'
            AND later.id > e.id AND json_extract(later.data, '$.role') = json_extract(e.data, '$.role')
            AND json_extract(later.data, '$.document') = json_extract(e.data, '$.document'))
        ORDER BY e.id
        """,
        (sha256,),
    )


def matching(store: Store, query: str, limit: int = 50) -> list[sqlite3.Row]:
    """The papers whose words match the FTS ``query``, newest first: the dossier's code, the paper's name, its role."""
    return store.all(
        f"""
        SELECT d.code, json_extract(e.data, '$.document') AS document, json_extract(e.data, '$.role') AS role
        FROM file f
        JOIN dossier_event e ON json_extract(e.data, '$.sha256') = f.sha256 AND e.kind = '{ATTACH_EVENT}'
        JOIN dossier d ON d.id = e.dossier_id
        WHERE f.id IN (SELECT rowid FROM file_search WHERE file_search MATCH ?)
        ORDER BY e.id DESC LIMIT ?
        """,
        (query, limit),
    )
