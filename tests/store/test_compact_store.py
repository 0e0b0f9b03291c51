"""The compact store (issue 18): the search index without columns (m011: FTS5 detail=none) — a desk saved before it
migrates without losing a dossier, every search finds exactly what the index by columns found, a search of digits
still finds only codes, ID numbers and phones — and the index of appointments over the open dossiers only (m012),
which the day's queue and the dashboard still read instead of the whole table."""

import shutil
import sqlite3
from pathlib import Path

from counter_app.services import lookup, reception
from counter_app.store import dashboard, dossiers, open_store
from counter_core.domain.intake import Person
from counter_core.foundation.text import words
from tests.store.test_receive import khai_sinh

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema_v11.sqlite3"


def _by_columns(text: str) -> str:
    """The query as the index by columns took it: digits only in the code, ID number and phone columns."""
    quoted = [f'"{t}"' for t in words(text)]
    quoted[-1] += "*"
    query = " ".join(quoted)
    return f"{{code id_number phone}} : ({query})" if all(t.isdigit() for t in words(text)) else query


def _asked(rows: list[sqlite3.Row]) -> list[str]:
    """What a clerk types: each dossier's code, a part of it, its owner's name and a fragment, ID number and phone
    prefixes, and words of procedures."""
    texts = ["khai sinh", "dang ky", "00", "09", "1", "nguyen", "thi"]
    for r in rows:
        name = words(r["owner_name"])
        texts += [
            r["code"],
            r["code"][-11:],
            r["owner_name"],
            " ".join(name[-2:])[:-1],
            r["owner_id"][:6],
            r["phone"][:5],
        ]
    return [t for t in texts if words(t)]


def test_an_old_desk_keeps_every_dossier_and_finds_the_same_ones(tmp_path):
    (tmp_path / "desk").mkdir()
    shutil.copy(FIXTURE, tmp_path / "desk" / "counter.sqlite3")
    old = sqlite3.connect(tmp_path / "desk" / "counter.sqlite3")
    old.row_factory = sqlite3.Row
    rows = old.execute("SELECT id, code, owner_name, owner_id, phone FROM dossier ORDER BY id").fetchall()
    asked = _asked(rows)
    found_before = {
        text: [
            r[0]
            for r in old.execute(
                "SELECT rowid FROM dossier_search WHERE dossier_search MATCH ? ORDER BY rowid DESC",
                (_by_columns(text),),
            )
        ]
        for text in asked
    }
    old.close()
    store = open_store(tmp_path / "desk")
    try:
        assert store.integrity_check() == "ok"
        assert "detail = none" in store.first("SELECT sql FROM sqlite_master WHERE name = 'dossier_search'")["sql"]
        assert dossiers.count(store) == len(rows) > 30
        for text in asked:
            query = dossiers.fts_query(store, text)
            found = [
                r["rowid"]
                for r in store.all(
                    "SELECT rowid FROM dossier_search WHERE dossier_search MATCH ? ORDER BY rowid DESC", (query,)
                )
            ]
            assert found == found_before[text], text
        for r in rows:  # each dossier by its code, through the search the window uses
            assert [d.code for d in dossiers.search(store, r["code"])] == [r["code"]]
    finally:
        store.close()


def test_digits_find_codes_id_numbers_and_phones_not_numbers_in_names(desk, clerk):
    odd = Person("Nguyễn Văn 2024", "001090123456", phone="0987654321")
    code = reception.receive(desk, khai_sinh(desk, owner=odd), clerk).code
    assert lookup.search(desk, "2024") == []  # the number in the name is no ID number, phone or code
    assert [d.code for d in lookup.search(desk, "0010901")] == [code]
    assert [d.code for d in lookup.search(desk, "0987")] == [code]
    assert [d.code for d in lookup.search(desk, code[-4:])] == [code]
    assert [d.code for d in lookup.search(desk, "nguyen van")] == [code]


def test_the_queue_and_the_dashboard_read_the_open_dossiers_index(store):
    ran: list[str] = []
    store.conn.set_trace_callback(ran.append)  # each statement with its values
    dossiers.open_due_before(store, "2026-11-24T00:00:00+07:00")
    dashboard.day_rows(store, "2026-11-23T00:00:00+07:00", "2026-11-24T00:00:00+07:00", "2026-11-24T00:00:00+07:00")
    store.conn.set_trace_callback(None)
    plans = [" ".join(r["detail"] for r in store.all(f"EXPLAIN QUERY PLAN {sql}")) for sql in ran]
    assert len(plans) == 2 and all("INDEX dossier_timed_due (status=? AND due_at<?)" in plan for plan in plans), plans
