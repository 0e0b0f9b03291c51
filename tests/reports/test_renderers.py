"""The reports as files a supervisor opens: the .xlsx read back with openpyxl (headers, merged groups, typed
numbers, totals, frozen header), the PDF's text extracted with pdfium (title, period, unit, headers, totals)."""

import re
from datetime import date, datetime

import pypdfium2
import pytest
from openpyxl import load_workbook

from counter_app.printing import report_pdf, report_xlsx
from counter_app.reports import Period, build
from counter_app.reports.register import COLUMNS, DEFAULT_COLUMNS
from counter_app.reports.table import Column, Kind, Report, Table
from counter_app.services import accounts
from counter_core.domain.letterhead import Letterhead
from counter_core.foundation.clock import VN_TZ
from tests.reports.seed import OCTOBER, seed_october

OCTOBER_TOTALS = (16, 2, 1, 13, 12, 4, 6, 2, 4, 2, 2)  # worked out in test_figures


@pytest.fixture
def seeded(desk, clock, clerk, admin):
    hung = accounts.add_user(desk.store, "hung", "Trần Văn Hùng", "clerk", "matkhau1", admin)
    return seed_october(desk, clock, clerk, hung)


def pdf_pages(path) -> list[str]:
    pdf = pypdfium2.PdfDocument(str(path))
    return [" ".join(page.get_textpage().get_text_range().split()) for page in pdf]


def sheet_rows(ws) -> list[tuple]:
    return [tuple(row) for row in ws.iter_rows(values_only=True)]


def test_the_periodic_workbook_has_the_merged_headers_typed_numbers_and_the_totals(desk, seeded, tmp_path):
    path = report_xlsx.write(build(desk, "periodic", OCTOBER), tmp_path / "bieu.xlsx")
    ws = load_workbook(path).active
    rows = sheet_rows(ws)
    assert ws.title == "Biểu II.06a"
    assert rows[0][0] == "UBND XÃ QUẢNG PHÚ" and rows[2][0] == "Biểu số II.06a/VPCP/KSTT"
    assert rows[4][0] == "Từ ngày 01/10/2026 đến ngày 31/10/2026"
    top = next(n for n, r in enumerate(rows) if r[0] == "TT")
    assert rows[top][:3] == ("TT", "Lĩnh vực, công việc giải quyết theo cấp", "Tiếp nhận")
    assert rows[top][6] == "Số lượng hồ sơ đã giải quyết" and rows[top][10] == "Số lượng hồ sơ đang giải quyết"
    assert rows[top + 1][2:4] == ("Tổng số", "Trong đó")
    assert rows[top + 2][3:6] == (
        "Từ kỳ trước",
        "Mới tiếp nhận trực tuyến",
        "Mới tiếp nhận trực tiếp, dịch vụ bưu chính",
    )
    assert rows[top + 3] == tuple(f"({n})" for n in range(1, 14))
    merged = {str(r) for r in ws.merged_cells.ranges}
    excel_row = top + 1
    assert {
        f"C{excel_row}:F{excel_row}",
        f"D{excel_row + 1}:F{excel_row + 1}",
        f"G{excel_row}:J{excel_row}",
        f"A{excel_row}:A{excel_row + 2}",
        f"C{excel_row + 1}:C{excel_row + 2}",
    } <= merged
    body = rows[top + 4 : top + 8]
    assert [r[:3] for r in body] == [
        (1, "Bảo trợ xã hội", 1),
        (2, "Chứng thực", 2),
        (3, "Hộ tịch", 10),
        (4, "Xây dựng", 3),
    ]
    assert rows[top + 8] == (None, "Tổng cộng", *OCTOBER_TOTALS)
    assert ws.freeze_panes == f"C{top + 5}"  # the header and the column numbers stay in view
    assert ws.cell(top + 9, 3).font.bold and ws.cell(top + 9, 3).number_format == "#,##0"


