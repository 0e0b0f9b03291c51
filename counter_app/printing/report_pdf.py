"""Lay a report out as PDF: the national header, the title and period, tables whose header repeats on every page
(merged group cells, column numbers), the totals in bold, the notes, the signatures and page numbers."""

from __future__ import annotations

import bisect
import io
import itertools
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import _simpleSplit
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from counter_app.printing.files import Progress, save
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
        end = self.body.page_end(self.start, self.end, avail_height - self.body.head_height(avail_width, avail_height))
        if end <= self.start:
            return []  # not even one row fits here: the next page
        return [PagedTable(self.body, self.start, end), PagedTable(self.body, end, self.end)]

    def pages_left(self, avail_width: float, page_height: float) -> int:
        """How many pages the rows from ``start`` take, each page's frame ``page_height`` high."""
        room, start, pages = page_height - self.body.head_height(avail_width, page_height), self.start, 0
        while start < self.end:
            start, pages = max(self.body.page_end(start, self.end, room), start + 1), pages + 1
        return pages

    def draw(self) -> None:
        self.body.draw(self.canv, self.start, self.end, self.height)


class _Cell:
    """A cell's lines of text and where each starts, from the left of the table and from the middle of its row (as
    reportlab's table places a middle-aligned cell's lines); the PDF operators that show it, relative to the row's
    middle, made at its first drawing (the font subsets belong to the document) and reused by every equal cell."""

    __slots__ = ("lines", "operators", "places", "subsets")

    def __init__(self, lines: list[str], places: list[tuple[float, float]]):
        self.lines, self.places = lines, places
        self.operators: str | None = None
        self.subsets = ("", "")  # the font subset its operators need set first, and the one they leave set


class _Body:
    """What every page of a table shares: its header, its rows of cells, their heights and styles."""

    def __init__(self, head: Table, rows: list[list[_Cell]], widths: list[float], bold_last: bool):
        self.head, self.rows, self.widths, self.bold_last = head, rows, widths, bold_last
        self.tops = [0.0]  # tops[n]: the height of the rows before row n
        for row in rows:
            self.tops.append(self.tops[-1] + max(len(c.lines) for c in row) * LEADING + 2 * CELL_PADDING)
        self.shown = [[c for c in row if any(c.lines)] for row in rows]  # the cells with something to show
        self._head_size: tuple[float, float] | None = None  # (width available, height of the header)
        self.form = f"report-table-head-{id(self)}"
        # each font's characters met so far, and the subset and byte of each (for str.translate)
        self._glyphs: dict[str, tuple[set[str], dict[int, str], dict[int, str]]] = {}
        self._names: dict[tuple[str, str], str] = {}  # (font, subset) → its name in the document

    def page_end(self, start: int, end: int, room: float) -> int:
        """The row before which a page holding rows from ``start`` with ``room`` for them ends."""
        return bisect.bisect_right(self.tops, self.tops[start] + room + FUZZ, start, end + 1) - 1

    def _chunks(self, canvas, font: str, line: str) -> list[tuple[str, bytes]]:
        """The font subsets and bytes that show ``line``, as reportlab's ``splitString`` gives them (the way its
        ttfonts module documents for its fonts). It is asked once per distinct character, in the order the
        characters come (so the subsets are the ones it would make), and a line is then translated at once."""
        ttf, doc = getFont(font), canvas._doc
        known, subset_of, byte_of = self._glyphs.setdefault(font, (set(), {}, {}))
        if not known.issuperset(line):
            for ch in dict.fromkeys(line):
                if ch not in known:
                    ((n, code),) = ttf.splitString(ch, doc)
                    subset_of[ord(ch)], byte_of[ord(ch)] = chr(n), chr(code[0])
                    known.add(ch)
        subsets, codes = line.translate(subset_of), line.translate(byte_of).encode("latin-1")
        if subsets.count(subsets[0]) == len(subsets):  # the common case: one subset
            return [(self._subset_name(font, subsets[0], canvas), codes)]
        chunks, start = [], 0
        for n, run in itertools.groupby(subsets):
            end = start + len(list(run))
            chunks.append((self._subset_name(font, n, canvas), codes[start:end]))
            start = end
        return chunks

    def _subset_name(self, font: str, subset: str, canvas) -> str:
        """The PDF name of a font's subset (``subset``: its number as a character), asked of reportlab once."""
        name = self._names.get((font, subset))
        if name is None:
            name = self._names[font, subset] = getFont(font).getSubsetInternalName(ord(subset), canvas._doc)
        return name

    def _operators(self, canvas, cell: _Cell, font: str) -> str:
        """``cell``'s operators: from the row's middle to each line's start (Td), the line, and back to the middle."""
        out, first, current, x0, y0 = [], "", "", 0.0, 0.0
        for line, (x, y) in zip(cell.lines, cell.places, strict=True):
            if not line:
                continue
            out.append(f"{fp_str(x - x0, y - y0)} Td")
            x0, y0 = x, y
            for subset, chunk in self._chunks(canvas, font, line):
                if subset != current:
                    if current:
                        out.append(f"{subset} {FONT_SIZE} Tf")
                    first = first or subset
                    current = subset
                out.append(f"({escapePDF(chunk)}) Tj")
        out.append(f"{fp_str(-x0, -y0)} Td")
        cell.subsets = (first, current)
        return " ".join(out)

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
        tops = self.tops
        operators, current = ["BT"], ""  # current: the font subset last set
        for n in range(start, end):
            font = BOLD if self.bold_last and n == len(self.rows) - 1 else REGULAR
            operators.append(f"1 0 0 1 0 {fp_str(top - (tops[n] + tops[n + 1]) / 2)} Tm")  # the row's middle
            for cell in self.shown[n]:
                if cell.operators is None:
                    cell.operators = self._operators(canvas, cell, font)
                first, last = cell.subsets
                if first != current:
                    operators.append(f"{first} {FONT_SIZE} Tf")
                operators.append(cell.operators)
                current = last
        operators.append("ET")
        canvas.setFillColor(colors.black)
        canvas.addLiteral("\n".join(operators))
        canvas.setLineWidth(GRID)
        canvas.setStrokeColor(colors.black)
        path = canvas.beginPath()
        lefts = list(itertools.accumulate(self.widths, initial=0.0))
        bottom = top - self.tops[end]
        for n in range(start + 1, end + 1):
            y = top - self.tops[n]
            path.moveTo(0, y)
            path.lineTo(lefts[-1], y)
        for x in lefts:
            path.moveTo(x, height - head_height)
            path.lineTo(x, bottom)
        canvas.drawPath(path, stroke=1, fill=0)


