"""Many rows in one statement: their values as one JSON array (``jsonb_to_recordset``), inserted in its order."""

from __future__ import annotations

import json
from functools import partial
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

_COMPACT = partial(json.dumps, ensure_ascii=False, separators=(",", ":"))  # a fifth shorter for PostgreSQL to read


def insert(
    conn: psycopg.Connection, table: str, columns: str, rows: list[dict], returning: str | None = None
) -> list[Any]:
    """Insert ``rows`` (JSON objects keyed by column) into ``table``; ``columns`` names and types them as
    ``"op_id uuid, note text"``. A serial column takes its numbers in the rows' order; with ``returning``, that
    column's values come back in the same order (without it, nothing is waited for: pipeline-friendly)."""
    names = ", ".join(column.split()[0] for column in columns.split(","))
    query = (
        f"INSERT INTO {table}({names}) SELECT {names} FROM ROWS FROM (jsonb_to_recordset(%s) AS ({columns})) "
        f"WITH ORDINALITY AS r({names}, n) ORDER BY n"
    )
    if returning is None:
        conn.execute(query, (Jsonb(rows, _COMPACT),))
        return []
    values = conn.execute(f"{query} RETURNING {returning}", (Jsonb(rows, _COMPACT),)).fetchall()
    return sorted(row[returning] for row in values)
