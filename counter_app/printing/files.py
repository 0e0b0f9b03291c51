"""Writing a rendered document to disk atomically (a half-written file never replaces a good one), and how a long
drawing tells how far it has got."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

# progress(done, total): how far a drawing has got (pages of a PDF, rows of a workbook), called on the thread that
# draws; it may raise ``Stopped`` to end the drawing, and then no file is written.
Progress = Callable[[int, int], None]


class Stopped(Exception):
    """The drawing was stopped by whoever asked for it: its progress callback raised this."""


def save(data: bytes, path: Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_suffix(path.suffix + ".part")
    temp.write_bytes(data)
    temp.replace(path)
    return path
