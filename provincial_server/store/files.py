"""The server's SQL for the files of digitised papers: who may read or send a file (a dossier of their units has an
event attaching it: its receiving or its competent unit, §9), the files held whole, a dossier's files."""

from __future__ import annotations

from dataclasses import dataclass

import psycopg

from counter_core.domain.attachments import ATTACH_EVENT

# A dossier is a unit's if it received it or decides it; ``units`` None: every unit (the province's administrators).
_SEEN_BY = "(%(units)s::text[] IS NULL OR d.unit_code = ANY(%(units)s) OR d.competent_unit = ANY(%(units)s))"


@dataclass(frozen=True)
class DossierFile:
    sha256: str
    size: int
    pages: int
    role: str
    document: str
    at: str
    stored: bool  # the province holds it whole


def declared_size(conn: psycopg.Connection, sha256: str, units: list[str] | None) -> int | None:
    """The size an event attaching the file to a dossier of ``units`` declares; None if there is no such event (the
    file is none of theirs, or not known at all: the same answer, so nothing is told about other units' files)."""
    row = conn.execute(
        f"SELECT (e.data->>'size')::bigint AS size FROM dossier_event e JOIN dossier d ON d.uuid = e.dossier_uuid "
        f"WHERE e.kind = '{ATTACH_EVENT}' AND e.data->>'sha256' = %(sha)s AND {_SEEN_BY} "
        f"ORDER BY e.server_order LIMIT 1",
        {"sha": sha256, "units": units},
    ).fetchone()
    return row["size"] if row else None


def stored_size(conn: psycopg.Connection, sha256: str) -> int | None:
    row = conn.execute("SELECT size FROM stored_file WHERE sha256 = %s", (sha256,)).fetchone()
    return row["size"] if row else None


def record_stored(conn: psycopg.Connection, sha256: str, size: int, desk_id: str | None) -> None:
    """The file is whole in the blob store (call only after it is)."""
    conn.execute(
        "INSERT INTO stored_file(sha256, size, desk_id) VALUES (%s, %s, %s) ON CONFLICT (sha256) DO NOTHING",
        (sha256, size, desk_id),
    )


def dossier_files(conn: psycopg.Connection, code: str, units: list[str] | None) -> list[DossierFile] | None:
    """The files of the dossier ``code`` (the latest for each paper and result), if it is a dossier of ``units``;
    None if there is no such dossier for them. For the API's download and the province console."""
    dossier = conn.execute(
        f"SELECT d.uuid FROM dossier d WHERE d.code = %(code)s AND {_SEEN_BY}", {"code": code, "units": units}
    ).fetchone()
    if dossier is None:
        return None
    rows = conn.execute(
        f"""
        SELECT DISTINCT ON (e.data->>'role', e.data->>'document') e.data, e.at, f.sha256 IS NOT NULL AS stored
        FROM dossier_event e LEFT JOIN stored_file f ON f.sha256 = e.data->>'sha256'
        WHERE e.dossier_uuid = %s AND e.kind = '{ATTACH_EVENT}'
        ORDER BY e.data->>'role', e.data->>'document', e.server_order DESC
        """,
        (dossier["uuid"],),
    ).fetchall()
    files = [
        DossierFile(
            r["data"]["sha256"],
            r["data"]["size"],
            r["data"]["pages"],
            r["data"]["role"],
            r["data"]["document"],
            r["at"].isoformat(),
            r["stored"],
        )
        for r in rows
    ]
    return sorted(files, key=lambda f: (f.role != "paper", f.at))
