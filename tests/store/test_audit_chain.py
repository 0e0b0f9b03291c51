"""The audit trail is a hash chain: every action adds a row chained to the one before; a row edited or removed
by hand is found, at its place, by `counter-app audit verify`."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from counter_app.cli import main
from counter_app.services import audit, processing, reception
from counter_app.store import open_store
from counter_core.domain.status import Status
from tests.store.test_receive import khai_sinh

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def busy_desk(desk, clerk) -> list[str]:
    codes = [reception.receive(desk, khai_sinh(desk), clerk).code for _ in range(3)]
    processing.transition(desk, codes[0], Status.PROCESSING, clerk, "Chuyển xử lý")
    return codes


def test_every_action_extends_an_unbroken_chain(desk, clerk):
    busy_desk(desk, clerk)
    result = audit.verify(desk.store)
    assert result["first_break"] is None and result["rows"] >= 6  # desk setup, account, 3 receptions, a move


def test_a_row_edited_by_hand_is_found(desk, clerk):
    busy_desk(desk, clerk)
    target = desk.store.one("SELECT id FROM audit WHERE action = 'dossier.process'")["id"]
    with sqlite3.connect(desk.store.path) as conn:  # someone with the database file and a SQLite tool
        conn.execute("UPDATE audit SET after = '{\"status\":10}' WHERE id = ?", (target,))
    broken = audit.verify(desk.store)["first_break"]
    assert broken["id"] == target and "đã bị sửa" in broken["reason"].in_language("vi")
    assert broken["reason"].in_language("en").startswith("A row of the audit trail does not match the hash chain")


def test_a_row_removed_by_hand_is_found(desk, clerk):
    busy_desk(desk, clerk)
    with sqlite3.connect(desk.store.path) as conn:
        conn.execute("DELETE FROM audit WHERE id = 3")
    broken = audit.verify(desk.store)["first_break"]
    assert broken["id"] == 4 and broken["reason"].in_language() == "Thiếu dòng nhật ký từ số 3 đến 3 (đã bị xóa)."


def test_a_row_rewritten_with_a_recomputed_hash_breaks_the_next_link(desk, clerk):
    from counter_core.domain.audit_chain import link

    busy_desk(desk, clerk)
    with sqlite3.connect(desk.store.path) as conn:  # someone who knows how the chain is made
        conn.row_factory = sqlite3.Row
        previous = conn.execute("SELECT hash FROM audit WHERE id = 3").fetchone()["hash"].hex()
        row = dict(conn.execute("SELECT * FROM audit WHERE id = 4").fetchone())
        row["entity_key"] = "000.00.31.H56-261123-0999"
        conn.execute(
            "UPDATE audit SET entity_key = ?, hash = ? WHERE id = 4",
            (row["entity_key"], bytes.fromhex(link(previous, row))),
        )
    assert audit.verify(desk.store)["first_break"]["id"] == 5


def test_the_command_line_reports_the_break_and_fails(desk, clerk, capsys):
    busy_desk(desk, clerk)
    folder = str(desk.store.path.parent)
    assert main(["--data-dir", folder, "audit", "verify"]) == 0
    assert "Nhật ký nguyên vẹn" in capsys.readouterr().out
    with sqlite3.connect(desk.store.path) as conn:
        conn.execute("UPDATE audit SET at = '2026-01-01T00:00:00+07:00' WHERE id = 2")
    try:
        code = main(["--data-dir", folder, "audit", "verify"])
    except SystemExit as exit_:
        code = exit_.code
    assert code == 1 and "Nhật ký bị can thiệp tại dòng 2: Dòng nhật ký không khớp" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--data-dir", folder, "--language", "en", "audit", "verify"])
    assert capsys.readouterr().out.startswith("The audit trail was tampered with at row 2: A row of the audit trail")


def test_a_trail_written_before_the_chain_existed_is_chained_on_upgrade(tmp_path):
    (tmp_path / "desk").mkdir()
    shutil.copy(FIXTURES / "schema_v3.sqlite3", tmp_path / "desk" / "counter.sqlite3")
    store = open_store(tmp_path / "desk")
    try:
        result = audit.verify(store)
        assert result["first_break"] is None and result["rows"] > 0
    finally:
        store.close()
