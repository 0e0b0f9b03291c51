"""The schema as append-only migrations: never edit a released one, add the next.

Every released schema version keeps a database file with data in ``tests/fixtures/``; the tests
upgrade each of them, and every prefix of the migration list, to the current schema.
"""

from __future__ import annotations

import json

import sqlite_utils
from sqlite_utils.migrations import Migrations

from counter_app.store.statuses import CLOSING_EVENTS

migrations = Migrations("counter")


@migrations()
def m001_initial(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

        CREATE TABLE user (
            id INTEGER PRIMARY KEY,
            username TEXT NOT NULL UNIQUE,
            full_name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('clerk', 'postal', 'supervisor', 'admin')),
            password_hash TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL
        );

        CREATE TABLE catalog_version (
            id INTEGER PRIMARY KEY,
            version TEXT NOT NULL,
            effective_from TEXT NOT NULL,
            issuer TEXT NOT NULL,
            sha256 TEXT NOT NULL UNIQUE,
            imported_at TEXT NOT NULL
        );

        CREATE TABLE procedure (
            catalog_id INTEGER NOT NULL REFERENCES catalog_version(id),
            code TEXT NOT NULL,
            name TEXT NOT NULL,
            field TEXT NOT NULL,
            search_key TEXT NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (catalog_id, code)
        ) WITHOUT ROWID;

        CREATE TABLE calendar_notice (
            year INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            data TEXT NOT NULL,
            imported_at TEXT NOT NULL
        );

        CREATE TABLE code_counter (
            day TEXT NOT NULL,
            desk INTEGER NOT NULL,
            issued INTEGER NOT NULL,
            PRIMARY KEY (day, desk)
        ) WITHOUT ROWID;

        CREATE TABLE dossier (
            id INTEGER PRIMARY KEY,
            uuid BLOB NOT NULL UNIQUE CHECK (length(uuid) = 16),
            code TEXT NOT NULL UNIQUE,
            procedure_code TEXT NOT NULL,
            catalog_id INTEGER NOT NULL REFERENCES catalog_version(id),
            owner_name TEXT NOT NULL,
            owner_id TEXT NOT NULL,
            phone TEXT NOT NULL,
            received_at TEXT NOT NULL,
            due_at TEXT,
            status INTEGER NOT NULL CHECK (status BETWEEN 1 AND 10),
            received_by INTEGER NOT NULL REFERENCES user(id),
            fee INTEGER NOT NULL,
            channel INTEGER NOT NULL,
            return_method INTEGER NOT NULL,
            data TEXT NOT NULL
        );
        CREATE INDEX dossier_received_at ON dossier(received_at);
        CREATE INDEX dossier_status_due ON dossier(status, due_at);

        CREATE TABLE dossier_event (
            id INTEGER PRIMARY KEY,
            uuid BLOB NOT NULL CHECK (length(uuid) = 16),
            dossier_id INTEGER NOT NULL REFERENCES dossier(id),
            kind TEXT NOT NULL,
            status INTEGER CHECK (status BETWEEN 1 AND 10),
            at TEXT NOT NULL,
            user_id INTEGER NOT NULL REFERENCES user(id),
            unit_code TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            step_deadline TEXT,
            data TEXT
        );
        CREATE INDEX dossier_event_dossier ON dossier_event(dossier_id);

        CREATE TABLE outbox (
            seq INTEGER PRIMARY KEY,
            event_id INTEGER UNIQUE REFERENCES dossier_event(id),
            kind TEXT NOT NULL,
            payload TEXT,
            state TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'applied', 'duplicate', 'rejected', 'conflict')),
            attempts INTEGER NOT NULL DEFAULT 0,
            result TEXT,
            CHECK ((event_id IS NULL) <> (payload IS NULL))
        );
        CREATE INDEX outbox_pending ON outbox(seq) WHERE state = 'pending';

        CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user_id INTEGER REFERENCES user(id),
            action TEXT NOT NULL,
            entity_key TEXT NOT NULL,
            before TEXT,
            after TEXT
        );

        CREATE VIRTUAL TABLE dossier_search USING fts5(
            code, people, id_number, phone, procedure,
            content = '', columnsize = 0, tokenize = 'unicode61 remove_diacritics 2', detail = column, prefix = '2'
        );
        """
    )


@migrations()
def m002_ratings(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE rating (
            id INTEGER PRIMARY KEY,
            dossier_id INTEGER NOT NULL REFERENCES dossier(id),
            at TEXT NOT NULL,
            user_id INTEGER NOT NULL REFERENCES user(id),
            level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 2)
        );
        CREATE INDEX rating_dossier ON rating(dossier_id);
        """
    )


