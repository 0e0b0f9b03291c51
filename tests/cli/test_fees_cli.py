"""The province's fee table on a desk without a network, as an IT officer scripts it (``counter-app fees``), and a
dossier received with its case and an exemption from the command line."""

import json

from tests.cli.test_cli import cli, desk_dir  # noqa: F401 (the fixture)
from tests.helpers.fees import REFERENCE, RESOLUTION, fee_table, fee_table_file


def test_the_fee_table_is_imported_from_a_file_listed_and_shown(desk_dir, tmp_path):  # noqa: F811
    empty = cli(desk_dir, "fees", "list", json_out=False)
    assert empty.returncode == 0 and "Chưa có biểu mức thu nào" in empty.stdout
    example = cli(
        desk_dir,
        "--user",
        "toan",
        "fees",
        "import",
        str(fee_table_file(tmp_path, "vi-du.json", example=True)),
        json_out=False,
    )
    assert example.returncode == 1 and "tệp ví dụ" in example.stderr
    lines = [*fee_table()["fees"], {"procedure": "1.000894", "amount": 50000}]  # kết hôn is free by law
    done = cli(desk_dir, "--user", "toan", "fees", "import", str(fee_table_file(tmp_path, fees=lines)), json_out=False)
    assert done.returncode == 0, done.stderr
    assert f"Đã nhập biểu mức thu theo {RESOLUTION}" in done.stdout
    assert "Thủ tục 1.000894: danh mục không để mức thu cho HĐND tỉnh quyết định" in done.stderr
    again = json.loads(
        cli(desk_dir, "--user", "toan", "fees", "import", str(fee_table_file(tmp_path, fees=lines))).stdout
    )
    assert again["new"] is False
    (listed,) = json.loads(cli(desk_dir, "fees", "list").stdout)
    assert (listed["resolution"], listed["origin"], listed["lines"]) == (RESOLUTION, "import", 5)
    shown = cli(desk_dir, "fees", "show", "--date", "2026-11-23", json_out=False).stdout
    assert REFERENCE in shown and "1.004873: 10.000 đ" in shown and "Miễn: Trẻ em" in shown
    english = cli(desk_dir, "--language", "en", "fees", "show", "--date", "2026-11-23", json_out=False).stdout
    assert f"{REFERENCE} — in force from 01/08/2025" in english and "1.004873: 10.000 đ" in english
    assert "Exempt: Trẻ em" in english
    before = cli(desk_dir, "fees", "show", "--date", "2025-07-31", json_out=False).stdout
    assert "Không có biểu mức thu nào có hiệu lực ngày 31/07/2025." in before


def test_receive_takes_the_case_and_the_exemption_and_prints_them(desk_dir, tmp_path):  # noqa: F811
    assert cli(desk_dir, "--user", "toan", "fees", "import", str(fee_table_file(tmp_path))).returncode == 0
    dossier = {
        "procedure": "1.004859",
        "case": "xac-minh",
        "owner": {"full_name": "Lò Văn Páo", "id_number": "011090123456", "gender": "Nam"},
        "fee": {"exemption": "Người khuyết tật"},
    }
    file = tmp_path / "hoso.json"
    file.write_text(json.dumps(dossier, ensure_ascii=False), encoding="utf-8")
    printed = cli(desk_dir, "--user", "lan", "receive", "--from-json", str(file), json_out=False)
    assert printed.returncode == 0, printed.stderr
    assert "Trường hợp: Thay đổi, cải chính cần xác minh (thêm không quá 03 ngày làm việc)" in printed.stdout
    assert "Phí, lệ phí: Miễn lệ phí — Người khuyết tật (căn cứ Luật Hộ tịch 2014, Điều 11 khoản 1 điểm a)" in (
        printed.stdout
    )
    english = cli(desk_dir, "--language", "en", "--user", "lan", "receive", "--from-json", str(file), json_out=False)
    assert english.stdout.splitlines()[1:4:2] == [
        "Case: Thay đổi, cải chính cần xác minh (thêm không quá 03 ngày làm việc)",  # the catalog's words
        "Fees and charges: Exempt — Người khuyết tật (under Luật Hộ tịch 2014, Điều 11 khoản 1 điểm a)",
    ]
    code = printed.stdout.splitlines()[0]
    shown = json.loads(cli(desk_dir, "--user", "lan", "show", code).stdout)
    assert (shown["case"], shown["processing_phrase"]) == ("xac-minh", "06 ngày làm việc")
    assert shown["fee_charged"] == {
        "amount": 0,
        "explanation": "Miễn lệ phí",
        "exemption": "Người khuyết tật",
        "ground": "Luật Hộ tịch 2014, Điều 11 khoản 1 điểm a",
    }
    due = cli(desk_dir, "due-date", "--procedure", "1.004859", "--case", "xac-minh", "--received", "2026-03-02 09:00")
    assert json.loads(due.stdout)["due_at"] == "2026-03-10T09:00:00+07:00"
    file.write_text(json.dumps(dossier | {"case": "xac-nhan"}, ensure_ascii=False), encoding="utf-8")
    wrong = cli(desk_dir, "--user", "lan", "receive", "--from-json", str(file), json_out=False)
    assert wrong.returncode == 1 and 'không có trường hợp "xac-nhan"' in wrong.stderr
