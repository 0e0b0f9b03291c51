"""The clerk's main window: tabs by job, keyboard shortcuts, scanners and the slips of the dossiers, on the
desk window (sync, printing, idle lock)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from counter_app.services import attachments, printouts
from counter_app.services.reception import Receipt
from counter_app.ui import dashboard_tab
from counter_app.ui.citizen_screen import CitizenScreen
from counter_app.ui.desk_window import DeskWindow
from counter_app.ui.dossiers_tab import DossiersTab
from counter_app.ui.errors import text_of
from counter_app.ui.guide import declare
from counter_app.ui.intake_form import IntakeForm
from counter_app.ui.job_tabs import JobTabs
from counter_app.ui.return_tab import ReturnTab
from counter_app.ui.scan_input import BarcodeListener
from counter_app.ui.tasks import DeskTasks
from counter_app.ui.workers import run_in_background
from counter_core.domain import policy
from counter_core.domain.accounts import User
from counter_core.domain.intake import Intake
from counter_core.domain.status import Status

log = logging.getLogger(__name__)
READ_PAPERS_MS = 120_000  # the window looks for papers whose words are not read yet this often (and after a save)


class MainWindow(DeskWindow):
    def __init__(self, tasks: DeskTasks, user: User) -> None:
        super().__init__(tasks, user)
        self.intake = IntakeForm(tasks, user)
        self.dossiers = DossiersTab(tasks, user)
        self.returns = ReturnTab(tasks, user)
        self.tabs = JobTabs()
        self.tabs.setAccessibleName(self.tr("Jobs"))
        self.tabs.addTab(self.intake, self.tr("Intake"))
        self.tabs.addTab(self.dossiers, self.tr("Dossiers"))
        self.tabs.addTab(self.returns, self.tr("Return results"))
        for tab, page in ((self.intake, "tiep-nhan"), (self.dossiers, "ho-so"), (self.returns, "tra-ket-qua")):
            declare(tab, page)  # F1 there opens its page of the guide
        for tab, action in ((self.intake, policy.RECEIVE), (self.returns, policy.move(Status.RETURNED))):
            self.tabs.setTabVisible(self.tabs.indexOf(tab), policy.may(user.role, action))
        for tab, tip in (
            (self.intake, self.tr("Receive a new dossier (F2)")),
            (self.dossiers, self.tr("Find a dossier, change its status, print its slips (Ctrl+F)")),
            (self.returns, self.tr("Hand a result back to the citizen (F4)")),
        ):
            self.tabs.setTabToolTip(self.tabs.indexOf(tab), tip)
        self.setCentralWidget(self.tabs)
        self.citizen_screen: CitizenScreen | None = None  # the screen facing the citizen, once opened
        if policy.may(user.role, policy.RECEIVE):
            facing = QAction(self.tr("Screen for the citizen…"), self)
            facing.triggered.connect(self.show_citizen_screen)
            intake_menu = QMenu(self.tr("Intake"), self)
            intake_menu.addAction(facing)
            self.menuBar().insertMenu(self.menuBar().actions()[-1], intake_menu)  # before Help, which stays last
        self.sync.synced.connect(lambda _report: (self.dossiers.refresh_when_shown(), self.intake.load_choices()))
        # Who may see the reports: the dashboard of the day first, refreshed after each sync (issue 5).
        if policy.may(user.role, policy.REPORTS):
            self.dashboard = dashboard_tab.DashboardTab(tasks)
            declare(self.dashboard, "bao-cao")
            self.tabs.insertTab(0, self.dashboard, self.tr("Overview"))
            self.tabs.setCurrentWidget(self.dashboard)
            self.dashboard.open_dossier.connect(self.show_dossier)
            self.dashboard.show_sync.connect(self.show_sync)
            self.sync.synced.connect(lambda _report: self.dashboard.refresh())
        # Every recorded action asks for a sync soon.
        for recorded in (self.intake.saved, self.intake.refused, self.dossiers.recorded, self.returns.recorded):
            recorded.connect(self.sync.soon)
            recorded.connect(self.read_papers)
        # The words of digitised papers (OCR, where Tesseract is installed) are read on a worker, a few at a time.
        self.reading_papers = False
        self.read_timer = QTimer(self, interval=READ_PAPERS_MS, timeout=self.read_papers)
        self.read_timer.start()

        self.intake.saved.connect(self.after_save)
        self.dossiers.print_slip.connect(self.print_slip)
        self.intake.guided.connect(self.print_guidance)
        self.intake.refused.connect(lambda code: (self.dossiers.refresh_when_shown(), self.print_slip(code, "refusal")))
        self.returns.returned.connect(lambda code: self.print_slip(code, "result"))
        for keys, action in (
            (QKeySequence("F2"), self.new_dossier),
            (QKeySequence("Ctrl+S"), self.intake.save),
            (QKeySequence("F7"), self.intake.open_scans),
            (QKeySequence("Ctrl+F"), self.find),
            (QKeySequence("F4"), self.return_results),
            (QKeySequence("Esc"), self.cancel),
        ):
            QShortcut(keys, self, action)

        # The application-wide filter is a child of the window: it goes when the window goes.
        self.scanner = BarcodeListener(parent=self)
        self.scanner.scanned.connect(self.open_scanned)
        QApplication.instance().installEventFilter(self.scanner)

    def after_restore(self) -> None:
        super().after_restore()
        self.dossiers.refresh_when_shown()
        self.intake.load_choices()

    # -- keyboard ------------------------------------------------------------------------------
    def new_dossier(self) -> None:
        self.tabs.setCurrentWidget(self.intake)
        self.intake.clear()

    def show_citizen_screen(self) -> None:
        """What is being recorded, in large type, on the citizen's side of the counter (a second screen if any)."""
        if self.citizen_screen is None:
            self.citizen_screen = CitizenScreen(self.intake, self)
        self.citizen_screen.show_facing_the_citizen(self)

    def find(self) -> None:
        self.tabs.setCurrentWidget(self.dossiers)
        self.dossiers.search.setFocus()
        self.dossiers.search.selectAll()

    def return_results(self) -> None:
        """F4: the Return tab, its code field ready for a scan or a typed code."""
        if self.tabs.isTabVisible(self.tabs.indexOf(self.returns)):
            self.tabs.setCurrentWidget(self.returns)
            self.returns.ready_for_next()

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
        self.dossiers.open(
            code,
            missing=lambda: self.statusBar().showMessage(
                self.tr("No dossier with code {code}").format(code=code), 5000
            ),
        )

    # -- printing ------------------------------------------------------------------------------
    def read_papers(self, *_recorded) -> None:
        """Read the words of the next papers not read yet; again at once while some were read."""
        if self.reading_papers:
            return
        self.reading_papers = True

        def done(read: int) -> None:
            self.reading_papers = False
            if read:
                self.read_papers()

        def failed(error: object) -> None:
            self.reading_papers = False
            log.error("reading the words of papers failed", exc_info=error)

        # The reading on a worker, its steps on the database on the database thread.
        run_in_background(lambda: attachments.read_words(self.desk, at=self.tasks.call), done, failed, self)

    def after_save(self, receipt: Receipt) -> None:
        self.statusBar().showMessage(self.tr("Saved {code}. Preparing the receipt…").format(code=receipt.code))
        self.print_slip(receipt.code, "receipt")
        self.dossiers.refresh_when_shown()
        for warning in receipt.warnings:
            QMessageBox.warning(self, self.tr("Dossier code"), text_of(warning))

    def print_slip(self, code: str, kind: str) -> None:
        """Make the slip off the window's thread, then preview it (or print it straight away)."""
        user = self.user
        self._render(lambda desk: printouts.slip(desk, code, kind, user))

    def print_guidance(self, intake: Intake) -> None:
        """Mẫu 02 for an incomplete dossier that is not received (the guidance is recorded)."""
        self._render(lambda desk: printouts.guidance(desk, intake, self.user))
