"""Opening the desk's SQLite file with the settings that keep saved work safe, and write transactions."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

import sqlite_utils

from counter_app.store import schema

DB_FILE = "counter.sqlite3"
# The values of a query's ? (in order) or :name placeholders.
Params = Sequence[object] | Mapping[str, object]


class Store:
    """One open desk database. ``write()`` is the one way to change it."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None) -> None:
        self.conn = conn
        self.path = path
        self.db = sqlite_utils.Database(conn)
        # One thread at a time, so that one thread's read snapshot never swallows (and rolls back) another's write.
        # In the window only the desk's database thread uses the connection (counter_app/ui/tasks.py); the lock
        # guards a program that shares a store between its own threads (a test driving the window, a benchmark).
        self.lock = threading.RLock()

    @contextlib.contextmanager
    def write(self) -> Iterator[Store]:
        """One user action: BEGIN IMMEDIATE … COMMIT, or nothing at all if anything fails."""
        with self.lock:
            if self.conn.in_transaction:
                with self.db.atomic():
                    yield self
                return
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self
            except BaseException:
                self.conn.rollback()
                raise
            self.conn.execute("COMMIT")

    @contextlib.contextmanager
    def read(self) -> Iterator[Store]:
        """A consistent snapshot for several reads."""
        with self.lock:
            if self.conn.in_transaction:
                yield self
                return
            self.conn.execute("BEGIN")
            try:
                yield self
            finally:
                self.conn.rollback()

    def one(self, sql: str, params: Params = ()) -> sqlite3.Row | None:
        with self.lock:
            row: sqlite3.Row | None = self.conn.execute(sql, params).fetchone()
            return row

    def first(self, sql: str, params: Params = ()) -> sqlite3.Row:
        """The row of a query that always yields one (an aggregate such as count(*)); LookupError if it did not."""
        row = self.one(sql, params)
        if row is None:
            raise LookupError(f"no row: {sql[:80]}")
        return row

    def all(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        with self.lock:
            return self.conn.execute(sql, params).fetchall()

    def run(self, sql: str, params: Params = ()) -> sqlite3.Cursor:
        with self.lock:
            return self.conn.execute(sql, params)

    def insert(self, sql: str, params: Params = ()) -> int:
        """Run one INSERT; the id of the row it added."""
        row_id = self.run(sql, params).lastrowid
        if row_id is None:
            raise LookupError(f"no row added: {sql[:80]}")
        return row_id

    @property
    def folder(self) -> Path:
        """The folder of the database file: slips, reports and backups are written beside it."""
        if self.path is None:
            raise ValueError("a database in memory has no folder")
        return self.path.parent

    def reader(self) -> Store:
        """A second, read-only connection to the same file, for a worker thread: with WAL it reads a
        consistent snapshot while the window keeps writing. The caller closes it."""
        if self.path is None:
            raise ValueError("a database in memory has no second connection")
        conn = sqlite3.connect(
            f"{self.path.as_uri()}?mode=ro", uri=True, timeout=10, isolation_level=None, check_same_thread=False
        )
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA busy_timeout=10000")
        return Store(conn, self.path)

    def integrity_check(self) -> str:
        return str(self.conn.execute("PRAGMA integrity_check").fetchone()[0])

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the database file (before measuring or copying it)."""
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        self.conn.close()


def connect(path: Path | str) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=10, isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=10000")
    return conn


def open_store(data_dir: Path | str, migrate: bool = True) -> Store:
    """Open (creating if needed) the database in ``data_dir`` and bring its schema up to date."""
    folder = Path(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    store = Store(connect(folder / DB_FILE), folder / DB_FILE)
    if migrate:
        schema.migrate(store.db)
    return store
