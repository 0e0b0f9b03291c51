"""``counter-app report``: both formats written headless from a desk's data folder, and periods refused in
Vietnamese with nothing written."""

import pytest
from openpyxl import load_workbook

from counter_app.services import accounts
from tests.cli.test_cli import cli
from tests.reports.seed import seed_october
from tests.reports.test_renderers import pdf_pages


@pytest.fixture
def data_dir(desk, clock, clerk, admin, tmp_path):
    hung = accounts.add_user(desk.store, "hung", "Trần Văn Hùng", "clerk", "matkhau1", admin)
    seed_october(desk, clock, clerk, hung)
    return tmp_path / "desk"  # the desk fixture's folder


def test_the_periodic_report_as_excel_and_the_on_time_one_as_pdf(data_dir, tmp_path):
    xlsx = tmp_path / "bieu-06a.xlsx"
    done = cli(
        data_dir,
        "--user",
        "toan",
        "report",
        "periodic",
        "--from",
        "01/10/2026",
        "--to",
        "2026-10-31",
        "--format",
        "xlsx",
        "--out",
        str(xlsx),
    )
    assert done.returncode == 0, done.stderr
    assert '"format": "xlsx"' in done.stdout and xlsx.exists()
    rows = [r for r in load_workbook(xlsx).active.iter_rows(values_only=True)]
    assert (None, "Tổng cộng", 16, 2, 1, 13, 12, 4, 6, 2, 4, 2, 2) in rows
    pdf = tmp_path / "dung-han.pdf"
    done = cli(
        data_dir,
        "--user",
        "toan",
        "report",
        "ontime",
        "--from",
        "01/10/2026",
        "--to",
        "31/10/2026",
        "--out",
        str(pdf),
        json_out=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(pdf) and "Tổng cộng 12 7 5 58,33% 4 6 2 83,33% 4 2 2" in " ".join(pdf_pages(pdf))


def test_the_register_takes_its_columns_and_defaults_to_the_data_folder(data_dir):
    done = cli(
        data_dir,
        "--user",
        "toan",
        "report",
        "register",
        "--from",
        "01/10/2026",
        "--to",
        "31/10/2026",
        "--format",
        "xlsx",
        "--columns",
        "code,applicant,received,note",
        json_out=False,
    )
    assert done.returncode == 0, done.stderr
    path = data_dir / "reports" / "register-2026-10-01-2026-10-31.xlsx"
    assert done.stdout.strip() == str(path)
    rows = [r for r in load_workbook(path).active.iter_rows(values_only=True)]
    header = next(n for n, r in enumerate(rows) if r[0] == "Mã hồ sơ")
    assert rows[header] == ("Mã hồ sơ", "Tên cá nhân, tổ chức", "Ngày, tháng, năm", "Ghi chú")
    assert rows[header + 1] == (None, None, "Nhận hồ sơ", None)
    assert len([r for r in rows if r[0] and str(r[0]).startswith("000.00.31.H56-")]) == 14


@pytest.mark.parametrize(
    "args, message",
    [
        (["--from", "32/10/2026", "--to", "31/10/2026"], "Lỗi: Ngày '32/10/2026' không hợp lệ (dd/mm/yyyy)."),
        (
            ["--from", "31/10/2026", "--to", "01/10/2026"],
            "Lỗi: Kỳ báo cáo không hợp lệ: ngày bắt đầu 31/10/2026 sau ngày kết thúc 01/10/2026.",
        ),
        (["--from", "01/10/2026"], "Lỗi: Cần cho biết kỳ báo cáo: từ ngày … đến ngày … (dd/mm/yyyy)."),
        (["--from", "01/01/2999", "--to", "31/01/2999"], "Lỗi: Kỳ báo cáo bắt đầu ngày 01/01/2999, sau ngày hôm nay"),
        (
            ["--from", "01/10/2026", "--to", "31/10/2026", "--out", "bieu.csv"],
            'Lỗi: Định dạng "csv" không hỗ trợ: chọn --format pdf hoặc --format xlsx.',
        ),
        (["--from", "01/10/2026", "--to", "31/10/2026", "--columns", "code,mau"], "Lỗi: Cột không có trong sổ: mau."),
    ],
)
def test_bad_periods_and_options_are_refused_in_vietnamese_and_write_nothing(data_dir, args, message):
    done = cli(data_dir, "--user", "toan", "report", "register", *args, json_out=False)
    assert done.returncode == 1 and done.stderr.startswith(message), done.stderr
    assert not (data_dir / "reports").exists()


def test_a_clerk_is_told_that_reports_are_for_supervisors_and_nothing_is_written(data_dir):
    done = cli(data_dir, "--user", "lan", "report", "register", "--from", "01/10/2026", "--to", "31/10/2026")
    assert done.returncode == 1 and not (data_dir / "reports").exists()
    assert '"error": "role_not_allowed"' in done.stderr and "lan (Cán bộ tiếp nhận) không được xem sổ" in done.stderr
    assert "dành cho: Lãnh đạo / giám sát; Quản trị" in done.stderr
    anonymous = cli(data_dir, "report", "register", "--from", "01/10/2026", "--to", "31/10/2026", json_out=False)
    assert anonymous.returncode == 1 and "--user TÊN" in anonymous.stderr
