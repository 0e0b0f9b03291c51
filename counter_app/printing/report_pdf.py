"""Lay a report out as PDF: the national header, the title and period, tables whose header repeats on every page
(merged group cells, column numbers), the totals in bold, the notes, the signatures and page numbers."""

from __future__ import annotations

import io
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from counter_app.printing.files import save
from counter_app.printing.fonts import BOLD, ITALIC, REGULAR
from counter_app.printing.slip_pdf import national_header, signature_table, styles
from counter_app.reports.table import Kind, Report, header_cells
from counter_app.reports.table import Table as ReportTable
from counter_core.foundation.formatting import day, day_phrase, money, number, percentage

MARGIN = 12 * mm
PADDING = 3  # points, left and right of each cell
FONT_SIZE, LEADING = 8, 10


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
    """A table laid out a page at a time, its header rows on every page. Each page builds a reportlab table of
    only the rows that may fit (at most ``CHUNK``): a single reportlab table with merged cells recomputes its
    span grid over every remaining row at each page break, which made a month's register take minutes."""

    CHUNK = 120  # more rows than any page holds

    def __init__(self, head: list[list], body: list[list], widths: list[float], style: list, bold_last: bool):
        super().__init__()
        self.head, self.body, self.widths, self.style, self.bold_last = head, body, widths, style, bold_last
        self._table: Table | None = None

    def _build(self, rows: list[list], last: bool) -> Table:
        style = self.style + (
            [("FONT", (0, -1), (-1, -1), BOLD, FONT_SIZE, LEADING)] if last and self.bold_last else []
        )
        table = Table(self.head + rows, colWidths=self.widths, repeatRows=len(self.head))
        table.setStyle(TableStyle(style))
        return table

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if len(self.body) > self.CHUNK:
            return avail_width, avail_height + 1  # more than a page: the frame splits it
        self._table = self._build(self.body, last=True)
        return self._table.wrap(avail_width, avail_height)

    def split(self, avail_width: float, avail_height: float) -> list:
        rows = self.body[: self.CHUNK]
        parts = self._build(rows, last=len(rows) == len(self.body)).split(avail_width, avail_height)
        taken = parts[0]._nrows - len(self.head) if parts else 0
        if taken <= 0:
            return []  # not even one row fits here: the next page
        rest = self.body[taken:]
        first = self._build(self.body[:taken], last=not rest)
        return [first, PagedTable(self.head, rest, self.widths, self.style, self.bold_last)] if rest else [first]

    def draw(self) -> None:
        self._table.drawOn(self.canv, 0, 0)


def _table(table: ReportTable, width: float, cs: dict) -> PagedTable:
    """The header rows (merged group cells, column numbers) and the body as plain strings, long text broken into
    lines once here."""
    total_width = sum(c.width for c in table.columns)
    widths = [width * c.width / total_width for c in table.columns]
    depth, cells = header_cells(table.columns)
    head: list[list] = [[""] * len(table.columns) for _ in range(depth)]
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
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

    def cells_of(row: tuple, font: str) -> list:
        return [
            "\n".join(simpleSplit(text(v, col.kind), font, FONT_SIZE, w - 2 * PADDING))
            if col.kind is Kind.TEXT
            else text(v, col.kind)
            for v, col, w in zip(row, table.columns, widths)
        ]

    body = [cells_of(row, REGULAR) for row in table.rows]
    if table.total:
        body.append(cells_of(table.total, BOLD))
    for n, col in enumerate(table.columns):
        if col.kind is not Kind.TEXT:
            style.append(("ALIGN", (n, len(head)), (n, -1), "RIGHT" if col.kind is Kind.MONEY else "CENTER"))
    style.append(("FONT", (0, len(head)), (-1, -1), REGULAR, FONT_SIZE, LEADING))
    return PagedTable(head, body, widths, style, bold_last=table.total is not None)


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
