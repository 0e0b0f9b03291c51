"""Tiếp nhận: the intake form a clerk fills all day, keyboard first, with the ID-card scanner.

Typing never waits on the database: the catalog in force is read once (on the desk's database thread) and searched
in memory, the fee and the appointment come from the desk's calendar in memory; saving, refusing and the lists of
units and waiting packages go through the database thread."""

from __future__ import annotations

import time
from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counter_app.services import attachments, postal, reception
from counter_app.services.configuration import fee_table_in_force, procedures
from counter_app.services.reception import Receipt
from counter_app.store.desk import Desk
from counter_app.ui.errors import text_of
from counter_app.ui.papers_panel import PapersDialog
from counter_app.ui.person_fields import PersonFields
from counter_app.ui.summary_panel import SummaryPanel
from counter_app.ui.tasks import DeskTasks
from counter_core.domain import policy
from counter_core.domain.accounts import User
from counter_core.domain.charges import exemptions_allowed
from counter_core.domain.fee_table import FeeTable
from counter_core.domain.fees import FeeRequest
from counter_core.domain.idcard import find_payload_start, parse_id_card
from counter_core.domain.intake import (
    MAX_PAGES,
    MAX_QUANTITY,
    MAX_SETS,
    Channel,
    Intake,
    ReturnMethod,
    SubmittedDocument,
)
from counter_core.domain.postal import parse_item_code
from counter_core.domain.procedure import MAX_COUNT, Procedure
from counter_core.domain.procedure_rank import most_used, ranked
from counter_core.foundation.errors import CounterError, InvalidDossier, InvalidInput

# Typing a procedure's name narrows the list at each key; its first match is taken (and its papers laid out, the
# form's costliest step) once the typing pauses, not at every key.
CHOOSE_PAUSE_MS = 150
# After a good ID-card scan the field swallows what the scanner still sends (trailing "|" fields, a
# repeated payload) as long as the characters keep coming at scanner speed; a pause ends it, so what
# the clerk or another scan types next is kept whole.
SCAN_GAP = 0.1