@migrations()
def m003_status_received_index(db: sqlite_utils.Database) -> None:
    """The dossier list filtered by status, newest first, without sorting the whole status."""
    db.execute("CREATE INDEX dossier_status_received ON dossier(status, received_at)")


@migrations()
def m004_province_sync(db: sqlite_utils.Database) -> None:
    """What syncing with the province needs: the appointment each event set, the feed cursor each action was
    made at (to tell a crossing from a plain update), the unit that decides a dossier received for another
    (§9), how far in the feed each dossier's state follows the province, and the province's units."""
    db.executescript(
        """
        ALTER TABLE dossier_event ADD COLUMN due_at TEXT;
        ALTER TABLE outbox ADD COLUMN base_cursor INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE dossier ADD COLUMN competent_unit TEXT;
        ALTER TABLE dossier ADD COLUMN feed_cursor INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE dossier ADD COLUMN feed_status INTEGER;
        ALTER TABLE dossier ADD COLUMN feed_due_at TEXT;
        CREATE TABLE unit (code TEXT PRIMARY KEY, name TEXT NOT NULL) WITHOUT ROWID;
        """
    )


@migrations()
def m005_audit_chain(db: sqlite_utils.Database) -> None:
    """The audit trail becomes a hash chain: each row keeps its 128-bit hash (rows written before are chained
    in their order)."""
    from counter_core.domain.audit_chain import GENESIS, link

    db.execute("ALTER TABLE audit ADD COLUMN hash BLOB")
    prev, batch = GENESIS, []
    for row in db.execute("SELECT id, at, user_id, action, entity_key, before, after FROM audit ORDER BY id"):
        row = dict(zip(("id", "at", "user_id", "action", "entity_key", "before", "after"), row))
        prev = link(prev, row)
        batch.append((bytes.fromhex(prev), row["id"]))
        if len(batch) == 10_000:
            db.conn.executemany("UPDATE audit SET hash = ? WHERE id = ?", batch)
            batch = []
    db.conn.executemany("UPDATE audit SET hash = ? WHERE id = ?", batch)


@migrations()
def m006_postal_batches(db: sqlite_utils.Database) -> None:
    """The postal desk: batches of scans (one flow each, open until closed), their lines in scanning order
    with the refusal of each refused one, and the lookup of an item code in the events that link it to a
    dossier (the package it was posted in, the envelope of its result)."""
    db.executescript(
        """
        CREATE TABLE postal_batch (
            id INTEGER PRIMARY KEY,
            flow TEXT NOT NULL CHECK (flow IN ('intake', 'results', 'delivered')),
            opened_at TEXT NOT NULL,
            opened_by INTEGER NOT NULL REFERENCES user(id),
            closed_at TEXT,
            closed_by INTEGER REFERENCES user(id),
            courier TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX postal_batch_open ON postal_batch(closed_at);

        CREATE TABLE postal_line (
            id INTEGER PRIMARY KEY,
            batch_id INTEGER NOT NULL REFERENCES postal_batch(id),
            at TEXT NOT NULL,
            scanned TEXT NOT NULL,
            dossier_id INTEGER REFERENCES dossier(id),
            item_code TEXT,
            refusal TEXT,
            message TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX postal_line_batch ON postal_line(batch_id, id);
        CREATE INDEX postal_line_item ON postal_line(item_code) WHERE refusal IS NULL;
        CREATE INDEX postal_line_dossier ON postal_line(dossier_id) WHERE refusal IS NULL;

        CREATE INDEX dossier_event_postal_item ON dossier_event(json_extract(data, '$.item_code'))
            WHERE kind IN ('postal_intake', 'postal_handover');
        """
    )


@migrations()
def m007_sign_in_failures(db: sqlite_utils.Database) -> None:
    """Wrong passwords in a row per account on this desk, and until when the account is locked (never synced)."""
    db.execute(
        """
        CREATE TABLE sign_in_failure (
            user_id INTEGER PRIMARY KEY REFERENCES user(id),
            failures INTEGER NOT NULL CHECK (failures >= 0),
            locked_until TEXT
        )
        """
    )


