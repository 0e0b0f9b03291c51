"""The user guide in a window of its own (contents, back, forward, home), opened with F1 on the page of the window,
tab or dialog in use, in the window's language; the "Help" menu of the desk windows, which also exports the guide to
PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QImage, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTextBrowser,
    QWidget,
)

from counter_app.ui import guide, guide_pdf
from counter_app.ui.errors import expected, text_of


class GuideBrowser(QTextBrowser):
    """The guide's pages, their screenshots smoothly scaled to the page's width."""

    def loadResource(self, kind: int, url: QUrl | str) -> object:
        if kind == QTextDocument.ResourceType.ImageResource:
            image = QImage(self.source().resolved(QUrl(url)).toLocalFile())
            if not image.isNull():
                return guide.shown(image)
        return super().loadResource(kind, url)


class HelpWindow(QMainWindow):
    """The guide in one language: the list of its pages on the left, the page on the right."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.lang = lang
        self.setWindowTitle(self.tr("User guide — Counter"))
        self.browser = GuideBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.document().setDefaultStyleSheet(guide.style())
        self.browser.setAccessibleName(self.tr("Page of the guide"))
        self.contents = QListWidget()
        self.contents.setAccessibleName(self.tr("Pages of the guide"))
        self.contents.addItems([guide.title_of(page, lang) for page in guide.PAGES])
        self.contents.currentRowChanged.connect(self._chosen)
        self.browser.sourceChanged.connect(self._follow)
        toolbar = self.addToolBar(self.tr("Navigation"))
        toolbar.setMovable(False)
        for text, keys, slot, available in (
            (self.tr("Back"), QKeySequence.StandardKey.Back, self.browser.backward, self.browser.backwardAvailable),
            (self.tr("Forward"), QKeySequence.StandardKey.Forward, self.browser.forward, self.browser.forwardAvailable),
            (self.tr("Contents"), QKeySequence("Alt+Home"), lambda: self.show_page(guide.INDEX), None),
        ):
            action = toolbar.addAction(text, slot)
            action.setShortcut(QKeySequence(keys))
            if available is not None:
                action.setEnabled(False)
                available.connect(action.setEnabled)
        toolbar.addSeparator()
        toolbar.addAction(self.tr("Export to PDF…"), lambda: export_guide(self, self.lang))
        split = QSplitter()
        split.addWidget(self.contents)
        split.addWidget(self.browser)
        split.setStretchFactor(1, 1)
        split.setSizes([260, 760])
        self.setCentralWidget(split)
        self.resize(1040, 720)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)

    def show_page(self, page: str) -> None:
        if self.page() != page:
            self.browser.setSource(QUrl.fromLocalFile(str(guide.page_path(page, self.lang))))

    def _chosen(self, row: int) -> None:
        if row >= 0:
            self.show_page(guide.PAGES[row])

    def page(self) -> str:
        """The page shown (its name, without the folder and ``.html``)."""
        return Path(self.browser.source().toLocalFile()).stem

    def _follow(self, url: QUrl) -> None:
        """The list of pages follows the page shown (a link, back, forward)."""
        page = Path(url.toLocalFile()).stem
        if page in guide.PAGES:
            self.contents.blockSignals(True)
            self.contents.setCurrentRow(guide.PAGES.index(page))
            self.contents.blockSignals(False)


def _top(widget: QWidget) -> QWidget:
    """The desk window a widget, or a dialog of it, belongs to: the help window lives (and goes) with it."""
    top = widget.window()
    while (parent := top.parentWidget()) is not None:
        top = parent.window()
    return top


def show_help(widget: QWidget) -> HelpWindow:
    """Open the guide on the page of what has the focus in ``widget``'s window (or of the window itself)."""
    focus = QApplication.focusWidget()
    start: QWidget | None = focus if focus is not None and focus.window() is widget.window() else widget
    if isinstance(start, QMainWindow):
        start = start.centralWidget()
    lang, owner = guide.language(), _top(widget)
    window = owner.findChild(HelpWindow)
    if window is not None and window.lang != lang:
        window.deleteLater()
        window = None
    if window is None:
        window = HelpWindow(lang, owner)
    window.show_page(guide.page_of(start))
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def guide_for(dialog: QWidget, page: str) -> None:
    """``page`` is the dialog's own page; F1 in the dialog opens it."""
    guide.declare(dialog, page)
    QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), dialog, lambda: show_help(dialog))


def add_help_menu(window: QMainWindow) -> None:
    """The "Help" menu: the guide (F1, on the page of what is in use) and its export to PDF."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("help", "Help"))
    user_guide = QAction(QCoreApplication.translate("help", "User guide"), window)
    user_guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    user_guide.triggered.connect(lambda: show_help(window))
    menu.addAction(user_guide)
    menu.addAction(
        QCoreApplication.translate("help", "Export the guide to PDF…"), lambda: export_guide(window, guide.language())
    )


def export_guide(parent: QWidget, lang: str) -> Path | None:
    """Ask where, then write the whole guide in ``lang`` as one A4 PDF for printing."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("help", "Export the guide to PDF"),
        QCoreApplication.translate("help", "counter-user-guide.pdf"),
        "PDF (*.pdf)",
    )
    if not name:
        return None
    path = Path(name).with_suffix(".pdf")
    try:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            guide_pdf.export(lang, path)
        finally:
            QApplication.restoreOverrideCursor()
    except OSError as error:
        if not expected(error):
            raise
        QMessageBox.warning(parent, QCoreApplication.translate("help", "User guide"), text_of(error))
        return None
    QMessageBox.information(
        parent,
        QCoreApplication.translate("help", "User guide"),
        QCoreApplication.translate("help", "The guide is saved as {path}.").format(path=path),
    )
    return path
