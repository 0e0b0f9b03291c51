"""Lay a report out as PDF: the national header, the title and period, tables whose header repeats on every page
(merged group cells, column numbers), the totals in bold, the notes, the signatures and page numbers."""

from __future__ import annotations

import bisect
import functools
import io
import itertools
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from counter_app.printing.files import save
from counter_app.printing.fonts import BOLD, ITALIC, REGULAR
from counter_app.printing.slip_pdf import national_header, signature_table, styles
from counter_app.reports.table import Column, Kind, Report, header_cells
from counter_app.reports.table import Table as ReportTable
from counter_core.foundation.formatting import day, day_phrase, money, number, percentage

MARGIN = 12 * mm
PADDING = 3  # points, left and right of each cell
FONT_SIZE, LEADING = 8, 10
CELL_PADDING = 3  # points, above and below each cell's text (reportlab's table's default)
GRID = 0.5  # points, the width of the table's lines
FUZZ = 1e-6  # points: a row that fits to rounding fits
Cell = tuple[list[str], list[float] | None]  # its lines, and where each starts (None: at the left padding)


def _header_styles(s: dict) -> dict[str, ParagraphStyle]:
    """The header cells' styles: the labels in bold, the column numbers in italics, both centred."""
    base = ParagraphStyle("report_cell", s["cell"], fontSize=FONT_SIZE, leading=LEADING, alignment=1)
    return {
        "head": ParagraphStyle("report_head", base, fontName=BOLD),
        "number": ParagraphStyle("report_number", base, fontName=ITALIC),
    }


def text(value, kind: Kind) -> str:
    """A value as printed: counts 1.234, money 50.000 đ, rates 85,71%, dates dd/mm/yyyy; nothing as blank."""
    if kind is Kind.PERCENT:
        return percentage(value)
    if value is None or value == "":
        return ""
    if kind is Kind.COUNT and isinstance(value, int):
        return number(value)
    if kind is Kind.MONEY:
        return money(value)
    if kind is Kind.DATE:
        return day(value)
    return str(value)


class PagedTable(Flowable):
    """A table laid out a page at a time, its header rows on every page.

    The header (merged group cells, column numbers) is one small reportlab table, measured once and drawn on each
    page. The body rows are plain lines of text whose heights are known beforehand (lines × leading + padding, as
    reportlab's table counts them), so a page's share is found by adding heights, and they are drawn straight on
    the canvas, as reportlab's table draws text cells (middle-aligned, the grid at 0.5 pt): a reportlab table of
    the body rebuilt its styles cell by cell for every page, which made a month's register (20,000 lines) take
    tens of seconds."""

    def __init__(self, body: _Body, start: int = 0, end: int | None = None):
        super().__init__()
        self.body, self.start, self.end = body, start, len(body.rows) if end is None else end

    def _rows_height(self, end: int) -> float:
        return self.body.tops[end] - self.body.tops[self.start]

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = sum(self.body.widths)
        self.height = self.body.head_height(avail_width, avail_height) + self._rows_height(self.end)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list:
        room = avail_height - self.body.head_height(avail_width, avail_height)
        end = (
            bisect.bisect_right(self.body.tops, self.body.tops[self.start] + room + FUZZ, self.start, self.end + 1) - 1
        )
        if end <= self.start:
            return []  # not even one row fits here: the next page
        return [PagedTable(self.body, self.start, end), PagedTable(self.body, end, self.end)]

    def draw(self) -> None:
        self.body.draw(self.canv, self.start, self.end, self.height)


