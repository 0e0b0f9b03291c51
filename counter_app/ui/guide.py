"""The user guide shipped with the desk (resources/guide/<language>/*.html): its pages in reading order, the language
it is read in (the window's), and which page is a widget's own, as a window, tab or dialog declares it."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QTabWidget, QWidget

GUIDE_DIR = Path(__file__).resolve().parent.parent / "resources" / "guide"
INDEX = "index"
# The pages in reading order: the contents (by role) first, then the clerk's day, the postal desk, the supervisor's,
# the IT officer's. The PDF follows this order.
PAGES = (
    INDEX,
    "tiep-nhan",
    "ho-so",
    "in-lai-giay-hen",
    "tra-ket-qua",
    "buu-chinh",
    "bao-cao",
    "sao-luu",
    "cai-dat",
    "may-chu-tinh",
)
PROPERTY = "guidePage"
IMAGE = re.compile(r'<img\s[^>]*src="([^"]+)"')  # a screenshot a page shows, by its path from the page
SHOWN_WIDTH = 640  # a screenshot wider than this is shown (and printed) at this width, smoothly scaled  # the Qt property a widget declares its page with


def language() -> str:
    """The language the window speaks, as its translation says ("vi" once the Vietnamese one is installed)."""
    code = QCoreApplication.translate("guide", "en", "the language code of the user guide in this language")
    return code if (GUIDE_DIR / code).is_dir() else "en"


def page_path(page: str, lang: str) -> Path:
    return GUIDE_DIR / lang / f"{page}.html"


def title_of(page: str, lang: str) -> str:
    """The page's title, as its <title> says."""
    found = re.search(r"<title>(.*?)</title>", page_path(page, lang).read_text(encoding="utf-8"), re.DOTALL)
    return found.group(1).strip() if found else page


def shown(image: QImage) -> QImage:
    """A screenshot as a page shows it: no wider than ``SHOWN_WIDTH``, smoothly scaled."""
    if image.width() <= SHOWN_WIDTH:
        return image
    return image.scaledToWidth(SHOWN_WIDTH, Qt.TransformationMode.SmoothTransformation)


def style() -> str:
    """The guide's style sheet, for the help window and the PDF alike."""
    return (GUIDE_DIR / "guide.css").read_text(encoding="utf-8")


def declare(widget: QWidget, page: str) -> None:
    """``page`` is the guide's page of ``widget`` and of what it holds (F1 there opens it)."""
    widget.setProperty(PROPERTY, page)


def page_of(widget: QWidget | None) -> str:
    """The page declared by ``widget`` or its nearest parent (a tab widget answers for its current tab)."""
    while widget is not None:
        page = widget.property(PROPERTY)
        if page:
            return str(page)
        if isinstance(widget, QTabWidget) and widget.currentWidget() is not None:
            page = widget.currentWidget().property(PROPERTY)
            if page:
                return str(page)
        widget = widget.parentWidget()
    return INDEX
