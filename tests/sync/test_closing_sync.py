"""Closing the window makes one last sync, bounded in time: what waits in the outbox is sent when the province
answers; when it cannot be reached the desk closes within the limit and says how many actions stay for the next
start, and they do stay."""

import socket
import time

from counter_app.services import reception
from counter_app.store import settings
from counter_app.sync import engine
from counter_app.ui.closing_sync import last_sync
from provincial_server.store import admin as server_store
from tests.store.test_receive import khai_sinh
from tests.sync.test_window_sync import point_at_a_closed_port


def test_a_queued_action_is_sent_as_the_window_closes(tasks_for, enrolled, province):
    desk, clerk = enrolled
    code = reception.receive(desk, khai_sinh(desk), clerk).code
    assert engine.status(desk)["backlog"] == 1
    said = last_sync(tasks_for(desk), notice_ms=0)
    assert said == ""
    assert engine.status(desk)["backlog"] == 0
    assert server_store.dossier_snapshot(province.db, code) is not None


def test_the_province_unreachable_the_desk_closes_at_once_and_says_what_stays(tasks_for, enrolled, vietnamese):
    desk, clerk = enrolled
    for _ in range(3):
        reception.receive(desk, khai_sinh(desk), clerk)
    point_at_a_closed_port(desk)
    started = time.monotonic()
    said = last_sync(tasks_for(desk), notice_ms=0)
    assert time.monotonic() - started < engine.DEFAULT_CLOSING_SECONDS
    assert said == "Còn 3 thao tác chưa gửi; sẽ gửi lần mở sau."
    assert engine.status(desk)["backlog"] == 3  # kept in the outbox for the next start


def test_a_province_that_never_answers_is_given_up_at_the_limit(tasks_for, enrolled, vietnamese):
    desk, clerk = enrolled
    reception.receive(desk, khai_sinh(desk), clerk)
    with socket.socket() as silent:  # takes the connection, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        with desk.store.write():
            settings.put(
                desk.store,
                {"sync.server_url": f"http://127.0.0.1:{silent.getsockname()[1]}", engine.CLOSING_SECONDS: "1.5"},
            )
        started = time.monotonic()
        said = last_sync(tasks_for(desk), notice_ms=0)
        took = time.monotonic() - started
    assert 1.4 < took < 1.5 + 1.5  # the limit, and the backlog read after it
    assert said == "Còn 1 thao tác chưa gửi; sẽ gửi lần mở sau."
    assert engine.status(desk)["backlog"] == 1


def test_a_desk_not_registered_closes_without_a_word(tasks_for, make_desk):
    desk, clerk = make_desk()
    reception.receive(desk, khai_sinh(desk), clerk)
    started = time.monotonic()
    assert last_sync(tasks_for(desk), notice_ms=0) == ""
    assert time.monotonic() - started < 1
