"""Whether the desk must be set up before anyone signs in: asked at every start, so light (none of the sync's
modules, which the first-run window loads when it is needed)."""

from __future__ import annotations

from counter_app.store import Store, settings
from counter_app.store.settings import desk_config
from counter_core.foundation.errors import NotConfigured

# Enrolled and configured from the province, its first sync (catalog, fee tables, accounts…) not yet done: until it
# is, the desk starts with the first-run window again, and connecting again only syncs (the code is spent).
FIRST_SYNC_PENDING = "first_run.sync_pending"


def needed(store: Store) -> bool:
    """Whether the desk must be set up before anyone signs in: not configured, or its first sync not yet done."""
    try:
        desk_config(store)
    except NotConfigured:
        return True
    return sync_pending(store)


def sync_pending(store: Store) -> bool:
    """Whether the desk is enrolled and configured from the province, its first sync not yet done."""
    return FIRST_SYNC_PENDING in settings.get_all(store)
