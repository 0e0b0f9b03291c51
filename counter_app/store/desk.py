"""An opened, configured desk: its store, its clock in Vietnam time, its settings and its working calendar.

Every service, the sync engine and the reports work on one; it holds no rule of its own. In the window, only the
desk's database thread uses its store (counter_app/ui/tasks.py).
"""

from __future__ import annotations

from counter_app.store import dossiers
from counter_app.store.catalog import work_calendar
from counter_app.store.db import Store
from counter_app.store.settings import desk_config
from counter_core.foundation.clock import Clock, vn_now


class Desk:
    """The configured desk over ``store``; ``clock`` gives Vietnam time (a test moves it by hand)."""

    def __init__(self, store: Store, clock: Clock = vn_now) -> None:
        self.store = store
        self.clock = clock
        self.reload()

    def reload(self) -> None:
        """Read the desk's settings and calendar again (after the province sent new ones)."""
        self.config = desk_config(self.store)
        self.calendar = work_calendar(self.store, self.config)

    def units(self) -> list[tuple[str, str]]:
        """The province's units (code, name) this desk knows, its own first."""
        known = [(r["code"], r["name"]) for r in dossiers.units(self.store) if r["code"] != self.config.unit_code]
        return [(self.config.unit_code, self.config.unit_name), *known]
