"""The province console's pages over HTTP, as an administrator uses them: the search by any part of a name, an ID
number or a code; the downloads (CSV read back, Excel opened); the export for the national portal with its log; the
desk health page with and without files pending; a unit and its office hours created, and a fee table published,
reaching the desks and written to the server's audit log."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile

from openpyxl import load_workbook

from counter_app.services import attachments, reception
from counter_app.sync import engine
from counter_core.domain.intake import Person
from counter_core.foundation.clock import vn_now
from counter_core.protocol import DeskHealth
from provincial_server.store import console, health
from tests.files.test_papers import _intake, _papers
from tests.helpers.fees import RESOLUTION, fee_table
from tests.reports.seed import intake
from tests.store.test_receive import khai_sinh

DUC = Person("Đặng Văn Đức", "001090123456", gender="Nam", address="Thôn Đông", phone="0987654321")


def test_the_search_finds_a_dossier_by_any_part_of_its_name_number_or_code(admin_session, enrolled_desk):
    desk, clerk = enrolled_desk(1)
    code = reception.receive(desk, khai_sinh(desk, owner=DUC), clerk).code
    engine.sync(desk)
    for text in ("dang van duc", "Đặng Văn", "ĐỨC", "001090123456", "0987654321", code, code[-11:].lower()):
        found = admin_session.get_page("/tinh/ho-so", params={"q": text}).text
        assert code in found, text
    assert code not in admin_session.get_page("/tinh/ho-so", params={"q": "dang van duk"}).text
    table = admin_session.get_page("/tinh/ho-so", params={"q": "dang van duc", "dinh-dang": "csv"})
    assert table.headers["content-type"].startswith("text/csv") and table.content.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(table.content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["Mã hồ sơ", "Thủ tục", "Chủ hồ sơ"]
    assert [r[0] for r in rows[1:]] == [code] and rows[1][2] == "Đặng Văn Đức" and rows[1][3] == "001*******56"
    book = load_workbook(
        io.BytesIO(admin_session.get_page("/tinh/ho-so", params={"q": code, "dinh-dang": "xlsx"}).content)
    )
    sheet = book.active
    assert sheet["A2"].value == code and sheet["H2"].value.year >= 2026  # the reception as a date, not text


def test_the_export_for_the_national_portal_downloads_its_files_and_is_logged(admin_session, enrolled_desk, province):
    desk, clerk = enrolled_desk(1)
    code = reception.receive(desk, khai_sinh(desk), clerk).code
    engine.sync(desk)
    today = vn_now().date().isoformat()  # the period is the server's receipt time, not the desk's day
    answer = admin_session.post_form("/tinh/xuat-du-lieu", {"don_vi": province.unit_code, "tu": today, "den": today})
    assert answer.headers["content-type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(answer.content)) as archive:
        assert sorted(archive.namelist()) == ["CapNhatTienDoHoSoMC.json", "DongBoHoSoMC.json"]
        dossiers = json.loads(archive.read("DongBoHoSoMC.json"))
    assert [record["MaHoSo"] for batch in dossiers for record in batch["data"]] == [code]
    (entry,) = console.exports(province.db, [province.unit_code])
    assert (entry["dossiers_new"], entry["progress_steps"], entry["day_from"].isoformat()) == (1, 1, today)
    log = admin_session.get_page("/tinh/xuat-du-lieu?dinh-dang=csv").content.decode("utf-8-sig")
    assert f"{province.unit_code},UBND xã Quảng Phú" in log


def test_the_health_page_shows_files_pending_only_once_a_desk_reports_them(admin_session, enrolled, province):
    desk, _ = enrolled
    older = DeskHealth(app_version="0.9.0", backlog=0, set_aside=0, clock_offset_seconds=0.0)  # says nothing of files
    health.record(province.db, f"{province.unit_code}-01", older)
    page = admin_session.get_page("/tinh/suc-khoe-quay").text
    assert "Tệp chờ gửi</th>" not in page and "quầy phiên bản cũ không báo" in page
    engine.sync(desk)  # this version reports its files still to send: none
    page = admin_session.get_page("/tinh/suc-khoe-quay").text
    assert "Tệp chờ gửi</th>" in page and "quầy phiên bản cũ không báo" not in page
    report = DeskHealth(app_version="9.9.9", backlog=3, set_aside=1, clock_offset_seconds=-300.0, files_pending=7)
    health.record(province.db, f"{province.unit_code}-01", report)
    page = admin_session.get_page("/tinh/suc-khoe-quay").text
    assert "Tệp chờ gửi</th>" in page and "Đồng hồ lệch" in page and "Có thao tác bị từ chối" in page
    rows = list(
        csv.reader(io.StringIO(admin_session.get_page("/tinh/suc-khoe-quay?dinh-dang=csv").text.lstrip("\ufeff")))
    )
    mine = next(r for r in rows if r[0] == f"{province.unit_code}-01")
    assert mine[6:11] == ["9.9.9", "3", "1", "-300,00", "7"]


def test_a_unit_and_its_office_hours_made_in_the_console_reach_the_desks_and_the_audit_log(
    admin_session, enrolled, province
):
    desk, _ = enrolled
    new_unit = province.unit_code.replace(".H56", ".H57")
    assert admin_session.post_form("/tinh/don-vi", {"ma": new_unit, "ten": "UBND phường Mới"}).ok
    assert "UBND phường Mới" in admin_session.get_page("/tinh/don-vi", params={"q": "phuong moi"}).text
    assert "UBND phường Mới" not in admin_session.get_page("/tinh/don-vi", params={"q": "phuong cu"}).text
    hours = admin_session.post_form(
        f"/tinh/don-vi/{province.unit_code}/gio-lam-viec",
        {"gio": "07:30-11:30,13:00-17:00", "sau": "15:30"},
        token_from="/tinh/don-vi",
    )
    assert hours.ok and "Đã lưu" in hours.text
    bad = admin_session.post_form(
        f"/tinh/don-vi/{province.unit_code}/gio-lam-viec",
        {"gio": "17:00-07:00", "sau": "15:30"},
        token_from="/tinh/don-vi",
    )
    assert bad.status_code == 400 and "Giờ làm việc" in bad.text
    engine.sync(desk)
    assert dict(desk.units())[new_unit] == "UBND phường Mới"
    assert desk.config.office_hours.format() == "07:30-11:30,13:00-17:00"
    actions = [(r["action"], r["target"]) for r in console.audit_log(province.db)]
    assert ("unit.put", new_unit) in actions and ("unit.office_hours", province.unit_code) in actions
    assert "Đặt giờ làm việc" in admin_session.get_page("/tinh/nhat-ky").text


def test_a_fee_table_published_in_the_console_prices_the_desks_next_receipts(
    admin_session, enrolled, province, province_wide
):
    desk, clerk = enrolled

    def upload(**changes):
        body = json.dumps(fee_table(**changes), ensure_ascii=False).encode()
        return admin_session.post_form("/tinh/cong-bo/bieu-phi", {}, "/tinh/cong-bo", files={"tep": ("nq.json", body)})

    example = upload(example=True)
    assert example.status_code == 400 and "Đây là tệp ví dụ" in example.text
    published = upload()
    assert published.url.endswith("/tinh/cong-bo?xong=bieu-phi") and "Đã công bố" in published.text
    row = re.search(rf"<tr><td>{RESOLUTION}</td><td>01/08/2025</td><td class=\"num\">4</td>", published.text)
    assert row is not None
    engine.sync(desk)
    receipt = reception.receive(desk, intake(desk, "1.004873", "Lê Thị Hạnh"), clerk)
    assert (receipt.fee.amount, receipt.fee.resolution) == (10000, RESOLUTION)
    assert ("fee_table.publish", RESOLUTION) in [(r["action"], r["target"]) for r in console.audit_log(province.db)]


def test_the_dashboard_shows_the_share_of_dossiers_received_with_their_papers_held_as_files(
    admin_session, enrolled_desk
):
    desk, clerk = enrolled_desk(1)
    reception.receive(desk, _intake(desk), clerk, attachments.store(desk, _papers(desk, 1)))
    reception.receive(desk, khai_sinh(desk), clerk)
    engine.sync(desk)
    day = desk.clock().date().isoformat()
    page = admin_session.get_page("/tinh/tong-quan", params={"tu": day, "den": day}).text
    tile = re.search(r'Số hóa hồ sơ</p><p class="value">([^<]+)<', page)
    assert tile is not None and tile.group(1) == "50,00%"  # one of the two dossiers has its paper as a file