class IntakeForm(QWidget):
    saved = Signal(object)  # Receipt
    guided = Signal(object)  # the Intake of an incomplete dossier, for Mẫu 02
    refused = Signal(str)  # the code of a dossier refused at the counter, for Mẫu 03
    summarised = Signal()  # the summary shows what the form holds now

    def __init__(self, tasks: DeskTasks, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.desk, self.user = tasks, tasks.desk, user
        self.catalog: list[Procedure] = []  # the procedures in force today, read once, searched as the clerk types
        self.fee_table: FeeTable | None = None  # the province's fee table in force today, read with the catalog
        self.procedure: Procedure | None = None
        self.saving = False
        self._clearing = False
        self._locked: tuple[QLineEdit, str, float, str] | None = None

        self.usage: dict[str, int] = {}  # dossiers this desk received per procedure code: the most used come first
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name or code of the procedure, e.g. khai sinh; empty: the most used ↓"))
        self.search.setToolTip(
            self.tr(
                "The procedure: part of its name, accents optional, or its code, e.g. khai sinh or 1.001193. Left "
                "empty, the list shows the ten procedures this desk receives most: press Down, then Enter."
            )
        )
        self.search.setAccessibleName(self.tr("Procedure search"))
        self.search.textChanged.connect(self.filter_procedures)
        self.search.returnPressed.connect(self.take_procedure)
        self.search.installEventFilter(self)
        self.choosing = QTimer(self)
        self.choosing.setSingleShot(True)
        self.choosing.setInterval(CHOOSE_PAUSE_MS)
        self.choosing.timeout.connect(self._choose_first)
        self.results = QListWidget()
        self.results.setToolTip(
            self.tr("The procedures found, the likeliest first: Up and Down move, Enter takes one, e.g. 1.001193")
        )
        self.results.setAccessibleName(self.tr("Procedures found"))
        self.results.currentItemChanged.connect(self.choose_procedure)
        self.results.itemActivated.connect(self.take_procedure)

        self.owner = PersonFields(self.tr("Dossier owner"))
        self.by_proxy = QCheckBox(self.tr("Submitted by an authorised person"))
        self.by_proxy.setToolTip(
            self.tr("Tick when someone submits for the owner with a power of attorney, e.g. a son for his father")
        )
        self.by_proxy.setAccessibleName(self.tr("Submitted by an authorised person"))
        self.submitter = PersonFields(self.tr("Submitter (authorised person)"))
        self.submitter.setVisible(False)
        self.by_proxy.toggled.connect(self.submitter.setVisible)
        self.by_proxy.toggled.connect(self.refresh)

        self.documents = QTableWidget(0, 4)
        self.documents.setHorizontalHeaderLabels(
            [self.tr("Document"), self.tr("Original"), self.tr("Certified copy"), self.tr("Photocopy")]
        )
        self.documents.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            self.documents.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.documents.verticalHeader().hide()
        # two lines of a paper's name a row (the whole name in its tooltip)
        self.documents.verticalHeader().setDefaultSectionSize(2 * self.fontMetrics().lineSpacing() + 8)
        self.documents.setTabKeyNavigation(False)  # Tab leaves the list; Up and Down move, Space ticks
        self.documents.setToolTip(
            self.tr(
                "The papers the procedure asks for: Up and Down move, Space ticks the paper handed in; the numbers "
                "are how many of each kind, e.g. 1 original and 2 photocopies"
            )
        )
        self.documents.setAccessibleName(self.tr("Papers of the dossier"))
        self.documents.itemChanged.connect(self.refresh)
        self.documents_error = self._error_label()

        self.sets = QSpinBox()
        self.sets.setRange(1, MAX_SETS)
        self.channel = QComboBox()
        self.channel.addItem(self.tr("In person"), Channel.DIRECT)
        self.channel.addItem(self.tr("Public postal service"), Channel.POSTAL)
        # A dossier that came by post: the item code of its package (scanned, typed or picked from the packages
        # the post handed over) links the two and sets the channel to the postal service.
        self.postal_item = QComboBox()
        self.postal_item.setEditable(True)
        self.postal_item.lineEdit().setPlaceholderText(self.tr("Scan or pick the package's item code"))
        self.postal_item.editTextChanged.connect(self.item_code_entered)
        self.postal_item_error = self._error_label()
        self.return_method = QComboBox()
        self.return_method.addItem(self.tr("At the counter"), ReturnMethod.COUNTER)
        self.return_method.addItem(self.tr("By post"), ReturnMethod.POST)
        self.postal_address = QLineEdit()
        self.postal_error = self._error_label()
        self.quantity = QSpinBox()
        self.quantity.setRange(1, MAX_QUANTITY)
        self.pages = QSpinBox()
        self.pages.setRange(0, MAX_PAGES)
        self.exemption = QComboBox()
        self.case = QComboBox()  # the procedure's case (with verification, late registration …), when it has some
        self.case.currentIndexChanged.connect(self.load_exemptions)
        self.fee_error = self._error_label()
        self.competent_unit = QComboBox()  # the unit that decides (§9): this one unless another is chosen
        for widget in (self.sets, self.quantity, self.pages):
            widget.valueChanged.connect(self.refresh)
        for combo in (self.channel, self.return_method, self.exemption):
            combo.currentIndexChanged.connect(self.refresh)
        self.postal_address.textChanged.connect(self.refresh)
        self.owner.changed.connect(self.refresh)
        self.submitter.changed.connect(self.refresh)
        for combo in (self.postal_item, self.return_method, self.exemption, self.case, self.competent_unit):
            # as wide as the column gives: a long case or unit name is elided, not a reason to widen the window
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)

        self.summary = SummaryPanel()
        self.message = self._error_label()

        options = QFormLayout()  # what sets the fee and the appointment
        delivery = QFormLayout()  # how the dossier came and how its result goes back
        for form, label, widget, tip in (
            (
                options,
                self.tr("Case"),
                self.case,
                self.tr(
                    "The case of the procedure: it sets the appointment and may set the fee, e.g. late registration"
                ),
            ),
            (
                options,
                self.tr("Number of sets"),
                self.sets,
                self.tr("How many sets of the dossier the citizen hands in, e.g. 1"),
            ),
            (
                options,
                self.tr("Quantity (copies, cases)"),
                self.quantity,
                self.tr("What a fee per copy or per case is counted on, e.g. 3 copies to certify"),
            ),
            (
                options,
                self.tr("Pages of the original"),
                self.pages,
                self.tr("Pages of the original, for a fee per page, e.g. 4"),
            ),
            (
                options,
                self.tr("Fee exemption"),
                self.exemption,
                self.tr("Who is exempted from the fee, by the catalog or the province's fee table, e.g. Trẻ em"),
            ),
            (
                options,
                self.tr("Competent unit"),
                self.competent_unit,
                self.tr("The unit that decides the dossier, when it is not this one, e.g. another commune's office"),
            ),
            (
                delivery,
                self.tr("Channel"),
                self.channel,
                self.tr("How the dossier came in, e.g. In person; a postal item code sets the postal service"),
            ),
            (
                delivery,
                self.tr("Postal item code"),
                self.postal_item,
                self.tr("The item code of the package the post brought, scanned or picked, e.g. EA123456789VN"),
            ),
            (
                delivery,
                self.tr("Result returned"),
                self.return_method,
                self.tr("Where the citizen gets the result, e.g. At the counter"),
            ),
            (
                delivery,
                self.tr("Postal address"),
                self.postal_address,
                self.tr("Where the result is posted, when it goes back by post, e.g. Thôn Phú Lộc, xã Quảng Phú"),
            ),
        ):
            form.addRow(label, widget)
            widget.setToolTip(tip)
            widget.setAccessibleName(label)
            if widget is self.exemption:
                form.addRow("", self.fee_error)
            elif widget is self.postal_item:
                form.addRow("", self.postal_item_error)
            elif widget is self.postal_address:
                form.addRow("", self.postal_error)
        self.options, self.delivery = options, delivery
        delivery.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        # Three columns at 1366×768: the procedure and the people; the papers, taking the height, and what sets the
        # fee; what the citizen asks about (the summary) and how the dossier comes and goes back.
        people = QWidget()
        people_column = QVBoxLayout(people)
        people_column.setContentsMargins(0, 0, 0, 0)
        people_column.addWidget(self.owner)
        people_column.addWidget(self.by_proxy)
        people_column.addWidget(self.submitter)
        people_column.addStretch()
        scroll = QScrollArea()  # the submitter's fields too, when someone submits for the owner
        scroll.setWidget(people)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        for plain in (scroll.viewport(), people):  # the window's own background, as the other columns
            plain.setAutoFillBackground(False)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        left = QVBoxLayout()
        procedure_label = QLabel(self.tr("Procedure"))
        procedure_label.setBuddy(self.search)
        left.addWidget(procedure_label)
        left.addWidget(self.search)
        left.addWidget(self.results, 1)
        left.addWidget(scroll, 2)
        papers = QGroupBox(self.tr("Papers"))
        inner = QVBoxLayout(papers)
        inner.addWidget(self.documents, 1)
        inner.addWidget(self.documents_error)
        fee = QGroupBox(self.tr("Fee and appointment"))
        fee.setLayout(options)
        middle = QVBoxLayout()
        middle.addWidget(papers, 1)
        middle.addWidget(fee)
        way = QGroupBox(self.tr("Submission and return"))
        way.setLayout(delivery)
        right = QVBoxLayout()
        right.addWidget(self.summary)
        right.addWidget(way)
        right.addWidget(self.message)  # what keeps the dossier from being saved, under what the citizen is told
        right.addStretch()
        columns = QHBoxLayout()
        for column, stretch in ((left, 4), (middle, 6), (right, 4)):
            columns.addLayout(column, stretch)

        self.save_button = QPushButton(self.tr("Save and print the receipt (Ctrl+S)"))
        self.save_button.setToolTip(self.tr("Receive the dossier, give it its code and print the receipt (Mẫu 01)"))
        self.save_button.clicked.connect(self.save)
        self.guide_button = QPushButton(self.tr("Supplement request (Mẫu 02)"))
        self.guide_button.setToolTip(self.tr("The dossier is incomplete: print every missing paper, save nothing"))
        self.guide_button.clicked.connect(self.guide)
        self.refuse_button = QPushButton(self.tr("Refuse (Mẫu 03)…"))
        self.refuse_button.setToolTip(self.tr("Not for this office or not eligible: record why and print Mẫu 03"))
        self.refuse_button.clicked.connect(self.refuse)
        # Số hóa: the papers scanned while receiving, kept with the form until it is saved or cleared.
        self.scans = PapersDialog(self.tr("Digitise the papers"), [], parent=self)
        self.scans.panel.changed.connect(self._count_scans)
        self.scan_button = QPushButton(self.tr("Scan papers (F7)…"))
        self.scan_button.setToolTip(self.tr("Scan or import each paper into its place in the list (số hóa)"))
        self.scan_button.clicked.connect(self.open_scans)
        self.guide_button.setVisible(policy.may(user.role, policy.GUIDE))
        self.refuse_button.setVisible(policy.may(user.role, policy.REFUSE))
        bottom = QHBoxLayout()
        bottom.addStretch()
        for button in (self.scan_button, self.refuse_button, self.guide_button, self.save_button):
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            bottom.addWidget(button)
        outer = QVBoxLayout(self)
        outer.addLayout(columns, 1)
        outer.addLayout(bottom)
        self._chain_tabs()

        for edit in [self.search, self.postal_address, *self.owner.line_edits(), *self.submitter.line_edits()]:
            edit.textChanged.connect(lambda text, e=edit: self.watch_for_card(e, text))
        self.options.setRowVisible(self.case, False)
        self.load_choices()
        self.load_packages()

    def _chain_tabs(self) -> None:
        """Tab walks the form as a clerk fills it: the procedure, the people, the papers (and their counts), what
        sets the fee, how the dossier comes and goes back, then Save; hidden and disabled fields are skipped."""
        counts = [
            self.documents.cellWidget(row, column) for row in range(self.documents.rowCount()) for column in (1, 2, 3)
        ]
        chain = [
            self.search,
            self.results,
            *self.owner.edits.values(),
            self.by_proxy,
            *self.submitter.edits.values(),
            self.documents,
            *counts,
            self.case,
            self.sets,
            self.quantity,
            self.pages,
            self.exemption,
            self.competent_unit,
            self.channel,
            self.postal_item,
            self.return_method,
            self.postal_address,
            self.save_button,
            self.scan_button,
            self.guide_button,
            self.refuse_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the search box goes to the list of procedures (the top ten when the box is empty)."""
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.results.count()
        ):
            self.choosing.stop()
            row = min(self.results.currentRow() + 1, self.results.count() - 1)  # before the list takes the focus
            self.results.setFocus()
            self.results.setCurrentRow(row)
            return True
        return super().eventFilter(watched, event)

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setStyleSheet("color: #b00020")
        label.setWordWrap(True)
        label.hide()
        return label

    # -- procedure -----------------------------------------------------------------------------
    def load_choices(self) -> None:
        """What the province may change: the catalog and the fee table in force today, and the units. The catalog
        shown first fills the list; a later one is searched from the next keystroke on."""
        self.tasks.run(
            lambda desk: procedures(desk.store, desk.clock().date()), self._catalog_read, self._say_error, self
        )
        self.tasks.run(
            lambda desk: fee_table_in_force(desk.store, desk.clock().date()),
            self._fee_table_read,
            self._say_error,
            self,
        )
        self.tasks.run(lambda desk: desk.units(), self._show_units, self._say_error, self)
        self.load_usage()
        # Vietnam's holidays made ahead, off the window's thread: the first appointment shown would take 0.2 s
        self.tasks.run(lambda desk: desk.calendar.holiday_name(desk.clock().date()))

    def load_usage(self) -> None:
        """How many dossiers this desk received per procedure: the search puts the most used first."""
        self.tasks.run(reception.usage, self._usage_read, self._say_error, self)

    def _usage_read(self, usage: dict[str, int]) -> None:
        self.usage = usage
        if not self.search.text().strip() and self.results.currentRow() < 0:
            self.filter_procedures("")  # the top ten, as they are now

    def _fee_table_read(self, table: FeeTable | None) -> None:
        self.fee_table = table
        self.load_exemptions()

    def _catalog_read(self, catalog: list[Procedure]) -> None:
        first = not self.catalog
        self.catalog = catalog
        if first:
            self.filter_procedures(self.search.text())

    def filter_procedures(self, text: str) -> None:
        """The procedures matching ``text``, the likeliest first; the desk's most used while the box is empty."""
        # Quietly: while the list empties, Qt makes each next row the current one, and each would be taken as the
        # chosen procedure, its papers laid out for nothing (15 ms a time, on every key typed and every Save).
        self.results.blockSignals(True)
        self.results.clear()
        self.results.blockSignals(False)
        found = ranked(self.catalog, text, self.usage) if text.strip() else most_used(self.catalog, self.usage)
        for proc in found:
            item = QListWidgetItem(f"{proc.code} — {proc.name}")
            item.setData(Qt.ItemDataRole.UserRole, proc)
            self.results.addItem(item)
        self.choosing.start()

    def _choose_first(self) -> None:
        """The typing paused: take the first match, unless the clerk picked one meanwhile."""
        if self.results.currentRow() < 0 and (
            self.results.count() == 1 or (self.search.text() and self.results.count())
        ):
            self.results.setCurrentRow(0)

    def take_procedure(self, *_item: object) -> None:
        """Enter in the search box or the list: the procedure selected (else the first found) is taken at once, and
        the applicant's fields are next. With nothing typed and nothing selected, Enter does nothing."""
        if self.results.currentRow() < 0:
            if not (self.search.text().strip() and self.results.count()):
                return
            self.results.setCurrentRow(0)
        self.choosing.stop()
        self.owner.edits["full_name"].setFocus()

    def choose_procedure(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.procedure = item.data(Qt.ItemDataRole.UserRole)
        self.documents.blockSignals(True)
        self.documents.setRowCount(0)
        for doc in self.procedure.documents:
            row = self.documents.rowCount()
            self.documents.insertRow(row)
            name = QTableWidgetItem(doc.name + ("" if doc.required else self.tr(" (if applicable)")))
            name.setData(Qt.ItemDataRole.UserRole, doc.name)
            name.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            name.setCheckState(Qt.CheckState.Unchecked)
            name.setToolTip(doc.name)
            self.documents.setItem(row, 0, name)
            for column, count in enumerate((doc.original, doc.certified, doc.copy), start=1):
                spin = QSpinBox()
                spin.setRange(0, MAX_COUNT)
                spin.setValue(count)
                spin.valueChanged.connect(self.refresh)
                kind = self.documents.horizontalHeaderItem(column).text()
                spin.setAccessibleName(f"{kind}: {doc.name}")
                spin.setToolTip(
                    self.tr("How many of this kind were handed in, e.g. {count}").format(count=max(1, count))
                )
                self.documents.setCellWidget(row, column, spin)
        self.documents.blockSignals(False)
        self._chain_tabs()
        self.scans.panel.set_documents([doc.name for doc in self.procedure.documents])
        self.pages.setEnabled(self.procedure.fee.kind == "per_page")
        self.case.blockSignals(True)
        self.case.clear()
        if self.procedure.cases:
            self.case.addItem(self._case_label(""), "")
            for case in self.procedure.cases:
                self.case.addItem(self._case_label(case.key), case.key)
        self.case.blockSignals(False)
        self.options.setRowVisible(self.case, bool(self.procedure.cases))
        self.load_exemptions()

    def _case_label(self, key: str) -> str:
        return f"{self.procedure.case_name(key)} — {self.procedure.processing_for(False, key).phrase()}"

    def load_exemptions(self) -> None:
        """Who may be exempted in the chosen procedure and case (the catalog's, the province's fee table's)."""
        if self.procedure is None:
            return
        self.exemption.blockSignals(True)
        self.exemption.clear()
        self.exemption.addItem(self.tr("None"), None)
        for exemption in exemptions_allowed(self.procedure, self.case.currentData() or "", self.fee_table):
            self.exemption.addItem(exemption.name, exemption.name)
            self.exemption.setItemData(self.exemption.count() - 1, exemption.ground, Qt.ItemDataRole.ToolTipRole)
        self.exemption.blockSignals(False)
        self.refresh()

    def _show_units(self, units: list[tuple[str, str]]) -> None:
        """The units the desk knows (the province publishes them), this one first and chosen unless the clerk
        chose another that is still known; the row is hidden while the desk knows no other unit."""
        chosen = self.competent_unit.currentData() or ""
        self.competent_unit.clear()
        own, *others = units
        self.competent_unit.addItem(self.tr("{name} (this unit)").format(name=own[1]), "")
        for code, name in others:
            self.competent_unit.addItem(f"{name} — {code}", code)
        self.competent_unit.setCurrentIndex(max(0, self.competent_unit.findData(chosen)))
        self.options.setRowVisible(self.competent_unit, bool(others))

    def load_packages(self) -> None:
        """The packages the post handed over whose dossier is not received yet, oldest first; the field empty."""
        self.tasks.run(postal.waiting_packages, self._show_packages, self._say_error, self)

    def _show_packages(self, packages: list[dict]) -> None:
        self.postal_item.blockSignals(True)
        self.postal_item.clear()
        for package in packages:
            self.postal_item.addItem(package["item_code"])
            self.postal_item.setItemData(
                self.postal_item.count() - 1,
                self.tr("Batch {batch}, {courier}").format(batch=package["batch"], courier=package["courier"]),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.postal_item.setEditText("")
        self.postal_item.blockSignals(False)

    def item_code_entered(self, text: str) -> None:
        """An item code means the dossier came by post."""
        if text.strip():
            self.channel.setCurrentIndex(self.channel.findData(Channel.POSTAL))

    def set_document_checked(self, row: int, checked: bool) -> None:
        self.documents.item(row, 0).setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    # -- the ID-card scanner -------------------------------------------------------------------
    def watch_for_card(self, edit: QLineEdit, text: str) -> None:
        """A chip-card QR typed into any field fills the applicant; the field keeps what it had."""
        if self._locked and self._locked[0] is edit and time.monotonic() < self._locked[2]:
            kept, payload = self._locked[1], self._locked[3]
            self._locked = (edit, kept, time.monotonic() + SCAN_GAP, payload)  # the scanner is still sending
            residue = text[len(kept) :] if text.startswith(kept) else text
            if set(residue) <= {"|"} or payload.startswith(residue) or "|" in residue:
                self._set_quietly(edit, kept)  # trailing fields or a repeated payload from the scanner
                return
        start = find_payload_start(text)
        if start is None:
            return
        try:
            card = parse_id_card(text[start:])
        except InvalidInput:
            return  # the scanner is still typing
        before = text[:start]
        self._set_quietly(edit, before)
        self._locked = (edit, before, time.monotonic() + SCAN_GAP, text[start:])
        in_submitter = edit in self.submitter.line_edits() and self.by_proxy.isChecked()
        (self.submitter if in_submitter else self.owner).fill_from_card(card)

    @staticmethod
    def _set_quietly(edit: QLineEdit, text: str) -> None:
        edit.blockSignals(True)
        edit.setText(text)
        edit.blockSignals(False)

    # -- reading, checking, saving ---------------------------------------------------------------
    def intake(self) -> Intake | None:
        if self.procedure is None:
            return None
        docs = []
        for row in range(self.documents.rowCount()):
            item = self.documents.item(row, 0)
            if item.checkState() == Qt.CheckState.Checked:
                counts = [self.documents.cellWidget(row, c).value() for c in (1, 2, 3)]
                docs.append(SubmittedDocument(item.data(Qt.ItemDataRole.UserRole), *counts))
        return Intake(
            procedure_code=self.procedure.code,
            owner=self.owner.person(),
            submitter=self.submitter.person() if self.by_proxy.isChecked() else None,
            documents=tuple(docs),
            sets=self.sets.value(),
            channel=self.channel.currentData(),
            return_method=self.return_method.currentData(),
            postal_address=self.postal_address.text(),
            fee_request=FeeRequest(self.quantity.value(), self.pages.value(), self.exemption.currentData()),
            competent_unit=self.competent_unit.currentData() or "",
            case=self.case.currentData() or "",
        )

    def refresh(self, *_args) -> None:
        """Recompute the fee and the appointment as the fields change; ``summarised`` then tells the citizen's
        screen."""
        if self._clearing:
            return
        today = self.desk.clock().date()
        self.owner.show_warnings(self.owner.person().warnings(today))
        self.submitter.show_warnings(self.submitter.person().warnings(today) if self.by_proxy.isChecked() else {})
        self._summarise()
        self.summarised.emit()

    def _summarise(self) -> None:
        intake = self.intake()
        if intake is None or self.procedure is None:
            self.summary.show_nothing()
            return
        title = f"{self.procedure.code} — {self.procedure.name}"
        try:
            limit = self.procedure.processing_for(False, intake.case).phrase(
                self.desk.config.office_hours.same_day_cutoff
            )
            fee, due = reception.estimate(self.desk, self.procedure, intake, self.fee_table)
        except CounterError as exc:
            self.summary.show_problem(title, text_of(exc))
            return
        required = sum(doc.required for doc in self.procedure.documents)
        self.summary.show_estimate(
            f"{title} ({limit})", fee, due, required - len(intake.missing(self.procedure)), required
        )

    def show_problems(self, problems: dict[str, str]) -> None:
        for prefix, fields in (("owner.", self.owner), ("submitter.", self.submitter)):
            fields.show_problems({k[len(prefix) :]: v for k, v in problems.items() if k.startswith(prefix)})
        for label, key in (
            (self.documents_error, "documents"),
            (self.postal_error, "postal_address"),
            (self.postal_item_error, "postal_item"),
        ):
            label.setText(problems.get(key, ""))
            label.setVisible(key in problems)
        fee = "; ".join(v for k, v in problems.items() if k.startswith("fee.") or k == "case")
        self.fee_error.setText(fee)
        self.fee_error.setVisible(bool(fee))

    def save(self) -> None:
        """Receive the dossier if everything is valid (``saved`` then tells its receipt); otherwise mark each wrong
        field and save nothing."""
        if self.saving:
            return
        intake = self.intake()
        if intake is None:
            self._say(self.tr("Choose the procedure first."))
            return
        problems: dict[str, str] = {}
        try:
            intake.normalised().check(self.procedure, self.desk.clock().date(), fees=self.fee_table)
        except InvalidDossier as exc:
            problems.update({field: text_of(problem) for field, problem in exc.problems.items()})
        for prefix, fields in (("owner", self.owner), ("submitter", self.submitter)):
            problem = fields.birth_date_problem()
            if problem and (prefix == "owner" or self.by_proxy.isChecked()):
                problems[f"{prefix}.birth_date"] = problem
        item = self.postal_item.currentText().strip() if intake.channel is Channel.POSTAL else ""
        try:
            item = parse_item_code(item) if item else ""
        except InvalidInput as exc:
            problems["postal_item"] = text_of(exc)
        self.show_problems(problems)
        if problems:
            self._say(self.tr("The dossier is not complete: please correct the fields marked in red."))
            return
        user, scanned = self.user, self.scans.panel.papers()  # the pages as they are now; they stay if refused

        def receive(desk: Desk) -> Receipt:
            papers = attachments.store(desk, scanned)  # the files first, whole
            if item:
                return postal.receive_by_post(desk, intake, user, item, papers)
            return reception.receive(desk, intake, user, papers)

        self._record(receive, self.saved.emit)

    def _record(self, action: Callable[[Desk], Receipt], then: Callable[[Receipt], None]) -> None:
        """Record on the database thread; then ``then(receipt)`` and the form is ready for the next citizen. The
        buttons wait meanwhile; a refusal from the desk is shown and the form kept."""
        self.saving = True
        for button in (self.save_button, self.guide_button, self.refuse_button):
            button.setEnabled(False)

        chosen = self.procedure.code if self.procedure else ""

        def recorded(receipt: Receipt) -> None:
            self._saved()
            then(receipt)
            self.clear()
            # One more of this procedure at this desk, counted here: reading the year's usage again takes the database
            # thread 0.2–0.4 s at 100,000 dossiers, beside the receipt being drawn (bench/intake.py).
            self._usage_read({**self.usage, chosen: self.usage.get(chosen, 0) + 1})

        def refused(error: Exception) -> None:
            self._saved()
            self._say_error(error)

        self.tasks.run(action, recorded, refused, self)

    def _saved(self) -> None:
        self.saving = False
        for button in (self.save_button, self.guide_button, self.refuse_button):
            button.setEnabled(True)

    def _applicant_checked(self) -> Intake | None:
        """The intake if a procedure is chosen and the applicant is valid (papers may be missing)."""
        intake = self.intake()
        if intake is None:
            self._say(self.tr("Choose the procedure first."))
            return None
        try:
            intake.normalised().check(self.procedure, self.desk.clock().date(), complete=False, fees=self.fee_table)
        except InvalidDossier as exc:
            self.show_problems({field: text_of(problem) for field, problem in exc.problems.items()})
            self._say(self.tr("Please correct the fields marked in red."))
            return None
        self.show_problems({})
        return intake

    def guide(self) -> None:
        """Incomplete: hand the citizen Mẫu 02 listing every missing paper at once; nothing is received."""
        intake = self._applicant_checked()
        if intake is None:
            return
        if not intake.missing(self.procedure):
            self._say(self.tr("Every required paper is ticked: save and print the receipt instead."))
            return
        self._say("")
        self.guided.emit(intake)

    def refuse(self) -> None:
        """Not eligible or not for this office: record the refusal with its reason and print Mẫu 03."""
        intake = self._applicant_checked()
        if intake is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Refuse the dossier"), self.tr("Reason for refusing (printed on Mẫu 03):")
        )
        if not ok:
            return
        user = self.user
        self._record(
            lambda desk: reception.refuse(desk, intake, user, reason), lambda receipt: self.refused.emit(receipt.code)
        )

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _say_error(self, error: Exception) -> None:
        self._say(text_of(error))

    def clear(self) -> None:
        """Ready for the next citizen: every field emptied, then one refresh of the summary."""
        self._clearing = True
        try:
            self._clear_fields()
        finally:
            self._clearing = False
        self.refresh()
        self.search.setFocus()

    def open_scans(self) -> None:
        if self.procedure is None:
            self._say(self.tr("Choose the procedure first."))
            return
        self.scans.show()
        self.scans.raise_()

    def _count_scans(self) -> None:
        pages = sum(len(p.pages) for p in self.scans.panel.papers())
        self.scan_button.setText(
            self.tr("Scanned papers: {pages} page(s) (F7)…").format(pages=pages)
            if pages
            else self.tr("Scan papers (F7)…")
        )

    def _clear_fields(self) -> None:
        self.scans.panel.clear()
        self.scans.hide()
        self._count_scans()
        self.owner.clear()
        self.submitter.clear()
        self.by_proxy.setChecked(False)
        self.search.clear()
        self.postal_address.clear()
        self.sets.setValue(1)
        self.quantity.setValue(1)
        self.pages.setValue(0)
        self.competent_unit.setCurrentIndex(0)
        self.channel.setCurrentIndex(0)
        self.return_method.setCurrentIndex(0)
        # no procedure until the clerk picks the next citizen's: its papers, cases and exemptions go with it
        self.procedure = None
        self.documents.setRowCount(0)
        self.case.clear()
        self.options.setRowVisible(self.case, False)
        self.exemption.clear()
        self.load_packages()
        self.show_problems({})
        self._say("")
