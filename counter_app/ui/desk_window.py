"""What every desk window has, whoever signs in: who is at the desk, the sync (status-bar indicator, "Đồng bộ"
menu: F5 syncs now, Shift+F5 shows the sync dialog), registers and reports ("Báo cáo" menu, Ctrl+R) and
backups ("Hệ thống" menu) for the roles the policy lets, slips read on the desk's database thread and drawn on a
worker, then previewed or printed, and the idle lock. Every read and write of the store goes through the desk's
database thread (``self.tasks``). The clerk's tabs (MainWindow) and the postal desk (PostalWindow) are built on it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from counter_app.services import demo
from counter_app.services.demo import DemoRemoval
from counter_app.services.printouts import Printout
from counter_app.store.desk import Desk
from counter_app.ui import demo_marks
from counter_app.ui.backup_dialog import BackupDialog
from counter_app.ui.errors import text_of
from counter_app.ui.help_window import add_help_menu, guide_for
from counter_app.ui.login import LoginDialog
from counter_app.ui.reports_dialog import ReportsDialog
from counter_app.ui.slip_preview import DPI, SCREEN_DPI, SlipPreview, page_images, print_direct
from counter_app.ui.sync_dialog import SyncDialog
from counter_app.ui.sync_indicator import SyncIndicator
from counter_app.ui.tasks import DeskTasks
from counter_app.ui.workers import run_in_background
from counter_core.domain import policy
from counter_core.domain.accounts import User, role_text

SPARE_PREVIEW_AFTER_MS = 500


class _ActivityWatcher(QObject):
    """Any key or mouse press restarts the idle timer."""

    def __init__(self, timer: QTimer, parent: QObject) -> None:
        super().__init__(parent)
        self.timer = timer

    def eventFilter(self, watched, event) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress):
            self.timer.start()
        return False


class DeskWindow(QMainWindow):
    def __init__(self, tasks: DeskTasks, user: User) -> None:
        super().__init__()
        self.tasks, self.desk, self.user = tasks, tasks.desk, user
        config = self.desk.config
        self.print_directly = config.print_directly
        self.last_pdf: Path | None = None
        self._spare_preview: SlipPreview | None = None
        self.setWindowTitle(self.tr("Counter — {unit}, desk {desk}").format(unit=config.unit_name, desk=config.desk))
        # Who and which desk, short enough for a small screen at 150 %; the unit in full in its tooltip.
        role = text_of(role_text(user.role))
        self.who = QLabel(
            self.tr("{name} ({role}) — desk {desk}").format(name=user.full_name, role=role, desk=config.desk)
        )
        self.who.setToolTip(
            self.tr("{name} ({role}) — {unit} ({code}) — desk {desk}").format(
                name=user.full_name,
                role=role,
                unit=config.unit_name,
                code=config.unit_code,
                desk=config.desk,
            )
        )
        self.statusBar().addPermanentWidget(self.who)
        self.sync = SyncIndicator(tasks, self)
        self.statusBar().addWidget(self.sync)
        self.sync.clicked.connect(self.show_sync)
        self.sync_dialog: SyncDialog | None = None
        self.lock_dialog: LoginDialog | None = None
        menu = self.menuBar().addMenu(self.tr("Sync"))
        for text, keys, slot in (
            (self.tr("Sync now"), "F5", self.sync.sync_now),
            (self.tr("Sync status and problems…"), "Shift+F5", self.show_sync),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            menu.addAction(action)
        if policy.may(user.role, policy.REPORTS):
            reports = QAction(self.tr("Registers and reports…"), self)
            reports.setShortcut(QKeySequence("Ctrl+R"))
            reports.triggered.connect(self.show_reports)
            self.menuBar().addMenu(self.tr("Reports")).addAction(reports)
        if policy.may(user.role, policy.BACKUP) or policy.may(user.role, policy.RESTORE):
            backup = QAction(self.tr("Backup and restore…"), self)
            backup.triggered.connect(self.show_backups)
            system = self.menuBar().addMenu(self.tr("System"))
            system.addAction(backup)
            if config.demo and policy.may(user.role, policy.CONFIGURE):
                system.addAction(self.tr("Remove the demo data…"), self.remove_demo)
        self.demo_removal: DemoRemoval | None = None  # what goes once the window has closed and the database too
        demo_marks.watch(config.demo)
        if config.demo:
            demo_marks.add_banner(self)
        add_help_menu(self)  # F1: the guide's page of what is in use

        # The activity filter is a child of the window: it goes when the window goes.
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(config.idle_minutes * 60_000)
        self.idle.timeout.connect(self.lock)
        self.activity = _ActivityWatcher(self.idle, self)
        QApplication.instance().installEventFilter(self.activity)
        self.idle.start()

    def remove_demo(self) -> None:
        """After the administrator's yes, the window closes and the demo data goes with the database (``app``)."""
        if not demo_marks.confirm_removal(self):
            return

        def removing(removal: DemoRemoval) -> None:
            self.demo_removal = removal
            self.close()

        self.tasks.run(lambda desk: demo.removal(desk.store, self.user), removing, self.refused, self)

    def show_dossier(self, code: str) -> None:
        """A dossier asked for by code (from the sync dialog); each window shows it its own way."""
        raise NotImplementedError

    # -- sync ----------------------------------------------------------------------------------
    def show_sync(self) -> None:
        """The "Đồng bộ" dialog, beside the window (one at a time)."""
        if self.sync_dialog is None:
            self.sync_dialog = SyncDialog(self.tasks, self.sync, self)
            guide_for(self.sync_dialog, "may-chu-tinh")
            self.sync_dialog.open_dossier.connect(self.show_dossier)
        self.sync_dialog.reload()
        self.sync_dialog.show()
        self.sync_dialog.raise_()
        self.sync_dialog.activateWindow()

    def show_reports(self) -> None:
        dialog = ReportsDialog(self.tasks, self.user, self)
        guide_for(dialog, "bao-cao")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.reports_dialog = dialog

    def show_backups(self) -> None:
        dialog = BackupDialog(self.tasks, self.user, self)
        guide_for(dialog, "sao-luu")
        dialog.restored.connect(self.after_restore)
        dialog.open()
        self.backup_dialog = dialog

    def after_restore(self) -> None:
        """What the window shows came from the database just replaced: show it again, and sync soon."""
        self.sync.sync_now()

    def closeEvent(self, event) -> None:
        self.sync.stop()
        super().closeEvent(event)

    # -- printing ------------------------------------------------------------------------------
    def _render(self, read: Callable[[Desk], Printout]) -> None:
        """What the slip shows is read on the database thread, which hands it straight to a worker to draw its PDF
        and page images (not through the window's thread: after a Save it is repainting the emptied form, and the
        drawing would wait for that); the window only shows or prints them."""
        dpi = DPI if self.print_directly else SCREEN_DPI  # the preview's pages are drawn again to be printed

        def read_then_draw(desk: Desk) -> None:
            printout = read(desk)
            if not self.tasks.closed():  # a slip asked for as the window closed is not drawn, as no answer is given
                run_in_background(lambda: _drawn(printout, dpi), self.show_slip, self.print_failed, self)

        self.tasks.run(read_then_draw, None, self.print_failed, self)

    def show_slip(self, made: tuple[Path, list]) -> None:
        path, pages = made
        self.last_pdf = path
        if self.print_directly:
            printer = print_direct(pages)
            self.statusBar().showMessage(self.tr("Sent to {printer}").format(printer=printer), 5000)
            return
        self.statusBar().showMessage(self.tr("Slip saved as {path}").format(path=path), 5000)
        self.preview = self._spare_preview or SlipPreview(self)
        self._spare_preview = None
        self.preview.open_slip(path, pages)
        # the next slip's preview made ahead, once this one is painted: a receipt after each Save comes sooner
        QTimer.singleShot(SPARE_PREVIEW_AFTER_MS, self, self._make_spare_preview)  # not once the window is gone

    def _make_spare_preview(self) -> None:
        if self._spare_preview is None:
            self._spare_preview = SlipPreview(self)

    def print_failed(self, error: Exception) -> None:
        message = text_of(error)
        QMessageBox.critical(
            self, self.tr("Printing"), self.tr("The slip could not be made: {error}").format(error=message)
        )

    def refused(self, error: Exception) -> None:
        QMessageBox.warning(self, self.windowTitle(), text_of(error))

    # -- idle lock -----------------------------------------------------------------------------
    def lock(self) -> None:
        """Lock the screen until the password is given again (once: idle on the lock screen, it stays as it is)."""
        if self.lock_dialog is not None and self.lock_dialog.isVisible():
            return
        dialog = LoginDialog(
            self.tasks,
            self.tr("The screen is locked. Enter your password to go on."),
            locked_user=self.user,
            parent=self,
        )
        self.centralWidget().setEnabled(False)
        dialog.accepted.connect(lambda: (self.centralWidget().setEnabled(True), self.idle.start()))
        dialog.open()
        self.lock_dialog = dialog


def _drawn(printout: Printout, dpi: int) -> tuple[Path, list]:
    path = printout.write()
    return path, page_images(path, dpi)
