"""The server's PostgreSQL schema as append-only migrations, applied at start under an advisory lock."""

from __future__ import annotations

import psycopg
from psycopg.rows import dict_row

MIGRATIONS: list[tuple[str, str]] = [
    ("001_initial", """
        CREATE TABLE unit (
            code text PRIMARY KEY,
            name text NOT NULL
        );
        CREATE TABLE desk (
            id text PRIMARY KEY,
            unit_code text NOT NULL REFERENCES unit(code),
            desk integer NOT NULL CHECK (desk BETWEEN 1 AND 99),
            token_sha256 text UNIQUE,
            machine text NOT NULL DEFAULT '',
            enrolled_at timestamptz,
            revoked_at timestamptz,
            last_seq bigint NOT NULL DEFAULT 0,
            UNIQUE (unit_code, desk)
        );
        CREATE TABLE enrolment_code (
            code_sha256 text PRIMARY KEY,
            desk_id text NOT NULL REFERENCES desk(id),
            expires_at timestamptz NOT NULL,
            used_at timestamptz
        );
        CREATE TABLE dossier (
            uuid uuid PRIMARY KEY,
            code text NOT NULL UNIQUE,
            unit_code text NOT NULL REFERENCES unit(code),
            desk_id text NOT NULL REFERENCES desk(id),
            status integer NOT NULL CHECK (status BETWEEN 1 AND 10),
            due_at timestamptz,
            received_at timestamptz NOT NULL,
            snapshot jsonb NOT NULL,
            server_received_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE TABLE dossier_event (
            op_id uuid PRIMARY KEY,
            dossier_uuid uuid NOT NULL REFERENCES dossier(uuid),
            source text NOT NULL CHECK (source IN ('desk', 'province')),
            desk_id text REFERENCES desk(id),
            desk_seq bigint,
            kind text NOT NULL,
            status integer CHECK (status BETWEEN 1 AND 10),
            at timestamptz NOT NULL,
            by_user text NOT NULL,
            note text NOT NULL DEFAULT '',
            data jsonb,
            server_received_at timestamptz NOT NULL DEFAULT now(),
            UNIQUE (desk_id, desk_seq)
        );
        CREATE INDEX dossier_event_dossier ON dossier_event(dossier_uuid);
        -- Actions the server could not apply: kept for the supervisor, never blocking the desk's queue.
        CREATE TABLE set_aside (
            op_id uuid PRIMARY KEY,
            desk_id text NOT NULL REFERENCES desk(id),
            desk_seq bigint NOT NULL,
            reason text NOT NULL,
            body jsonb NOT NULL,
            at timestamptz NOT NULL DEFAULT now(),
            UNIQUE (desk_id, desk_seq)
        );
        -- What desks pull: province-side changes in commit order (appends are serialised by a lock).
        CREATE TABLE change_log (
            cursor bigserial PRIMARY KEY,
            unit_code text NOT NULL REFERENCES unit(code),
            kind text NOT NULL,
            body jsonb NOT NULL,
            at timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX change_log_unit ON change_log(unit_code, cursor);
    """),
]

_LOCK = 726_100  # advisory lock key: one server at a time migrates


def migrate(conn: psycopg.Connection) -> list[str]:
    """Apply the migrations this database lacks, in order; returns their names."""
    applied: list[str] = []
    conn.row_factory = dict_row
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK,))
        conn.execute("CREATE TABLE IF NOT EXISTS schema_migration (name text PRIMARY KEY, "
                     "applied_at timestamptz NOT NULL DEFAULT now())")
        done = {row["name"] for row in conn.execute("SELECT name FROM schema_migration")}
        for name, sql in MIGRATIONS:
            if name not in done:
                conn.execute(sql)
                conn.execute("INSERT INTO schema_migration(name) VALUES (%s)", (name,))
                applied.append(name)
    return applied
