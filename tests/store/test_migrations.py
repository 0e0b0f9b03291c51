"""Schema upgrades: from every earlier schema version, and from saved databases of released versions."""

import shutil
from pathlib import Path

import pytest
import sqlite_utils

from counter_app.store import open_store, schema
from tests.helpers.search_words import kept_and_indexed
from tests.helpers.tally import kept_and_recounted

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _schema(db: sqlite_utils.Database) -> list[tuple]:
    return sorted(
        db.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name != '_sqlite_migrations'"
        ).fetchall()
    )


@pytest.mark.parametrize("stop_before", [None, *schema.version_names()])
def test_every_prefix_of_the_migrations_upgrades_to_the_current_schema(tmp_path, stop_before):
    fresh = sqlite_utils.Database(tmp_path / "fresh.db")
    schema.migrate(fresh)
    old = sqlite_utils.Database(tmp_path / "old.db")
    if stop_before:
        schema.migrations.apply(old, stop_before=stop_before)
    schema.migrate(old)
    assert _schema(old) == _schema(fresh)


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema_v*.sqlite3")), ids=lambda p: p.name)
def test_a_saved_database_of_each_released_version_opens_with_its_data(tmp_path, fixture):
    (tmp_path / "desk").mkdir()
    shutil.copy(fixture, tmp_path / "desk" / "counter.sqlite3")
    store = open_store(tmp_path / "desk")
    try:
        assert store.integrity_check() == "ok"
        dossiers = store.one("SELECT count(*) AS n FROM dossier")["n"]
        assert dossiers > 0
        assert [m.name for m in schema.migrations.pending(store.db)] == []
        kept, recounted = kept_and_recounted(store)
        assert kept == recounted and sum(row[-1] for row in kept) > 0  # the reports' groups, counted on the way
        words, indexed = kept_and_indexed(store)
        assert words == indexed and words  # the search index's words, kept on the way
    finally:
        store.close()


def test_the_store_uses_wal_full_sync_and_foreign_keys(store):
    assert store.one("PRAGMA journal_mode")[0] == "wal"
    assert store.one("PRAGMA synchronous")[0] == 2
    assert store.one("PRAGMA foreign_keys")[0] == 1
