"""The clerk's main window: tabs by job, keyboard shortcuts, scanners, printing, the idle lock and the sync
(status-bar indicator, "Đồng bộ" menu: F5 syncs now, Shift+F5 shows the sync dialog)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QTabWidget

from counter_app.accounts import ROLES, User
from counter_app.configuration import DEFAULT_IDLE_MINUTES
from counter_app.desk import Desk, Receipt
from counter_app.domain.intake import Intake
from counter_app.printouts import guidance_to_file, print_to_file
from counter_app.ui.dossiers_tab import DossiersTab
from counter_app.ui.intake_form import IntakeForm
from counter_app.ui.login import LoginDialog
from counter_app.ui.return_tab import ReturnTab
from counter_app.ui.scan_input import BarcodeListener
from counter_app.ui.slip_preview import SlipPreview, page_images, print_direct
from counter_app.ui.sync_dialog import SyncDialog
from counter_app.ui.sync_indicator import SyncIndicator
from counter_app.ui.workers import run_in_background


class _ActivityWatcher(QObject):
    """Any key or mouse press restarts the idle timer."""

    def __init__(self, timer: QTimer, parent: QObject) -> None:
        super().__init__(parent)
        self.timer = timer

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress):
            self.timer.start()
        return False


class MainWindow(QMainWindow):
    def __init__(self, desk: Desk, user: User, idle_minutes: int = DEFAULT_IDLE_MINUTES, print_directly: bool = False):
        super().__init__()
        self.desk, self.user = desk, user
        self.print_directly = print_directly
        self.last_pdf: Path | None = None
        config = desk.config
        self.setWindowTitle(self.tr("Counter — {unit}, desk {desk}").format(unit=config.unit_name, desk=config.desk))
        self.intake = IntakeForm(desk, user)
        self.dossiers = DossiersTab(desk, user)
        self.returns = ReturnTab(desk, user)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.intake, self.tr("Intake"))
        self.tabs.addTab(self.dossiers, self.tr("Dossiers"))
        self.tabs.addTab(self.returns, self.tr("Return results"))
        self.setCentralWidget(self.tabs)
        self.who = QLabel(self.tr("{name} ({role}) — {unit} ({code}) — desk {desk}").format(
            name=user.full_name, role=ROLES[user.role], unit=config.unit_name, code=config.unit_code, desk=config.desk))
        self.statusBar().addPermanentWidget(self.who)
        self.sync = SyncIndicator(desk, self)
        self.statusBar().addWidget(self.sync)
        self.sync.synced.connect(lambda _report: (self.dossiers.reload(), self.intake.load_units()))
        self.sync.clicked.connect(self.show_sync)
        self.sync_dialog: SyncDialog | None = None
        menu = self.menuBar().addMenu(self.tr("Sync"))
        for text, keys, slot in ((self.tr("Sync now"), "F5", self.sync.sync_now),
                                 (self.tr("Sync status and problems…"), "Shift+F5", self.show_sync)):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            menu.addAction(action)
        # Every recorded action asks for a sync soon.
        for recorded in (self.intake.saved, self.intake.refused, self.dossiers.recorded, self.returns.recorded):
            recorded.connect(self.sync.soon)

        self.intake.saved.connect(self.after_save)
        self.dossiers.print_slip.connect(self.print_slip)
        self.intake.guided.connect(self.print_guidance)
        self.intake.refused.connect(lambda code: (self.dossiers.reload(), self.print_slip(code, "refusal")))
        self.returns.returned.connect(lambda code: self.print_slip(code, "result"))
        for keys, action in ((QKeySequence("F2"), self.new_dossier), (QKeySequence("Ctrl+S"), self.intake.save),
                             (QKeySequence("Ctrl+F"), self.find), (QKeySequence("Esc"), self.cancel)):
            QShortcut(keys, self, action)

        # Both application-wide filters are children of the window: they go when it goes.
        self.scanner = BarcodeListener(parent=self)
        self.scanner.scanned.connect(self.open_scanned)
        QApplication.instance().installEventFilter(self.scanner)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(idle_minutes * 60_000)
        self.idle.timeout.connect(self.lock)
        self.activity = _ActivityWatcher(self.idle, self)
        QApplication.instance().installEventFilter(self.activity)
        self.idle.start()

    # -- keyboard ------------------------------------------------------------------------------
    def new_dossier(self) -> None:
        self.tabs.setCurrentWidget(self.intake)
        self.intake.clear()

    def find(self) -> None:
        self.tabs.setCurrentWidget(self.dossiers)
        self.dossiers.search.setFocus()
        self.dossiers.search.selectAll()

    def cancel(self) -> None:
        if self.tabs.currentWidget() is self.intake:
            self.intake.clear()

    def open_scanned(self, code: str) -> None:
        """A dossier code scanned anywhere opens that dossier."""
        if self.tabs.currentWidget() is self.returns:
            self.returns.load(code)
            return
        self.show_dossier(code)

    def show_dossier(self, code: str) -> None:
        self.tabs.setCurrentWidget(self.dossiers)
        if not self.dossiers.open(code):
            self.statusBar().showMessage(self.tr("No dossier with code {code}").format(code=code), 5000)

    # -- sync ----------------------------------------------------------------------------------
    def show_sync(self) -> None:
        """The "Đồng bộ" dialog, beside the window (one at a time)."""
        if self.sync_dialog is None:
            self.sync_dialog = SyncDialog(self.desk, self.sync, self)
            self.sync_dialog.open_dossier.connect(self.show_dossier)
        self.sync_dialog.reload()
        self.sync_dialog.show()
        self.sync_dialog.raise_()
        self.sync_dialog.activateWindow()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self.sync.stop()
        super().closeEvent(event)

    # -- printing ------------------------------------------------------------------------------
    def after_save(self, receipt: Receipt) -> None:
        self.statusBar().showMessage(self.tr("Saved {code}. Preparing the receipt…").format(code=receipt.code))
        self.print_slip(receipt.code, "receipt")
        self.dossiers.reload()
        for warning in receipt.warnings:
            QMessageBox.warning(self, self.tr("Dossier code"), warning)

    def print_slip(self, code: str, kind: str) -> None:
        """Render the slip off the window's thread, then preview it (or print it straight away)."""
        def make_pdf() -> Path:
            with self.desk.reading() as reader:
                return print_to_file(reader, code, kind)

        self._render(make_pdf)

    def print_guidance(self, intake: Intake) -> None:
        """Mẫu 02 for an incomplete dossier that is not received."""
        self._render(lambda: guidance_to_file(self.desk, intake, self.user))

    def _render(self, make_pdf: Callable[[], Path]) -> None:
        """The PDF and its page images are made on a worker; the window only shows or prints them."""
        def pdf_and_pages() -> tuple[Path, list]:
            path = make_pdf()
            return path, page_images(path)

        run_in_background(pdf_and_pages, self.show_slip, self.print_failed, self)

    def show_slip(self, made: tuple[Path, list]) -> None:
        path, pages = made
        self.last_pdf = path
        if self.print_directly:
            printer = print_direct(pages)
            self.statusBar().showMessage(self.tr("Sent to {printer}").format(printer=printer), 5000)
            return
        self.statusBar().showMessage(self.tr("Slip saved as {path}").format(path=path), 5000)
        self.preview = SlipPreview(path, pages, self)
        self.preview.show()

    def print_failed(self, error: Exception) -> None:
        message = getattr(error, "message", str(error))
        QMessageBox.critical(self, self.tr("Printing"), self.tr("The slip could not be made: {error}").format(
            error=message))

    # -- idle lock -----------------------------------------------------------------------------
    def lock(self) -> None:
        dialog = LoginDialog(self.desk.store, self.tr("The screen is locked. Enter your password to go on."),
                             locked_user=self.user, parent=self, clock=self.desk.clock)
        self.centralWidget().setEnabled(False)
        dialog.accepted.connect(lambda: (self.centralWidget().setEnabled(True), self.idle.start()))
        dialog.open()
        self.lock_dialog = dialog
