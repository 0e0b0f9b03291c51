"""The server's PostgreSQL schema as append-only migrations, applied at start under an advisory lock."""

from __future__ import annotations

import psycopg
from psycopg.rows import dict_row

MIGRATIONS: list[tuple[str, str]] = [
    (
        "001_initial",
        """
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
    """,
    ),
    (
        "002_province_data_conflicts_history",
        """
        -- A dossier received at one unit for another (§9) is seen by both; the receipt's appointment is kept.
        ALTER TABLE dossier ADD COLUMN competent_unit text REFERENCES unit(code);
        ALTER TABLE dossier ADD COLUMN first_due_at timestamptz;
        UPDATE dossier SET first_due_at = due_at;
        CREATE INDEX dossier_competent ON dossier(competent_unit) WHERE competent_unit IS NOT NULL;
        -- Events in the server's order, with what a desk needs to replay them (re-basing).
        ALTER TABLE dossier_event ADD COLUMN server_order bigserial;
        ALTER TABLE dossier_event ADD COLUMN by_name text NOT NULL DEFAULT '';
        ALTER TABLE dossier_event ADD COLUMN due_at timestamptz;
        ALTER TABLE dossier_event ADD COLUMN base_cursor bigint NOT NULL DEFAULT 0;
        CREATE INDEX dossier_event_order ON dossier_event(dossier_uuid, server_order);
        -- The feed: a dossier's entries name it and the desk that acted; province-wide entries have no unit.
        ALTER TABLE change_log ALTER COLUMN unit_code DROP NOT NULL;
        ALTER TABLE change_log ADD COLUMN dossier_uuid uuid;
        ALTER TABLE change_log ADD COLUMN desk_id text;
        CREATE INDEX change_log_dossier ON change_log(dossier_uuid, unit_code, cursor) WHERE dossier_uuid IS NOT NULL;
        CREATE INDEX change_log_province ON change_log(cursor) WHERE unit_code IS NULL;
        UPDATE change_log c SET kind = 'dossier', dossier_uuid = e.dossier_uuid, desk_id = e.desk_id,
            body = jsonb_build_object(
                'kind', 'dossier', 'op_id', c.body->'op_id', 'dossier_uuid', c.body->'dossier_uuid',
                'code', c.body->'code', 'desk_id', to_jsonb(e.desk_id), 'status', c.body->'status',
                'due_at', c.body->'due_at',
                'event', jsonb_build_object('kind', e.kind, 'status', e.status, 'at', c.body->'at',
                                            'user', e.by_user, 'user_name', '', 'note', e.note,
                                            'due_at', NULL, 'data', e.data))
            FROM dossier_event e WHERE c.kind = 'dossier_status' AND e.op_id = (c.body->>'op_id')::uuid;
        -- A desk action applied on a dossier that had changed since the desk last heard: for the supervisor.
        CREATE TABLE conflict (
            op_id uuid PRIMARY KEY REFERENCES dossier_event(op_id),
            desk_id text NOT NULL REFERENCES desk(id),
            dossier_uuid uuid NOT NULL REFERENCES dossier(uuid),
            base_cursor bigint NOT NULL,
            crossed jsonb NOT NULL,
            reason text NOT NULL,
            at timestamptz NOT NULL DEFAULT now()
        );
        -- A code whose answer was lost may be used again until the token it gave is first used.
        ALTER TABLE desk ADD COLUMN token_used_at timestamptz;
        UPDATE desk SET token_used_at = enrolled_at WHERE enrolled_at IS NOT NULL;
        -- What the province publishes to the desks.
        ALTER TABLE unit ADD COLUMN office_hours text;
        ALTER TABLE unit ADD COLUMN same_day_cutoff text;
        CREATE TABLE account (
            unit_code text NOT NULL REFERENCES unit(code),
            username text NOT NULL,
            full_name text NOT NULL,
            role text NOT NULL CHECK (role IN ('clerk', 'postal', 'supervisor', 'admin')),
            password_hash text NOT NULL,
            active boolean NOT NULL DEFAULT true,
            updated_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (unit_code, username)
        );
        CREATE TABLE catalog_release (
            sha256 text PRIMARY KEY,
            version text NOT NULL,
            effective_from date NOT NULL,
            body jsonb NOT NULL,
            published_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE TABLE calendar_release (
            year integer PRIMARY KEY,
            body jsonb NOT NULL,
            published_at timestamptz NOT NULL DEFAULT now()
        );
    """,
    ),
    (
        "003_audit_trails",
        """
        -- Each desk's audit trail, a hash chain, as the desk sent it; a row that does not continue the chain
        -- the province holds is kept too, and the break is recorded for the supervisor.
        CREATE TABLE desk_audit (
            desk_id text NOT NULL REFERENCES desk(id),
            id bigint NOT NULL,
            at text NOT NULL,
            user_id bigint,
            username text,
            action text NOT NULL,
            entity_key text NOT NULL,
            before text,
            after text,
            hash text NOT NULL,
            server_received_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (desk_id, id)
        );
        CREATE TABLE audit_break (
            desk_id text NOT NULL REFERENCES desk(id),
            id bigint NOT NULL,
            reason text NOT NULL,
            at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (desk_id, id)
        );
    """,
    ),
    (
        "004_one_index_per_event_lookup",
        """
        -- dossier_event_order (dossier_uuid, server_order) serves every lookup by dossier: the index on
        -- dossier_uuid alone only cost each pushed event one more index insertion.
        DROP INDEX dossier_event_dossier;
    """,
    ),
    (
        "005_fee_tables",
        """
        -- The province's fee tables (resolutions of its People's Council), published to every desk; all kept.
        CREATE TABLE fee_release (
            sha256 text PRIMARY KEY,
            resolution text NOT NULL,
            effective_from date NOT NULL,
            body jsonb NOT NULL,
            published_at timestamptz NOT NULL DEFAULT now()
        );
    """,
    ),
    (
        "006_unit_letterhead",
        """
        -- The two header lines of a unit's papers, when the province sets them (else the desks' defaults).
        ALTER TABLE unit ADD COLUMN header_line1 text NOT NULL DEFAULT '';
        ALTER TABLE unit ADD COLUMN header_line2 text NOT NULL DEFAULT '';
    """,
    ),
    (
        "007_item_refusals",
        """
        -- Why an item was set aside, for the desk that sent it: a code and the item's field at fault.
        ALTER TABLE set_aside ADD COLUMN code text;
        ALTER TABLE set_aside ADD COLUMN field text;
    """,
    ),
    (
        "008_keyed_enrolment_codes",
        """
        -- What the province's security officer must see: lockouts, codes invalidated by an upgrade.
        CREATE TABLE security_event (
            id bigserial PRIMARY KEY,
            at timestamptz NOT NULL DEFAULT now(),
            kind text NOT NULL,
            unit_code text,
            desk_id text,
            address text,
            reason text NOT NULL
        );
        -- Enrolment codes as HMAC-SHA-256 under the server's own key (never in the database). The codes made
        -- before were 40 bits, kept as plain SHA-256: they cannot be re-hashed without the codes themselves, and
        -- their weakness is what this fixes, so the unused ones are invalidated, each written down for the
        -- province, which gives those desks new codes.
        CREATE TABLE enrolment_key (
            code_hash text PRIMARY KEY,
            desk_id text NOT NULL REFERENCES desk(id),
            created_at timestamptz NOT NULL DEFAULT now(),
            expires_at timestamptz NOT NULL,
            used_at timestamptz
        );
        INSERT INTO security_event(kind, unit_code, desk_id, reason)
            SELECT 'enrolment_code_invalidated', d.unit_code, c.desk_id,
                   'Mã đăng ký chưa dùng của quầy ' || c.desk_id || ' (mẫu cũ 10 ký tự) bị hủy khi nâng cấp máy '
                   || 'chủ: cấp mã mới bằng counter-server desk.'
            FROM enrolment_code c JOIN desk d ON d.id = c.desk_id
            WHERE c.used_at IS NULL AND c.expires_at > now();
        DROP TABLE enrolment_code;
        -- Wrong codes, counted per address and per unit for the lockout.
        CREATE TABLE enrolment_failure (
            id bigserial PRIMARY KEY,
            at timestamptz NOT NULL DEFAULT now(),
            address text NOT NULL,
            unit_code text
        );
        CREATE INDEX enrolment_failure_address ON enrolment_failure(address, at);
        CREATE INDEX enrolment_failure_unit ON enrolment_failure(unit_code, at) WHERE unit_code IS NOT NULL;
        CREATE INDEX enrolment_failure_at ON enrolment_failure(at);
        CREATE TABLE server_setting (
            name text PRIMARY KEY,
            value text NOT NULL
        );
    """,
    ),
    (
        "009_web_console_and_lookup",
        """
        -- The province's own people, who sign in to the console: administrators, and supervisors of some units
        -- (units NULL: every unit). Not desk accounts: those are the units' (table account).
        CREATE TABLE province_user (
            username text PRIMARY KEY,
            full_name text NOT NULL,
            role text NOT NULL CHECK (role IN ('admin', 'supervisor')),
            units text[],
            password_hash text NOT NULL,
            active boolean NOT NULL DEFAULT true,
            created_at timestamptz NOT NULL DEFAULT now(),
            updated_at timestamptz NOT NULL DEFAULT now()
        );
        -- Console sessions: the cookie holds a random id, the server its SHA-256.
        CREATE TABLE web_session (
            id_sha256 text PRIMARY KEY,
            username text NOT NULL REFERENCES province_user(username),
            created_at timestamptz NOT NULL DEFAULT now(),
            seen_at timestamptz NOT NULL DEFAULT now(),
            address text NOT NULL DEFAULT ''
        );
        CREATE INDEX web_session_user ON web_session(username);
        -- Wrong answers to the sign-in and to the citizens' look-up, by address and by target (a username, known
        -- or not; a dossier code): what the rate limits and the lockout count.
        CREATE TABLE web_failure (
            kind text NOT NULL,
            address text NOT NULL,
            target text NOT NULL,
            at timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX web_failure_address ON web_failure(kind, address, at);
        CREATE INDEX web_failure_target ON web_failure(kind, target, at);
        -- The server's audit log: every change made through the console or the admin commands.
        CREATE TABLE server_audit (
            id bigserial PRIMARY KEY,
            at timestamptz NOT NULL DEFAULT now(),
            actor text NOT NULL,
            address text NOT NULL DEFAULT '',
            action text NOT NULL,
            target text NOT NULL DEFAULT '',
            detail jsonb
        );
        -- When a province-wide setting (server_setting, made by 008: the receipts' look-up address) last changed.
        ALTER TABLE server_setting ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
        -- Each desk's last health report (sent at the end of every sync).
        ALTER TABLE desk ADD COLUMN health jsonb;
        ALTER TABLE desk ADD COLUMN health_at timestamptz;
        -- Every export for the national portal, for its log.
        CREATE TABLE export_log (
            id bigserial PRIMARY KEY,
            at timestamptz NOT NULL DEFAULT now(),
            actor text NOT NULL,
            unit_code text NOT NULL REFERENCES unit(code),
            day_from date NOT NULL,
            day_to date NOT NULL,
            dossiers_new integer NOT NULL,
            dossiers_updated integer NOT NULL,
            progress_steps integer NOT NULL
        );
        -- The console's search: code, owner's name, ID number and phone, lower case and without diacritics (as
        -- counter_core.foundation.text.fold makes them), computed by PostgreSQL as each dossier is written.
        ALTER TABLE dossier ADD COLUMN search_key text GENERATED ALWAYS AS (translate(lower(
            code || ' ' || coalesce(snapshot->>'owner_name', '') || ' ' || coalesce(snapshot->>'owner_id', '')
            || ' ' || coalesce(snapshot->>'phone', '')),
            'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ',
            'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd'
            'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd')) STORED;
        -- The console's figures: receptions and appointments by day, late dossiers now, settlements and ratings.
        CREATE INDEX dossier_received ON dossier(received_at);
        CREATE INDEX dossier_due ON dossier(due_at);
        CREATE INDEX dossier_open_due ON dossier(due_at) WHERE status IN (2, 4, 6, 7);
        CREATE INDEX dossier_event_settled ON dossier_event(at) WHERE status IN (7, 8, 9, 10);
        CREATE INDEX dossier_event_rating ON dossier_event(at) WHERE kind = 'rating';
    """,
    ),
    (
        "010_digitised_files",
        """
        -- The files of digitised papers the province holds whole (checked against their SHA-256), whoever sent
        -- them; the events that attach a file to a dossier, found by the file's hash (who may read it).
        CREATE TABLE stored_file (
            sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
            size bigint NOT NULL CHECK (size > 0),
            desk_id text REFERENCES desk(id),
            stored_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX dossier_event_file ON dossier_event ((data->>'sha256')) WHERE kind = 'attach_file';
    """,
    ),
]

_LOCK = 726_100  # advisory lock key: one server at a time migrates


def migrate(conn: psycopg.Connection) -> list[str]:
    """Apply the migrations this database lacks, in order; returns their names."""
    applied: list[str] = []
    conn.row_factory = dict_row
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK,))
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migration (name text PRIMARY KEY, "
            "applied_at timestamptz NOT NULL DEFAULT now())"
        )
        done = {row["name"] for row in conn.execute("SELECT name FROM schema_migration")}
        for name, sql in MIGRATIONS:
            if name not in done:
                conn.execute(sql)
                conn.execute("INSERT INTO schema_migration(name) VALUES (%s)", (name,))
                applied.append(name)
    return applied