# The partial index of the events that close a dossier (9 result, 10 returned, 7 withdrawal, 8 stop), on the domain's
# set (``CLOSING_EVENTS``). SQLite uses a partial index only for a query that repeats its condition word for word:
# queries add ``AND <CLOSING_EVENTS>``.


@migrations()
def m008_report_indexes(db: sqlite_utils.Database) -> None:
    """The reports and the dashboard read a year (or a day) of dossiers without reading their events: when each
    one's processing ended and when it was returned (the closing events, read from their index alone), and
    which few had their appointment moved (a supplement pause, a Mẫu 04) and need their whole history; the
    outbox's set-aside and conflicting actions, few, counted without reading the whole outbox."""
    db.executescript(
        f"""
        CREATE INDEX dossier_event_closing ON dossier_event(at, dossier_id, status) WHERE {CLOSING_EVENTS};
        CREATE INDEX dossier_event_due_moves ON dossier_event(dossier_id) WHERE status = 5 OR kind = 'reschedule';
        CREATE INDEX outbox_problem ON outbox(state) WHERE state IN ('rejected', 'conflict');
        """
    )


@migrations()
def m009_fee_tables(db: sqlite_utils.Database) -> None:
    """The province's fee tables (resolutions of its People's Council), every version kept: the one in force on a
    day prices the dossiers received that day."""
    db.execute(
        """
        CREATE TABLE fee_table (
            id INTEGER PRIMARY KEY,
            resolution TEXT NOT NULL,
            adopted TEXT NOT NULL,
            effective_from TEXT NOT NULL,
            province TEXT NOT NULL,
            sha256 TEXT NOT NULL UNIQUE,
            data TEXT NOT NULL,
            origin TEXT NOT NULL CHECK (origin IN ('import', 'province')),
            imported_at TEXT NOT NULL
        )
        """
    )


@migrations()
def m010_attachments(db: sqlite_utils.Database) -> None:
    """Digitised papers: each file the desk holds or knows of (named by its SHA-256, kept under ``files/`` of the
    data folder), how much of it the province has confirmed, and whether its words were read (OCR); the words for the
    search box; the events that attach a file to a dossier, found by the file's hash."""
    db.executescript(
        """
        CREATE TABLE file (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
            size INTEGER NOT NULL CHECK (size > 0),
            pages INTEGER NOT NULL CHECK (pages > 0),
            held INTEGER NOT NULL DEFAULT 1 CHECK (held IN (0, 1)),
            sent INTEGER NOT NULL DEFAULT 0 CHECK (sent >= 0),
            created_at TEXT NOT NULL,
            ocr TEXT
        );
        CREATE INDEX file_unsent ON file(id) WHERE held = 1 AND sent < size;
        CREATE INDEX file_unread ON file(id) WHERE held = 1 AND ocr IS NULL;
        CREATE INDEX dossier_event_file ON dossier_event(json_extract(data, '$.sha256')) WHERE kind = 'attach_file';
        CREATE VIRTUAL TABLE file_search USING fts5(
            words, content = '', columnsize = 0, tokenize = 'unicode61 remove_diacritics 2', detail = column,
            prefix = '2'
        );
        """
    )


@migrations()
def m011_compact_search_index(db: sqlite_utils.Database) -> None:
    """The dossiers' search index keeps which dossiers hold each word, not in which column (FTS5 ``detail=none``):
    60 % of its size, and a third of its share of a store's bytes per dossier (docs/PERFORMANCE.md). A search of
    digits still finds only codes, ID numbers and phones: names are indexed without words that begin with a digit
    (``store/search_index.py``). The index is made again from the dossiers' rows and reception facts."""
    from counter_app.store import search_index
    from counter_core.domain.intake import Person

    db.execute("DROP TABLE dossier_search")
    db.execute(search_index.CREATE)
    rows = db.execute(
        """
        SELECT d.id, d.code, d.owner_name, d.owner_id, json_extract(d.data, '$.owner.phone'),
            json_extract(d.data, '$.submitter'), coalesce(p.name, '')
        FROM dossier d LEFT JOIN procedure p ON p.catalog_id = d.catalog_id AND p.code = d.procedure_code
        ORDER BY d.id
        """
    )
    while batch := rows.fetchmany(10_000):
        index = []
        for dossier_id, code, name, id_number, phone, submitter, procedure in batch:
            people = [Person(name, id_number, phone=phone or "")]
            if submitter:
                other = json.loads(submitter)
                people.append(
                    Person(other.get("full_name", ""), other.get("id_number", ""), phone=other.get("phone", ""))
                )
            index.append(search_index.search_row(dossier_id, code, people, procedure))
        db.conn.executemany(search_index.INSERT, index)


