"""Hồ sơ: the dossier list with search and filters, and the selected dossier's details and history; every read and
action on the desk's database thread."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QDate, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from counter_app.services import attachments, lookup, processing
from counter_app.services.lookup import PaperHit
from counter_app.store.desk import Desk
from counter_app.ui.dossier_dialogs import RescheduleDialog, StopDialog, SupplementDialog
from counter_app.ui.dossier_model import DossierTableModel, RecordRole, _short, sortable_table
from counter_app.ui.errors import text_of
from counter_app.ui.field_help import describe
from counter_app.ui.papers_panel import PapersDialog
from counter_app.ui.tasks import DeskTasks, LatestRead
from counter_app.ui.workers import run_in_background
from counter_core.domain import policy
from counter_core.domain.accounts import User
from counter_core.domain.attachments import ROLE_LABELS
from counter_core.domain.dossier import Dossier, DossierSummary
from counter_core.domain.status import Status
from counter_core.foundation.errors import NotFound

TYPING_PAUSE_MS = 250


def papers_html(papers: list, title: str) -> str:
    """The dossier's papers and results held as files, each a link that opens it."""
    if not papers:
        return ""
    items = "".join(
        f'<li><a href="file:{a.file.sha256}">{escape(a.file.document)}</a> — {a.file.pages} tr., '
        f"{escape(ROLE_LABELS[a.file.role])}{'' if a.sent else ' (chưa gửi tỉnh)'}</li>"
        for a in papers
    )
    return f"<p><b>{escape(title)}</b></p><ul>{items}</ul>"


