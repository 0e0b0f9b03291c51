"""Lay a slip out on A4 with reportlab: the national header, title, barcode and QR, fields, table, signatures."""

from __future__ import annotations

import io
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from counter_app.printing.barcodes import LIST_MODULE, DossierBarcode, QrCode
from counter_app.printing.files import save
from counter_app.printing.fonts import BOLD, ITALIC, register
from counter_core.domain.slips import Slip

MARGIN = 15 * mm
DEMO_MARK = "DỮ LIỆU THỬ — KHÔNG CÓ GIÁ TRỊ"  # across every page a demo desk prints


def mark_demo(canvas, document) -> None:
    """Write the demo mark across the page, light enough to read the slip through it and there to be seen."""
    width, height = document.pagesize
    canvas.saveState()
    canvas.setFillColor(colors.Color(0.8, 0.1, 0.1, alpha=0.25))
    canvas.setFont(BOLD, min(width, height) / 16)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(35 if height > width else 20)
    canvas.drawCentredString(0, 0, DEMO_MARK)
    canvas.restoreState()


def page_size(slip: Slip) -> tuple[float, float]:
    return landscape(A4) if slip.landscape else A4


def styles(table_font_size: float = 9.5) -> dict[str, ParagraphStyle]:
    """The paragraph styles of printed slips and reports, in the shipped font."""
    font = register()
    size, leading = table_font_size, table_font_size * 1.27
    base = ParagraphStyle("base", fontName=font, fontSize=10.5, leading=14)
    return {
        "body": base,
        "paragraph": ParagraphStyle("paragraph", base, firstLineIndent=10 * mm, spaceAfter=3, alignment=4),
        "small": ParagraphStyle("small", base, fontSize=8.5, leading=11),
        "note": ParagraphStyle("note", base, fontName=ITALIC, fontSize=9, leading=12),
        "center": ParagraphStyle("center", base, alignment=TA_CENTER),
        "center_bold": ParagraphStyle("center_bold", base, fontName=BOLD, alignment=TA_CENTER),
        "center_italic": ParagraphStyle("center_italic", base, fontName=ITALIC, alignment=TA_CENTER),
        "title": ParagraphStyle("title", base, fontName=BOLD, fontSize=13.5, leading=18, alignment=TA_CENTER),
        "form": ParagraphStyle("form", base, fontName=ITALIC, fontSize=8, leading=10, alignment=2),
        "cell": ParagraphStyle("cell", base, fontSize=size, leading=leading),
        "cell_bold": ParagraphStyle(
            "cell_bold", base, fontName=BOLD, fontSize=size, leading=leading, alignment=TA_CENTER
        ),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def national_header(
    governing_body: str, department: str, place_date: str, width: float, s: dict, under: tuple[str, ...] = ()
) -> Table:
    """The body and department on the left (with a letter's number and subject under them), the national motto
    and the place and date on the right."""
    left = [_p(governing_body, s["center"]), _p(department, s["center_bold"]), _p("———", s["center"])]
    left += [_p(text, s["center"]) for text in under if text]
    right = [
        _p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", s["center_bold"]),
        _p("Độc lập - Tự do - Hạnh phúc", s["center_bold"]),
        _p("———", s["center"]),
        _p(place_date, s["center_italic"]),
    ]
    table = Table([[left, right]], colWidths=[width * 0.45, width * 0.55])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def signature_table(blocks: list[tuple[str, str, str]], width: float, s: dict) -> KeepTogether:
    """Signature blocks side by side: each a title, a hint ("(Ký và ghi rõ họ tên)"), room to sign, a name."""
    row = [_signature_cell(title, hint, name, s) for title, hint, name in blocks]
    table = Table([row], colWidths=[width / len(row)] * len(row))
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return KeepTogether(table)


def _signature_cell(title: str, hint: str, name: str, s: dict) -> list:
    """One signature block: its title, the hint, room to sign, the name when known."""
    return [_p(title, s["center_bold"]), _p(hint, s["center_italic"]), Spacer(0, 15 * mm)] + (
        [_p(name, s["center_bold"])] if name else []
    )


def _header(slip: Slip, s: dict, width: float) -> list:
    table = national_header(
        slip.governing_body, slip.department, slip.place_date, width, s, (slip.number, slip.subject)
    )
    return [_p(slip.form_label, s["form"]) if slip.form_label else Spacer(0, 0), table, Spacer(0, 4 * mm)]


def _identity(slip: Slip, copy: str, s: dict, width: float) -> list:
    title = [_p(slip.title, s["title"])]
    if copy:
        title.append(_p(f"({copy})", s["center_italic"]))
    if slip.addressee:
        title += [Spacer(0, 2 * mm), _p(slip.addressee, s["center"])]
    if not slip.code:
        return [*title, Spacer(0, 3 * mm)]
    code_block = [_p(f"Mã hồ sơ: {slip.code}", s["center_bold"]), DossierBarcode(slip.code)]
    cells = [[code_block, QrCode(slip.qr_text) if slip.qr_text else ""]]
    table = Table(cells, colWidths=[width - 30 * mm, 30 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (0, 0), (0, 0), "CENTER")]))
    return [*title, Spacer(0, 2 * mm), table, Spacer(0, 2 * mm)]


