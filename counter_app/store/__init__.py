"""The local SQLite store: the only place in the desk application that holds SQL."""

from counter_app.store.db import Store, open_store

__all__ = ["Store", "open_store"]
