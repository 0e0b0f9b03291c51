"""Setting a desk up: its unit and number, office hours, the procedure catalog, the province's fee tables and the
holiday notices."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from counter_app.store import Store, catalog, fee_tables, journal, settings
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
from counter_core.domain.fee_table import FeeTable
from counter_core.domain.intake import parse_day
from counter_core.domain.letterhead import FORMS_2025_FROM, PaperSettings
from counter_core.domain.procedure import SEED_CATALOG, Catalog, Procedure
from counter_core.domain.tracking import check_template
from counter_core.foundation.clock import iso, vn_now
from counter_core.foundation.errors import InvalidInput
from counter_core.foundation.jsontypes import JsonObject
from counter_core.foundation.messages import FeeTables, Setup
from counter_core.foundation.text import nfc
from counter_core.foundation.texts import Text


def init_desk(
    store: Store,
    unit_code: str,
    unit_name: str,
    desk: int,
    code_block: int = DEFAULT_BLOCK,
    office_hours: str | None = None,
    cutoff: str | None = None,
    tracking_url: str = DEFAULT_TRACKING_URL,
    print_directly: bool = False,
    idle_minutes: int = DEFAULT_IDLE_MINUTES,
    lock_after: int = DEFAULT_LOCK_AFTER,
    lock_minutes: int = DEFAULT_LOCK_MINUTES,
    papers: JsonObject | None = None,
) -> DeskConfig:
    """Configure the desk (idempotent) and load the seed catalog if the desk has none.

    The same-day cut-off applies with or without office hours (the default sessions then). ``papers`` sets the
    letterhead (``header_line1``, ``header_line2``, ``header_line2_names_commune``, ``centre_name``,
    ``forms_2025_from``, ``letter_symbol``, ``signer_title``); a setting not given keeps its stored value.
    """
    unit_code, unit_name = unit_code.strip(), nfc(unit_name)
    if not unit_code or any(c.isspace() for c in unit_code):
        raise InvalidInput("unit_code", Setup.UNIT_CODE_INVALID)
    if not unit_name:
        raise InvalidInput("unit_name", Setup.UNIT_NAME_MISSING)
    check_desk(desk, code_block)
    hours = OfficeHours.parse(office_hours or OfficeHours().format(), cutoff or "15:00")
    tracking_url = check_template(tracking_url)
    if not 1 <= idle_minutes <= 240:
        raise InvalidInput("idle_minutes", Setup.IDLE_MINUTES_RANGE)
    if not 1 <= lock_after <= 100:
        raise InvalidInput("lock_after", Setup.LOCK_AFTER_RANGE)
    if not 1 <= lock_minutes <= 1440:
        raise InvalidInput("lock_minutes", Setup.LOCK_MINUTES_RANGE)
    with store.write():
        before = settings.get_all(store) or None
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
            _papers(before or {}, papers or {}),
        )
        values = {k: str(v) for k, v in config.to_json().items()}
        settings.put(store, values)
        journal.append_audit(store, iso(vn_now()), None, "desk.init", "desk", before, values)
        if not catalog.versions(store):
            store_catalog(store, Catalog.load(SEED_CATALOG))
    return config


def _papers(stored: dict[str, str], given: JsonObject) -> PaperSettings:
    """The papers' settings: those given, checked, over those stored (or the defaults)."""
    out = PaperSettings.from_json(stored)
    changes = {}
    for key, value in given.items():
        if value is None:
            continue
        if key not in out.to_json():
            raise InvalidInput(key, Setup.NO_SUCH_PAPER_SETTING, key=repr(key))
        if key == "forms_2025_from":
            value = (parse_day(value, key) if isinstance(value, str) else value) or FORMS_2025_FROM
        elif isinstance(value, str):
            value = nfc(value)
            if len(value) > 200:
                raise InvalidInput(key, Setup.PAPER_SETTING_TOO_LONG)
        changes[key] = value
    return replace(out, **changes)


def import_catalog(store: Store, path: Path) -> JsonObject:
    """Load a published catalog file as a new version; the same file twice is one version."""
    return add_catalog(store, Catalog.load(path), "catalog.import")


def add_catalog(store: Store, cat: Catalog, action: str) -> JsonObject:
    """Store ``cat`` as a new version (earlier versions stay: dossiers keep the one they were received under)."""
    with store.write():
        known = catalog.find_version(store, cat.digest())
        catalog_id = store_catalog(store, cat)
        if known is None:
            journal.append_audit(
                store,
                iso(vn_now()),
                None,
                action,
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


def list_catalogs(store: Store) -> list[JsonObject]:
    return [dict(row) for row in catalog.versions(store)]


def import_fee_table(store: Store, path: Path) -> JsonObject:
    """Load the province's fee table from a file (a desk without a network); every version is kept, the one in
    force on a day prices that day's dossiers. Warns of lines the catalog in force does not leave to the province."""
    table = FeeTable.load(path)
    table.check_real()
    with store.write():
        known = fee_tables.find(store, table.digest())
        table_id = fee_tables.add(store, table, "import", iso(vn_now()))
        if known is None:
            journal.append_audit(
                store,
                iso(vn_now()),
                None,
                "fees.import",
                table.resolution,
                None,
                {"effective_from": table.effective_from.isoformat(), "lines": len(table.lines)},
            )
    return {
        "id": table_id,
        "resolution": table.resolution,
        "effective_from": table.effective_from.isoformat(),
        "lines": len(table.lines),
        "exemptions": len(table.exemptions),
        "new": known is None,
        "warnings": fee_table_warnings(store, table),
    }


def fee_table_warnings(store: Store, table: FeeTable) -> list[Text]:
    """Lines of ``table`` the catalog in force on its effective date does not use: an unknown procedure or case,
    or a fee the catalog does not leave to the province (set by law or by a ministry's circular)."""
    on_day = table.effective_from
    known = {p.code: p for p in catalog.in_force(store, on_day)} if catalog.version_in_force(store, str(on_day)) else {}
    out = []
    for line in table.lines:
        proc = known.get(line.procedure)
        if proc is None:
            out.append(Text(FeeTables.UNKNOWN_PROCEDURE, code=line.procedure, day=f"{on_day:%d/%m/%Y}"))
        elif line.case and line.case not in {c.key for c in proc.cases}:
            out.append(Text(FeeTables.UNKNOWN_CASE, code=line.procedure, case=line.case))
        elif proc.fee_rule(line.case).kind != "set_by_province":
            out.append(Text(FeeTables.NOT_THE_PROVINCES, code=line.procedure))
    return out


def list_fee_tables(store: Store) -> list[JsonObject]:
    return [dict(row) for row in fee_tables.versions(store)]


def fee_table_in_force(store: Store, on_day: date) -> FeeTable | None:
    return fee_tables.in_force(store, on_day)


def import_calendar(store: Store, path: Path) -> JsonObject:
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


def exceptional_days(store: Store, year: int) -> list[JsonObject]:
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
