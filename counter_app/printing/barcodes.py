"""Code 128 of the dossier code and the QR code of its tracking address, as reportlab flowables."""

from __future__ import annotations

from functools import lru_cache

import segno
from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from counter_app.printing.fonts import register

MODULE = 0.33 * mm  # ≥ 3 dots at 203 dpi thermal and 0.33 mm decodes at 150 dpi
LIST_MODULE = 0.254 * mm  # 10 mil, 2 dots at 203 dpi: a dossier code fits a column of a landscape list


class DossierBarcode(Flowable):
    """The Code 128 bars with the code written under them in the shipped font."""

    def __init__(self, code: str, height: float = 12 * mm, module: float = MODULE, quiet_zone: float | None = None):
        super().__init__()
        self.code = code
        margins = {"lquiet": quiet_zone, "rquiet": quiet_zone} if quiet_zone is not None else {}
        self.bars = Code128(code, barWidth=module, barHeight=height, humanReadable=False, quiet=True, **margins)
        self.width = self.bars.width
        self.height = height + 4 * mm

    def draw(self) -> None:
        self.bars.drawOn(self.canv, 0, 4 * mm)
        self.canv.setFont(register(), 8)
        self.canv.drawCentredString(self.width / 2, 1 * mm, self.code)


class QrCode(Flowable):
    """A QR code (error level M, UTF-8) drawn as one path: fast and sharp at any resolution."""

    def __init__(self, text: str, size: float = 24 * mm) -> None:
        super().__init__()
        self.text = text
        self.width = self.height = size

    def draw(self) -> None:
        rows = _dark_runs(self.text)
        cell = self.width / len(rows)
        path = self.canv.beginPath()
        for r, row in enumerate(rows):
            for start, length in row:  # a run of dark modules is one rectangle
                path.rect(start * cell, self.height - (r + 1) * cell, length * cell, cell)
        self.canv.drawPath(path, stroke=0, fill=1)


def _runs(row: tuple[bool, ...]) -> list[tuple[int, int]]:
    """The runs of dark modules of a row, as (first column, length)."""
    runs: list[tuple[int, int]] = []
    start = None
    for c, dark in enumerate((*row, False)):
        if dark and start is None:
            start = c
        elif not dark and start is not None:
            runs.append((start, c - start))
            start = None
    return runs


@lru_cache(maxsize=8)
def _dark_runs(text: str) -> tuple[tuple[tuple[int, int], ...], ...]:
    """The QR code's runs of dark modules, row by row with its quiet zone: made once for a slip's copies (choosing the
    mask is the slow part of making a QR code)."""
    qr = segno.make(text, error="m", micro=False)
    return tuple(tuple(_runs(tuple(bool(dark) for dark in row))) for row in qr.matrix_iter(scale=1, border=4))
