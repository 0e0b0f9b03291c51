"""The command line, as an administrator scripts it: init, accounts, receive, show, search, transition."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def cli(data: Path, *args: str, stdin: str | None = None, json_out: bool = True):
    cmd = [sys.executable, "-m", "counter_app", "--data-dir", str(data)]
    if json_out:
        cmd.append("--json")
    result = subprocess.run(cmd + list(args), cwd=ROOT, input=stdin, capture_output=True, text=True, timeout=120)
    return result


@pytest.fixture
def desk_dir(tmp_path):
    data = tmp_path / "quay1"
    assert (
        cli(data, "init", "--unit-code", "000.00.31.H56", "--unit-name", "UBND xã Quảng Phú", "--desk", "2").returncode
        == 0
    )
    assert (
        cli(data, "user", "add", "toan", "--name", "Phạm Quốc Toản", "--role", "admin", stdin="matkhau1\n").returncode
        == 0
    )
    lan = ("user", "add", "lan", "--name", "Nguyễn Thị Lan", "--role", "clerk")
    assert cli(data, "--user", "toan", *lan, stdin="matkhau1\n").returncode == 0
    return data


DOSSIER = {
    "procedure": "2.000815",
    "owner": {
        "full_name": "Trần Văn Đức",
        "id_number": "001090123456",
        "birth_date": "12/03/1990",
        "gender": "Nam",
        "address": "Thôn Phú Lộc",
        "phone": "0987654321",
    },
    "fee": {"quantity": 2, "pages": 3},
}


def test_receive_prints_the_code_and_show_finds_it(desk_dir, tmp_path):
    file = tmp_path / "hoso.json"
    file.write_text(json.dumps(DOSSIER, ensure_ascii=False), encoding="utf-8")
    result = cli(desk_dir, "--user", "lan", "receive", "--from-json", str(file))
    assert result.returncode == 0, result.stderr
    receipt = json.loads(result.stdout)
    assert receipt["code"].startswith("000.00.31.H56-") and receipt["code"].endswith("-1001")  # desk 2's block
    assert receipt["fee"] == 10000
    shown = json.loads(cli(desk_dir, "--user", "lan", "show", receipt["code"]).stdout)
    assert shown["owner_name"] == "Trần Văn Đức" and shown["status"] == 2
    found = json.loads(cli(desk_dir, "--user", "lan", "search", "tran van duc").stdout)
    assert [r["code"] for r in found] == [receipt["code"]]
    moved = cli(desk_dir, "--user", "lan", "transition", receipt["code"], "4", "--note", "Chuyển xử lý")
    assert moved.returncode == 0 and json.loads(moved.stdout)["to"] == 4
    refused = cli(desk_dir, "--user", "lan", "transition", receipt["code"], "10", json_out=False)
    assert refused.returncode == 1 and "Không thể chuyển hồ sơ" in refused.stderr
    pdf = tmp_path / "receipt.pdf"
    printed = cli(desk_dir, "--user", "lan", "print", receipt["code"], "--slip", "receipt", "--out", str(pdf))
    assert printed.returncode == 0 and pdf.read_bytes().startswith(b"%PDF")


def test_bad_input_exits_non_zero_and_stores_nothing(desk_dir, tmp_path):
    bad = dict(DOSSIER, owner=dict(DOSSIER["owner"], id_number="12345"))
    file = tmp_path / "bad.json"
    file.write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    result = cli(desk_dir, "--user", "lan", "receive", "--from-json", str(file), json_out=False)
    assert result.returncode == 1
    assert "Số giấy tờ phải là số định danh 12 chữ số" in result.stderr
    assert json.loads(cli(desk_dir, "--user", "lan", "search", "tran").stdout) == []
    file.write_text("{not json", encoding="utf-8")
    assert (
        "Không đọc được tệp JSON"
        in cli(desk_dir, "--user", "lan", "receive", "--from-json", str(file), json_out=False).stderr
    )


def test_due_date_prints_iso_with_offset_and_the_appointment_in_words(desk_dir):
    result = cli(desk_dir, "due-date", "--procedure", "1.001193", "--received", "2026-02-13 15:30", json_out=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["2026-02-23T17:00:00+07:00", "17 giờ 00 phút, ngày 23/02/2026"]


def test_catalog_and_calendar_import(desk_dir, tmp_path):
    listed = json.loads(cli(desk_dir, "catalog", "list", "--search", "chung thuc").stdout)
    assert listed and all("Chứng thực" in p["name"] or p["field"] == "Chứng thực" for p in listed)
    notice = tmp_path / "nghi-le-2027.json"
    notice.write_text(
        json.dumps(
            {
                "format": "counter-calendar/1",
                "year": 2027,
                "title": "Thông báo 2027",
                "days_off": [{"date": "2027-09-06", "name": "Nghỉ bù"}],
            }
        ),
        encoding="utf-8",
    )
    assert cli(desk_dir, "--user", "toan", "calendar", "import", str(notice)).returncode == 0
    days = json.loads(cli(desk_dir, "calendar", "days-off", "2027").stdout)
    assert {"date": "2027-09-06", "name": "Nghỉ bù"} in days
    due = json.loads(cli(desk_dir, "due-date", "--procedure", "1.004873", "--received", "2027-09-01 10:00").stdout)
    assert due["due_at"] == "2027-09-09T10:00:00+07:00"


def test_id_card_prints_the_fields():
    payload = "051084009698|212163684|Đặng Hồng Bảo|02081984|Nam|Quảng Ngãi|23092024||||"
    result = subprocess.run(
        [sys.executable, "-m", "counter_app", "--json", "id-card", "-"],
        cwd=ROOT,
        input=payload,
        capture_output=True,
        text=True,
    )
    assert json.loads(result.stdout)["full_name"] == "Đặng Hồng Bảo"


def test_help_lists_every_command():
    out = subprocess.run(
        [sys.executable, "-m", "counter_app", "--help"], cwd=ROOT, capture_output=True, text=True
    ).stdout
    for command in (
        "init",
        "catalog",
        "calendar",
        "due-date",
        "receive",
        "show",
        "search",
        "transition",
        "id-card",
        "demo",
        "print",
        "supplement",
        "reschedule",
    ):
        assert command in out


def test_supplement_and_reschedule_print_their_slips(desk_dir, tmp_path):
    file = tmp_path / "hoso.json"
    file.write_text(json.dumps(DOSSIER, ensure_ascii=False), encoding="utf-8")
    code = json.loads(cli(desk_dir, "--user", "lan", "receive", "--from-json", str(file)).stdout)["code"]
    late = cli(
        desk_dir, "--user", "lan", "reschedule", code, "--new-date", "01/01/2099", "--reason", "Chờ ký", json_out=False
    )
    assert late.returncode == 1 and "ngày làm việc" in late.stderr  # 1/1 is Tết Dương lịch
    moved = cli(desk_dir, "--user", "lan", "reschedule", code, "--new-date", "02/01/2099", "--reason", "Chờ ký")
    assert moved.returncode == 0, moved.stderr
    assert json.loads(moved.stdout)["due_at"] == "2099-01-02T17:00:00+07:00"
    asked = cli(
        desk_dir,
        "--user",
        "lan",
        "supplement",
        code,
        "--item",
        "Bản sao hợp đồng",
        "--reason",
        "Hợp đồng thiếu trang 2",
    )
    assert asked.returncode == 0, asked.stderr
    for slip in ("supplement", "apology"):
        pdf = tmp_path / f"{slip}.pdf"
        printed = cli(desk_dir, "--user", "lan", "print", code, "--slip", slip, "--out", str(pdf))
        assert printed.returncode == 0 and pdf.read_bytes().startswith(b"%PDF"), printed.stderr


def test_init_keeps_the_desk_settings_and_refuses_bad_ones(tmp_path):
    data = tmp_path / "quay3"
    base = ["init", "--unit-code", "000.00.31.H56", "--unit-name", "UBND xã Quảng Phú", "--desk", "3"]
    bad = cli(data, *base, "--idle-minutes", "0", json_out=False)
    assert bad.returncode == 1 and "khóa màn hình" in bad.stderr
    bad = cli(data, *base, "--lock-after", "0", json_out=False)
    assert bad.returncode == 1 and "nhập sai mật khẩu" in bad.stderr
    done = cli(
        data,
        *base,
        "--idle-minutes",
        "5",
        "--print-directly",
        "--lock-after",
        "3",
        "--lock-minutes",
        "30",
        "--tracking-url",
        "https://dvc.example.vn/tra-cuu?ma={code}",
    )
    assert done.returncode == 0, done.stderr
    config = json.loads(done.stdout)
    assert config["idle_minutes"] == 5 and config["print_directly"] == "yes"
    assert (config["lock_after"], config["lock_minutes"]) == (3, 30)
    assert config["tracking_url"] == "https://dvc.example.vn/tra-cuu?ma={code}"


def test_a_new_desk_makes_its_first_administrator_without_anyone_then_no_account_without_one(tmp_path):
    data = tmp_path / "quay4"
    assert (
        cli(data, "init", "--unit-code", "000.00.31.H56", "--unit-name", "UBND xã Quảng Phú", "--desk", "4").returncode
        == 0
    )
    clerk_first = cli(data, "user", "add", "lan", "--name", "Nguyễn Thị Lan", "--role", "clerk", stdin="matkhau1\n")
    assert clerk_first.returncode == 1 and "Tài khoản đầu tiên của quầy là quản trị viên" in clerk_first.stderr
    admin = cli(data, "user", "add", "toan", "--name", "Phạm Quốc Toản", "--role", "admin", stdin="matkhau1\n")
    assert admin.returncode == 0 and json.loads(admin.stdout)["role"] == "admin"
    again = cli(
        data, "user", "add", "toan2", "--name", "Người Lạ", "--role", "admin", stdin="matkhau1\n", json_out=False
    )
    assert again.returncode == 1 and "--user TÊN" in again.stderr  # the desk has an account now: no one is anonymous
    assert (
        cli(
            data,
            "--user",
            "toan",
            "user",
            "add",
            "lan",
            "--name",
            "Nguyễn Thị Lan",
            "--role",
            "clerk",
            stdin="matkhau2\n",
        ).returncode
        == 0
    )
    by_clerk = cli(
        data,
        "--user",
        "lan",
        "user",
        "add",
        "hoa",
        "--name",
        "Lê Thị Hoa",
        "--role",
        "clerk",
        stdin="matkhau3\n",
        json_out=False,
    )
    assert by_clerk.returncode == 1 and "lan (Cán bộ tiếp nhận) không được quản lý tài khoản" in by_clerk.stderr
    reinit = cli(
        data, "init", "--unit-code", "000.00.31.H56", "--unit-name", "UBND xã Khác", "--desk", "4", json_out=False
    )
    assert reinit.returncode == 1 and "--user TÊN" in reinit.stderr


def test_every_command_that_changes_or_shows_personal_data_names_its_user_and_the_role_must_allow_it(
    data_dir, tmp_path, capsys
):
    from counter_app.cli import main

    def run(*args: str) -> tuple[int, str]:
        code = main(["--data-dir", str(data_dir), *args])
        return code, capsys.readouterr().err

    file = tmp_path / "hoso.json"
    file.write_text(json.dumps(DOSSIER, ensure_ascii=False), encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "--user", "lan", "--json", "receive", "--from-json", str(file)]) == 0
    code = json.loads(capsys.readouterr().out)["code"]
    for command in (
        ("show", code),
        ("search", "tran"),
        ("queue",),
        ("print", code),
        ("transition", code, "4"),
        ("backup",),
        ("backup", "--list"),
        ("restore", str(file)),
        ("report", "fees", "--from", "01/01/2026", "--to", "31/12/2026"),
        ("postal", "list"),
        ("user", "list"),
        ("sync", "--status"),
        ("demo", "--dossiers", "1"),
        ("catalog", "import", str(file)),
    ):
        refused, err = run(*command)
        assert refused == 1 and "Cần cho biết người thực hiện: --user TÊN" in err, command
    for command, action in (
        (("backup",), "sao lưu dữ liệu"),
        (("restore", str(file)), "khôi phục dữ liệu"),
        (("user", "list"), "quản lý tài khoản"),
        (("demo", "--dossiers", "1"), "cấu hình quầy"),
    ):
        refused, err = run("--user", "lan", *command)
        assert refused == 1 and f"lan (Cán bộ tiếp nhận) không được {action}" in err, command
    assert run("--user", "toan", "backup")[0] == 0 and run("--user", "nobody", "show", code)[0] == 1


def test_status_5_is_reached_only_with_its_list_of_papers(desk_dir, tmp_path):
    file = tmp_path / "hoso.json"
    file.write_text(json.dumps(DOSSIER, ensure_ascii=False), encoding="utf-8")
    code = json.loads(cli(desk_dir, "--user", "lan", "receive", "--from-json", str(file)).stdout)["code"]
    refused = cli(desk_dir, "--user", "lan", "transition", code, "5", json_out=False)
    assert refused.returncode == 1 and f"counter-app supplement {code} --item" in refused.stderr
    assert json.loads(cli(desk_dir, "--user", "lan", "show", code).stdout)["status"] == 2  # nothing recorded
    none = cli(desk_dir, "--user", "lan", "print", code, "--slip", "supplement", json_out=False)
    assert none.returncode == 1 and "chưa có yêu cầu bổ sung" in none.stderr and "Traceback" not in none.stderr


def test_a_demo_desk_goes_in_one_command_and_a_real_one_refuses(tmp_path, desk_dir):
    demo = tmp_path / "thu"
    assert cli(demo, "demo", "--dossiers", "3").returncode == 0
    assert cli(demo, "demo", "--remove").returncode == 1  # who acts: an administrator
    gone = cli(demo, "--user", "admin", "demo", "--remove")
    assert gone.returncode == 0 and not (demo / "counter.sqlite3").exists()
    refused = cli(desk_dir, "--user", "toan", "demo", "--remove")
    assert refused.returncode == 1 and "dữ liệu thật" in refused.stderr
