"""Số hóa: the clerk scans (or imports) each paper into its place in the procedure's list, several pages per paper;
pages reordered by dragging, turned, removed; thumbnails and a large preview. F8 scans the next paper still without
pages. The scanner runs on a worker: each page appears as soon as it is whole, and a missing, busy or jammed scanner
is said in Vietnamese without losing a page already taken. Files can be dropped on the panel, or a folder imported.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence, QPixmap, QShortcut, QTransform
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from counter_app.scanning import ocr, platform_scanner
from counter_app.scanning.imports import SUFFIXES, pages_from_file
from counter_app.scanning.pages import Page
from counter_app.scanning.scanner import Device, Scanner, ScanProgress, Settings
from counter_app.services.attachments import Paper
from counter_app.store.desk import Desk
from counter_app.ui.errors import text_of
from counter_app.ui.field_help import describe
from counter_app.ui.tasks import DeskTasks
from counter_app.ui.workers import run_in_background
from counter_core.domain.attachments import Role
from counter_core.foundation.errors import CounterError

log = logging.getLogger(__name__)
THUMB = QSize(96, 136)
PageRole = Qt.ItemDataRole.UserRole


def pixmap_of(page: Page, size: QSize) -> QPixmap:
    """The page as the clerk turned it, scaled to fit ``size``."""
    image = QImage.fromData(page.jpeg)
    if page.rotation:
        image = image.transformed(QTransform().rotate(page.rotation))
    return QPixmap.fromImage(image).scaled(
        size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


class PapersPanel(QWidget):
    """The papers of one dossier being digitised: ``set_documents`` names them, ``papers`` gives those with pages."""

    changed = Signal()

    def __init__(self, role: Role = Role.PAPER, scanner: Scanner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = role
        self.scanner = scanner or platform_scanner()
        self.pages: dict[str, list[Page]] = {}
        self.scanning = False
        self.setAcceptDrops(True)

        self.documents = QListWidget()
        self.documents.currentRowChanged.connect(self.show_paper)
        describe(
            self.documents,
            self.tr("Papers"),
            self.tr("The papers of the procedure, in order; pick one, then scan or import its pages"),
        )
        self.thumbnails = QListWidget()
        self.thumbnails.setViewMode(QListView.ViewMode.IconMode)
        self.thumbnails.setIconSize(THUMB)
        self.thumbnails.setFlow(QListView.Flow.LeftToRight)
        self.thumbnails.setWrapping(True)
        self.thumbnails.setMovement(QListView.Movement.Snap)
        self.thumbnails.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.thumbnails.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.thumbnails.model().rowsMoved.connect(self._reordered)
        self.thumbnails.currentRowChanged.connect(self.show_page)
        describe(
            self.thumbnails,
            self.tr("Pages of the paper"),
            self.tr("The pages of the chosen paper; drag one to reorder them, or select one to turn or remove it"),
        )
        self.preview = QLabel(self.tr("No page yet"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(260, 360)

        self.devices = describe(
            QComboBox(),
            self.tr("Scanner"),
            self.tr("The document scanner to use, e.g. the one plugged into this computer"),
        )
        self.scan_button = QPushButton(self.tr("Scan (F8: the next paper)"))
        self.scan_button.clicked.connect(self.scan_current)
        self.cancel_button = QPushButton(self.tr("Stop scanning"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        self.import_button = QPushButton(self.tr("Import files…"))
        self.import_button.clicked.connect(self.import_files)
        self.folder_button = QPushButton(self.tr("Import a folder…"))
        self.folder_button.clicked.connect(self.import_folder)
        self.turn_button = QPushButton(self.tr("Turn the page"))
        self.turn_button.clicked.connect(self.turn_page)
        self.remove_button = QPushButton(self.tr("Remove the page"))
        self.remove_button.clicked.connect(self.remove_page)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        why_not = ocr.unavailable()
        self.ocr_state = QLabel(
            self.tr("Reading the words of papers (OCR, Vietnamese): on; they can be found from the search box.")
            if why_not is None
            else self.tr("Reading the words of papers (OCR): off. {why}").format(why=why_not)
        )
        self.ocr_state.setWordWrap(True)
        QShortcut(QKeySequence("F8"), self, self.scan_next, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        buttons = QHBoxLayout()
        for widget in (self.devices, self.scan_button, self.cancel_button, self.import_button, self.folder_button):
            buttons.addWidget(widget)
        page_buttons = QHBoxLayout()
        page_buttons.addWidget(self.turn_button)
        page_buttons.addWidget(self.remove_button)
        page_buttons.addStretch()
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.thumbnails)
        middle_layout.addLayout(page_buttons)
        split = QSplitter()
        split.addWidget(self.documents)
        split.addWidget(middle)
        split.addWidget(self.preview)
        split.setSizes([260, 300, 280])
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.ocr_state)
        self.load_devices()

    # -- papers ----------------------------------------------------------------------------------------------------
    def set_documents(self, names: list[str]) -> None:
        """The papers to digitise, in the procedure's order; pages already taken for a paper still listed stay."""
        self.pages = {name: self.pages.get(name, []) for name in names}
        self.documents.clear()
        for name in names:
            item = QListWidgetItem()
            item.setData(PageRole, name)
            self.documents.addItem(item)
            self._label(item)
        if names:
            self.documents.setCurrentRow(0)
        self.show_paper()

    def _label(self, item: QListWidgetItem) -> None:
        name = item.data(PageRole)
        count = len(self.pages.get(name, []))
        item.setText(self.tr("{name} — {count} page(s)").format(name=name, count=count) if count else name)

    def current_name(self) -> str | None:
        item = self.documents.currentItem()
        return item.data(PageRole) if item else None

    def papers(self) -> list[Paper]:
        return [Paper(name, tuple(pages), self.role) for name, pages in self.pages.items() if pages]

    def clear(self) -> None:
        self.pages = {name: [] for name in self.pages}
        for row in range(self.documents.count()):
            self._label(self.documents.item(row))
        self.show_paper()
        self.say("")

    def show_paper(self, *_args) -> None:
        self.thumbnails.clear()
        for page in self.pages.get(self.current_name(), []):
            item = QListWidgetItem()
            item.setIcon(pixmap_of(page, THUMB))
            item.setData(PageRole, page)
            self.thumbnails.addItem(item)
        if self.thumbnails.count():
            self.thumbnails.setCurrentRow(self.thumbnails.count() - 1)
        self.show_page()

    def show_page(self, *_args) -> None:
        item = self.thumbnails.currentItem()
        if item is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No page yet"))
            return
        self.preview.setPixmap(pixmap_of(item.data(PageRole), self.preview.size()))

    def _store_thumbnails(self) -> None:
        """The current paper's pages as the thumbnails now order them."""
        name = self.current_name()
        if name is not None:
            self.pages[name] = [self.thumbnails.item(i).data(PageRole) for i in range(self.thumbnails.count())]
            self._label(self.documents.currentItem())
            self.changed.emit()

    def _reordered(self, *_args) -> None:
        self._store_thumbnails()

    def turn_page(self) -> None:
        item = self.thumbnails.currentItem()
        if item is not None:
            page = item.data(PageRole).turned(90)
            item.setData(PageRole, page)
            item.setIcon(pixmap_of(page, THUMB))
            self._store_thumbnails()
            self.show_page()

    def remove_page(self) -> None:
        row = self.thumbnails.currentRow()
        if row >= 0:
            self.thumbnails.takeItem(row)
            self._store_thumbnails()
            self.show_page()

    def add_pages(self, name: str, pages: list[Page]) -> None:
        self.pages.setdefault(name, []).extend(pages)
        for row in range(self.documents.count()):
            if self.documents.item(row).data(PageRole) == name:
                self._label(self.documents.item(row))
        if name == self.current_name():
            self.show_paper()
        self.changed.emit()

    # -- the scanner -----------------------------------------------------------------------------------------------
    def load_devices(self) -> None:
        """The scanners, listed on a worker (listing probes USB and the network)."""
        why = self.scanner.unavailable()
        if why:
            self.devices.setEnabled(False)
            self.scan_button.setEnabled(False)
            self.say(why)
            return
        run_in_background(self.scanner.devices, self._devices, self._failed, self)

    def _devices(self, devices: list[Device]) -> None:
        self.devices.clear()
        for device in devices:
            self.devices.addItem(device.name, device)
        if not devices:
            self.say(self.tr("No scanner found: check that it is plugged in and switched on, or import files."))

    def scan_next(self) -> None:
        """F8: scan into the first paper that has no page yet (or the current one when every paper has pages)."""
        for row in range(self.documents.count()):
            if not self.pages.get(self.documents.item(row).data(PageRole)):
                self.documents.setCurrentRow(row)
                break
        self.scan_current()

    def scan_current(self) -> None:
        name, device = self.current_name(), self.devices.currentData()
        if self.scanning or name is None:
            return
        if device is None:
            self.say(self.tr("No scanner found: check that it is plugged in and switched on, or import files."))
            return
        self.scanning = True
        self.scan_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.say(self.tr("Scanning {name}…").format(name=name))

        def scan(report) -> int:
            taken = 0
            for page in self.scanner.scan(device, Settings(), lambda p: report(p)):
                taken += 1
                report(page)  # handed to the window at once: a later jam cannot lose it
            return taken

        def arrived(value) -> None:
            if isinstance(value, Page):
                self.add_pages(name, [value])
            elif isinstance(value, ScanProgress):
                self.progress.setValue(round(value.fraction * 100))
                self.progress.setFormat(self.tr("Page {page}: %p%").format(page=value.page))

        run_in_background(scan, self._scanned, self._failed, self, progress=arrived)

    def _scanned(self, taken: int) -> None:
        self._done()
        self.say(self.tr("{count} page(s) scanned.").format(count=taken))

    def _failed(self, error: object) -> None:
        self._done()
        if isinstance(error, CounterError):
            self.say(error.message)
        else:  # a bug: logged with its traceback, said in one line
            log.error("scanning or importing failed", exc_info=error)
            self.say(self.tr("Unexpected error (written to the log): {error}").format(error=type(error).__name__))

    def _done(self) -> None:
        self.scanning = False
        self.scan_button.setEnabled(self.devices.count() > 0)
        self.cancel_button.setEnabled(False)
        self.progress.setVisible(False)

    def cancel(self) -> None:
        self.scanner.cancel()

    # -- files -----------------------------------------------------------------------------------------------------
    def import_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import papers"),
            "",
            self.tr("Images and PDF ({patterns})").format(patterns=" ".join(f"*{s}" for s in sorted(SUFFIXES))),
        )
        self.import_paths([Path(n) for n in names])

    def import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder of papers"))
        if folder:
            self.import_paths(sorted(p for p in Path(folder).iterdir() if p.suffix.lower() in SUFFIXES))

    def import_paths(self, paths: list[Path]) -> None:
        """Pages of the files, in order, into the current paper; a file that cannot be used is said, others kept."""
        name = self.current_name()
        if name is None or not paths:
            return
        self.say(self.tr("Importing {count} file(s)…").format(count=len(paths)))

        def read(report) -> list[str]:
            refused = []
            for path in paths:
                try:
                    report(pages_from_file(path))
                except CounterError as exc:
                    refused.append(exc.message)
            return refused

        def done(refused: list[str]) -> None:
            self.say(" ".join(refused) if refused else self.tr("Files imported."))

        run_in_background(read, done, self._failed, self, progress=lambda pages: self.add_pages(name, pages))

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        self.import_paths([p for p in paths if p.is_file()])
        event.acceptProposedAction()

    def say(self, text: str) -> None:
        self.message.setText(text)


