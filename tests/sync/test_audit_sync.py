"""The audit trail goes to the province as it grows: the province's copy is the same chain, a row tampered
with on the desk before it was sent is caught by the province, and a restored or reinstalled desk's trail
continues the province's copy instead of forking it."""

import sqlite3

from counter_app.services import accounts, audit, backups, processing, reception
from counter_app.sync import engine
from counter_core.domain.status import Status
from provincial_server.store import admin as server_store
from provincial_server.store import audit as server_audit
from tests.store.test_receive import khai_sinh


def desk_id(province, number: int = 1) -> str:
    return f"{province.unit_code}-{number:02d}"


def local_chain(desk) -> list[tuple[int, str]]:
    return [(r["id"], r["hash"].hex()) for r in desk.store.all("SELECT id, hash FROM audit ORDER BY id")]


def server_chain(province, number: int = 1) -> list[tuple[int, str]]:
    return [
        (r["id"], r["hash"])
        for r in province.db.execute(
            "SELECT id, hash FROM desk_audit WHERE desk_id = %s ORDER BY id", (desk_id(province, number),)
        )
    ]


def test_the_province_holds_the_same_chain_as_the_desk(enrolled, province):
    desk, clerk = enrolled
    for _ in range(3):
        reception.receive(desk, khai_sinh(desk), clerk)
    report = engine.sync(desk)
    assert report.audit_sent == len(local_chain(desk)) and not [
        w for w in report.warnings if "nhật ký" in w.in_language()
    ]
    assert server_chain(province) == local_chain(desk)
    assert server_audit.verify(province.db, desk_id(province))["first_break"] is None
    assert engine.sync(desk).audit_sent == 0  # each row once


def test_a_row_tampered_with_before_it_was_sent_is_caught_by_the_province(enrolled, province):
    desk, clerk = enrolled
    code = reception.receive(desk, khai_sinh(desk), clerk).code
    engine.sync(desk)
    processing.transition(desk, code, Status.PROCESSING, clerk, "Chuyển xử lý")
    target = desk.store.one("SELECT max(id) AS id FROM audit")["id"]
    with sqlite3.connect(desk.store.path) as conn:
        conn.execute("UPDATE audit SET after = '{\"status\":10}' WHERE id = ?", (target,))
    report = engine.sync(desk)
    assert any(f"dòng {target}" in w.in_language() for w in report.warnings)
    (flag,) = [p for p in server_store.problems(province.db, province.unit_code) if p["kind"] == "audit_break"]
    assert flag["desk_id"] == desk_id(province) and flag["desk_seq"] == target  # the row, for the supervisor
    assert audit.verify(desk.store)["first_break"]["id"] == target


def test_a_restored_desk_continues_the_provinces_copy_of_its_trail(enrolled, province, tmp_path):
    desk, clerk = enrolled
    code = reception.receive(desk, khai_sinh(desk), clerk).code
    engine.sync(desk)
    copy = backups.backup_now(desk.store, accounts.get_user(desk.store, "toan"), tmp_path / "copy.sqlite3")
    processing.transition(desk, code, Status.PROCESSING, clerk)
    reception.receive(desk, khai_sinh(desk), clerk)
    engine.sync(desk)
    held_before = server_chain(province)
    backups.restore(desk.store, copy, accounts.get_user(desk.store, "toan"))
    engine.sync(desk)
    assert audit.verify(desk.store)["first_break"] is None  # the lost rows are stood for by an anchor row
    assert server_chain(province)[: len(held_before)] == held_before  # the province's copy was not rewritten
    assert server_audit.verify(province.db, desk_id(province))["first_break"] is None
    assert [p for p in server_store.problems(province.db, province.unit_code) if p["kind"] == "audit_break"] == []
    actions = [r["action"] for r in desk.store.all("SELECT action FROM audit ORDER BY id")]
    assert "sync.audit_rebased" in actions and "desk.restore" in actions


def test_a_reinstalled_desk_starts_its_trail_after_the_provinces_copy(enrolled, province, make_desk, server_url):
    desk, clerk = enrolled
    reception.receive(desk, khai_sinh(desk), clerk)
    engine.sync(desk)
    fresh, lan = make_desk(1, folder="new-computer")
    engine.enrol(fresh, server_url, province.desk_code(1))
    engine.sync(fresh)
    reception.receive(fresh, khai_sinh(fresh), lan)
    engine.sync(fresh)
    assert audit.verify(fresh.store)["first_break"] is None
    assert server_audit.verify(province.db, desk_id(province))["first_break"] is None
    assert server_chain(province)[-1] == local_chain(fresh)[-1]
