"""Real errors of the computer, made on purpose: SQLite's own "database is locked"."""

import sqlite3
from pathlib import Path


def locked_database_error(folder: Path) -> sqlite3.OperationalError:
    """The error SQLite raises when another program holds the database (here at once: no busy timeout)."""
    path = folder / "held.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE IF NOT EXISTS t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        sqlite3.connect(path, timeout=0).execute("SELECT * FROM t")
    except sqlite3.OperationalError as error:
        return error
    finally:
        holder.close()
    raise AssertionError("the database was not locked")