class DossiersTab(QWidget):
    print_slip = Signal(str, str)  # dossier code, slip kind
    loaded = Signal()  # the list shows the answer to the latest filters
    recorded = Signal(str)  # the code of a dossier whose action was just recorded
    shown = Signal(str)  # the code of the dossier whose details are now shown

    def __init__(self, tasks: DeskTasks, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.desk, self.user = tasks, tasks.desk, user
        self.current: Dossier | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Code, name, ID number, phone or procedure (accents optional)"))
        describe(
            self.search,
            self.tr("Search dossiers"),
            self.tr(
                "Part of a dossier code, a name, an ID number, a phone number, a procedure or a word of a digitised "
                "paper; accents optional (Ctrl+F), e.g. nguyen van an"
            ),
        )
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), None)
        for status in Status:
            self.status.addItem(f"{status.value}. {text_of(status.text)}", status)
        describe(
            self.status,
            self.tr("Status"),
            self.tr("List only the dossiers in one status, e.g. those waiting for a supplement"),
        )
        today = QDate.fromString(self.desk.clock().date().isoformat(), Qt.DateFormat.ISODate)
        self.day_from, self.day_to = QDateEdit(today.addMonths(-3)), QDateEdit(today)
        for edit in (self.day_from, self.day_to):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(self.reload)
        describe(
            self.day_from,
            self.tr("Received from"),
            self.tr("The first day of reception to list (dd/mm/yyyy), e.g. 01/09/2026"),
        )
        describe(
            self.day_to,
            self.tr("Received until"),
            self.tr("The last day of reception to list (dd/mm/yyyy), e.g. 30/11/2026"),
        )
        self.procedure = QLineEdit()
        self.procedure.setPlaceholderText(self.tr("Procedure code"))
        self.procedure.setMaximumWidth(110)
        describe(
            self.procedure,
            self.tr("Procedure code"),
            self.tr("List only the dossiers of one procedure, by its code, e.g. 1.001193"),
        )
        # Typing waits for a pause before searching; the search itself runs on the database thread.
        self.typing = QTimer(self)
        self.typing.setSingleShot(True)
        self.typing.setInterval(TYPING_PAUSE_MS)
        self.typing.timeout.connect(self.reload)
        self.search.textChanged.connect(self.typing.start)
        self.procedure.textChanged.connect(self.typing.start)
        self.stale = False  # something was recorded while the tab was hidden: read the list again when shown
        self.reads = LatestRead(tasks, self)  # the list
        self.shows = LatestRead(tasks, self)  # the dossier shown
        self.papers: list[attachments.Attachment] = []  # the files of the dossier shown
        # Dossiers whose digitised papers hold the words searched (read by OCR), each with the paper that matched.
        self.in_papers = QLabel()
        self.in_papers.setWordWrap(True)
        self.in_papers.setVisible(False)
        self.in_papers.linkActivated.connect(self.open)
        self.status.currentIndexChanged.connect(self.reload)

        self.model, self.table = sortable_table(self)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        describe(
            self.table,
            self.tr("Dossiers found"),
            self.tr("The dossiers found; select one (arrow keys) to see its details and history"),
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(0)  # size columns by the visible rows only: fast on a long list
        header.setSectionResizeMode(DossierTableModel.COLUMNS.index("owner_name"), QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(
            lambda index, _: self.open(index.data(RecordRole).code) if index.isValid() else None
        )

        self.details = QTextBrowser()
        self.details.setOpenLinks(False)  # a paper's link opens its file in the system's PDF viewer
        describe(
            self.details,
            self.tr("Dossier details"),
            self.tr(
                "The selected dossier: owner, dates, fee, history, and its papers held as files (a link opens one)"
            ),
        )
        self.details.anchorClicked.connect(lambda url: self.open_file(url.toString().removeprefix("file:")))
        self.digitise_button = QPushButton(self.tr("Digitise papers…"))
        self.digitise_button.setToolTip(self.tr("Scan or import the papers of this dossier"))
        self.digitise_button.clicked.connect(self.digitise)
        self.action = describe(
            QComboBox(),
            self.tr("Next status"),
            self.tr("The status the selected dossier moves to, e.g. → 4. sent for processing"),
        )
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note for this step"))
        describe(
            self.note,
            self.tr("Note for this step"),
            self.tr("A short note kept in the dossier's history with the change, e.g. Chuyển công chức Tư pháp"),
        )
        self.apply = QPushButton(self.tr("Change status"))
        self.apply.clicked.connect(self.change_status)
        self.reschedule_button = QPushButton(self.tr("Apologise, new date…"))
        self.reschedule_button.setToolTip(self.tr("Mẫu 04: a new appointment for a dossier that will be late"))
        self.reschedule_button.clicked.connect(self.reschedule)
        self.slip = describe(
            QComboBox(),
            self.tr("Slip to print"),
            self.tr("Which slip of the selected dossier to print, e.g. the receipt (Mẫu 01)"),
        )
        self.print_button = QPushButton(self.tr("Print"))
        self.print_button.clicked.connect(
            lambda: (
                self.current
                and self.slip.currentData()
                and self.print_slip.emit(self.current.code, self.slip.currentData())
            )
        )
        self.message = QLabel()
        self.message.setWordWrap(True)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.status, 2)
        filters.addWidget(QLabel(self.tr("From")))
        filters.addWidget(self.day_from)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.day_to)
        filters.addWidget(self.procedure)
        actions = QHBoxLayout()
        actions.addWidget(self.action, 2)
        actions.addWidget(self.note, 3)
        actions.addWidget(self.apply)
        printing = QHBoxLayout()
        printing.addWidget(self.digitise_button)
        printing.addWidget(self.reschedule_button)
        printing.addWidget(self.slip, 1)
        printing.addWidget(self.print_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.details)
        right_layout.addLayout(actions)
        right_layout.addLayout(printing)
        right_layout.addWidget(self.message)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([900, 400])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.in_papers)
        layout.addWidget(split)
        self.reload()

    def reload(self, *_args) -> None:
        """Run the list's query on the database thread; only the latest answer is shown."""
        filters = (
            self.search.text(),
            self.status.currentData(),
            self.day_from.date().toPython(),
            self.day_to.date().toPython(),
            self.procedure.text().strip() or None,
        )

        def query(desk: Desk) -> tuple[list[DossierSummary], list[PaperHit]]:
            return lookup.find(desk, *filters), lookup.papers_matching(desk, filters[0], 20)

        def show(found: tuple[list[DossierSummary], list[PaperHit]]) -> None:
            rows, hits = found
            self.model.set_rows(rows)
            self.in_papers.setText(
                self.tr("Found in digitised papers: {hits}").format(
                    hits="; ".join(
                        f'<a href="{escape(h.code)}">{escape(h.code)}</a> ({escape(h.document)})' for h in hits
                    )
                )
                if hits
                else ""
            )
            self.in_papers.setVisible(bool(hits))
            self.loaded.emit()

        self.reads.start(query, show, self._say_error)

    def refresh_when_shown(self) -> None:
        """The list may be out of date (a save, a sync): read it again now if the tab is shown, else when it is."""
        if self.isVisible():
            self.reload()
        else:
            self.stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.stale:
            self.stale = False
            self.reload()

    def _say_error(self, error: Exception) -> None:
        self.message.setText(text_of(error))

    def open(self, code: str, missing: Callable[[], None] | None = None) -> None:
        """Show one dossier's details and history (the latest asked for); ``missing()`` if there is no such
        dossier."""

        def failed(error: Exception) -> None:
            self._say_error(error)
            if missing and isinstance(error, NotFound):
                missing()

        self.shows.start(
            lambda desk: (lookup.show(desk, code), attachments.attachments(desk, code)), self._show, failed
        )

    def _show(self, shown: tuple[Dossier, list[attachments.Attachment]]) -> None:
        dossier, self.papers = shown
        self.current = dossier
        self.details.setHtml(self._html(dossier) + papers_html(self.papers, self.tr("Papers held as files")))
        role = self.user.role
        self.digitise_button.setEnabled(policy.may(role, policy.DIGITISE) and dossier.status is not Status.REFUSED)
        self.action.clear()
        for target in policy.moves(role, dossier):
            self.action.addItem(f"→ {target.value}. {text_of(target.text)}", target)
        self.apply.setEnabled(self.action.count() > 0)
        self.reschedule_button.setEnabled(policy.allowed(role, policy.RESCHEDULE, dossier, self.desk.clock()))
        self.slip.clear()
        for kind in policy.slips(role, dossier):
            self.slip.addItem(policy.SLIPS[kind], kind)
        self.print_button.setEnabled(self.slip.count() > 0)
        self.message.clear()
        self.shown.emit(dossier.code)

    def _html(self, d: Dossier) -> str:
        owner, received, first, due, fee, history = (
            self.tr("Owner"),
            self.tr("Received"),
            self.tr("Appointment on the receipt"),
            self.tr("Appointment now"),
            self.tr("Fee"),
            self.tr("History"),
        )
        events = "".join(
            f"<li>{escape(_short(e.at))} — <b>{escape(e.label)}</b> — {escape(e.user_name)}"
            f"{(' — ' + escape(e.note)) if e.note else ''}</li>"
            for e in d.events
        )
        return (
            f"<h3>{escape(d.code)}</h3><p><b>{escape(d.status_label)}</b></p>"
            f"<p>{escape(d.procedure_name)}{(' — ' + escape(d.case_name)) if d.case_name else ''}</p>"
            f"<p>{owner}: {escape(d.owner.full_name)} ({escape(d.owner_id)})<br>"
            f"{received}: {escape(_short(d.received_at))}<br>"
            f"{first}: {escape(_short(d.first_due_at))}<br>"
            f"{due}: {escape(_short(d.due_at))}<br>"
            f"{fee}: {escape(d.fee_text)}</p>"
            f"<p><b>{history}</b></p><ul>{events}</ul>"
        )

    def digitise(self) -> None:
        """Scan the papers of the dossier into their places; saving attaches them (each a PDF, sent to the province)."""
        if not self.current:
            return
        code = self.current.code
        names = [d.name for d in self.current.expected_documents]
        names += [a.file.document for a in self.papers if a.file.document not in names and a.file.role == "paper"]
        self.dialog = PapersDialog(
            self.tr("Digitise the papers of {code}").format(code=code),
            names,
            self.tasks,
            lambda desk, papers: attachments.attach(desk, code, self.user, papers),
            parent=self,
        )
        self.dialog.accepted.connect(lambda: self._changed(code))
        self.dialog.open()

    def open_file(self, sha256: str) -> None:
        """Open a paper's PDF in the system's viewer (fetched from the province first if another desk attached it)."""
        self.message.setText(self.tr("Opening the file…"))
        run_in_background(
            lambda: attachments.file_path(self.desk, sha256, self.tasks.call),
            lambda path: (self.message.clear(), QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))),
            lambda exc: self.message.setText(text_of(exc)),
            self,
        )

    def change_status(self) -> None:
        if not self.current or self.action.currentData() is None:
            return
        code, target, user, note = self.current.code, self.action.currentData(), self.user, self.note.text()
        if target is Status.SUPPLEMENT_REQUESTED:

            def ask(d: SupplementDialog) -> Callable:
                items, reason = d.items(), d.reason.text() or note
                return lambda desk: processing.request_supplement(desk, code, user, items, reason)

            self.dialog = SupplementDialog(self.tasks, self.current, ask, self)
            self._after(self.dialog, code, "supplement")
            return
        if target is Status.STOPPED:

            def stop(d: StopDialog) -> Callable:
                reason, number, signer = d.reason.text() or note, d.number.text(), d.signer.text()
                return lambda desk: processing.stop(desk, code, user, reason, number, signer)

            self.dialog = StopDialog(self.tasks, self.current, stop, self)
            self._after(self.dialog, code, "stop")
            return
        self.tasks.run(
            lambda desk: processing.transition(desk, code, target, user, note),
            lambda _event: self._changed(code),
            self._say_error,
            self,
        )

    def reschedule(self) -> None:
        if not self.current:
            return
        code, user = self.current.code, self.user
        calendar = self.desk.calendar
        suggested = calendar.at(calendar.add_working_days(self.desk.clock().date(), 1), calendar.office_hours.closes)

        def ask(d: RescheduleDialog) -> Callable:
            due, reason, number, signer = d.new_due(), d.reason.text(), d.number.text(), d.signer.text()
            return lambda desk: processing.reschedule(desk, code, user, due, reason, number, signer)

        self.dialog = RescheduleDialog(self.tasks, self.current, suggested, ask, self)
        self._after(self.dialog, code, "apology")

    def _after(self, dialog, code: str, slip: str) -> None:
        """Once the dialog's action is recorded, refresh and print its slip."""
        dialog.accepted.connect(lambda: (self._changed(code), self.print_slip.emit(code, slip)))
        dialog.open()

    def _changed(self, code: str) -> None:
        self.recorded.emit(code)
        self.note.clear()
        self.open(code)
        self.reload()
