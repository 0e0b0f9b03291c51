"""A pulled page is applied with its cursor in transactions of a few changes (engine.APPLY_SLICE): a failure in the
middle of a slice leaves none of it and the cursor at the end of the slice before; applying a page a second time
changes nothing (invariant I6)."""

import uuid

import pytest

from counter_app.services import lookup, processing, reception
from counter_app.sync import engine, replay
from counter_core.domain.status import Status
from provincial_server.store import admin as server_store
from tests.store.test_receive import khai_sinh


def event_count(desk) -> int:
    return desk.store.one("SELECT count(*) AS n FROM dossier_event")["n"]


def test_a_failure_in_the_middle_of_a_page_leaves_none_of_it(enrolled, province, monkeypatch):
    desk, clerk = enrolled
    codes = [reception.receive(desk, khai_sinh(desk), clerk).code for _ in range(3)]
    engine.sync(desk)
    for code in codes:
        server_store.decide(province.db, code, Status.PROCESSING, "Phòng Tư pháp", "", str(uuid.uuid4()))
    cursor, events = engine.status(desk)["cursor"], event_count(desk)
    real = replay.add_event
    calls = []

    def power_cut_on_the_second(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise OSError("the power went off")
        return real(*args, **kwargs)

    monkeypatch.setattr(replay, "add_event", power_cut_on_the_second)
    with pytest.raises(OSError):
        engine.sync(desk)
    assert engine.status(desk)["cursor"] == cursor and event_count(desk) == events
    assert [lookup.show(desk, c).status for c in codes] == [Status.RECEIVED] * 3  # not the first decision alone
    monkeypatch.setattr(replay, "add_event", real)
    assert engine.sync(desk).received == 3
    assert [lookup.show(desk, c).status for c in codes] == [Status.PROCESSING] * 3


def test_a_big_page_is_applied_in_slices_each_with_its_cursor(enrolled, province, monkeypatch):
    desk, clerk = enrolled
    codes = [reception.receive(desk, khai_sinh(desk), clerk).code for _ in range(engine.APPLY_SLICE + 5)]
    engine.sync(desk)
    for code in codes:
        server_store.decide(province.db, code, Status.PROCESSING, "Phòng Tư pháp", "", str(uuid.uuid4()))
    cursor = engine.status(desk)["cursor"]
    real = replay.add_event
    calls = []

    def power_cut_in_the_second_slice(*args, **kwargs):
        calls.append(1)
        if len(calls) == engine.APPLY_SLICE + 2:
            raise OSError("the power went off")
        return real(*args, **kwargs)

    monkeypatch.setattr(replay, "add_event", power_cut_in_the_second_slice)
    with pytest.raises(OSError):
        engine.sync(desk)
    statuses = [lookup.show(desk, c).status for c in codes]
    assert statuses == [Status.PROCESSING] * engine.APPLY_SLICE + [Status.RECEIVED] * 5  # the first slice is kept
    assert engine.status(desk)["cursor"] > cursor
    monkeypatch.setattr(replay, "add_event", real)
    assert engine.sync(desk).received == 5
    assert [lookup.show(desk, c).status for c in codes] == [Status.PROCESSING] * len(codes)


def test_applying_a_page_twice_changes_nothing(enrolled_desk, province):
    first, lan = enrolled_desk(1)
    second, _ = enrolled_desk(2)
    code = reception.receive(first, khai_sinh(first), lan).code
    processing.transition(first, code, Status.PROCESSING, lan)
    engine.sync(first)
    server_store.decide(province.db, code, Status.RESULT_READY, "Phòng Tư pháp", "", str(uuid.uuid4()))
    page = engine.connect(second).changes(engine.status(second)["cursor"])
    with second.store.write():
        assert replay.apply_page(second, page, f"{province.unit_code}-02").received >= 3
    before = (
        event_count(second),
        lookup.show(second, code).status,
        second.store.one("SELECT count(*) AS n FROM audit")["n"],
    )
    with second.store.write():
        assert replay.apply_page(second, page, f"{province.unit_code}-02").received == 0
    after = (
        event_count(second),
        lookup.show(second, code).status,
        second.store.one("SELECT count(*) AS n FROM audit")["n"],
    )
    assert after == before == (before[0], Status.RESULT_READY, before[2])


def test_an_action_made_while_a_sync_runs_is_not_walked_back_by_the_pull(enrolled, province, monkeypatch):
    desk, clerk = enrolled
    code = reception.receive(desk, khai_sinh(desk), clerk).code
    engine.sync(desk)
    server_store.decide(province.db, code, Status.STOPPED, "Phòng Tư pháp", "Dừng xử lý", str(uuid.uuid4()))
    real_pull = engine.pull

    def clerk_acts_between_push_and_pull(*args):
        processing.transition(desk, code, Status.PROCESSING, clerk)  # the window is free while the sync runs
        real_pull(*args)

    monkeypatch.setattr(engine, "pull", clerk_acts_between_push_and_pull)
    engine.sync(desk)
    assert lookup.show(desk, code).status == Status.PROCESSING  # the clerk's action stands until it is sent
    monkeypatch.setattr(engine, "pull", real_pull)
    assert engine.sync(desk).outcomes == {"rejected": 1}  # the province had stopped it: refused…
    assert lookup.show(desk, code).status == Status.STOPPED  # …and the desk goes back to the province's state
    assert [p["kind"] for p in engine.problems(desk)] == ["realigned", "set_aside"]
    state = engine.status(desk)  # what the status bar counts
    assert (state["backlog"], state["set_aside"], state["conflicts"]) == (0, 1, 0)
