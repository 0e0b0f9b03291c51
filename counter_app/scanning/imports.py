"""Pages from files a clerk imports instead of scanning (a folder, or files dropped on the window): images (JPEG,
PNG, TIFF with several pages, BMP, GIF, WebP) and PDFs, each page made the way a scanned page is.

A file is checked before anything is decoded, so a hostile one costs little and is refused with a clear message:
its size; an image's pixel count (from its header); a PDF's page count and page sizes, whether it is encrypted, and
how much its compressed streams would inflate to (read in a streaming pass with a budget: a "PDF bomb" of a few
hundred kilobytes that inflates to gigabytes is refused after reading at most the budget, before PDFium parses it);
the pixel size of each embedded image before a page is rendered.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image, ImageSequence, UnidentifiedImageError

from counter_app.scanning.pages import DPI, Page, page_of
from counter_core.domain.attachments import MAX_PAGES
from counter_core.foundation.errors import InvalidInput
from counter_core.foundation.messages import Papers
from counter_core.foundation.texts import Text

MAX_FILE_BYTES = 50 * 1024 * 1024  # one imported file
MAX_PIXELS = 80_000_000  # one image (an A3 sheet at 600 dpi in colour is 70 million)
MAX_PAGE_POINTS = 2000  # a PDF page's longer side (70 cm; A3 is 1191 points)
INFLATE_BUDGET = 128 * 1024 * 1024  # bytes all of a PDF's compressed streams may inflate to
IMAGE_FILTERS = {b"DCTDecode", b"JPXDecode", b"CCITTFaxDecode", b"JBIG2Decode"}  # bounded by the pixel check
_STREAM = re.compile(rb">>\s*stream\r?\n")  # the end of a stream's dictionary, where its data starts
_FILTER = re.compile(rb"/Filter\s*(\[[^\]]*\]|/\w+|\d+\s+\d+\s+R)")
_NAME = re.compile(rb"/(\w+)")
SUFFIXES = {".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".gif", ".webp"}


def _refused(path: Path, why: Text) -> InvalidInput:
    return InvalidInput("file", Papers.FILE_REFUSED, name=path.name, why=why)


def pages_from_file(path: Path) -> list[Page]:
    """Every page of an image or PDF file, in order; InvalidInput (nothing taken) if the file cannot be used."""
    try:
        size = path.stat().st_size
        with path.open("rb") as file:
            head = file.read(8)
    except OSError as exc:
        raise _refused(path, Text(Papers.UNREADABLE, reason=exc.strerror)) from exc
    if size > MAX_FILE_BYTES:
        raise _refused(path, Text(Papers.TOO_LARGE, size=f"{size / 2**20:.0f}", most=MAX_FILE_BYTES // 2**20))
    if size == 0:
        raise _refused(path, Text(Papers.EMPTY))
    pages = list(_pdf_pages(path) if head.startswith(b"%PDF") else _image_pages(path))
    if not pages:
        raise _refused(path, Text(Papers.NO_PAGES))
    return pages


def pages_from_folder(folder: Path) -> list[tuple[Path, list[Page]]]:
    """The pages of every image and PDF file directly in ``folder``, by file name."""
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)
    if not files:
        raise InvalidInput("folder", Papers.FOLDER_EMPTY, name=folder.name)
    return [(p, pages_from_file(p)) for p in files]


def _image_pages(path: Path) -> Iterator[Page]:
    try:
        with Image.open(path) as image:
            if image.width * image.height > MAX_PIXELS:
                raise _refused(path, Text(Papers.IMAGE_TOO_LARGE, width=image.width, height=image.height))
            frames = getattr(image, "n_frames", 1)
            if frames > MAX_PAGES:
                raise _refused(path, Text(Papers.TOO_MANY_PAGES, pages=frames, most=MAX_PAGES))
            dpi = image.info.get("dpi", (0, 0))[0] or None
            for frame in ImageSequence.Iterator(image):
                yield page_of(frame, float(dpi) if dpi else None)
    except UnidentifiedImageError as exc:
        raise _refused(path, Text(Papers.NOT_IMAGE_OR_PDF)) from exc
    except Image.DecompressionBombError as exc:
        raise _refused(path, Text(Papers.IMAGE_BOMB)) from exc
    except (OSError, SyntaxError, ValueError) as exc:
        raise _refused(path, Text(Papers.IMAGE_BROKEN, reason=exc)) from exc


def _pdf_pages(path: Path) -> Iterator[Page]:
    data = path.read_bytes()
    _check_streams(path, data)
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise _refused(path, Text(Papers.PDF_BROKEN)) from exc
    try:
        if len(document) > MAX_PAGES:
            raise _refused(path, Text(Papers.TOO_MANY_PAGES, pages=len(document), most=MAX_PAGES))
        for index in range(len(document)):
            page = document[index]
            width, height = page.get_size()
            if max(width, height) > MAX_PAGE_POINTS:
                raise _refused(
                    path,
                    Text(
                        Papers.PAGE_TOO_BIG,
                        page=index + 1,
                        width=f"{width / 72 * 2.54:.0f}",
                        height=f"{height / 72 * 2.54:.0f}",
                    ),
                )
            for image in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=8):
                w, h = image.get_px_size()
                if w * h > MAX_PIXELS:
                    raise _refused(path, Text(Papers.PAGE_IMAGE_TOO_LARGE, page=index + 1, width=w, height=h))
            bitmap = page.render(scale=DPI / 72, grayscale=True)
            yield page_of(bitmap.to_pil(), DPI)
    finally:
        document.close()


def _check_streams(path: Path, data: bytes) -> None:
    """Refuse an encrypted PDF, and one whose streams would inflate past the budget, reading each stream's inflated
    bytes only to count them (a bounded amount of memory whatever the file claims)."""
    if re.search(rb"/Encrypt\s", data):
        raise _refused(path, Text(Papers.PDF_ENCRYPTED))
    budget = INFLATE_BUDGET
    for match in _STREAM.finditer(data):
        window = data[max(0, match.start() - 4000) : match.start()]
        found = _FILTER.search(window[window.rfind(b"obj") :])  # in this object's dictionary
        if found and found.group(1)[:1].isdigit():
            raise _refused(path, Text(Papers.PDF_INDIRECT_FILTER))
        filters = _NAME.findall(found.group(1)) if found else []
        if not filters or set(filters) <= IMAGE_FILTERS | {b"ASCIIHexDecode", b"ASCII85Decode"}:
            continue
        if filters[0] != b"FlateDecode":
            raise _refused(path, Text(Papers.PDF_FILTER, filter=filters[0].decode(errors="replace")))
        budget -= _inflated_size(data, match.end(), budget)
        if budget < 0:
            raise _refused(path, Text(Papers.PDF_BOMB))


def _inflated_size(data: bytes, start: int, budget: int) -> int:
    """How many bytes the Flate stream starting at ``start`` inflates to, counting no further than ``budget`` + 1."""
    inflater = zlib.decompressobj()
    total, position, step = 0, start, 64 * 1024
    while position < len(data) and total <= budget and not inflater.eof:
        chunk = inflater.unconsumed_tail or data[position : position + step]
        if not inflater.unconsumed_tail:
            position += step
        try:
            total += len(inflater.decompress(chunk, 1024 * 1024))
        except zlib.error:
            break  # the stream ends (or is damaged) here: PDFium will judge it
    return total
