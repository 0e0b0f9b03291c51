"""What the province publishes reaches every desk through the feed: catalogs, fee tables, the holiday calendar,
office hours, accounts (signed in offline on any desk of the unit) and the province's units. A change a desk cannot
read is set aside for the supervisor without stopping the feed."""

import copy
import json
from datetime import datetime

import pytest
from psycopg.types.json import Jsonb

from counter_app.services import accounts, configuration, reception
from counter_app.sync import engine
from counter_core.domain.accounts import hash_password
from counter_core.domain.calendar import CalendarNotice
from counter_core.domain.procedure import SEED_CATALOG, Catalog
from counter_core.foundation.clock import VN_TZ
from counter_core.foundation.errors import NotAllowed
from counter_core.protocol import MAX_PAGE_BYTES
from provincial_server.store import admin as server_store
from tests.helpers.fees import REFERENCE, RESOLUTION, fee_table_file
from tests.reports.seed import intake
from tests.sync.test_admin_cli import counter_server

DI_CHUC = "2.001019"  # chứng thực di chúc: 2 working days


def seed() -> dict:
    return json.loads(SEED_CATALOG.read_text(encoding="utf-8"))


def publish_catalog(province, body: dict) -> None:
    cat = Catalog.from_json(body)
    server_store.publish_catalog(province.db, cat.digest(), cat.version, cat.effective_from, cat.to_json())


def test_a_catalog_the_province_publishes_is_used_by_every_desk_from_its_effective_date(
    enrolled_desk, province, province_wide
):
    first, _ = enrolled_desk(1)
    second, _ = enrolled_desk(2)
    body = seed() | {"version": "QĐ 1234/QĐ-UBND 2026", "effective_from": "2026-11-01"}
    body["procedures"][0] = body["procedures"][0] | {"name": "Thủ tục đăng ký khai sinh (theo QĐ 1234)"}
    publish_catalog(province, body)
    publish_catalog(province, body)  # the same content twice is one version
    for desk in (first, second):
        engine.sync(desk)
        names = {p.code: p.name for p in configuration.procedures(desk.store, desk.clock().date())}
        assert names[body["procedures"][0]["code"]] == "Thủ tục đăng ký khai sinh (theo QĐ 1234)"
        assert [v["version"] for v in configuration.list_catalogs(desk.store)] == [
            seed()["version"],
            "QĐ 1234/QĐ-UBND 2026",
        ]
        assert engine.sync(desk).received == 0


def test_a_days_off_notice_moves_the_appointments_of_every_desk(enrolled, province, province_wide):
    desk, _ = enrolled
    engine.sync(desk)
    received = datetime(2026, 12, 1, 9, 0, tzinfo=VN_TZ)  # a Tuesday
    before = reception.due_date(desk, DI_CHUC, received)[1].due
    notice = {
        "format": "counter-calendar/1",
        "year": 2026,
        "title": "Thông báo nghỉ bù (thử)",
        "days_off": [{"date": "2026-12-02", "name": "Nghỉ bù"}],
        "working_days": [],
    }
    server_store.publish_calendar(province.db, 2026, CalendarNotice.from_json(notice).to_json())
    assert engine.sync(desk).received == 1
    after = reception.due_date(desk, DI_CHUC, received)[1].due  # the desk reloaded its calendar
    assert (after - before).days == 1 and after.date().isoformat() == "2026-12-04"


def test_a_fee_table_the_province_publishes_prices_the_next_receipts_of_every_desk(
    enrolled_desk, province, province_wide, tmp_path
):
    first, _ = enrolled_desk(1)
    second, clerk = enrolled_desk(2)
    example = fee_table_file(tmp_path, "vi-du.json", example=True)
    code, _, error = counter_server(province, "fees", "publish", str(example))
    assert code == 1 and "tệp ví dụ" in error  # the shipped example never reaches a desk
    code, answer, _ = counter_server(province, "fees", "publish", str(fee_table_file(tmp_path)))
    assert code == 0 and answer["published"] and answer["resolution"] == RESOLUTION
    assert counter_server(province, "fees", "publish", str(fee_table_file(tmp_path)))[1]["published"] is False
    for desk in (first, second):
        assert engine.sync(desk).received >= 1
        (table,) = configuration.list_fee_tables(desk.store)
        assert (table["resolution"], table["origin"]) == (RESOLUTION, "province")
    receipt = reception.receive(second, intake(second, "1.004873", "Lê Thị Hạnh"), clerk)
    assert (receipt.fee.amount, receipt.fee.resolution) == (10000, RESOLUTION)
    assert receipt.fee.printed() == f"10.000 đ (Mười nghìn đồng); căn cứ {REFERENCE}"
    assert engine.sync(second).received == 0  # a table already held is not applied again


