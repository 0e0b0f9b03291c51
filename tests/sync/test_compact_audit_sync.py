"""An enrolled desk updated to the compact audit trail (m013) while it syncs: the clerk sees the same dossiers, the
trail verifies here and at the province, the sync goes on where it stopped (each action and each row of the trail
sent once), and a backup made before the update, restored, is brought up to date and re-based."""

from counter_app.services import accounts, audit, backups, processing, reception
from counter_app.store import open_store, schema
from counter_app.store.desk import Desk
from counter_app.sync import engine
from counter_core.domain.status import Status
from provincial_server.store import audit as server_audit
from tests.store.test_receive import khai_sinh
from tests.sync.test_audit_sync import desk_id, local_chain, server_chain


def _before_the_update(db) -> None:
    schema.migrations.apply(db, stop_before="m013_compact_audit")
    # Today's code writes the words of the search index (m015), which that version did not keep: a table of this
    # connection alone takes them, and goes with it (the update makes the real one from the index).
    db.execute("CREATE TEMP TABLE search_word (word TEXT PRIMARY KEY) WITHOUT ROWID")


def _server_seqs(province) -> list[int]:
    return [
        r["desk_seq"]
        for r in province.db.execute(
            "SELECT desk_seq FROM dossier_event WHERE desk_id = %s ORDER BY desk_seq", (desk_id(province),)
        )
    ]


def test_an_old_desk_updated_while_syncing_goes_on_exactly_once(enrolled_desk, province, clock, monkeypatch, tmp_path):
    monkeypatch.setattr(schema, "migrate", _before_the_update)  # the version before the compact trail
    desk, clerk = enrolled_desk(1)
    codes = [reception.receive(desk, khai_sinh(desk), clerk).code for _ in range(3)]
    processing.transition(desk, codes[0], Status.PROCESSING, clerk, "Chuyển xử lý")
    assert engine.sync(desk).sent == 4
    assert desk.store.one("SELECT type FROM sqlite_master WHERE name = 'audit'")["type"] == "table"
    copy = backups.backup_now(desk.store, accounts.get_user(desk.store, "toan"), tmp_path / "before-update.sqlite3")
    processing.transition(desk, codes[1], Status.PROCESSING, clerk, "Chuyển xử lý")  # waiting in the outbox
    dossiers_before = [tuple(r) for r in desk.store.all("SELECT * FROM dossier ORDER BY id")]
    trail_before = [tuple(r) for r in desk.store.all("SELECT * FROM audit ORDER BY id")]
    path = desk.store.path
    desk.store.close()

    monkeypatch.undo()  # the update
    desk = Desk(open_store(path.parent), clock)
    assert desk.store.one("SELECT type FROM sqlite_master WHERE name = 'audit'")["type"] == "view"
    assert [tuple(r) for r in desk.store.all("SELECT * FROM dossier ORDER BY id")] == dossiers_before
    assert [tuple(r) for r in desk.store.all("SELECT * FROM audit ORDER BY id")] == trail_before
    assert audit.verify(desk.store)["first_break"] is None

    processing.transition(desk, codes[2], Status.PROCESSING, clerk, "Chuyển xử lý")
    held = len(server_chain(province))
    report = engine.sync(desk)
    assert report.sent == 2 and report.audit_sent == len(local_chain(desk)) - held > 0
    assert _server_seqs(province) == [1, 2, 3, 4, 5, 6]
    assert server_chain(province) == local_chain(desk)
    assert server_audit.verify(province.db, desk_id(province))["first_break"] is None
    again = engine.sync(desk)
    assert again.sent == 0 and again.audit_sent == 0

    backups.restore(desk.store, copy, accounts.get_user(desk.store, "toan"))  # made before the update
    assert desk.store.one("SELECT type FROM sqlite_master WHERE name = 'audit'")["type"] == "view"
    engine.sync(desk)
    assert _server_seqs(province) == [1, 2, 3, 4, 5, 6]
    assert desk.store.one("SELECT count(*) FROM outbox WHERE state = 'pending'")[0] == 0
    assert audit.verify(desk.store)["first_break"] is None
    assert server_audit.verify(province.db, desk_id(province))["first_break"] is None