@migrations()
def m012_open_due_indexes(db: sqlite_utils.Database) -> None:
    """The index of appointments covers only the dossiers whose clock runs, the few a day's queue and the dashboard
    look at, not every dossier ever received (38 bytes per dossier); queries repeat its condition word for word
    (``status IN <TIMED>``). Those waiting for the citizen's papers, fewer still, are found by their status
    (``dossier_status_received``) and sorted."""
    from counter_app.store.statuses import sql_set
    from counter_core.domain.status import TIMED

    db.executescript(
        f"""
        DROP INDEX dossier_status_due;
        CREATE INDEX dossier_timed_due ON dossier(status, due_at) WHERE status IN {sql_set(TIMED)};
        """
    )


# m013: how an audit row's texts are kept compactly and given back exactly as written (the hash covers them verbatim).
# A moment in Vietnam time to the second ("2026-06-01T07:52:00+07:00", 25 bytes) is kept as its Unix time (4 bytes);
# an action, and a "before" or "after" of at most 64 characters (the status changes, which repeat), as the number of
# the text in ``audit_text``; anything else (a moment with a fraction, another offset, a long value) as written.
_AUDIT_MOMENT = "'%Y-%m-%dT%H:%M:%S+07:00'"
_AUDIT_SHORT = 64


def _kept_moment(value: str) -> str:
    seconds = f"CAST(strftime('%s', {value}) AS INTEGER)"
    return (
        f"CASE WHEN typeof({value}) = 'text' "
        f"AND strftime({_AUDIT_MOMENT}, {seconds}, 'unixepoch', '+7 hours') = {value} "
        f"THEN {seconds} ELSE {value} END"
    )


def _kept_text(value: str) -> str:
    return (
        f"CASE WHEN typeof({value}) = 'text' AND length({value}) <= {_AUDIT_SHORT} "
        f"THEN (SELECT t.id FROM audit_text t WHERE t.text = {value}) ELSE {value} END"
    )


def _given_text(column: str) -> str:
    return (
        f"CASE WHEN typeof({column}) = 'integer' THEN (SELECT t.text FROM audit_text t WHERE t.id = {column}) "
        f"ELSE {column} END"
    )


def _learn_texts(values: tuple[str, ...]) -> str:
    return "".join(
        f"INSERT OR IGNORE INTO audit_text(text) SELECT {v} "
        f"WHERE typeof({v}) = 'text' AND length({v}) <= {_AUDIT_SHORT};\n"
        for v in values
    )


