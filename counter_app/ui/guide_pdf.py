"""The whole user guide in one language as one A4 PDF for printing, each page of the guide from a new sheet, in the
shipped Be Vietnam Pro (Vietnamese letters print whatever fonts the computer has)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from PySide6.QtCore import QMarginsF, QUrl
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from counter_app.printing.fonts import FONT_DIR
from counter_app.ui import guide

FONT_FILES = ("BeVietnamPro-Regular.ttf", "BeVietnamPro-Bold.ttf", "BeVietnamPro-Italic.ttf")
MARGIN_MM = 18
LINK = re.compile(r'href="([a-z-]+)\.html"')
SCREEN_DPI = 96  # the resolution QTextDocument lays out at; print_ scales it to the writer's


@cache
def shipped_family() -> str:
    """The shipped font's family, registered with Qt once."""
    regular, *_others = [QFontDatabase.addApplicationFont(str(FONT_DIR / file)) for file in FONT_FILES]
    return QFontDatabase.applicationFontFamilies(regular)[0]


def body(page: str, lang: str) -> str:
    """What a page shows: its <body>'s content."""
    html = guide.page_path(page, lang).read_text(encoding="utf-8")
    found = re.search(r"<body[^>]*>(.*)</body>", html, re.DOTALL)
    return found.group(1) if found else html


def document(lang: str) -> QTextDocument:
    """Every page of the guide in reading order, each from a new sheet, its links within the PDF; images from the
    language's folder."""
    # A link to another page of the guide goes to where that page starts in the PDF.
    parts = [f'<a name="{page}"></a>' + LINK.sub(r'href="#\1"', body(page, lang)) for page in guide.PAGES]
    html = "".join(
        part if n == 0 else f'<div style="page-break-before: always">{part}</div>' for n, part in enumerate(parts)
    )
    doc = QTextDocument()
    doc.setDefaultFont(QFont(shipped_family(), 10))
    doc.setDefaultStyleSheet(guide.style())
    folder = guide.GUIDE_DIR / lang
    for src in set(guide.IMAGE.findall(html)):
        image = QImage(str(folder / src))  # printed at full resolution, at the width the help window shows it
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(src), image)
        html = html.replace(f'src="{src}"', f'src="{src}" width="{guide.shown(image).width()}"')
    doc.setHtml(html)
    return doc


def export(lang: str, path: Path) -> Path:
    """Write the guide in ``lang`` to ``path`` (an OSError if the file cannot be written)."""
    path.write_bytes(b"")  # a folder that cannot be written to says so here, not in a silent empty print
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)
    writer.setTitle(guide.title_of(guide.INDEX, lang))
    writer.setCreator("Counter")
    doc = document(lang)
    # Laid out on the sheet's printable width (in the document's pixels), so that print_ adds no margin of its own.
    sheet = writer.pageLayout().paintRect(QPageLayout.Unit.Point).size() * (SCREEN_DPI / 72)
    doc.setPageSize(sheet)
    doc.print_(writer)
    return path


def export_headless(lang: str, path: Path) -> Path:
    """The export from the command line: Qt's drawing without a window (the application lives until it is done)."""
    _app = QGuiApplication.instance() or QGuiApplication(["counter-app"])
    return export(lang, path)
