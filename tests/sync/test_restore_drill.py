"""The restore drill: a desk receives, backs up, keeps working and syncing, then its disk damages the database;
it starts from the latest good copy and syncs — nothing that had reached the province is lost, and the desk
catches up with the province before it issues a new code."""

import sqlite3
import uuid

import pytest

from counter_app.services import audit, backups, lookup, processing, reception
from counter_app.store import journal, open_store
from counter_app.store.desk import Desk
from counter_app.sync import engine
from counter_core.domain.status import Status
from provincial_server.store import admin as server_store
from tests.store.test_receive import khai_sinh


def test_receive_back_up_corrupt_restore_sync(enrolled, province, clock):
    desk, clerk = enrolled
    early = [reception.receive(desk, khai_sinh(desk), clerk).code for _ in range(3)]
    engine.sync(desk)
    backups.automatic_backup(desk.store)  # the day's copy
    late = [reception.receive(desk, khai_sinh(desk), clerk).code for _ in range(2)]
    processing.transition(desk, early[0], Status.PROCESSING, clerk, "Chuyển phòng Tư pháp")
    engine.sync(desk)
    server_store.decide(
        province.db, late[0], Status.SUPPLEMENT_REQUESTED, "Phòng Tư pháp", "Thiếu giấy", str(uuid.uuid4())
    )
    data_dir = desk.store.path.parent
    desk.store.close()
    with open(data_dir / "counter.sqlite3", "r+b") as database:  # the disk fails under the database's header
        database.write(b"\xff" * 4096)
    with pytest.raises(sqlite3.DatabaseError):
        open_store(data_dir)

    store, result = backups.replace_database(data_dir)
    desk = Desk(store, clock)
    assert result["rebase_required"] and lookup.search(desk, late[0]) == []
    report = engine.sync(desk)
    assert report.rebased == 3  # the two receptions and the move made after the copy, back from the province
    assert sorted(d.code for d in lookup.find(desk)) == sorted(early + late)
    assert lookup.show(desk, early[0]).status == Status.PROCESSING
    assert lookup.show(desk, late[0]).status == Status.SUPPLEMENT_REQUESTED  # and the province's decision since
    assert journal.outbox_counts(desk.store) == {"applied": 6}
    new = reception.receive(desk, khai_sinh(desk), clerk).code
    assert new.endswith("-0006")  # after every code printed before the damage
    engine.sync(desk)
    seqs = server_store.settled_seqs(province.db, f"{province.unit_code}-01")
    assert sorted(seqs["applied"]) == list(range(1, 8))
    assert audit.verify(desk.store)["first_break"] is None
    desk.store.close()
