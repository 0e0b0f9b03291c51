"""Setting a desk up: its unit and number, office hours, the procedure catalog and the holiday notices."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from counter_app.clock import iso, vn_now
from counter_app.domain.calendar import CalendarNotice, OfficeHours, WorkCalendar
from counter_app.domain.codes import DEFAULT_BLOCK, check_desk
from counter_app.domain.procedure import SEED_CATALOG, Catalog, Procedure
from counter_app.errors import InvalidInput, NotConfigured, NotFound
from counter_app.store import Store, catalog, journal, settings
from counter_app.text import fold, nfc

# Where the QR code on a receipt leads: the province's tracking page, configured per desk.
DEFAULT_TRACKING_URL = "https://dichvucong.gov.vn/p/home/dvc-tra-cuu-ho-so.html?ma_ho_so={code}"
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

    def to_json(self) -> dict:
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
        }


def lockout_rules(store: Store) -> tuple[int, int]:
    """How many wrong passwords in a row lock an account on this desk, and for how many minutes (the defaults on
    a desk not configured yet)."""
    values = settings.get_all(store)
    return int(values.get("lock_after", DEFAULT_LOCK_AFTER)), int(values.get("lock_minutes", DEFAULT_LOCK_MINUTES))


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
        raise InvalidInput("unit_code", "Mã đơn vị không được để trống hay chứa khoảng trắng.")
    if not unit_name:
        raise InvalidInput("unit_name", "Chưa nhập tên đơn vị.")
    check_desk(desk, code_block)
    hours = OfficeHours.parse(office_hours, cutoff) if office_hours else OfficeHours()
    if "{code}" not in tracking_url:
        raise InvalidInput("tracking_url", "Địa chỉ tra cứu phải chứa {code} (chỗ đặt mã hồ sơ).")
    if not 1 <= idle_minutes <= 240:
        raise InvalidInput("idle_minutes", "Thời gian khóa màn hình khi không dùng phải từ 1 đến 240 phút.")
    if not 1 <= lock_after <= 100:
        raise InvalidInput("lock_after", "Số lần nhập sai mật khẩu trước khi khóa tài khoản phải từ 1 đến 100.")
    if not 1 <= lock_minutes <= 1440:
        raise InvalidInput("lock_minutes", "Thời gian khóa tài khoản phải từ 1 đến 1440 phút.")
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


def desk_config(store: Store) -> DeskConfig:
    values = settings.get_all(store)
    if "unit_code" not in values:
        raise NotConfigured('Quầy chưa được cấu hình: chạy "counter-app init --unit-code … --unit-name … --desk N".')
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
    )


def store_catalog(store: Store, cat: Catalog) -> int:
    """Store a catalog version unless the same content is already there; its id either way."""
    digest = cat.digest()
    existing = catalog.find_version(store, digest)
    if existing is not None:
        return existing
    return catalog.add_version(
        store,
        cat.version,
        cat.effective_from.isoformat(),
        cat.issuer,
        digest,
        iso(vn_now()),
        [
            {"code": p.code, "name": p.name, "field": p.field, "search_key": p.search_key, "data": p.to_json()}
            for p in cat.procedures
        ],
    )


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


def catalog_in_force(store: Store, on_day: date) -> int:
    row = catalog.version_in_force(store, on_day.isoformat())
    if row is None:
        raise NotConfigured(f"Chưa có danh mục thủ tục nào có hiệu lực ngày {on_day:%d/%m/%Y}.")
    return row["id"]


def procedures(store: Store, on_day: date, text: str = "") -> list[Procedure]:
    """Procedures in force on ``on_day`` whose code, name or field contain ``text`` (diacritics ignored)."""
    key = fold(text)
    rows = catalog.procedures(store, catalog_in_force(store, on_day))
    return [Procedure.from_json(_data(r)) for r in rows if all(w in r["search_key"] for w in key.split())]


def procedure(store: Store, on_day: date, code: str) -> tuple[int, Procedure]:
    catalog_id = catalog_in_force(store, on_day)
    row = catalog.procedure(store, catalog_id, code.strip())
    if row is None:
        raise NotFound(f'Không có thủ tục mã "{code}" trong danh mục đang có hiệu lực.')
    return catalog_id, Procedure.from_json(_data(row))


def procedure_of_version(store: Store, catalog_id: int, code: str) -> Procedure:
    """A procedure as it stood in the catalog version a dossier was received under."""
    row = catalog.procedure(store, catalog_id, code)
    if row is None:
        raise NotFound(f'Danh mục phiên bản {catalog_id} không có thủ tục "{code}".')
    return Procedure.from_json(_data(row))


def _data(row) -> dict:
    return json.loads(row["data"])


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


def work_calendar(store: Store, config: DeskConfig) -> WorkCalendar:
    notices = [CalendarNotice.from_json(data) for data in catalog.notices(store)]
    return WorkCalendar(config.office_hours, notices)


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