class _Widths(dict[str, float]):
    """The widths of words in a font at the table's size, each measured once."""

    def __init__(self, font: str):
        super().__init__()
        self.measure = getFont(font).stringWidth

    def __missing__(self, word: str) -> float:
        width = self[word] = self.measure(word, FONT_SIZE)
        return width


def _table(table: ReportTable, width: float, cs: dict) -> PagedTable:
    """The header rows (merged group cells, column numbers) as a small reportlab table, and the body as cells of
    plain text, long text broken into lines once here, each distinct value of a column once."""
    total_width = sum(c.width for c in table.columns)
    widths = [width * c.width / total_width for c in table.columns]
    lefts = list(itertools.accumulate(widths, initial=0.0))
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

    def cell(value, column: Column, left: float, width: float, font: str) -> _Cell:
        """A cell's lines, each placed from the column's left edge: text at the left padding, counts and dates
        centred, money at the right padding."""
        measure = getFont(font).stringWidth
        if column.kind is Kind.TEXT:
            line, room = text(value, column.kind), width - 2 * PADDING
            if line.isprintable() and " ".join(line.split()) == line and measure(line, FONT_SIZE) <= room:
                lines = [line]  # one line, as simpleSplit would give it: the common case, measured once
            else:  # reportlab's simpleSplit, each word measured once (addresses repeat their words)
                words = word_widths[font]
                measured = words.__getitem__
                lines = [part for text_line in line.split("\n") for part in _simpleSplit(text_line, room, measured)]
                lines = lines or [""]
            xs = [left + PADDING] * len(lines)
        else:
            lines = [text(value, column.kind)]
            free = width - measure(lines[0], FONT_SIZE)
            xs = [left + (free - PADDING if column.kind is Kind.MONEY else free / 2)]
        middle = len(lines) * LEADING / 2 - FONT_SIZE  # the first line's baseline above the row's middle
        return _Cell(lines, [(x, middle - i * LEADING) for i, x in enumerate(xs)])

    word_widths = {REGULAR: _Widths(REGULAR), BOLD: _Widths(BOLD)}

    def column_cells(values: list, column: Column, left: float, width: float, font: str) -> list[_Cell]:
        made: dict = {}  # a month's register repeats its procedures, units and dates
        out = []
        for value in values:
            c = made.get(value)
            if c is None:
                c = made[value] = cell(value, column, left, width, font)
            out.append(c)
        return out

    def body_of(rows: list, font: str) -> list[list[_Cell]]:
        columns = zip(*rows, strict=True) if rows else ([] for _ in table.columns)
        made = [
            column_cells(list(values), column, left, w, font)
            for values, column, left, w in zip(columns, table.columns, lefts, widths, strict=False)
        ]
        return [list(row) for row in zip(*made, strict=True)]

    body = body_of(list(table.rows), REGULAR)
    if table.total:
        body += body_of([table.total], BOLD)
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


def render(report: Report, progress: Progress | None = None) -> bytes:
    """The report as PDF bytes: A4, landscape when the report is wide. ``progress(page, pages)`` is called as each
    page begins (``pages`` counted from the tables' rows beforehand, at least ``page``) and once at the end."""
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
    flowables = story(report, page[0] - 2 * MARGIN)
    width, height = doc.width - 12, doc.height - 12  # the page's frame, inside its padding (6 points each side)
    pages = max(1, sum(f.pages_left(width, height) for f in flowables if isinstance(f, PagedTable)))

    def page_number(canvas, document) -> None:
        if progress:
            progress(document.page, max(pages, document.page))
        canvas.setFont(ITALIC, 8)
        canvas.drawRightString(page[0] - MARGIN, MARGIN / 2, f"Trang {document.page}")

    doc.build(flowables, onFirstPage=page_number, onLaterPages=page_number)
    if progress:
        progress(doc.page, doc.page)
    return buffer.getvalue()


def write(report: Report, path: Path, progress: Progress | None = None) -> Path:
    return save(render(report, progress), path)
