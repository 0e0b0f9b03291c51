"""The words a store keeps for typed beginnings (``search_word``, migration m015) against its search index's own."""

from counter_app.store.db import Store


def kept_and_indexed(store: Store) -> tuple[list[str], list[str]]:
    """The words kept, and the words of the full-text index that begin with a letter, both sorted."""
    kept = [r["word"] for r in store.all("SELECT word FROM search_word ORDER BY word")]
    store.run("CREATE VIRTUAL TABLE IF NOT EXISTS temp.index_terms USING fts5vocab(main, dossier_search, 'row')")
    try:
        indexed = [
            r["term"]
            for r in store.all("SELECT term FROM temp.index_terms WHERE NOT substr(term, 1, 1) GLOB '[0-9]' ORDER BY 1")
        ]
    finally:
        store.run("DROP TABLE temp.index_terms")
    return kept, indexed