def test_office_hours_set_at_the_province_apply_on_the_desk(enrolled, province):
    desk, _ = enrolled
    server_store.set_office_hours(province.db, province.unit_code, "07:30-11:30,13:00-17:00", "15:30")
    engine.sync(desk)
    assert desk.config.office_hours.format() == "07:30-11:30,13:00-17:00"
    assert f"{desk.config.office_hours.same_day_cutoff:%H:%M}" == "15:30"


def test_an_account_made_at_the_province_signs_in_offline_on_every_desk_of_its_unit(
    enrolled_desk, province, server_url
):
    first, _ = enrolled_desk(1)
    second, _ = enrolled_desk(2)
    server_store.put_account(
        province.db, province.unit_code, "binh", "Trần Văn Bình", "clerk", hash_password("binh-2026")
    )
    for desk in (first, second):
        engine.sync(desk)
    # No network is needed to sign in: the province's Argon2id hash is on each desk.
    assert accounts.authenticate(second.store, "binh", "binh-2026").full_name == "Trần Văn Bình"
    server_store.put_account(
        province.db, province.unit_code, "binh", "Trần Văn Bình", "supervisor", hash_password("doi-mat-khau")
    )
    engine.sync(first)
    with pytest.raises(NotAllowed):
        accounts.authenticate(first.store, "binh", "binh-2026")
    assert accounts.authenticate(first.store, "binh", "doi-mat-khau").role == "supervisor"
    found = server_store.find_account(province.db, province.unit_code, "binh")
    server_store.put_account(
        province.db, province.unit_code, "binh", found["full_name"], found["role"], None, active=False
    )
    engine.sync(second)
    with pytest.raises(NotAllowed, match="không đúng"):
        accounts.authenticate(second.store, "binh", "doi-mat-khau")


def test_accounts_of_another_unit_never_reach_this_desk(enrolled, province):
    desk, _ = enrolled
    elsewhere = province.new_unit("UBND phường Hạc Thành")
    server_store.put_account(province.db, elsewhere, "hoa", "Lê Thị Hoa", "clerk", hash_password("hoa-2026"))
    engine.sync(desk)
    with pytest.raises(NotAllowed):
        accounts.authenticate(desk.store, "hoa", "hoa-2026")


def test_the_desk_learns_the_units_of_the_province(enrolled, province):
    desk, _ = enrolled
    other = province.new_unit("UBND phường Hạc Thành")
    engine.sync(desk)
    units = dict(desk.units())
    assert units[other] == "UBND phường Hạc Thành" and desk.units()[0][0] == province.unit_code


def test_a_change_the_desk_cannot_read_is_set_aside_and_the_feed_goes_on(enrolled, province, province_wide):
    desk, _ = enrolled
    province.db.execute(
        "INSERT INTO change_log(unit_code, kind, body) VALUES (NULL, 'catalog', %s)",
        (Jsonb({"kind": "catalog", "sha256": "x", "catalog": {"format": "counter-catalog/9"}}),),
    )
    server_store.set_office_hours(province.db, province.unit_code, "07:30-11:30,13:00-17:00", "15:00")
    engine.sync(desk)
    assert desk.config.office_hours.format() == "07:30-11:30,13:00-17:00"  # what came after still applied
    (problem,) = [p for p in engine.problems(desk) if p["kind"] == "unreadable"]
    assert "counter-catalog/1" in problem["reason"].in_language()
    assert engine.sync(desk).received == 0  # and it is not tried again and again


def test_a_pull_page_stays_near_a_megabyte_even_with_big_catalogs(enrolled, province, province_wide):
    desk, _ = enrolled
    big = seed()
    template = big["procedures"][0]
    copies = int(MAX_PAGE_BYTES * 0.75 / len(json.dumps(template, ensure_ascii=False)))
    big["procedures"] = [
        copy.deepcopy(template) | {"code": f"9.{n:06d}", "name": f"{template['name']} {n}"} for n in range(1, copies)
    ]
    size = len(json.dumps(big, ensure_ascii=False))
    assert MAX_PAGE_BYTES * 0.5 < size < MAX_PAGE_BYTES
    for version in ("lớn-1", "lớn-2"):
        publish_catalog(province, big | {"version": version, "effective_from": "2026-11-01"})
    client = engine.connect(desk)
    cursor = engine.status(desk)["cursor"]
    sizes = []
    while True:
        page = client.changes(cursor)
        sizes.append(len(page.model_dump_json()))
        cursor = page.next_cursor
        if not page.has_more:
            break
    assert len(sizes) >= 2 and max(sizes) < MAX_PAGE_BYTES * 1.2
    engine.sync(desk)
    assert {"lớn-1", "lớn-2"} <= {v["version"] for v in configuration.list_catalogs(desk.store)}
