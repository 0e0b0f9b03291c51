"""Where the desk keeps its data: the platform's user data folder, or --data-dir / COUNTER_DATA_DIR."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from counter_app import APP_AUTHOR, APP_NAME

ENV_VAR = "COUNTER_DATA_DIR"


def data_dir(override: str | os.PathLike | None = None) -> Path:
    """The data folder: the explicit override, then $COUNTER_DATA_DIR, then the platform default."""
    chosen = override or os.environ.get(ENV_VAR)
    if chosen:
        return absolute(chosen)
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def absolute(path: str | os.PathLike[str]) -> Path:
    """A folder or file the user names, ~ expanded, made absolute against the working folder and ``..`` taken out,
    from the text alone: links are not followed (Path.resolve() would ask Windows for the final path, which fails
    under Wine past 260 characters)."""
    return Path(os.path.abspath(Path(path).expanduser()))
