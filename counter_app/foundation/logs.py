"""The desk's log file, ``<data folder>/logs/counter.log``: rotating, personal data masked (``privacy``), set up
once as the command line or the window starts. It says what support needs — starts, sign-ins by username, sync
runs and their outcomes, errors — and never an ID number or a phone number."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from counter_app.foundation.paths import absolute
from counter_core.foundation.privacy import MaskPersonalData

LOG_FILE = Path("logs") / "counter.log"
MAX_BYTES = 2_000_000
BACKUPS = 5  # counter.log.1 … counter.log.5 are kept


class DeskLog(RotatingFileHandler):
    """The one file handler of the desk's log on the root logger."""


def setup(data_dir: Path, level: int = logging.INFO) -> Path:
    """Send the application's log lines to the data folder's log file (again harmlessly; a process that opens
    another data folder moves its log there)."""
    path = absolute(Path(data_dir) / LOG_FILE)
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, DeskLog)]:
        if handler.baseFilename == str(path):
            return path
        root.removeHandler(handler)
        handler.close()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = DeskLog(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True)
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(MaskPersonalData())
    root.addHandler(handler)
    logging.getLogger("counter_app").setLevel(level)
    return path


def log_file() -> Path | None:
    """The log file this process writes to (what an error message points support to), if it has one yet."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, DeskLog):
            return Path(handler.baseFilename)
    return None