@migrations()
def m013_compact_audit(db: sqlite_utils.Database) -> None:
    """The audit trail in about half the room (issue 18: 2,048 bytes per dossier): its rows are kept in ``audit_row``
    with their moment as a Unix time and their action and short before/after as numbers of texts kept once
    (``audit_text``); ``audit`` is a view that gives every row back exactly as it was written, so the hash chain, its
    verification, the rows sent to the province and every reader are unchanged. Writing, changing or removing a row
    of ``audit`` does so in ``audit_row`` (a person editing the file by hand still breaks the chain at that row)."""
    row = "(id, at, user_id, action, entity_key, before, after, hash)"
    kept = (
        f"{_kept_moment('{0}.at')}, {{0}}.user_id, (SELECT t.id FROM audit_text t WHERE t.text = {{0}}.action), "
        f"{{0}}.entity_key, {_kept_text('{0}.before')}, {_kept_text('{0}.after')}, {{0}}.hash"
    )
    db.executescript(
        f"""
        CREATE TABLE audit_text (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE);
        CREATE TABLE audit_row (
            id INTEGER PRIMARY KEY,
            at NOT NULL, -- no type: a Unix time (integer) or the text as written
            user_id INTEGER REFERENCES user(id),
            action INTEGER NOT NULL REFERENCES audit_text(id),
            entity_key TEXT NOT NULL,
            before, -- no type: the number of a text of audit_text (integer), the text as written, or NULL
            after,
            hash BLOB
        );
        INSERT OR IGNORE INTO audit_text(text) SELECT DISTINCT action FROM audit ORDER BY 1;
        INSERT OR IGNORE INTO audit_text(text)
            SELECT DISTINCT before FROM audit WHERE length(before) <= {_AUDIT_SHORT} ORDER BY 1;
        INSERT OR IGNORE INTO audit_text(text)
            SELECT DISTINCT after FROM audit WHERE length(after) <= {_AUDIT_SHORT} ORDER BY 1;
        INSERT INTO audit_row{row} SELECT a.id, {kept.format("a")} FROM audit a ORDER BY a.id;
        DROP TABLE audit;
        CREATE VIEW audit{row} AS SELECT r.id,
            CASE WHEN typeof(r.at) = 'integer' THEN strftime({_AUDIT_MOMENT}, r.at, 'unixepoch', '+7 hours')
                ELSE r.at END,
            r.user_id, (SELECT t.text FROM audit_text t WHERE t.id = r.action), r.entity_key,
            {_given_text("r.before")}, {_given_text("r.after")}, r.hash
        FROM audit_row r;
        CREATE TRIGGER audit_insert INSTEAD OF INSERT ON audit BEGIN
            INSERT OR IGNORE INTO audit_text(text) VALUES (NEW.action);
            {_learn_texts(("NEW.before", "NEW.after"))}
            INSERT INTO audit_row{row} VALUES (NEW.id, {kept.format("NEW")});
        END;
        CREATE TRIGGER audit_update INSTEAD OF UPDATE ON audit BEGIN
            INSERT OR IGNORE INTO audit_text(text) VALUES (NEW.action);
            {_learn_texts(("NEW.before", "NEW.after"))}
            DELETE FROM audit_row WHERE id = OLD.id;
            INSERT INTO audit_row{row} VALUES (NEW.id, {kept.format("NEW")});
        END;
        CREATE TRIGGER audit_delete INSTEAD OF DELETE ON audit BEGIN
            DELETE FROM audit_row WHERE id = OLD.id;
        END;
        """
    )


# m014: the dossiers a rule of days judges alike, counted as they change (issue 18: Biểu II.06a for a year in a
# second at 1,000,000 dossiers). ``report_tally_key`` gives an accepted dossier whose appointment no supplement
# request or Mẫu 04 ever moved its group: the day it was received, the unit whose counter received it, its competent
# unit, procedure, channel, the day of its appointment, and the day and status of the first event that ended its
# processing ("2026-10-05 9"; '' while open). ``report_tally`` counts the dossiers of each group; triggers move a dossier out
# of its group before a change that can alter the group and into its new group after.
_TALLY_KEY = "received_day, unit, competent, catalog_id, procedure_code, channel, due_day, ended"


def _tally_move(dossier_id: str, sign: int) -> str:
    """The statement that adds ``sign`` (1 or -1) to the count of the group of dossier ``dossier_id`` (none when it
    is in no group)."""
    return (
        f"INSERT INTO report_tally ({_TALLY_KEY}, n) SELECT {_TALLY_KEY}, {sign} FROM report_tally_key "
        f"WHERE dossier_id = {dossier_id} ON CONFLICT ({_TALLY_KEY}) DO UPDATE SET n = n + excluded.n;"
    )


