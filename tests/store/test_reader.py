"""The worker threads' own read-only connection: it sees what is saved and can change nothing."""

import sqlite3
import threading

import pytest

from counter_app.services import lookup, reception
from counter_app.store import dossiers
from tests.store.test_receive import khai_sinh


def test_a_reader_sees_saved_dossiers_and_cannot_write(desk, clerk):
    code = reception.receive(desk, khai_sinh(desk), clerk).code
    with desk.reading() as reader:
        assert [d.code for d in lookup.find(reader, "ngoc anh")] == [code]
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            reader.store.run("DELETE FROM dossier")
    assert dossiers.count(desk.store) == 1


def test_a_slow_search_on_a_worker_does_not_hold_up_a_save(desk, clerk):
    reception.receive(desk, khai_sinh(desk), clerk)
    searching, saved = threading.Event(), threading.Event()
    saved_during_search = []

    def slow_search():
        with desk.reading() as reader, reader.store.read():
            lookup.find(reader, "ngoc anh")
            searching.set()
            saved_during_search.append(saved.wait(5))  # still inside its read snapshot

    worker = threading.Thread(target=slow_search)
    worker.start()
    searching.wait(5)
    reception.receive(desk, khai_sinh(desk), clerk)  # would wait on the worker if both shared one connection
    saved.set()
    worker.join()
    assert saved_during_search == [True] and dossiers.count(desk.store) == 2
