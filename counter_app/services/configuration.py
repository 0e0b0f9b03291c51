"""Setting a desk up: its unit and number, office hours, the procedure catalog and the holiday notices."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from counter_app.store import Store, catalog, journal, settings
from counter_app.store.catalog import store_catalog, work_calendar
from counter_app.store.settings import (
    DEFAULT_IDLE_MINUTES,
    DEFAULT_LOCK_AFTER,
    DEFAULT_LOCK_MINUTES,
    DEFAULT_TRACKING_URL,
    DeskConfig,
    desk_config,
)
from counter_core.domain.calendar import CalendarNotice, OfficeHours
from counter_core.domain.codes import DEFAULT_BLOCK, check_desk
from counter_core.domain.procedure import SEED_CATALOG, Catalog, Procedure
from counter_core.foundation.clock import iso, vn_now
from counter_core.foundation.errors import InvalidInput
from counter_core.foundation.messages import Setup
from counter_core.foundation.text import nfc


def init_desk(
    store: Store,
    unit_code: str,
    unit_name: str,
    desk: int,
    code_block: int = DEFAULT_BLOCK,
    office_hours: str | None = None,
    cutoff: str = "15:00",
    tracking_url: str = DEFAULT_TRACKING_URL,
    print_directly: bool = False,
    idle_minutes: int = DEFAULT_IDLE_MINUTES,
    lock_after: int = DEFAULT_LOCK_AFTER,
    lock_minutes: int = DEFAULT_LOCK_MINUTES,
) -> DeskConfig:
    """Configure the desk (idempotent) and load the seed catalog if the desk has none."""
    unit_code, unit_name = unit_code.strip(), nfc(unit_name)
    if not unit_code or any(c.isspace() for c in unit_code):
        raise InvalidInput("unit_code", Setup.UNIT_CODE_INVALID)
    if not unit_name:
        raise InvalidInput("unit_name", Setup.UNIT_NAME_MISSING)
    check_desk(desk, code_block)
    hours = OfficeHours.parse(office_hours, cutoff) if office_hours else OfficeHours()
    if "{code}" not in tracking_url:
        raise InvalidInput("tracking_url", Setup.TRACKING_URL_NO_CODE)
    if not 1 <= idle_minutes <= 240:
        raise InvalidInput("idle_minutes", Setup.IDLE_MINUTES_RANGE)
    if not 1 <= lock_after <= 100:
        raise InvalidInput("lock_after", Setup.LOCK_AFTER_RANGE)
    if not 1 <= lock_minutes <= 1440:
        raise InvalidInput("lock_minutes", Setup.LOCK_MINUTES_RANGE)
    config = DeskConfig(
        unit_code,
        unit_name,
        desk,
        code_block,
        hours,
        tracking_url,
        print_directly,
        idle_minutes,
        lock_after,
        lock_minutes,
    )
    values = {k: str(v) for k, v in config.to_json().items()}
    with store.write():
        before = settings.get_all(store) or None
        settings.put(store, values)
        journal.append_audit(store, iso(vn_now()), None, "desk.init", "desk", before, values)
        if not catalog.versions(store):
            store_catalog(store, Catalog.load(SEED_CATALOG))
    return config


def import_catalog(store: Store, path: Path) -> dict:
    """Load a published catalog file as a new version; the same file twice is one version."""
    cat = Catalog.load(path)
    with store.write():
        known = catalog.find_version(store, cat.digest())
        catalog_id = store_catalog(store, cat)
        if known is None:
            journal.append_audit(
                store,
                iso(vn_now()),
                None,
                "catalog.import",
                cat.version,
                None,
                {"effective_from": cat.effective_from.isoformat(), "procedures": len(cat.procedures)},
            )
    return {
        "id": catalog_id,
        "version": cat.version,
        "effective_from": cat.effective_from.isoformat(),
        "procedures": len(cat.procedures),
        "new": known is None,
    }


def list_catalogs(store: Store) -> list[dict]:
    return [dict(row) for row in catalog.versions(store)]


def import_calendar(store: Store, path: Path) -> dict:
    notice = CalendarNotice.load(path)
    with store.write():
        catalog.save_notice(store, notice.year, notice.title, notice.to_json(), iso(vn_now()))
        journal.append_audit(
            store,
            iso(vn_now()),
            None,
            "calendar.import",
            str(notice.year),
            None,
            {"days_off": len(notice.days_off), "working_days": len(notice.working_days)},
        )
    return {
        "year": notice.year,
        "title": notice.title,
        "days_off": len(notice.days_off),
        "working_days": len(notice.working_days),
    }


def exceptional_days(store: Store, year: int) -> list[dict]:
    """The weekdays off (holidays, notice days) and the weekend days worked of ``year``, in order."""
    cal = work_calendar(store, desk_config(store))
    out = []
    d = date(year, 1, 1)
    while d.year == year:
        weekend = d.weekday() in cal.weekend
        if not weekend and not cal.is_working_day(d):
            out.append({"date": d.isoformat(), "name": cal.holiday_name(d)})
        elif weekend and cal.is_working_day(d):
            out.append({"date": d.isoformat(), "name": "Làm việc (làm bù)"})
        d += timedelta(days=1)
    return out


def procedures(store: Store, on_day: date, text: str = "") -> list[Procedure]:
    """The procedures in force on ``on_day`` whose code, name or field hold ``text`` (diacritics ignored)."""
    return catalog.in_force(store, on_day, text)


def procedure(store: Store, on_day: date, code: str) -> Procedure:
    """The procedure ``code`` as the catalog in force on ``on_day`` has it, or NotFound."""
    return catalog.procedure_in_force(store, on_day, code)[1]
