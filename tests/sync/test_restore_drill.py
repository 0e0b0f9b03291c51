"""The restore drill: a desk receives (and digitises papers), backs up, keeps working and syncing, then its disk
damages the database and loses the files; it starts from the latest good copy and syncs — nothing that had reached
the province is lost, the papers come back (from the backup, or from the province when opened), and the desk
catches up with the province before it issues a new code."""

import hashlib
import shutil
import sqlite3
import uuid

import pytest

from counter_app.scanning.pages import page_of
from counter_app.services import attachments, audit, backups, lookup, processing, reception
from counter_app.services.attachments import Paper
from counter_app.store import journal, open_store
from counter_app.store.desk import Desk
from counter_app.sync import engine
from counter_core.domain.status import Status
from provincial_server.store import admin as server_store
from tests.helpers.scanners import scanned_page
from tests.store.test_receive import khai_sinh


def _digitise(desk, clerk, code: str, seed: int) -> str:
    page = page_of(scanned_page(seed, lines_every=40), 200)
    return attachments.attach(desk, code, clerk, [Paper("Tờ khai đăng ký khai sinh", (page,))])[0].sha256


def test_receive_back_up_corrupt_restore_sync(enrolled, province, clock):
    desk, clerk = enrolled
    early = [reception.receive(desk, khai_sinh(desk), clerk).code for _ in range(3)]
    copied = _digitise(desk, clerk, early[1], 1)
    engine.sync(desk)
    backups.automatic_backup(desk.store)  # the day's copy, and the files of papers beside it
    late = [reception.receive(desk, khai_sinh(desk), clerk).code for _ in range(2)]
    processing.transition(desk, early[0], Status.PROCESSING, clerk, "Chuyển phòng Tư pháp")
    sent = _digitise(desk, clerk, late[1], 2)
    engine.sync(desk)
    server_store.decide(
        province.db, late[0], Status.SUPPLEMENT_REQUESTED, "Phòng Tư pháp", "Thiếu giấy", str(uuid.uuid4())
    )
    data_dir = desk.store.path.parent
    desk.store.close()
    with open(data_dir / "counter.sqlite3", "r+b") as database:  # the disk fails under the database's header
        database.write(b"\xff" * 4096)
    shutil.rmtree(data_dir / "files")  # and the files of papers are gone with it
    with pytest.raises(sqlite3.DatabaseError):
        open_store(data_dir)

    store, result = backups.replace_database(data_dir)
    desk = Desk(store, clock)
    assert result["rebase_required"] and lookup.search(desk, late[0]) == []
    path = attachments.file_path(desk, copied)  # back from the backup folder, without the network
    assert hashlib.sha256(path.read_bytes()).hexdigest() == copied
    report = engine.sync(desk)
    assert report.rebased == 4  # the two receptions, the move and the paper made after the copy, from the province
    [paper] = attachments.attachments(desk, late[1])
    assert paper.file.sha256 == sent and not paper.held
    assert hashlib.sha256(attachments.file_path(desk, sent).read_bytes()).hexdigest() == sent  # fetched
    assert sorted(d.code for d in lookup.find(desk)) == sorted(early + late)
    assert lookup.show(desk, early[0]).status == Status.PROCESSING
    assert lookup.show(desk, late[0]).status == Status.SUPPLEMENT_REQUESTED  # and the province's decision since
    assert journal.outbox_counts(desk.store) == {"applied": 8}
    new = reception.receive(desk, khai_sinh(desk), clerk).code
    assert new.endswith("-0006")  # after every code printed before the damage
    engine.sync(desk)
    seqs = server_store.settled_seqs(province.db, f"{province.unit_code}-01")
    assert sorted(seqs["applied"]) == list(range(1, 10))
    assert audit.verify(desk.store)["first_break"] is None
    desk.store.close()
