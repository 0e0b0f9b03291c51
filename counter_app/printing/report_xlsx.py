"""Write a report as an Excel workbook (openpyxl), one sheet per table: the title block, real header rows with the
group cells merged, numbers, money, rates and dates as typed values with their formats, the totals row in bold,
column widths, the header frozen, and the notes under the table."""

from __future__ import annotations

import io
import re
from copy import copy
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from counter_app.printing.files import save
from counter_app.reports.table import Kind, Report, header_cells
from counter_app.reports.table import Table as ReportTable

FORMATS = {Kind.COUNT: "#,##0", Kind.MONEY: '#,##0 "đ"', Kind.PERCENT: "0.00%", Kind.DATE: "dd/mm/yyyy"}
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", start_color="EDEDED")
BOLD = Font(bold=True)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(vertical="top", wrap_text=True)


def value(v, kind: Kind):
    """The typed cell value: a rate of 85.71 is stored as 0.8571 and shown 85.71%; nothing is an empty cell."""
    if v is None or v == "":
        return None
    return round(v / 100, 4) if kind is Kind.PERCENT else v


def sheet_title(text: str, taken: set[str]) -> str:
    """An Excel sheet name: at most 31 characters, none of []:*?/\\, unique in the workbook."""
    base = re.sub(r"[\[\]:*?/\\]", " ", text)[:31].strip() or "Báo cáo"
    title, n = base, 2
    while title in taken:
        title = f"{base[:28]} {n}"
        n += 1
    taken.add(title)
    return title


def _title_block(ws, report: Report, table: ReportTable, width: int) -> int:
    """The lines above the table, each merged across it; returns the next free row."""
    head = report.letterhead
    lines = [(head.governing_body, Font(bold=True), "left"), (head.department, Font(bold=True), "left")]
    if report.form:
        lines.append((report.form, Font(italic=True), "left"))
    lines += [(report.title, Font(bold=True, size=13), "center"), (report.period.phrase(), Font(bold=True), "center")]
    lines += [(line, Font(italic=True), "center") for line in report.lines]
    if table.caption:
        lines.append((table.caption, Font(bold=True), "left"))
    for n, (text, font, align) in enumerate(lines, start=1):
        cell = ws.cell(row=n, column=1, value=text)
        cell.font, cell.alignment = font, Alignment(horizontal=align)
        ws.merge_cells(start_row=n, start_column=1, end_row=n, end_column=width)
    return len(lines) + 2


def _style_body(c, kind: Kind, bold: bool) -> None:
    c.border = BOX
    if kind in FORMATS:
        c.number_format = FORMATS[kind]
    else:
        c.alignment = WRAP
    if bold:
        c.font = BOLD


def _sheet(ws, report: Report, table: ReportTable) -> None:
    width = len(table.columns)
    top = _title_block(ws, report, table, width)
    depth, cells = header_cells(table.columns)
    for row in range(top, top + depth):
        for col in range(1, width + 1):
            c = ws.cell(row=row, column=col)
            c.border, c.fill, c.font, c.alignment = BOX, HEAD_FILL, BOLD, CENTER
    for h in cells:
        ws.cell(row=top + h.top, column=h.left + 1, value=h.text)
        if (h.top, h.left) != (h.bottom, h.right):
            ws.merge_cells(
                start_row=top + h.top, start_column=h.left + 1, end_row=top + h.bottom, end_column=h.right + 1
            )
    row = top + depth
    if table.numbered:
        for col in range(1, width + 1):
            c = ws.cell(row=row, column=col, value=f"({col})")
            c.border, c.alignment, c.font = BOX, CENTER, Font(italic=True)
        row += 1
    first_body = row
    looks: dict[tuple[bool, int], object] = {}  # (bold, column) → the style of the first such cell
    for values, bold in [*((r, False) for r in table.rows), *([(table.total, True)] if table.total else [])]:
        for col, (v, column) in enumerate(zip(values, table.columns, strict=True), start=1):
            c = ws.cell(row=row, column=col, value=value(v, column.kind))
            look = looks.get((bold, col))
            if look is None:
                _style_body(c, column.kind, bold)
                looks[bold, col] = c._style
            else:  # openpyxl's way to copy a style: setting border, format… again would hash each of them again
                c._style = copy(look)
        row += 1
    for note in report.notes:
        row += 1
        ws.cell(row=row, column=1, value=f"- {note}").font = Font(italic=True)
    total_width = sum(c.width for c in table.columns)
    for col, column in enumerate(table.columns, start=1):
        ws.column_dimensions[get_column_letter(col)].width = max(7.0, round(120 * column.width / total_width, 1))
    ws.freeze_panes = ws.cell(row=first_body, column=min(3, width))
    ws.page_setup.orientation = "landscape" if report.landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.print_title_rows = f"{top}:{first_body - 1}"


def render(report: Report) -> bytes:
    workbook = Workbook()
    taken: set[str] = set()
    for n, table in enumerate(report.tables):
        ws = workbook.active if n == 0 else workbook.create_sheet()
        ws.title = sheet_title(table.caption or report.short_title, taken)
        _sheet(ws, report, table)
    workbook.properties.title = report.title
    workbook.properties.creator = report.letterhead.governing_body
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def write(report: Report, path: Path) -> Path:
    return save(render(report), path)
