"""Sổ và báo cáo: a supervisor picks a register or report, a period and PDF or Excel; its figures are read on the
desk's database thread, and the file is drawn on a worker (a month's register is hundreds of pages) into the desk's
``reports/`` folder, then opened. While it is drawn the dialog counts its pages (or rows) and can stop it."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.printing.files import Stopped
from counter_app.reports import Period
from counter_app.services import printouts
from counter_app.services.printouts import Printout
from counter_app.ui.errors import text_of
from counter_app.ui.tasks import DeskTasks
from counter_app.ui.workers import run_in_background
from counter_core.domain.accounts import User
from counter_core.foundation.errors import CounterError
from counter_core.foundation.formatting import number

DATE_FORMAT = "dd/MM/yyyy"
# Seconds between two counts of pages shown while a file is drawn: each showing waits for the interpreter, which the
# drawing holds, several times (ui/tasks.py, WORKER_REST), so the window is told ten times a second, not per page.
PROGRESS_EVERY = 0.1


class ReportsDialog(QDialog):
    def __init__(self, tasks: DeskTasks, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.desk, self.user = tasks, tasks.desk, user
        self.made: Path | None = None
        self._stop = threading.Event()  # set by Stop: the drawing ends at its next page (or thousand rows)
        self.setWindowTitle(self.tr("Registers and reports"))
        self.kind = QComboBox()
        for kind, name in (
            ("register", self.tr("Register of dossiers (Mẫu 06/07)")),
            ("periodic", self.tr("Periodic report, Biểu II.06a")),
            ("ontime", self.tr("On time and late, by procedure and by clerk")),
            ("satisfaction", self.tr("Satisfaction ratings, by officer")),
            ("fees", self.tr("Fees collected, by procedure")),
        ):
            self.kind.addItem(name, kind)
        today = self.desk.clock().date()
        self.start, self.end = self._day(today.replace(day=1)), self._day(today)
        self.format = QComboBox()
        self.format.addItem(self.tr("PDF (to print)"), "pdf")
        self.format.addItem(self.tr("Excel (.xlsx)"), "xlsx")
        self.view = QComboBox()  # Biểu II.06a: whom a dossier received for another unit counts for
        self.view.addItem(self.tr("At the unit that decides it"), "competent")
        self.view.addItem(self.tr("At the unit that received it"), "receiving")
        self.view.setToolTip(self.tr("Biểu II.06a only: a dossier received here for another unit, or there for us"))
        self.kind.currentIndexChanged.connect(lambda: self.view.setEnabled(self.kind.currentData() == "periodic"))
        self.kind.setToolTip(self.tr("The register or report to make, e.g. the register of dossiers (Mẫu 06/07)"))
        self.start.setToolTip(self.tr("The first day of the period (dd/mm/yyyy), e.g. 01/11/2026"))
        self.end.setToolTip(self.tr("The last day of the period (dd/mm/yyyy), e.g. 30/11/2026"))
        self.format.setToolTip(self.tr("PDF to print and sign, or Excel to work on the figures, e.g. PDF"))
        self.view.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("Report"), self.kind)
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To"), self.end)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Count dossiers"), self.view)
        self.busy = QProgressBar()
        self.busy.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.make_button = QPushButton(self.tr("Make the report"))
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.make)
        self.open_button = QPushButton(self.tr("Open it again"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_made)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.hide()
        self.stop_button.clicked.connect(self.stop)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.make_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.stop_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(560, 280)

    @staticmethod
    def _day(day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setCalendarPopup(True)
        return edit

    def make(self) -> None:
        """Check the period (a wrong one is explained and nothing is made), then read the figures on the database
        thread and draw the file on a worker."""
        try:
            period = Period.parse(
                self.start.date().toPython().isoformat(),
                self.end.date().toPython().isoformat(),
                self.desk.clock().date(),
            )
        except CounterError as exc:
            self.message.setText(text_of(exc))
            return
        kind, fmt, view = self.kind.currentData(), self.format.currentData(), self.view.currentData()
        self.make_button.setEnabled(False)
        self._stop.clear()
        self.busy.setRange(0, 0)  # a moving bar while the figures are read, then the pages (or rows) drawn
        self.busy.show()
        self.stop_button.show()
        self.message.setText(
            self.tr("Making {report} from {start} to {end}…").format(
                report=self.kind.currentText(), start=f"{period.start:%d/%m/%Y}", end=f"{period.end:%d/%m/%Y}"
            )
        )

        stop = self._stop

        def write(printout: Printout, report: Callable[[object], None]) -> Path | None:
            """On the worker: draw the file, telling the window how far it has got; None when stopped."""

            told = [0.0]  # when the window was last told

            def progress(done: int, total: int) -> None:
                if stop.is_set():
                    raise Stopped
                if time.monotonic() - told[0] >= PROGRESS_EVERY or done == total:
                    told[0] = time.monotonic()
                    report((done, total))

            try:
                return printout.write(progress)
            except Stopped:
                return None

        def draw(printout: Printout) -> None:
            if stop.is_set():
                self._made(None)
                return
            pages = printout.fmt == "pdf"
            run_in_background(
                lambda report: write(printout, report),
                self._made,
                self._failed,
                self,
                progress=lambda value: self._progress(value, pages),
            )

        user = self.user
        self.tasks.run(
            lambda desk: printouts.report(desk, kind, period, fmt, user, view=view), draw, self._failed, self
        )

    def stop(self) -> None:
        """Stop the drawing: it ends at its next page (or thousand rows) and no file is written."""
        self._stop.set()
        self.stop_button.hide()
        self.message.setText(self.tr("Stopping…"))

    def reject(self) -> None:
        """Closed: a file still being drawn is not wanted any more."""
        self._stop.set()
        super().reject()

    def _progress(self, value: object, pages: bool) -> None:
        done, total = value if isinstance(value, tuple) else (0, 0)
        if self._stop.is_set():
            return
        self.busy.setRange(0, total)
        self.busy.setValue(done)
        self.message.setText(
            self.tr("Making page {page} of {pages}…").format(page=number(done), pages=number(total))
            if pages
            else self.tr("Writing row {row} of {rows}…").format(row=number(done), rows=number(total))
        )

    def _finished(self) -> None:
        self.make_button.setEnabled(True)
        self.busy.hide()
        self.stop_button.hide()

    def _made(self, path: object) -> None:
        self._finished()
        if not isinstance(path, Path):
            self.message.setText(self.tr("Stopped: no file was made."))
            return
        self.made = path
        self.open_button.setEnabled(True)
        self.message.setText(self.tr("Saved as {path}").format(path=path))
        self.open_made()

    def _failed(self, error: Exception) -> None:
        self._finished()
        self.message.setText(self.tr("The report could not be made: {error}").format(error=text_of(error)))

    def open_made(self) -> None:
        """Open the file with the program the computer uses for it (a PDF reader, Excel or LibreOffice)."""
        if self.made is not None and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.made))):
            self.message.setText(
                self.tr("Saved as {path}; no program on this computer opens it.").format(path=self.made)
            )
