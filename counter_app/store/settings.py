"""Desk settings kept in the database (unit, desk number, office hours, code block size…) and the typed
configuration read from them."""

from __future__ import annotations

from dataclasses import dataclass, field

from counter_app.store.db import Store
from counter_core.domain.calendar import OfficeHours
from counter_core.domain.letterhead import Letterhead, PaperSettings
from counter_core.domain.tracking import NATIONAL_PORTAL_URL
from counter_core.foundation.errors import NotConfigured
from counter_core.foundation.jsontypes import JsonObject
from counter_core.foundation.messages import Setup

DEMO = "demo"  # "yes" on a desk filled with demo data
REBASE_REQUIRED = "sync.rebase_required"  # set on a restored or reinstalled desk until the server re-bases it

# Where the QR code on a receipt leads until the province says (counter_core.domain.tracking): the national portal.
DEFAULT_TRACKING_URL = NATIONAL_PORTAL_URL
DEFAULT_IDLE_MINUTES = 10  # the screen locks after this long without a key or a click
DEFAULT_LOCK_AFTER = 5  # wrong passwords in a row that lock an account on this desk…
DEFAULT_LOCK_MINUTES = 15  # …for this long


@dataclass(frozen=True)
class DeskConfig:
    unit_code: str
    unit_name: str
    desk: int
    code_block: int
    office_hours: OfficeHours
    tracking_url: str = DEFAULT_TRACKING_URL
    print_directly: bool = False
    idle_minutes: int = DEFAULT_IDLE_MINUTES
    lock_after: int = DEFAULT_LOCK_AFTER
    lock_minutes: int = DEFAULT_LOCK_MINUTES
    papers: PaperSettings = field(default_factory=PaperSettings)  # how the unit's papers present it
    demo: bool = False  # filled with demo data (services/demo.py; its own setting, DEMO): marked on windows and slips

    @property
    def letterhead(self) -> Letterhead:
        return Letterhead(self.unit_name, self.papers, self.demo)

    def to_json(self) -> JsonObject:
        return {
            "unit_code": self.unit_code,
            "unit_name": self.unit_name,
            "desk": self.desk,
            "code_block": self.code_block,
            "office_hours": self.office_hours.format(),
            "same_day_cutoff": f"{self.office_hours.same_day_cutoff:%H:%M}",
            "tracking_url": self.tracking_url,
            "print_directly": "yes" if self.print_directly else "no",
            "idle_minutes": self.idle_minutes,
            "lock_after": self.lock_after,
            "lock_minutes": self.lock_minutes,
            **self.papers.to_json(),
        }


def lockout_rules(store: Store) -> tuple[int, int]:
    """How many wrong passwords in a row lock an account on this desk, and for how many minutes (the defaults on
    a desk not configured yet)."""
    values = get_all(store)
    return int(values.get("lock_after", DEFAULT_LOCK_AFTER)), int(values.get("lock_minutes", DEFAULT_LOCK_MINUTES))


def desk_config(store: Store) -> DeskConfig:
    values = get_all(store)
    if "unit_code" not in values:
        raise NotConfigured(Setup.NOT_CONFIGURED)
    return DeskConfig(
        unit_code=values["unit_code"],
        unit_name=values["unit_name"],
        desk=int(values["desk"]),
        code_block=int(values["code_block"]),
        office_hours=OfficeHours.parse(values["office_hours"], values["same_day_cutoff"]),
        tracking_url=values.get("tracking_url", DEFAULT_TRACKING_URL),
        print_directly=values.get("print_directly") == "yes",
        idle_minutes=int(values.get("idle_minutes", DEFAULT_IDLE_MINUTES)),
        lock_after=int(values.get("lock_after", DEFAULT_LOCK_AFTER)),
        lock_minutes=int(values.get("lock_minutes", DEFAULT_LOCK_MINUTES)),
        papers=PaperSettings.from_json(values),
        demo=values.get(DEMO) == "yes",
    )


def get_all(store: Store) -> dict[str, str]:
    return {row["key"]: row["value"] for row in store.all("SELECT key, value FROM setting")}


def put(store: Store, values: dict[str, str]) -> None:
    store.conn.executemany(
        "INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        list(values.items()),
    )


def delete(store: Store, key: str) -> None:
    store.run("DELETE FROM setting WHERE key = ?", (key,))
