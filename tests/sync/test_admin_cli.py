"""The province administrator's commands (``counter-server``) against the real server's database: accounts with
a password typed on standard input, office hours, publishing, the supervisor's list, and the upstream export
for the national portal; bad input gets a Vietnamese message and changes nothing."""

import io
import json
import uuid

import pytest

from counter_app.services import accounts, processing, reception
from counter_app.sync import engine
from counter_core.domain.status import Status
from counter_core.foundation.clock import vn_now
from provincial_server.cli import main
from provincial_server.store import admin as server_store
from tests.store.test_receive import khai_sinh


def counter_server(province, *args, stdin: str = "") -> tuple[int, object, str]:
    out, err = io.StringIO(), io.StringIO()
    import contextlib
    import sys

    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        previous, sys.stdin = sys.stdin, io.StringIO(stdin)
        try:
            code = main(["--database-url", province.url, *args])
        finally:
            sys.stdin = previous
    text = out.getvalue()
    return code, json.loads(text) if text.strip() else None, err.getvalue()


def test_an_account_added_with_its_password_on_standard_input_signs_in_at_the_desk(enrolled, province):
    desk, _ = enrolled
    code, answer, _ = counter_server(
        province,
        "user",
        "add",
        province.unit_code,
        "Binh.Tran",
        "--name",
        "Trần Văn Bình",
        "--role",
        "supervisor",
        stdin="mat-khau-2026\n",
    )
    assert code == 0 and answer["username"] == "binh.tran"
    engine.sync(desk)
    assert accounts.authenticate(desk.store, "binh.tran", "mat-khau-2026").role == "supervisor"
    code, _, error = counter_server(
        province, "user", "add", province.unit_code, "an", "--name", "Lê An", "--role", "clerk", stdin="123\n"
    )
    assert code == 1 and "ít nhất 6 ký tự" in error
    assert server_store.find_account(province.db, province.unit_code, "an") is None
    assert counter_server(province, "user", "disable", province.unit_code, "binh.tran")[0] == 0
    engine.sync(desk)
    assert [u["active"] for u in accounts.list_users(desk.store) if u["username"] == "binh.tran"] == [0]


def test_office_hours_are_checked_before_they_reach_the_desks(enrolled, province):
    desk, _ = enrolled
    code, _, error = counter_server(province, "hours", province.unit_code, "--office-hours", "17:00-07:00")
    assert code == 1 and error.startswith("Lỗi:")
    assert counter_server(province, "hours", province.unit_code, "--office-hours", "07:30-11:30,13:30-17:00")[0] == 0
    engine.sync(desk)
    assert desk.config.office_hours.format() == "07:30-11:30,13:30-17:00"


def test_the_supervisors_list_and_the_export_for_the_national_portal(enrolled, province, tmp_path):
    desk, clerk = enrolled
    first = reception.receive(desk, khai_sinh(desk), clerk).code
    second = reception.receive(desk, khai_sinh(desk), clerk).code
    engine.sync(desk)
    server_store.decide(province.db, first, Status.STOPPED, "Phòng Tư pháp", "Dừng", str(uuid.uuid4()))
    processing.transition(desk, first, Status.PROCESSING, clerk)  # not heard of the stop yet: set aside
    processing.transition(desk, second, Status.PROCESSING, clerk, "Chuyển phòng Tư pháp")
    engine.sync(desk)
    code, problems, _ = counter_server(province, "problems", "--unit", province.unit_code)
    assert code == 0 and [(p["kind"], p["code"]) for p in problems] == [("set_aside", first)]

    day = vn_now().date().isoformat()  # the period is when the server received them (in Vietnam time)
    code, summary, _ = counter_server(
        province, "export", province.unit_code, "--from", day, "--to", day, "--out", str(tmp_path)
    )
    assert code == 0 and summary == {
        "dossiers_new": 2,
        "dossiers_updated": 0,
        "progress_steps": 4,
        "out": str(tmp_path),
    }
    (dossiers,) = json.loads((tmp_path / "DongBoHoSoMC.json").read_text(encoding="utf-8"))
    assert dossiers["service"] == "DongBoHoSoMC" and dossiers["isUpdating"] == "False"
    by_code = {d["MaHoSo"]: d for d in dossiers["data"]}
    assert (by_code[first]["TrangThaiHoSo"], by_code[second]["TrangThaiHoSo"]) == ("8", "4")
    assert by_code[second]["TenTTHC"] == "Thủ tục đăng ký khai sinh"
    assert by_code[second]["NgayTiepNhan"] == desk.clock().strftime("%Y%m%d%H%M%S")
    (progress,) = json.loads((tmp_path / "CapNhatTienDoHoSoMC.json").read_text(encoding="utf-8"))
    steps = [(s["MaHoSo"], s["TrangThai"]) for s in progress["data"]]
    assert steps == [(first, "2"), (first, "8"), (second, "2"), (second, "4")]
    assert progress["data"][-1]["NoiDungXuLy"].endswith("Chuyển phòng Tư pháp")


def test_publishing_a_file_that_is_not_a_catalog_is_refused(province, tmp_path):
    bad = tmp_path / "danh-muc.json"
    bad.write_text('{"format": "something-else"}', encoding="utf-8")
    code, _, error = counter_server(province, "catalog", "publish", str(bad))
    assert code == 1 and "counter-catalog/1" in error


@pytest.mark.parametrize(
    "args", [["desk", "000.99.99.H56", "1"], ["hours", "000.99.99.H56", "--office-hours", "07:00-11:00"]]
)
def test_commands_for_a_unit_that_does_not_exist_say_so(province, args):
    code, _, error = counter_server(province, *args)
    assert code == 1 and "Không có đơn vị" in error
