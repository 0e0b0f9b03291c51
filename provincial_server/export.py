"""The export for the national portal of a unit and a period (Vietnam days, both included): ``DongBoHoSoMC`` and
``CapNhatTienDoHoSoMC`` messages in batches of 10 in their envelopes (new dossiers as inserts, known ones as updates,
the progress steps the server received in the period), for the command line and the console alike; each export is
logged for the province."""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

import psycopg

from counter_core.foundation.clock import VN_TZ
from provincial_server import upstream
from provincial_server.store import admin, console


@dataclass(frozen=True)
class Export:
    messages: dict[str, list[dict]]  # service name → its envelopes
    counts: dict[str, int]  # dossiers_new, dossiers_updated, progress_steps

    def files(self) -> dict[str, bytes]:
        return {
            f"{service}.json": json.dumps(bodies, ensure_ascii=False, indent=1).encode("utf-8")
            for service, bodies in self.messages.items()
        }

    def zip(self) -> bytes:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, body in self.files().items():
                archive.writestr(name, body)
        return out.getvalue()

    def write(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        for name, body in self.files().items():
            (folder / name).write_bytes(body)


def build(conn: psycopg.Connection, unit_code: str, first: date, last: date, actor: str) -> Export:
    """The unit's messages for what the server received from ``first`` to ``last``; logged under ``actor``."""
    start = datetime.combine(first, time(0), VN_TZ)
    end = datetime.combine(last + timedelta(days=1), time(0), VN_TZ)
    names = admin.unit_names(conn)
    changed = admin.changed_dossiers(conn, unit_code, start, end)
    dossiers = {
        new: [upstream.dossier_record(c["dossier"], c["events"], names) for c in changed if c["new"] is new]
        for new in (True, False)
    }
    steps = [
        step
        for c in changed
        for step, event in zip(upstream.progress_records(c["dossier"], c["events"], names), c["events"], strict=True)
        if event["in_window"]
    ]
    messages = {
        upstream.DOSSIER_SERVICE: [
            upstream.envelope(upstream.DOSSIER_SERVICE, batch, is_updating=not new)
            for new in (True, False)
            for batch in upstream.batches(dossiers[new])
        ],
        upstream.PROGRESS_SERVICE: [
            upstream.envelope(upstream.PROGRESS_SERVICE, batch, is_updating=False) for batch in upstream.batches(steps)
        ],
    }
    counts = {
        "dossiers_new": len(dossiers[True]),
        "dossiers_updated": len(dossiers[False]),
        "progress_steps": len(steps),
    }
    console.log_export(conn, actor, unit_code, first, last, counts)
    return Export(messages, counts)