def test_rates_money_and_dates_are_typed_cells(desk, seeded, tmp_path):
    book = load_workbook(report_xlsx.write(build(desk, "ontime", OCTOBER), tmp_path / "ontime.xlsx"))
    assert book.sheetnames == ["Theo thủ tục hành chính", "Theo cán bộ tiếp nhận"]
    clerks = book["Theo cán bộ tiếp nhận"]
    total = next(r for r in clerks.iter_rows() if r[1].value == "Tổng cộng")
    assert [c.value for c in total[2:]] == [12, 7, 5, 0.5833, 4, 6, 2, 0.8333, 4, 2, 2]
    assert total[5].number_format == "0.00%"
    fees = load_workbook(report_xlsx.write(build(desk, "fees", OCTOBER), tmp_path / "fees.xlsx")).active
    fee_total = next(r for r in fees.iter_rows() if r[2].value == "Tổng cộng")
    assert [c.value for c in fee_total[3:]] == [14, 2, 70000] and fee_total[5].number_format == '#,##0 "đ"'
    register = load_workbook(report_xlsx.write(build(desk, "register", OCTOBER), tmp_path / "so.xlsx")).active
    first = next(r for r in register.iter_rows() if r[0].value == 1)
    assert first[1].value == seeded["D"] and first[6].value == datetime(2026, 10, 5)
    assert first[6].number_format == "dd/mm/yyyy"


def test_the_periodic_pdf_reads_with_its_header_title_period_and_totals(desk, seeded, tmp_path):
    path = report_pdf.write(build(desk, "periodic", OCTOBER), tmp_path / "bieu.pdf")
    page = pypdfium2.PdfDocument(str(path))[0]
    assert page.get_width() > page.get_height()  # A4 landscape
    text = " ".join(pdf_pages(path))
    for expected in (
        "UBND XÃ QUẢNG PHÚ",
        "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Quảng Phú, ngày 23 tháng 11 năm 2026",
        "Biểu số II.06a/VPCP/KSTT",
        "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH",
        "Từ ngày 01/10/2026 đến ngày 31/10/2026",
        "Tiếp nhận",
        "Từ kỳ trước",
        "Số lượng hồ sơ đã giải quyết",
        "Số lượng hồ sơ đang giải quyết",
        "Trước hạn",
        "Quá hạn",
        "Hộ tịch 10 0 0 10 8 3 3 2 2 1 1",
        "Tổng cộng " + " ".join(map(str, OCTOBER_TOTALS)),
        "quy tắc theo ngày của tỉnh",
        "NGƯỜI LẬP BIỂU",
        "THỦ TRƯỞNG ĐƠN VỊ",
    ):
        assert expected in text, expected


def test_the_on_time_pdf_shows_both_rules_and_rates_with_a_decimal_comma(desk, seeded, tmp_path):
    text = " ".join(pdf_pages(report_pdf.write(build(desk, "ontime", OCTOBER), tmp_path / "ontime.pdf")))
    assert "Theo QĐ 766/QĐ-TTg (thời điểm)" in text and "Theo ngày (quy tắc của tỉnh)" in text
    assert "Nguyễn Thị Lan 5 3 2 60,00% 3 1 1 80,00% 3 1 1" in text
    assert "Tổng cộng 12 7 5 58,33% 4 6 2 83,33% 4 2 2" in text
    fees = " ".join(pdf_pages(report_pdf.write(build(desk, "fees", OCTOBER), tmp_path / "fees.pdf")))
    assert "Chứng thực di chúc 1 1 50.000 đ" in fees and "Tổng cộng 14 2 70.000 đ" in fees


def test_a_long_table_repeats_its_header_on_every_page(tmp_path):
    columns = (
        Column(("TT",), Kind.COUNT, 0.5),
        Column(("Nhóm", "Tên"), Kind.TEXT, 3),
        Column(
            ("Nhóm", "Số"),
        ),
    )
    rows = tuple((n, f"Dòng số {n}", n * 1000) for n in range(1, 121))
    report = Report(
        kind="test",
        title="BẢNG DÀI",
        short_title="Bảng dài",
        letterhead=Letterhead("UBND xã Quảng Phú"),
        period=Period(date(2026, 1, 1), date(2026, 12, 31)),
        made_at=datetime(2027, 1, 5, 9, 0, tzinfo=VN_TZ),
        tables=(Table(columns, rows, ("", "Tổng cộng", 7260000)),),
        landscape=False,
    )
    pages = pdf_pages(report_pdf.write(report, tmp_path / "long.pdf"))
    assert len(pages) >= 3
    for n, text in enumerate(pages, start=1):
        assert "TT Nhóm Tên Số" in text and f"Trang {n}" in text
    assert "Dòng số 120 120.000" in pages[-1] and "Tổng cộng 7.260.000" in pages[-1]