def _lines(lines, s) -> list:
    return [Paragraph(f"{escape(label)}: <b>{escape(value)}</b>", s["body"]) for label, value in lines]


def _cell(text: str, s: dict) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), s["cell"])


def _table(slip: Slip, s: dict, width: float) -> list:
    if not slip.table_header:
        return []
    rows = [[_p(h, s["cell_bold"]) for h in slip.table_header]]
    rows += [[_cell(cell, s) for cell in row] for row in slip.table_rows]
    for row, code in zip(rows[1:], slip.row_barcodes):
        if code:
            text = row[slip.barcode_column]
            bars = DossierBarcode(code, 7 * mm, LIST_MODULE, 10 * LIST_MODULE)
            row[slip.barcode_column] = [bars, text] if text.text else [bars]
    total = sum(slip.table_weights)
    widths = [width * w / total for w in slip.table_weights]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (2, 1), (-1, -1), "CENTER"),
            ]
        )
    )
    title = [_p(slip.table_title, s["body"]), Spacer(0, 1 * mm)] if slip.table_title else []
    return [Spacer(0, 2 * mm), *title, table, Spacer(0, 2 * mm)]


def _signatures(slip: Slip, s: dict, width: float) -> list:
    if not slip.signatures:
        return []
    names = slip.signers or (("",) * (len(slip.signatures) - 1) + (slip.extra.get("received_by") or "",))
    blocks = [(title, slip.signature_hint, name) for title, name in zip(slip.signatures, names)]
    if slip.recipients:  # a letter: "Nơi nhận" on the left, its one signer on the right
        recipients = [Paragraph("<b><i>Nơi nhận:</i></b>", s["small"])] + [_p(r, s["small"]) for r in slip.recipients]
        signer = _signature_cell(*blocks[0], s)
        table = Table([[recipients, signer]], colWidths=[width / 2, width / 2])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        return [Spacer(0, 4 * mm), KeepTogether(table)]
    return [Spacer(0, 4 * mm), signature_table(blocks, width, s)]


def story(slip: Slip) -> list:
    s = styles(slip.table_font_size)
    width = page_size(slip)[0] - 2 * MARGIN
    out: list = []
    for n, copy in enumerate(slip.copies):
        if n:
            out.append(PageBreak())
        out += _header(slip, s, width) + _identity(slip, copy, s, width)
        out += [Paragraph(escape(text), s["paragraph"]) for text in slip.paragraphs] + _lines(slip.lines, s)
        out += _table(slip, s, width) + _lines(slip.after_table, s)
        if slip.notes:
            out += [Spacer(0, 2 * mm), _p("Ghi chú:", s["note"])] + [_p(f"- {n}", s["note"]) for n in slip.notes]
        out += _signatures(slip, s, width)
    return out


def render(slip: Slip) -> bytes:
    """The slip as PDF bytes."""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=page_size(slip),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=10 * mm,
        bottomMargin=10 * mm,
        title=slip.title,
        author=slip.governing_body,
        subject=slip.code or "",
    )
    if slip.demo:
        doc.build(story(slip), onFirstPage=mark_demo, onLaterPages=mark_demo)
    else:
        doc.build(story(slip))
    return buffer.getvalue()


def write(slip: Slip, path: Path) -> Path:
    """Write the PDF atomically: a half-written file never replaces a good one."""
    return save(render(slip), path)
