"""Print preview and printing of a slip PDF through Qt's print dialog, to any installed printer: the preview shows
the pages drawn at the screen's resolution (quick), the printer gets them drawn again at the printer's."""

from __future__ import annotations

import threading
from pathlib import Path

import pypdfium2
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPageSize, QPaintEngine, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog

DPI = 300  # on paper: enough for 0.33 mm Code 128 modules and the QR code
SCREEN_DPI = 100  # in the preview: an A4 page of 827 × 1169 pixels, sharp on a screen, a ninth of the paper's pixels


# PDFium must never run on two threads at once, not even on different documents (pypdfium2 docs).
_PDFIUM = threading.Lock()


def page_images(pdf_path: Path, dpi: int = DPI) -> list[QImage]:
    """The pages of the PDF as images (pdfium renders exactly what the PDF file holds); any thread may call it."""
    images = []
    with _PDFIUM:
        pdf = pypdfium2.PdfDocument(str(pdf_path))
        for page in pdf:
            # Straight from PDFium's pixels (RGBX, 4 bytes a pixel, the layout Qt paints fastest) into a QImage.
            bitmap = page.render(scale=dpi / 72, prefer_bgrx=True, rev_byteorder=True)
            pixels = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888)
            images.append(pixels.copy())
            bitmap.close()
        pdf.close()
    return images


def paint(printer: QPrinter, images: list[QImage]) -> None:
    """Paint each page image on the printer's full page."""
    painter = QPainter(printer)
    for n, image in enumerate(images):
        if n:
            printer.newPage()
        target = printer.pageLayout().fullRectPixels(printer.resolution())
        painter.drawImage(QRectF(target), image)
    painter.end()


def make_printer() -> QPrinter:
    printer = QPrinter(QPrinterInfo.defaultPrinter(), QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)
    return printer


def previewing(printer: QPrinter) -> bool:
    """Whether the printer is drawing the preview's pages (Qt records them as pictures) rather than printing."""
    engine = printer.paintEngine()
    return engine is not None and engine.type() == QPaintEngine.Type.Picture


class SlipPreview(QPrintPreviewDialog):
    """Qt's print preview of a slip (``images``: its pages drawn at ``SCREEN_DPI``); its print button opens the usual
    print dialog, and the printer gets the pages drawn again from the PDF at the printer's ``DPI``. Made ahead,
    hidden (building Qt's preview dialog takes 15 ms), then given its slip by ``open_slip``."""

    def __init__(self, parent=None) -> None:
        self.printer = make_printer()  # a Python reference: the dialog must not outlive its printer
        super().__init__(self.printer, parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # its page images weigh ~25 MB each
        self.pdf_path: Path | None = None
        self.images: list[QImage] = []
        self.paintRequested.connect(self._paint)
        screen = (parent.screen() if parent is not None else QGuiApplication.primaryScreen()).availableGeometry()
        self.resize(int(screen.width() * 0.7), int(screen.height() * 0.9))  # a readable A4 page

    def open_slip(self, pdf_path: Path, images: list[QImage]) -> None:
        """Show the slip of ``pdf_path`` whose pages are ``images``."""
        self.pdf_path, self.images = pdf_path, images
        self.setWindowTitle(self.tr("Print preview — {name}").format(name=pdf_path.name))
        self.show()

    def _paint(self, printer: QPrinter) -> None:
        if self.pdf_path is not None:
            paint(printer, self.images if previewing(printer) else page_images(self.pdf_path, DPI))


def print_direct(images: list[QImage]) -> str:
    """Send the slip's pages straight to the default printer; returns the printer's name."""
    printer = make_printer()
    paint(printer, images)
    return printer.printerName()
