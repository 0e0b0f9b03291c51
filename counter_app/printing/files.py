"""Writing a rendered document to disk atomically: a half-written file never replaces a good one."""

from __future__ import annotations

from pathlib import Path


def save(data: bytes, path: Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_suffix(path.suffix + ".part")
    temp.write_bytes(data)
    temp.replace(path)
    return path
