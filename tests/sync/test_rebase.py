"""A desk restored from an old backup, or reinstalled on a new computer, gets back from the server what it had
already sent, before it issues a new code: no receipt number is ever issued twice and no action is lost."""

import shutil
import uuid

import pytest

from counter_app.services import accounts, backups, lookup, processing, reception
from counter_app.store import journal
from counter_app.sync import engine
from counter_core.domain.status import Status
from counter_core.foundation.errors import NotAllowed
from provincial_server.store import admin as server_store
from tests.store.test_receive import khai_sinh


def desk_id(province, number: int = 1) -> str:
    return f"{province.unit_code}-{number:02d}"


def held_once(province, count: int) -> bool:
    seqs = server_store.settled_seqs(province.db, desk_id(province))
    return sorted(seqs["applied"] + seqs["set_aside"]) == list(range(1, count + 1))


def test_a_desk_restored_from_an_old_backup_gets_back_what_it_sent_before_issuing_a_code(enrolled, province, tmp_path):
    desk, clerk = enrolled
    early = [reception.receive(desk, khai_sinh(desk), clerk).code for _ in range(3)]
    engine.sync(desk)
    copy = backups.backup_now(desk.store, accounts.get_user(desk.store, "toan"), tmp_path / "monday.sqlite3")
    late = [reception.receive(desk, khai_sinh(desk), clerk).code for _ in range(2)]
    processing.transition(desk, early[0], Status.PROCESSING, clerk, "Chuyển phòng Tư pháp")
    engine.sync(desk)
    server_store.decide(
        province.db, late[1], Status.SUPPLEMENT_REQUESTED, "Phòng Tư pháp", "Thiếu giấy", str(uuid.uuid4())
    )

    result = backups.restore(
        desk.store, copy, accounts.get_user(desk.store, "toan")
    )  # the disk failed; Monday's copy goes back
    assert result["rebase_required"] and lookup.search(desk, late[0]) == []
    with pytest.raises(NotAllowed, match="đồng bộ"):
        reception.receive(desk, khai_sinh(desk), clerk)  # no code can be issued before the desk has caught up
    with pytest.raises(NotAllowed, match="đồng bộ"):
        processing.transition(desk, early[1], Status.PROCESSING, clerk)

    report = engine.sync(desk)
    assert report.rebased == 3 and report.sent == 0
    assert lookup.show(desk, late[0]).owner_name == lookup.show(desk, early[0]).owner_name  # its own dossiers are back
    assert lookup.show(desk, early[0]).status == Status.PROCESSING
    assert lookup.show(desk, late[1]).status == Status.SUPPLEMENT_REQUESTED  # and what the province did since
    assert journal.outbox_counts(desk.store) == {"applied": 6}
    after = reception.receive(desk, khai_sinh(desk), clerk).code
    assert after.endswith("-0006") and after not in early + late  # the next number, never one already printed
    engine.sync(desk)
    assert held_once(province, 7) and len(server_store.dossier_codes(province.db, province.unit_code)) == 6


def test_a_desk_reinstalled_on_a_new_computer_gets_its_history_back_at_enrolment(
    enrolled, province, make_desk, server_url
):
    desk, clerk = enrolled
    codes = [reception.receive(desk, khai_sinh(desk), clerk).code for _ in range(4)]
    rate_code = codes[0]
    processing.transition(desk, rate_code, Status.RESULT_READY, clerk)
    processing.transition(desk, rate_code, Status.RETURNED, clerk)
    engine.sync(desk)

    fresh, lan = make_desk(1, folder="new-computer")
    answer = engine.enrol(fresh, server_url, province.desk_code(1))
    assert answer["rebase_required"] and answer["server_has_through"] == 6
    with pytest.raises(NotAllowed):
        reception.receive(fresh, khai_sinh(fresh), lan)
    assert engine.sync(fresh).rebased == 6
    assert sorted(d.code for d in lookup.find(fresh)) == sorted(codes)
    assert lookup.show(fresh, rate_code).status == Status.RETURNED
    assert reception.receive(fresh, khai_sinh(fresh), lan).code.endswith("-0005")
    engine.sync(fresh)
    assert held_once(province, 7)


def test_an_action_made_after_a_restore_nobody_flagged_is_moved_after_what_the_server_holds(
    enrolled, province, tmp_path
):
    desk, clerk = enrolled
    codes = [reception.receive(desk, khai_sinh(desk), clerk).code for _ in range(3)]
    engine.sync(desk)
    copy = backups.backup_now(desk.store, accounts.get_user(desk.store, "toan"), tmp_path / "copy.sqlite3")
    processing.transition(desk, codes[0], Status.PROCESSING, clerk)
    processing.transition(desk, codes[1], Status.PROCESSING, clerk)
    engine.sync(desk)
    desk.store.close()
    shutil.copy(copy, desk.store.path)  # copied back by hand, bypassing `counter-app restore`
    for leftover in ("-wal", "-shm"):
        desk.store.path.with_name(desk.store.path.name + leftover).unlink(missing_ok=True)
    from counter_app.store import open_store
    from counter_app.store.desk import Desk

    desk = Desk(open_store(desk.store.path.parent), desk.clock)
    processing.transition(desk, codes[2], Status.PROCESSING, clerk)  # takes number 4, which the server already holds
    report = engine.sync(desk)  # the server holds more than this desk: it re-bases first, then pushes
    assert report.rebased == 2 and report.outcomes == {"applied": 1}
    assert held_once(province, 6)
    assert server_store.statuses(province.db, province.unit_code) == {c: Status.PROCESSING for c in codes}
    assert journal.outbox_counts(desk.store).get("pending", 0) == 0
    desk.store.close()


def test_restore_refuses_a_file_that_is_not_a_sound_desk_backup(desk, admin, tmp_path):
    bad = tmp_path / "not-a-backup.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    from counter_core.foundation.errors import InvalidInput

    with pytest.raises(InvalidInput):
        backups.restore(desk.store, bad, admin)
    assert desk.store.integrity_check() == "ok"
