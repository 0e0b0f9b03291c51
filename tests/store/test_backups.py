"""Backups: each copy is checked before it is kept, only the newest are kept, one a day is made on its own,
and a database that cannot be opened is replaced by the latest good copy (the broken file kept aside)."""

import os
import sqlite3
import time

import pytest

from counter_app.services import backups, reception
from counter_app.store import open_store
from counter_core.foundation.errors import InvalidInput, NotAllowed, NotFound
from tests.store.test_receive import khai_sinh


def test_copies_are_checked_and_only_the_newest_are_kept(desk, clerk, admin, tmp_path):
    backups.configure(desk.store, admin, keep=3, where=tmp_path / "usb")
    made = []
    for n in range(5):
        reception.receive(desk, khai_sinh(desk), clerk)
        path = backups.backup_now(desk.store, admin)
        os.utime(path, (time.time() - 100 + n, time.time() - 100 + n))  # five copies, one second apart
        made.append(path)
    kept = [c["path"] for c in backups.listing(tmp_path / "usb")]
    assert kept == list(reversed(made))[:3]
    copy = sqlite3.connect(kept[0])
    assert (
        copy.execute("SELECT count(*) FROM dossier").fetchone()[0] == 5
        and copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    )
    copy.close()
    with pytest.raises(InvalidInput):
        backups.configure(desk.store, admin, keep=0)
    with pytest.raises(NotAllowed, match=r"lan \(Cán bộ tiếp nhận\) không được sao lưu dữ liệu"):
        backups.backup_now(desk.store, clerk)


def test_one_copy_a_day_is_made_on_its_own(desk):
    first = backups.backup_if_due(desk.store)
    assert first is not None and backups.backup_if_due(desk.store) is None  # not twice the same day
    os.utime(first, (time.time() - 2 * 86400, time.time() - 2 * 86400))
    assert backups.backup_if_due(desk.store) is not None


def test_a_database_that_cannot_be_opened_is_replaced_by_the_latest_good_copy(desk, clerk):
    code = reception.receive(desk, khai_sinh(desk), clerk).code
    backups.automatic_backup(desk.store)
    data_dir = desk.store.path.parent
    desk.store.close()
    with open(data_dir / "counter.sqlite3", "r+b") as database:  # a disk error over the file's header
        database.write(b"\x00" * 100)
    with pytest.raises(sqlite3.DatabaseError):
        open_store(data_dir)
    store, result = backups.replace_database(data_dir)
    try:
        assert store.one("SELECT code FROM dossier")["code"] == code
        assert list(data_dir.glob("corrupt-*.sqlite3")) and not result["rebase_required"]  # broken file kept
    finally:
        store.close()


def test_without_a_copy_nothing_is_touched(tmp_path):
    (tmp_path / "counter.sqlite3").write_bytes(b"not a database")
    with pytest.raises(NotFound):
        backups.replace_database(tmp_path)
    assert (tmp_path / "counter.sqlite3").read_bytes() == b"not a database"
