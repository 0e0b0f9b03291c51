"""The word a clerk is still typing finds what FTS5's own prefix finds, keystroke by keystroke, from the whole words
the store keeps for it (``search_word``); the store keeps every word of its index that begins with a letter."""

import dataclasses
from datetime import datetime

import pytest

from counter_app.services import reception
from counter_app.services.demo import fill_demo
from counter_app.store import dossiers, open_store
from counter_core.foundation.clock import VN_TZ
from counter_core.foundation.text import words
from tests.helpers.search_words import kept_and_indexed
from tests.store.test_receive import OWNER, khai_sinh

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=VN_TZ)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    store = open_store(tmp_path_factory.mktemp("words") / "desk")
    fill_demo(store, 300, days=90, now=NOW)
    yield store
    store.close()


def by_prefix(store, text: str) -> list[str]:
    """The codes of the dossiers FTS5's own prefix query finds for ``text``, newest first."""
    terms = words(text)
    query = " ".join([*(f'"{t}"' for t in terms[:-1]), f'"{terms[-1]}"*'])
    rows = store.all(
        "SELECT code FROM dossier WHERE id IN (SELECT rowid FROM dossier_search WHERE dossier_search MATCH ?) "
        "ORDER BY id DESC",
        (query,),
    )
    return [r["code"] for r in rows]


def typed(text: str) -> list[str]:
    """What the search box holds at each keystroke of ``text``."""
    return [text[:n] for n in range(1, len(text) + 1) if not text[n - 1].isspace()]


def test_the_store_keeps_every_word_of_its_index_that_begins_with_a_letter(demo):
    kept, indexed = kept_and_indexed(demo)
    assert kept == indexed and len(kept) > 100
    assert {"nguyen", "thi", "chung", "thuc"} <= set(kept) and not any(w[0].isdigit() for w in kept)


def test_each_keystroke_finds_what_the_prefix_finds(demo):
    rows = demo.all("SELECT id, code, owner_name, owner_id, phone FROM dossier ORDER BY id DESC LIMIT 12")
    texts = [r["owner_name"] for r in rows] + [r["code"] for r in rows[:3]] + [r["owner_id"][:6] for r in rows[:3]]
    texts += ["Chứng thực bản sao", "khai sinh cho", "đăng ký kết h", "x", "zz"]
    asked = [t for text in texts for t in typed(text)]
    assert len(asked) > 200
    for text in asked:
        found = [s.code for s in dossiers.search(demo, text, limit=10_000)]
        assert found == by_prefix(demo, text), text
    assert any(len(by_prefix(demo, text)) > 50 for text in asked)  # the OR of many words was tried


def test_a_dossier_received_adds_its_new_words_and_is_found_by_them_at_once(desk, clerk):
    owner = dataclasses.replace(OWNER, full_name="H'Xuyên Niê")
    code = reception.receive(desk, khai_sinh(desk, owner=owner), clerk).code
    kept, indexed = kept_and_indexed(desk.store)
    assert kept == indexed and {"xuyen", "nie", "h"} <= set(kept)
    for text in typed("h xuyên niê"):
        assert [s.code for s in dossiers.search(desk.store, text)] == [code], text
