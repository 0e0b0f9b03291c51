"""Many rows in one statement: their values as one JSON array (``jsonb_to_recordset``), inserted in its order.

The array is written by pydantic's serialiser in one pass: a value may be a protocol model (a dossier's snapshot, an
event), written as ``model_dump_json`` writes it, so that nothing is turned into dicts first."""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg.types.json import Jsonb
from pydantic_core import to_json


def insert(
    conn: psycopg.Connection, table: str, columns: str, rows: list[dict], returning: str | None = None
) -> list[Any]:
    """Insert ``rows`` (objects keyed by column, a value JSON's or a model) into ``table``; ``columns`` names and
    types them as ``"op_id uuid, note text"``. A serial column takes its numbers in the rows' order; with ``returning``, that
    column's values come back in the same order (without it, nothing is waited for: pipeline-friendly)."""
    names = ", ".join(column.split()[0] for column in columns.split(","))
    query = (
        f"INSERT INTO {table}({names}) SELECT {names} FROM ROWS FROM (jsonb_to_recordset(%s) AS ({columns})) "
        f"WITH ORDINALITY AS r({names}, n) ORDER BY n"
    )
    if returning is None:
        conn.execute(query, (Jsonb(rows, to_json),))
        return []
    values = conn.execute(f"{query} RETURNING {returning}", (Jsonb(rows, to_json),)).fetchall()
    return sorted(row[returning] for row in values)