@migrations()
def m014_report_tally(db: sqlite_utils.Database) -> None:
    """Counts of the dossiers judged alike by day, kept as dossiers and their events are written (by the desk, by
    a pull, by a restore), so that a report reads a year's groups (tens of thousands) instead of its dossiers
    (hundreds of thousands); the dossiers outside any group (a moved appointment) are read one by one as before."""
    from counter_app.store.statuses import sql_set
    from counter_core.domain.status import ENDS_PROCESSING, NOT_RECEIVED, Status

    supplement, not_received = int(Status.SUPPLEMENT_REQUESTED), sql_set(NOT_RECEIVED)
    moving = f"NEW.status IN {sql_set({Status.SUPPLEMENT_REQUESTED, *ENDS_PROCESSING})} OR NEW.kind = 'reschedule'"
    changed = " OR ".join(
        [f"(OLD.status IN {not_received}) IS NOT (NEW.status IN {not_received})"]
        + [
            f"OLD.{c} IS NOT NEW.{c}"
            for c in ("received_at", "code", "competent_unit", "catalog_id", "procedure_code", "channel", "due_at")
        ]
    )
    columns = "status, received_at, code, competent_unit, catalog_id, procedure_code, channel, due_at"
    db.executescript(
        f"""
        CREATE TABLE report_tally (
            received_day TEXT NOT NULL,
            unit TEXT NOT NULL,
            competent TEXT NOT NULL,
            catalog_id INTEGER NOT NULL,
            procedure_code TEXT NOT NULL,
            channel INTEGER NOT NULL,
            due_day TEXT NOT NULL,
            ended TEXT NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY ({_TALLY_KEY})
        ) WITHOUT ROWID;
        CREATE VIEW report_tally_key AS
        SELECT d.id AS dossier_id, substr(d.received_at, 1, 10) AS received_day,
            substr(d.code, 1, instr(d.code, '-') - 1) AS unit, coalesce(d.competent_unit, '') AS competent,
            d.catalog_id, d.procedure_code, d.channel, coalesce(substr(d.due_at, 1, 10), '') AS due_day,
            coalesce((SELECT substr(first, 1, 10) || substr(first, instr(first, ' ')) FROM (
                SELECT min(e.at || ' ' || e.status) AS first FROM dossier_event e
                WHERE e.dossier_id = d.id AND e.status IN {sql_set(ENDS_PROCESSING)}
            )), '') AS ended
        FROM dossier d
        WHERE d.status NOT IN {not_received} AND NOT EXISTS (SELECT 1 FROM dossier_event m
            WHERE m.dossier_id = d.id AND (m.status = {supplement} OR m.kind = 'reschedule'));
        CREATE TRIGGER report_tally_emptied AFTER UPDATE OF n ON report_tally WHEN NEW.n = 0 BEGIN
            DELETE FROM report_tally WHERE ({_TALLY_KEY}) = (
                {", ".join(f"NEW.{c.strip()}" for c in _TALLY_KEY.split(","))});
        END;
        CREATE TRIGGER report_tally_dossier_in AFTER INSERT ON dossier BEGIN {_tally_move("NEW.id", 1)} END;
        CREATE TRIGGER report_tally_dossier_out BEFORE UPDATE OF {columns} ON dossier WHEN {changed} BEGIN
            {_tally_move("OLD.id", -1)}
        END;
        CREATE TRIGGER report_tally_dossier_back AFTER UPDATE OF {columns} ON dossier WHEN {changed} BEGIN
            {_tally_move("NEW.id", 1)}
        END;
        CREATE TRIGGER report_tally_event_out BEFORE INSERT ON dossier_event WHEN {moving} BEGIN
            {_tally_move("NEW.dossier_id", -1)}
        END;
        CREATE TRIGGER report_tally_event_in AFTER INSERT ON dossier_event WHEN {moving} BEGIN
            {_tally_move("NEW.dossier_id", 1)}
        END;
        INSERT INTO report_tally ({_TALLY_KEY}, n) SELECT {_TALLY_KEY}, count(*) FROM report_tally_key
            GROUP BY {_TALLY_KEY};
        """
    )


@migrations()
def m015_search_words(db: sqlite_utils.Database) -> None:
    """The words of the search index that begin with a letter, kept apart (``store/search_index.py``): the word a
    clerk is still typing is looked up as the whole words it begins, not as a prefix FTS5 gathers whole first."""
    db.executescript(
        """
        CREATE TABLE search_word (word TEXT PRIMARY KEY) WITHOUT ROWID;
        CREATE VIRTUAL TABLE temp.dossier_search_terms USING fts5vocab(main, dossier_search, 'row');
        INSERT INTO search_word SELECT term FROM temp.dossier_search_terms WHERE NOT substr(term, 1, 1) GLOB '[0-9]';
        DROP TABLE temp.dossier_search_terms;
        """
    )


def migrate(db: sqlite_utils.Database) -> None:
    migrations.apply(db)


def version_names() -> list[str]:
    """The names of every migration, oldest first: a schema version is a prefix of this list."""
    return [m.name for m in migrations.pending(sqlite_utils.Database(memory=True))]
