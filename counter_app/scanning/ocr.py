"""Reading the words of a stored paper (OCR) with Tesseract and its Vietnamese data (Debian ``tesseract-ocr-vie``;
on Windows, Tesseract installed with its ``vie`` language), page by page at 200 dpi. Optional: without it every
other part of digitising works, and ``unavailable`` says why the words are not read."""

from __future__ import annotations

import io
import shutil
import subprocess
from functools import cache

import pypdfium2 as pdfium

DPI = 200
PAGE_TIMEOUT = 120  # seconds for one page


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


def words_of(pdf: bytes) -> str:
    """The text Tesseract reads on every page of the PDF, in order."""
    program = shutil.which("tesseract")
    document = pdfium.PdfDocument(pdf)
    texts = []
    try:
        for index in range(len(document)):
            image = document[index].render(scale=DPI / 72, grayscale=True).to_pil()
            png = io.BytesIO()
            image.save(png, "PNG", dpi=(DPI, DPI))
            read = subprocess.run(
                [program, "stdin", "stdout", "-l", "vie", "--dpi", str(DPI)],
                input=png.getvalue(),
                capture_output=True,
                timeout=PAGE_TIMEOUT,
                check=True,
            )
            texts.append(read.stdout.decode("utf-8", errors="replace"))
    finally:
        document.close()
    return "\n".join(texts)
