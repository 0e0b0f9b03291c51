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
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from counter_app.domain.slips import DEPARTMENT, place_name
from counter_app.formatting import day, day_phrase, money, number, percentage
from counter_app.printing.files import save
from counter_app.printing.fonts import BOLD, ITALIC
from counter_app.printing.slip_pdf import national_header, signature_table, styles
from counter_app.reports.table import Kind, Report, header_cells
from counter_app.reports.table import Table as ReportTable

MARGIN = 12 * mm


def _cell_styles(s: dict) -> dict[str, ParagraphStyle]:
    cell = ParagraphStyle("report_cell", s["cell"], fontSize=8, leading=10)
    return {"cell": cell, "head": ParagraphStyle("report_head", cell, fontName=BOLD, alignment=1),
            "number": ParagraphStyle("report_number", cell, fontName=ITALIC, alignment=1),
            "total": ParagraphStyle("report_total", cell, fontName=BOLD)}


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


def _table(table: ReportTable, width: float, cs: dict) -> Table:
    depth, cells = header_cells(table.columns)
    grid: list[list] = [[""] * len(table.columns) for _ in range(depth)]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
             ("BACKGROUND", (0, 0), (-1, depth - 1), colors.Color(0.93, 0.93, 0.93))]
    for c in cells:
        grid[c.top][c.left] = Paragraph(escape(c.text), cs["head"])
        if (c.top, c.left) != (c.bottom, c.right):
            style.append(("SPAN", (c.left, c.top), (c.right, c.bottom)))
    head_rows = depth
    if table.numbered:
        grid.append([Paragraph(f"({n})", cs["number"]) for n in range(1, len(table.columns) + 1)])
        head_rows += 1

    def cells(row: tuple, style: ParagraphStyle) -> list:
        return [Paragraph(escape(text(v, col.kind)), style) if col.kind is Kind.TEXT and v else text(v, col.kind)
                for v, col in zip(row, table.columns)]

    grid += [cells(row, cs["cell"]) for row in table.rows]
    if table.total:
        grid.append(cells(table.total, cs["total"]))
    for n, col in enumerate(table.columns):
        if col.kind is not Kind.TEXT:
            style.append(("ALIGN", (n, head_rows), (n, -1), "RIGHT" if col.kind is Kind.MONEY else "CENTER"))
    style += [("FONT", (0, head_rows), (-1, -1), cs["cell"].fontName, cs["cell"].fontSize)]
    if table.total:
        style += [("FONT", (0, -1), (-1, -1), BOLD, cs["cell"].fontSize)]
    total_width = sum(c.width for c in table.columns)
    widths = [width * c.width / total_width for c in table.columns]
    out = Table(grid, colWidths=widths, repeatRows=head_rows)
    out.setStyle(TableStyle(style))
    return out


def story(report: Report, width: float) -> list:
    s = styles()
    cs = _cell_styles(s)
    place_date = f"{place_name(report.unit_name)}, {day_phrase(report.made_at.date())}"
    out: list = [Paragraph(escape(report.form), s["form"]) if report.form else Spacer(0, 0),
                 national_header(report.unit_name.upper(), DEPARTMENT, place_date, width, s), Spacer(0, 3 * mm),
                 Paragraph(escape(report.title), s["title"]),
                 Paragraph(escape(f"({report.period.phrase()})"), s["center_bold"])]
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
    doc = SimpleDocTemplate(buffer, pagesize=page, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN, title=report.title, author=report.unit_name,
                            subject=report.period.phrase())

    def page_number(canvas, document) -> None:
        canvas.setFont(ITALIC, 8)
        canvas.drawRightString(page[0] - MARGIN, MARGIN / 2, f"Trang {document.page}")

    doc.build(story(report, page[0] - 2 * MARGIN), onFirstPage=page_number, onLaterPages=page_number)
    return buffer.getvalue()


def write(report: Report, path: Path) -> Path:
    return save(render(report), path)
