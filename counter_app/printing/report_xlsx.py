"""Write a report as an Excel workbook, one sheet per table: the title block, real header rows with the group cells
merged, numbers, money, rates and dates as typed values with their formats, the totals row in bold, column widths,
the header frozen, and the notes under the table.

openpyxl lays out everything but the body rows; the body rows (a month's register has 20,000 of them) are written as
the sheet's XML directly, in the form openpyxl writes its cells (inline strings, dates as serial numbers, the style
of each column), and put into the sheet openpyxl saved: openpyxl builds, styles and writes an object for every cell,
which took a register 15 seconds."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date, datetime
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel

from counter_app.printing.files import Progress, save
from counter_app.reports.table import Kind, Report, header_cells
from counter_app.reports.table import Table as ReportTable

FORMATS = {Kind.COUNT: "#,##0", Kind.MONEY: '#,##0 "đ"', Kind.PERCENT: "0.00%", Kind.DATE: "dd/mm/yyyy"}
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", start_color="EDEDED")
BOLD = Font(bold=True)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(vertical="top", wrap_text=True)
STEP = 1000  # rows written between two calls of the progress callback


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


class _Body:
    """A sheet's body rows as the XML of its ``<sheetData>``, rows ``first``…``last``, each cell in its column's
    style (bold on the totals row)."""

    def __init__(self, ws, table: ReportTable, first: int):
        self.table, self.first = table, first
        self.last = first + len(table.rows) + (1 if table.total else 0) - 1
        self.letters = [get_column_letter(n) for n in range(1, len(table.columns) + 1)]
        self.styles = {
            bold: [self._style_id(ws, first, n, c.kind, bold) for n, c in enumerate(table.columns, 1)]
            for bold in (False, True)
        }

    @staticmethod
    def _style_id(ws, row: int, col: int, kind: Kind, bold: bool) -> int:
        """The workbook's number for the style of a body cell: a cell is styled, its style registered, and the cell
        taken away again (its row is written here)."""
        c = ws.cell(row=row, column=col)
        _style_body(c, kind, bold)
        style = c.style_id
        del ws._cells[row, col]
        return style

    def xml(self, progress: Progress | None) -> str:
        """The rows' XML; ``progress(rows written, rows)`` every ``STEP`` rows."""
        kinds = [c.kind for c in self.table.columns]
        made: list[dict] = [{} for _ in kinds]  # each column's cells by value, without their row number
        rows = [*((r, False) for r in self.table.rows), *([(self.table.total, True)] if self.table.total else [])]
        out = []
        for n, (values, bold) in enumerate(rows):
            if progress and n % STEP == 0:
                progress(n, len(rows))
            r = self.first + n
            cells = []
            for v, kind, letter, style, seen in zip(values, kinds, self.letters, self.styles[bold], made, strict=True):
                tail = seen.get((v, bold))
                if tail is None:
                    tail = seen[v, bold] = f' s="{style}"{_content(value(v, kind))}'
                cells.append(f'<c r="{letter}{r}"{tail}')
            out.append(f'<row r="{r}">{"".join(cells)}</row>')
        if progress:
            progress(len(rows), len(rows))
        return "".join(out)


def _content(v) -> str:
    """A cell's type and value as openpyxl writes them, after its ``r`` and ``s`` attributes."""
    if v is None:
        return "/>"
    if isinstance(v, str):
        text = escape(ILLEGAL_CHARACTERS_RE.sub("", v))
        space = ' xml:space="preserve"' if text != text.strip() else ""
        return f' t="inlineStr"><is><t{space}>{text}</t></is></c>'
    if isinstance(v, bool):
        return f' t="b"><v>{int(v)}</v></c>'
    if isinstance(v, (date, datetime)):
        v = to_excel(v)
    return f' t="n"><v>{v!r}</v></c>'


def _sheet(ws, report: Report, table: ReportTable) -> _Body:
    """Lay the sheet out but for its body rows, which it returns to be written."""
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
    body = _Body(ws, table, row)
    row = body.last + 1
    for note in report.notes:
        row += 1
        ws.cell(row=row, column=1, value=f"- {note}").font = Font(italic=True)
    total_width = sum(c.width for c in table.columns)
    for col, column in enumerate(table.columns, start=1):
        ws.column_dimensions[get_column_letter(col)].width = max(7.0, round(120 * column.width / total_width, 1))
    ws.freeze_panes = ws.cell(row=body.first, column=min(3, width))
    ws.page_setup.orientation = "landscape" if report.landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.print_title_rows = f"{top}:{body.first - 1}"
    return body


def _with_body(sheet: str, body: _Body, rows: str) -> str:
    """The sheet's XML as openpyxl saved it, with the body rows put in their place and its dimension over them."""
    after = next((m.start() for m in re.finditer(r'<row r="(\d+)"', sheet) if int(m[1]) > body.last), None)
    at = sheet.index("</sheetData>") if after is None else after
    sheet = sheet[:at] + rows + sheet[at:]
    return re.sub(
        r'<dimension ref="A1:([A-Z]+)(\d+)"',
        lambda m: f'<dimension ref="A1:{m[1]}{max(int(m[2]), body.last)}"',
        sheet,
        count=1,
    )


def render(report: Report, progress: Progress | None = None) -> bytes:
    """The workbook's bytes; ``progress(rows written, rows)`` as the body rows are written."""
    workbook = Workbook()
    taken: set[str] = set()
    sheets = []
    for n, table in enumerate(report.tables):
        ws = workbook.active if n == 0 else workbook.create_sheet()
        ws.title = sheet_title(table.caption or report.short_title, taken)
        sheets.append((ws, _sheet(ws, report, table)))
    workbook.properties.title = report.title
    workbook.properties.creator = report.letterhead.governing_body
    laid_out = io.BytesIO()
    workbook.save(laid_out)
    bodies = {ws.path.lstrip("/"): body for ws, body in sheets}  # the sheet's file (numbered as saved) → its body
    done, total = 0, sum(b.last - b.first + 1 for b in bodies.values())

    def overall(rows: int, _: int) -> None:
        if progress:
            progress(done + rows, total)

    buffer = io.BytesIO()
    with zipfile.ZipFile(laid_out) as source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            body = bodies.get(item.filename)
            if body is not None:
                data = _with_body(data.decode("utf-8"), body, body.xml(overall)).encode("utf-8")
                done += body.last - body.first + 1
            target.writestr(item, data)
    return buffer.getvalue()


def write(report: Report, path: Path, progress: Progress | None = None) -> Path:
    return save(render(report, progress), path)
