"""Reading the words of a stored paper (OCR) with Tesseract and its Vietnamese data (Debian ``tesseract-ocr-vie``;
on Windows, Tesseract installed with its ``vie`` language), page by page at 200 dpi, and laying them over each page
as invisible text: the paper's PDF then holds its words (a viewer finds and selects them) beside the same scanned
images, not encoded again. Optional: without it every other part of digitising works, and ``unavailable`` says why
the words are not read.

Each page is rendered as it is shown (turned as the clerk turned it), Tesseract's own PDF renderer makes the text
alone (``textonly_pdf``: its glyph-less font, Unicode words, nothing drawn), and PDFium puts that page as a form
over the scanned one, turned back into the page's own coordinates. The file identifier PDFium would draw at random
is derived from the content instead, so the same paper read twice is the same file.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from functools import cache

import pypdfium2 as pdfium

DPI = 200
PAGE_TIMEOUT = 120  # seconds for one page
# Vietnamese, at the page's resolution, written as Tesseract's PDF of the text alone (no image in it).
READ_AS_TEXT_LAYER = ("-l", "vie", "--dpi", str(DPI), "-c", "textonly_pdf=1", "pdf")
# Tesseract on one thread: its OpenMP threads spin on a busy 2-CPU desk (measured: 5 s and 5.5 s of CPU a page
# against 1.1 s and 1 s of CPU on one thread), taking the CPU from the window for nothing.
_FILE_ID = re.compile(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]")


@cache
def unavailable() -> str | None:
    """Why the words of papers are not read on this computer (in Vietnamese), or None."""
    program = shutil.which("tesseract")
    if program is None:
        return "Chưa cài Tesseract (gói tesseract-ocr, tesseract-ocr-vie): chữ trong giấy tờ số hóa chưa tìm được."
    listed = subprocess.run([program, "--list-langs"], capture_output=True, text=True, timeout=30, check=False)
    if "vie" not in listed.stdout.split():
        return "Tesseract chưa có dữ liệu tiếng Việt (gói tesseract-ocr-vie): chữ trong giấy tờ chưa tìm được."
    return None


class Unread(Exception):
    """Tesseract or PDFium could not read the file (logged by the caller; the file stays as it is)."""


@dataclass(frozen=True)
class Layered:
    """A paper's PDF with its words laid over each page, and those words (for the search box)."""

    pdf: bytes
    words: str


def text_of(pdf: bytes) -> str:
    """The text the PDF already holds on its pages (a copy with a text layer made by a desk), in order; Unread if
    PDFium cannot open it."""
    try:
        document = pdfium.PdfDocument(pdf)
    except pdfium.PdfiumError as exc:
        raise Unread(exc) from exc
    try:
        return _text(document)
    finally:
        document.close()


def _text(document: pdfium.PdfDocument) -> str:
    return "\n".join(document[i].get_textpage().get_text_range() for i in range(len(document)))


def with_text_layer(pdf: bytes) -> Layered:
    """The PDF with the words Tesseract reads on each page laid over it as invisible text; Unread if Tesseract or
    PDFium fails on it."""
    try:
        return _layered(pdf)
    except (pdfium.PdfiumError, subprocess.SubprocessError) as exc:
        raise Unread(exc) from exc


def _layered(pdf: bytes) -> Layered:
    document = pdfium.PdfDocument(pdf)
    try:
        for index in range(len(document)):
            page = document[index]
            layer = pdfium.PdfDocument(_text_only(page))
            try:
                form = layer.page_as_xobject(0, document).as_pageobject()
                form.set_matrix(_onto(page, *layer[0].get_size()))
                page.insert_obj(form)
                page.gen_content()
            finally:
                layer.close()
        out = io.BytesIO()
        document.save(out)
        words = _text(document)
    finally:
        document.close()
    return Layered(_fixed_id(out.getvalue()), words)


def _text_only(page: pdfium.PdfPage) -> bytes:
    """Tesseract's PDF of the page's words alone, for the page as shown."""
    image = page.render(scale=DPI / 72, grayscale=True).to_pil()
    png = io.BytesIO()
    image.save(png, "PNG", dpi=(DPI, DPI))
    read = subprocess.run(
        [shutil.which("tesseract") or "tesseract", "stdin", "stdout", *READ_AS_TEXT_LAYER],
        input=png.getvalue(),
        capture_output=True,
        timeout=PAGE_TIMEOUT,
        check=True,
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},
    )
    return read.stdout


def _onto(page: pdfium.PdfPage, width: float, height: float) -> pdfium.PdfMatrix:
    """From the text layer's space (the page as shown, ``width`` × ``height``) to the page's own, which the
    viewer turns by the page's rotation: scaled to the page, then turned back."""
    shown_w, shown_h = page.get_size()  # as shown (PDFium swaps the sides of a page turned by 90 or 270)
    sx, sy = shown_w / width, shown_h / height
    w, h = (shown_h, shown_w) if page.get_rotation() in (90, 270) else (shown_w, shown_h)
    a, b, c, d, e, f = {
        0: (1, 0, 0, 1, 0, 0),
        90: (0, 1, -1, 0, w, 0),
        180: (-1, 0, 0, -1, w, h),
        270: (0, -1, 1, 0, 0, h),
    }[page.get_rotation()]
    return pdfium.PdfMatrix(a * sx, b * sx, c * sy, d * sy, e, f)


def _fixed_id(pdf: bytes) -> bytes:
    """The PDF with the random file identifier PDFium wrote replaced by one derived from the rest (same length)."""
    found = _FILE_ID.search(pdf)
    if found is None:
        return pdf
    digest = hashlib.sha256(pdf[: found.start()]).hexdigest().upper()
    ids = [digest[: len(found.group(n))].encode() for n in (1, 2)]
    return pdf[: found.start(1)] + ids[0] + pdf[found.end(1) : found.start(2)] + ids[1] + pdf[found.end(2) :]
