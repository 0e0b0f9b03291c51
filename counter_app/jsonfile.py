"""Reading the JSON files people hand to the desk (catalogs, calendars, dossiers) with a clear message."""

from __future__ import annotations

import json
from pathlib import Path

from counter_app.errors import InvalidInput


def read_json(path: Path | str, field: str, what: str) -> object:
    """The parsed content of ``path``; ``what`` names the file in the Vietnamese message ("tệp lịch")."""
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidInput(field, f"Không đọc được {what} {path}: {exc}") from exc
