"""Faults of the computer rather than of the program (qutebrowser's "known error" beside the bug): a locked or
damaged database, a full or failing disk, a file another program holds. Each becomes an ``Unavailable`` error with
a calm text; the data is kept, since SQLite rolled the action back."""

from __future__ import annotations

import errno
import sqlite3

from counter_core.foundation.errors import Unavailable
from counter_core.foundation.messages import Faults

# SQLite's primary result codes (https://sqlite.org/rescode.html); an extended code keeps them in its low byte.
_SQLITE = {
    5: Faults.DATABASE_BUSY,  # SQLITE_BUSY: "database is locked"
    6: Faults.DATABASE_BUSY,  # SQLITE_LOCKED: "database table is locked"
    8: Faults.READ_ONLY,  # SQLITE_READONLY: "attempt to write a readonly database"
    10: Faults.DISK_ERROR,  # SQLITE_IOERR: "disk I/O error"
    11: Faults.DATABASE_DAMAGED,  # SQLITE_CORRUPT: "database disk image is malformed"
    13: Faults.DISK_FULL,  # SQLITE_FULL: "database or disk is full"
    14: Faults.DISK_ERROR,  # SQLITE_CANTOPEN: "unable to open database file"
    26: Faults.DATABASE_DAMAGED,  # SQLITE_NOTADB: "file is not a database"
}
_OS = {
    errno.ENOSPC: Faults.DISK_FULL,
    getattr(errno, "EDQUOT", errno.ENOSPC): Faults.DISK_FULL,  # a quota (not on Windows)
    errno.EROFS: Faults.READ_ONLY,
    errno.EIO: Faults.DISK_ERROR,
}


def environment_fault(exc: BaseException) -> Unavailable | None:
    """The calm error to show for ``exc`` if the computer caused it; None for a bug."""
    if isinstance(exc, Unavailable):
        return exc
    if isinstance(exc, sqlite3.DatabaseError):
        code = getattr(exc, "sqlite_errorcode", None)
        msg = _SQLITE.get(code & 0xFF) if isinstance(code, int) else None
        return Unavailable(msg) if msg else None
    if isinstance(exc, PermissionError):
        return Unavailable(Faults.NO_ACCESS, path=exc.filename or "")
    if isinstance(exc, OSError) and exc.errno in _OS:
        return Unavailable(_OS[exc.errno])
    return None
