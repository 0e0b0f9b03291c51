"""The compact audit trail (issue 18, m013): a desk saved before it keeps every row exactly as written (moments,
actions, before and after, hashes), its chain still verifies, and a row edited or removed by hand is still found;
rows that do not fit the compact form (a moment with a fraction or another offset, a long value) are kept as written."""

import shutil
import sqlite3
from pathlib import Path

from counter_app.services import audit, processing, reception
from counter_app.store import open_store
from counter_core.domain.audit_chain import link
from counter_core.domain.status import Status
from tests.store.test_receive import khai_sinh

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema_v12.sqlite3"
COLUMNS = "id, at, user_id, action, entity_key, before, after, hash"
ODD_ROWS = [  # (at, action, before, after): what the compact form cannot hold goes in as written
    ("2026-11-23T09:00:00.250000+07:00", "dossier.note", None, '{"status":4}'),
    ("2026-11-23T02:00:00+00:00", "user.add", None, '{"username":"hoa","role":"clerk"}'),
    ("2026-11-23T09:01:00+07:00", "settings.change", '{"text":"' + "x" * 80 + '"}', '{"text":"y"}'),
    ("2026-11-23T09:02:00+07:00", "dossier.process", "", "1234"),
]


def _old_desk(tmp_path: Path) -> Path:
    """The saved desk of schema 12, with odd rows chained at the end of its trail."""
    folder = tmp_path / "desk"
    folder.mkdir()
    shutil.copy(FIXTURE, folder / "counter.sqlite3")
    with sqlite3.connect(folder / "counter.sqlite3") as conn:
        last_id, last_hash = conn.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
        prev = last_hash.hex()
        for n, (at, action, before, after) in enumerate(ODD_ROWS, start=last_id + 1):
            row = {"at": at, "user_id": 1, "action": action, "entity_key": "odd", "before": before, "after": after}
            prev = link(prev, row)
            conn.execute(
                f"INSERT INTO audit({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (n, at, 1, action, "odd", before, after, bytes.fromhex(prev)),
            )
    return folder


def _rows(conn) -> list[tuple]:
    return [tuple(r) for r in conn.execute(f"SELECT {COLUMNS} FROM audit ORDER BY id")]


def test_an_old_desk_keeps_every_row_of_its_trail_as_written(tmp_path):
    folder = _old_desk(tmp_path)
    with sqlite3.connect(folder / "counter.sqlite3") as old:
        rows_before = _rows(old)
        dossiers_before = old.execute("SELECT * FROM dossier ORDER BY id").fetchall()
    store = open_store(folder)
    try:
        assert _rows(store.conn) == rows_before
        assert [tuple(r) for r in store.all("SELECT * FROM dossier ORDER BY id")] == dossiers_before
        assert audit.verify(store) == {"rows": len(rows_before), "first_break": None}
        kept = {r["at"]: r["kind"] for r in store.all("SELECT at, typeof(at) AS kind FROM audit_row")}
        assert kept["2026-11-23T09:00:00.250000+07:00"] == kept["2026-11-23T02:00:00+00:00"] == "text"
        assert store.one("SELECT count(*) FROM audit_row WHERE typeof(at) = 'integer'")[0] == len(rows_before) - 2
    finally:
        store.close()


def test_new_rows_are_kept_compactly_and_read_back_as_written(desk, clerk):
    code = reception.receive(desk, khai_sinh(desk), clerk).code
    processing.transition(desk, code, Status.PROCESSING, clerk, "Chuyển xử lý")
    rows = desk.store.all("SELECT * FROM audit WHERE entity_key = ? ORDER BY id", (code,))
    assert [r["action"] for r in rows] == ["dossier.receive", "dossier.process"]
    assert rows[1]["before"] == '{"status":2}' and rows[1]["after"] == '{"status":4}'
    assert rows[1]["at"] == desk.clock().isoformat()
    kept = desk.store.one(
        "SELECT typeof(at), typeof(action), typeof(after) FROM audit_row WHERE id = ?", (rows[1]["id"],)
    )
    assert tuple(kept) == ("integer", "integer", "integer")
    assert audit.verify(desk.store)["first_break"] is None


def test_a_row_edited_or_removed_by_hand_in_the_compact_trail_is_found(desk, clerk):
    code = reception.receive(desk, khai_sinh(desk), clerk).code
    processing.transition(desk, code, Status.PROCESSING, clerk, "Chuyển xử lý")
    target = desk.store.one("SELECT max(id) FROM audit")[0]
    with sqlite3.connect(desk.store.path) as conn:  # the kept row itself, edited with a SQLite tool
        conn.execute("UPDATE audit_row SET at = at + 60 WHERE id = ?", (target,))
    assert audit.verify(desk.store)["first_break"]["id"] == target
    with sqlite3.connect(desk.store.path) as conn:
        conn.execute("DELETE FROM audit_row WHERE id = ?", (target - 1,))
    assert audit.verify(desk.store)["first_break"]["id"] == target
