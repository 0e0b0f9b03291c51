"""The read-only connection a backup copies through: it sees what is saved and can change nothing."""

import sqlite3

import pytest

from counter_app.services import reception
from counter_app.store import dossiers
from tests.store.test_receive import khai_sinh


def test_a_reader_sees_saved_dossiers_and_cannot_write(desk, clerk):
    code = reception.receive(desk, khai_sinh(desk), clerk).code
    reader = desk.store.reader()
    try:
        assert reader.one("SELECT code FROM dossier")["code"] == code
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            reader.run("DELETE FROM dossier")
    finally:
        reader.close()
    assert dossiers.count(desk.store) == 1