class _Body:
    """What every page of a table shares: its header, its rows as lines of text, their heights and styles."""

    def __init__(self, head: Table, rows: list[list[Cell]], widths: list[float], bold_last: bool):
        self.head, self.rows, self.widths, self.bold_last = head, rows, widths, bold_last
        self.tops = [0.0]  # tops[n]: the height of the rows before row n
        for row in rows:
            self.tops.append(self.tops[-1] + max(len(lines) for lines, _ in row) * LEADING + 2 * CELL_PADDING)
        self._head_size: tuple[float, float] | None = None  # (width available, height of the header)
        self.form = f"report-table-head-{id(self)}"
        self._lines: dict[tuple[str, str], list[tuple[str, str]]] = {}  # what ``_shown`` made (one document only)

    def _shown(self, canvas, font: str, line: str) -> list[tuple[str, str]]:
        """The font subsets and escaped bytes that show ``line`` (the way reportlab's ttfonts module documents for
        its fonts), once per distinct line: a month's register draws 400,000 lines, 60,000 of them different."""
        shown = self._lines.get((font, line))
        if shown is None:
            ttf, doc = getFont(font), canvas._doc
            shown = [(ttf.getSubsetInternalName(n, doc), escapePDF(chunk)) for n, chunk in ttf.splitString(line, doc)]
            self._lines[font, line] = shown
        return shown

    def head_height(self, avail_width: float, avail_height: float) -> float:
        if self._head_size is None or self._head_size[0] != avail_width:
            self._head_size = (avail_width, self.head.wrap(avail_width, avail_height)[1])
        return self._head_size[1]

    def draw(self, canvas, start: int, end: int, height: float) -> None:
        head_height = self._head_size[1]
        if not canvas.hasForm(self.form):  # the header drawn once, shown on every page
            canvas.beginForm(self.form, 0, 0, sum(self.widths), head_height)
            self.head.drawOn(canvas, 0, 0)
            canvas.endForm()
        canvas.saveState()
        canvas.translate(0, height - head_height)
        canvas.doForm(self.form)
        canvas.restoreState()
        top = height - head_height + self.tops[start]  # row n spans tops[n]..tops[n+1] below ``top``
        lefts = list(itertools.accumulate(self.widths, initial=0.0))
        operators, current = ["BT"], None  # current: the font subset last set
        for n in range(start, end):
            font = BOLD if self.bold_last and n == len(self.rows) - 1 else REGULAR
            bottom, row_height = top - self.tops[n + 1], self.tops[n + 1] - self.tops[n]
            for (lines, shifts), left in zip(self.rows[n], lefts, strict=False):  # lefts: one more
                y = bottom + (row_height + len(lines) * LEADING) / 2 - FONT_SIZE  # middle, as reportlab's table
                for i, line in enumerate(lines):
                    if line:
                        x = left + (PADDING if shifts is None else shifts[i])
                        operators.append(f"1 0 0 1 {fp_str(x, y)} Tm")
                        for subset, chunk in self._shown(canvas, font, line):
                            if subset != current:
                                operators.append(f"{subset} {FONT_SIZE} Tf")
                                current = subset
                            operators.append(f"({chunk}) Tj")
                    y -= LEADING
        operators.append("ET")
        canvas.setFillColor(colors.black)
        canvas.addLiteral("\n".join(operators))
        canvas.setLineWidth(GRID)
        canvas.setStrokeColor(colors.black)
        path = canvas.beginPath()
        bottom = top - self.tops[end]
        for n in range(start + 1, end + 1):
            y = top - self.tops[n]
            path.moveTo(0, y)
            path.lineTo(lefts[-1], y)
        for x in lefts:
            path.moveTo(x, height - head_height)
            path.lineTo(x, bottom)
        canvas.drawPath(path, stroke=1, fill=0)