def long_register(lines: int) -> Report:
    """A month's register of ``lines`` dossiers, the register's own columns, a procedure's name on two lines."""
    columns = tuple(COLUMNS[k].column for k in DEFAULT_COLUMNS)
    received = [date(2026, 10, 1 + n % 31) for n in range(lines)]
    rows = tuple(
        (
            n,
            f"000.00.31.H56-261001-{n:04d}",
            "Chứng thực bản sao từ bản chính giấy tờ, văn bản" if n % 3 else "Đăng ký khai sinh",
            "Nguyễn Thị Lan",
            f"Thôn Phú Lộc, 09123{n:05d}",
            "UBND xã Quảng Phú",
            day,
            day,
            None if n % 4 else day,
            "Trực tiếp",
            "",
            "" if n % 5 else "Đang giải quyết",
        )
        for n, day in enumerate(received, start=1)
    )
    return Report(
        kind="register",
        title="SỔ THEO DÕI HỒ SƠ",
        short_title="Sổ theo dõi hồ sơ",
        letterhead=Letterhead("UBND xã Quảng Phú"),
        period=Period(date(2026, 10, 1), date(2026, 10, 31)),
        made_at=datetime(2026, 11, 5, 9, 0, tzinfo=VN_TZ),
        tables=(Table(columns, rows, numbered=True),),
        notes=("Hồ sơ bị từ chối tiếp nhận (Mẫu 03) không vào sổ.",),
    )


def test_a_long_register_prints_every_line_once_in_order_on_full_pages_with_the_header_on_each(tmp_path):
    told: list[tuple[int, int]] = []
    path = report_pdf.write(long_register(3000), tmp_path / "so.pdf", lambda done, total: told.append((done, total)))
    pages = pdf_pages(path)
    assert len(pages) > 200 and told[-1] == (len(pages), len(pages))
    assert [done for done, _ in told[:-1]] == list(range(1, len(pages) + 1))  # each page as it begins
    assert told[0][1] >= len(pages) - 1  # the count told from the start is right to a page
    shown = []
    for n, text in enumerate(pages, start=1):
        assert "TT Mã hồ sơ Tên thủ tục hành chính" in text and f"Trang {n}" in text
        shown.append([int(code) for code in re.findall(r"000\.00\.31\.H56-261001-(\d{4})", text)])
    assert [n for page in shown for n in page] == list(range(1, 3001))
    assert len({len(page) for page in shown[1:-1]}) <= 2 and min(len(page) for page in shown[1:-1]) >= 13  # full pages


def test_a_long_register_as_a_workbook_has_every_line_typed_and_styled(tmp_path):
    told: list[tuple[int, int]] = []
    path = report_xlsx.write(long_register(3000), tmp_path / "so.xlsx", lambda done, total: told.append((done, total)))
    ws = load_workbook(path).active
    rows = sheet_rows(ws)
    first = next(n for n, r in enumerate(rows) if r[0] == "(1)") + 1
    body = rows[first : first + 3000]
    assert [r[0] for r in body] == list(range(1, 3001)) and told[-1] == (3000, 3000) and len(told) == 4
    assert body[0][1:4] == (
        "000.00.31.H56-261001-0001",
        "Chứng thực bản sao từ bản chính giấy tờ, văn bản",
        "Nguyễn Thị Lan",
    )
    assert body[3][6:9] == (datetime(2026, 10, 4), datetime(2026, 10, 4), datetime(2026, 10, 4))
    assert body[4][8] is None and body[4][11] == "Đang giải quyết" and body[5][11] is None
    assert rows[first + 3001][0] == "- Hồ sơ bị từ chối tiếp nhận (Mẫu 03) không vào sổ."
    last = ws.cell(row=first + 3000, column=7)
    assert last.number_format == "dd/mm/yyyy" and last.border.left.style == "thin"
    assert ws.cell(row=first + 3000, column=3).alignment.wrap_text
    assert ws.freeze_panes == f"C{first + 1}" and ws.dimensions == f"A1:L{first + 3002}"