class PapersDialog(QDialog):
    """The panel in its own window (the intake form keeps it while the citizen is at the counter); ``save`` is what
    the dialog's button does with the papers on the desk's database thread (``tasks``: attach them to a received
    dossier), None to just keep them."""

    def __init__(
        self,
        title: str,
        documents: list[str],
        tasks: DeskTasks | None = None,
        save: Callable[[Desk, list[Paper]], object] | None = None,
        role: Role = Role.PAPER,
        parent: QWidget | None = None,
        scanner: Scanner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        screen = (parent.screen() if parent is not None else QGuiApplication.primaryScreen()).availableGeometry()
        self.resize(min(980, screen.width() - 40), min(640, screen.height() - 60))  # within a small screen at 150 %
        self.tasks, self.save = tasks, save
        self.panel = PapersPanel(role, scanner, parent=self)
        self.panel.set_documents(documents)
        buttons = QDialogButtonBox()
        self.keep = buttons.addButton(
            self.tr("Save the papers") if save else self.tr("Done"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.done_with_papers)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)

    def done_with_papers(self) -> None:
        save, tasks = self.save, self.tasks
        if save is None or tasks is None:
            self.accept()
            return
        papers = self.panel.papers()
        self.keep.setEnabled(False)  # one save at a time: the answer comes from the database thread

        def failed(error: Exception) -> None:
            self.keep.setEnabled(True)
            self.panel.say(text_of(error))  # the pages stay: nothing is lost

        tasks.run(lambda desk: save(desk, papers), lambda _saved: self.accept(), failed, self)
