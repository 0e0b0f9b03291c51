"""Scanned pages as the desk keeps them (greyscale JPEG at 200 dpi, the paper's grain whitened) and a paper's pages
as one PDF: the JPEGs embedded as they are by img2pdf, so nothing is compressed twice.

Compression: quality 60, or for a page dense with small text the highest of 45 or 30 that its size predicts to fit
``TARGET_BYTES`` (25 at worst, still legible text at 200 dpi).
bench/attachments.py prints what each kind of page reaches.
"""

from __future__ import annotations

import io
import struct
from collections.abc import Sequence
from dataclasses import dataclass, replace

import img2pdf
from PIL import Image

DPI = 200
A4_LONG_SIDE = round(297 / 25.4 * DPI)  # pixels of an A4 page's long side at 200 dpi (2339)
TARGET_BYTES = 150 * 1024  # one A4 page
QUALITY = 60
# Lower qualities, with the size each gives relative to quality 60 on scanned text (measured on A4 pages).
FALLBACKS = ((45, 0.88), (30, 0.74), (25, 0.69))
PROGRESSIVE_GAIN = 0.9  # a progressive JPEG's size relative to a baseline one
# Grey levels up to PAPER_INK count as ink (black), from PAPER_WHITE as the paper (white): the scanner's grey
# background and grain vanish, which keeps pages small, and text gets darker.
PAPER_INK, PAPER_WHITE = 40, 200
_LEVELS = [
    0 if v <= PAPER_INK else 255 if v >= PAPER_WHITE else round((v - PAPER_INK) * 255 / (PAPER_WHITE - PAPER_INK))
    for v in range(256)
]
# EXIF orientation for a page turned clockwise by 0, 90, 180, 270 degrees (img2pdf turns the PDF page to match).
_ORIENTATION = {0: 1, 90: 6, 180: 3, 270: 8}


@dataclass(frozen=True)
class Page:
    """One page: its greyscale JPEG (as encoded once, never again) and how far the clerk turned it."""

    jpeg: bytes
    width: int
    height: int
    rotation: int = 0  # degrees clockwise: 0, 90, 180 or 270

    def turned(self, degrees: int) -> Page:
        return replace(self, rotation=(self.rotation + degrees) % 360)

    def image(self) -> Image.Image:
        """The page as it is shown (turned)."""
        image = Image.open(io.BytesIO(self.jpeg))
        return image.rotate(-self.rotation, expand=True) if self.rotation else image


def page_of(image: Image.Image, dpi: float | None = None) -> Page:
    """A page from a scanned or imported image: grey, at 200 dpi (larger scans are scaled down; an image without a
    resolution, e.g. a photo, is fitted within an A4 page at 200 dpi), the paper whitened, JPEG-encoded."""
    grey = image.convert("L")
    scale = DPI / dpi if dpi and dpi > DPI * 1.05 else None
    if scale is None and not dpi and max(grey.size) > A4_LONG_SIDE * 1.05:
        scale = A4_LONG_SIDE / max(grey.size)
    if scale:
        grey = grey.resize((max(1, round(grey.width * scale)), max(1, round(grey.height * scale))), Image.LANCZOS)
    grey = grey.point(_LEVELS)
    return Page(_jpeg(grey), grey.width, grey.height)


def _jpeg(image: Image.Image) -> bytes:
    """The page encoded once progressively (a tenth smaller than baseline, but three times slower), at the quality a
    quick baseline encoding predicts to fit the target."""
    probe = len(_encoded(image, QUALITY, progressive=False)) * PROGRESSIVE_GAIN
    quality = QUALITY
    if probe > TARGET_BYTES:
        quality = next((q for q, ratio in FALLBACKS if probe * ratio <= TARGET_BYTES), FALLBACKS[-1][0])
    data = _encoded(image, quality, progressive=True)
    if len(data) > TARGET_BYTES and quality != FALLBACKS[-1][0]:
        data = _encoded(image, FALLBACKS[-1][0], progressive=True)
    return data


def _encoded(image: Image.Image, quality: int, progressive: bool) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality, optimize=True, progressive=progressive, dpi=(DPI, DPI))
    return out.getvalue()


def paper_pdf(pages: Sequence[Page]) -> bytes:
    """One PDF of the pages in order, each JPEG embedded as it is, turned as the clerk turned it, at 200 dpi; with
    no date and no random file identifier (img2pdf's own writer), so the same pages always make the same file, stored
    and sent once however often they are saved."""
    if not pages:
        raise ValueError("a paper has at least one page")
    return img2pdf.convert(
        [_oriented(p) for p in pages], rotation=img2pdf.Rotation.ifvalid, nodate=True, engine=img2pdf.Engine.internal
    )


def _oriented(page: Page) -> bytes:
    """The page's JPEG with an EXIF orientation saying how it is turned (inserted, not re-encoded)."""
    if not page.rotation:
        return page.jpeg
    exif = Image.Exif()
    exif[0x0112] = _ORIENTATION[page.rotation]
    segment = exif.tobytes()
    return page.jpeg[:2] + b"\xff\xe1" + struct.pack(">H", len(segment) + 2) + segment + page.jpeg[2:]