def _table(table: ReportTable, width: float, cs: dict) -> PagedTable:
    """The header rows (merged group cells, column numbers) as a small reportlab table, and the body as lines of
    plain text, long text broken into lines once here."""
    total_width = sum(c.width for c in table.columns)
    widths = [width * c.width / total_width for c in table.columns]
    depth, cells = header_cells(table.columns)
    head: list[list] = [[""] * len(table.columns) for _ in range(depth)]
    style = [
        ("GRID", (0, 0), (-1, -1), GRID, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("BACKGROUND", (0, 0), (-1, depth - 1), colors.Color(0.93, 0.93, 0.93)),
    ]
    for c in cells:
        head[c.top][c.left] = Paragraph(escape(c.text), cs["head"])
        if (c.top, c.left) != (c.bottom, c.right):
            style.append(("SPAN", (c.left, c.top), (c.right, c.bottom)))
    if table.numbered:
        head.append([Paragraph(f"({n})", cs["number"]) for n in range(1, len(table.columns) + 1)])
    head_table = Table(head, colWidths=widths)
    head_table.setStyle(TableStyle(style))
    split = functools.lru_cache(maxsize=4096)(simpleSplit)  # a month's register repeats its procedures and units
    shown = functools.lru_cache(maxsize=4096)(text)  # and its dates
    width_of = functools.lru_cache(maxsize=65536)(stringWidth)

    def cell(value, column: Column, width: float, font: str) -> Cell:
        """A cell's lines, and where each starts from the column's left edge."""
        if column.kind is Kind.TEXT:
            line, room = text(value, column.kind), width - 2 * PADDING
            if line.isprintable() and " ".join(line.split()) == line and width_of(line, font, FONT_SIZE) <= room:
                return [line], None  # one line, as simpleSplit would give it: the common case, measured once
            return split(line, font, FONT_SIZE, room) or [""], None
        line = shown(value, column.kind)
        free = width - width_of(line, font, FONT_SIZE)
        return [line], [free - PADDING if column.kind is Kind.MONEY else free / 2]

    def cells_of(row: tuple, font: str) -> list:
        return [cell(v, col, w, font) for v, col, w in zip(row, table.columns, widths, strict=True)]

    body = [cells_of(row, REGULAR) for row in table.rows]
    if table.total:
        body.append(cells_of(table.total, BOLD))
    return PagedTable(_Body(head_table, body, widths, bold_last=table.total is not None))


def story(report: Report, width: float) -> list:
    s = styles()
    cs = _header_styles(s)
    head = report.letterhead
    place_date = f"{head.place}, {day_phrase(report.made_at.date())}"
    out: list = [
        Paragraph(escape(report.form), s["form"]) if report.form else Spacer(0, 0),
        national_header(head.governing_body, head.department, place_date, width, s),
        Spacer(0, 3 * mm),
        Paragraph(escape(report.title), s["title"]),
        Paragraph(escape(f"({report.period.phrase()})"), s["center_bold"]),
    ]
    out += [Paragraph(escape(line), s["center_italic"]) for line in report.lines]
    for table in report.tables:
        out.append(Spacer(0, 3 * mm))
        if table.caption:
            out += [Paragraph(escape(table.caption), s["body"]), Spacer(0, 1 * mm)]
        out.append(_table(table, width, cs))
    if report.notes:
        out += [Spacer(0, 2 * mm), Paragraph("Ghi chú:", s["note"])]
        out += [Paragraph(escape(f"- {note}"), s["note"]) for note in report.notes]
    out += [Spacer(0, 5 * mm), signature_table([(title, hint, "") for title, hint in report.signatures], width, s)]
    return out


def render(report: Report) -> bytes:
    """The report as PDF bytes: A4, landscape when the report is wide."""
    page = landscape(A4) if report.landscape else A4
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=page,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=report.title,
        author=report.letterhead.governing_body,
        subject=report.period.phrase(),
    )

    def page_number(canvas, document) -> None:
        canvas.setFont(ITALIC, 8)
        canvas.drawRightString(page[0] - MARGIN, MARGIN / 2, f"Trang {document.page}")

    doc.build(story(report, page[0] - 2 * MARGIN), onFirstPage=page_number, onLaterPages=page_number)
    return buffer.getvalue()


def write(report: Report, path: Path) -> Path:
    return save(render(report), path)
